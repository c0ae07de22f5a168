package plaintext

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// capitalised reports whether a word starts with an upper-case letter (or is an
// initial like "Q.").
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// titleSeps split a page title from the site name: "Headline - Site".
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " : ", " · ", " « ", " » "}

// splitTitle splits a page title line into the headline, a site name suffix
// and a section prefix ("Opinion | Headline - Site").
func splitTitle(t string) (head, site, section string) {
	head = t
	for _, sep := range titleSeps {
		if i := strings.LastIndex(head, sep); i > 0 {
			suffix := strings.TrimSpace(head[i+len(sep):])
			if n := len(words(suffix)); n >= 1 && n <= 5 && len(words(head[:i])) >= 3 {
				head, site = strings.TrimSpace(head[:i]), suffix
				break
			}
		}
	}
	for _, sep := range []string{" | ", "|"} {
		if i := strings.Index(head, sep); i > 0 {
			prefix := strings.TrimSpace(head[:i])
			if n := len(words(prefix)); n >= 1 && n <= 2 && len(words(head[i:])) >= 3 && capitalised(prefix) {
				section, head = prefix, strings.TrimSpace(head[i+len(sep):])
				break
			}
		}
	}
	return head, site, section
}

// fold lower-cases and drops everything but the words, for comparing lines.
func fold(s string) string { return strings.ToLower(strings.Join(words(s), " ")) }

// headlineLike reports whether a line could be a headline: a handful of words,
// not a sentence ending in a full stop, not a pattern of junk.
func headlineLike(l *line) bool {
	if l.kind != kindNone && l.kind != kindTitle {
		return false
	}
	if l.words < 3 || l.words > 30 {
		return false
	}
	t := strings.TrimRight(l.text, closers)
	if strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") {
		return false
	}
	return l.caps >= 1
}

// findTitle finds the headline line above the story (the page title line
// repeated, a line sharing most of its words, or the nearest headline-like
// line) and returns it with the site name and section the page title gives.
func (p *page) findTitle() (title, site, section string) {
	limit := p.start
	if limit == 0 {
		return "", "", ""
	}
	first := p.lines[0]
	var head string
	if first.kind == kindNone || first.kind == kindLegal {
		head, site, section = splitTitle(first.text)
	}
	fh := fold(head)
	// The headline line repeating the page title.
	if fh != "" && limit > 1 {
		for i := limit - 1; i >= 1 && i >= limit-3*maxTitleSearch; i-- {
			l := p.lines[i]
			fl := fold(l.text)
			if fl == "" || l.kind == kindRelated {
				continue
			}
			if fl == fh || (len(fl) > 10 && strings.HasPrefix(fh, fl)) || (len(fh) > 10 && strings.HasPrefix(fl, fh) && l.words <= 30) {
				p.title = i
				return l.text, site, section
			}
		}
	}
	// A line sharing most of its words with the page title.
	if fh != "" {
		hw := map[string]bool{}
		for _, w := range strings.Fields(fh) {
			hw[w] = true
		}
		for i := limit - 1; i >= 1 && i >= limit-maxTitleSearch; i-- {
			l := p.lines[i]
			if !headlineLike(l) {
				continue
			}
			ws := strings.Fields(fold(l.text))
			n := 0
			for _, w := range ws {
				if hw[w] {
					n++
				}
			}
			if n*5 >= len(ws)*3 && n >= 3 {
				p.title = i
				return l.text, site, section
			}
		}
	}
	// A page title with a site name after it is the headline.
	if head != "" && site != "" && first.kind == kindNone && !first.endPunc && first.words >= 3 {
		p.title = 0
		return head, site, section
	}
	// The nearest headline-like line above the story, skipping bylines, dates,
	// captions and credits.
	for i := limit - 1; i >= 0 && i >= limit-maxTitleSearch; i-- {
		l := p.lines[i]
		switch l.kind {
		case kindByline, kindDate, kindDateline, kindCaption, kindCredit, kindShare, kindSource, kindAd, kindContributor:
			continue
		}
		if headlineLike(l) && (i > 0 || limit <= 3) {
			p.title = i
			return l.text, site, section
		}
		if l.kind == kindNone && l.endPunc && l.words >= 6 && l.words <= 60 {
			// A standfirst under the headline.
			continue
		}
		if l.kind == kindNone && l.words <= 2 {
			continue
		}
		break
	}
	if head != "" && first.kind == kindNone && !first.endPunc && first.words >= 3 {
		p.title = 0
		return head, site, section
	}
	return "", site, section
}

