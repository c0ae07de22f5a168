package plaintext

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// page is a scraped text split into scored lines, with the story region found.
type page struct {
	lines      []*line
	start, end int // the story region [start, end) in lines; start == end when none
	title      int // index of the headline line, -1 if none
	section    int // index of the section label line, -1 if none

	stripDateline  bool   // take a dateline opening the first paragraph out of the body
	datelineAgency string // the agency of a dateline taken out ("Reuters"), for the credits
}

// Line scores: positive is story-like. A story paragraph of w words scores
// about 1 + w/8; junk scores negative so the region stops at it.
const (
	scoreShortLine     = -1.0  // 1-7 words, not a sentence: menus, labels, subheads
	scoreHeadline      = -1.5  // 8-19 words, not a sentence: headlines, related links
	scoreDuplicate     = -2.0  // a line that occurs more than once in the page
	scoreJunk          = -3.0  // a line matching a boilerplate pattern
	scoreWeakJunk      = -1.0  // a line matching a pattern that also occurs in stories
	scoreShortSent     = 0.5   // a sentence of 4-7 words
	scoreRelatedHeader = -6.0  // "More from World", "You may also like": the story rarely goes on past it
	scoreBarrier       = -1000 // the start of a comment section: the region never crosses it
	listItemScore      = 0.3   // an item of a list a story line introduced with a colon
	maxScoredWords     = 60    // longer lines score as this many words
	wordsPerPoint      = 8.0   // words of a sentence line per point of score
	minSentenceWord    = 8     // a line ending like a sentence with fewer words is not sure prose
	minBodyWords       = 25    // less than this and we warn that no story was found
	maxBioWords        = 120   // longer lines are not a bio
	maxTitleSearch     = 15    // lines above the story searched for the headline
	maxListItems       = 60    // items of a colon-introduced list that get listItemScore
	maxIslandGap       = 6     // lines of a box of links that may cut the story's opening off
	minIslandWords     = 15    // words each line of such a cut-off opening must have
	minIslandScore     = 2.5   // score such a cut-off opening must reach
	maxCardSummary     = 50    // words of the summary under a teaser card's headline
	minCardWords       = 5     // words of a teaser card's headline
	maxDupWords        = 100   // a repeated line this long keeps its first copy's score
	maxTeaserWords     = 40    // words of a teaser sentence in a related list
)

func newPage(texts []string) *page {
	p := &page{title: -1, section: -1}
	counts := make(map[string]int, len(texts))
	for _, t := range texts {
		counts[strings.ToLower(t)]++
	}
	p.lines = make([]*line, len(texts))
	seen := make(map[string]bool, len(texts))
	for i, t := range texts {
		l := newLine(t)
		key := strings.ToLower(t)
		l.dup = counts[key]
		l.repeat = seen[key]
		seen[key] = true
		l.kind = classify(l)
		l.score = score(l)
		p.lines[i] = l
	}
	p.relatedLists()
	p.listBonus()
	p.barriers()
	p.start, p.end = maxRegion(p.lines)
	p.cutAtBio()
	p.attachIsland()
	p.refine()
	return p
}

// score rates how story-like a line is on its own.
func score(l *line) float64 {
	switch l.kind {
	case kindNone:
	case kindDateline:
		return scoreWeakJunk / 2
	case kindContributor, kindBio, kindCaption:
		return scoreWeakJunk
	case kindRelated:
		if l.words <= 5 && !strings.Contains(l.text, ":") {
			// A header over a list of links: the story rarely goes on past it.
			return scoreRelatedHeader
		}
		return scoreJunk
	default:
		return scoreJunk
	}
	w := float64(l.words)
	if w > maxScoredWords {
		w = maxScoredWords
	}
	var s float64
	switch {
	case l.endPunc && l.words >= minSentenceWord:
		s = 1 + w/wordsPerPoint
	case l.words >= 20 && l.sents >= 1:
		s = 1 + w/wordsPerPoint
	case l.words >= 30:
		s = 0.5 + w/(2*wordsPerPoint)
	case l.words >= 12 && l.stop*4 >= l.words && l.caps*2 < l.words:
		// Prose that lost its full stop: many function words, few capitals.
		s = 0.5 + w/(2*wordsPerPoint)
	case l.endPunc && l.words >= 4:
		s = scoreShortSent
	case l.words >= minSentenceWord:
		s = scoreHeadline
	default:
		s = scoreShortLine
	}
	if l.dup > 1 && (l.words < maxDupWords || l.repeat) {
		// Teasers and menus repeat; a whole story given as one long line may
		// be repeated too, and its first copy counts.
		s = scoreDuplicate
	}
	if l.letters < 0.5 && l.words < 20 {
		s = min(s, scoreShortLine)
	}
	return s
}

