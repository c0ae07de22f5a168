package quote

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/pos"
)

// Cues that are not a plain verb: statement and stance nouns, stance
// adjectives, "according to", punctuation cues and leading participles.

// nounCues are nouns that report a statement or belief when a possessor names
// its holder and a that-clause gives its content ("Varga's claim that ...",
// "her warning that ...").
var nounCues = set("claim", "claims", "statement", "assertion", "assertions", "belief", "view", "warning",
	"warnings", "argument", "allegation", "allegations", "accusation", "accusations", "insistence",
	"contention", "suggestion", "prediction", "promise", "pledge", "vow", "denial", "admission",
	"acknowledgment", "acknowledgement", "charge", "complaint", "fear", "fears", "hope", "hopes", "concern",
	"concerns", "conclusion", "conviction", "announcement", "remark", "remarks", "comment", "comments",
	"theory", "message", "boast", "threat", "finding", "findings", "estimate", "assessment", "position")

// possessives are determiners that name a statement's holder ("his claim").
var possessives = set("his", "her", "their", "its", "my", "our", "your")

// nounCue handles a statement noun with a possessor and a that-clause: "Varga's
// claim that there were thousands", "her warning that rates would rise". The
// source is the possessor with its "'s", the cue the noun.
func (d *doc) nounCue(si, a, b int) {
	for i := a + 1; i+2 < b; i++ {
		t := d.toks[i]
		if !nounCues[t.lw] && !unsourcedNouns[t.lw] || t.cap || d.used[i] || t.q >= 0 || d.toks[i+1].lw != "that" || d.used[i+1] {
			continue
		}
		if n := d.toks[i+2]; auxiliaries[n.lw] || npBreak[n.lw] && !subjectPronouns[n.lw] && n.lw != "there" && n.lw != "this" || !n.word && !n.mark ||
			strings.HasSuffix(n.lw, "ed") {
			continue // a relative clause: "the claim that was rejected"
		}
		s, e, ok := d.possessor(a, i)
		m := i // the cue's first token
		if !ok {
			if !unsourcedNouns[t.lw] {
				continue
			}
			m = d.unsourcedStart(a, i) // "amid growing concerns that ...": a claim nobody is named for
			s, e = m, m
		}
		pieces, ok := d.contentFrom(i+1, b)
		if !ok {
			continue
		}
		d.assert(si, pieces, m, i+1, s, e)
	}
}

// unsourcedNouns are claims that stand without a named claimant: "dogged by
// charges that", "amid allegations that", "a recognition that".
var unsourcedNouns = set("charges", "allegations", "accusations", "claims", "suspicions", "rumors", "rumours",
	"speculation", "recognition", "fears", "concerns", "reports", "assertions", "pronouncements", "acknowledgment",
	"acknowledgement", "admission")

// stanceNouns name a plan, stance or statement whose content follows as an
// infinitive or a prepositional object ("his plan to cut taxes", "her
// criticism of the deal", "his obsession with trade").
var stanceNouns = set("plan", "plans", "promise", "promises", "pledge", "pledges", "threat", "threats", "refusal",
	"determination", "eagerness", "willingness", "reluctance", "decision", "proposal", "proposals", "call", "calls",
	"demand", "demands", "criticism", "support", "opposition", "comment", "comments", "remarks", "theory", "ideas",
	"views", "obsession", "adulation", "praise", "attack", "attacks", "warning", "warnings", "vow", "effort",
	"insistence", "denial", "defense", "defence", "embrace", "rejection", "description", "characterization",
	"claim", "claims")

// unsourcedObjects are stance nouns that make a statement with their object
// even when no one is named for them ("withering criticism for its failure",
// "claims of sexual abuse", "allegations of fraud", "initial reports of a blast").
var unsourcedObjects = set("criticism", "claims", "allegations", "accusations", "reports")

// stancePrepositions introduce a stance noun's object ("criticism of").
var stancePrepositions = set("of", "about", "on", "with", "for", "against", "toward", "towards")

// stanceNoun handles a possessor, up to two modifiers and a stance noun with
// an infinitive or prepositional content: "Varga's plan to cut taxes" (cue
// "plan", content "to cut taxes"), "his long-standing ideas about trade" (cue
// "long-standing ideas about", content "trade").
func (d *doc) stanceNoun(si, a, b int) {
	title := d.titleCase(a, b) // "Night Shift Nurse Presses Mayor On Her Plan To Close ..."
	for i := a + 1; i+2 < b; i++ {
		t := d.toks[i]
		if !stanceNouns[t.lw] && !unsourcedObjects[t.lw] || t.cap && !title || d.used[i] || t.q >= 0 || d.used[i+1] {
			continue
		}
		m := i // the first modifier
		for m-1 > a && m > i-2 && d.toks[m-1].word && !d.toks[m-1].cap && !possessives[d.toks[m-1].lw] && !determiners[d.toks[m-1].lw] &&
			!npBreak[d.toks[m-1].lw] && !d.used[m-1] && !isCueVerbForm(d.toks[m-1].lw) {
			m--
		}
		s, e, ok := d.possessor(a, m)
		if !ok && m < i {
			s, e, ok = d.possessor(a, i)
			if ok {
				m = i
			}
		}
		if !ok {
			// "the intense criticism of NBC", "claims of abuse": a stance no one
			// is named for; an article before it belongs to the cue
			if !unsourcedObjects[t.lw] || !stancePrepositions[d.toks[i+1].lw] {
				continue
			}
			m = d.unsourcedStart(a, i)
			s, e = m, m
		}
		j := i + 1 // the word after the noun
		if weekdays[d.toks[j].lw] && j+2 < b && stancePrepositions[d.toks[j+1].lw] {
			j++ // "Adeyemi’s comments Tuesday on the flooding": the day is the cue's
		}
		n := d.toks[j]
		cueEnd, q := j, j
		switch {
		case j == i+1 && n.lw == "to" && d.toks[i+2].word && (!d.toks[i+2].cap || title) && !determiners[d.toks[i+2].lw]:
			// "plan to cut": the infinitive is the content
		case stancePrepositions[n.lw] && n.q < 0 && !timeUnits[d.toks[j+1].lw] && !months[d.toks[j+1].lw]:
			cueEnd, q = j+1, j+1 // not "remarks on Saturday"
		default:
			continue
		}
		end := d.phraseEnd(q, d.leadingClauseEnd(q, b)) // "despite his claims of fraud, Mugabe ...": not the main clause
		if end <= q {
			continue
		}
		d.markUsed(q, end)
		d.assert(si, []newsgraph.Span{d.span(q, end)}, m, cueEnd, s, e)
		i = end
	}
}

// unsourcedStart returns where the cue of a stance noun at i that no one is
// named for starts: at up to two adjectives before it and an article before
// those ("faced sharp criticism for", "forced a recognition that"), not at a
// noun modifier ("media pronouncements that").
func (d *doc) unsourcedStart(a, i int) int {
	if p := d.toks[i-1]; i-2 > a && articles[d.toks[i-2].lw] && !d.used[i-2] && !d.used[i-1] && p.word && !p.cap && !npBreak[p.lw] {
		return i - 2 // "a tacit acknowledgment that": one modifier after an article, whatever its tag
	}
	m := i
	for m-1 > a && m > i-2 && !d.used[m-1] && !d.toks[m-1].cap && (d.toks[m-1].tag == "JJ" || d.toks[m-1].tag == "VBG") {
		m--
	}
	if m-1 > a && articles[d.toks[m-1].lw] && !d.used[m-1] {
		m--
	}
	return m
}