// findSection looks for a short label just above the headline, or the last
// element of a breadcrumb.
func (p *page) findSection() string {
	if p.title <= 0 {
		return ""
	}
	for i := p.title - 1; i >= 0 && i >= p.title-3; i-- {
		l := p.lines[i]
		t := l.text
		switch l.kind {
		case kindShare, kindDate, kindAd:
			continue
		case kindNav:
			if reCrumb.MatchString(t) && !strings.Contains(t, "|") {
				parts := reCrumbSep.Split(t, -1)
				last := strings.TrimSpace(parts[len(parts)-1])
				if len(words(last)) <= 3 && fold(last) != fold(p.lines[p.title].text) {
					p.section = i
					return last
				}
			}
			return ""
		case kindNone, kindSection:
		default:
			return ""
		}
		if sectionLike(l) {
			p.section = i
			return t
		}
		return ""
	}
	return ""
}

// sectionLike reports whether a line could be a section label: one to three
// capitalised words, no function words, digits or punctuation.
func sectionLike(l *line) bool {
	if l.words < 1 || l.words > 3 || l.stop > 0 || l.endPunc || reNav.MatchString(l.text) {
		return false
	}
	for _, w := range strings.Fields(l.text) {
		if !capitalised(w) && w != "&" {
			return false
		}
	}
	return !strings.ContainsAny(l.text, "@#:0123456789()[]")
}

var (
	reCrumbSep  = regexp.MustCompile(`\s+[>»›/]\s+`)
	reRoleWords = regexp.MustCompile(`(?i)\b(associated|agence|staff|writer|reporter|correspondent|editor|columnist|contributor|contributing|senior|chief|associate|bureau|desk|team|news|press|media|agency|wire|times|post|daily|herald|journal|tribune|gazette|magazine|online|digital|\.com|\.net|\.org|photographer|producer|analyst|intern|special|political|business|science|sports|opinion|live|columnist|guest|admin|administrator|published|updated|posted|ago|min|read)\b`)
	reHandle    = regexp.MustCompile(`@\w+`)
	reNameSplit = regexp.MustCompile(`\s*(?:,|;|\||\s+and\s+|\s+&\s+|\s+[-–—/]\s+)\s*`)
	reGlueCase  = regexp.MustCompile(`(\p{Ll})(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*)$`)
)

// parseNames pulls the person names out of a byline's text: no "By", no job
// titles, no dates, no organisations, no handles.
func parseNames(s string) []string {
	if iso, a, b := dateIn(s); iso != "" {
		s = s[:a] + " | " + s[b:]
	}
	s = reTime.ReplaceAllString(s, " | ")
	s = reWeekday.ReplaceAllString(s, " | ")
	s = reHandle.ReplaceAllString(s, " | ")
	var out []string
	for _, part := range reNameSplit.Split(s, -1) {
		part = strings.TrimSpace(strings.Trim(part, " .,:;()[]"))
		// "Michael HiltzikBusiness Columnist": a job title glued to the name.
		if m := reGlueCase.FindStringSubmatchIndex(part); m != nil && reRoleWords.MatchString(part[m[4]:m[5]]) {
			part = part[:m[3]]
		}
		if loc := reRoleWords.FindStringIndex(part); loc != nil {
			// "Jane Doe Associated Press", "Jane Doe Staff Writer": the name before the role.
			part = strings.TrimSpace(part[:loc[0]])
			if ws := strings.Fields(part); len(ws) > 0 && strings.EqualFold(ws[len(ws)-1], "the") {
				part = strings.Join(ws[:len(ws)-1], " ")
			}
		}
		if part == "" {
			continue
		}
		ws := strings.Fields(part)
		if len(ws) < 2 || len(ws) > 4 {
			continue
		}
		ok := true
		for _, w := range ws {
			if !capitalised(w) || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
				ok = false
			}
		}
		if !ok || reAgency.MatchString(part) || mixedCaps(ws) {
			continue
		}
		if strings.ToUpper(part) == part {
			part = titleCase(part)
		}
		out = append(out, part)
	}
	return out
}