// relatedLists marks the list under a related-links header ("Read more:",
// "Top stories"): headline lines, and one-sentence teasers when they alternate
// with headlines. The list ends at the first run of story prose.
func (p *page) relatedLists() {
	for i := 0; i < len(p.lines); i++ {
		h := p.lines[i]
		if h.kind != kindRelated || !(h.words <= 5 || strings.HasSuffix(h.text, ":")) {
			continue
		}
		teasers := false
		j := i + 1
		for ; j < len(p.lines); j++ {
			l := p.lines[j]
			if l.kind == kindRelated || l.kind == kindShare || l.kind == kindAd {
				continue
			}
			if l.kind != kindNone {
				break
			}
			if p.listHeadline(l) {
				l.kind, l.score = kindRelated, scoreHeadline
				continue
			}
			// A sentence: a teaser only inside an alternation of headline and sentence.
			if l.words > maxTeaserWords || j == i+1 || !p.listHeadline(p.lines[j-1]) && p.lines[j-1].kind != kindRelated {
				break
			}
			if !teasers {
				if j+2 >= len(p.lines) || !p.listHeadline(p.lines[j+1]) || p.lines[j+2].kind != kindNone ||
					p.listHeadline(p.lines[j+2]) || p.lines[j+2].words > maxTeaserWords {
					break
				}
				teasers = true
			}
			l.kind, l.score = kindRelated, scoreHeadline
		}
		i = j - 1
	}
}

// listHeadline reports whether a line reads as a link in a list: not a
// sentence of story prose.
func (p *page) listHeadline(l *line) bool {
	return (l.kind == kindNone || l.kind == kindRelated) && !(l.endPunc && l.words >= minSentenceWord) && l.words >= 1 && l.words <= 30
}

// listBonus makes the items of a list introduced by a story line ending in a
// colon ("The tour dates:") count as story, so the region does not stop there.
func (p *page) listBonus() {
	for i := 0; i+1 < len(p.lines); i++ {
		l := p.lines[i]
		if l.kind != kindNone || l.words < 4 || !strings.HasSuffix(l.text, ":") {
			continue
		}
		j := i + 1
		for ; j < len(p.lines) && j-i <= maxListItems; j++ {
			it := p.lines[j]
			if it.kind != kindNone || it.words < 2 || it.dup > 1 {
				break
			}
			if it.score < listItemScore {
				it.score = listItemScore
			}
		}
	}
}

// barriers marks the start of a comment section ("34 responses to ...",
// "Leave a Reply", "jane says:") so that the story region cannot run into it.
func (p *page) barriers() {
	for _, l := range p.lines {
		if l.kind == kindComment && (reCommentHeader.MatchString(l.text) || reSays.MatchString(l.text)) {
			l.score = scoreBarrier
		}
	}
}

// maxRegion returns the contiguous run of lines with the largest total score.
func maxRegion(ls []*line) (int, int) {
	bestSum, bestStart, bestEnd := 0.0, 0, 0
	sum, start := 0.0, 0
	for i, l := range ls {
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += l.score
		if sum > bestSum {
			bestSum, bestStart, bestEnd = sum, start, i+1
		}
	}
	return bestStart, bestEnd
}