// isCueVerbForm reports whether w is a form of a cue verb.
func isCueVerbForm(w string) bool {
	_, ok := cueWords[w]
	return ok
}

// makeForms are the forms of "make".
var makeForms = set("made", "make", "makes", "making")

// madeClear handles "X made (it) clear that ..." and "make" with a noun of speech
// ("made the case that", "made the following comment:"): the cue is the phrase.
func (d *doc) madeClear(si, a, b int) {
	for i := a; i+2 < b; i++ {
		if !makeForms[d.toks[i].lw] {
			continue
		}
		if d.used[i] || d.toks[i].q >= 0 {
			continue
		}
		e := i + 1
		if d.toks[e].lw == "it" {
			e++
		}
		ce := e + 1 // the cue's end
		if e >= b || d.toks[e].lw != "clear" {
			// "made the case that", "made the following comment:", "made a
			// strong condemnation of": a noun of speech joins the cue
			if ce = d.speechObject(i+1, b); ce == i+1 {
				continue
			}
		}
		c := d.cuePrefixStart(a, i)
		s, se, ok := d.leftSource(a, c)
		if (!ok || !d.goodSource(s, se)) && c-1 > a && d.toks[c-1].lw == "and" {
			// "the union threatened a strike and tried to make the
			// case that ...": the sentence's subject
			s, se, ok = d.mainSubject(a, c-1)
		}
		if !ok || !d.goodSource(s, se) {
			continue
		}
		cs := ce // where the content may start
		if ce < b && d.toks[ce].lw == "to" && !d.toks[ce-1].cap {
			// "make the case to owners of both clubs that ...": the
			// addressees stand between the cue and the content
			for k := ce + 1; k < b && k <= ce+8; k++ {
				if d.toks[k].lw == "that" {
					cs = k
					break
				}
				if !d.npToken(k) {
					break
				}
			}
		}
		pieces, ok := d.contentAfter(cs, b, false)
		if !ok && ce >= b && d.toks[ce-1].w == ":" && b < len(d.toks) {
			// "Lindgren made the following comment:" closing its paragraph, the
			// quotation after it
			if p := d.passageStarting(b); p >= 0 && !d.passUsed[p] {
				pieces, ok = d.takePassage(p), true
			}
		}
		if !ok {
			continue
		}
		d.assert(si, pieces, c, ce, s, se)
	}
}

// thatCue handles a verb outside the cue lists that takes a that-clause after
// a speaker ("Smith conceded that", "the court held that"): a past or present
// tense verb right after a name or pronoun, then "that" and a clause.
func (d *doc) thatCue(si, a, b int) {
	for i := a + 1; i+2 < b; i++ {
		t := d.toks[i]
		if d.used[i] || t.q >= 0 || !t.word || t.cap || d.toks[i+1].lw != "that" || d.used[i+1] {
			continue
		}
		if !(strings.HasSuffix(t.lw, "ed") || strings.HasSuffix(t.lw, "s") && !strings.HasSuffix(t.lw, "ss")) ||
			npBreak[t.lw] || auxiliaries[t.lw] || nounLike[t.lw] || len(t.lw) < 4 {
			continue
		}
		if _, known := cueWords[t.lw]; known {
			continue
		}
		if t.tag != "" && !pos.IsVerb(t.tag) || timeUnits[d.toks[i+2].lw] {
			continue // "Some microbes that need ...": a noun; "died that night": a determiner
		}
		finite := false
		for k := i + 2; k < b && !finite; k++ {
			finite = pos.IsFinite(d.toks[k].tag) || d.toks[k].tag == "MD"
		}
		if !finite {
			continue // "bested that performance in 2016", "stopped that since": a demonstrative, no clause
		}
		c := d.cuePrefixStart(a, i)
		s, e, ok := d.leftSource(a, c)
		if !ok || !d.goodSource(s, e) {
			continue
		}
		if st := d.toks[e-1]; !(st.cap || subjectPronouns[st.lw] || st.w == "," || st.w == ")") {
			continue
		}
		pieces, ok := d.contentFrom(i+1, b)
		if !ok {
			continue
		}
		d.assert(si, pieces, c, i+1, s, e)
	}
}

// according handles "according to X": the source after it, the content before
// or after.
func (d *doc) according(si, a, b, i int) {
	s := i + 2
	e := s
	for e < b && d.toks[e].w != "," && !d.isTerminal(e) && !d.toks[e].mark && d.toks[e].q < 0 && e-s < 30 {
		if e > s+1 && e+1 < b && pos.IsFinite(d.toks[e].tag) && !d.toks[e].cap && d.toks[e-1].tag != "WP" && d.toks[e-1].tag != "WDT" &&
			verbFollowers[d.toks[e+1].tag] {
			break // "according to the ministry recovered at least ...": the source ends before the clause's verb
		}
		e++
	}
	if e == s {
		return
	}
	// "according to police in Baytown, Texas, ...": a place after the comma
	// belongs to the source
	if e+2 < b && d.toks[e].w == "," && (d.toks[e-1].cap || pos.IsNoun(d.toks[e-1].tag)) {
		m := e + 1
		for m < b && m <= e+3 && d.toks[m].w != "," && !d.isTerminal(m) {
			m++
		}
		if m < b && d.toks[m].w == "," && d.segmentKind(e+1, m) == 'p' && m+1 < b && !d.toks[m+1].cap {
			e = m
		}
	}
	// a trailing time is not part of it: "according to the county attorney on Saturday"
	srcEnd := e
	for k := e - 1; k > s; k-- {
		if lw := d.toks[k].lw; lw == "on" || lw == "in" || lw == "last" {
			if p := d.toks[k-1]; d.onlyTimeTokens(k+1, e) && k+1 < e && p.tag != "VBN" && !strings.HasSuffix(p.lw, "ed") {
				srcEnd = k // but "a poll released last week" keeps it, as PolNeAR does
			}
			break
		}
	}
	var pieces []newsgraph.Span
	ok := false
	if i == a || d.toks[i-1].w == "," && i-1 == a || i > a && conjunctions[d.toks[i-1].lw] {
		if e < b && d.toks[e].w == "," {
			pieces, ok = d.contentFrom(e+1, b)
			if end := d.trimEnd(e+1, b); ok && len(pieces) == 1 && d.span(e+1, end).End > pieces[0].End && !d.passageInside(e+1, end) {
				// "According to her account, after examining the leg, she
				// insisted that ...": the phrase governs the whole rest of its
				// sentence, cues inside it included
				pieces = []newsgraph.Span{{Start: pieces[0].Start, End: d.span(e+1, end).End}}
				d.markUsed(e+1, end)
			}
		}
	} else {
		if n := d.accordingAppositive(e, b); n > e {
			e, srcEnd = n, n // "according to Amara Otieno, head of ..., and other scientists."
		}
		pieces, ok = d.contentBefore(a, i)
		if ok && e+1 < b && d.toks[e].w == "," && d.toks[e+1].lw == "and" && !d.used[e+1] {
			// "the relatives watched the videos, according to their attorneys,
			// and said ...": the phrase governs the coordinated clause too
			if end := d.trimEnd(e+2, b); end > e+2 {
				pieces = append(pieces, d.span(e+2, end))
				d.markUsed(e+1, end)
				for k := e + 2; k < end; k++ {
					if q := d.toks[k].q; q >= 0 {
						d.passUsed[q] = true
					}
				}
			}
		}
	}
	if !ok {
		return
	}
	d.markUsed(i, e)
	d.add(Attribution{Pieces: pieces, Cue: d.span(i, i+2), Source: d.span(s, srcEnd), Polarity: polAssert, Sentence: d.spans[si]})
}

