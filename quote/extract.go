package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

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
	cap  bool   // starts with an upper-case letter
	word bool   // starts with a letter or digit
	para int    // paragraph number
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
			mark: isMarkToken(w), cap: unicode.IsUpper(r), word: unicode.IsLetter(r) || unicode.IsDigit(r), para: para}
		for pi < len(pass) && pass[pi].span().End <= t.Start {
			pi++
		}
		if pi < len(pass) {
			sp := pass[pi].span()
			if t.Start >= sp.Start && t.End <= sp.End {
				k.q = pi
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
	d.colonCue(si, a, b)
	d.frontParticiple(si, a, b)
	d.madeClear(si, a, b)
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
}

// cues tries the cue verbs of a sentence left to right: only plain speech
// verbs when plain is set, the others otherwise.
func (d *doc) cues(si, a, b int, title, plain bool) {
	for i := a; i < b; i++ {
		t := &d.toks[i]
		if d.used[i] || t.q >= 0 || !t.word {
			continue
		}
		ci, ok := cueWords[t.lw]
		if ok && plainSpeech[ci.lemma] != plain {
			continue
		}
		if !ok || t.cap && (!title || i == a || !d.toks[i-1].cap || ambiguousNoun[t.lw] && !strings.HasSuffix(t.lw, "s")) || d.nounContext(a, i) {
			continue
		}
		end := i + 1
		if pm := particles[ci.lemma]; pm != nil && i+1 < b && pm[d.toks[i+1].lw] {
			end = i + 2
		} else if ci.particle {
			continue
		}
		d.verbCue(si, a, b, i, end, ci)
	}
}

// nounCues are nouns that report a statement or belief when a possessor names
// its holder and a that-clause gives its content ("Trump's claim that ...",
// "her warning that ...").
var nounCues = set("claim", "claims", "statement", "assertion", "assertions", "belief", "view", "warning",
	"warnings", "argument", "allegation", "allegations", "accusation", "accusations", "insistence",
	"contention", "suggestion", "prediction", "promise", "pledge", "vow", "denial", "admission",
	"acknowledgment", "acknowledgement", "charge", "complaint", "fear", "fears", "hope", "hopes", "concern",
	"concerns", "conclusion", "conviction", "announcement", "remark", "remarks", "comment", "comments",
	"theory", "message", "boast", "threat", "finding", "findings", "estimate", "assessment", "position")

// possessives are determiners that name a statement's holder ("his claim").
var possessives = set("his", "her", "their", "its", "my", "our", "your")

// nounCue handles a statement noun with a possessor and a that-clause: "Trump's
// claim that there were thousands", "her warning that rates would rise". The
// source is the possessor with its "'s", the cue the noun.
func (d *doc) nounCue(si, a, b int) {
	for i := a + 1; i+2 < b; i++ {
		t := d.toks[i]
		if !nounCues[t.lw] || t.cap || d.used[i] || t.q >= 0 || d.toks[i+1].lw != "that" || d.used[i+1] {
			continue
		}
		if n := d.toks[i+2]; auxiliaries[n.lw] || npBreak[n.lw] && !subjectPronouns[n.lw] && n.lw != "there" && n.lw != "this" || !n.word && !n.mark ||
			strings.HasSuffix(n.lw, "ed") {
			continue // a relative clause: "the claim that was rejected"
		}
		s, e, ok := d.possessor(a, i)
		if !ok {
			continue
		}
		pieces, ok := d.contentFrom(i+1, b)
		if !ok {
			continue
		}
		d.markUsed(i, i+1)
		d.markUsed(s, e)
		d.add(Attribution{Pieces: pieces, Cue: d.span(i, i+1), Source: d.span(s, e), Polarity: polAssert, Sentence: d.spans[si]})
	}
}

// possessor returns the possessor right before token i: a possessive
// pronoun ("his"), or a name or noun phrase with its "'s" ("Trump's", "the
// president's"), the "'s" included.
func (d *doc) possessor(a, i int) (int, int, bool) {
	if i-1 < a || d.used[i-1] {
		return 0, 0, false
	}
	p := d.toks[i-1]
	switch {
	case possessives[p.lw]:
		return i - 1, i, true
	case (p.w == "'s" || p.w == "’s") && i-2 >= a && !subjectPronouns[d.toks[i-2].lw] && !npBreak[d.toks[i-2].lw]:
		// not a contraction: "he's", "that's", "there's"
		ns := i - 2
		for ns-1 >= a && !d.used[ns-1] && d.toks[ns-1].cap && d.toks[ns-1].word && d.toks[ns].cap {
			ns--
		}
		if ns-1 >= a && !d.used[ns-1] && (determiners[d.toks[ns-1].lw] || titles[d.toks[ns-1].lw]) && !possessives[d.toks[ns-1].lw] {
			ns--
		}
		if d.used[i-2] || !d.toks[i-2].word || !d.goodSource(ns, i-1) {
			return 0, 0, false
		}
		return ns, i, true
	}
	return 0, 0, false
}

// stanceNouns name a plan, stance or statement whose content follows as an
// infinitive or a prepositional object ("his plan to cut taxes", "her
// criticism of the deal", "his obsession with trade").
var stanceNouns = set("plan", "plans", "promise", "promises", "pledge", "pledges", "threat", "threats", "refusal",
	"determination", "eagerness", "willingness", "reluctance", "decision", "proposal", "proposals", "call", "calls",
	"demand", "demands", "criticism", "support", "opposition", "comment", "comments", "remarks", "theory", "ideas",
	"views", "obsession", "adulation", "praise", "attack", "attacks", "warning", "warnings", "vow", "bid", "effort",
	"insistence", "denial", "defense", "defence", "embrace", "rejection", "description", "characterization")

// stancePrepositions introduce a stance noun's object ("criticism of").
var stancePrepositions = set("of", "about", "on", "with", "for", "against", "toward", "towards")

// stanceNoun handles a possessor, up to two modifiers and a stance noun with
// an infinitive or prepositional content: "Trump's plan to cut taxes" (cue
// "plan", content "to cut taxes"), "his long-standing ideas about trade" (cue
// "long-standing ideas about", content "trade").
func (d *doc) stanceNoun(si, a, b int) {
	for i := a + 1; i+2 < b; i++ {
		t := d.toks[i]
		if !stanceNouns[t.lw] || t.cap || d.used[i] || t.q >= 0 || d.used[i+1] {
			continue
		}
		m := i // the first modifier
		for m-1 > a && m > i-2 && d.toks[m-1].word && !d.toks[m-1].cap && !possessives[d.toks[m-1].lw] && !determiners[d.toks[m-1].lw] &&
			!npBreak[d.toks[m-1].lw] && !d.used[m-1] && !isCueVerbForm(d.toks[m-1].lw) {
			m--
		}
		s, e, ok := d.possessor(a, m)
		if !ok && m < i {
			m = i
			s, e, ok = d.possessor(a, m)
		}
		if !ok {
			continue
		}
		n := d.toks[i+1]
		cueEnd, q := i+1, i+1
		switch {
		case n.lw == "to" && d.toks[i+2].word && !d.toks[i+2].cap && !determiners[d.toks[i+2].lw]:
			// "plan to cut": the infinitive is the content
		case stancePrepositions[n.lw] && n.q < 0 && !timeUnits[d.toks[i+2].lw] && !months[d.toks[i+2].lw]:
			cueEnd, q = i+2, i+2 // not "remarks on Saturday"
		default:
			continue
		}
		end := d.phraseEnd(q, b)
		if end <= q {
			continue
		}
		d.markUsed(q, end)
		d.markUsed(m, cueEnd)
		d.markSource(s, e)
		d.add(Attribution{Pieces: []newsgraph.Span{d.span(q, end)}, Cue: d.span(m, cueEnd), Source: d.span(s, e),
			Polarity: polAssert, Sentence: d.spans[si]})
		i = end
	}
}

// isCueVerbForm reports whether w is a form of a cue verb.
func isCueVerbForm(w string) bool {
	_, ok := cueWords[w]
	return ok
}

// phraseEnd returns where a content phrase starting at q ends before the rest
// of its sentence: at an auxiliary or modal (the main verb of the sentence
// follows), at a comma that does not continue a list, at a dash or semicolon,
// or at the sentence's final punctuation.
func (d *doc) phraseEnd(q, b int) int {
	k := q
	for ; k < b; k++ {
		t := d.toks[k]
		if d.used[k] || t.q >= 0 && k > q && d.passageStarting(k) < 0 && d.toks[k-1].q != t.q {
			break
		}
		if k > q && (auxiliaries[t.lw] || t.w == ";" || t.w == "—" || t.w == "―" || t.w == "–" || d.isTerminal(k)) {
			break
		}
		if k > q+1 && d.mainVerb(k) {
			break // "His ideas about land reform shaped ...": the sentence's own verb
		}
		if t.w == "," && !t.mark && k+1 < b {
			n := d.toks[k+1]
			if !(n.cap || n.lw == "and" || n.lw == "or") {
				break
			}
		}
	}
	return d.trimEnd(q, k)
}

// pastVerbs are common irregular past tenses that end a subject phrase
// ("Her criticism of Kenya drew a protest").
var pastVerbs = set("drew", "led", "made", "took", "gave", "came", "went", "won", "lost", "sent", "left", "kept",
	"held", "brought", "got", "became", "began", "fell", "rose", "ran", "stood", "struck", "threw", "met", "paid",
	"sold", "spent", "built", "caught", "hit", "cost", "meant", "prompted", "sparked", "drove", "grew")

// mainVerb reports whether token k, inside a phrase that is the subject of its
// sentence, looks like the sentence's own past-tense verb: a lower-case word in
// -ed or a common irregular past after a noun-like word.
func (d *doc) mainVerb(k int) bool {
	t, p := d.toks[k], d.toks[k-1]
	if t.cap || !t.word || !p.word || npBreak[p.lw] || determiners[p.lw] || npPrepositions[p.lw] || p.lw == "to" || p.lw == "and" || p.lw == "or" {
		return false
	}
	return pastVerbs[t.lw] || len(t.lw) > 4 && strings.HasSuffix(t.lw, "ed") && !nounLike[t.lw]
}

// madeClear handles "X made (it) clear that ...": the cue is the phrase.
func (d *doc) madeClear(si, a, b int) {
	for i := a; i+2 < b; i++ {
		switch d.toks[i].lw {
		case "made", "make", "makes", "making":
		default:
			continue
		}
		e := i + 1
		if d.toks[e].lw == "it" {
			e++
		}
		if e >= b || d.toks[e].lw != "clear" || d.used[i] || d.toks[i].q >= 0 {
			continue
		}
		c := d.cuePrefixStart(a, i)
		s, se, ok := d.leftSource(a, c)
		if !ok || !d.goodSource(s, se) {
			continue
		}
		pieces, ok := d.contentAfter(e+1, b, false)
		if !ok {
			continue
		}
		d.markUsed(c, e+1)
		d.markUsed(s, se)
		d.add(Attribution{Pieces: pieces, Cue: d.span(c, e+1), Source: d.span(s, se), Polarity: polAssert, Sentence: d.spans[si]})
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
		d.markUsed(c, i+1)
		d.markUsed(s, e)
		d.add(Attribution{Pieces: pieces, Cue: d.span(c, i+1), Source: d.span(s, e), Polarity: polAssert, Sentence: d.spans[si]})
	}
}

// titleCase reports whether a sentence is a headline in title case ("Union
// Endorses Clinton"), where verbs are capitalised too.
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
	return words >= 3 && caps*4 >= words*3
}