// refine decides which lines of the region are story and which are junk
// inside it (captions, "Read more:" lists, contributor lines, a closing bio).
func (p *page) refine() {
	p.cards()
	inRelated := false
	for i := p.start; i < p.end; i++ {
		l := p.lines[i]
		switch l.kind {
		case kindNone:
			if inRelated && !(l.endPunc && l.words >= minSentenceWord) {
				l.kind = kindRelated
				continue
			}
			inRelated = false
			l.inBody = true
		case kindRelated:
			// A "Read more:" header alone starts a list; with its link on the
			// same line it is one item.
			inRelated = len(words(l.text)) <= 4
		case kindDateline:
			// A dateline on its own line is metadata, not story text.
		default:
			inRelated = false
		}
	}
	// The writer's bio closing the story: trailing lines only.
	for i := p.end - 1; i >= p.start && i >= p.end-3; i-- {
		l := p.lines[i]
		if !l.inBody && l.kind != kindBio {
			continue
		}
		if isBio(l, p.prev(i)) {
			l.kind, l.inBody = kindBio, false
			if pr := p.prev(i); pr != nil && isNameLine(pr.text) {
				// The writer's name on its own line above the bio.
				pr.kind, pr.inBody = kindByline, false
			}
			continue
		}
		break
	}
	// Lines after the story that are bios too.
	for i := p.end; i < len(p.lines) && i < p.end+4; i++ {
		if l := p.lines[i]; l.kind == kindNone || l.kind == kindBio {
			if isBio(l, p.prev(i)) {
				l.kind = kindBio
			}
		}
	}
}

// cutAtBio ends the story at the writer's bio when one sits in the last third
// of the region, followed by more page text that the region took in.
func (p *page) cutAtBio() {
	from := p.end - (p.end-p.start)/3
	for i := max(from, p.start+1); i < p.end; i++ {
		l := p.lines[i]
		if l.kind != kindNone && l.kind != kindBio {
			continue
		}
		prev := p.prev(i)
		if !isBio(l, prev) {
			continue
		}
		// Mid-story, a bio must say whose it is: open with the name, follow a
		// line with the name, or follow page junk rather than story text.
		if l.kind == kindBio || startsWithSubject(l.text) || prev == nil || prev.kind != kindNone || isNameLine(prev.text) {
			l.kind = kindBio
			p.end = i + 1
			return
		}
	}
}

// startsWithSubject reports whether a bio line opens with its subject's name.
func startsWithSubject(t string) bool {
	loc := reBio.FindStringIndex(t)
	if loc == nil {
		return false
	}
	ws := words(reParen.ReplaceAllString(t[:loc[0]], " "))
	return len(ws) >= 2 && nameWords(ws)
}

// attachIsland takes in story paragraphs cut off above the region by an inline
// box of related links, an ad or a caption ("first paragraph / Related
// articles / two links / rest of the story"). The lines in between stay out.
func (p *page) attachIsland() {
	for p.start > 0 {
		i := p.start - 1
		boxed := false
		for ; i >= 0 && p.start-i <= maxIslandGap; i-- {
			l := p.lines[i]
			if l.score > 0 || l.score <= scoreBarrier {
				break
			}
			switch l.kind {
			case kindRelated, kindAd, kindCaption, kindCredit:
				boxed = true
			case kindNone, kindShare:
			default:
				return
			}
		}
		if !boxed || i < 0 || p.lines[i].score <= 0 {
			return
		}
		if k := p.lines[i+1].kind; k == kindCredit || k == kindCaption {
			// A line right above a photo credit is the photo's caption.
			return
		}
		top, sum := i, 0.0
		for ; top >= 0; top-- {
			l := p.lines[top]
			if l.score <= 0 {
				break
			}
			if !l.endPunc || l.words < minIslandWords || l.kind != kindNone {
				return
			}
			sum += l.score
		}
		if sum < minIslandScore {
			return
		}
		p.start = top + 1
	}
}