// accordingAppositive returns the end of an appositive after the name that
// ends "according to X" at the comma e, when it closes the sentence [.., b):
// "according to Lily Batchelder, a former tax aide[, whose conclusions ...]",
// "according to Amara Otieno, head of the lab, and other engineers."; else e.
func (d *doc) accordingAppositive(e, b int) int {
	if e+2 >= b || d.toks[e].w != "," || !d.toks[e-1].cap || !d.appositiveAfter(e+1, 0) ||
		!(articles[d.toks[e+1].lw] || d.toks[e+1].tag == "NN" && !d.toks[e+1].cap) {
		return e
	}
	m := e + 1
	for m < b && d.toks[m].w != "," && !d.isTerminal(m) && !d.toks[m].mark && d.toks[m].q < 0 && m-e <= 20 {
		m++
	}
	switch {
	case m >= b || d.isTerminal(m):
		return m
	case d.toks[m].w != "," || m+1 >= b:
		return e
	case relativeWords[d.toks[m+1].lw]:
		return m
	case d.toks[m+1].lw == "and":
		// ", and other scientists." closing the sentence, with no verb
		for k := m + 2; k < b && k <= m+7; k++ {
			if d.isTerminal(k) {
				return k
			}
			if t := d.toks[k]; pos.IsVerb(t.tag) || t.w == "," || t.mark || t.q >= 0 {
				return e
			}
		}
	}
	return e
}

// relativeWords open a relative clause after a comma.
var relativeWords = set("who", "whose", "which", "whom")

// articles open an appositive after a name ("Lily Batchelder, a former aide").
var articles = set("a", "an", "the")

// passageInside reports whether a quotation mark lies in tokens [p, e).
func (d *doc) passageInside(p, e int) bool {
	for k := p; k < e; k++ {
		if d.toks[k].mark || d.toks[k].q >= 0 {
			return true
		}
	}
	return false
}

// verbFollowers are the tags of words that often follow a finite verb and
// rarely a noun: a mis-tagged noun ("database tracking") is not taken for a verb.
var verbFollowers = set("DT", "PRP", "PRP$", "IN", "CD", "RB", "TO")

// topicHeadline handles a headline "NAME on TOPIC: CLAIM" ("Okafor on
// Coastal Erosion: The Trends Are 'Alarming.'"): the name is the source,
// "on" through the colon the cue, the claim after the colon the content.
func (d *doc) topicHeadline(si, a, b int) {
	if a+4 >= b || !d.titleCase(a, b) {
		return
	}
	e := a
	for e < b && e < a+4 && d.toks[e].cap && d.toks[e].word && !d.used[e] && d.toks[e].lw != "on" {
		e++
	}
	if e == a || e+2 >= b || d.toks[e].lw != "on" {
		return
	}
	colon := -1
	for k := e + 1; k < b && k <= e+6; k++ {
		if d.toks[k].w == ":" {
			colon = k
			break
		}
		if !d.toks[k].word || d.used[k] {
			return
		}
	}
	if colon < 0 || colon+1 >= b || !d.goodSource(a, e) {
		return
	}
	pieces, ok := d.contentFrom(colon+1, b)
	if !ok {
		return
	}
	d.markUsed(a, colon+1)
	d.markSource(a, e)
	d.add(Attribution{Pieces: pieces, Cue: d.span(e, colon+1), Source: d.span(a, e), Polarity: polAssert, Sentence: d.spans[si]})
}

// colonCue handles "NAME: text" at the start of a paragraph (interview
// transcripts, headlines "Smith: We will win").
func (d *doc) colonCue(si, a, b int) {
	k := a
	if k < b && d.toks[k].mark {
		k++
	}
	if k > a && d.toks[k-1].q >= 0 && d.passageStarting(k-1) < 0 {
		return
	}
	if k >= b {
		return
	}
	cue0 := -1
	if ci, ok := cueWords[d.toks[k].lw]; ok && ci.class == classSpeech && !ci.ing && k+1 < b && d.toks[k+1].cap && d.toks[k].cap {
		cue0 = k // "Said Ellis: “...”", also inside a paragraph
		k++
	}
	if cue0 < 0 && a > 0 && d.toks[a-1].para == d.toks[a].para {
		return // not at a paragraph start
	}
	m := k
	for m < b && m-k < 3 && d.toks[m].cap && d.toks[m].word && !(m > k && headlineLinks[d.toks[m].lw]) {
		m++ // (a headline's "Stealth Over Health: ..." names no speaker)
	}
	if m == k || m >= b-1 || d.toks[m].w != ":" || determiners[d.toks[k].lw] || notSpeakers[d.toks[k].lw] {
		return
	}
	// the content: to the end of the paragraph
	e := m + 1
	for e < len(d.toks) && d.toks[e].para == d.toks[m].para {
		e++
	}
	ce := e
	for ce > m+1 && !d.toks[m+1].mark && (d.toks[ce-1].mark || !d.toks[ce-1].word && d.toks[ce-1].w == ".") {
		ce--
	}
	if ce <= m+1 {
		return
	}
	d.markUsed(k, e)
	if d.toks[a].q >= 0 {
		d.passUsed[d.toks[a].q] = true
	}
	cue := d.span(m, m+1)
	if cue0 >= 0 {
		d.markUsed(cue0, cue0+1)
		cue = d.span(cue0, cue0+1)
	}
	d.add(Attribution{Pieces: []newsgraph.Span{d.span(m+1, ce)}, Cue: cue, Source: d.span(k, m), Polarity: polAssert, Sentence: d.spans[si]})
}

// headlineLinks are the prepositions and conjunctions that a title-case
// headline capitalises, and that no speaker label before a colon holds.
var headlineLinks = set("over", "in", "on", "of", "for", "and", "to", "with", "at", "by", "from", "after", "before",
	"against", "vs", "as", "is", "are", "was", "the", "a", "an")

// dashCue handles a quotation followed by a dash and a name: "“...” ― Jane Doe".
func (d *doc) dashCue(si, a, b int) {
	for i := max(a, 1); i < b; i++ {
		t := d.toks[i]
		if t.w != "―" && t.w != "—" && t.w != "–" {
			continue
		}
		p := d.passageEnding(i - 1)
		if p < 0 || d.passUsed[p] {
			continue
		}
		e := i + 1
		for e < b && d.toks[e].cap && d.toks[e].word && e-i <= 4 && d.toks[e].para == t.para {
			e++
		}
		if e == i+1 || e < b && d.toks[e].para == t.para && d.toks[e].word {
			continue
		}
		pieces := d.takePassage(p)
		d.markUsed(i, e)
		d.add(Attribution{Pieces: pieces, Cue: d.span(i, i+1), Source: d.span(i+1, e), Polarity: polAssert, Sentence: d.spans[si]})
	}
}

