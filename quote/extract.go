package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/gazetteer"
	"github.com/newsgraph/newsgraph/pos"
)

// Extraction: the working state of one article and the order in which the rules run.

// Attribution is one statement found in an article, with the pieces of its
// content (a quotation split around its cue has two) and the spans of its cue
// and source. The Stage turns each into a newsgraph.Quote.
type Attribution struct {
	Pieces   []newsgraph.Span // content pieces in text order; the content extent runs from the first to the last
	Cue      newsgraph.Span   // the cue words ("said", "told", "according to"); empty when none
	Source   newsgraph.Span   // the words naming the speaker; empty when none
	Kind     string           // direct, partial, indirect, mixed
	Polarity int              // 1 asserts the content, -1 denies or rejects it
	Sentence newsgraph.Span   // the sentence holding the cue
}

// Content returns the extent of the content: first piece start to last piece end.
func (at *Attribution) Content() newsgraph.Span {
	return newsgraph.Span{Start: at.Pieces[0].Start, End: at.Pieces[len(at.Pieces)-1].End}
}

// tk is one token with what the rules need to know about it.
type tk struct {
	s, e int
	w    string // the token text
	lw   string // lower-cased
	q    int    // index of the passage the token lies in, -1 outside quotations
	mark bool   // a quotation mark
	nick bool   // a quotation mark around a nickname inside a name
	cap  bool   // starts with an upper-case letter
	word bool   // starts with a letter or digit
	para int    // paragraph number
	tag  string // part-of-speech tag, "" when the tokens were not tagged
}

// doc is the working state of one extraction.
type doc struct {
	body  string
	toks  []tk
	sents [][2]int         // token ranges [first, end)
	spans []newsgraph.Span // the sentences as byte spans
	pass  []passage
	used  []bool // token already part of an attribution
	// src marks used tokens that name a speaker: another cue of the same
	// sentence may name the same speaker ("X rejected ..., saying ...").
	src []bool
	out []Attribution
	// passUsed marks passages already taken as content.
	passUsed []bool
	// cur is the token range of the sentence being read ({0, 0} outside run).
	cur [2]int
}

// splitNicknames separates from the passages the nicknames quoted inside a
// name (Marcia "Cia" Price): one or two capitalised words between marks, a
// capitalised word right before the opening mark and right after the closing
// one. It returns the other passages and the nicknames' spans.
func splitNicknames(body string, pass []passage) ([]passage, []newsgraph.Span) {
	var nicks []newsgraph.Span
	keep := pass[:0:0]
	for _, p := range pass {
		if sp := p.span(); len(p.pieces) == 1 && p.closed && nickname(body, sp) {
			nicks = append(nicks, sp)
			continue
		}
		keep = append(keep, p)
	}
	if len(nicks) == 0 {
		return pass, nil
	}
	return keep, nicks
}

// nickname reports whether the quotation at sp is a nickname inside a name.
func nickname(body string, sp newsgraph.Span) bool {
	if sp.End-sp.Start > 30 || sp.Start < 2 || sp.End+2 > len(body) {
		return false
	}
	_, open := utf8.DecodeRuneInString(body[sp.Start:])
	_, closeLen := utf8.DecodeLastRuneInString(body[:sp.End])
	if body[sp.Start] == '\'' || body[sp.End-1] == '\'' {
		open, closeLen = 2, 2 // ''Cia''
	}
	if sp.Start+open >= sp.End-closeLen {
		return false
	}
	inner := strings.Fields(body[sp.Start+open : sp.End-closeLen])
	if len(inner) == 0 || len(inner) > 2 {
		return false
	}
	for _, w := range inner {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || !unicode.IsLetter(r) {
			return false
		}
		if last, _ := utf8.DecodeLastRuneInString(w); !unicode.IsLetter(last) {
			return false // "Hands up!": a slogan, not a name
		}
	}
	before := strings.TrimRight(body[:sp.Start], " ")
	after := strings.TrimLeft(body[sp.End:], " ")
	if len(before) == len(body[:sp.Start]) || len(after) == len(body[sp.End:]) || after == "" {
		return false // a space on each side
	}
	prev := before[strings.LastIndexAny(before, " \n\t")+1:]
	r1, _ := utf8.DecodeRuneInString(prev)
	r2, _ := utf8.DecodeRuneInString(after)
	return prev != "" && unicode.IsUpper(r1) && unicode.IsLetter(r1) && unicode.IsUpper(r2) && unicode.IsLetter(r2)
}

func isMarkToken(w string) bool {
	for _, r := range w {
		switch r {
		case '"', '“', '”', '\'', '‘', '’', '«', '»', '„', '`':
		default:
			return false
		}
	}
	return w != ""
}

func newDoc(body string, toks []newsgraph.Token, sents []newsgraph.Span, pass []passage) *doc {
	pass, nicks := splitNicknames(body, pass)
	d := &doc{body: body, pass: pass, passUsed: make([]bool, len(pass))}
	d.toks = make([]tk, len(toks))
	d.used = make([]bool, len(toks))
	d.src = make([]bool, len(toks))
	pi, para := 0, 0
	prevEnd := 0
	for i, t := range toks {
		if !t.Valid(len(body)) || t.Start < prevEnd {
			// tokens out of order or outside the body: make them inert
			d.toks[i] = tk{s: prevEnd, e: prevEnd, q: -1, para: para}
			d.used[i] = true
			continue
		}
		if strings.Contains(body[prevEnd:t.Start], "\n") {
			para++
		}
		prevEnd = t.End
		w := body[t.Start:t.End]
		r, _ := utf8.DecodeRuneInString(w)
		k := tk{s: t.Start, e: t.End, w: w, lw: strings.ToLower(w), q: -1,
			mark: isMarkToken(w), cap: unicode.IsUpper(r), word: unicode.IsLetter(r) || unicode.IsDigit(r), para: para, tag: t.Tag}
		for pi < len(pass) && pass[pi].span().End <= t.Start {
			pi++
		}
		if pi < len(pass) {
			sp := pass[pi].span()
			if t.Start >= sp.Start && t.End <= sp.End {
				k.q = pi
			}
		}
		if k.mark {
			for _, n := range nicks {
				if t.Start >= n.Start && t.End <= n.End {
					k.mark, k.nick = false, true // Marcia "Cia" Price: part of the name
				}
			}
		}
		d.toks[i] = k
	}
	// sentences as token ranges
	j := 0
	for _, s := range sents {
		for j < len(d.toks) && d.toks[j].e <= s.Start {
			j++
		}
		a := j
		for j < len(d.toks) && d.toks[j].s < s.End {
			j++
		}
		if j > a {
			d.sents = append(d.sents, [2]int{a, j})
			d.spans = append(d.spans, s)
		}
	}
	return d
}

// run finds the attributions of every sentence.
func (d *doc) run() {
	for si, sr := range d.sents {
		d.cur = sr
		d.sentence(si, sr[0], sr[1])
	}
	d.cur = [2]int{}
	d.continuations()
}

// sentence tries the cues of one sentence, "according to" first, then left to right.
func (d *doc) sentence(si, a, b int) {
	// "according to" first: it governs the whole sentence
	for i := a; i+1 < b; i++ {
		if d.toks[i].lw == "according" && d.toks[i+1].lw == "to" && !d.used[i] && d.toks[i].q < 0 {
			d.according(si, a, b, i)
		}
	}
	d.topicHeadline(si, a, b)
	d.colonCue(si, a, b)
	d.frontParticiple(si, a, b)
	d.whenAsked(si, a, b)
	d.madeClear(si, a, b)
	d.asPutIt(si, a, b)
	d.asReported(si, a, b)
	d.byEstimate(si, a, b)
	d.actToInfinitive(si, a, b)
	d.figureAt(si, a, b)
	title := d.titleCase(a, b)
	// plain speech verbs ("said", "told") first: they are the least ambiguous
	// cues, and a weaker verb earlier in the sentence ("the talks are
	// continuing, he said") must not take their content
	for pass := 0; pass < 2; pass++ {
		d.cues(si, a, b, title, pass == 0)
	}
	d.thatCue(si, a, b)
	d.nounCue(si, a, b)
	d.stanceNoun(si, a, b)
	d.adjectiveCue(si, a, b)
	d.objectStance(si, a, b)
	d.inSource(si, a, b)
	d.dashCue(si, a, b)
	d.dashQuote(si, a, b)
	d.hearsayAdverb(si, a, b)
	d.seemCue(si, a, b)
	d.impersonalStance(si, a, b)
}

// cues tries the cue verbs of a sentence left to right: only plain speech
// verbs when plain is set, the others otherwise. A plain cue that closes the
// sentence after a comma goes first: "Smith had told the officers that ...,
// the source added." reports all before it, the cue inside included.
func (d *doc) cues(si, a, b int, title, plain bool) {
	if plain {
		if i := d.closingCue(a, b); i >= 0 {
			d.cue(si, a, b, i, title, plain)
		}
	}
	for i := a; i < b; i++ {
		d.cue(si, a, b, i, title, plain)
	}
}