// cards marks teaser cards for other stories inside the region: a headline
// given twice in a row (link text and heading), with a short label above it
// and a one-sentence summary below it.
func (p *page) cards() {
	for i := p.start; i+1 < p.end; i++ {
		l := p.lines[i]
		if l.kind != kindNone || l.endPunc && l.words >= minSentenceWord || l.words < minCardWords {
			continue
		}
		j := -1
		for k := i + 1; k < p.end && k <= i+2; k++ {
			if p.lines[k].text == l.text {
				j = k
				break
			}
		}
		if j < 0 {
			continue
		}
		for k := i; k <= j; k++ {
			p.lines[k].kind = kindRelated
		}
		if i > p.start && p.lines[i-1].kind == kindNone && p.lines[i-1].words <= 3 && !p.lines[i-1].endPunc {
			p.lines[i-1].kind = kindRelated
		}
		if n := j + 1; n < p.end && p.lines[n].kind == kindNone && p.lines[n].words <= maxCardSummary {
			p.lines[n].kind = kindRelated
		}
		i = j
	}
}

// prev returns the line before i, or nil.
func (p *page) prev(i int) *line {
	if i <= 0 {
		return nil
	}
	return p.lines[i-1]
}

// isBio reports whether l is a third-person bio of the writer: "Jane Doe is a
// staff writer at the Gazette. She covers city hall." It is called only on
// lines at the end of the story.
func isBio(l, prev *line) bool {
	if l.words > maxBioWords || l.words < 5 {
		return false
	}
	t := l.text
	if reAboutAuthor.MatchString(t) {
		return true
	}
	if l.words <= 60 && hasAny(lower(t), contactWords) && reContact.MatchString(t) {
		// "Reach her at ...", "She can be reached at ...": how to contact the writer.
		return true
	}
	if !hasAny(lower(t), bioPhrases) {
		return false
	}
	loc := reBio.FindStringIndex(t)
	if loc == nil {
		return false
	}
	// The subject must be a name (or a pronoun after a name line), close to the start.
	subj := words(reParen.ReplaceAllString(t[:loc[0]], " "))
	if len(subj) > 6 {
		return false
	}
	if len(subj) >= 2 && nameWords(subj) {
		return true
	}
	if prev != nil && isNameLine(prev.text) {
		return true
	}
	return false
}

// bioPhrases are words every bio that reBio matches contains one of.
var bioPhrases = []string{"writer", "reporter", "correspondent", "editor", "journalist", "columnist", "contributor",
	"author", "freelance", "producer", "blogger", "analyst", "critic", "intern", "fellow", "photographer", "anchor",
	"host", "covers", "writes about", "reports on", "has covered", "has written for", "has worked for"}

// nameWords reports whether all words are capitalised (a person's name).
func nameWords(ws []string) bool {
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if !capitalised(w) {
			return false
		}
	}
	return true
}

// isNameLine reports whether a line is only a person's name: 2-4 capitalised words.
func isNameLine(t string) bool {
	if strings.ContainsAny(t, "!?:;|()") {
		// Initials ("Jane Q. Doe") are fine; other punctuation is not.
		return false
	}
	return nameWords(strings.Fields(strings.Trim(t, " ,")))
}

// body joins the story lines into paragraphs.
func (p *page) body() string {
	var b strings.Builder
	for _, l := range p.lines[p.start:p.end] {
		if !l.inBody {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(l.text)
	}
	return b.String()
}

// fill writes the body, metadata and boilerplate into a.
func (p *page) fill(a *newsgraph.Article) {
	p.metadata(a) // first: it may take the dateline out of the first paragraph
	a.Body = p.body()
	if n := len(words(a.Body)); n < minBodyWords {
		if n == 0 {
			a.Warn("body: no story text found")
		} else {
			a.Warn("body: no story text found; the longest run of prose has only a few words and may not be an article")
		}
	}
	p.boilerplate(a)
}