// dashQuote handles a quotation set off by dashes after the name of whoever
// said it: "including the former candidate Paul Fenwick -- ”It is
// reckless ...” -- and ...". The cue is the first dash.
func (d *doc) dashQuote(si, a, b int) {
	for i := max(a, 1); i+1 < b; i++ {
		t := d.toks[i]
		if !dashes[t.w] || d.used[i] || !d.toks[i-1].cap || !d.toks[i-1].word || d.used[i-1] {
			continue
		}
		p := d.passageStarting(i + 1)
		if p < 0 || d.passUsed[p] {
			continue
		}
		_, e := d.tokenRange(d.pass[p].span())
		if e < b && !dashes[d.toks[e].w] && d.toks[e].w != "," && !d.isTerminal(e) {
			continue // the quotation must close the aside
		}
		s, se, ok := d.leftNP(a, i-1)
		if !ok || se != i {
			continue
		}
		if s == a || d.toks[s-1].tag == "IN" || d.toks[s-1].tag == "TO" {
			continue // "Thus — “...”", "as reported by the Daily News — “...”"
		}
		for s < se && !d.toks[s].cap {
			s++ // "the former mayoral candidate Paul Fenwick": the name
		}
		pieces := d.takePassage(p)
		d.markUsed(s, i+1)
		d.add(Attribution{Pieces: pieces, Cue: d.span(i, i+1), Source: d.span(s, se), Polarity: polAssert, Sentence: d.spans[si]})
	}
}

// frontParticiple handles a sentence opening with a participle cue clause:
// "Citing a new poll, Smith said ...", "Asked about the vote, the minister
// ...". The cue is the participle (with its preposition), the content the
// rest of that clause, and the source the subject after the comma.
func (d *doc) frontParticiple(si, a, b int) {
	i := a
	if i < b && !d.toks[i].word {
		return
	}
	if i+3 >= b || d.used[i] || d.toks[i].q >= 0 {
		return
	}
	if frontSubordinators[d.toks[i].lw] && strings.HasSuffix(d.toks[i+1].lw, "ing") {
		i++ // "After saying her foot was swollen, she ..."
	}
	ci, ok := cueWords[d.toks[i].lw]
	asked := d.toks[i].lw == "asked"
	if !ok || !(ci.ing || asked) || ci.particle && !(i+1 < b && particles[ci.lemma][d.toks[i+1].lw]) {
		return
	}
	end := i + 1
	if i+1 < b && (particles[ci.lemma][d.toks[i+1].lw] || cuePrepositions[d.toks[i+1].lw] && !plainSpeech[ci.lemma]) {
		end++
	}
	// the content: up to the comma that closes the clause
	m := end
	for m < b && m-end < 25 && d.toks[m].w != "," && !d.isTerminal(m) {
		if d.toks[m].q >= 0 && d.passageEnding(m) >= 0 && m+1 < b && d.toks[m+1].w == "," {
			m++
			break
		}
		m++
	}
	if m >= b || d.toks[m].w != "," && !(d.toks[m-1].mark && d.toks[m].w == ",") || m == end {
		return
	}
	ce := m
	if m+1 < b && d.toks[m].w == "," && d.toks[m+1].mark {
		ce = m + 2 // "..., “... my shoe on,” she was": the quotation closes after the comma
	}
	// the source: the subject after the comma, before its verb
	s, e := ce, ce
	if ce == m {
		s, e = m+1, m+1
	}
	for e < b && e-s < 8 && !d.used[e] && d.toks[e].q < 0 && !cuePrefix[d.toks[e].lw] &&
		(d.npToken(e) && !(e > s && !d.toks[e].cap && !d.toks[e-1].cap && !determiners[d.toks[e-1].lw] && d.toks[e-1].word)) {
		e++
	}
	if e == s || e >= b || !d.goodSource(s, e) || d.toks[e].w == "," {
		return
	}
	if st := d.toks[s]; !(st.cap || subjectPronouns[st.lw] || determiners[st.lw]) {
		return
	}
	if _, cue := cueWords[d.toks[e].lw]; cue && !asked && e+1 < b && d.toks[e+1].w == "," {
		return // a parenthetical cue: "Voting for him, she said, was a mistake"
	}
	d.markUsed(i, ce) // the subject stays free: it is also the main clause's
	for k := end; k < ce; k++ {
		if q := d.toks[k].q; q >= 0 {
			d.passUsed[q] = true
		}
	}
	d.add(Attribution{Pieces: []newsgraph.Span{d.span(end, ce)}, Cue: d.span(i, end), Source: d.span(s, e),
		Polarity: ci.polarity, Sentence: d.spans[si]})
}

// whenAsked handles a question put to the subject in a clause of time:
// "When pressed by the host about how he would pay, ...", "and when asked on
// why the plan leaves out fathers, ...". The cue is the participle (with its
// preposition when it follows right away), the source the agent after "by"
// if any, the content the topic up to the clause's comma.
func (d *doc) whenAsked(si, a, b int) {
	for i := a; i+3 < b; i++ {
		if p := d.toks[i+1].lw; d.toks[i].lw != "when" || d.used[i+1] || !strings.HasSuffix(p, "ed") && !irregularParticiples[p] {
			continue // (the verb right after "when" has no subject: a participle whatever its tag)
		}
		ci, ok := cueWords[d.toks[i+1].lw]
		if !ok || questionLemmas[ci.lemma] == nil || ci.lemma == "accuse" {
			continue
		}
		preps := questionLemmas[ci.lemma]
		k, end := i+2, i+2 // where the topic starts; the cue's end
		s, e := k, k       // the agent
		if d.toks[k].lw == "by" {
			s = k + 1
			for e = s; e < b && e < s+6 && d.npToken(e) && !preps[d.toks[e].lw] && !d.used[e]; e++ {
			}
			if e == s || !d.goodSource(s, e) {
				continue
			}
			k = e
		}
		switch {
		case preps[d.toks[k].lw]:
			if k == end {
				end++ // "pressed on why ...": the preposition is the cue's
			}
			k++
		case !whWords[d.toks[k].lw]:
			continue // "when told to do so by guards": no topic
		}
		m := k
		for m < b && d.toks[m].w != "," && !d.used[m] && d.toks[m].q < 0 && !d.isTerminal(m) {
			m++
		}
		if m >= b || d.toks[m].w != "," || m-k < 2 {
			continue
		}
		d.markUsed(i+1, end)
		d.markUsed(k, m)
		d.markSource(s, e)
		d.add(Attribution{Pieces: []newsgraph.Span{d.span(k, m)}, Cue: d.span(i+1, end), Source: d.span(s, e),
			Polarity: ci.polarity, Sentence: d.spans[si]})
		i = m
	}
}

// frontSubordinators open a participle clause at the start of a sentence
// whose subject is the main clause's: "After saying ..., she".
var frontSubordinators = set("after", "before", "while", "when", "upon", "since", "by", "in")

// stanceAdjectives report a belief or attitude after a form of "be": "was
// sure that", "are convinced the plan", "is confident that".
var stanceAdjectives = set("sure", "convinced", "confident", "certain", "afraid", "worried", "concerned",
	"optimistic", "pessimistic", "skeptical", "sceptical", "hopeful", "adamant", "fearful", "doubtful",
	"positive", "persuaded", "satisfied", "insistent")