// mixedCaps reports whether some words are in capitals and others not
// ("NJ Advance"): an organisation's name, not a person's ("JANE DOE" and
// "Jane Doe" are fine).
func mixedCaps(ws []string) bool {
	upper, lower := 0, 0
	for _, w := range ws {
		letters := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if utf8.RuneCountInString(letters) < 2 {
			continue // an initial
		}
		if strings.ToUpper(letters) == letters {
			upper++
		} else {
			lower++
		}
	}
	return upper > 0 && lower > 0
}

// titleCase turns "JANE O'DOE" into "Jane O'doe"-free "Jane O'Doe".
func titleCase(s string) string {
	rs := []rune(strings.ToLower(s))
	up := true
	for i, r := range rs {
		if up && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
		}
		up = !unicode.IsLetter(r)
	}
	return string(rs)
}

var (
	reNameList     = regexp.MustCompile(`\s*(?:,|\s+and\s+|\s+&\s+)\s*`)
	reAnd          = regexp.MustCompile(`\s+and\s+`)
	reInPlace      = regexp.MustCompile(`^(.*?)\s+in\s+(.+)$`)
	reAndClause    = regexp.MustCompile(`,?\s+and\s+|;\s*`)
	reReportedFrom = regexp.MustCompile(`^(.*?)\s+reported from\s+(.+)$`)
	reContributedR = regexp.MustCompile(`^(.*?)\s+contributed(?:\s+reporting)?(?:\s+to this (?:report|story|article))?(?:\s+(?:from|in)\s+(.+))?$`)
	reFromClause   = regexp.MustCompile(`^(.*?)\s+(?:from|in)\s+(.+)$`)
	reRolePrefix   = regexp.MustCompile(`^(?:[\p{Lu}][\p{L}.]*\s+)*(?:writers?|reporters?|correspondents?|journalists?|staff|photographers?)\s+`)
)

// parseContributors reads the reporters a contributor line credits, with where
// they reported from.
func parseContributors(t string) []newsgraph.Contributor {
	t = strings.TrimSpace(strings.Trim(t, " ()."))
	var out []newsgraph.Contributor
	add := func(names, place string) {
		names = reRolePrefix.ReplaceAllString(strings.TrimSpace(names), "")
		place = strings.TrimSpace(strings.Trim(place, " .,;"))
		for _, n := range reNameList.Split(names, -1) {
			n = strings.TrimSpace(n)
			if n == "" || !nameWords(strings.Fields(n)) || len(strings.Fields(n)) < 2 {
				continue
			}
			out = append(out, newsgraph.Contributor{Name: n, Place: place})
		}
	}
	lt := strings.ToLower(t)
	if strings.HasPrefix(lt, "reporting by") || strings.HasPrefix(lt, "additional reporting by") || strings.HasPrefix(lt, "writing by") || strings.HasPrefix(lt, "editing by") {
		for _, clause := range strings.Split(t, ";") {
			clause = strings.TrimSpace(clause)
			lc := strings.ToLower(clause)
			i := strings.Index(lc, " by ")
			if i < 0 || strings.Contains(lc[:i], "edit") || strings.Contains(lc[:i], "graphic") {
				continue
			}
			rest := clause[i+4:]
			for _, part := range reAnd.Split(rest, -1) {
				if m := reInPlace.FindStringSubmatch(part); m != nil {
					add(m[1], m[2])
				} else {
					add(part, "")
				}
			}
		}
		return out
	}
	if m := reReportedFrom.FindStringSubmatch(t); m != nil {
		segs := reAndClause.Split(m[2], -1)
		// "Jane Doe reported from Nairobi, and John Roe from Accra."
		place := segs[0]
		var more []string
		for _, s := range segs[1:] {
			if fm := reFromClause.FindStringSubmatch(s); fm != nil && nameWords(strings.Fields(fm[1])) {
				more = append(more, s)
			} else {
				place += " and " + s
			}
		}
		add(m[1], place)
		for _, s := range more {
			fm := reFromClause.FindStringSubmatch(s)
			add(fm[1], fm[2])
		}
		return out
	}
	if m := reContributedR.FindStringSubmatch(t); m != nil {
		add(m[1], m[2])
	}
	return out
}