// nounContext reports whether the cue word at i is used as a noun ("the
// reports", "his claims", "Trump's attacks").
func (d *doc) nounContext(a, i int) bool {
	if i <= a {
		return false
	}
	p := d.toks[i-1].lw
	switch p {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
		"'s", "’s", "of", "such", "new", "own", "first", "whose", "any", "no", "some", "many":
		return true
	}
	if ambiguousNoun[d.toks[i].lw] && i-2 >= a && d.adjectiveAfterDeterminer(i-2) {
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

// trimEnd returns the end token (exclusive) of [a, b) without trailing
// terminal punctuation, commas and dashes outside quotations.
func (d *doc) trimEnd(a, b int) int {
	for b > a {
		t := d.toks[b-1]
		if t.mark || t.word {
			break
		}
		switch t.w {
		case ".", "!", "?", ",", ";", ":", "—", "–", "-", "―", "…", "...", "(", "[":
			b--
			continue
		}
		break
	}
	return b
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

// npToken reports whether token i may be part of a source noun phrase.
func (d *doc) npToken(i int) bool {
	t := d.toks[i]
	if t.mark && d.possessiveMark(i) {
		return true // "the teachers' union"
	}
	if t.q >= 0 || t.mark {
		return false
	}
	if !t.word {
		switch t.w {
		case "'s", "’s", "’", "'", "&", "(", ")", "@":
			return true
		case "-":
			// a hyphen inside a name ("Abdel-Fattah"), not a spaced dash
			// after a dateline ("OSLO (Reuters) - Norway said")
			return i > 0 && i+1 < len(d.toks) && d.toks[i-1].e == t.s && d.toks[i+1].s == t.e
		}
		return false
	}
	if t.cap {
		return !(conjunctions[t.lw] || capBreak[t.lw] || npPrepositions[t.lw] || sentenceAdverbs[t.lw]) || t.lw == "and"
	}
	if t.lw == "by" && i > 0 && (docNouns[d.toks[i-1].lw] || strings.HasSuffix(d.toks[i-1].lw, "ed")) {
		return true // "a study by Harvard", "research conducted by the center"
	}
	if npBreak[t.lw] || conjunctions[t.lw] && t.lw != "and" || sentenceAdverbs[t.lw] {
		return false
	}
	if len(t.lw) > 4 && !nounLike[t.lw] && (strings.HasSuffix(t.lw, "ing") || strings.HasSuffix(t.lw, "ed") ||
		strings.HasSuffix(t.lw, "ly") && !notAdverbs[t.lw]) {
		return false
	}
	if _, ok := cueWords[t.lw]; ok && !determiners[t.lw] {
		return false
	}
	return true
}

// leftNP returns the noun phrase ending at token j (inclusive), not reaching
// before token a: [start, j+1), or ok false.
func (d *doc) leftNP(a, j int) (int, int, bool) {
	if j < a || !d.toks[j].word && d.toks[j].w != ")" || d.taken(j) {
		return 0, 0, false
	}
	t := d.toks[j]
	if subjectPronouns[t.lw] || objectPronouns[t.lw] && t.lw != "her" {
		return j, j + 1, true
	}
	if npBreak[t.lw] && !(t.cap && j > a) || conjunctions[t.lw] {
		return 0, 0, false
	}
	k := j
	if d.toks[j].w == ")" {
		// a party tag or aside: "Rep. Jim Clyburn (D-S.C.)"
		o := d.openParen(a, j)
		if o < 0 {
			return 0, 0, false
		}
		k = o
	}
	for k-1 >= a && !d.taken(k-1) {
		if d.toks[k-1].w == ")" {
			if o := d.openParen(a, k-1); o >= 0 {
				k = o
				continue
			}
			break
		}
		if d.toks[k-1].w == "(" || !d.npToken(k-1) && !d.npInside(k-1, j) {
			// a relative clause inside the speaker's noun phrase: "Surety
			// companies that had insured the mines said"
			if r := d.relativeStart(a, k-1); r >= 0 && j+1-r <= 14 {
				k = r
				continue
			}
			break
		}
		lw := d.toks[k-1].lw
		if lw == "and" {
			// "Smith and Jones said", "Business leaders and others": keep; a clause
			// conjunction ("..., and Smith said") is caught by the comma.
			if k-2 < a || !d.npToken(k-2) {
				break
			}
		}
		if subjectPronouns[lw] && lw != "it" {
			break
		}
		k--
	}
	// drop a leading preposition phrase ("In one tweet Friday Trump"): keep the
	// trailing run of names
	for k < j && (npPrepositions[d.toks[k].lw] || d.toks[k].lw == "and" || !d.toks[k].word && d.toks[k].w != "(" ||
		k-1 >= a && (npPrepositions[d.toks[k-1].lw] || d.toks[k-1].lw == "by" || d.toks[k-1].lw == "during")) {
		// a leading preposition: keep only the final capitalised run
		m := j
		for m-1 > k && d.toks[m-1].cap {
			m--
		}
		k = m
		break
	}
	if j+1-k > 14 {
		return 0, 0, false
	}
	// a trailing time phrase is not part of the speaker: "Sanders on Tuesday"
	e := j + 1
	for m := e - 1; m > k; m-- {
		lw := d.toks[m].lw
		if (lw == "on" || lw == "in" || lw == "last" || lw == "this" || lw == "during") && !strings.HasSuffix(d.toks[m-1].lw, "ed") {
			all := true
			for x := m + 1; x < e; x++ {
				if !timeWords[d.toks[x].lw] && !isYear(d.toks[x].w) && !months[d.toks[x].lw] {
					all = false
					break
				}
			}
			if all && m+1 < e {
				e = m
			}
			break
		}
	}
	return k, e, true
}

// npInside reports whether token i, which would end a noun phrase on its own,
// is inside one because noun-phrase words follow it up to j: "registered voters",
// "the poll released Friday", "some state officials".
func (d *doc) npInside(i, j int) bool {
	t := d.toks[i]
	if i >= j || !t.word || t.cap || t.q >= 0 {
		return false
	}
	n := d.toks[i+1]
	if !n.word || npPrepositions[n.lw] || n.lw == "and" {
		return false
	}
	if strings.HasSuffix(t.lw, "ed") || strings.HasSuffix(t.lw, "ing") {
		return !npBreak[t.lw] && !conjunctions[t.lw]
	}
	return ambiguousNoun[t.lw]
}

// isYear reports whether w is a four-digit year.
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// openParen returns the "(" matching the ")" at j, within a few tokens, or -1.
func (d *doc) openParen(a, j int) int {
	for o := j - 1; o >= a && o >= j-10; o-- {
		switch d.toks[o].w {
		case "(":
			return o
		case ")", ",", ";":
			return -1
		}
	}
	return -1
}

// relativeStart looks left from the token i that stopped a noun phrase for
// "who"/"that" a few tokens before, after a noun: it returns the index of that
// relative pronoun, or -1.
func (d *doc) relativeStart(a, i int) int {
	if !auxiliaries[d.toks[i].lw] && d.toks[i].lw != "who" && d.toks[i].lw != "that" {
		return -1
	}
	for r := i; r >= a && r > i-3; r-- {
		lw := d.toks[r].lw
		if (lw == "who" || lw == "that") && r-1 >= a && !d.toks[r].cap {
			p := d.toks[r-1]
			if p.word && (p.cap || strings.HasSuffix(p.lw, "s") && !npBreak[p.lw]) && !d.used[r-1] {
				return r
			}
			return -1
		}
		if d.toks[r].w == "," || d.toks[r].mark {
			return -1
		}
	}
	return -1
}

// isAppositiveStart reports whether token i can open an appositive or relative
// clause after a name ("Smith, a spokesman for ..., said"; "Smith, who ...").
func (d *doc) isAppositiveStart(i int) bool {
	lw := d.toks[i].lw
	if t := d.toks[i]; t.word && !t.cap && i > 1 && d.toks[i-1].w == "," && d.toks[i-2].cap && !conjunctions[lw] &&
		!npBreak[lw] && !npPrepositions[lw] && !strings.HasSuffix(lw, "ly") && !strings.HasSuffix(lw, "ed") {
		if _, isCue := cueWords[lw]; !isCue || ambiguousNoun[lw] {
			return true // "Keron Blair, executive director of AROS, said"
		}
	}
	return determiners[lw] || lw == "who" || lw == "which" || strings.HasSuffix(lw, "ing") && !d.toks[i].cap || lw == "whose" || titles[lw] || d.toks[i].cap && !subjectPronouns[lw]
}

// leftSource finds the source before cue token c (the first token of the cue
// including its prefix), within the sentence starting at a. Returns [s, e) or ok false.
func (d *doc) leftSource(a, c int) (int, int, bool) {
	j := c - 1
	if j < a {
		return 0, 0, false
	}
	if d.relativePronoun(a, j) {
		// "the Saudi government, which has denied ...": PolNeAR's source is the pronoun
		return j, j + 1, true
	}
	if d.toks[j].w == "," {
		// an appositive: "Smith, a spokesman for the party, said"
		k := j - 1
		for k >= a && d.toks[k].w != "," && (!d.toks[k].mark || d.possessiveMark(k)) && d.toks[k].q < 0 && !d.used[k] && k > j-24 {
			k--
		}
		if k > a && k < j-1 && d.toks[k].w == "," && d.isAppositiveStart(k+1) {
			name := k - 1
			// "Smith, who ..., said" and "Smith, speaking to ..., said": PolNeAR
			// keeps the name only; a descriptive appositive is kept whole, with
			// a relative clause inside it ("X, a lawyer, who ...,")
			lw := d.toks[k+1].lw
			// a relative clause after a descriptive appositive: "X, a lawyer, who ..., said"
			if (lw == "who" || lw == "which") && k-1 > a && d.toks[k-1].word && !d.hasCueVerb(k+2, j) {
				k2 := k - 1
				for k2 >= a && d.toks[k2].w != "," && !d.toks[k2].mark && k2 > k-16 {
					k2--
				}
				if k2 > a && d.toks[k2].w == "," && !d.toks[k2+1].cap && determiners[d.toks[k2+1].lw] && d.toks[k2-1].cap {
					if s, _, ok := d.leftNP(a, k2-1); ok {
						return s, j + 1, true
					}
				}
			}
			if s, _, ok := d.leftNP(a, name); ok && (d.toks[name].cap || titles[d.toks[name].lw] || d.toks[name].w == ")" ||
				(lw == "which" || lw == "who") && d.goodSource(s, name+1)) {
				if strings.HasSuffix(lw, "ing") && !d.toks[k+1].cap && lw != "including" ||
					(lw == "who" || lw == "which") && d.hasCueVerb(k+2, j) {
					// "Mr. Obama, who understood that ..., said": the relative
					// clause is a statement of its own
					return s, k, true
				}
				return s, j + 1, true // PolNeAR keeps the closing comma of the appositive
			}
			// a description, then the name: "A lawyer for the outlets, David Schulz, said"
			if d.toks[k+1].cap && d.allCaps(k+1, j) {
				if s, _, ok := d.leftNP(a, name); ok && determiners[d.toks[s].lw] {
					return s, j + 1, true
				}
			}
			// a relative clause after a descriptive appositive: "X, a lawyer, who ..., said"
			if lw == "who" && k-1 > a && d.toks[k-1].word {
				k2 := k - 1
				for k2 >= a && d.toks[k2].w != "," && !d.toks[k2].mark && k2 > k-16 {
					k2--
				}
				if k2 > a && d.toks[k2].w == "," && d.isAppositiveStart(k2+1) && d.toks[k2-1].cap {
					if s, _, ok := d.leftNP(a, k2-1); ok {
						return s, j + 1, true
					}
				}
			}
		}
		return 0, 0, false
	}
	if s, e, ok := d.leftNP(a, j); ok && d.goodSource(s, e) && !timeUnits[d.toks[j].lw] {
		return d.listStart(a, s, e), e, true
	}
	// a time adjunct between the speaker and the cue: "Wells Fargo just this
	// month announced", "a poll released in late August found"
	if k := d.skipTimeBack(a, j); k < j {
		if lw := d.toks[k].lw; k > a && !d.toks[k].cap && (strings.HasSuffix(lw, "ed") || irregularParticiples[lw]) {
			k-- // a reduced relative: "a poll released in August"
		}
		if s, e, ok := d.leftNP(a, k); ok && d.goodSource(s, e) {
			return s, e, true
		}
	}
	return d.leftNP(a, j)
}

// relativePronoun reports whether token j is a relative pronoun opening a
// clause after a noun ("the ministry, which denied", "cities that support").
func (d *doc) relativePronoun(a, j int) bool {
	t := d.toks[j]
	if t.cap || j <= a || d.taken(j) || t.lw != "who" && t.lw != "which" && t.lw != "that" {
		return false
	}
	p := d.toks[j-1]
	if p.w == "," {
		return t.lw != "that"
	}
	if !p.word || p.q >= 0 || npBreak[p.lw] || determiners[p.lw] || conjunctions[p.lw] {
		return false
	}
	if _, isCue := cueWords[p.lw]; isCue && !ambiguousNoun[p.lw] {
		return false // "said that", "believes that"
	}
	return p.cap || strings.HasSuffix(p.lw, "s") || t.lw == "who"
}

// relativeEnd returns where a relative clause opened by the pronoun at r ends:
// at the comma that closes it when a comma opened it, else b.
func (d *doc) relativeEnd(r, b int) int {
	if r == 0 || d.toks[r-1].w != "," {
		return b
	}
	for k := r + 1; k < b; k++ {
		if d.toks[k].w == "," && d.toks[k].q < 0 && !d.toks[k].mark {
			return k
		}
	}
	return b
}

// listStart extends a coordinated source [s, e) ("Odinga and Kalonzo") to the
// names listed before it with commas when the list opens the sentence ("Ruto,
// Odinga and Kalonzo said"); it returns s otherwise.
func (d *doc) listStart(a, s, e int) int {
	hasAnd := false
	for k := s; k < e; k++ {
		if d.toks[k].lw == "and" {
			hasAnd = true
		}
	}
	if !hasAnd || !d.toks[s].cap {
		return s
	}
	k := s
	for k-2 >= a && d.toks[k-1].w == "," && !d.taken(k-1) {
		m := k - 1
		for m-1 >= a && d.toks[m-1].cap && d.toks[m-1].word && !d.taken(m-1) && d.toks[m-1].q < 0 {
			m--
		}
		if m == k-1 {
			return s // no name before the comma
		}
		if m == a {
			return a
		}
		if d.toks[m-1].w != "," {
			return s
		}
		k = m
	}
	return s
}

// possessiveMark reports whether the apostrophe token k marks a plural
// possessive ("Americans’ support") rather than a quotation.
func (d *doc) possessiveMark(k int) bool {
	t := d.toks[k]
	return t.q < 0 && (t.w == "’" || t.w == "'") && k > 0 && d.toks[k-1].e == t.s && strings.HasSuffix(d.toks[k-1].lw, "s")
}

// timeUnits are the heads of time adjuncts that may stand between a speaker
// and the cue ("this month", "on Tuesday", "in late August").
var timeUnits = set("week", "month", "year", "weekend", "morning", "afternoon", "evening", "night",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
	"tonight", "january", "february", "march", "april", "june", "july", "august", "september",
	"october", "november", "december", "summer", "spring", "fall", "winter", "days", "weeks", "months", "years")

// skipTimeBack returns the token before a time adjunct that ends at token j
// ("just this month", "on Tuesday", "in late August", "two weeks ago"), or j
// when token j does not end one.
func (d *doc) skipTimeBack(a, j int) int {
	if j <= a || !timeUnits[d.toks[j].lw] && !isYear(d.toks[j].w) && !(d.toks[j].lw == "ago" && j-1 > a && timeUnits[d.toks[j-1].lw]) {
		return j
	}
	k := j - 1
	for k > a {
		lw := d.toks[k].lw
		switch {
		case timeUnits[lw], isYear(d.toks[k].w):
		case lw == "this" || lw == "last" || lw == "next" || lw == "early" || lw == "late" || lw == "earlier" ||
			lw == "just" || lw == "on" || lw == "in" || lw == "at" || lw == "since" || lw == "mid" || lw == "the" ||
			lw == "two" || lw == "three" || lw == "few" || lw == "several" || lw == "a" || lw == "also":
		default:
			return k
		}
		k--
	}
	return j
}

// rightSource finds an inverted source after the cue ("..., said Smith, a
// spokesman"): [s, e) within the sentence ending at b.
func (d *doc) rightSource(c, b int) (int, int, bool) {
	if c >= b || d.used[c] {
		return 0, 0, false
	}
	t := d.toks[c]
	if !t.word || t.q >= 0 {
		return 0, 0, false
	}
	if subjectPronouns[t.lw] && t.lw != "it" && t.lw != "who" {
		return c, c + 1, true
	}
	if !t.cap && !determiners[t.lw] {
		return 0, 0, false
	}
	if timeWords[t.lw] {
		return 0, 0, false
	}
	k := c
	for k < b && !d.used[k] && !d.isTerminal(k) {
		if d.toks[k].w == "(" {
			if cl := d.closeParen(k, b); cl > 0 {
				k = cl + 1
				continue
			}
			break
		}
		if d.toks[k].w == ")" || !(d.npToken(k) || d.toks[k].lw == "and") {
			break
		}
		k++
	}
	// appositives: "said Smith, head of the party." (to the end of the
	// sentence); "said Smith, a lawyer for the firm, who represents ..." (a
	// relative clause after the appositive, to the end); "said Cummings, the top
	// Democrat on the committee, in a statement" (the appositive with its
	// closing comma, as PolNeAR marks it)
	for seg := 0; seg < 3 && k < b && d.toks[k].w == "," && k+1 < b && d.appositiveAfter(k+1, seg); seg++ {
		m := k + 1
		for m < b && d.toks[m].w != "," && !d.toks[m].mark && !d.isTerminal(m) && m-c < 40 {
			m++
		}
		if m >= b-1 || d.isTerminal(m) {
			k = m
			break
		}
		if m >= b || d.toks[m].w != "," || seg == 0 && !d.commaAppositive(m+1, b) {
			break
		}
		k = m // the next segment continues the source, or the comma closes it
		if n := d.toks[m+1]; !(n.lw == "who" || n.lw == "which" || determiners[n.lw] && d.lastSegment(m+1, b)) {
			k = m + 1
			break
		}
	}
	if k == c || k-c > 40 {
		return 0, 0, false
	}
	return c, k, true
}

// appositiveAfter reports whether token i can open an appositive after an
// inverted source ("said Smith, a lawyer"), or, after the first one, a relative
// clause ("..., who represents ...").
func (d *doc) appositiveAfter(i, seg int) bool {
	t := d.toks[i]
	if !t.word || conjunctions[t.lw] || t.q >= 0 || strings.HasSuffix(t.lw, "ing") && !t.cap {
		return false
	}
	if seg > 0 {
		return t.lw == "who" || t.lw == "which" || determiners[t.lw]
	}
	_, isCue := cueWords[t.lw]
	return !isCue || determiners[t.lw]
}

// lastSegment reports whether the words from token i run to the end of the
// sentence [.., b) without a comma or a quotation ("..., a liberal think tank.").
func (d *doc) lastSegment(i, b int) bool {
	for k := i; k < b; k++ {
		if d.isTerminal(k) {
			return true
		}
		if t := d.toks[k]; t.w == "," || t.mark || t.q >= 0 {
			return false
		}
	}
	return true
}

// commaAppositive reports whether what follows the comma closing an
// appositive at token i lets the appositive end there: a relative clause, an
// adjunct ("in a statement", "on Tuesday") or the end of the sentence, not a
// new clause with a subject of its own.
func (d *doc) commaAppositive(i, b int) bool {
	if i >= b {
		return true
	}
	t := d.toks[i]
	return t.lw == "who" || t.lw == "which" || determiners[t.lw] && d.lastSegment(i, b) || npPrepositions[t.lw] || timeWords[t.lw] && !determiners[t.lw] ||
		t.lw == "adding" || t.lw == "according" || d.isTerminal(i)
}

// allCaps reports whether every word in [i, j) is capitalised (a name).
func (d *doc) allCaps(i, j int) bool {
	for k := i; k < j; k++ {
		if d.toks[k].word && !d.toks[k].cap {
			return false
		}
	}
	return j > i
}

// closeParen returns the ")" matching the "(" at o, within a few tokens, or -1.
func (d *doc) closeParen(o, b int) int {
	for k := o + 1; k < b && k <= o+10; k++ {
		switch d.toks[k].w {
		case ")":
			return k
		case "(", ",", ";":
			return -1
		}
	}
	return -1
}

// cuePrefixStart extends a cue leftwards over auxiliaries and adverbs ("has
// said", "also said"): returns the first token of the cue.
func (d *doc) cuePrefixStart(a, i int) int {
	k := i
	for k-1 >= a && !d.used[k-1] && d.toks[k-1].q < 0 {
		lw := d.toks[k-1].lw
		if d.toks[k-1].cap && k-1 > a {
			break // a name ("Theresa May said"), not an auxiliary
		}
		if cuePrefix[lw] || strings.HasSuffix(lw, "ly") && len(lw) > 4 && !notAdverbs[lw] && !d.toks[k-1].cap {
			k--
			continue
		}
		break
	}
	return k
}

// contentAfter finds the content that follows a cue ending at token p (exclusive)
// in the sentence [a, b). Returns content pieces and ok.
func (d *doc) contentAfter(p, b int, addr bool) ([]newsgraph.Span, bool) {
	// skip an addressee and adjuncts, up to "that", a colon or a quotation
	limit := p + 12
	if limit > b {
		limit = b
	}
	for k := p; k < limit; k++ {
		t := d.toks[k]
		if t.lw == "that" && !t.cap {
			if k+1 < b {
				return d.contentFrom(k, b)
			}
			return nil, false
		}
		if t.mark || t.q >= 0 || t.w == ":" {
			break
		}
		if t.w == "," {
			// "said, “...”" or "said, in a statement, that"
			continue
		}
		if !timeWords[t.lw] && !t.cap && !(addr && (objectPronouns[t.lw] || k == p)) && t.word {
			break
		}
	}
	q := p
	// skip adjuncts without "that": "said on Friday the plan", "told reporters:"
	for q < b {
		t := d.toks[q]
		if t.w == ":" || t.w == "," {
			q++
			continue
		}
		if addr && q == p && (objectPronouns[t.lw] || t.cap || t.lw == "reporters") && q+1 < b {
			q++
			continue
		}
		if (t.lw == "on" || t.lw == "in" || t.lw == "during") && q+1 < b && (timeWords[d.toks[q+1].lw] || d.toks[q+1].cap) {
			q += 2
			for q < b && (timeUnits[d.toks[q].lw] || months[d.toks[q].lw] || isYear(d.toks[q].w) || d.toks[q].cap) && !d.toks[q].mark && d.toks[q].q < 0 {
				q++
			}
			continue
		}
		break
	}
	if q >= b {
		return nil, false
	}
	return d.contentFrom(q, b)
}

// contentFrom returns the content starting at token q and running to the end of
// the sentence (or of the quotation it opens).
func (d *doc) contentFrom(q, b int) ([]newsgraph.Span, bool) {
	if p := d.passageStarting(q); p >= 0 && !d.passUsed[p] {
		return d.takePassage(p), true
	}
	cut := false
	for k := q + 2; k < b; k++ {
		if d.used[k] && !d.used[k-1] {
			// another statement coordinated with this one took the rest:
			// "..., while [73 percent said the same]"
			if lw := d.toks[k-1].lw; (lw == "while" || lw == "whereas" || lw == "but") && (d.toks[k-2].w == "," || d.toks[k-2].mark) {
				b, cut = k, true
			}
			break
		}
	}
	if e := d.leadingClauseEnd(q, b); e < b {
		b = e // "Though she called for ..., Clinton restricted ...": the clause ends at the comma
	}
	e := d.trimEnd(q, d.coordinatedCue(q, b))
	for cut && e > q && (conjunctions[d.toks[e-1].lw] || d.toks[e-1].w == ",") {
		e = d.trimEnd(q, e-1) // "..., while [73 percent said ...]"
	}
	if e <= q {
		return nil, false
	}
	// a quotation opened inside the content may run past the sentence
	end := d.toks[e-1].e
	last := d.toks[b-1]
	if last.q >= 0 && !d.passUsed[last.q] {
		sp := d.pass[last.q].span()
		if sp.End > end && sp.Start >= d.toks[q].s {
			end = sp.End
			d.passUsed[last.q] = true
			a2, b2 := d.tokenRange(sp)
			d.markUsed(a2, b2)
		}
	}
	d.markUsed(q, e)
	for k := q; k < e; k++ {
		if t := d.toks[k]; t.q >= 0 {
			d.passUsed[t.q] = true
		}
	}
	return []newsgraph.Span{{Start: d.toks[q].s, End: end}}, true
}

// leadingClauseEnd returns the comma that closes a sentence-initial adverbial
// clause ("Though she called ..., Clinton ...") when the content starting at q
// lies inside it, else b.
func (d *doc) leadingClauseEnd(q, b int) int {
	a := d.cur[0]
	if d.cur[1] <= d.cur[0] || q < a || q >= d.cur[1] || !subordinators[d.toks[a].lw] || d.toks[a].lw == "as" {
		return b
	}
	for k := a + 1; k < q; k++ {
		if d.toks[k].w == "," && d.toks[k].q < 0 {
			return b // the clause closed before the content
		}
	}
	for k := q + 1; k+1 < b; k++ {
		t := d.toks[k]
		if t.w == "," && t.q < 0 && !t.mark {
			n := d.toks[k+1]
			if n.cap || subjectPronouns[n.lw] || determiners[n.lw] {
				return k
			}
		}
	}
	return b
}

// coordinatedCue returns where a content starting at q must stop because a
// second statement is coordinated with the first ("..., and he noted that",
// "... and said she would"): the conjunction's index, or b.
func (d *doc) coordinatedCue(q, b int) int {
	for k := q + 1; k+1 < b; k++ {
		t := d.toks[k]
		if t.mark && k > q+1 && d.passageEnding(k) >= 0 && d.toks[k-1].w == "," && k+2 < b {
			// "... because “most people don’t know,” she said.": a cue clause of its own
			n := d.toks[k+1]
			if ci, ok := cueWords[d.toks[k+2].lw]; ok && ci.class == classSpeech && !ci.ing && !ci.particle &&
				(subjectPronouns[n.lw] && n.lw != "it" || n.cap) {
				return k + 1
			}
		}
		if t.q >= 0 {
			continue
		}
		if t.w == "," && k > q+1 {
			// ", though ...", ", saying that ...": the statement ends here
			n := d.toks[k+1]
			if n.lw == "though" || n.lw == "although" || n.lw == "despite" {
				return k
			}
			if ci, ok := cueWords[n.lw]; ok && ci.ing && !n.cap && ci.class == classSpeech {
				return k
			}
			if n.lw == "yet" {
				return k
			}
			// ", he does not defend ...", ", Ham also noted ...": a new main clause;
			// ", as they bristled at ...": a clause of its own after a subordinator
			st := k + 1
			if subordinators[n.lw] && !n.cap {
				st = k + 2
			}
			for m := st + 1; m < b && m <= st+5; m++ {
				tm := d.toks[m]
				if tm.q >= 0 || tm.mark || tm.w == "," || d.isTerminal(m) {
					break
				}
				if ci, ok := cueWords[tm.lw]; ok && !ci.particle && !ci.ing && !tm.cap && !d.nounContext(k, m) && !ambiguousNoun[tm.lw] {
					if s, e, ok := d.leftSource(st, d.cuePrefixStart(st, m)); ok && s == st &&
						(d.toks[e-1].cap || subjectPronouns[d.toks[e-1].lw] && d.toks[e-1].lw != "it") {
						return k
					}
					break
				}
			}
			continue
		}
		if t.w == "―" || t.w == "—" || t.w == ";" || t.w == "–" {
			// "... ― as was true for years ― Trump boasted, ...": a new statement
			for m := k + 2; m < b && m < k+20; m++ {
				tm := d.toks[m]
				if tm.q >= 0 || tm.mark {
					break
				}
				if ci, ok := cueWords[tm.lw]; ok && ci.class == classSpeech && !ci.ing && !ci.particle && !tm.cap && !d.nounContext(k, m) {
					if _, _, ok := d.leftSource(k+1, m); ok {
						e := k
						for e > q && (d.toks[e-1].w == "," || d.toks[e-1].w == "―" || d.toks[e-1].w == "—") {
							e--
						}
						return e
					}
				}
			}
			continue
		}
		if t.lw == "and" && k+1 < b {
			// "touting their record and saying ...": a second participle cue
			if ci, ok := cueWords[d.toks[k+1].lw]; ok && ci.ing && !ci.particle && d.toks[k+1].q < 0 {
				return k
			}
		}
		if t.lw != "and" && t.lw != "but" && t.lw != "while" && t.lw != "which" {
			continue
		}
		if d.toks[k-1].w == "," || d.toks[k-1].mark && k-2 > q && d.toks[k-2].w == "," {
			// a coordinated clause with a statement of its own further on:
			// "..., and Republicans want ...", "..., but stopped short of calling ...",
			// "..., while 73 percent said ..."
			for m := k + 1; m < b && m < k+12; m++ {
				tm := d.toks[m]
				if tm.q >= 0 || tm.mark || tm.w == "," {
					break
				}
				if ci, ok := cueWords[tm.lw]; ok && !ci.particle && !tm.cap && !d.nounContext(k, m) &&
					(!ambiguousNoun[tm.lw] || m == k+1 && m+1 < b && (d.toks[m+1].lw == "to" || d.toks[m+1].lw == "that")) {
					cut := k - 1
					if d.toks[cut].mark {
						cut = k // keep the closing quotation mark
					}
					if m == k+1 || ci.ing && m <= k+4 {
						return cut // "..., and said ...", "..., but stopped short of calling"
					}
					if _, _, ok := d.leftSource(k+1, d.cuePrefixStart(k+1, m)); ok {
						return cut
					}
				}
			}
		}
		if t.lw == "while" || t.lw == "which" {
			continue
		}
		m := k + 1
		if subjectPronouns[d.toks[m].lw] && d.toks[m].lw != "it" || d.toks[m].cap {
			m++
		}
		for m < b && m < k+4 && (cuePrefix[d.toks[m].lw] || strings.HasSuffix(d.toks[m].lw, "ly")) {
			m++
		}
		if m >= b {
			continue
		}
		ci, ok := cueWords[d.toks[m].lw]
		if !ok || ci.class != classSpeech || ci.particle || d.toks[m].cap || ci.ing {
			continue
		}
		// the second verb needs a content of its own
		if m+1 < b && (m == k+1 || d.toks[m+1].lw == "that" || d.toks[m+1].mark || subjectPronouns[d.toks[m+1].lw] ||
			d.toks[m+1].w == ":" || d.toks[m+1].w == ",") {
			e := k
			for e > q && (d.toks[e-1].w == "," || d.toks[e-1].w == "—" || d.toks[e-1].w == "–") {
				e--
			}
			return e
		}
	}
	return b
}

// contentBefore finds the content ending before token c (a comma or quotation
// mark before the cue clause) in the sentence starting at a.
func (d *doc) contentBefore(a, c int) ([]newsgraph.Span, bool) {
	j := c - 1
	for j >= a && (d.toks[j].w == "," || d.toks[j].w == "—" || d.toks[j].w == "–") && !d.toks[j].mark {
		j--
	}
	if j < a {
		return nil, false
	}
	if p := d.passageEnding(j); p >= 0 && !d.passUsed[p] {
		return d.takePassage(p), true
	}
	if d.used[j] {
		return nil, false
	}
	switch d.toks[j].lw {
	case "while", "whereas", "and", "but", "because", "although", "though", "as", "when", "after", "before", "if", "since":
		return nil, false // "..., while 73 percent said the same": the content follows
	}
	// unquoted content from the sentence start (or the last used token)
	s := j
	for s-1 >= a && !d.used[s-1] {
		s--
	}
	for s < j && (conjunctions[d.toks[s].lw] && d.toks[s].lw != "as" || d.toks[s].w == ",") {
		s++
	}
	e := d.trimEnd(s, j+1)
	if e <= s {
		return nil, false
	}
	// an unquoted content is a clause: a few words at least, not an adverbial
	// ("Too often, he said, ..."; "In Virginia, Smith said ...")
	words := 0
	for k := s; k < e; k++ {
		if d.toks[k].word {
			words++
		}
	}
	if npPrepositions[d.toks[s].lw] || adverbialStart[d.toks[s].lw] {
		// a leading adverbial before the clause: "As it stands, the system ..."
		m := s
		for m < e && d.toks[m].w != "," && m-s < 12 {
			m++
		}
		if m+1 < e && d.toks[m+1].mark && d.passageEnding(m+1) >= 0 {
			m++ // the comma inside a closing quotation: "on “The Apprentice,” Trump"
		}
		if m < e && (d.toks[m].w == "," || d.toks[m].mark) && m-s >= 2 {
			for k := s; k <= m; k++ {
				if d.toks[k].word {
					words--
				}
			}
			s = m + 1
		} else {
			return nil, false
		}
	}
	if words < 4 || npPrepositions[d.toks[s].lw] || adverbialStart[d.toks[s].lw] {
		return nil, false
	}
	d.markUsed(s, e)
	return []newsgraph.Span{d.span(s, e)}, true
}

// quoteBefore reports whether a quotation ends right before token c (a comma
// between allowed): "“...,” she said".
func (d *doc) quoteBefore(a, c int) bool {
	j := c - 1
	if j >= a && d.toks[j].w == "," && !d.toks[j].mark {
		j--
	}
	if j < a {
		return false
	}
	p := d.passageEnding(j)
	return p >= 0 && !d.passUsed[p]
}

// startsQuote reports whether a content piece starts with a quotation mark.
func (d *doc) startsQuote(pc newsgraph.Span) bool {
	x, _ := d.tokenRange(pc)
	return x < len(d.toks) && d.toks[x].mark
}

// quoteWords counts the words of the quotation ending before token c.
func (d *doc) quoteWords(a, c int) int {
	j := c - 1
	if j >= a && d.toks[j].w == "," && !d.toks[j].mark {
		j--
	}
	if j < a {
		return 0
	}
	p := d.passageEnding(j)
	if p < 0 {
		return 0
	}
	x, y := d.tokenRange(d.pass[p].span())
	n := 0
	for k := x; k < y; k++ {
		if d.toks[k].word {
			n++
		}
	}
	return n
}

// goodSource reports whether [s, e) can name a speaker: it ends in a name, a
// pronoun or a noun, not in an adverb, a verb form, a determiner or a bare number.
func (d *doc) goodSource(s, e int) bool {
	if f := d.toks[s]; !f.cap && f.word && (strings.HasSuffix(f.lw, "ing") && !nounLike[f.lw] && !d.ingModifier(s, e) || f.lw == "for") {
		return false
	}
	t := d.toks[e-1]
	if t.w == ")" || t.w == "," || t.cap || subjectPronouns[t.lw] || objectPronouns[t.lw] {
		return true
	}
	if !t.word || determiners[t.lw] && e-s > 1 || npBreak[t.lw] || badSourceEnd[t.lw] {
		return false
	}
	if strings.Trim(t.w, "0123456789.,") == "" {
		return false
	}
	if len(t.lw) > 4 && (strings.HasSuffix(t.lw, "ly") && !notAdverbs[t.lw] || strings.HasSuffix(t.lw, "ed") && !nounLike[t.lw]) {
		return false
	}
	return true
}

// restIsEmpty reports whether nothing but adjuncts and punctuation follow token p
// in the sentence ending at b (the cue closes the sentence: "..., he said Friday.").
func (d *doc) restIsEmpty(p, b int, split bool) bool {
	if d.adjunctOnly(p, b) {
		return true // "..., he said at a campaign event in Ohio."
	}
	n := 0
	for k := p; k < b; k++ {
		t := d.toks[k]
		if t.mark && d.passageStarting(k) >= 0 {
			return false
		}
		if !t.word {
			if t.w == "," && k+1 < b && d.passageStarting(k+1) >= 0 {
				return split // split quotation: "“...,” she said, “...”"
			}
			if t.w == "," && k == p && k+1 < b && d.toks[k+1].lw != "that" {
				return true // "..., she said, referring to ...": a parenthetical cue
			}
			continue
		}
		if t.lw == "that" {
			return false
		}
		if n == 0 && k > p && (t.lw == "as" || t.lw == "when" || t.lw == "while" || t.lw == "after" || t.lw == "before") {
			return true // "..., Hollande said Friday as he entered the talks."
		}
		if !timeWords[t.lw] {
			n++
		}
	}
	return n <= 1
}

// verbCue builds an attribution around the cue verb at [i, end).
func (d *doc) verbCue(si, a, b, i, end int, ci cueInfo) {
	c := d.cuePrefixStart(a, i)
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
		}
	}
	// the cue keeps a following colon ("said:") and the preposition of verbs
	// that take one ("agreed with", "asked about", "described as")
	if e := d.mediumPhrase(end, b); e > end {
		// "said in a statement", "wrote in an op-ed": PolNeAR keeps the medium in the cue
		end = e
	}
	if end < b && !d.used[end] {
		switch {
		case d.toks[end].w == ":":
			end++
		case cuePrepositions[d.toks[end].lw] && !plainSpeech[ci.lemma] && end+1 < b && d.toks[end+1].word &&
			!timeUnits[d.toks[end+1].lw] && !months[d.toks[end+1].lw]:
			end++
		}
	}
	// the source: before the cue, or after it when inverted
	var (
		srcS, srcE    int
		hasSrc        bool
		inverted      bool
		sharedSubject bool // the source is the previous statement's (already used)
		participle    bool // a participle cue whose content must follow it
	)
	before := c - 1
	afterQuote := before >= a && (d.toks[before].w == "," || d.toks[before].mark) && c-2 >= a && d.passageEnding(c-2) >= 0 ||
		before >= a && d.passageEnding(before) >= 0
	if afterQuote || before < a {
		if s, e, ok := d.rightSource(end, b); ok {
			srcS, srcE, hasSrc, inverted = s, e, true, true
		}
	}
	if !hasSrc && !ci.ing {
		if s, e, ok := d.leftSource(a, c); ok {
			srcS, srcE, hasSrc = s, e, true
		}
	}
	if !hasSrc && ci.ing && c == i {
		if s, e, ok := d.participleSubject(a, c); ok {
			// ", each touting ...", "with experts offering ...", "while chanting ..."
			srcS, srcE, hasSrc, sharedSubject, participle = s, e, true, true, true
		}
	}
	if !hasSrc && before >= a && d.toks[before].w == "," && ci.class == classSpeech {
		// "The plan will fail, said Smith." (nothing after the source)
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
			nx == "to" && infinitiveVerbs[ci.lemma] || particle) {
			return
		}
	}
	relative := hasSrc && srcE == srcS+1 && !inverted && d.relativePronoun(a, srcS)
	if relative {
		b = d.relativeEnd(srcS, b) // the statement ends with the relative clause
	}
	if srcE > srcS && !relative && !d.goodSource(srcS, srcE) {
		return
	}
	if !hasSrc && ci.ing && before >= a && d.toks[before].w == "," {
		// "..., saying that ...": the speaker of the sentence's statement, else
		// the subject of the main clause
		if n := len(d.out); n > 0 && d.out[n-1].Sentence == d.spans[si] && d.out[n-1].Source.End > d.out[n-1].Source.Start {
			srcS, srcE = d.tokenRange(d.out[n-1].Source)
			hasSrc, sharedSubject = true, true
		} else if k, m, ok := d.mainSubject(a, before); ok {
			srcS, srcE, hasSrc = k, m, true
			sharedSubject = true
		}
	}
	if !hasSrc && before >= a && (d.toks[before].lw == "and" || d.toks[before].lw == "but") {
		// "Merrill says ... and said she would": the subject of the first verb
		if n := len(d.out); n > 0 && d.out[n-1].Sentence == d.spans[si] && d.out[n-1].Source.End > d.out[n-1].Source.Start {
			srcS, srcE = d.tokenRange(d.out[n-1].Source)
			hasSrc = true
			sharedSubject = true
		} else if k, m, ok := d.nameSubject(a, before); ok && !ci.ing {
			// "Clinton met veterans on Monday and said she ...": the subject of the sentence
			srcS, srcE, hasSrc = k, m, true
			sharedSubject = true
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
	after := end
	if inverted {
		after = srcE
	}
	cueStart := c
	if !inverted && hasSrc && !sharedSubject {
		cueStart = srcS
	}
	rest := d.restIsEmpty(after, b, false) && !relative && !participle
	if relative || participle {
		// "X, who said ...": the content follows the cue
	} else if inverted || rest || d.quoteBefore(a, cueStart) && (d.quoteWords(a, cueStart) > 4 || d.restIsEmpty(after, b, true)) {
		pieces, ok = d.contentBefore(a, cueStart)
		if ok {
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
					!strings.HasSuffix(first.lw, "ing") && !conjunctions[first.lw] && first.lw != "according" {
					// "Acts of protest, Mr. Obama said, are acts of patriotism": the
					// clause runs on after the cue
					if rest, ok2 := d.contentFrom(k, b); ok2 {
						pieces = append(pieces, rest...)
					}
				}
			}
		}
	}
	if !ok && cueStart == a && a > 0 && (inverted || rest) && d.toks[a-1].para == d.toks[a].para {
		// "“... votes?” Trump said, looking out ...": the quotation closed the
		// previous sentence
		if p := d.passageEnding(a - 1); p >= 0 && !d.passUsed[p] {
			pieces, ok = d.takePassage(p), true
		}
	}
	if !ok && !inverted && b < len(d.toks) && d.trimEnd(after, b) == after {
		// "Smith said:" closing its sentence or paragraph, the quotation after it
		if p := d.passageStarting(b); p >= 0 && !d.passUsed[p] {
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
	if !ok {
		if ci.class != classSpeech && !d.hasComplement(end, b) {
			return
		}
		if after < b && auxiliaries[d.toks[after].lw] {
			return // "Everything Trump says is a lie": a relative clause
		}
		pieces, ok = d.contentAfter(after, b, ci.addr)
	}
	if !ok {
		return
	}
	if !inverted && end < b && pieces[0].Start >= d.toks[end].e && d.cueTime(end, b) {
		end++ // "said Friday that ...": PolNeAR mostly keeps the day before the content
	}
	d.markUsed(c, end)
	d.markSource(srcS, srcE)
	at := Attribution{Pieces: pieces, Cue: d.span(c, end), Polarity: ci.polarity, Sentence: d.spans[si]}
	if srcE > srcS {
		at.Source = d.span(srcS, srcE)
	}
	d.add(at)
}

// passive reports whether the cue verb at i, with its prefix from c, is a
// passive participle ("were echoed", "is hammered", "was never sworn").
func (d *doc) passive(c, i int) bool {
	lw := d.toks[i].lw
	if !strings.HasSuffix(lw, "ed") && !irregularParticiples[lw] {
		return false
	}
	for k := c; k < i; k++ {
		switch d.toks[k].lw {
		case "is", "are", "was", "were", "been", "be", "being", "'s", "’s":
			return true
		}
	}
	return false
}

// mediumPhrase returns the end of "in a statement" / "in an interview" /
// "in an op-ed" starting at token p, or p when there is none.
func (d *doc) mediumPhrase(p, b int) int {
	if p+2 >= b || d.toks[p].lw != "in" {
		return p
	}
	k := p + 1
	switch d.toks[k].lw {
	case "a", "an", "his", "her", "their", "its", "the":
		k++
	default:
		return p
	}
	for n := 0; k < b && n < 3; n, k = n+1, k+1 {
		t := d.toks[k]
		if !t.word || t.q >= 0 {
			return p
		}
		if media[t.lw] {
			return k + 1
		}
	}
	return p
}

// hasComplement reports whether a clause complement seems to follow a belief or
// finding verb: "that", a quotation, or a subject pronoun/determiner.
func (d *doc) hasComplement(p, b int) bool {
	if p >= b {
		return false
	}
	t := d.toks[p]
	if t.word {
		return clauseOpeners[t.lw] || !npPrepositions[t.lw] && !npBreak[t.lw]
	}
	return t.mark || t.w == ":"
}

// clauseOpeners start a clause or noun phrase that can be the content of a
// belief ("knew this was wrong", "wonder whether", "know what happened").
var clauseOpeners = set("that", "to", "this", "these", "those", "what", "how", "why", "whether", "if", "where",
	"who", "when", "there")

// according handles "according to X": the source after it, the content before
// or after.
func (d *doc) according(si, a, b, i int) {
	s := i + 2
	e := s
	for e < b && d.toks[e].w != "," && !d.isTerminal(e) && !d.toks[e].mark && d.toks[e].q < 0 && e-s < 30 {
		e++
	}
	if e == s {
		return
	}
	var pieces []newsgraph.Span
	ok := false
	if i == a || d.toks[i-1].w == "," && i-1 == a || i > a && conjunctions[d.toks[i-1].lw] {
		if e < b && d.toks[e].w == "," {
			pieces, ok = d.contentFrom(e+1, b)
		}
	} else {
		pieces, ok = d.contentBefore(a, i)
	}
	if !ok {
		return
	}
	d.markUsed(i, e)
	d.add(Attribution{Pieces: pieces, Cue: d.span(i, i+2), Source: d.span(s, e), Polarity: polAssert, Sentence: d.spans[si]})
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
	for m < b && m-k < 3 && d.toks[m].cap && d.toks[m].word {
		m++
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

func (d *doc) add(at Attribution) {
	at.Kind = d.kind(at.Pieces)
	d.out = append(d.out, at)
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
var passiveLemmas = set("expect", "accuse", "believe", "consider", "allege", "predict", "project", "estimate",
	"say", "report", "think", "know", "rumor", "suspect", "criticize", "criticise", "endorse", "support",
	"praise", "condemn", "reject", "deny", "dispute", "question", "challenge", "blame")

// passiveCue handles a cue verb in the passive: with a "by" agent the agent is
// the source and the subject the content ("The plan was criticised by the
// union"); without one, "X is expected to ..." and "X was accused of ..." are
// statements without a source whose content is the whole clause.
func (d *doc) passiveCue(si, a, b, c, i, end int, ci cueInfo) {
	if !passiveLemmas[ci.lemma] || ci.ing || end >= b {
		return
	}
	ss, se, ok := d.clauseSubject(a, c)
	if !ok {
		return
	}
	nx := d.toks[end].lw
	switch {
	case nx == "by":
		s, e := end+1, end+1
		for e < b && e-s < 14 && !d.used[e] && (d.npToken(e) || d.toks[e].lw == "and") {
			e++
		}
		if e == s || !d.goodSource(s, e) {
			return
		}
		d.markUsed(c, end+1)
		d.markUsed(ss, se)
		d.markUsed(s, e)
		d.add(Attribution{Pieces: []newsgraph.Span{d.span(ss, se)}, Cue: d.span(c, end+1), Source: d.span(s, e),
			Polarity: ci.polarity, Sentence: d.spans[si]})
	case nx == "to" || nx == "of" && ci.lemma == "accuse":
		ce := end
		if nx == "of" {
			ce++
		}
		e := d.trimEnd(ce, d.coordinatedCue(ce, b))
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

// clauseSubject returns the subject of a clause whose verb group starts at c:
// the sentence start (after conjunctions and sentence adverbs) up to c, when
// it holds no comma, clause word or token already used.
func (d *doc) clauseSubject(a, c int) (int, int, bool) {
	ss, se := a, c
	for ss < se && (conjunctions[d.toks[ss].lw] || sentenceAdverbs[d.toks[ss].lw] || !d.toks[ss].word && !d.toks[ss].mark) {
		ss++
	}
	if se-ss < 1 || se-ss > 20 {
		return 0, 0, false
	}
	for k := ss; k < se; k++ {
		if t := d.toks[k]; d.used[k] || t.w == "," || npBreak[t.lw] && t.lw != "about" && t.lw != "by" || d.isTerminal(k) {
			return 0, 0, false
		}
	}
	return ss, se, true
}

// mainSubject returns the subject noun phrase at the start of the sentence
// [a, ...) ending before token before: conjunctions, sentence adverbs and a
// leading adverbial ("In a statement, the group ...") skipped.
func (d *doc) mainSubject(a, before int) (int, int, bool) {
	k := a
	for k < before && (conjunctions[d.toks[k].lw] || sentenceAdverbs[d.toks[k].lw] || !d.toks[k].word) {
		k++
	}
	if k < before && (npPrepositions[d.toks[k].lw] || d.toks[k].lw == "after" || d.toks[k].lw == "during") {
		for k < before && d.toks[k].w != "," {
			k++
		}
		k++
		for k < before && (sentenceAdverbs[d.toks[k].lw] || d.toks[k].w == ",") {
			k++ // "On Thursday, however, Trump ..."
		}
	}
	m := k
	for m < before && !d.used[m] && (d.npToken(m) || d.toks[m].w == "(" || d.toks[m].w == ")") {
		m++
	}
	if m > k && m-k <= 8 && m < before {
		return k, m, true
	}
	return 0, 0, false
}

// nameSubject returns a sentence-initial name or subject pronoun followed by a
// lower-case verb ("Clinton met ...", "She thanked ...") before token before.
func (d *doc) nameSubject(a, before int) (int, int, bool) {
	k := a
	for k < before && (conjunctions[d.toks[k].lw] || sentenceAdverbs[d.toks[k].lw] || !d.toks[k].word) {
		k++
	}
	if k >= before || d.used[k] || d.toks[k].q >= 0 {
		return 0, 0, false
	}
	m := k + 1
	if !subjectPronouns[d.toks[k].lw] || d.toks[k].lw == "it" || d.toks[k].lw == "who" {
		if !d.toks[k].cap || capBreak[d.toks[k].lw] || determiners[d.toks[k].lw] {
			return 0, 0, false
		}
		for m < before && d.toks[m].cap && d.toks[m].word && !d.used[m] {
			m++
		}
	}
	if m >= before || m-k > 5 || d.toks[m].cap || !d.toks[m].word || npPrepositions[d.toks[m].lw] {
		return 0, 0, false
	}
	return k, m, true
}

// participleSubject finds the speaker of a present participle cue at c that
// has no comma before it: the noun phrase right before it after a comma or
// "with" (", each touting ...", "with experts offering ..."), or the subject
// of the main clause after "while", "by", "after", "before", "when" ("Crowds
// marched while chanting ...", "began by saying ...").
func (d *doc) participleSubject(a, c int) (int, int, bool) {
	j := c - 1
	if j <= a {
		return 0, 0, false
	}
	switch d.toks[j].lw {
	case "while", "by", "after", "before", "when", "without":
		if j-1 < a || d.toks[j-1].w == "," && j-1 == a {
			return 0, 0, false
		}
		return d.mainSubject(a, j)
	}
	s, e, ok := d.leftNP(a, j)
	if !ok || e-s > 4 || s-1 < a || e != c {
		return 0, 0, false
	}
	if p := d.toks[s-1]; p.w != "," && p.lw != "with" {
		return 0, 0, false
	}
	for k := s; k < e; k++ {
		if lw := d.toks[k].lw; sentenceAdverbs[lw] || npBreak[lw] || strings.HasSuffix(lw, "ing") {
			return 0, 0, false // "perhaps recognizing", "including ones showing"
		}
	}
	if t := d.toks[e-1]; !(t.cap || subjectPronouns[t.lw] && t.lw != "it" || t.lw == "each" || t.lw == "both" ||
		strings.HasSuffix(t.lw, "s") && !strings.HasSuffix(t.lw, "ss")) {
		return 0, 0, false // a plural noun, a name or a pronoun: "experts", "each"
	}
	if !d.goodSource(s, e) && d.toks[e-1].lw != "each" && d.toks[e-1].lw != "both" {
		return 0, 0, false
	}
	return s, e, true
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
	// the source: the subject after the comma, before its verb
	s, e := m+1, m+1
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
	d.markUsed(i, ce) // the subject stays free: it is also the main clause's
	for k := end; k < ce; k++ {
		if q := d.toks[k].q; q >= 0 {
			d.passUsed[q] = true
		}
	}
	d.add(Attribution{Pieces: []newsgraph.Span{d.span(end, ce)}, Cue: d.span(i, end), Source: d.span(s, e),
		Polarity: ci.polarity, Sentence: d.spans[si]})
}

// stanceAdjectives report a belief or attitude after a form of "be": "was
// sure that", "are convinced the plan", "is confident that".
var stanceAdjectives = set("sure", "convinced", "confident", "certain", "afraid", "worried", "concerned",
	"optimistic", "pessimistic", "skeptical", "sceptical", "hopeful", "adamant", "fearful", "doubtful",
	"positive", "persuaded", "satisfied", "insistent")

// adjectiveCue handles "X is/was (not) sure/convinced/confident (that) ...": the
// cue is the verb group with the adjective, the source the subject.
func (d *doc) adjectiveCue(si, a, b int) {
	for i := a + 1; i+2 < b; i++ {
		t := d.toks[i]
		if !stanceAdjectives[t.lw] || t.cap || d.used[i] || t.q >= 0 {
			continue
		}
		c := i
		for c-1 > a && !d.used[c-1] && (cuePrefix[d.toks[c-1].lw] || strings.HasSuffix(d.toks[c-1].lw, "ly") && !d.toks[c-1].cap ||
			d.toks[c-1].lw == "be" || d.toks[c-1].lw == "am" || d.toks[c-1].lw == "'s" || d.toks[c-1].lw == "’s" ||
			d.toks[c-1].lw == "'re" || d.toks[c-1].lw == "’re") {
			c--
		}
		be := false
		for k := c; k < i; k++ {
			switch d.toks[k].lw {
			case "is", "are", "was", "were", "be", "been", "am", "'s", "’s", "'re", "’re":
				be = true
			}
		}
		if !be {
			continue
		}
		n := d.toks[i+1]
		if !(n.lw == "that" || subjectPronouns[n.lw] && n.lw != "who" || determiners[n.lw] && n.lw != "a" && n.lw != "an" || n.cap && n.word) {
			continue // "sure to win", "worried about", "concerned by"
		}
		s, e, ok := d.leftSource(a, c)
		if !ok || !d.goodSource(s, e) || d.toks[s].lw == "it" && e == s+1 {
			continue
		}
		pieces, ok := d.contentFrom(i+1, b)
		if !ok {
			continue
		}
		d.markUsed(c, i+1)
		d.markUsed(s, e)
		d.add(Attribution{Pieces: pieces, Cue: d.span(c, i+1), Source: d.span(s, e), Polarity: polAssert, Sentence: d.spans[si]})
	}
}

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
}

// objectStance handles a stance adjective or agent noun after a form of
// "be" and before its preposition: "Graham has been critical of the plan",
// "Kaine is a staunch opponent of the death penalty". The cue runs from the
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
		be := -1
		for c-1 > a && !d.used[c-1] && (cuePrefix[d.toks[c-1].lw] || d.toks[c-1].lw == "be" || d.toks[c-1].lw == "am") {
			c--
			switch d.toks[c].lw {
			case "is", "are", "was", "were", "be", "been", "am":
				be = c
			}
		}
		if be < 0 {
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
		d.markUsed(c, i+2)
		d.markSource(s, e)
		d.add(Attribution{Pieces: []newsgraph.Span{d.span(q, end)}, Cue: d.span(c, i+2), Source: d.span(s, e),
			Polarity: polAssert, Sentence: d.spans[si]})
	}
}

// inSource handles a sentence opened by "In" and a document or poll ("In the
// latest Post poll, conducted in May, Clinton led by 5 points"): PolNeAR's cue
// is "In", the source the document's phrase with its closing comma, the content
// the clause after it.
func (d *doc) inSource(si, a, b int) {
	if b-a < 6 || d.toks[a].lw != "in" || d.used[a] {
		return
	}
	comma, head := -1, -1
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
			if n := d.toks[k+1]; k+1 < b && !n.cap && (strings.HasSuffix(n.lw, "ed") || irregularParticiples[n.lw]) {
				head = -2
				continue
			}
			break
		}
		if docNouns[t.lw] || t.lw == "polls" || t.lw == "surveys" {
			head = k
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

// ingModifier reports whether the -ing word opening the source [s, e) modifies
// the noun after it after a clause word ("where restructuring experts say").
func (d *doc) ingModifier(s, e int) bool {
	if e-s != 2 || s == 0 || !d.toks[s+1].word || d.toks[s+1].cap || !strings.HasSuffix(d.toks[s+1].lw, "s") {
		return false
	}
	switch d.toks[s-1].lw {
	case "where", "when", "that", "but", "and", ",", "while", "because":
		return true
	}
	return false
}

// adjunctOnly reports whether the rest of a sentence after a cue, [p, b), is a
// prepositional adjunct without a clause ("at a Washington event this month"):
// it opens with a preposition and holds no verb, "that", comma or quotation.
func (d *doc) adjunctOnly(p, b int) bool {
	e := d.trimEnd(p, b)
	if p >= e {
		return false
	}
	switch d.toks[p].lw {
	case "at", "in", "on", "during", "after", "before", "outside", "from", "aboard", "inside":
	default:
		return false
	}
	for k := p + 1; k < e; k++ {
		t := d.toks[k]
		if t.q >= 0 || t.mark || t.w == "," || t.lw == "that" || auxiliaries[t.lw] || npBreak[t.lw] && !timeWords[t.lw] ||
			subjectPronouns[t.lw] || !t.cap && strings.HasSuffix(t.lw, "ed") {
			return false
		}
		if _, ok := cueWords[t.lw]; ok && !ambiguousNoun[t.lw] {
			return false
		}
	}
	return true
}