// feelingAdjectives report a feeling about a fact, the content of a
// that-clause after them: "she is so frustrated that the state ...", "were
// relieved that".
var feelingAdjectives = set("frustrated", "angry", "upset", "disappointed", "glad", "happy", "pleased", "surprised",
	"outraged", "furious", "relieved", "proud", "sorry", "grateful", "thankful", "amazed", "shocked", "alarmed",
	"troubled", "dismayed", "heartened", "encouraged", "sad", "ashamed", "embarrassed", "aware", "unaware",
	"annoyed", "disturbed", "thrilled", "delighted", "excited", "nervous", "anxious")

// intentAdjectives take a to-infinitive that PolNeAR reads as the content of
// an intention ("is also determined to warn", "were willing to").
var intentAdjectives = set("determined", "willing", "unwilling", "reluctant")

// adjectiveCue handles "X is/was (not) sure/convinced/confident (that) ...": the
// cue is the verb group with the adjective, the source the subject.
func (d *doc) adjectiveCue(si, a, b int) {
	for i := a + 1; i+2 < b; i++ {
		t := d.toks[i]
		if !stanceAdjectives[t.lw] && !intentAdjectives[t.lw] && !feelingAdjectives[t.lw] || t.cap || d.used[i] || t.q >= 0 {
			continue
		}
		c, ok := d.beGroup(a, i)
		if !ok {
			continue
		}
		n := d.toks[i+1]
		if feelingAdjectives[t.lw] {
			if n.lw != "that" {
				continue // "was frustrated by the delay", "glad to help"
			}
		} else if intentAdjectives[t.lw] {
			if n.lw != "to" || !pos.IsVerb(d.toks[i+2].tag) || d.toks[i+2].lw == "have" || d.toks[i+2].lw == "be" {
				continue // "determined to warn", not "willing partner" nor "was determined to have been involved"
			}
		} else if !(n.lw == "that" || subjectPronouns[n.lw] && n.lw != "who" || determiners[n.lw] && n.lw != "a" && n.lw != "an" || n.cap && n.word ||
			(n.lw == "if" || n.lw == "whether") && (t.lw == "sure" || t.lw == "certain" || t.lw == "unsure" || t.lw == "uncertain")) {
			continue // "sure to win", "worried about", "concerned by"
		}
		s, e, ok := d.leftSource(a, c)
		if !ok && c-1 > a && (d.toks[c-1].lw == "and" || d.toks[c-1].lw == "but") {
			// "Okoth met the elders and came away convinced that ...": the
			// sentence's subject, as for a coordinated cue verb
			s, e, ok = d.nameSubject(a, c-1)
		}
		if !ok || !d.goodSource(s, e) || d.toks[s].lw == "it" && e == s+1 {
			continue
		}
		pieces, ok := d.contentFrom(i+1, b)
		if !ok {
			continue
		}
		d.assert(si, pieces, c, i+1, s, e)
	}
}

// beGroup returns the start of the verb group that ends before token i
// (auxiliaries, adverbs, "be" contractions: "has long been", "is not", "’re")
// and whether it holds a form of "be".
func (d *doc) beGroup(a, i int) (int, bool) {
	c := i
	for c-1 > a && !d.used[c-1] && (cuePrefix[d.toks[c-1].lw] || degreeAdverbs[d.toks[c-1].lw] || strings.HasSuffix(d.toks[c-1].lw, "ly") && !d.toks[c-1].cap ||
		d.toks[c-1].lw == "be" || d.toks[c-1].lw == "am" || d.toks[c-1].lw == "'s" || d.toks[c-1].lw == "’s" ||
		d.toks[c-1].lw == "'re" || d.toks[c-1].lw == "’re") {
		c--
	}
	for k := c; k < i; k++ {
		switch d.toks[k].lw {
		case "is", "are", "was", "were", "be", "been", "am", "'s", "’s", "'re", "’re":
			return c, true
		}
	}
	if c-1 > a && copulas[d.toks[c-1].lw] && !d.used[c-1] {
		c-- // "became convinced", "remained confident"
		if c-1 > a && d.toks[c].lw == "away" && (d.toks[c-1].lw == "came" || d.toks[c-1].lw == "come" || d.toks[c-1].lw == "comes") {
			c-- // "came away convinced that"
		}
		return c, true
	}
	return c, false
}

// degreeAdverbs grade a stance adjective: "weren't too concerned about".
var degreeAdverbs = set("too", "very", "so", "quite", "more", "less", "deeply", "increasingly", "particularly", "fairly", "less")

// copulas link a subject to a stance adjective like "be": "became convinced
// that", "came away convinced that".
var copulas = set("became", "become", "becomes", "remained", "remain", "remains", "grew", "grow", "grows", "away")

// stanceObjects are adjectives and agent nouns that take the object of a
// stance after a form of "be", each with its prepositions: "has been critical
// of", "is opposed to", "is a staunch opponent of".
var stanceObjects = map[string]map[string]bool{
	"critical": {"of": true}, "skeptical": {"of": true, "about": true}, "sceptical": {"of": true, "about": true},
	"supportive": {"of": true}, "opposed": {"to": true}, "wary": {"of": true}, "dismissive": {"of": true},
	"optimistic": {"about": true}, "pessimistic": {"about": true}, "enthusiastic": {"about": true},
	"worried": {"about": true}, "concerned": {"about": true}, "proud": {"of": true}, "vocal": {"about": true},
	"opponent": {"of": true}, "opponents": {"of": true}, "critic": {"of": true}, "critics": {"of": true},
	"supporter": {"of": true}, "supporters": {"of": true}, "proponent": {"of": true}, "proponents": {"of": true},
	"advocate": {"of": true, "for": true}, "advocates": {"of": true, "for": true}, "champion": {"of": true},
	"defender": {"of": true}, "defenders": {"of": true}, "fan": {"of": true}, "fans": {"of": true},
	"passionate": {"about": true}, "vague": {"about": true}, "coy": {"about": true}, "candid": {"about": true},
	"adamant": {"about": true}, "outspoken": {"about": true, "on": true}, "silent": {"about": true, "on": true},
	"quiet": {"about": true, "on": true}, "unhappy": {"with": true, "about": true}, "angry": {"about": true, "at": true},
	"upset": {"about": true, "with": true}, "disappointed": {"with": true, "in": true}, "frustrated": {"with": true, "by": true},
}

// objectStance handles a stance adjective or agent noun after a form of
// "be" and before its preposition: "Castell has been critical of the plan",
// "Otieno is a firm opponent of the toll road". The cue runs from the
// verb group to the preposition, the content is the object phrase.
func (d *doc) objectStance(si, a, b int) {
	for i := a + 1; i+2 < b; i++ {
		t := d.toks[i]
		preps := stanceObjects[t.lw]
		if preps == nil || t.cap || d.used[i] || t.q >= 0 || !preps[d.toks[i+1].lw] || d.used[i+1] {
			continue
		}
		// back over modifiers and an article to the verb group: "is a staunch", "has been"
		c := i
		for c-1 > a && c > i-4 && !d.used[c-1] && d.toks[c-1].word && !d.toks[c-1].cap &&
			(d.toks[c-1].lw == "a" || d.toks[c-1].lw == "an" || !npBreak[d.toks[c-1].lw] && !determiners[d.toks[c-1].lw] && !isCueVerbForm(d.toks[c-1].lw)) {
			c--
		}
		c, ok := d.beGroup(a, c)
		if !ok {
			continue
		}
		s, e, ok := d.leftSource(a, c)
		if !ok || !d.goodSource(s, e) || d.toks[s].lw == "it" && e == s+1 || d.toks[s].lw == "there" {
			continue
		}
		q := i + 2
		end := d.phraseEnd(q, b)
		if end <= q {
			continue
		}
		d.markUsed(q, end)
		d.assert(si, []newsgraph.Span{d.span(q, end)}, c, i+2, s, e)
	}
}