// metadata fills title, section, dateline, authors, contributors, source and
// dates from the lines around the story.
func (p *page) metadata(a *newsgraph.Article) {
	title, site, section := p.findTitle()
	a.Title = title
	if p.title >= 0 {
		p.lines[p.title].kind = kindTitle
	}
	if s := p.findSection(); s != "" {
		a.Section = s
		p.lines[p.section].kind = kindSection
	} else if section != "" {
		a.Section = section
	}
	if a.Title == "" {
		a.Warn("title: no headline line found above the story")
	} else {
		// A standfirst: a sentence right under the headline, above the story.
		if i := p.title + 1; i < p.start {
			if l := p.lines[i]; l.kind == kindNone && l.endPunc && l.words >= 6 && l.words <= 60 && (i+1 >= len(p.lines) || p.lines[i+1].kind != kindCredit) {
				a.Description = l.text
			}
		}
	}

	// Dateline: a line of its own just above the story, or the opening of the
	// first paragraph ("NAIROBI, Kenya — ...", "BRUSSELS (Reuters) - ...").
	for i := p.start - 1; i >= 0 && i >= p.start-4 && a.Dateline == ""; i-- {
		if p.lines[i].kind == kindDateline {
			a.Dateline = datelineText(p.lines[i].text)
		}
	}
	for i := p.start; i < p.end && a.Dateline == ""; i++ {
		l := p.lines[i]
		if l.kind == kindDateline {
			a.Dateline = datelineText(l.text)
			break
		}
		if l.inBody {
			if m := reDatelineStart.FindStringSubmatchIndex(l.text); m != nil && len(words(l.text[m[2]:m[3]])) <= 5 {
				a.Dateline = strings.TrimSpace(l.text[m[2]:m[3]])
				if p.stripDateline {
					// Keep what follows the dash: the story's first sentence.
					if m[8] >= 0 {
						p.datelineAgency = l.text[m[8]:m[9]]
					}
					_, size := utf8.DecodeLastRuneInString(l.text[:m[1]])
					l.text = l.text[m[1]-size:]
				}
			}
			break
		}
	}

	// Authors from bylines (above the story first), then from a closing bio.
	seen := map[string]bool{}
	addAuthor := func(n string) {
		if !seen[strings.ToLower(n)] {
			seen[strings.ToLower(n)] = true
			a.Authors = append(a.Authors, n)
		}
	}
	for _, i := range p.around() {
		l := p.lines[i]
		if l.kind == kindByline {
			for _, n := range parseNames(bylineRest(l.text)) {
				addAuthor(n)
			}
		}
	}
	for i, l := range p.lines {
		switch l.kind {
		case kindContributor:
			a.Contributors = append(a.Contributors, parseContributors(l.text)...)
		case kindBio:
			if len(a.Authors) == 0 {
				if prev := p.prev(i); prev != nil && isNameLine(prev.text) && !prev.inBody {
					addAuthor(strings.TrimSpace(prev.text))
					prev.kind = kindByline
				} else if loc := reBio.FindStringIndex(l.text); loc != nil {
					if ws := strings.Fields(l.text[:loc[0]]); nameWords(ws) && len(ws) >= 2 {
						addAuthor(strings.Join(ws, " "))
					}
				}
			}
		case kindSource:
			if a.Source == "" {
				if m := reSource.FindStringSubmatch(l.text); m != nil {
					a.Source = strings.TrimSpace(m[1])
				}
			}
		}
	}
	if len(a.Authors) == 0 {
		a.Warn("authors: no byline found")
	}
	if a.Source == "" && site != "" {
		a.Source = site
	}

	// Dates: a published date above the story, or a "First published" line below.
	var published, unlabelled, modified string
	for _, i := range p.around() {
		l := p.lines[i]
		if l.kind != kindDate && l.kind != kindByline && l.kind != kindCredit {
			continue
		}
		label := dateLabel(l.text)
		t := l.text
		if label == "updated" {
			if iso, _, _ := dateIn(t); iso != "" && modified == "" {
				modified = iso
			}
			continue
		}
		if label == "published" {
			lt := strings.ToLower(t)
			if j := strings.Index(lt, "updated"); j >= 0 && modified == "" {
				// "Published Feb. 6 | Updated Feb. 7": the second date is the modification.
				if iso, _, _ := dateIn(t[j:]); iso != "" {
					modified = iso
				}
			}
			for _, w := range []string{"published", "posted", "created"} {
				if j := strings.Index(lt, w); j >= 0 {
					t = t[j:]
					break
				}
			}
		}
		iso, _, _ := dateIn(t)
		if iso == "" {
			continue
		}
		switch {
		case label == "published" && published == "":
			published = iso
		case label == "" && unlabelled == "" && i < p.start:
			unlabelled = iso
		}
	}
	switch {
	case published != "":
		a.Published = published
	case unlabelled != "":
		a.Published = unlabelled
	default:
		a.Warn("published: the text states no publication date")
	}
	a.Modified = modified
}