// closingCue returns the plain speech verb that closes the sentence [a, b)
// after a comma and a short speaker ("..., the source added.", "..., Smith
// said Friday."), or -1.
func (d *doc) closingCue(a, b int) int {
	e := d.trimEnd(a, b)
	for i := e - 1; i > a+2 && i >= e-4; i-- {
		t := d.toks[i]
		if t.q >= 0 || t.mark || !t.word {
			return -1
		}
		ci, ok := cueWords[t.lw]
		if !ok || !plainSpeech[ci.lemma] || ci.ing || t.cap {
			continue
		}
		if !d.restIsEmpty(i+1, b, false) {
			return -1
		}
		for k := i - 1; k > a && k >= i-6; k-- {
			if w := d.toks[k]; w.q >= 0 || w.mark || !w.word && w.w != "." && w.w != "’s" && w.w != "'s" {
				if w.w == "," && k+1 < i && d.toks[k-1].q < 0 && !d.toks[k-1].mark {
					return i
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// cue tries token i of the sentence [a, b) as a cue verb (see cues).
func (d *doc) cue(si, a, b, i int, title, plain bool) {
	t := &d.toks[i]
	if d.used[i] || t.q >= 0 || !t.word {
		return
	}
	ci, ok := cueWords[t.lw]
	if !ok && !plain {
		ci, ok = d.contextCue(a, i, b)
	}
	if ok && plainSpeech[ci.lemma] != plain {
		return
	}
	if !ok || t.cap && (!title || i == a || !d.toks[i-1].cap || ambiguousNoun[t.lw] && !strings.HasSuffix(t.lw, "s")) || d.nounContext(a, i) {
		return
	}
	if d.nounUse(i, b) || d.discourseSaid(a, i, b) {
		return
	}
	if i+1 < b && otherSense[ci.lemma][d.toks[i+1].lw] {
		return // "showed up at the gates", "figure out", "pitch in $200": another verb
	}
	if t.cap && d.inPlaceName(a, i) {
		return // "the United States Says ...": a word of a place name
	}
	end := i + 1
	if pm := particles[ci.lemma]; pm != nil && i+1 < b && pm[d.toks[i+1].lw] && !d.onMedium(i+1, b) {
		end = i + 2
	} else if pm != nil && i+2 < b && d.mannerAdverb(i+1) && pm[d.toks[i+2].lw] {
		end = i + 3 // "spoke emotionally of": the manner stands before the particle
	} else if ci.particle && (ci.lemma != "press" || d.askedAbout(ci, i+1, b) == i+1) {
		return
	}
	if ci.lemma == "believe" && end == i+2 && !d.beliefObject(end, b) {
		end = i + 1 // "believed in 2015 that ...", "believe in that case the court erred": "in" opens an adjunct
	}
	if !d.senseFits(ci, a, i, end, b) {
		return
	}
	d.verbCue(si, a, b, i, end, ci)
}

// onMedium reports whether the "on" at k opens the medium or the terms of
// speaking, not its topic: "spoke on the phone", "spoke on condition of
// anonymity", "spoke on the record".
func (d *doc) onMedium(k, b int) bool {
	if d.toks[k].lw != "on" {
		return false
	}
	for m := k + 1; m < b && m <= k+6; m++ {
		t := d.toks[m]
		if speakingMedia[t.lw] {
			return true
		}
		if t.w == "," || t.q >= 0 || t.mark || pos.IsVerb(t.tag) || t.tag == "IN" && t.lw != "of" {
			return false
		}
	}
	return false
}

// speakingMedia are what one speaks on besides a topic.
var speakingMedia = set("condition", "phone", "telephone", "radio", "television", "tv", "camera", "air", "stage", "record")

// outOfLeadingClause reports whether the cue at c lies in a sentence-opening
// clause of condition, time or concession ("If ...,", "When ...,", "Although
// ...,") while its content starts after the comma that closes it: the main
// clause is not what the subordinate clause's subject said.
func (d *doc) outOfLeadingClause(a, c, start int) bool {
	switch d.toks[a].lw {
	case "if", "when", "because", "although", "though", "while", "since", "unless", "once", "whether", "after", "before", "until":
	default:
		return false
	}
	for k := a + 1; k < c; k++ {
		if t := d.toks[k]; t.w == "," || t.mark && t.tag != "POS" || t.q >= 0 || dashes[t.w] || pos.IsFinite(t.tag) || t.tag == "MD" {
			return false // the cue is past the clause (not its first verb), or a quotation intervenes
		}
	}
	for k := c + 1; k < len(d.toks) && d.toks[k].s < start; k++ {
		if d.toks[k].w == "," && d.toks[k].q < 0 {
			return true
		}
	}
	return false
}

// beliefObject reports whether the phrase at k after "believe in" is what is
// believed in: a noun phrase with no verb of its own before the clause ends
// ("the quiet patience of the river towns"), not a time or a clause.
func (d *doc) beliefObject(k, b int) bool {
	if k >= b {
		return false
	}
	if t := d.toks[k]; t.tag == "CD" || months[t.lw] || timeUnits[t.lw] || t.lw == "that" || t.lw == "this" || t.lw == "fact" || t.lw == "general" {
		return false
	}
	for m := k; m < b; m++ {
		t := d.toks[m]
		if t.w == "," || d.isTerminal(m) || t.mark {
			break
		}
		if pos.IsFinite(t.tag) || t.tag == "MD" {
			return false
		}
	}
	return true
}

// planObject reports whether the object at k of "lay out" is a plan, case or
// policy (its head noun within a few words): "laid out her proposals to
// increase national service", "lay out actual policies".
func (d *doc) planObject(k, b int) bool {
	for m := k; m < b && m <= k+4; m++ {
		t := d.toks[m]
		if stanceNouns[t.lw] || planNouns[t.lw] {
			return true
		}
		if t.w == "," || t.mark || t.q >= 0 || pos.IsVerb(t.tag) {
			return false
		}
	}
	return false
}

// planNouns are what a speaker lays out besides the stance nouns.
var planNouns = set("policy", "policies", "vision", "case", "agenda", "argument", "arguments", "details", "steps",
	"priorities", "reasons", "terms", "conditions", "position", "positions", "platform", "strategy", "approach",
	"framework", "roadmap", "blueprint", "timeline", "goals", "principles", "options", "views")

// topicBeforeQuote returns the end of a short topic phrase at k (after a
// cue's "of" or "about") that a comma and an untaken quotation follow, or k.
func (d *doc) topicBeforeQuote(k, b int) int {
	if lw := d.toks[k-1].lw; lw != "of" && lw != "about" {
		return k
	}
	for m := k; m < b && m <= k+6; m++ {
		t := d.toks[m]
		if t.w == "," {
			if m > k && m+1 < b {
				if p := d.passageStarting(m + 1); p >= 0 && !d.passUsed[p] {
					return m
				}
			}
			return k
		}
		if t.mark || t.q >= 0 || !t.word || pos.IsFinite(t.tag) || d.used[m] {
			return k
		}
	}
	return k
}

// pollShare reports whether the verb at i has a poll's share as its subject:
// "41 percent would choose Adeyemi", "37% backed Varga", "a majority of
// likely voters would back" (with at most a modal between).
func (d *doc) pollShare(a, i int) bool {
	k := i - 1
	for k > a && (d.toks[k].tag == "MD" || d.toks[k].tag == "RB") {
		k--
	}
	for m := k; m >= a && m >= k-6; m-- {
		t := d.toks[m]
		if t.lw == "percent" || t.w == "%" || strings.HasSuffix(t.w, "%") || t.lw == "majority" {
			return true
		}
		if t.w == "," || t.mark || t.q >= 0 || pos.IsFinite(t.tag) {
			return false
		}
	}
	return false
}

// askedAbout returns the end of an addressee and "about"/"on"/"over" after a
// questioning cue ending at k ("asked Adeyemi about", "pressed him on"), or
// k.
func (d *doc) askedAbout(ci cueInfo, k, b int) int {
	if questionLemmas[ci.lemma] == nil || k+1 >= b {
		return k
	}
	m := k
	switch t := d.toks[k]; {
	case objectPronouns[t.lw] && t.lw != "it":
		m++
	case t.cap && t.word && !d.used[k]:
		m++
		if m < b && d.toks[m].cap && d.toks[m].word {
			m++
		}
	default:
		return k
	}
	if m+1 < b && questionLemmas[ci.lemma][d.toks[m].lw] && !d.used[m] && d.toks[m+1].word {
		return m + 1
	}
	return k
}

// questionLemmas are the cues that take an addressee named by a pronoun or a
// name and then a topic after one of their prepositions ("asked Adeyemi
// about", "accused Reyes of").
var questionLemmas = map[string]map[string]bool{
	"ask":      {"about": true, "on": true, "over": true},
	"press":    {"about": true, "on": true, "over": true},
	"question": {"about": true, "on": true, "over": true},
	"grill":    {"about": true, "on": true, "over": true},
	"quiz":     {"about": true, "on": true, "over": true},
	"accuse":   {"of": true},
}

// subjectQuantifiers may stand alone as a subject before a verb: "many doubt
// that ...", "few believe ...".
var subjectQuantifiers = set("many", "few", "some", "most", "several", "others", "all", "both", "more", "fewer")

// notManner are adverbs in -ly that do not tell how something was said:
// hearsay, focus and stance adverbs ("said reportedly", "see really, ...").
var notManner = set("only", "reportedly", "allegedly", "really", "actually", "basically", "certainly", "clearly",
	"obviously", "definitely", "probably", "possibly", "simply", "likely", "early", "daily", "weekly", "monthly",
	"yearly", "apparently", "supposedly", "largely", "mostly", "nearly", "finally", "recently", "previously")

// mannerAdverb reports whether token k is an adverb in -ly that tells how
// something was said ("bitterly", "emotionally"), not how sure the writer is.
func (d *doc) mannerAdverb(k int) bool {
	t := d.toks[k]
	return (t.tag == "RB" || t.tag == "JJ") && strings.HasSuffix(t.lw, "ly") && !t.cap && !d.used[k] && !notManner[t.lw]
}

// knowVerbs complete "want to ..." into a wish to know: "wanted to know who".
var knowVerbs = set("know", "understand", "learn")

// whWords open an embedded question after a cue: "would know exactly what
// loopholes ...".
var whWords = set("what", "how", "why", "whether", "where", "who", "which", "when", "if")

// thatNouns are attitude nouns that take a that-clause after a light verb.
var thatNouns = set("concern", "concerns", "doubt", "doubts", "fears", "hope", "hopes", "worries", "confidence",
	"optimism", "skepticism", "scepticism", "frustration", "disappointment", "regret", "alarm", "dismay")

// whatBefore reports whether "what" stands within three tokens before i: a
// pseudo-cleft ("what we'd like to do is ...") names no wish of its own.
func (d *doc) whatBefore(a, i int) bool {
	for k := i - 1; k >= a && k >= i-3; k-- {
		if d.toks[k].lw == "what" {
			return true
		}
	}
	// "One point I want to stress here is ...": a relative clause
	// without its pronoun after a noun
	s := i - 2
	return s-1 >= a && subjectPronouns[d.toks[s].lw] && pos.IsNoun(d.toks[s-1].tag) && !d.toks[s-1].cap
}

// wouldForms are "would" and its contractions, before "like to".
var wouldForms = set("would", "'d", "’d")

// haveForms are the forms of "have".
var haveForms = set("have", "has", "had", "having")

// verbalAttack reports whether the object of "go after" at k is followed by
// what the attack called it or blamed it for: "gone after Varga as a “paper
// tiger”", "going after him for not paying taxes".
func (d *doc) verbalAttack(k, b int) bool {
	for m := k + 1; m < b && m <= k+6; m++ {
		t := d.toks[m]
		if t.w == "," || t.mark || t.q >= 0 || pos.IsFinite(t.tag) {
			return false
		}
		if (t.lw == "as" || t.lw == "for") && !t.cap || (t.lw == "as" && t.cap && d.toks[k].cap) {
			return true
		}
	}
	return false
}

// asAhead reports whether "as" follows within a short object at k, or right
// at k: "rated 41% of the council's figures as “wrong”", "were rated as wrong".
func (d *doc) asAhead(k, b int) bool {
	for m := k; m < b && m <= k+8; m++ {
		t := d.toks[m]
		if t.lw == "as" && !t.cap {
			return true
		}
		if t.w == "," || t.mark || t.q >= 0 || pos.IsFinite(t.tag) && !ambiguousNoun[t.lw] {
			return false
		}
	}
	return false
}

// discourseSaid reports whether "said" at i is part of a writer's
// connective set off by a comma: "Having said that,", "That said,", "That
// being said,". No one says anything there.
func (d *doc) discourseSaid(a, i, b int) bool {
	if d.toks[i].lw != "said" || i+1 >= b {
		return false
	}
	p := i - 1
	for p >= a && !d.toks[p].word && d.toks[p].w != "," {
		p-- // "(Having said that, ..."
	}
	switch {
	case p >= a && d.toks[p].lw == "having" && i+2 < b && d.toks[i+1].lw == "that" && d.toks[i+2].w == ",":
		return true
	case p >= a && d.toks[p].lw == "that" && d.toks[i+1].w == ",":
		return p == a || !d.toks[p-1].word || d.toks[p-1].w == ","
	case p-1 >= a && d.toks[p].lw == "being" && d.toks[p-1].lw == "that" && d.toks[i+1].w == ",":
		return true
	}
	return false
}

// contextCue returns the cue a word outside the cue lists makes in its
// context: a feeling caused in someone ("The ruling angered the farmers"), a
// poll's share choosing ("41 percent would choose Adeyemi"), a
// wish ("the union would like to hold another march"), a retreat
// ("the mayor backed off a few of her first plans"; the particle is taken
// by the caller).
func (d *doc) contextCue(a, i, b int) (cueInfo, bool) {
	t := d.toks[i]
	if pv, poll := pollVerbs[t.lw]; poll && !t.cap && d.pollShare(a, i) {
		return pv, true
	}
	if t.lw == "like" && i > a && i+2 < b && wouldForms[d.toks[i-1].lw] && d.toks[i+1].lw == "to" && d.toks[i+2].tag == "VB" &&
		!d.whatBefore(a, i) {
		return cueInfo{class: classBelief, polarity: polAssert, lemma: "like"}, true
	}
	if haveForms[t.lw] && !t.cap && d.heldStance(i+1, b) > i+1 {
		// "has no illusions about", "have had such reservations about"
		return cueInfo{class: classBelief, polarity: polAssert, lemma: "have", ing: t.lw == "having"}, true
	}
	if experiencerVerbs[t.lw] && !t.cap {
		// "The ruling angered the farmers": read by experiencerCue
		return cueInfo{class: classBelief, polarity: polAssert, lemma: t.lw}, true
	}
	if pollVerbs[t.lw].lemma == "back" && i+2 < b && d.toks[i+1].lw == "off" && d.planObject(i+2, b) {
		return cueInfo{class: classSpeech, polarity: polDeny, lemma: "back", ing: strings.HasSuffix(t.lw, "ing")}, true
	}
	return cueInfo{}, false
}

// senseFits reports whether the cue word at i (its cue ending at end) is
// used in its speaking sense: the verbs that are cues only with a certain
// object or complement say so here.
func (d *doc) senseFits(ci cueInfo, a, i, end, b int) bool {
	t := d.toks[i]
	switch ci.lemma {
	case "compare":
		// "..., compared to only 24% of ...": a comparison, not a statement
		return !(t.lw == "compared" && i > a && d.toks[i-1].w == "," && i+1 < b && (d.toks[i+1].lw == "to" || d.toks[i+1].lw == "with"))
	case "lay", "present", "release":
		return d.planObject(end, b) // not "workers laid out the cables"
	case "go":
		return d.verbalAttack(end, b) // not "officers went after the gunman"
	case "refer":
		return end < b && d.toks[end].lw != "as" // not "the deal, which he referred to as a stunt": no object left
	case "cast", "pound":
		// only a portrayal "as" something: not "cast a ballot", "pounded the
		// table", "was cast as a voice"
		return d.asAhead(end, b) && !(i > a && beForms[d.toks[i-1].lw] && !strings.HasSuffix(t.lw, "ing"))
	case "rate":
		return t.lw == "rated" && d.asAhead(end, b) // not "the bonds rated AAA", "a slower growth rate as ..."
	case "learn", "remember", "forget":
		// "learned to read", "forgot to lock the door": a skill or a task, not
		// a belief
		k := end
		if k < b && d.toks[k].lw == "not" {
			k++
		}
		return !(k+1 < b && d.toks[k].lw == "to" && d.toks[k+1].tag == "VB")
	case "find":
		// "found a way to", "find new ways around", "found themselves in": a
		// means or a plight, not a finding
		k := end
		for k < b && k < end+3 && (determiners[d.toks[k].lw] || d.toks[k].tag == "JJ") {
			k++
		}
		return !(k < b && (d.toks[k].lw == "way" || d.toks[k].lw == "ways") || end < b && reflexives[d.toks[end].lw])
	}
	return true
}

// reflexives are the reflexive pronouns: "found themselves", "see himself".
var reflexives = set("myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves", "oneself")

// lightWithoutNoun reports whether a cue that speaks only with an attitude
// noun ("raise", "sound", "leave") stands at m without one: "lost control
// and left the road".
func (d *doc) lightWithoutNoun(ci cueInfo, m, b int) bool {
	return lightOnly[ci.lemma] && d.stanceObject(m+1, b) == m+1
}

// nounTag reports whether the tagger read token i as a noun or adjective.
func (d *doc) nounTag(i int) bool {
	switch d.toks[i].tag {
	case "NN", "NNS", "NNP", "NNPS", "JJ":
		return true
	}
	return false
}

// nounUse reports whether the tags read the lower-case cue word at i as a
// noun: a noun modifying a noun ("state law", "the state attorney general"),
// or a noun before the clause's own finite verb ("the protest remained
// peaceful", "twelve states and two unions say").
func (d *doc) nounUse(i, b int) bool {
	if i > 0 && i+1 < b && !d.toks[i].cap && d.counted(i-1) && strings.HasSuffix(d.toks[i].lw, "s") {
		return true // a counted noun, whatever its tag: "Twelve states led by ..."
	}
	if i > 1 && !d.toks[i].cap && d.counted(i-2) && d.toks[i-1].tag == "NN" && !d.toks[i-1].cap && strings.HasSuffix(d.toks[i].lw, "s") {
		return true // "by 0.3 percentage points to 6.8 percent"
	}
	if i > 0 && !d.toks[i].cap && d.toks[i-1].tag == "JJ" && !d.toks[i-1].cap && d.toks[i-1].word && !subjectQuantifiers[d.toks[i-1].lw] &&
		(strings.HasSuffix(d.toks[i].lw, "s") || d.toks[i].tag == "VB" || d.toks[i].tag == "VBP" || d.toks[i].tag == "NN") {
		return true // an adjective before it: "drew direct links", "left little doubt", "personal attacks"
	}
	if i >= 2 && ambiguousNoun[d.toks[i].lw] && !d.toks[i].cap && d.toks[i-1].cap && d.toks[i-1].word &&
		determiners[d.toks[i-2].lw] && !d.toks[i-2].cap {
		return true // "the Sunshine state", "the Golden State plans"
	}
	if i+2 < b && !d.toks[i].cap && strings.HasSuffix(d.toks[i].lw, "s") && d.toks[i+1].lw == "such" && d.toks[i+2].lw == "as" {
		return true // a plural noun and its examples: "Republican advocates such as the Morning News"
	}
	if !d.nounTag(i) || d.toks[i].cap || i+1 >= b {
		return false
	}
	if i == 0 {
		return false
	}
	if d.toks[i].tag == "NN" && d.toks[i+1].tag == "VBN" && d.finiteAfterParticiple(i+1, b) {
		return true // "A water board audit published in the spring found ...": a subject
	}
	if d.toks[i].tag == "NN" && !strings.HasSuffix(d.toks[i].lw, "ing") && d.toks[i].lw != "report" && d.toks[i-1].tag == "NNP" && d.toks[i+1].lw != "that" && d.toks[i+1].w != ":" && !d.toks[i+1].mark {
		// a singular noun closing a compound after a modifier: "Okoro's
		// upcoming radio concert"
		k := i - 1
		for k > d.cur[0] && d.toks[k-1].tag == "NNP" {
			k--
		}
		if k > d.cur[0] {
			switch d.toks[k-1].tag {
			case "POS", "DT", "JJ", "PRP$", "IN":
				return true
			}
		}
	}
	if p := d.toks[i-1]; d.toks[i].tag == "NN" && p.tag == "JJ" && (p.cap && i-1 > d.cur[0] ||
		i >= 2 && (d.toks[i-2].tag == "DT" || d.toks[i-2].tag == "IN" || d.toks[i-2].tag == "PRP$")) {
		return true // an adjective and a noun: "independence from British rule", "a majority of white support"
	}
	if p := d.toks[i-1]; p.tag == "NNP" && p.cap && strings.HasSuffix(d.toks[i].lw, "s") &&
		!(i > 1 && (determiners[d.toks[i-2].lw] || d.toks[i-2].tag == "POS")) && !pos.IsVerb(d.toks[i+1].tag) && d.toks[i+1].tag != "MD" &&
		!(pos.IsNoun(d.toks[i+1].tag) && i+2 < b && pos.IsNoun(d.toks[i+2].tag)) {
		return false // a name and its verb: "Varga demands accountability"
	}
	if n := d.toks[i+1]; pos.IsNoun(n.tag) && !n.cap || d.toks[i].tag == "JJ" && (n.tag == "JJ" || n.tag == "VBN") {
		return true // "state law"; an adjective: "repeated failed attempts"
	}
	if d.toks[i+1].lw == "of" && d.toks[i].tag == "NN" {
		return true // "the state of Alabama"
	}
	if n := d.toks[i+1]; i > 0 && d.toks[i].tag == "NN" && n.tag == "NNP" && n.cap && (d.toks[i-1].tag == "JJ" || d.toks[i-1].tag == "DT") {
		return true // "the most populated Australian state New South Wales"
	}
	if n := d.toks[i+1]; i > 0 && (n.w == ";" || n.w == ")" || d.isTerminal(i+1)) && pos.IsNoun(d.toks[i-1].tag) && !d.toks[i-1].cap {
		return true // a compound's head closing its clause: "in a budget dispute;"
	}
	// "remained", "and two unions say": only noun-phrase words before the verb
	for k := i + 1; k < b; k++ {
		t := d.toks[k]
		if !npTags[t.tag] && t.tag != "CC" && t.tag != "POS" {
			return pos.IsFinite(t.tag)
		}
		if t.q >= 0 || t.mark {
			return false
		}
	}
	return false
}

// titleCase reports whether a sentence is a headline in title case ("Union
// Endorses Adeyemi"), where verbs are capitalised too.
func (d *doc) titleCase(a, b int) bool {
	words, caps := 0, 0
	for k := a; k < b; k++ {
		if t := d.toks[k]; t.word && len(t.w) > 3 {
			words++
			if t.cap {
				caps++
			}
		}
	}
	if words >= 3 && caps*4 >= words*3 && d.toks[b-1].w == "." {
		// a sentence of names that ends with a full stop ("... was born in
		// Cincinnati, Ohio in the United States."), unless its lower-case
		// words are only function words
		for k := a; k < b; k++ {
			if t := d.toks[k]; t.word && !t.cap && len(t.w) > 3 {
				return false
			}
		}
	}
	return words >= 3 && caps*4 >= words*3
}

// nounContext reports whether the cue word at i is used as a noun ("the
// reports", "his claims", "Varga's attacks").
func (d *doc) nounContext(a, i int) bool {
	if i <= a {
		return false
	}
	p := d.toks[i-1].lw
	if p == "of" && d.toks[i].tag == "VBG" {
		return false // a gerund: "stopped short of calling", "accused of saying"
	}
	if p == "first" && (d.toks[i].tag == "VBD" || d.toks[i].tag == "VBZ" ||
		d.toks[i].tag == "VBN" && i-2 >= a && (auxiliaries[d.toks[i-2].lw] || beForms[d.toks[i-2].lw])) {
		return false // an adverb: "which first reported", "was first reported by", not "the first report"
	}
	if p == "in" && d.toks[i].lw == "order" {
		return true // "in order for ..."
	}
	if contractedAux[p] && i-2 >= a && subjectPronouns[d.toks[i-2].lw] && pos.IsVerb(d.toks[i].tag) {
		return false // "He’s claiming": an auxiliary, not a possessive
	}
	switch p {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
		"'s", "’s", "of", "such", "new", "own", "first", "whose", "any", "no", "some", "many", "another":
		return true
	}
	if ambiguousNoun[d.toks[i].lw] && strings.HasSuffix(d.toks[i].lw, "s") && d.toks[i-1].cap {
		// a possessive and a name before the noun: "Pagliano's Fifth Amendment claims"
		k := i - 1
		for k > a && d.toks[k].cap && d.toks[k].word && k > i-4 {
			k--
		}
		if k >= a && k < i-1 && (d.toks[k].w == "'s" || d.toks[k].w == "’s" || d.toks[k].lw == "of" && k > a && !d.toks[k-1].cap) {
			return true // (or "of" and a name: "32% of Republican claims", not "the Court of Justice answers")
		}
	}
	if ambiguousNoun[d.toks[i].lw] && !strings.HasSuffix(d.toks[i].lw, "s") && d.toks[i-1].cap && i+1 < len(d.toks) && d.toks[i+1].w == "," {
		// an article and a name before the noun, a comma after it: "In the
		// light of the Harbor Gazette story, Otieno ..."
		k := i - 1
		for k > a && d.toks[k].cap && d.toks[k].word && k > i-5 {
			k--
		}
		if k < i-1 && articles[d.toks[k].lw] {
			return true
		}
	}
	if ambiguousNoun[d.toks[i].lw] && i-2 >= a && d.adjectiveAfterDeterminer(i-2) {
		if m := d.toks[i-1]; (m.tag == "NN" || m.tag == "NNP") && i+1 < len(d.toks) {
			// "The treasury estimates that", "The ad references the memo": a
			// noun subject and its verb when a clause or object follows
			if n := d.toks[i+1]; n.lw == "that" && n.tag == "IN" && !(i+2 < len(d.toks) && pos.IsFinite(d.toks[i+2].tag)) ||
				determiners[n.lw] && !n.cap || n.tag == "VBG" {
				return false
			}
		}
		return true // "a strong signal", "a five-alarm call"
	}
	return false
}

// adjectiveAfterDeterminer reports whether token k is an article or possessive
// followed by a plain lower-case modifier ("a strong", "her repeated").
func (d *doc) adjectiveAfterDeterminer(k int) bool {
	switch d.toks[k].lw {
	case "a", "an", "the", "his", "her", "their", "its", "our", "my", "your":
	default:
		return false
	}
	m := d.toks[k+1]
	if !m.word || m.cap || auxiliaries[m.lw] || cuePrefix[m.lw] || strings.HasSuffix(m.lw, "ly") {
		return false
	}
	_, isCue := cueWords[m.lw]
	return !isCue || ambiguousNoun[m.lw]
}

// isTerminal reports whether token i is sentence-final punctuation.
func (d *doc) isTerminal(i int) bool {
	switch d.toks[i].w {
	case ".", "!", "?", "…", "...", ";":
		return true
	}
	return false
}

func (d *doc) span(a, b int) newsgraph.Span {
	return newsgraph.Span{Start: d.toks[a].s, End: d.toks[b-1].e}
}

// markSource marks the tokens of a source used, but free to name the speaker
// of another statement.
func (d *doc) markSource(a, b int) {
	for i := a; i < b; i++ {
		if !d.used[i] {
			d.src[i] = true
		}
		d.used[i] = true
	}
}

// taken reports whether token i belongs to an attribution other than as its source.
func (d *doc) taken(i int) bool {
	return d.used[i] && !d.src[i]
}

func (d *doc) markUsed(a, b int) {
	for i := a; i < b; i++ {
		d.used[i] = true
		d.src[i] = false
	}
}

// passageStarting returns the passage token i opens (an opening mark), or -1.
func (d *doc) passageStarting(i int) int {
	t := d.toks[i]
	if t.q < 0 || !t.mark {
		return -1
	}
	for _, p := range d.pass[t.q].pieces {
		if p.Start == t.s {
			return t.q
		}
	}
	return -1
}

// passageEnding returns the passage token i closes, or -1.
func (d *doc) passageEnding(i int) int {
	t := d.toks[i]
	if t.q < 0 || !t.mark {
		return -1
	}
	if d.pass[t.q].span().End == t.e {
		return t.q
	}
	return -1
}

// tokenRange returns the tokens covering span s.
func (d *doc) tokenRange(s newsgraph.Span) (int, int) {
	lo, hi := 0, len(d.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if d.toks[m].e <= s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	a := lo
	b := a
	for b < len(d.toks) && d.toks[b].s < s.End {
		b++
	}
	return a, b
}

// takePassage returns the pieces of passage p and marks its tokens used.
func (d *doc) takePassage(p int) []newsgraph.Span {
	d.passUsed[p] = true
	a, b := d.tokenRange(d.pass[p].span())
	d.markUsed(a, b)
	return append([]newsgraph.Span(nil), d.pass[p].pieces...)
}

// isYear reports whether w is a four-digit year.
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// cuePrefixStart extends a cue leftwards over auxiliaries and adverbs ("has
// said", "also said"): returns the first token of the cue.
func (d *doc) cuePrefixStart(a, i int) int {
	k := i
	if k-3 >= a && d.toks[k-2].lw == "to" && strings.HasSuffix(d.toks[k-1].lw, "ly") && d.toks[k-1].tag == "RB" && !d.used[k-1] &&
		raisingVerbs[d.toks[k-3].lw] && !d.toks[k-3].cap {
		k-- // "was able to consistently tout": an adverb splitting the infinitive
	}
	if k-2 >= a && d.toks[k-1].lw == "to" && !d.used[k-2] && d.toks[k-2].q < 0 {
		// a raising or control verb before the infinitive: "appeared to
		// suggest", "went on to discuss", "has yet to explain"
		switch v := d.toks[k-2]; {
		case raisingVerbs[v.lw] && !v.cap:
			k -= 2
		case (v.lw == "on" || v.lw == "yet") && k-3 >= a && raisingVerbs[d.toks[k-3].lw+" "+v.lw]:
			k -= 3
		}
	} else if k-1 >= a && strings.HasSuffix(d.toks[k].lw, "ing") && gerundVerbs[d.toks[k-1].lw] && !d.toks[k-1].cap && !d.used[k-1] {
		k-- // "avoids condemning", "kept saying"
	} else if k-3 >= a && strings.HasSuffix(d.toks[k].lw, "ing") && d.toks[k-1].lw == "of" && d.toks[k-2].lw == "short" &&
		stopVerbs[d.toks[k-3].lw] && !d.used[k-3] {
		k -= 3 // "stopped short of calling": a hedged statement of the verb's subject
	} else if k-4 >= a && strings.HasSuffix(d.toks[k].lw, "ing") && d.toks[k-1].lw == "of" && d.toks[k-2].lw == "way" &&
		d.toks[k-3].lw == "no" && haveForms[d.toks[k-4].lw] && !d.used[k-4] {
		k -= 4 // "tenants will have no means of learning": a negated knowledge of the verb's subject
	}
	for k-1 >= a && !d.used[k-1] && d.toks[k-1].q < 0 {
		lw := d.toks[k-1].lw
		if d.toks[k-1].cap && k-1 > a {
			break // a name ("Theresa May said"), not an auxiliary
		}
		if contractedAux[lw] && k-2 >= a && subjectPronouns[d.toks[k-2].lw] && pos.IsVerb(d.toks[i].tag) {
			k-- // "He’s claiming", "they’ve said"
			continue
		}
		if cuePrefix[lw] || strings.HasSuffix(lw, "ly") && len(lw) > 4 && !notAdverbs[lw] && !d.toks[k-1].cap {
			k--
			continue
		}
		break
	}
	return k
}

// verbCue builds an attribution around the cue verb at [i, end).
func (d *doc) verbCue(si, a, b, i, end int, ci cueInfo) {
	c := d.cuePrefixStart(a, i)
	if d.experiencerCue(si, a, b, c, i) {
		return
	}
	if _, lex := cueWords[d.toks[i].lw]; !lex && experiencerVerbs[d.toks[i].lw] {
		return // "bought troubled nursing homes": no feeling caused in anyone
	}
	if c < i && strings.HasSuffix(d.toks[c].lw, "ing") && (raisingVerbs[d.toks[c].lw] || c+1 < i && raisingVerbs[d.toks[c].lw+" "+d.toks[c+1].lw]) {
		ci.ing = true // "..., going on to say that": a participle chain
	}
	if ci.lemma == "continue" && end+1 < b && d.toks[end].lw == "to" && pos.IsVerb(d.toks[end+1].tag) {
		// "continues to insist": the second verb is the cue and "continues to"
		// its raising prefix; "Tesco continues to run 19 stores" is no statement
		return
	}
	light := false
	if lightVerbs[ci.lemma] {
		// "have expressed deep concern about", "voiced support for", "extols the
		// virtues of": the noun and its preposition belong to the cue
		if e := d.stanceObject(end, b); e > end {
			end, light = e, true
		}
	}
	if ci.lemma == "have" {
		end, light = d.heldStance(end, b), true // (contextCue found the noun)
	}
	if lightOnly[ci.lemma] && (!light || c-1 < a || !(pos.IsNoun(d.toks[c-1].tag) || d.toks[c-1].tag == "PRP" || relativeWords[d.toks[c-1].lw])) {
		// "raised taxes": a cue only with its noun ("is raising questions
		// about"), after a noun or pronoun ("Varga's decision not to own up
		// inevitably raises questions" speaks for nobody)
		return
	}
	if clauseOnly[ci.lemma] && !light && end < b && (!d.toks[end].cap && (determiners[d.toks[end].lw] || possessives[d.toks[end].lw] ||
		d.toks[end].tag == "NN" || d.toks[end].tag == "NNS") || end+1 < b && d.toks[end].cap && d.toks[end+1].tag == "POS") &&
		!d.clauseAhead(end, b) && d.passageStarting(end) < 0 && !d.claimObject(end, b) {
		// "could add fuel to the tensions", "maintains a program", "would assume
		// the company's debts" or "Acme's debts": an object, not a statement
		return
	}
	if ci.lemma == "see" && end < b && (d.toks[end].tag == "PRP" || determiners[d.toks[end].lw] || possessives[d.toks[end].lw]) &&
		!d.clauseAhead(end, b) && !d.asComplement(end, b) {
		return // "has seen its biggest boom", "has not seen it": sight, not a view
	}
	if c-1 >= a && d.toks[c-1].lw == "let" || c-2 >= a && d.toks[c-2].lw == "let" && (d.toks[c-1].lw == "us" || d.toks[c-1].lw == "'s" || d.toks[c-1].lw == "’s") {
		return // "Let's say this has a factor of 4": a supposition, nobody says it
	}
	if ci.lemma == "report" && end+1 < b && d.toks[end].lw == "from" && d.toks[end+1].cap {
		return // a byline's place: "Julie Davis reported from Midway Atoll"
	}
	if ci.lemma == "decline" && end < b && (amountWords[d.toks[end].lw] || d.toks[end].tag == "CD" || strings.HasPrefix(d.toks[end].w, "$")) {
		return // "has declined slightly from 58 percent": a fall, not a refusal
	}
	if ci.lemma == "add" && end < b && (d.toks[end].tag == "CD" || d.toks[end].w == "$" || strings.HasPrefix(d.toks[end].w, "$")) {
		return // "would add $84 billion": a sum, not a statement
	}
	if c < i && d.toks[i-1].lw == "to" {
		switch ci.class {
		case classFinding:
			return // "the bias begins to show": a finding needs a subject of its own
		case classBelief:
			if i-2 >= c && !strings.HasPrefix(d.toks[i-2].lw, "appear") && !strings.HasPrefix(d.toks[i-2].lw, "seem") {
				return // "was trying to see", "started to think": an effort, not a belief
			}
		}
	}
	if c < i && gerundVerbs[d.toks[i-1].lw] && ci.class != classSpeech {
		return // "kept wondering": a habit, not a statement
	}
	if d.passive(c, i) {
		// "His views were echoed by ...": the subject is not the speaker
		d.passiveCue(si, a, b, c, i, end, ci)
		return
	}
	if ci.ing && c < i {
		// "is stressing", "has been saying": a finite verb with a subject of its own
		for k := c; k < i; k++ {
			switch d.toks[k].lw {
			case "is", "are", "was", "were", "been", "be", "'s", "’s", "'re", "’re":
				ci.ing = false
			}
			if gerundVerbs[d.toks[k].lw] || d.toks[k].lw == "way" && k+1 < i && d.toks[k+1].lw == "of" {
				ci.ing = false // "avoids condemning", "have no way of knowing": the verb before has the subject
			}
		}
	}
	if (ci.lemma == "want" || ci.lemma == "need" || ci.lemma == "wish") && end+2 < b && d.toks[end].lw == "to" &&
		knowVerbs[d.toks[end+1].lw] && (whWords[d.toks[end+2].lw] || d.toks[end+2].lw == "that") && !d.used[end+1] {
		end += 2 // "wanted to know who else ...": the knowing is the cue's
	}
	if end+1 < b && d.mannerAdverb(end) {
		// "said sarcastically, “...”", "complain bitterly that": the manner is the cue's
		if n := d.toks[end+1]; n.w == "," || n.w == ":" || n.lw == "that" || whWords[n.lw] || n.mark || d.isTerminal(end+1) {
			end++
		}
	}
	if end < b && (d.toks[end].lw == "then" || d.toks[end].lw == "later") && !d.used[end] && d.toks[end].q < 0 &&
		(end+1 >= b || !d.toks[end+1].word && !d.toks[end+1].mark) {
		end++ // "“...,” Otieno said then.", "The point, the mayor said then, was ...", "adding later, “...”"
	}
	// the cue keeps a following colon ("said:") and the preposition of verbs
	// that take one ("agreed with", "asked about", "described as")
	skip := end // where the content may start
	if e, written := d.mediumPhrase(end, b); e > end {
		// "said in an interview", "wrote in an op-ed": PolNeAR keeps the medium in
		// the cue; "said in a statement": the content starts after it
		if written {
			skip = e
		} else {
			end, skip = e, e
		}
	}
	if e := d.askedAbout(ci, end, b); e > end {
		end = e // "asked Adeyemi about", "had pressed him on": PolNeAR keeps the addressee and the topic's preposition
		ci.addr = false
	}
	if end+2 < b && d.toks[end].lw == "all" && d.toks[end+1].lw == "about" && !d.used[end] && !plainSpeech[ci.lemma] {
		end++ // "know all about": the intensifier stays with its preposition
	}
	if end < b && !d.used[end] {
		switch {
		case d.toks[end].w == ":":
			end++
		case cuePrepositions[d.toks[end].lw] && !plainSpeech[ci.lemma] && end+1 < b && d.toks[end+1].word &&
			(d.toks[end].lw != "at" || atVerbs[ci.lemma]) && !(d.toks[end].lw == "as" && d.toks[end+1].lw == "much") &&
			!timeUnits[d.toks[end+1].lw] && !months[d.toks[end+1].lw] && !(d.toks[end].lw == "on" && outlets[d.toks[end+1].lw]):
			end++
			if t := d.topicBeforeQuote(end, b); t > end {
				end = t // "joked of the bridge, “I haven't crossed it yet”": the topic is the cue's, the quotation the content
			}
		default:
			// "spoke out Tuesday about", "called Friday for", "learned on Friday
			// of": the day stays in the cue when the verb's preposition follows
			k := end
			if d.toks[k].lw == "on" && k+1 < b && weekdays[d.toks[k+1].lw] {
				k++
			}
			if weekdays[d.toks[k].lw] && k+2 < b && cuePrepositions[d.toks[k+1].lw] && d.toks[k+1].lw != "at" && d.toks[k+1].lw != "as" && d.toks[k+1].lw != "against" &&
				!plainSpeech[ci.lemma] && d.toks[k+2].word && !d.used[k+1] {
				end = k + 2
			}
		}
	}
	// the source: before the cue, or after it when inverted
	var (
		srcS, srcE    int
		hasSrc        bool
		inverted      bool
		sharedSubject bool // the source is the previous statement's (already used)
		participle    bool // a participle cue whose content must follow it
		adjunct       bool // the source is the medium of an adjunct opening the sentence
	)
	before := c - 1
	if before-1 >= a && hedges[d.toks[before].lw] && d.toks[before-1].w == "," {
		before-- // ", perhaps recognizing that ...": the writer's hedge is not the cue's
	}
	afterQuote := before >= a && (d.toks[before].w == "," || d.toks[before].mark) && c-2 >= a && d.passageEnding(c-2) >= 0 ||
		before >= a && d.passageEnding(before) >= 0
	if (afterQuote || before < a) && !(ci.ing && c == i && before >= a) {
		if s, e, ok := d.rightSource(end, b); ok {
			srcS, srcE, hasSrc, inverted = s, e, true, true
		}
	}
	if !hasSrc && !ci.ing && c == i {
		if s, e, ok := d.controlledSubject(a, c); ok {
			// "forced Halvorsen to admit that ...": the object of the first verb
			// speaks, and the cue keeps its "to"
			if p, _ := d.occasionAtEnd(s, e); p > s {
				e = p // "prompted the league at its July meeting to order"
			}
			srcS, srcE, hasSrc, c = s, e, true, c-1
			participle = true // the content follows the infinitive
		} else if s, e, ok := d.purposeSubject(a, c); ok && ci.class == classSpeech {
			// "European leaders gathered Friday to discuss ...": an infinitive
			// of purpose, spoken by the sentence's subject; the cue keeps its
			// "to" (16 of 20 such gold cues do)
			srcS, srcE, hasSrc, participle, c = s, e, true, true, c-1
		}
	}
	if !hasSrc && !ci.ing && d.reducedPassive(a, b, c, i) {
		return // "questions from veterans invited to participate": the noun is invited, it does not invite
	}
	if !hasSrc && !ci.ing {
		if s, e, ok := d.leftSource(a, c); ok {
			if s == a && e-s > 1 && (d.toks[s].w == "Say" || d.toks[s].w == "Suppose" || d.toks[s].w == "Imagine") {
				s++ // "Say Mexico demanded ...": a supposition, the name is the subject
			}
			for s+1 < e && timeUnits[d.toks[s].lw] && d.toks[s+1].cap && !d.toks[s].cap {
				s++ // "Last week Halvorsen appeared to blame": the time is not the speaker
			}
			if p, medium := d.occasionAtEnd(s, e); p > s {
				// "The league at its spring meeting in Lyon agreed", "Otieno in a radio
				// interview seemed to fault": the occasion is not the speaker;
				// an interview belongs to the cue, as in "said in an interview"
				if medium && e == c {
					c = p
				}
				e = p
			}
			if ps, ok := d.postmodifiedSubject(a, s, e, c); ok {
				s = ps
			}
			srcS, srcE, hasSrc = s, e, true
			if s-1 >= a && e == c && bareControl[d.toks[s-1].lw] {
				participle = true // "help people understand the past": the content follows
			}
		}
	}
	if !hasSrc && ci.ing && c == i {
		if s, e, ok := d.participleSubject(a, c); ok {
			// ", each touting ...", "with experts offering ...", "while chanting ..."
			srcS, srcE, hasSrc, sharedSubject, participle = s, e, true, true, true
		} else if c-2 >= a && perceived[d.toks[c-1].lw] && beForms[d.toks[c-2].lw] {
			// "The driver can be heard shouting to the guards that ...": the
			// one heard speaks
			if s, e, ok := d.leftSource(a, c-2-d.auxiliariesBefore(a, c-2)); ok {
				srcS, srcE, hasSrc, participle = s, e, true, true
			}
		} else if v := d.mediumVerb(a, c); v >= 0 {
			// "The port authority issued a notice urging ...": the one who
			// issued it speaks, and the cue runs from that verb
			vs := v - d.auxiliariesBefore(a, v)
			if s, e, ok := d.leftSource(a, vs); ok && d.goodSource(s, e) {
				srcS, srcE, hasSrc, participle, c = s, e, true, true, vs
			}
		} else if p := d.mediumAdjunct(a, c); p >= 0 {
			// "she said at a news conference announcing that ...": the clause's
			// subject speaks; "In a note announcing the hire, ...": the
			// statement that opens the sentence is the source
			if s, e, ok := d.nearestSubject(a, p); ok && p > a {
				srcS, srcE, hasSrc, participle = s, e, true, true
			} else if p == a {
				srcS, srcE, hasSrc, participle, adjunct = p+1, c, true, true, true
			}
		}
	}
	if !hasSrc && before >= a && d.toks[before].w == "," && ci.class == classSpeech && !ci.ing && c == i {
		// "The plan will fail, said Smith." (nothing after the source; an
		// inverted cue has no auxiliary: not "..., have also endorsed Adeyemi")
		if s, e, ok := d.rightSource(end, b); ok && d.trimEnd(e, b) == e {
			srcS, srcE, hasSrc, inverted = s, e, true, true
		}
	}
	if hasSrc && ambiguousNoun[d.toks[i].lw] && !inverted {
		// "states", "reports", "plans": a verb only after a name or pronoun, or before "that"
		st := d.toks[srcE-1]
		nx := ""
		if end < b {
			nx = d.toks[end].lw
		}
		particle := i+1 < b && particles[ci.lemma][d.toks[i+1].lw] // "calls for", "calls on"
		if !(st.cap || subjectPronouns[st.lw] || nx == "that" || nx == ":" || end < b && d.toks[end].mark ||
			nx == "to" && infinitiveVerbs[ci.lemma] || particle || c < i && srcE == c) {
			return // (an adverb or auxiliary before it makes it a verb: "The ad then references")
		}
	}
	if hasSrc && !inverted && !sharedSubject && srcS-2 >= a && d.toks[srcS-1].lw == "that" && d.thatComplementOf(srcS-2) {
		// "Otieno further claimed that the mayor makes so many errors ...": a
		// statement inside another's content belongs to it
		return
	}
	if hasSrc && !inverted && d.invertedQuestion(a, b, srcS) {
		return // "Can you imagine if ...?", "Did the mayor say that ...?": asked, not said
	}
	absolute := false
	if hasSrc && !inverted && passiveLemmas[ci.lemma] && c == i && strings.HasSuffix(d.toks[i].lw, "ed") && end < b && d.toks[end].lw == "to" {
		// ", with both delegations expected to attend": a passive without its
		// auxiliary; the noun phrase is part of what is expected, not a speaker
		w := srcS - 1
		for w >= a && w >= srcS-10 && (npTags[d.toks[w].tag] || d.toks[w].tag == "CC" || d.toks[w].tag == "POS" ||
			determiners[d.toks[w].lw] || d.toks[w].lw == "both" || d.toks[w].lw == "all") && d.toks[w].lw != "with" {
			w-- // "with both Governor Adeyemi and her husband Tunde due to"
		}
		if w >= a && d.toks[w].lw == "with" {
			absolute, srcS = true, w+1
		}
	}
	if ci.lemma == "read" && (!hasSrc || !writings[d.toks[srcE-1].lw]) {
		return // "the letter reads": a text speaks, a reader does not
	}
	relative := hasSrc && !inverted && (srcE == srcS+1 && d.relativePronoun(a, srcS) ||
		srcE == srcS+3 && d.toks[srcS+1].lw == "of" && (d.toks[srcE-1].lw == "whom" || d.toks[srcE-1].lw == "which"))
	if relative {
		b = d.relativeEnd(srcS, b) // the statement ends with the relative clause
	}
	if srcE > srcS && !relative && !d.goodSource(srcS, srcE) {
		return
	}
	if !hasSrc && ci.ing && before >= a && (d.toks[before].w == "," || d.toks[before].mark && before-1 > a && d.toks[before-1].w == "," && d.passageEnding(before) >= 0) {
		// "..., saying that ...": the speaker of the sentence's statement, else
		// the subject of the main clause
		if n := len(d.out); n > 0 && d.out[n-1].Sentence == d.spans[si] && d.out[n-1].Source.End > d.out[n-1].Source.Start && d.out[n-1].Cue.End <= d.toks[c].s {
			srcS, srcE = d.tokenRange(d.out[n-1].Source)
			hasSrc, sharedSubject = true, true
		} else if k, m, ok := d.nearestSubject(a, before); ok {
			// "... and she becomes upset, shouting ...": the subject of the
			// nearest finite verb
			srcS, srcE, hasSrc = k, m, true
			sharedSubject = true
		} else if k, m, ok := d.appositiveSubject(a, before); ok {
			// "Ruiz, a former party chairman, poked at Varga, tweeting ...": the
			// subject with its appositive
			srcS, srcE, hasSrc = k, m, true
			sharedSubject = true
		} else if k, m, ok := d.mainSubject(a, before); ok && d.goodSource(k, m) {
			srcS, srcE, hasSrc = k, m, true
			sharedSubject = true
		}
	}
	if !hasSrc && before >= a && (d.toks[before].lw == "and" || d.toks[before].lw == "but" || d.toks[before].lw == "yet" || d.toks[before].lw == "or" && d.toks[c].tag == "VB") {
		ca := a // the clause's start
		for k := before - 1; k > a; k-- {
			if d.toks[k].w == ";" {
				ca = k + 1 // "...; they only learned of it and disclosed it": the clause after the semicolon
				break
			}
		}
		// "Merrill says ... and said she would": the subject of the first verb
		if n := len(d.out); n > 0 && d.out[n-1].Sentence == d.spans[si] && d.out[n-1].Source.End > d.out[n-1].Source.Start && d.out[n-1].Cue.End <= d.toks[c].s &&
			d.out[n-1].Cue.Start >= d.toks[ca].s && !d.subordinateSubjectBefore(d.out[n-1].Cue, before) {
			srcS, srcE = d.tokenRange(d.out[n-1].Source)
			hasSrc = true
			sharedSubject = true
		} else if d.toks[before].lw == "or" {
			// "The mayor declines to publish the audit or explain how ...":
			// the sentence's named subject, unless a clause opens the sentence
			// ("If Varga is elected, the government could ... or decline to")
			if !leadingSubordinator(d.toks[a].lw) && !ci.ing {
				if k, m, ok := d.nameSubject(ca, before); ok {
					srcS, srcE, hasSrc = k, m, true
					sharedSubject = true
				}
			}
		} else if k, ok := d.relativeSubject(ca, before); ok && !ci.ing {
			// "farmers here, who have gone out to the roads and asked for
			// ...": the relative pronoun, as PolNeAR marks it
			srcS, srcE, hasSrc = k, k+1, true
			sharedSubject = true
		} else if k, m, ok := d.coordinatedParticiple(ca, before); ok && ci.ing {
			// ", each touting their record and saying ...": the subject of the
			// first participle
			srcS, srcE, hasSrc = k, m, true
			sharedSubject = true
		} else if k, m, ok := d.nameSubject(ca, before); ok && !ci.ing {
			// "Adeyemi met nurses on Monday and said she ...": the subject of the sentence
			srcS, srcE, hasSrc = k, m, true
			sharedSubject = true
		} else if k, m, ok := d.verbSubject(ca, before); ok && !ci.ing {
			// "..., when my mother mentioned it, I laughed and said": the subject
			// of the verb right before "and"
			srcS, srcE, hasSrc = k, m, true
			sharedSubject = true
		} else if k, m, ok := d.mainSubject(ca, before); ok && !ci.ing && d.goodSource(k, m) && m < before {
			if e := d.relativeAside(m, before); e > m {
				m = e // "The writers of the study, which include ..., went through ... and found"
			}
			if m < before && pos.IsFinite(d.toks[m].tag) && !d.hasRelative(m, before) {
				// "The authors of the report went through the filings and found
				// ...": the sentence's subject, right before its own finite verb
				srcS, srcE, hasSrc = k, m, true
				sharedSubject = true
			}
		}
	}
	if !hasSrc {
		if ci.lemma != "say" || ci.ing {
			return
		}
		// a statement whose speaker the rules cannot find: content and cue only
		srcS, srcE = c, c
	}
	// the content
	var pieces []newsgraph.Span
	ok := false
	after := max(end, skip)
	if inverted {
		after = srcE
	}
	cueStart := c
	if !inverted && hasSrc && !sharedSubject {
		cueStart = srcS
	}
	if ci.lemma == "continue" && !light && !d.quoteBefore(a, cueStart) && !d.quoteAfter(after, b) {
		// "the protests continued across the nation": only "“...,” he
		// continued" speaks; decided before the content is taken, so that a
		// rejected content leaves its words to the cues after it
		return
	}
	rest := d.restIsEmpty(after, b, false) && !relative && !participle &&
		!(ci.ing && end-1 > c && cuePrepositions[d.toks[end-1].lw] && d.nounAhead(after, b)) // "..., calling for a ban."
	if relative || participle {
		// "X, who said ...": the content follows the cue
	} else if inverted || rest || d.quoteBefore(a, cueStart) && (d.quoteWords(a, cueStart) > 4 || d.restIsEmpty(after, b, true) ||
		after < b && adverbialStart[d.toks[after].lw] && !d.toks[after].cap || d.topicAfter(after, b, ci)) {
		if !inverted && cueStart-1 >= a && d.toks[cueStart-1].w != "," && !d.toks[cueStart-1].mark && d.titleCase(a, b) {
			// a headline's statement before its speaker is set off by a comma
			// ("..., Nora Castell Says"): "Keep the Ledger, Varga; Just Show
			// Us a Few Pages" has none
			return
		}
		if !inverted && hasSrc && !sharedSubject && srcE == srcS+1 && subjectPronouns[d.toks[srcS].lw] && srcS-1 >= a &&
			(d.toks[srcS-1].tag == "NN" || d.toks[srcS-1].tag == "NNS") && !d.toks[srcS-1].cap && d.objectless(after, b) {
			// "the worst way forward I can imagine": a relative clause without
			// its pronoun; its object is the noun phrase before it, not the
			// sentence (not when the verb has an object of its own: "in the
			// central part we see two spirals", "the way he talks about it")
			if s, e, found := d.leftNP(a, srcS-1); found && e == srcS {
				if d.toks[s].tag == "IN" && s+1 < e {
					s++ // "to pay for [the clinics] he has promised"
				}
				pieces, ok = []newsgraph.Span{d.span(s, e)}, true
				d.markUsed(s, e)
			}
		} else if !inverted && after+1 < b && strandedPrepositions[d.toks[after].lw] && d.isTerminal(after+1) && !d.used[after] {
			// "something few shop owners would argue with.": a relative
			// clause whose object is the noun before it; the sentence is not said
			return
		} else if !inverted && !sharedSubject && d.trimEnd(after, b) == after && cueStart-2 > a && d.toks[cueStart-1].lw == "as" && d.toks[cueStart-2].w == "," && !d.used[cueStart-1] {
			// "It does not show whether she had a key, as guards have said.": the
			// aside closes the sentence; the clause before it is what was said
			pieces, ok = d.contentBefore(a, cueStart-1)
		} else if pieces, ok = d.contentBefore(a, cueStart); ok {
			// a split quotation: "..., she said, “to talk.”"
			k := after
			for k < b && (d.toks[k].w == "," || d.toks[k].w == ":" || timeWords[d.toks[k].lw]) && !d.toks[k].mark {
				k++
			}
			if k < b {
				if p := d.passageStarting(k); p >= 0 && !d.passUsed[p] {
					pieces = append(pieces, d.takePassage(p)...)
				} else if first := d.toks[k]; after < b && d.toks[after].w == "," && k > after && first.word &&
					first.q < 0 && !d.used[k] && len(pieces) == 1 && !d.startsQuote(pieces[0]) &&
					!strings.HasSuffix(first.lw, "ing") && first.lw != "according" &&
					(!conjunctions[first.lw] || runOn[first.lw] && d.coordinatedCue(k, b) == b) {
					// "Acts of thrift, Ms. Otieno said, are acts of care": the
					// clause runs on after the cue, also after a conjunction with
					// no statement of its own ("..., she said, and “...”", "...,
					// he said, since most voters ...")
					if rest, ok2 := d.contentFrom(k, b); ok2 {
						pieces = append(pieces, rest...)
					}
				}
			}
		}
	}
	if !ok && cueStart == a && a > 0 && (inverted || rest) && d.toks[a-1].para == d.toks[a].para {
		// "“... votes?” Varga said, looking out ...": the quotation closed the
		// previous sentence
		if p := d.passageEnding(a - 1); p >= 0 && !d.passUsed[p] {
			pieces, ok = d.takePassage(p), true
		}
	}
	if !ok && !inverted && b < len(d.toks) && (d.trimEnd(after, b) == after || ci.class == classSpeech && d.addresseeOnly(after, b)) {
		// (also "she shouted to the crowd." before the quotation)
		// "Smith said:" closing its sentence or paragraph, the quotation after it
		if p := d.passageStarting(b); p >= 0 && !d.passUsed[p] && !d.attributedPassage(p) {
			pieces, ok = d.takePassage(p), true
		} else if d.toks[b-1].w == ":" && d.toks[b].para > d.toks[b-1].para && !d.used[b] {
			// "Limbaugh added:" closing its paragraph, the block quotation in
			// the next paragraph
			e := b
			for e < len(d.toks) && d.toks[e].para == d.toks[b].para && !d.used[e] {
				e++
			}
			if e = d.trimEnd(b, e); e > b+2 {
				d.markUsed(b, e)
				for k := b; k < e; k++ {
					if q := d.toks[k].q; q >= 0 {
						d.passUsed[q] = true
					}
				}
				pieces, ok = []newsgraph.Span{d.span(b, e)}, true
			}
		}
	}
	if !ok && !inverted && after < b && d.toks[after].lw == "so" && (after+1 >= b || d.isTerminal(after+1) || d.toks[after+1].w == ",") &&
		ci.class != classFinding && !d.used[after] {
		// "He doesn't think so.", "she said so": the pro-form is the content
		pieces, ok = []newsgraph.Span{d.span(after, after+1)}, true
		d.markUsed(after, after+1)
	}
	if !ok && !inverted && after+1 < b && d.toks[after].lw == "as" && d.toks[after+1].lw == "much" && !d.used[after] &&
		(after+2 >= b || d.toks[after+2].lw != "as") {
		// "indicated as much in an email" (not "said as much as half ..."): the
		// pro-form is the content
		pieces, ok = []newsgraph.Span{d.span(after, after+2)}, true
		d.markUsed(after, after+2)
	}
	if !ok {
		whatEnd := hasSrc && !inverted && !sharedSubject && srcS-1 >= a && d.toks[srcS-1].lw == "what" && !d.used[srcS-1] &&
			(after >= b || d.isTerminal(after))
		if ci.class != classSpeech && !d.hasComplement(end, b) && !whatEnd {
			return // (but "that's what the campaign hopes." is a belief)
		}
		if hasSrc && !inverted && srcE-srcS > 1 && freeRelatives[d.toks[srcS].lw] && d.toks[srcS+1].cap {
			srcS++ // the noun phrase reader took "Everything Varga" as one
		}
		if o := srcS - 1; hasSrc && !inverted && !sharedSubject && o >= a && freeRelatives[d.toks[o].lw] && !d.used[o] &&
			(after >= b || d.isTerminal(after) || auxiliaries[d.toks[after].lw] || adverbialStart[d.toks[after].lw] && d.toks[after].lw != "about") &&
			!(d.toks[o].lw == "what" && after < b && auxiliaries[d.toks[after].lw]) {
			// "Everything Varga says is a lie", "That was what Lund said when
			// she resigned": the object the clause lacks is the content
			pieces, ok = []newsgraph.Span{d.span(o, o+1)}, true
		} else if after < b && (auxiliaries[d.toks[after].lw] || pos.IsFinite(d.toks[after].tag)) {
			if !hasSrc || inverted || sharedSubject || !d.gapRelative(a, srcS) {
				return // "a claim the minister denies is false": a relative clause
			}
			// "favours, which he said were repaid": the relative clause after
			// the cue is what was said
			if e := d.relativeEnd(srcS-1, b); e > after+1 {
				pieces, ok = d.contentFrom(after, e)
			}
		} else {
			cb := b
			if hasSrc && !inverted && !sharedSubject && d.objectRelative(a, srcS) && after < b && !d.clauseAhead(after, b) &&
				(!clauseOpeners[d.toks[after].lw] || d.toks[after].lw == "to") {
				// "One of the reasons that Varga refuses to publish his accounts may
				// be that ...": the relative clause ends before the main verb
				cb = d.mainModal(after, b)
			}
			if hasSrc && !inverted && !sharedSubject && srcS-1 >= a && (d.toks[srcS-1].lw == "with" || adjunct) {
				// "With party leaders worried about X, Okafor is ...", "In a
				// statement announcing the pick, the union ...": the absolute
				// phrase or the adjunct ends at its comma
				for k := after; k < cb; k++ {
					if d.toks[k].w == "," || d.toks[k].mark {
						cb = k
						break
					}
				}
			}
			if ci.class != classSpeech {
				if k := d.infinitiveAfterAdjunct(after, cb); k > after {
					after = k // the adjunct is the cue's, the infinitive the content
				}
			}
			pieces, ok = d.contentAfter(after, cb, ci.addr)
		}
	}
	if !ok {
		return
	}
	if !inverted && d.outOfLeadingClause(a, c, pieces[0].Start) {
		return // "If the auditor has doubts, tenants should hear ...": the main clause is not the questions' content
	}
	if !inverted && end < b && pieces[0].Start >= d.toks[end].e && d.cueTime(end, b) {
		end++ // "said Friday that ...": PolNeAR mostly keeps the day before the content
	}
	if absolute {
		// the noun phrase opens the content; there is no speaker
		d.markUsed(srcS, srcE)
		pieces = append([]newsgraph.Span{d.span(srcS, srcE)}, pieces...)
		srcE = srcS
	}
	d.markUsed(c, end)
	d.markSource(srcS, srcE)
	at := Attribution{Pieces: pieces, Cue: d.span(c, end), Polarity: ci.polarity, Sentence: d.spans[si]}
	if srcE > srcS {
		at.Source = d.span(srcS, srcE)
	}
	d.add(at)
}

// topicAfter reports whether a speech cue is followed at p by the topic of
// what was said ("“It’s over,” she said of the election"), which is not
// itself said.
func (d *doc) topicAfter(p, b int, ci cueInfo) bool {
	if p+1 >= b || ci.class != classSpeech {
		return false
	}
	lw := d.toks[p].lw
	return (lw == "of" || lw == "about") && !d.toks[p+1].mark
}

// hasRelative reports whether a relative pronoun opens a clause in tokens
// [i, j), whose own verbs the tokens after it continue ("... footage of the
// flood has become a rallying point for farmers, who have gone out to the
// roads and asked for ...").
func (d *doc) hasRelative(i, j int) bool {
	for k := i; k < j; k++ {
		if lw := d.toks[k].lw; (lw == "who" || lw == "which" || lw == "that") && !d.toks[k].cap {
			return true
		}
	}
	return false
}

// addresseeOnly reports whether the rest of a sentence after a speech cue,
// [p, b), is only its addressee: "to the crowd", "to reporters".
func (d *doc) addresseeOnly(p, b int) bool {
	e := d.trimEnd(p, b)
	if e-p < 2 || e-p > 5 || d.toks[p].lw != "to" {
		return false
	}
	for k := p + 1; k < e; k++ {
		if t := d.toks[k]; t.q >= 0 || t.mark || !npTags[t.tag] && t.tag != "POS" {
			return false
		}
	}
	return true
}

// hedges are the writer's adverbs of doubt that may stand between a comma and
// a participle cue.
var hedges = set("perhaps", "maybe", "possibly", "probably", "presumably", "apparently")

// objectRelative reports whether the source starting at s opens a relative
// clause whose pronoun is its object: a noun, then "that" or "which", then s
// ("the reasons that Varga refuses").
func (d *doc) objectRelative(a, s int) bool {
	if s-2 < a {
		return false
	}
	r, n := d.toks[s-1], d.toks[s-2]
	_, cue := cueWords[n.lw] // "its website notes that": a verb the tagger read as a noun
	return (r.lw == "that" || r.lw == "which") && !r.cap && !d.used[s-1] && pos.IsNoun(n.tag) && !n.cap && n.word && !cue
}

// mainModal returns the first modal or form of "be" after token p that is
// not inside a quotation (the main clause's verb after a relative clause),
// or b.
func (d *doc) mainModal(p, b int) int {
	for k := p + 1; k < b; k++ {
		t := d.toks[k]
		if t.q >= 0 || t.mark || t.w == "," {
			return b
		}
		if t.tag == "MD" || (t.lw == "is" || t.lw == "was" || t.lw == "are" || t.lw == "were") && k > p+1 {
			return k
		}
	}
	return b
}

// clauseOnly are speech verbs that make a statement only with a clause or a
// quotation: with a plain noun object they mean something else ("add fuel",
// "maintains a program").
var clauseOnly = set("add", "maintain", "assume", "decide", "observe")

// lightOnly verbs are cues only with an attitude noun after them.
var lightOnly = set("raise", "sound", "renew", "leave", "have")

// claimObject reports whether the noun phrase at p names a position held
// ("maintains his innocence", "maintained the view that").
func (d *doc) claimObject(p, b int) bool {
	for k := p; k < b && k < p+3; k++ {
		if heldPositions[d.toks[k].lw] {
			return true
		}
	}
	return false
}

// subordinateSubjectBefore reports whether a subordinate or relative clause
// with a subject of its own opens between the cue span and token before
// ("..., which he was doing when the guards found him and asked him to
// go"): a verb coordinated after it shares that clause's subject, not the
// speaker's.
func (d *doc) subordinateSubjectBefore(cue newsgraph.Span, before int) bool {
	_, ce := d.tokenRange(cue)
	for k := ce; k+2 < before; k++ {
		switch d.toks[k].lw {
		case "when", "which", "who", "because", "after", "before", "if", "while", "until", "whom":
		default:
			continue
		}
		for m := k + 1; m < before && m <= k+6; m++ {
			if pos.IsFinite(d.toks[m].tag) {
				if p := d.toks[m-1]; m-1 > k && (pos.IsNoun(p.tag) || subjectPronouns[p.lw]) {
					return true
				}
				break
			}
		}
	}
	return false
}

// reducedPassive reports whether the cue verb at c (the cue's first token i)
// is a participle after a common noun: a passive relative clause without its
// pronoun, whose noun is what was done, not the doer. Before "to" or with no
// object and no clause of its own, when the noun phrase is the object of a
// verb or preposition ("took questions from nurses asked to attend",
// "In findings published last week in a journal, ..."), or when a finite verb
// without a subject of its own follows the participle's phrase ("A study
// published in the journal found that ...", "Factors cited for the decline
// include ...", "A clerk suspected to have leaked the files was detained").
func (d *doc) reducedPassive(a, b, c, i int) bool {
	v := d.toks[c]
	if c != i || c-1 < a || !(v.tag == "VBN" || v.tag == "VBD" && strings.HasSuffix(v.lw, "ed")) ||
		!(d.toks[c-1].tag == "NNS" || d.toks[c-1].tag == "NN") || d.toks[c-1].cap && c-1 > a || c+1 >= b {
		return false
	}
	if lemma := cueWords[v.lw].lemma; namingLemmas[lemma] {
		// "used a process called exfiltration", "was a colony called Rhodesia", "a
		// firm called Zorin": the noun is named, it does not name; a name, a
		// quotation or a bare noun follows (not "called the plan a failure",
		// "called it", "called for")
		if n := d.toks[c+1]; particles[lemma][n.lw] || determiners[n.lw] && !indefinites[n.lw] || possessives[n.lw] || n.tag == "PRP" || n.tag == "PRP$" {
			return false
		}
		s := c - 1 // the noun phrase's first word
		for s > a && (npTags[d.toks[s-1].tag] || d.toks[s-1].tag == "JJ" || d.toks[s-1].tag == "CD") && !d.toks[s].cap {
			s--
		}
		if s > a && determiners[d.toks[s-1].lw] {
			s--
		}
		if s == a {
			return false // "A spokesman called the claim false": the sentence's subject
		}
		p := d.toks[s-1]
		_, cue := cueWords[p.lw]
		return indefinites[d.toks[s].lw] || pos.IsVerb(p.tag) && !auxiliaries[p.lw] && !cue && !d.hasRelative(a, s) ||
			beForms[p.lw] && determiners[d.toks[s].lw]
	}
	n := d.toks[c+1]
	if n.lw == "to" && v.tag != "VBN" || n.lw != "to" && (n.tag != "IN" || n.lw == "that") && !timeUnits[n.lw] && n.lw != "last" && n.lw != "earlier" {
		return false // "Officials believed the plan ...": an object or a clause follows
	}
	objectNP := false
	if s, _, ok := d.leftNP(a, c-1); ok && s-1 >= a {
		p := d.toks[s-1]
		objectNP = p.tag == "IN" && p.lw != "that" && !leadingSubordinator(p.lw) && !subordinators[p.lw] || p.tag == "TO" || pos.IsVerb(p.tag) && !auxiliaries[p.lw]
	}
	if n.lw == "to" && objectNP {
		return true
	}
	if cueWords[v.lw].class == classBelief && n.lw != "to" {
		return false // "Americans worried about the border might ...": the noun holds the attitude
	}
	noun := false // a noun closed the phrase so far: a determiner after it opens a new subject
	for k := c + 1; k < b && k <= c+10; k++ {
		t := d.toks[k]
		switch {
		case t.w == ",":
			return objectNP
		case t.q >= 0 || t.mark || t.lw == "that" || whWords[t.lw]:
			return false
		case t.tag == "CC" && k+1 < b && (pos.IsVerb(d.toks[k+1].tag) || d.toks[k+1].tag == "RB"):
			return false // "The mayor agreed with the council and seemed to ...": a second predicate
		case pos.IsFinite(t.tag):
			return true
		case (determiners[t.lw] || possessives[t.lw] || t.tag == "PRP") && noun:
			return false // "said in a statement the plan was dead"
		case noun && pos.IsNoun(t.tag) && (t.tag == "NNS" || timeWords[d.toks[k-1].lw] || timeUnits[d.toks[k-1].lw] || d.toks[k-1].tag == "CD"):
			return false // "warned on Monday prices would rise": a subject of its own
		}
		noun = pos.IsNoun(t.tag) || t.tag == "CD"
	}
	return false
}

// strandedPrepositions may close a relative clause whose object is missing
// ("the plan most voters would agree with.").
var strandedPrepositions = set("with", "about", "for", "of", "to", "on", "at", "against", "from", "into")

// indefinites open a noun phrase that introduces something new: after it a
// naming participle is passive ("a firm called Zorin").
var indefinites = set("a", "an", "another", "something")

// nounAhead reports whether a noun or pronoun stands in tokens [p, b): the
// object of a preposition that closes a cue.
func (d *doc) nounAhead(p, b int) bool {
	for k := p; k < b; k++ {
		if t := d.toks[k].tag; pos.IsNoun(t) || t == "PRP" {
			return true
		}
	}
	return false
}

// mediumVerb returns the verb that makes or sends the medium named right
// before the participle cue at c ("issued a statement calling", "sent a letter
// to the board urging", "filed legal papers opposing"), or -1.
func (d *doc) mediumVerb(a, c int) int {
	medium := false
	for k := c - 1; k > a && k >= c-12; k-- {
		t := d.toks[k]
		if t.q >= 0 || t.mark || t.w == "," || d.used[k] {
			return -1
		}
		if media[t.lw] || filings[t.lw] {
			medium = true
		}
		if n := d.toks[k+1]; mediumVerbs[t.lw] && !t.cap && medium && (articles[n.lw] || possessives[n.lw] || !n.cap && (n.tag == "JJ" || pos.IsNoun(n.tag))) {
			return k
		}
		if !d.npToken(k) && t.tag != "IN" && t.tag != "TO" {
			return -1
		}
	}
	return -1
}

// mediumAdjunct returns the preposition of an adjunct that names a medium or
// an occasion right before the participle cue at c ("in a statement
// announcing", "at a recent news conference announcing"), or -1.
func (d *doc) mediumAdjunct(a, c int) int {
	if c-3 < a || !media[d.toks[c-1].lw] && !occasions[d.toks[c-1].lw] {
		return -1
	}
	for k := c - 2; k >= a && k >= c-6; k-- {
		t := d.toks[k]
		if t.q >= 0 || d.used[k] {
			return -1
		}
		switch {
		case t.lw == "in" || t.lw == "at" || t.lw == "during":
			if n := d.toks[k+1]; articles[n.lw] || possessives[n.lw] {
				return k
			}
			return -1
		case !d.npToken(k) || t.cap:
			return -1
		}
	}
	return -1
}

// filings are documents and ads a participle may speak through besides the
// media: "filed legal papers opposing", "ran an ad saying".
var filings = set("ad", "ads", "paper", "papers", "brief", "motion", "complaint", "lawsuit", "suit", "petition", "resolution", "bill")

// mediumVerbs make or send a statement, a letter or an ad.
var mediumVerbs = set("issued", "issues", "issue", "sent", "sends", "send", "released", "releases", "published", "publishes",
	"posted", "posts", "has", "had", "have", "ran", "runs", "aired", "airs", "wrote", "writes", "signed", "signs",
	"filed", "files", "introduced", "introduces", "submitted", "submits", "passed", "passes", "unleashed", "unleashes",
	"delivered", "delivers", "gave", "gives")

// relativeSubject returns the relative pronoun ("who", "which") after a comma
// or dash whose clause runs, with a finite verb, up to the "and" at token
// before, with no comma, dash or quotation between.
func (d *doc) relativeSubject(a, before int) (int, bool) {
	for k := before - 1; k > a; k-- {
		t := d.toks[k]
		if t.w == "," || dashes[t.w] || t.mark || t.q >= 0 || d.isTerminal(k) {
			return 0, false // (a dash closes an aside: "Tribune–which keeps a tally–and found")
		}
		if (t.lw == "who" || t.lw == "which") && (d.toks[k-1].w == "," || dashes[d.toks[k-1].w]) && k+1 < before &&
			(pos.IsFinite(d.toks[k+1].tag) || auxiliaries[d.toks[k+1].lw]) && !d.used[k] {
			return k, true
		}
	}
	return 0, false
}

// purposeSubject returns the subject of the sentence when the cue at c is an
// infinitive of purpose after its own clause ("Varga took to Twitter
// overnight to accuse", "She held a news conference to deny"): a finite verb
// that is no cue, control or raising verb, and no comma or quotation between.
func (d *doc) purposeSubject(a, c int) (int, int, bool) {
	if c-3 < a || d.toks[c-1].lw != "to" || d.used[c-1] || d.toks[c].tag != "VB" {
		return 0, 0, false // (not "pleaded guilty to charges")
	}
	for v := c - 2; v > a; v-- {
		t := d.toks[v]
		if t.w == "," || t.mark || t.q >= 0 || d.used[v] {
			return 0, 0, false
		}
		if !pos.IsFinite(t.tag) || t.cap {
			continue
		}
		if _, cue := cueWords[t.lw]; cue || controlVerbs[t.lw] || raisingVerbs[t.lw] || gerundVerbs[t.lw] || auxiliaries[t.lw] ||
			t.lw == "used" && v == c-2 { // "used to demand": a habit
			return 0, 0, false
		}
		s, e, ok := d.nameSubject(a, v+1)
		if !ok || d.toks[s].tag == "RB" || d.toks[s].tag == "VBG" || d.toks[s].tag == "IN" || sentenceAdverbs[d.toks[s].lw] {
			return 0, 0, false // not "Following ...", "Afterwards Varga"
		}
		return s, e, true
	}
	return 0, 0, false
}

// relativeAside returns the end (after its closing comma) of a relative
// clause set off by commas that starts at the comma m, before token b: ",
// which include two groups,"; else m.
func (d *doc) relativeAside(m, b int) int {
	if m+2 >= b || d.toks[m].w != "," || !relativeWords[d.toks[m+1].lw] {
		return m
	}
	for k := m + 2; k < b && k <= m+25; k++ {
		t := d.toks[k]
		if t.mark || t.q >= 0 || d.isTerminal(k) {
			return m
		}
		if t.w == "," {
			return k + 1
		}
	}
	return m
}

// infinitiveAfterAdjunct returns where an infinitive ("to ..." or "not to
// ...") starts after a short prepositional adjunct at token p ("decided after
// a long review not to ...", "voted in a 2011 ballot to merge"),
// or -1.
func (d *doc) infinitiveAfterAdjunct(p, b int) int {
	if p >= b || d.toks[p].tag != "IN" || d.toks[p].cap || d.toks[p].lw == "that" {
		return -1
	}
	for k := p + 2; k+1 < b && k <= p+8; k++ {
		if !d.npToken(k) && d.toks[k].lw != "not" && d.toks[k].lw != "to" {
			return -1
		}
		if d.toks[k].lw == "to" && d.toks[k+1].tag == "VB" && d.toks[k-1].lw != "due" { // (not "due to muscimol")
			if d.toks[k-1].lw == "not" {
				return k - 1
			}
			return k
		}
	}
	return -1
}

// experiencerCue reads "X worries Y" as Y's worry about X ("That worries
// environmentalists", "The plan worries some economists", "The ruling has
// angered the farmers"): the object is the source and the subject the
// content. It reports whether it added one.
func (d *doc) experiencerCue(si, a, b, c, i int) bool {
	t := d.toks[i]
	ing := t.tag == "VBG" && c == i && i-1 > a && d.toks[i-1].w == "," // "..., frustrating the mayor"
	if !experiencerVerbs[t.lw] || t.tag != "VBZ" && t.tag != "VBD" && (c == i || t.tag != "VBN") && !ing || i+1 >= b {
		return false
	}
	n := d.toks[i+1]
	if !(determiners[n.lw] && n.lw != "that" || pos.IsNoun(n.tag) && (!n.cap || n.tag == "NNP") || n.tag == "JJ" || n.tag == "PRP" && objectPronouns[n.lw]) {
		return false // "worried that ...", "worries about ...", "Smith worried"
	}
	e := i + 1
	for e < b && e-i <= 8 && !d.used[e] && d.npToken(e) && d.toks[e].lw != "that" {
		e++
	}
	if strings.HasPrefix(t.lw, "concern") && e > i+1 && d.toks[e-1].tag == "NN" && !d.toks[e-1].cap {
		return false // "The case concerns a land dispute": what it is about, not whom it worries
	}
	if ing {
		// the clause before the comma is the content: "The ministry has
		// lagged in paying, frustrating the mayor"
		s, se, ok := d.mainSubject(a, i-1)
		finite := false
		for k := s; ok && k < i-1; k++ {
			ok = !d.used[k] && d.toks[k].q < 0
			finite = finite || k >= se && pos.IsFinite(d.toks[k].tag)
		}
		if !ok || !finite || e == i+1 || !d.goodSource(i+1, e) {
			return false
		}
		d.markUsed(s, i-1)
		d.assert(si, []newsgraph.Span{d.span(s, i-1)}, c, i+1, i+1, e)
		return true
	}
	s, se, ok := d.leftSource(a, c)
	if c-1 == a && (d.toks[a].lw == "that" || d.toks[a].lw == "this" || d.toks[a].lw == "it") {
		s, se, ok = a, c, true // "That worries environmentalists."
	}
	if !ok && c-1 > a && (d.toks[c-1].tag == "WDT" || d.toks[c-1].lw == "which") {
		s, se, ok = c-1, c, true // "something that concerns the mayor": the relative pronoun, as PolNeAR marks it
	}
	if !ok || se != c && d.toks[c-1].w != "," || e == i+1 || !d.goodSource(i+1, e) {
		return false
	}
	d.markUsed(s, se)
	d.assert(si, []newsgraph.Span{d.span(s, se)}, c, i+1, i+1, e)
	return true
}

// experiencerVerbs are the finite and -ing forms of the verbs of a feeling
// caused in someone: "worries", "angered", "frustrating".
var experiencerVerbs = set("worries", "worried", "angers", "angered", "frustrates", "frustrated", "concerns", "concerned",
	"troubles", "troubled", "alarms", "alarmed", "bothers", "bothered", "annoys", "annoyed", "disturbs", "disturbed",
	"unsettles", "unsettled", "outrages", "outraged", "infuriates", "infuriated", "irks", "irked", "dismays", "dismayed",
	"offends", "offended", "worrying", "angering", "frustrating", "concerning", "troubling", "alarming", "bothering",
	"annoying", "disturbing", "unsettling", "outraging", "infuriating", "irking", "dismaying", "offending")

// postmodifiedSubject returns the start of the sentence when the noun phrase
// [s, e) before the cue at c is only the object of a preposition inside the
// sentence's subject, a noun phrase with a participle after its head:
// "Several judges handling lawsuits seeking information about her tenure as
// secretary of state have cited".
func (d *doc) postmodifiedSubject(a, s, e, c int) (int, bool) {
	if e != c || s-1 <= a || d.toks[s-1].tag != "IN" && d.toks[s-1].tag != "TO" || d.toks[s-1].lw == "that" || c-a > 30 || !pos.IsFinite(d.toks[c].tag) {
		return 0, false
	}
	if t := d.toks[a]; !(t.tag == "DT" || t.tag == "JJ" || t.tag == "CD") || !t.cap || subjectPronouns[t.lw] {
		return 0, false
	}
	participle := false
	for k := a; k < s; k++ {
		t := d.toks[k]
		if t.w == "," || t.mark || t.q >= 0 || d.taken(k) || subjectPronouns[t.lw] && t.lw != "it" {
			return 0, false
		}
		if k > a+1 && (t.tag == "VBG" || t.tag == "VBN") && !t.cap {
			participle = true
		}
	}
	return a, participle && d.goodSource(a, e)
}

// perceived are the passive participles a speaker is caught speaking with
// ("can be heard yelling", "was seen shouting").
var perceived = set("heard", "seen", "shown", "filmed", "recorded", "caught", "overheard")

// beForms are the forms of "be" before such a participle.
var beForms = set("be", "is", "are", "was", "were", "been")

// auxiliariesBefore counts the auxiliaries and adverbs right before token k
// ("can", "could also"), back to the sentence start a.
func (d *doc) auxiliariesBefore(a, k int) int {
	n := 0
	for k-1-n >= a && (auxiliaries[d.toks[k-1-n].lw] || d.toks[k-1-n].tag == "MD" || d.toks[k-1-n].tag == "RB") {
		n++
	}
	return n
}

// thatComplementOf reports whether token k, right before a "that", is a cue
// verb whose clause the "that" opens ("asserted that ...", "worry that ...").
func (d *doc) thatComplementOf(k int) bool {
	t := d.toks[k]
	_, ok := cueWords[t.lw]
	return ok && pos.IsVerb(t.tag) && t.q < 0
}

// invertedQuestion reports whether the sentence [a, b) is a question whose
// auxiliary comes before the subject starting at s ("Do you know where ...?",
// "would you vote for ...?").
func (d *doc) invertedQuestion(a, b, s int) bool {
	// (the noun phrase reader may take a capitalised auxiliary in: "Did the
	// minister"; a question to "you" in any order is askedOfYou's)
	return (s-1 >= a && questionAuxiliaries[d.toks[s-1].lw] || questionAuxiliaries[d.toks[s].lw]) && d.question(a, b)
}

// question reports whether the sentence [a, b) ends with a question mark.
func (d *doc) question(a, b int) bool {
	for k := b - 1; k >= a && k >= b-3; k-- {
		if d.toks[k].w == "?" {
			return true
		}
	}
	return false
}

// questionAuxiliaries open a question before its subject.
var questionAuxiliaries = set("do", "does", "did", "can", "could", "would", "will", "should", "shall", "may", "might", "must")

// asComplement reports whether the object at p is followed, before the
// clause ends, by "as" and what it is taken for ("see the program as an
// opportunity").
func (d *doc) asComplement(p, b int) bool {
	for k := p; k < b && k < p+12; k++ {
		switch t := d.toks[k]; {
		case t.lw == "as":
			return k > p
		case t.w == "," || t.w == ";" || t.w == ":" || t.w == "." || pos.IsVerb(t.tag) && t.tag != "VBG" && t.tag != "VBN":
			return false
		}
	}
	return false
}

// heldPositions are the positions a speaker maintains.
var heldPositions = set("innocence", "position", "view", "stance", "belief", "claim", "claims", "denial", "opposition",
	"support", "insistence")

// amountWords follow a verb of falling or rising ("declined slightly from 58
// percent", "would decline by four points").
var amountWords = set("by", "from", "slightly", "sharply", "steeply", "further", "again", "modestly", "significantly")

// passive reports whether the cue verb at i, with its prefix from c, is a
// passive participle ("were echoed", "is hammered", "was never sworn").
func (d *doc) passive(c, i int) bool {
	lw := d.toks[i].lw
	if !strings.HasSuffix(lw, "ed") && !irregularParticiples[lw] {
		return false
	}
	for k := c; k < i; k++ {
		switch d.toks[k].lw {
		case "'s", "’s":
			// "has" before a particle the verb takes, or "that": "who’s called
			// for", "she's said that"; else "is": "he's called a liar"
			if i+1 < len(d.toks) && (particles[cueWords[lw].lemma][d.toks[i+1].lw] || d.toks[i+1].lw == "that") {
				continue
			}
			return true
		case "is", "are", "was", "were", "been", "be", "being", "'re", "’re", "'m", "’m":
			return true
		}
	}
	// a reduced passive after its noun: "the lowest level recorded by the lab"
	return c == i && d.toks[i].tag == "VBN" && i+1 < len(d.toks) && d.toks[i+1].lw == "by" &&
		i > 0 && (d.toks[i-1].tag == "NN" || d.toks[i-1].tag == "NNS")
}

// mediumPhrase returns the end of "in a statement" / "in an interview" /
// "in an op-ed" starting at token p, or p when there is none, and whether the
// medium is a written document (writtenMedia).
func (d *doc) mediumPhrase(p, b int) (end int, written bool) {
	if p+2 >= b || d.toks[p].lw != "in" {
		return p, false
	}
	k := p + 1
	switch d.toks[k].lw {
	case "a", "an", "his", "her", "their", "its", "the":
		k++
	default:
		return p, false
	}
	for n := 0; k < b && n < 3; n, k = n+1, k+1 {
		t := d.toks[k]
		if !t.word || t.q >= 0 {
			return p, false
		}
		if media[t.lw] {
			return k + 1, writtenMedia[t.lw]
		}
	}
	return p, false
}

// hasComplement reports whether a clause complement seems to follow a belief or
// finding verb: "that", a quotation, or a subject pronoun/determiner.
func (d *doc) hasComplement(p, b int) bool {
	if p >= b {
		return false
	}
	if n := d.atTime(p, b); n > 0 {
		return d.hasComplement(p+n, b) // "I think at this point the ..."
	}
	if d.toks[p].lw == "at" && p+1 < b && (d.toks[p+1].lw == "least" || d.toks[p+1].lw == "most") {
		return true // a quantity: "we see at least two spirals"
	}
	if d.toks[p].lw == "not" && p+2 < b && d.toks[p+1].lw == "to" && d.toks[p+2].tag == "VB" {
		return true // a negated infinitive: "decided not to recommend charges"
	}
	if d.infinitiveAfterAdjunct(p, b) > p {
		return true // "chose after a long review not to ..."
	}
	t := d.toks[p]
	if d.thatAfterPhrase(p, b) > 0 {
		return true // "know from his filings that ..."
	}
	if t.lw == "being" && p+1 < b && (d.toks[p+1].tag == "VBN" || d.toks[p+1].tag == "JJ") {
		return true // a passive gerund: "resented being held to standards"
	}
	if t.word {
		return clauseOpeners[t.lw] || !npPrepositions[t.lw] && !npBreak[t.lw]
	}
	return t.mark || t.w == ":"
}

// thatAfterPhrase returns the position of a "that" opening a clause after a
// short prepositional phrase starting at p ("from his filings that", "at a
// rally in Nakuru that"), or -1.
func (d *doc) thatAfterPhrase(p, b int) int {
	if p >= b || d.toks[p].tag != "IN" || d.toks[p].cap || d.toks[p].lw == "that" {
		return -1
	}
	for k := p + 1; k < b && k <= p+8; k++ {
		t := d.toks[k]
		if t.lw == "that" && !t.cap {
			if k > p+1 && k+2 < b && t.tag == "IN" {
				return k
			}
			return -1
		}
		if k > p+1 && k+2 < b && (t.lw == "how" || t.lw == "why" || t.lw == "whether") && !t.cap {
			return k // "shows in detail how ...", "explained in an interview why ..."
		}
		if t.q >= 0 || t.mark || !(npTags[t.tag] || t.tag == "IN" || t.tag == "POS") {
			return -1
		}
	}
	return -1
}

// objectless reports whether no object or prepositional phrase follows a
// verb at token p of a sentence ending at b: "the plan he promised, ...".
func (d *doc) objectless(p, b int) bool {
	if p >= b {
		return true
	}
	t := d.toks[p]
	return !(npTags[t.tag] || t.tag == "PRP" || t.tag == "IN" || t.tag == "TO")
}

// clauseOpeners start a clause or noun phrase that can be the content of a
// belief ("knew this was wrong", "wonder whether", "know what happened").
var clauseOpeners = set("that", "to", "this", "these", "those", "what", "which", "how", "why", "whether", "if", "where",
	"who", "when", "there")

// continuations attaches quotations that follow an attribution without a cue
// of their own to it ("“A,” he said. “B.”").
func (d *doc) continuations() {
	if len(d.out) == 0 {
		return
	}
	// attributions by the end of their content, walked once alongside the
	// passages (both in text order)
	order := make([]int, len(d.out))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return d.out[order[x]].Content().End < d.out[order[y]].Content().End })
	next, best := 0, -1
	for p := range d.pass {
		sp := d.pass[p].span()
		for next < len(order) && d.out[order[next]].Content().End <= sp.Start {
			if k := order[next]; best < 0 || d.out[k].Content().End >= d.out[best].Content().End {
				best = k
			}
			next++
		}
		if d.passUsed[p] || best < 0 {
			continue
		}
		a, b := d.tokenRange(sp)
		if a >= b {
			continue
		}
		at := &d.out[best]
		ce := at.Content().End
		ca, _ := d.tokenRange(newsgraph.Span{Start: ce - 1, End: ce})
		if ca >= len(d.toks) {
			continue
		}
		// same paragraph, or the next one, with nothing but the speaker's own
		// sentence between
		gapA, gapB := d.tokenRange(newsgraph.Span{Start: ce, End: sp.Start})
		free := true
		for k := gapA; k < gapB; k++ {
			if d.toks[k].word && !d.used[k] {
				free = false
				break
			}
		}
		if !free || d.toks[a].para > d.toks[ca].para+1 {
			continue
		}
		if d.toks[a].para != d.toks[ca].para && d.toks[a].s != sp.Start {
			continue
		}
		if pa, _ := d.tokenRange(at.Pieces[0]); pa >= len(d.toks) || d.passageStarting(pa) < 0 {
			continue
		}
		at.Pieces = append(at.Pieces, d.pass[p].pieces...)
		d.passUsed[p] = true
		d.markUsed(a, b)
	}
}

// assert records an asserting statement of sentence si: its content pieces,
// the cue tokens [cs, ce) and the source tokens [ss, se), which it marks used
// (the source stays free to name the speaker of another statement).
func (d *doc) assert(si int, pieces []newsgraph.Span, cs, ce, ss, se int) {
	d.markUsed(cs, ce)
	d.markSource(ss, se)
	d.add(Attribution{Pieces: pieces, Cue: d.span(cs, ce), Source: d.span(ss, se), Polarity: polAssert, Sentence: d.spans[si]})
}

func (d *doc) add(at Attribution) {
	if d.onlyTime(at.Pieces) || d.onlyAdverb(at.Pieces) || d.conjunctionFirst(at.Pieces) || d.askedOfYou(at) || d.onlyAdjunct(at.Pieces) {
		return // "spoke on Friday", "According to the radio, mostly.", "never wanted or simply were unsure": no statement
	}
	if a, b := d.tokenRange(at.Cue); at.Source.End > at.Source.Start && at.Source.End <= at.Cue.Start && b-a > 1 {
		// a floating quantifier or the "not only" of a pair stands between the
		// source and the verb but belongs to neither: "They both offered",
		// "The survey not only found ... but also ..."
		switch {
		case floatingQuantifiers[d.toks[a].lw]:
			at.Cue.Start = d.toks[a+1].s
		case d.toks[a].lw == "not" && d.toks[a+1].lw == "only" && b-a > 2:
			at.Cue.Start = d.toks[a+2].s
		}
	}
	at.Kind = d.kind(at.Pieces)
	d.out = append(d.out, at)
}

// floatingQuantifiers may float after the subject they quantify, before its
// verb: "they both said", "the senators all agreed".
var floatingQuantifiers = set("both", "all", "each")

// timeOnlyWords are the words of a bare time phrase.
var timeOnlyWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
	"yesterday", "tonight", "last", "this", "next", "morning", "afternoon", "evening", "night", "on", "in", "at",
	"during", "the", "early", "late", "earlier", "later")

// onlyTime reports whether content pieces hold nothing but time words
// ("Monday", "last week", "in 2015").
func (d *doc) onlyTime(pieces []newsgraph.Span) bool {
	for _, pc := range pieces {
		a, b := d.tokenRange(pc)
		if a < b && (d.toks[a].lw == "until" || d.toks[a].lw == "till") {
			a++ // "didn't concede until September"
		}
		if !d.onlyTimeTokens(a, b) {
			return false
		}
	}
	return true
}

// onlyAdverb reports whether the content is one adverb outside quotation
// marks ("basically", "too"); "so" stands for a clause ("He doesn't think so.").
func (d *doc) onlyAdverb(pieces []newsgraph.Span) bool {
	if len(pieces) != 1 {
		return false
	}
	a, b := d.tokenRange(pieces[0])
	b = d.trimEnd(a, b)
	return b == a+1 && d.toks[a].tag == "RB" && d.toks[a].q < 0 && !d.toks[a].mark && d.toks[a].lw != "so"
}

// occasionAtEnd finds a phrase of occasion closing the noun phrase [s, e): "at
// its July meeting (in Lyon)", "in a televised interview", "during a rally".
// It returns the phrase's first token, or s when there is none, and whether
// its noun is a medium of speech (an interview, a speech) rather than an event.
func (d *doc) occasionAtEnd(s, e int) (int, bool) {
	for k := max(s+1, e-8); k+2 < e; k++ {
		t := d.toks[k]
		if t.lw != "at" && t.lw != "in" && t.lw != "during" || !d.toks[k-1].cap && d.toks[k-1].w != ")" {
			continue // only after a name: "Officials at the ministry" is a speaker
		}
		n := k + 1
		if !determiners[d.toks[n].lw] && !possessives[d.toks[n].lw] {
			continue
		}
		for m := n + 1; m < e && m < n+4; m++ {
			lw := d.toks[m].lw
			if media[lw] && lw != "report" && lw != "release" && lw != "statement" {
				return k, t.lw == "in"
			}
			if occasions[lw] {
				return k, false
			}
		}
	}
	return s, false
}

// occasions are the events a statement is made at ("at its July summit").
var occasions = set("summit", "meeting", "conference", "hearing", "rally", "debate", "forum", "session", "gathering",
	"event", "ceremony", "convention")

// finiteAfterParticiple reports whether a short participle phrase at p
// ("released last year", "published by the agency") is followed by a finite
// verb: the noun before the participle is then the subject of that verb.
func (d *doc) finiteAfterParticiple(p, b int) bool {
	for k := p + 1; k < b && k <= p+6; k++ {
		t := d.toks[k]
		if t.q >= 0 || t.mark || t.w == "," || t.lw == "that" {
			return false
		}
		if pos.IsFinite(t.tag) || t.tag == "MD" {
			return true
		}
	}
	return false
}

// askedOfYou reports whether a statement's speaker is "you" or "your" in a
// question ("What are your plans to fix it?"): the reader or the interviewee
// is asked, nothing is attributed.
func (d *doc) askedOfYou(at Attribution) bool {
	if at.Source.End <= at.Source.Start || at.Sentence.End <= at.Sentence.Start {
		return false
	}
	a, b := d.tokenRange(at.Source)
	if b != a+1 || d.toks[a].lw != "you" && d.toks[a].lw != "your" {
		return false
	}
	sa, sb := d.tokenRange(at.Sentence)
	return d.question(sa, sb)
}

// onlyAdjunct reports whether a content is a phrase of place, time, manner or
// beneficiary and nothing else: it opens with one of adjunctPrepositions and
// holds no finite verb, no "that" opening a clause and no quotation ("played at
// weddings every month", "wrote in 2011 for readers in that town", "also drew for
// other papers, including ..."). A relative clause after a comma modifies the
// phrase's noun ("since early June, when the government proposed a bill").
func (d *doc) onlyAdjunct(pieces []newsgraph.Span) bool {
	if len(pieces) != 1 {
		return false
	}
	a, b := d.tokenRange(pieces[0])
	if a >= b || a+1 >= b {
		return false
	}
	if !adjunctPrepositions[d.toks[a].w] {
		return false
	}
	if n := d.toks[a+1].lw; n == "least" || n == "most" || n == "all" {
		return false // "at least two spirals"
	}
	for k := a; k < b; k++ {
		t := d.toks[k]
		if n := k + 1; t.w == "," && n < b && (relativeWords[d.toks[n].lw] || d.toks[n].lw == "when" || d.toks[n].lw == "where") {
			break
		}
		if t.q >= 0 || t.mark || t.lw == "that" && t.tag != "DT" || pos.IsFinite(t.tag) {
			return false
		}
	}
	return true
}

// adjunctPrepositions open a phrase of place, time, manner or beneficiary
// after a verb; "to", "about", "of", "on" and "by" may open what was said.
var adjunctPrepositions = set("at", "in", "during", "for", "with", "since", "after", "before", "until")

// conjunctionFirst reports whether a content opens with a lower-case "and"
// or "or" (the cue's verb had no object and the conjunction joins it to the
// next verb: "who wrote and signed the same letters") or is a lone verb.
func (d *doc) conjunctionFirst(pieces []newsgraph.Span) bool {
	if len(pieces) == 0 {
		return false
	}
	a, b := d.tokenRange(pieces[0])
	if a < b && (d.toks[a].w == "and" || d.toks[a].w == "or") {
		return true
	}
	// a lone verb is no object either: "Topics discussed include ..."
	b = d.trimEnd(a, b)
	return len(pieces) == 1 && b == a+1 && pos.IsVerb(d.toks[a].tag) && d.toks[a].tag != "VBN" && d.toks[a].q < 0 && !d.toks[a].mark
}

// onlyTimeTokens reports whether tokens [a, b) hold nothing but time words.
func (d *doc) onlyTimeTokens(a, b int) bool {
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.word && !timeOnlyWords[t.lw] && !timeUnits[t.lw] && !months[t.lw] && !isYear(t.w) {
			return false
		}
	}
	return true
}

// kind classifies content pieces by how much of them lies inside quotation marks.
func (d *doc) kind(pieces []newsgraph.Span) string {
	inside, words := 0, 0
	for _, pc := range pieces {
		a, b := d.tokenRange(pc)
		for k := a; k < b; k++ {
			if !d.toks[k].word {
				continue
			}
			words++
			if d.toks[k].q >= 0 {
				inside++
			}
		}
	}
	switch {
	case words > 0 && inside == words:
		return "direct"
	case inside == 0:
		return "indirect"
	case inside <= 6 && inside*2 < words:
		return "partial"
	default:
		return "mixed"
	}
}

// passiveLemmas are cue verbs whose passive reports an unnamed or agent
// source's statement about the subject: "X is expected to", "X was accused of",
// "X is widely believed to".
// freeRelatives stand for what was said when the clause after them lacks its
// object: "everything Varga says", "what Lund said when she resigned".
var freeRelatives = set("what", "everything", "something", "anything", "nothing", "all", "whatever")

// agentlessFor are passive cues whose reason follows "for" or "as": "has been
// criticized for", "were blamed for", "is described as", "was viewed as".
var agentlessFor = set("criticize", "criticise", "blame", "praise", "condemn", "question", "describe", "label",
	"brand", "dub", "characterize", "portray", "accuse", "rate", "view", "regard", "perceive", "mention")

// agentlessAs are passive cues that take their predicate bare: "is considered
// a threat", "was labeled “Mostly True”", "was dubbed the winner".
var agentlessAs = set("consider", "label", "dub", "brand", "deem", "rate")

// namingLemmas give a name, which makes a statement only with its agent:
// "has been called a fraud by other bakers".
var namingLemmas = set("call", "label", "dub", "brand", "nickname")

var passiveLemmas = set("expect", "accuse", "echo", "write", "believe", "consider", "allege", "predict", "project", "estimate",
	"say", "report", "think", "know", "rumor", "suspect", "criticize", "criticise", "endorse", "support",
	"praise", "condemn", "reject", "deny", "dispute", "question", "challenge", "blame", "describe", "label",
	"brand", "dub", "characterize", "portray", "deem", "rate", "view", "regard", "perceive", "mention")

// passiveCue handles a cue verb in the passive: with a "by" agent the agent is
// the source and the subject the content ("The plan was criticised by the
// union"); without one, "X is expected to ..." and "X was accused of ..." are
// statements without a source whose content is the whole clause.
func (d *doc) passiveCue(si, a, b, c, i, end int, ci cueInfo) {
	if !passiveLemmas[ci.lemma] && !namingLemmas[ci.lemma] || ci.ing || end >= b {
		return
	}
	ss, se, ok := d.clauseSubject(a, c)
	if !ok {
		return
	}
	by := end // the "by" of the agent
	if namingLemmas[ci.lemma] {
		// "has been called a fraud by other bakers": a name given by
		// someone is a statement of theirs; without an agent it is a name only
		for by < b && by < end+6 && d.toks[by].lw != "by" && (d.npToken(by) || d.toks[by].mark) {
			by++
		}
		if by >= b || by == end || d.toks[by].lw != "by" {
			if !passiveLemmas[ci.lemma] {
				return
			}
			by = end // "was labeled “Mostly True”": the agentless reading below
		}
	}
	nx := d.toks[by].lw
	switch {
	case nx == "by":
		s, e := by+1, by+1
		for e < b && e-s < 14 && !d.used[e] && (d.npToken(e) || d.toks[e].lw == "and" || e > s && d.toks[e-1].lw == "those" && pos.IsVerb(d.toks[e].tag)) &&
			!(d.toks[e].tag == "IN" && e+1 < b && d.toks[e+1].tag == "VBG") && // "by fellow physicians for promoting ..."
			!(e > s && subjectPronouns[d.toks[e].lw] && pos.IsNoun(d.toks[e-1].tag)) { // "by tax experts I spoke to"
			e++
		}
		if t := d.skipTimeBack(s, e-1); e > s && t < e-1 && t >= s && d.toks[t+1].tag == "IN" {
			e = t + 1 // "by the council in 2015": the time is not the agent's
		}
		if e == s || !d.goodSource(s, e) {
			return
		}
		pieces := []newsgraph.Span{d.span(ss, se)}
		if by > end {
			pieces = append(pieces, d.span(end, by)) // the name given
		}
		d.markUsed(c, by+1)
		d.markUsed(ss, se)
		d.markUsed(s, e)
		// the cue is the verb group without the agent's "by" ("was criticized
		// by the union"): most annotators leave the preposition out
		d.add(Attribution{Pieces: pieces, Cue: d.span(c, end), Source: d.span(s, e),
			Polarity: ci.polarity, Sentence: d.spans[si]})
	case nx == "to" || nx == "of" && ci.lemma == "accuse" || (nx == "for" || nx == "as") && agentlessFor[ci.lemma] ||
		agentlessAs[ci.lemma] && d.hasComplement(end, b) && nx != "that" && !auxiliaries[nx]:
		// "was accused of ...", "has been criticized for ...", "is considered a
		// threat", "was labeled “Mostly True”": the subject and the rest are the content
		ce := end
		if nx == "of" {
			ce++ // "accused of" keeps its preposition; "criticized for" does not
		}
		e := d.trimEnd(ce, d.coordinatedCue(ce, d.leadingClauseEnd(ce, b)))
		if e <= end+1 {
			return
		}
		d.markUsed(ss, e)
		d.add(Attribution{Pieces: []newsgraph.Span{d.span(ss, c), d.span(ce, e)}, Cue: d.span(c, ce),
			Polarity: ci.polarity, Sentence: d.spans[si]})
	}
}

// cueTime reports whether token k is a day or time word right after a cue
// ("said Friday", "said then").
func (d *doc) cueTime(k, b int) bool {
	switch d.toks[k].lw {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "then", "yesterday", "today":
		return k+1 < b && !d.toks[k+1].cap
	}
	return false
}

// hasCueVerb reports whether a cue verb (not a noun reading) stands in [i, j).
func (d *doc) hasCueVerb(i, j int) bool {
	for k := i; k < j; k++ {
		t := d.toks[k]
		if ci, ok := cueWords[t.lw]; ok && !t.cap && !ci.particle && !ambiguousNoun[t.lw] && !d.nounContext(i, k) {
			return true
		}
	}
	return false
}

// numberWords count the noun after them ("twelve states", "dozens of").
var numberWords = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
	"fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "several", "many", "few")

// counted reports whether token k is a number that counts the noun after it:
// "12", "twelve", "Twenty-seven"; not a year.
func (d *doc) counted(k int) bool {
	t := d.toks[k]
	if numberWords[t.lw] {
		return true
	}
	if i := strings.LastIndexByte(t.lw, '-'); i > 0 && numberWords[t.lw[i+1:]] {
		return true
	}
	return t.tag == "CD" && !isYear(t.w) && t.w[0] >= '0' && t.w[0] <= '9'
}

// inPlaceName reports whether the capitalised token i ends a place name of two
// or three capitalised words that the gazetteer knows ("United States", "Gulf
// States"): in a title-case headline such a word is not a cue verb.
func (d *doc) inPlaceName(a, i int) bool {
	name := d.toks[i].w
	for k := i - 1; k >= a && k >= i-2; k-- {
		if !d.toks[k].cap || !d.toks[k].word {
			return false
		}
		name = d.toks[k].w + " " + name
		if _, _, ok := gazetteer.Default().Place(name); ok {
			return true
		}
	}
	return false
}

// attitudeNouns name a stance towards something: "concern about", "support
// for", "the virtues of".
var attitudeNouns = set("concern", "concerns", "misgivings", "outrage", "support", "opposition", "doubts", "doubt",
	"reservations", "idea", "proposal", "plan", "virtues", "insights", "sympathy", "condolences", "regret",
	"dissatisfaction", "disappointment", "anger", "frustration", "note", "hope", "hopes", "interest", "skepticism",
	"scepticism", "confidence", "fears", "worries", "approval", "disapproval", "solidarity", "praise", "criticism",
	"opinion", "opinions", "views", "thoughts", "optimism", "pessimism", "alarm", "dismay", "displeasure", "gratitude",
	"enthusiasm", "objections", "questions", "adulation", "admiration", "attacks", "campaign", "push", "defense",
	"defence", "call", "calls", "warning", "warnings", "plea", "appeal")

// lightVerbs take a stance noun whose object is the content: "expressed
// concern about", "voiced support for", "unveiled a proposal for", "answered
// questions about".
var lightVerbs = set("express", "voice", "raise", "offer", "show", "unveil", "embrace", "extol", "share", "register",
	"signal", "lend", "throw", "add", "continue", "sound", "renew", "issue", "leave", "answer")

// speechNouns are the nouns of speech that "make" turns into a cue.
var speechNouns = set("case", "comment", "comments", "remark", "remarks", "statement", "condemnation", "accusation",
	"accusations", "allegation", "allegations", "argument", "point", "promise", "pledge", "prediction", "claim", "claims")

// stancePreps are the prepositions that join an attitude noun to the cue
// ("concern about"); speechPreps those that join a noun of speech ("the case for").
var (
	stancePreps = set("about", "over", "for", "of", "into", "with", "against", "behind", "toward", "towards")
	speechPreps = set("about", "for", "of", "on", "against")
)

// nounObject returns the end of "(determiner) (modifiers) noun preposition"
// after a verb ending at p, the noun one of nouns and the preposition one of
// preps, or p when there is none. With speech set, a colon after the noun also
// joins the cue ("made the following comment:"), and "that" or "to" ends it
// before them ("made the case that", "made the case to members that").
func (d *doc) nounObject(p, b int, nouns, preps map[string]bool, speech bool) int {
	k := p
	if k < b && (determiners[d.toks[k].lw] || possessives[d.toks[k].lw]) {
		k++
	}
	for k < b && k-p < 3 && (d.toks[k].tag == "JJ" || d.toks[k].tag == "RB" || d.toks[k].lw == "following") {
		k++
	}
	if k+1 >= b || !nouns[d.toks[k].lw] || d.toks[k].q >= 0 {
		return p
	}
	switch n := d.toks[k+1]; {
	case speech && n.w == ":":
		return k + 2
	case speech && (n.lw == "that" && !n.cap || n.lw == "to"):
		return k + 1
	case !speech && n.lw == "that" && !n.cap && thatNouns[d.toks[k].lw] && k+3 < b && d.hasVerb(k+2, min(b, k+10)):
		return k + 1 // "have expressed concern that ...", "left little doubt that ..."
	case preps[n.lw] && k+2 < b && !d.toks[k+2].mark:
		return k + 2
	}
	return p
}

// heldStance is nounObject for "have" and a noun of a stance held ("no
// illusions about", "such reservations about", "a genuine interest in").
func (d *doc) heldStance(p, b int) int { return d.nounObject(p, b, heldNouns, heldPreps, false) }

// heldNouns are the stances one has about something: "has doubts about".
// heldPreps join them to their object.
var (
	heldNouns = set("concerns", "misgivings", "doubts", "reservations", "illusions", "qualms", "interest", "confidence",
		"faith", "fears", "worries", "questions", "objections", "opinions", "views", "thoughts", "hopes")
	heldPreps = set("about", "over", "in", "on", "regarding")
)

// speechObject is nounObject for "make" and a noun of speech ("the case that",
// "the following comment:", "a strong condemnation of").
func (d *doc) speechObject(p, b int) int { return d.nounObject(p, b, speechNouns, speechPreps, true) }

// stanceObject is nounObject for a light verb and an attitude noun ("deep
// concern about", "the virtues of").
func (d *doc) stanceObject(p, b int) int {
	return d.nounObject(p, b, attitudeNouns, stancePreps, false)
}

// attributedPassage reports whether quotation p is followed, after the comma
// closing it, by a speech cue of its own within a few words ("“...,”
// Chaffetz said."): it is that cue's, not the content of a cue before it.
func (d *doc) attributedPassage(p int) bool {
	_, e := d.tokenRange(d.pass[p].span())
	if e > 0 && d.toks[e-1].w != "," && (e-2 < 0 || d.toks[e-2].w != ",") {
		return false // (the comma closing the quotation sits inside or right before the mark)
	}
	for k := e; k < len(d.toks) && k < e+6; k++ {
		t := d.toks[k]
		if t.q >= 0 || t.mark || d.isTerminal(k) {
			return false
		}
		if ci, ok := cueWords[t.lw]; ok && plainSpeech[ci.lemma] {
			return true
		}
	}
	return false
}

// quoteAfter reports whether a quotation opens right after token p, past
// commas and colons ("continued, “...”"), or at the start of the next sentence
// when nothing follows p in its own ("he continued:").
func (d *doc) quoteAfter(p, b int) bool {
	k := p
	for k < b && (d.toks[k].w == "," || d.toks[k].w == ":") && !d.toks[k].mark {
		k++
	}
	if k < b {
		return d.passageStarting(k) >= 0
	}
	return b < len(d.toks) && d.passageStarting(b) >= 0
}