// personalMedia are what a person says something in: "In a statement, the
// senator ..." makes the statement the cue and the subject its source.
var personalMedia = set("statement", "letter", "email", "e-mail", "memo", "op-ed", "essay", "tweet", "post", "message",
	"speech", "interview", "testimony")

// inSource handles a sentence opened by "In" and a document or poll ("In the
// latest Herald poll, conducted in May, Adeyemi led by 3 points"): PolNeAR's cue
// is "In", the source the document's phrase with its closing comma, the content
// the clause after it. Other sentences may close with "in" and a poll
// (inPollAtEnd).
func (d *doc) inSource(si, a, b int) {
	if b-a >= 6 && d.toks[a].lw != "in" {
		d.inPollAtEnd(si, a, b)
		return
	}
	if b-a < 6 || d.toks[a].lw != "in" || d.used[a] {
		return
	}
	comma, head, noun := -1, -1, -1
	for k := a + 1; k < b && k < a+30; k++ {
		t := d.toks[k]
		if d.used[k] || t.q >= 0 {
			return
		}
		if t.w == "," {
			if head == -1 {
				return // "In May, ...": no document before the comma
			}
			comma = k
			if head == -2 {
				break // the comma closing the participle clause
			}
			// a participle clause after the document ("conducted in May,") belongs to the source
			if k+1 < b && !d.toks[k+1].cap && (strings.HasSuffix(d.toks[k+1].lw, "ed") || irregularParticiples[d.toks[k+1].lw]) {
				head = -2
				continue
			}
			break
		}
		if docNouns[t.lw] || t.lw == "polls" || t.lw == "surveys" || personalMedia[t.lw] {
			head, noun = k, k
		}
	}
	if comma < 0 || head == -1 || comma+2 >= b {
		return
	}
	q := comma + 1
	e := d.trimEnd(q, b)
	for k := q; k < e; k++ {
		if d.used[k] {
			return // the clause already holds a statement of its own ("In a statement, X said ...")
		}
	}
	if e-q < 3 {
		return
	}
	if personalMedia[d.toks[noun].lw] {
		// "In a statement issued Tuesday, the senator was more circumspect":
		// the one who made the statement speaks; the statement is the cue
		s, se, ok := d.mainSubject(a, e)
		if !ok || s != q || e-se < 2 || !d.goodSource(s, se) {
			return
		}
		d.markUsed(a+1, noun+1)
		d.markSource(s, se)
		d.markUsed(se, e)
		d.add(Attribution{Pieces: []newsgraph.Span{d.span(se, e)}, Cue: d.span(a+1, noun+1), Source: d.span(s, se),
			Polarity: polAssert, Sentence: d.spans[si]})
		return
	}
	srcEnd := comma // "In this poll, ...": the phrase without its comma
	if head == -2 {
		srcEnd = comma + 1 // "In the Post poll, conducted in May, ...": with the clause and its comma
	}
	d.markUsed(a, a+1)
	d.markSource(a+1, srcEnd)
	d.markUsed(q, e)
	d.add(Attribution{Pieces: []newsgraph.Span{d.span(q, e)}, Cue: d.span(a, a+1), Source: d.span(a+1, srcEnd),
		Polarity: polAssert, Sentence: d.spans[si]})
}

// inPollAtEnd handles a clause closed by "in" and a poll ("The senator did
// well in the online polls taken after the debate."): as with "In this poll,
// ...", the cue is "in" and the source the poll's phrase, here to the
// sentence end; the content is the clause before "in", from its subject.
func (d *doc) inPollAtEnd(si, a, b int) {
	e := d.trimEnd(a, b)
	for k := a + 3; k+2 < e; k++ {
		if p := d.toks[k-1]; d.toks[k].lw != "in" || p.lw == "than" || d.used[k] ||
			p.tag == "VBN" || p.lw == "part" || strings.HasPrefix(p.lw, "participat") {
			continue // "was asked in the poll", "took part in a survey": what the poll held, not what it found
		}
		head := -1
		for m := k + 1; m < e && m < k+10 && head < 0; m++ {
			t := d.toks[m]
			if t.q >= 0 || d.used[m] || !t.word || pos.IsFinite(t.tag) {
				break
			}
			if t.lw == "poll" || t.lw == "polls" || t.lw == "survey" || t.lw == "surveys" {
				head = m
			}
		}
		if head < 0 {
			continue
		}
		// the poll closes the sentence or takes a participle or an
		// infinitive ("polls conducted after ...", "polls to emerge"), not a
		// second figure ("from 47 percent in the first survey to 44 percent")
		if n := head + 1; n < e && d.toks[n].tag != "VBN" && (d.toks[n].lw != "to" || n+1 >= e || d.toks[n+1].tag != "VB") {
			return
		}
		for m := head + 1; m < e; m++ {
			if d.used[m] || d.toks[m].q >= 0 {
				return
			}
		}
		c := a // the clause after a leading one ("Despite ..., she did not gain in ...")
		for m := a; m < k; m++ {
			if d.toks[m].w == "," {
				c = m + 1
			}
		}
		s, se, ok := d.mainSubject(c, k)
		if !ok || !d.goodSource(s, se) {
			return
		}
		finite := false
		for m := s; m < k; m++ {
			if d.used[m] || d.toks[m].q >= 0 {
				return
			}
			finite = finite || m >= se && pos.IsFinite(d.toks[m].tag)
		}
		if !finite {
			return
		}
		d.markUsed(k, k+1)
		d.markSource(k+1, e)
		d.markUsed(s, k)
		d.add(Attribution{Pieces: []newsgraph.Span{d.span(s, k)}, Cue: d.span(k, k+1), Source: d.span(k+1, e),
			Polarity: polAssert, Sentence: d.spans[si]})
		return
	}
}