// around returns the indexes of the lines near the story: a few screens above
// it and a few lines below, nearest first above.
func (p *page) around() []int {
	var out []int
	for i := p.start - 1; i >= 0 && i >= p.start-25; i-- {
		out = append(out, i)
	}
	for i := p.start; i < p.end; i++ {
		if !p.lines[i].inBody {
			out = append(out, i)
		}
	}
	for i := p.end; i < len(p.lines) && i < p.end+15; i++ {
		out = append(out, i)
	}
	return out
}

// datelineText strips the dash and agency from a dateline line.
func datelineText(t string) string {
	if m := reDatelineLine.FindStringSubmatch(t); m != nil {
		return strings.TrimSpace(m[1])
	}
	return strings.TrimSpace(strings.TrimRight(t, "—–- "))
}

// boilerplate lists every line that is not story text, with its kind; captions
// are split from their credits.
func (p *page) boilerplate(a *newsgraph.Article) {
	// Runs of navigation lines become one entry, joined by newlines.
	var nav []string
	flush := func() {
		if len(nav) > 0 {
			a.Boilerplate = append(a.Boilerplate, newsgraph.Boilerplate{Kind: newsgraph.KindNavigation, Text: strings.Join(nav, "\n")})
			nav = nav[:0]
		}
	}
	add := func(k newsgraph.BoilerplateKind, t string) {
		t = strings.TrimSpace(t)
		if t == "" {
			return
		}
		if k == newsgraph.KindNavigation {
			nav = append(nav, t)
			return
		}
		flush()
		a.Boilerplate = append(a.Boilerplate, newsgraph.Boilerplate{Kind: k, Text: t})
	}
	defer flush()
	if p.datelineAgency != "" {
		add(newsgraph.KindCredit, p.datelineAgency)
	}
	for i, l := range p.lines {
		if l.inBody || i == p.title || i == p.section {
			continue
		}
		k := l.kind
		switch k {
		case kindDateline:
			// The place is in Article.Dateline; an agency given with it is a credit.
			if m := reDatelineLine.FindStringSubmatch(l.text); m != nil && m[4] != "" {
				add(newsgraph.KindCredit, m[4])
			}
			continue
		case kindTitle, kindSection, kindByline, kindDate:
			// Metadata lines: what they say is in the article's fields.
			continue
		}
		if k == kindNone {
			switch {
			case i >= p.start && i < p.end:
				k = kindOther
			case l.words <= 4 && !l.endPunc:
				k = kindNav
			case !l.endPunc && l.words <= 20 && (p.after(i) || p.inList(i)):
				k = kindRelated
			default:
				k = kindOther
			}
		}
		if k == kindCaption {
			c, cr := splitCaption(l.text)
			add(newsgraph.KindCaption, c)
			add(newsgraph.KindCredit, cr)
			continue
		}
		add(k.boilerplateKind(), l.text)
	}
}

// after reports whether line i comes after the story.
func (p *page) after(i int) bool { return p.end > p.start && i >= p.end }

// inList reports whether line i sits among other headline-like lines.
func (p *page) inList(i int) bool {
	n := 0
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(p.lines) && !p.lines[j].endPunc && p.lines[j].words >= 3 && p.lines[j].words <= 20 {
			n++
		}
	}
	return n > 0
}

// splitCaption splits a caption from the credit at its end.
func splitCaption(t string) (caption, credit string) {
	if j := glued(t); j >= 0 {
		return strings.TrimSpace(t[:j]), strings.TrimSpace(t[j:])
	}
	if tail := captionTail(t); tail != "" {
		c := strings.TrimSpace(strings.TrimSuffix(t, tail))
		cr := strings.TrimSpace(strings.Trim(tail, "()"))
		for _, pre := range []string{"Credit...", "Credit…", "Credit:", "Photo:", "Image:", "Photograph:", "Picture:"} {
			cr = strings.TrimSpace(strings.TrimPrefix(cr, pre))
		}
		return c, cr
	}
	return t, ""
}