// asPutIt handles "as X put it, ...": the cue is "put it" (with its adverbs
// and a medium, "put it in a long essay"), the source the noun phrase
// after "as", the content the clause after the comma that closes the aside.
func (d *doc) asPutIt(si, a, b int) {
	for i := a + 2; i+1 < b; i++ {
		if d.toks[i].lw != "put" || d.toks[i+1].lw != "it" || d.used[i] || d.toks[i].q >= 0 {
			continue
		}
		c := d.cuePrefixStart(a, i)
		// the source: back to "as"
		as := -1
		for k := c - 1; k >= a && k >= c-25; k-- {
			t := d.toks[k]
			if t.lw == "as" && !d.used[k] {
				as = k
				break
			}
			if t.q >= 0 || t.mark && !d.possessiveMark(k) || pos.IsFinite(t.tag) && !t.cap || d.used[k] {
				break
			}
		}
		if as < 0 || as+1 >= c || !d.goodSource(as+1, c) {
			continue
		}
		if as > a && d.toks[as-1].w != "," && !d.toks[as-1].mark {
			continue // "... the same as he put it": not an aside
		}
		end, written := d.mediumPhrase(i+2, b)
		// the aside closes with a comma; the content follows it
		m := end
		if written {
			end = i + 2 // "put it in a statement": the document stays out of the cue
		}
		for m < b && d.toks[m].w != "," && m-end < 15 && !d.isTerminal(m) && d.toks[m].q < 0 {
			m++
		}
		var pieces []newsgraph.Span
		ok := false
		switch {
		case m+1 < b && d.toks[m].w == ",":
			pieces, ok = d.contentFrom(m+1, b)
		case as > a && d.trimEnd(end, b) == end && (d.toks[as-1].w == "," || d.toks[as-1].mark):
			// "... a “fair share of harbor fees,” as a port
			// authority memo put it.": the aside closes the sentence, the
			// content comes before it
			pieces, ok = d.contentBefore(a, as)
		}
		if !ok {
			continue
		}
		d.markUsed(c, end)
		d.markSource(as+1, c)
		d.add(Attribution{Pieces: pieces, Cue: d.span(c, end), Source: d.span(as+1, c), Polarity: polAssert, Sentence: d.spans[si]})
	}
}

// asReported handles a sentence-opening "As stated in X," / "As reported by
// X,": the participle is the cue, X the source and the main clause after the
// comma the content ("As stated in Otieno's column, there are differing
// accounts").
func (d *doc) asReported(si, a, b int) {
	if a+3 >= b || d.toks[a].lw != "as" || d.used[a] || d.toks[a].q >= 0 {
		return
	}
	v := a + 1
	if !reportParticiples[d.toks[v].lw] || d.used[v] {
		return
	}
	if p := d.toks[v+1].lw; p != "in" && p != "by" {
		return
	}
	s := v + 2
	e := s
	for e < b && e < s+12 && d.toks[e].w != "," && !d.used[e] && (d.npToken(e) || d.possessiveMark(e)) {
		e++
	}
	if e == s || e+1 >= b || d.toks[e].w != "," || !d.goodSource(s, e) {
		return
	}
	pieces, ok := d.contentFrom(e+1, b)
	if !ok {
		return
	}
	d.markUsed(a, e)
	d.markSource(s, e)
	d.add(Attribution{Pieces: pieces, Cue: d.span(v, v+1), Source: d.span(s, e), Polarity: polAssert, Sentence: d.spans[si]})
}

// byEstimate handles an estimate that a clause is attributed to: "...,
// by one estimate." closing the sentence or "By some estimates, ..."
// opening it. "by" is the cue, the estimate the source.
func (d *doc) byEstimate(si, a, b int) {
	for i := a; i+2 < b; i++ {
		if d.toks[i].lw != "by" || d.used[i] || d.toks[i].q >= 0 {
			continue
		}
		if i > a && d.toks[i-1].w != "," {
			continue
		}
		if d.ownAdmission(si, a, b, i) {
			return
		}
		e := i + 1
		for e < b && e <= i+4 && !d.used[e] && (determiners[d.toks[e].lw] || possessives[d.toks[e].lw] || d.toks[e].tag == "JJ" || d.toks[e].tag == "CD") {
			e++
		}
		if e == i+1 || e >= b || !estimateNouns[d.toks[e].lw] || d.used[e] {
			continue
		}
		e++
		var pieces []newsgraph.Span
		ok := false
		switch {
		case i == a && e+1 < b && d.toks[e].w == ",":
			pieces, ok = d.contentFrom(e+1, b) // "By some estimates, the program costs ..."
		case i > a && d.trimEnd(e, b) == e:
			pieces, ok = d.contentBefore(a, i) // "..., by one estimate."
		}
		if !ok {
			continue
		}
		d.markUsed(i, e)
		d.markSource(i+1, e)
		d.add(Attribution{Pieces: pieces, Cue: d.span(i, i+1), Source: d.span(i+1, e), Polarity: polAssert, Sentence: d.spans[si]})
		return
	}
}

// actToInfinitive handles a formal act with an infinitive of purpose: "filed
// a motion to unseal the records", "signed an agreement to allow Mexican
// trucks ...", "extracted an agreement to set goals". The verb and the act
// are the cue, the infinitive the content, the verb's subject the source.
func (d *doc) actToInfinitive(si, a, b int) {
	for i := a + 1; i+4 < b; i++ {
		t := d.toks[i]
		if !pos.IsFinite(t.tag) || t.cap || d.used[i] || t.q >= 0 || auxiliaries[t.lw] || !actVerbs[t.lw] {
			continue
		}
		k := i + 1
		if !articles[d.toks[k].lw] && !possessives[d.toks[k].lw] {
			continue
		}
		k++
		if d.toks[k].tag == "JJ" && !d.toks[k].cap {
			k++
		}
		if k+2 >= b || !actNouns[d.toks[k].lw] || d.toks[k+1].lw != "to" || d.toks[k+2].tag != "VB" || d.used[k] || d.used[k+1] {
			continue
		}
		d.subjectStatement(si, a, b, i, k+1, k+1)
	}
}

// figureAt handles an estimate put at an amount: "the Tax Foundation puts the
// figure at $498 billion". The verb with its noun and "at" is the cue, the
// amount the content, the subject the source.
func (d *doc) figureAt(si, a, b int) {
	for i := a + 1; i+4 < b; i++ {
		t := d.toks[i]
		if (t.lw != "puts" && t.lw != "put" && t.lw != "putting") || d.used[i] || t.q >= 0 {
			continue
		}
		k := i + 1
		if !(articles[d.toks[k].lw] || possessives[d.toks[k].lw]) {
			continue
		}
		if !figureNouns[d.toks[k+1].lw] || d.toks[k+2].lw != "at" || d.used[k+2] {
			continue
		}
		d.subjectStatement(si, a, b, i, k+3, k+3)
	}
}

// subjectStatement adds the statement of a cue whose verb is token i and
// ends at cueEnd, spoken by the verb's subject, with the content from token
// start to the sentence end b (nothing when the subject or content is
// missing).
func (d *doc) subjectStatement(si, a, b, i, cueEnd, start int) {
	c := d.cuePrefixStart(a, i)
	s, e, ok := d.leftSource(a, c)
	if !ok || !d.goodSource(s, e) {
		return
	}
	pieces, ok := d.contentFrom(start, b)
	if !ok {
		return
	}
	d.assert(si, pieces, c, cueEnd, s, e)
}

// ownAdmission handles "By Varga's own admission, ..." opening a sentence at
// the "by" at i: the possessor is the source, "own admission" the cue and the
// clause after the comma the content.
func (d *doc) ownAdmission(si, a, b, i int) bool {
	if i != a {
		return false
	}
	k := i + 2 // the noun: after a possessor of one word ("his") or more ("Varga's")
	for k < b && k <= i+5 && !admissionNouns[d.toks[k].lw] {
		k++
	}
	if k+2 >= b || !admissionNouns[d.toks[k].lw] || d.toks[k+1].w != "," || d.used[k] {
		return false
	}
	m := k // the cue's start: "own" belongs to it
	if d.toks[k-1].lw == "own" {
		m = k - 1
	}
	s, e, ok := d.possessor(i+1, m)
	if !ok || s != i+1 {
		return false
	}
	pieces, ok := d.contentFrom(k+2, b)
	if !ok {
		return false
	}
	d.markUsed(i, k+1)
	d.markSource(s, e)
	d.add(Attribution{Pieces: pieces, Cue: d.span(m, k+1), Source: d.span(s, e), Polarity: polAssert, Sentence: d.spans[si]})
	return true
}

// admissionNouns are what a speaker's own words are called after "By his own":
// "By his own admission, ..." (an account is an estimate's: see estimateNouns).
var admissionNouns = set("admission", "admissions")

// figureNouns are the estimates a source puts at an amount.
var figureNouns = set("figure", "figures", "cost", "costs", "estimate", "number", "total", "toll", "tab", "price", "loss", "losses")

// actVerbs make a formal act that has a purpose.
var actVerbs = set("filed", "files", "signed", "signs", "extracted", "extracts", "introduced", "introduces",
	"submitted", "submits", "reached", "reaches", "struck", "strikes", "brokered", "brokers", "passed", "passes",
	"issued", "issues", "approved", "approves")

// actNouns are the acts: motions, bills and agreements.
var actNouns = set("motion", "bill", "agreement", "resolution", "petition", "lawsuit", "suit", "deal", "order",
	"accord", "pact", "measure", "amendment")

// estimateNouns are what a figure may be attributed to "by": "by one
// estimate", "by some accounts", "by its own count".
var estimateNouns = set("estimate", "estimates", "count", "counts", "account", "accounts", "measure", "measures",
	"calculation", "calculations", "tally", "reckoning")

// reportParticiples open "As stated in ...," asides.
var reportParticiples = set("stated", "reported", "noted", "mentioned", "documented", "described", "explained",
	"indicated", "outlined", "detailed", "shown", "said", "written", "suggested", "argued", "predicted")

// hearsay adverbs attribute their clause to an unnamed source: "he allegedly
// brandished a pistol", "the campaign is reportedly scrambling".
var hearsay = set("allegedly", "reportedly", "purportedly", "supposedly")

// hearsayAdverb handles a clause marked by a hearsay adverb: the adverb is the
// cue, the clause around it the content, and there is no source.
func (d *doc) hearsayAdverb(si, a, b int) {
	for i := a; i < b; i++ {
		if !hearsay[d.toks[i].lw] || d.used[i] || d.toks[i].q >= 0 {
			continue
		}
		// the clause starts after a comma, a subordinator or "that" before the adverb
		s := i
		for s > a && !d.used[s-1] && d.toks[s-1].w != "," && d.toks[s-1].lw != "that" && !subordinators[d.toks[s-1].lw] &&
			d.toks[s-1].q < 0 && !d.toks[s-1].mark && i-s < 12 {
			s--
		}
		if s == i || i+1 >= b {
			continue
		}
		pieces, ok := d.contentFrom(i+1, b)
		if !ok {
			continue
		}
		d.markUsed(s, i+1)
		d.add(Attribution{Pieces: append([]newsgraph.Span{d.span(s, i)}, pieces...), Cue: d.span(i, i+1),
			Polarity: polAssert, Sentence: d.spans[si]})
	}
}

// indefinitePronouns stand for a whole noun phrase: "nobody seemed to care".
var indefinitePronouns = set("nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone",
	"nothing", "everything", "something", "anything", "none")

// seemForms are the finite forms of "seem".
var seemForms = set("seem", "seems", "seemed")

// seemCue handles the writer's hedge "X seems to ...", "X may have seemed far
// away", "X can seem like ...": the verb group is the cue, the subject and
// what follows the verb the content, and there is no source. (A cue verb
// after it, "seemed to think", is that verb's cue, taken before.)
func (d *doc) seemCue(si, a, b int) {
	for i := a + 1; i+2 < b; i++ {
		t := d.toks[i]
		if !seemForms[t.lw] || t.cap || d.used[i] || t.q >= 0 {
			continue
		}
		n := d.toks[i+1]
		if !(n.lw == "to" && d.toks[i+2].tag == "VB" || n.lw == "like" || n.tag == "JJ" || n.tag == "RB") {
			continue // "as it may seem,", "it seems that": no predicate of the subject's
		}
		c := d.cuePrefixStart(a, i)
		if c-1 < a || d.used[c-1] {
			continue
		}
		s, e, ok := c-1, c, d.toks[c-1].lw == "that" || relativeWords[d.toks[c-1].lw] // "which seems to be"
		if !ok {
			s, e, ok = d.leftNP(a, c-1)
			if k := c - 1; ok && (d.toks[k].tag == "PRP" || indefinitePronouns[d.toks[k].lw]) {
				s = k // "... sang at another festival and nobody seemed to notice": the pronoun alone
			}
		}
		if !ok || e != c || d.toks[s].lw == "it" && e == s+1 || d.toks[s].lw == "there" {
			continue
		}
		rest, ok := d.contentFrom(i+1, b)
		if !ok {
			continue
		}
		d.markUsed(s, i+1)
		d.add(Attribution{Pieces: append([]newsgraph.Span{d.span(s, c)}, rest...), Cue: d.span(c, i+1),
			Polarity: polAssert, Sentence: d.spans[si]})
	}
}

// evidentAdjectives make an impersonal stance: "it is clear that", "it's
// obvious that".
var evidentAdjectives = set("clear", "obvious", "evident", "apparent", "undeniable", "indisputable")

// impersonalStance handles "it is clear that ..." and "nor is it clear that
// ...": the cue is the phrase from "it" (or the inverted verb) to the
// adjective, the content the clause after it, and there is no source.
func (d *doc) impersonalStance(si, a, b int) {
	for i := a; i+3 < b; i++ {
		t := d.toks[i]
		if d.used[i] || t.q >= 0 {
			continue
		}
		var c, adj int
		switch {
		case t.lw == "it" && (d.toks[i+1].lw == "is" || d.toks[i+1].lw == "was" || d.toks[i+1].lw == "'s" || d.toks[i+1].lw == "’s" ||
			d.toks[i+1].lw == "seems" || d.toks[i+1].lw == "seemed" || d.toks[i+1].lw == "became"):
			c, adj = i, i+2
		case (t.lw == "is" || t.lw == "was") && i > a && d.toks[i-1].lw == "nor" && d.toks[i+1].lw == "it":
			c, adj = i-1, i+2
		case t.lw == "it" && d.toks[i+1].tag == "MD" && d.toks[i+2].lw == "be":
			c, adj = i, i+3 // "it should be obvious that"
		default:
			continue
		}
		if adj < b && (d.toks[adj].lw == "now" || d.toks[adj].lw == "already" || d.toks[adj].lw == "also") {
			adj++
		}
		if adj+1 >= b || !evidentAdjectives[d.toks[adj].lw] {
			continue
		}
		q := adj + 1
		if d.toks[q].lw != "that" && !subjectPronouns[d.toks[q].lw] && !d.toks[q].cap && !determiners[d.toks[q].lw] {
			continue // "it is clear from the data" or "it is clear why": no clause to attribute
		}
		pieces, ok := d.contentFrom(q, b)
		if !ok {
			continue
		}
		d.markUsed(c, adj+1)
		d.add(Attribution{Pieces: pieces, Cue: d.span(c, adj+1), Polarity: polAssert, Sentence: d.spans[si]})
	}
}
