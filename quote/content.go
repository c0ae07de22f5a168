package quote

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/pos"
)

// Contents: where a reported statement starts and ends.

// phraseEnd returns where a content phrase starting at q ends before the rest
// of its sentence: at an auxiliary or modal (the main verb of the sentence
// follows), at a comma that does not continue a list, at a dash or semicolon,
// or at the sentence's final punctuation.
func (d *doc) phraseEnd(q, b int) int {
	// a wh- or that-clause has verbs of its own ("worried about how the fees
	// will be paid"): only punctuation ends it
	clause := q < b && clauseOpeners[d.toks[q].lw] && d.toks[q].lw != "to"
	k := q
	for ; k < b; k++ {
		t := d.toks[k]
		if d.used[k] || t.q >= 0 && k > q && d.passageStarting(k) < 0 && d.toks[k-1].q != t.q {
			break
		}
		if k > q && (auxiliaries[t.lw] && !clause || t.w == ";" || dashes[t.w] || d.isTerminal(k)) {
			if auxiliaries[t.lw] {
				k = d.predicateStart(q, k)
			}
			break
		}
		if k > q+1 && !clause && d.mainVerb(k) {
			k = d.predicateStart(q, k)
			break // "His ideas about land reform shaped ...": the sentence's own verb
		}
		if t.w == "," && !t.mark && k+1 < b {
			n := d.toks[k+1]
			if !(n.cap || n.lw == "and" || n.lw == "or") {
				break
			}
		}
	}
	e := d.trimEnd(q, k)
	for e-2 > q && (d.toks[e-1].lw == "and" || d.toks[e-1].lw == "or") && d.toks[e-2].w == "," {
		e = d.trimEnd(q, e-1) // "her record as a careful treasurer, and, in a smaller way, ..."
	}
	return e
}

// predicateStart backs off from the verb at k over the adverbs and the
// conjunction that open a coordinated predicate: "repeated her doubts about
// the new meters raising bills [and again] would not commit".
func (d *doc) predicateStart(q, k int) int {
	m := k
	for m-1 > q && d.toks[m-1].tag == "RB" && !d.toks[m-1].cap {
		m--
	}
	if m-1 > q && (d.toks[m-1].lw == "and" || d.toks[m-1].lw == "but" || d.toks[m-1].lw == "or") {
		return m - 1
	}
	return k
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

// contentAfter finds the content that follows a cue ending at token p (exclusive)
// in the sentence [a, b). Returns content pieces and ok.
func (d *doc) contentAfter(p, b int, addr bool) ([]newsgraph.Span, bool) {
	// skip an addressee and adjuncts, up to "that", a colon or a quotation
	limit := p + 12
	if limit > b {
		limit = b
	}
	for k := p; k < limit; k++ {
		if n := d.atTime(k, b); n > 0 {
			k += n - 1 // "at that time": not the "that" of a clause
			continue
		}
		if k > p && d.toks[k-1].tag == "POS" {
			if e := d.shortTitle(k, b); e > k {
				k = e - 1 // "told MSNBC’s “Morning Joe” that": the show is the addressee
				continue
			}
		}
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
	if k := d.thatAfterPhrase(p, b); k > 0 {
		return d.contentFrom(k, b) // "know from his filings that ..."
	}
	if k := d.quoteAfterAdjunct(p, b); k > 0 {
		return d.contentFrom(k, b) // "saying during the debate last week, “...”"
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
			if t.cap && d.nameToEnd(q, b) {
				return nil, false // "she advises President Htin Kyaw.": an addressee, nothing said
			}
			q++
			if t.cap && q+1 < b && d.toks[q].tag == "POS" {
				// "asked KBC’s Dana Reyes, the moderator, to": the addressee
				// runs on past its possessive
				q++
				if e := d.shortTitle(q, b); e > q {
					q = e
				}
				for q < b && d.toks[q].cap && d.toks[q].word {
					q++
				}
			}
			if t.cap && q < b && d.toks[q].w == "," {
				// "asked Dana Reyes, the moderator for the debate, to fact
				// check": the appositive is the addressee's too
				for k := q + 1; k+1 < b && k <= q+14; k++ {
					if d.toks[k].q >= 0 || d.toks[k].mark {
						break
					}
					if d.toks[k].w == "," {
						if n := d.toks[k+1].lw; n == "to" || n == "that" {
							q = k + 1
						}
						break
					}
				}
			}
			continue
		}
		if n := d.atTime(q, b); n > 0 {
			q += n // "didn't disclose at the time whether ...", "I think at this point ..."
			continue
		}
		if q == p && weekdays[t.lw] && d.cueTime(q, b) && q+1 < b && (d.toks[q+1].tag == "DT" || subjectPronouns[d.toks[q+1].lw]) {
			q++ // "revealed Tuesday the hallucinogen PCP was found ...": the day is the cue's
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
	if lw := d.toks[q].lw; (lw == "but" || lw == "yet" || lw == "and" || lw == "or") && !d.toks[q].cap {
		return nil, false // "Her brother agreed, but also argued that ...": the next cue's content
	}
	if q > p && d.toks[q-1].w == "," && reasonClauses[d.toks[q].lw] && q+1 < b && d.toks[q+1].word && d.toks[q+1].lw != "of" {
		// "Nobody is arguing, since the emails suggest that ...": a clause of
		// reason, not what is argued; "added, because the budget is tight, that
		// ...": the content follows the aside
		for k := q + 2; k+1 < b; k++ {
			if t := d.toks[k]; t.q >= 0 || t.mark {
				break
			}
			if d.toks[k].w == "," && d.toks[k+1].lw == "that" && d.toks[k+1].tag == "IN" {
				return d.contentFrom(k+1, b)
			}
		}
		return nil, false
	}
	return d.contentFrom(q, b)
}

// reasonClauses open a clause of reason or concession that, after a comma,
// is no content of the cue before it.
var reasonClauses = set("since", "because", "although", "whereas")

// atTime returns the length of a time phrase opened by "at" at token q ("at
// the time", "at this point", "at first"), 0 when there is none.
func (d *doc) atTime(q, b int) int {
	if q+1 >= b || d.toks[q].lw != "at" {
		return 0
	}
	n1 := d.toks[q+1].lw
	if n1 == "first" || n1 == "once" || n1 == "times" {
		return 2
	}
	if q+2 < b && (n1 == "the" || n1 == "that" || n1 == "this" || n1 == "one" || n1 == "some") && atTimeNouns[d.toks[q+2].lw] {
		return 3
	}
	return 0
}

// atTimeNouns end a time phrase after "at the" or "at that".
var atTimeNouns = set("time", "point", "moment", "outset", "start", "end", "beginning")

// shortTitle returns the end of a short quotation opening at k (a show's or
// a paper's name: “Morning Joe”), or k when none opens there.
func (d *doc) shortTitle(k, b int) int {
	if k >= b {
		return k
	}
	p := d.passageStarting(k)
	if p < 0 || d.passUsed[p] {
		return k
	}
	s, e := d.tokenRange(d.pass[p].span())
	if s != k || e-s > 6 || e > b {
		return k
	}
	return e
}

// nameToEnd reports whether the tokens from q to the end of the clause b are
// one capitalised name ("President Htin Kyaw.").
func (d *doc) nameToEnd(q, b int) bool {
	e := d.trimEnd(q, b)
	for k := q; k < e; k++ {
		if t := d.toks[k]; !t.cap || t.mark || t.q >= 0 {
			return false
		}
	}
	return e > q
}

// quotedTitle reports whether passage p is the name of a show, a book or an
// article inside a phrase ("an episode of “The Daily,”", "on “Meet the
// Press,”"): a short quotation right after a preposition, in its sentence.
func (d *doc) quotedTitle(p int) bool {
	s, e := d.tokenRange(d.pass[p].span())
	if s == 0 || e-s > 12 || d.toks[s-1].para != d.toks[s].para {
		return false
	}
	switch d.toks[s-1].lw {
	case "of", "on", "in", "from", "at", "to", "with", "by":
		return true
	}
	// "In her 2009 book, “Grow Your Own Orchard,” she ...", "the play
	// “Silent Harbors”": a title in title case after the work it names
	w := s - 1
	if d.toks[w].w == "," && w > 0 {
		w--
	}
	return titledWorks[d.toks[w].lw] && d.titleCase(s, e)
}

// titledWorks are works known by a title.
var titledWorks = set("book", "books", "novel", "memoir", "film", "movie", "documentary", "album", "song", "show",
	"series", "episode", "column", "essay", "article", "op-ed", "play", "paper", "podcast", "speech", "report")

// contentFrom returns the content starting at token q and running to the end of
// the sentence (or of the quotation it opens).
func (d *doc) contentFrom(q, b int) ([]newsgraph.Span, bool) {
	if q >= b {
		return nil, false // nothing after the cue: "according to 0,"
	}
	if w := d.toks[q].w; (w == "'s" || w == "’s") && !d.toks[q].mark {
		return nil, false // "proposed during President Nixon’s term": an adjunct's name, not a content
	}
	if p := d.passageStarting(q); p >= 0 && !d.passUsed[p] && !d.quoteOpensClause(p, b) {
		return d.takePassage(p), true
	}
	cut := false
	for k := q + 2; k < b; k++ {
		if d.used[k] && !d.used[k-1] {
			// another statement coordinated with this one took the rest:
			// "..., while [73 percent said the same]"
			if lw := d.toks[k-1].lw; (lw == "while" || lw == "whereas" || lw == "but") && (d.toks[k-2].w == "," || d.toks[k-2].mark) ||
				lw == "and" && pos.IsVerb(d.toks[k].tag) && !d.toks[k].cap && d.toks[k].q < 0 {
				// (also "threatened a strike and [tried to persuade the board ...]")
				b, cut = k, true
			} else if qi := d.toks[k].q; qi >= 0 && d.passUsed[qi] && d.toks[k-1].w == ":" {
				// a quotation another statement took: "scolded him: “...,” she
				// said" (the content does not run over it)
				b, cut = k, true
			}
			break
		}
	}
	if e := d.leadingClauseEnd(q, b); e < b {
		b = e // "Though she called for ..., Adeyemi restricted ...": the clause ends at the comma
	}
	if e := d.objectEnd(q, b); e < b {
		b = e // "cited the figure at the forum, further raising ...": the object alone
	}
	if e := d.closingAside(q, b); e < b {
		b = e // "... leaving the hall early (his office later said that he had the flu).": the writer's aside
	}
	e := d.trimEnd(q, d.coordinatedCue(q, b))
	if d.toks[q].lw == "to" {
		e = d.trimEnd(q, d.infinitiveEnd(q, e))
	}
	for cut && e > q && (conjunctions[d.toks[e-1].lw] || d.toks[e-1].w == "," || d.toks[e-1].w == ":") {
		e = d.trimEnd(q, e-1) // "..., while [73 percent said ...]"
	}
	if e <= q || cut && e == q+1 && objectPronouns[d.toks[q].lw] {
		return nil, false // "scolded him: [a quotation another cue took]"
	}
	if l := d.toks[e-1]; (e == q+1 || e == q+2 && objectPronouns[d.toks[q].lw]) && (l.tag == "TO" || l.tag == "IN" || l.tag == "RP") && l.lw != "that" {
		// "nobody wants to.", "what they're writing about", "the people I
		// preach it to": a stranded word says nothing
		return nil, false
	}
	// a quotation opened inside the content may run past the sentence
	end := d.toks[e-1].e
	last := d.toks[b-1]
	if last.q >= 0 && !d.passUsed[last.q] {
		sp := d.pass[last.q].span()
		if sp.End > end && sp.Start >= d.toks[q].s && sp.Start < end {
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

// quoteOpensClause reports whether the short quotation p that opens a content
// is only its first words: a word of the same clause follows it ("claimed
// “Otieno overstates” the number of idle river barges ...").
func (d *doc) quoteOpensClause(p, b int) bool {
	a, e := d.tokenRange(d.pass[p].span())
	if !d.pass[p].closed || e >= b || e-a > 8 {
		return false
	}
	n := d.toks[e]
	if !(n.word && !n.cap && n.q < 0 && (n.tag == "DT" || pos.IsNoun(n.tag) || n.tag == "JJ") && !subjectPronouns[n.lw]) {
		return false
	}
	for k := a; k < e; k++ {
		if pos.IsFinite(d.toks[k].tag) {
			return true // the quotation holds the clause's verb, its object follows
		}
	}
	return false
}

// quoteClauseStart returns where the clause starts that the quotation p
// closes when the quotation opens inside it, after a word of the clause ("a
// top priority ”is increasing ...”") and the clause opens the sentence at
// a with no comma, colon or other statement between; -1 otherwise.
func (d *doc) quoteClauseStart(a, p int) int {
	o, _ := d.tokenRange(d.pass[p].span())
	if len(d.pass[p].pieces) != 1 || o-1 <= a || o-a > 40 {
		return -1
	}
	if pr := d.toks[o-1]; !pr.word || pr.cap && o-1 > a || pr.lw == "said" || pr.lw == "says" {
		return -1
	}
	s := a
	for k := o - 1; k > a; k-- {
		if d.toks[k].w == "," && d.toks[k].q < 0 {
			if d.hasVerb(a, k) {
				return -1
			}
			s = k + 1 // "Details aside, Mrs. Adeyemi's housing proposals ...": an opening phrase without a verb
			break
		}
	}
	for s < o && (conjunctions[d.toks[s].lw] && d.toks[s].lw != "as" || !d.toks[s].word && !d.toks[s].mark) {
		s++
	}
	for k := s; k < o; k++ {
		t := d.toks[k]
		if d.used[k] || t.q >= 0 || t.mark || t.w == "," || t.w == ":" || t.w == ";" || dashes[t.w] {
			return -1
		}
	}
	if !d.hasVerb(s, o) {
		return -1 // "“Finally,” Varga's ad ...": no clause before the quotation
	}
	return s
}

// closingAside returns where a parenthesised clause that closes the content
// [q, b) starts ("... leaving the hall early last Thursday (his office
// later said that he had the flu)"), or b. A short parenthesis (a
// party tag, an abbreviation) or one without a verb stays.
func (d *doc) closingAside(q, b int) int {
	e := d.trimEnd(q, b)
	if e <= q+1 || d.toks[e-1].w != ")" {
		return b
	}
	o := d.openParen(q, e-1)
	if o <= q || e-1-o < 5 {
		return b
	}
	for k := o + 1; k < e-1; k++ {
		if pos.IsFinite(d.toks[k].tag) {
			return o
		}
	}
	return b
}

// leadingClauseEnd returns the comma that closes a sentence-initial adverbial
// clause ("Though she called ..., Adeyemi ...") when the content starting at q
// lies inside it, else b.
func (d *doc) leadingClauseEnd(q, b int) int {
	a := d.cur[0]
	if d.cur[1] <= d.cur[0] || q < a || q >= d.cur[1] {
		return b
	}
	// the clause holding the content opens at the sentence start or after
	// the last comma before it ("Once in my twenties, when my mother
	// mentioned it, I laughed")
	sc := a
	for k := q - 1; k > a; k-- {
		if (d.toks[k].w == "," || d.toks[k].w == ":") && d.toks[k].q < 0 {
			sc = k + 1 // (a colon opens a clause too: "the gathering: As he welcomed ...,")
			break
		}
	}
	for k := q - 1; k > sc; k-- {
		// a subordinate clause opened after "and": "... and once he has said his
		// note, she wants to turn the page"
		if (subordinators[d.toks[k].lw] || d.toks[k].lw == "once" || d.toks[k].lw == "despite") && !d.toks[k].cap && d.toks[k].lw != "as" &&
			(d.toks[k-1].lw == "and" || d.toks[k-1].lw == "but") {
			sc = k
			break
		}
	}
	// "But just as Varga’s slump had donors wondering about ..., Adeyemi's
	// scare has ...": a conjunction and an adverb before the subordinator
	justAs := false
	if sc == a {
		k := sc
		for k+1 < q && (d.toks[k].lw == "but" || d.toks[k].lw == "and" || d.toks[k].lw == "yet") {
			k++
		}
		if k+1 < q && (d.toks[k].lw == "just" || d.toks[k].lw == "even") && d.toks[k+1].lw == "as" {
			justAs = true
		} else if k > sc && k+1 < q && leadingSubordinator(d.toks[k].lw) {
			sc = k // "But if ...,", "And when ...,"
		}
	}
	timeClause := sc == a && sc+1 < q && d.toks[sc].lw == "the" && clauseTimes[d.toks[sc+1].lw] && !d.toks[sc+1].cap // "The morning Mr. Okafor unveiled ..., he"
	// "As far as whether the mayor still feels pressure ..., the mayor
	// acknowledged ...", "As for ..., ...": a topic opening the sentence
	topic := sc+2 < q && d.toks[sc].lw == "as" && (d.toks[sc+1].lw == "far" && d.toks[sc+2].lw == "as" || d.toks[sc+1].lw == "for")
	// "As she greeted a few dozen visitors, Otieno ...": a clause of time
	// with its own subject ("As Varga noted, ..." has its content after the
	// comma, outside the clause)
	asClause := (sc == a || d.toks[sc-1].w == ":") && sc+2 < q && d.toks[sc].lw == "as" && (subjectPronouns[d.toks[sc+1].lw] || d.toks[sc+1].cap) && d.toks[sc+1].lw != "it" &&
		!timeAdverbs[d.toks[q].lw] && d.toks[q].w != ","
	if st := d.toks[sc]; !timeClause && !topic && !asClause && !justAs && (!leadingSubordinator(st.lw) && st.lw != "despite" || sc > a && st.cap) {
		return b
	}
	for k := q + 1; k+1 < b; k++ {
		t := d.toks[k]
		if t.w == "," && t.q < 0 && !t.mark {
			n := d.toks[k+1]
			if n.cap || subjectPronouns[n.lw] || determiners[n.lw] || d.clauseStart(k+1, b) || mainOpeners[n.lw] {
				return k
			}
		}
	}
	return b
}

// timeAdverbs may follow a cue before its content: "As I said earlier, ...".
var timeAdverbs = set("earlier", "later", "before", "previously", "recently", "then", "yesterday", "today",
	"again", "once", "often")

// thatSubordinate reports whether the that-clause at q opens with a
// subordinate clause that the comma at k closes: "worried that if the state
// blocked the merger, the union could strike ...", "said that, if chosen, she
// would ...". The clause after the comma is still the content's.
func (d *doc) thatSubordinate(q, k int) bool {
	if q+2 >= k || d.toks[q].lw != "that" {
		return false
	}
	s := q + 1
	if d.toks[s].w == "," {
		s++ // the subordinate clause set off by commas: "that, if elected, ..."
	}
	if s+1 >= k || !leadingSubordinator(d.toks[s].lw) {
		return false
	}
	for m := s + 1; m < k; m++ {
		if d.toks[m].w == "," {
			return false
		}
	}
	return true
}

// asIssued are the verbs of issuing a statement that open a clause of time
// after "as": "... on Friday as she released a memo ...".
var asIssued = set("issued", "released", "published", "posted", "sent", "signed", "delivered", "unveiled")

// mainOpeners open a main clause after a leading clause's comma: "If I don't
// believe in something, why would I ...", "If ..., then ...".
var mainOpeners = set("why", "how", "what", "where", "who", "then", "there")

// objectEnd returns where a content that is a noun phrase object ends: at a
// comma before a participle, a relative pronoun or a subordinator ("cited
// criticism of Tom Brandt, who drew flak for ...", "the figure at the forum,
// further raising ...") or at a dash, unless a finite verb follows the aside
// (then the noun phrase is a subject); b when the content is a clause (a
// finite verb comes first) or nothing ends it.
func (d *doc) objectEnd(q, b int) int {
	if q >= b {
		return b
	}
	switch t := d.toks[q]; {
	case t.lw == "that" || t.q >= 0 || t.mark || auxiliaries[t.lw] || subjectPronouns[t.lw]:
		return b
	case !npTags[t.tag] && t.tag != "PRP$" && t.tag != "DT":
		return b // "said at least 116 people died ...": not a noun phrase
	}
	nouns := 0
	for k := q; k+1 < b; k++ {
		t := d.toks[k]
		if t.q >= 0 || t.mark {
			if e := d.quotedNameEnd(k, b); e > 0 {
				return e // "what he called a “tirade,” a string of letters ...": the name alone
			}
			return b // a quotation inside: its extent rules
		}
		if (pos.IsFinite(t.tag) || t.tag == "MD") && !(t.tag == "VBD" && k > q && pos.IsNoun(d.toks[k-1].tag) && d.toks[k+1].lw == "by") {
			return b // a clause: "the plan would fail" (not "the forum viewed by 14.7 million")
		}
		if pos.IsNoun(t.tag) || t.tag == "JJ" && k > q && d.toks[k-1].tag == "DT" {
			nouns++ // (an adjective after its article heads a phrase too: "the same")
		}
		if nouns == 0 || k == q {
			continue
		}
		n := d.toks[k+1]
		if n.tag == "RB" && k+2 < b && d.toks[k+2].tag == "VBG" {
			n = d.toks[k+2] // ", further raising ..."
		}
		if t.w == "," {
			if h := d.hedgeEnd(k+1, b); h > k+1 && h < b && subordinators[d.toks[h].lw] && d.toks[h].lw != "as" {
				n = d.toks[h] // ", in large part because ...", ", partly because ..."
			}
		}
		if t.w == "," && n.lw == "including" {
			// "complained about the power of trade lobbies, including the one
			// ...": the examples are the object's (not "..., including Smith
			// -- “...”": a statement of Smith's follows)
			plain := true
			for m := k + 2; m < b && plain; m++ {
				plain = d.toks[m].q < 0 && !d.toks[m].mark && !dashes[d.toks[m].w] && d.toks[m].w != ":"
			}
			if plain {
				continue
			}
		}
		switch {
		case t.w == "," && (n.tag == "VBG" && !n.cap || n.lw == "who" || n.lw == "which" || subordinators[n.lw] && n.lw != "as"):
			if d.verbAfterAside(k+1, b) {
				return b // "the road itself, which is straight, will be examined": a subject
			}
			return k
		case dashes[t.w] && !d.verbAfterAside(k+1, b):
			return k
		case (t.lw == "amid" || t.lw == "amidst") && k > q+1 && d.unsourcedAhead(k+1, b):
			return k // "proposing wide new flood works amid rising fears that ...": a statement of its own
		case t.w == "," && (n.lw == "and" || n.lw == "but") && k+2 < b && (d.clauseAhead(k+2, b) || d.participleClause(k+2, b)):
			return k // "posted the letter, and lawyers for the tenants shared it"
		}
	}
	return b
}

// unsourcedAhead reports whether a noun that makes a statement with no one
// named for it ("concerns", "reports", "allegations") opens at k after at
// most two modifiers and is followed by "that".
func (d *doc) unsourcedAhead(k, b int) bool {
	for m := k; m < b && m <= k+2; m++ {
		t := d.toks[m]
		if unsourcedNouns[t.lw] {
			return m+1 < b && d.toks[m+1].lw == "that"
		}
		if t.tag != "JJ" && t.tag != "VBG" && t.tag != "RB" && t.tag != "DT" {
			return false
		}
	}
	return false
}

// hedgeEnd returns the end of a degree phrase opening at k before a
// subordinator ("in large part", "in part", "partly", "largely", "not
// least"), k when there is none.
func (d *doc) hedgeEnd(k, b int) int {
	if k+1 < b && d.toks[k].lw == "in" {
		m := k + 1
		if m < b && (d.toks[m].lw == "large" || d.toks[m].lw == "great" || d.toks[m].lw == "small") {
			m++
		}
		if m < b && d.toks[m].lw == "part" {
			return m + 1
		}
		return k
	}
	if k+1 < b && d.toks[k].lw == "not" && d.toks[k+1].lw == "least" {
		return k + 2
	}
	m := k
	for m < b && m < k+2 && reasonHedges[d.toks[m].lw] {
		m++
	}
	return m
}

// reasonHedges are the adverbs that may open a reason clause after a comma:
// ", largely because ...". Adverbs of time ("shortly before") are not among
// them: their clause is an aside inside the phrase.
var reasonHedges = set("partly", "largely", "mainly", "mostly", "chiefly", "primarily", "perhaps", "possibly",
	"probably", "especially", "particularly", "apparently", "presumably", "simply", "precisely", "only", "likely")

// quotedNameEnd returns the end of a short quotation opening at k that
// closes on a comma and is followed by an appositive with no quotation of its
// own ("called a “tirade,” a string of angry letters ..."): the object ends at
// the closing mark. It returns 0 when the quotation runs on, is long, or a
// list or clause follows.
func (d *doc) quotedNameEnd(k, b int) int {
	p := d.passageStarting(k)
	if p < 0 || !d.pass[p].closed {
		return 0
	}
	_, e := d.tokenRange(d.pass[p].span())
	if e-k > 8 || e >= b || d.toks[e-2].w != "," {
		return 0
	}
	if n := d.toks[e]; n.q >= 0 || n.mark || !(n.tag == "DT" || n.tag == "JJ" || pos.IsNoun(n.tag)) || n.cap {
		return 0
	}
	for m := e; m < b; m++ {
		if d.toks[m].mark || d.toks[m].q >= 0 {
			return 0
		}
	}
	return e
}

// participleClause reports whether a noun phrase at i is followed by a
// participle with an object, which the tagger reads for a past verb:
// "attorneys for the family released/VBN it".
func (d *doc) participleClause(i, b int) bool {
	k := i
	for k < b && k < i+8 && (npTags[d.toks[k].tag] || d.toks[k].tag == "IN" && k > i) && d.toks[k].q < 0 && !d.toks[k].mark {
		k++
	}
	return k > i && k+1 < b && d.toks[k].tag == "VBN" && (d.toks[k+1].tag == "PRP" || d.toks[k+1].tag == "DT")
}

// verbAfterAside reports whether the aside opening at k (a relative clause, a
// participle, a dash) closes with a comma or dash followed by a finite verb,
// so that the noun phrase before it is a subject ("Leonov, who died in Moscow,
// will be buried").
func (d *doc) verbAfterAside(k, b int) bool {
	for m := k + 1; m+1 < b; m++ {
		if t := d.toks[m]; t.w == "," || dashes[t.w] {
			n := d.toks[m+1]
			return pos.IsFinite(n.tag) || n.tag == "MD"
		}
	}
	return false
}

// insideParens reports whether token q lies inside parentheses opened earlier
// in its sentence.
func (d *doc) insideParens(q int) bool {
	depth := 0
	for k := q - 1; k >= d.cur[0] && k >= 0; k-- {
		switch d.toks[k].w {
		case ")":
			depth++
		case "(":
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}

// openDash returns the dash that opens an aside holding token q in its
// sentence (an odd number of that dash before q), "" when q is not inside one.
func (d *doc) openDash(q int) string {
	count := map[string]int{}
	last := ""
	for k := q - 1; k >= d.cur[0] && k >= 0; k-- {
		if w := d.toks[k].w; dashes[w] {
			count[w]++
			if last == "" {
				last = w
			}
		}
	}
	if last != "" && count[last]%2 == 1 {
		return last
	}
	return ""
}

// clauseStart reports whether a short noun phrase at i is followed by a
// finite verb, by the tags: "voters should know ...", "prices rose ...".
func (d *doc) clauseStart(i, b int) bool {
	for k := i; k < b && k < i+4; k++ {
		t := d.toks[k]
		if t.q >= 0 || t.mark {
			return false
		}
		if pos.IsFinite(t.tag) {
			return k > i
		}
		if !npTags[t.tag] {
			return false
		}
	}
	return false
}

// infinitiveEnd returns where an infinitive content starting at q ends before
// b: at a comma and "but", "and" or "yet" that open a clause with a subject of
// its own ("wants to make tuition free, but her plan would require ..."), or
// b.
func (d *doc) infinitiveEnd(q, b int) int {
	for k := q + 2; k+3 < b; k++ {
		if d.toks[k].w != "," || d.toks[k].q >= 0 {
			continue
		}
		if c := d.toks[k+1].lw; c != "but" && c != "and" && c != "yet" {
			continue
		}
		s := k + 2
		if !subjectPronouns[d.toks[s].lw] && !determiners[d.toks[s].lw] && !possessives[d.toks[s].lw] {
			continue
		}
		for m := s + 1; m < b && m <= s+6; m++ {
			t := d.toks[m]
			if pos.IsFinite(t.tag) || t.tag == "MD" {
				return k // "..., and the union also stepped in"
			}
			if !npTags[t.tag] && t.tag != "POS" && t.tag != "RB" {
				break
			}
		}
	}
	return b
}

// clauseTimes are the nouns of time that open an adverbial clause without a
// subordinator ("The morning Mr. Okafor unveiled the plan, he ...").
var clauseTimes = set("morning", "day", "night", "week", "month", "year", "afternoon", "evening", "moment", "time")

// coordinatedCue returns where a content starting at q must stop because a
// second statement is coordinated with the first ("..., and he noted that",
// "... and said she would"): the conjunction's index, or b.
func (d *doc) coordinatedCue(q, b int) int {
	if d.insideParens(q) {
		// "(a view echoed by everyone I asked)": the aside ends the statement
		for k := q + 1; k < b; k++ {
			if d.toks[k].w == ")" {
				b = k
				break
			}
		}
	}
	if w := d.openDash(q); w != "" {
		// "Mensah ― who coached the team ― was injured": the aside ends it
		for k := q + 1; k < b; k++ {
			if d.toks[k].w == w {
				b = k
				break
			}
		}
	}
	for k := q + 1; k+1 < b; k++ {
		t := d.toks[k]
		if t.mark && k > q+1 && d.passageEnding(k) >= 0 && d.toks[k-1].w == "," && k+1 < b {
			// "... as a “strong leader,” comparing him to ...": a participle cue of its own
			if n := d.toks[k+1]; !n.cap && n.q < 0 {
				if ci, ok := cueWords[n.lw]; ok && ci.ing && ci.class == classSpeech && !ci.particle {
					return k + 1
				}
			}
		}
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
		if t.w == "," && k > q {
			// ", though ...", ", saying that ...": the statement ends here
			n := d.toks[k+1]
			if n.lw == "though" || n.lw == "although" || n.lw == "despite" {
				return k
			}
			if n.lw == "not" && k+2 < b && (d.toks[k+2].lw == "that" || d.toks[k+2].lw == "because") {
				return k // "he is calling for a process ..., not that he is calling for ...": a correction of its own
			}
			if n.lw == "with" {
				// ", with experts offering ...", ", with Okafor expected to visit ...":
				// an absolute clause with a statement of its own
				for m := k + 2; m < b && m <= k+10; m++ {
					tm := d.toks[m]
					participle := tm.tag == "VBG" || tm.tag == "VBN" || tm.tag == "VBD" && m+1 < b && d.toks[m+1].lw == "to"
					if tm.q >= 0 || tm.mark || tm.w == "," || !(npTags[tm.tag] || tm.tag == "CC" || participle) {
						break
					}
					if ci, ok := cueWords[tm.lw]; ok && !ci.particle && participle && m > k+2 {
						return k
					}
					if m+1 < b && (unsourcedObjects[tm.lw] && stancePrepositions[d.toks[m+1].lw] || unsourcedNouns[tm.lw] && d.toks[m+1].lw == "that") {
						return k // ", with claims of abuse ...": a claim no one is named for
					}
				}
			}
			if ci, ok := cueWords[n.lw]; ok && ci.ing && !n.cap && ci.class == classSpeech {
				return k
			}

			if (n.lw == "aside" || n.lw == "apart") && k+3 < b && d.toks[k+2].lw == "from" || n.lw == "besides" && k+2 < b {
				// ", aside from saying ...": a statement of its own
				m := k + 3
				if n.lw == "besides" {
					m = k + 2
				}
				if ci, ok := cueWords[d.toks[m].lw]; ok && ci.ing && ci.class == classSpeech {
					return k
				}
			}
			if (n.lw == "who" || n.lw == "which" || k+4 < b && d.toks[k+2].lw == "of" && (d.toks[k+3].lw == "whom" || d.toks[k+3].lw == "which")) && k+2 < b {
				// ", which first reported ...", ", who says ...", ", most of whom
				// had announced ...": a relative clause that is a statement of its own
				m := k + 2
				if d.toks[k+2].lw == "of" {
					m = k + 4
				}
				aux := false
				for x := 0; x < 3 && m+1 < b && (d.toks[m].tag == "RB" || auxiliaries[d.toks[m].lw]); x++ {
					aux = aux || auxiliaries[d.toks[m].lw]
					m++ // "who had previously announced"
				}
				if ci, ok := cueWords[d.toks[m].lw]; ok && !ci.ing && !d.toks[m].cap && (pos.IsFinite(d.toks[m].tag) || aux && pos.IsVerb(d.toks[m].tag)) && d.toks[m].q < 0 &&
					!d.lightWithoutNoun(ci, m, b) {
					return k
				}
			}
			if n.tag == "RB" && k+2 < b {
				// ", even suggesting ...", ", again calling ..."
				if n2 := d.toks[k+2]; !n2.cap && n2.q < 0 {
					if ci, ok := cueWords[n2.lw]; ok && ci.ing && ci.class == classSpeech {
						return k
					}
				}
			}
			if n.lw == "yet" || d.whatAside(k+1, b) {
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
				if ci, ok := cueWords[tm.lw]; ok && (!ci.particle || m+1 < b && particles[ci.lemma][d.toks[m+1].lw]) && !ci.ing && !tm.cap && !d.nounContext(k, m) && !ambiguousNoun[tm.lw] && !d.lightWithoutNoun(ci, m, b) {
					if s, e, ok := d.leftSource(st, d.cuePrefixStart(st, m)); ok && s == st &&
						(d.toks[e-1].cap || subjectPronouns[d.toks[e-1].lw] && d.toks[e-1].lw != "it") &&
						!(d.toks[q].lw == "that" && !d.hasVerb(q+1, k)) && !d.thatSubordinate(q, k) {
						// (not the verb a that-clause still waits for: "noted that at
						// one of his first meetings, in 1972, he supported ...")
						return k
					}
					break
				}
			}
			continue
		}
		if t.w == ";" && k+2 < b && d.clauseAhead(k+1, b) {
			// "... would raise $1.1 trillion; the Tax Foundation puts the figure
			// at ...": a new clause after a semicolon is the writer's
			return k
		}
		if t.w == "―" || t.w == "—" || t.w == ";" || t.w == "–" {
			// "... ― as was true for years ― Varga boasted, ...": a new statement
			for m := k + 2; m < b && m < k+20; m++ {
				tm := d.toks[m]
				if tm.q >= 0 || tm.mark {
					break
				}
				if ci, ok := cueWords[tm.lw]; ok && ci.class == classSpeech && !ci.ing && !ci.particle && !tm.cap && !d.nounContext(k, m) && !d.lightWithoutNoun(ci, m, b) {
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
		if (t.lw == "although" || t.lw == "though" || t.lw == "whereas" || (t.lw == "because" || timeSubordinators[t.lw]) && d.objectContent(q, k)) &&
			k > q+1 && d.toks[k-1].w != "," {
			// "called the hearing because they felt ...": a subordinate clause
			// with a statement of its own (a reason given inside a reported
			// clause is the speaker's: "said she would not vote because she
			// doubted ...")
			for m := k + 2; m < b && m <= k+5; m++ {
				tm := d.toks[m]
				if tm.q >= 0 || tm.mark || tm.w == "," {
					break
				}
				if ci, ok := cueWords[tm.lw]; ok && !ci.particle && !ci.ing && !tm.cap && !ambiguousNoun[tm.lw] && !d.lightWithoutNoun(ci, m, b) {
					if s, e, ok := d.leftSource(k+1, d.cuePrefixStart(k+1, m)); ok && s == k+1 &&
						(d.toks[e-1].cap || subjectPronouns[d.toks[e-1].lw] && d.toks[e-1].lw != "it") {
						return k
					}
					break
				}
			}
		}
		if t.lw == "as" && k > q+1 && k+2 < b && d.toks[k-1].w != "," && subjectPronouns[d.toks[k+1].lw] && d.toks[k+1].lw != "it" {
			// "... on Friday as she released a memo ...": a clause of time
			// with a statement of its own
			if ci, cue := cueWords[d.toks[k+2].lw]; cue && ci.class == classSpeech && !ci.particle || asIssued[d.toks[k+2].lw] {
				return k
			}
		}
		if t.cap && (t.lw == "the" || t.lw == "a" || t.lw == "an") && k > q+1 && d.toks[k-1].word && !d.toks[k-1].cap {
			// "... of the river ports The ministry said it would ...": a
			// sentence whose full stop was lost, with a statement of its own
			for m := k + 2; m < b && m <= k+6; m++ {
				tm := d.toks[m]
				if tm.q >= 0 || tm.mark || tm.w == "," {
					break
				}
				if ci, ok := cueWords[tm.lw]; ok && ci.class == classSpeech && !ci.ing && !ci.particle && !tm.cap {
					if s, _, ok := d.leftSource(k, d.cuePrefixStart(k, m)); ok && s == k {
						return k
					}
					break
				}
			}
		}
		if t.lw == "while" && k > q+1 && k+1 < b {
			// "... - while chanting, “...”": a participle cue after "while" (not
			// "as": "cited X, as saying ..." is one statement)
			if ci, ok := cueWords[d.toks[k+1].lw]; ok && ci.ing && ci.class == classSpeech && !ci.particle && d.toks[k+1].q < 0 {
				e := k
				for e > q && (d.toks[e-1].w == "," || dashes[d.toks[e-1].w]) {
					e--
				}
				return e
			}
		}
		if (t.lw == "or" || t.lw == "and") && k+2 < b && k > q+1 && d.toks[k+1].tag == "VB" && whWords[d.toks[k+2].lw] {
			// "declines to publish the audit or explain how the fund
			// lost the money": a second infinitive cue with its own question
			if ci, ok := cueWords[d.toks[k+1].lw]; ok && ci.class == classSpeech && !ci.particle {
				return k
			}
		}
		if t.lw == "and" && k+1 < b {
			// "touting their record and saying ...": a second participle cue (but
			// "suggested looking at ... and asking ...": a second gerund object)
			if ci, ok := cueWords[d.toks[k+1].lw]; ok && ci.ing && !ci.particle && d.toks[k+1].q < 0 && d.toks[q].tag != "VBG" {
				return k
			}
		}
		if t.lw != "and" && t.lw != "but" && t.lw != "while" && t.lw != "which" {
			continue
		}
		if d.toks[q].lw == "that" && d.toks[k+1].lw == "that" {
			continue // "said that ..., and that he might ...": a second clause of the same statement
		}
		if (d.toks[k-1].w == "," || d.toks[k-1].mark && k-2 > q && d.toks[k-2].w == ",") && d.subordinateThenCue(k+1, b) {
			// "..., and when pressed on why ..., the mother replied, ..."
			if d.toks[k-1].mark {
				return k
			}
			return k - 1
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
				if m > k+1 && relativePronouns[d.toks[m-1].lw] {
					continue // "..., and the share of voters who accepted ...": the verb of a relative clause
				}
				if ci, ok := cueWords[tm.lw]; ok && (!ci.particle || m+1 < b && particles[ci.lemma][d.toks[m+1].lw]) && !tm.cap && !d.nounContext(k, m) && !d.lightWithoutNoun(ci, m, b) &&
					(!ambiguousNoun[tm.lw] || m == k+1 && m+1 < b && (d.toks[m+1].lw == "to" || d.toks[m+1].lw == "that")) {
					cut := k - 1
					if d.toks[cut].mark {
						cut = k // keep the closing quotation mark
					}
					if m == k+1 || ci.ing && m <= k+4 || d.cuePrefixStart(k+1, m) == k+1 || d.used[m] && d.src[k+1] {
						// "..., and said ...", "..., but stopped short of calling", "..., and has
						// called for"; "..., and they’ve said ..." already taken as a statement
						return cut
					}
					if _, _, ok := d.leftSource(k+1, d.cuePrefixStart(k+1, m)); ok {
						return cut
					}
				}
			}
		}
		if t.lw == "but" && (d.toks[k-1].w == "," || d.toks[k-1].mark && k-2 > q && d.toks[k-2].w == ",") && d.newClause(k+1, b) {
			// "promising lower taxes, but he has also intensified ...": the
			// writer's clause, not the speaker's
			if d.toks[k-1].mark {
				return k
			}
			return k - 1
		}
		if t.lw == "while" || t.lw == "which" {
			continue
		}
		if wh := d.toks[k+1].lw; (wh == "how" || wh == "why" || wh == "what" || wh == "whether" || wh == "where") && k+3 < b && d.whClauseCue(q) {
			// "what the mayor says the levy would raise and how analysts say it
			// would be spent": a coordinated wh-clause with a statement of its
			// own (not after a content of another shape: "spoke about the
			// problems he saw — and why he believes ...")
			for m := k + 3; m < b && m <= k+6; m++ {
				tm := d.toks[m]
				if tm.q >= 0 || tm.mark || tm.w == "," {
					break
				}
				if ci, ok := cueWords[tm.lw]; ok && !ci.particle && !ci.ing && !tm.cap {
					if s, _, ok := d.leftSource(k+2, d.cuePrefixStart(k+2, m)); ok && s == k+2 {
						return k
					}
					break
				}
			}
		}
		m := k + 1
		share := k+3 < b && d.toks[k+1].tag == "CD" && (d.toks[k+2].lw == "percent" || d.toks[k+2].w == "%")
		if subjectPronouns[d.toks[m].lw] && d.toks[m].lw != "it" || d.toks[m].cap {
			m++
		} else if share {
			m = k + 3 // a share of a poll: "and 1 percent support ..."
		} else {
			// a short noun phrase by its tags: "and traders accused", "and the
			// two unions said"
			for m < b && m < k+4 && npTags[d.toks[m].tag] && d.toks[m].q < 0 {
				m++
			}
		}
		for m < b && m < k+5 && (cuePrefix[d.toks[m].lw] || strings.HasSuffix(d.toks[m].lw, "ly") || share && d.toks[m].tag == "MD") {
			m++ // (a share's modal: "and 39 percent would back Varga")
		}
		if m >= b {
			continue
		}
		ci, ok := cueWords[d.toks[m].lw]
		if ok && d.lightWithoutNoun(ci, m, b) {
			ok = false // "lost control and left the road": a light verb without its noun says nothing
		}
		if pv, poll := pollVerbs[d.toks[m].lw]; !ok && poll && share {
			ci, ok = pv, true // "and 39 percent would back Varga"
		}
		if !ok && t.lw == "and" {
			// "... and seemed to think ...": a raising verb before the second cue
			for m2 := k + 2; m2 < b && m2 <= k+4; m2++ {
				ci2, ok2 := cueWords[d.toks[m2].lw]
				if !ok2 && makeForms[d.toks[m2].lw] && d.speechObject(m2+1, b) > m2+1 {
					ci2, ok2 = cueInfo{class: classSpeech, lemma: "make"}, true // "and attempted to make the case that"
				}
				if ok2 && !ci2.ing && !ci2.particle && !d.toks[m2].cap &&
					d.toks[m2-1].lw == "to" && d.cuePrefixStart(k+1, m2) == k+1 {
					e := k
					for e > q && d.toks[e-1].w == "," {
						e--
					}
					return e
				}
			}
		}
		if !ok || ci.particle && !(m+1 < b && particles[ci.lemma][d.toks[m+1].lw]) || d.toks[m].cap || ci.ing {
			continue
		}
		if ci.class != classSpeech && !(share && m >= k+3) && !(m == k+1 && pos.IsFinite(d.toks[m].tag) && d.toks[m].tag != "VBP" && m+1 < b &&
			(d.hasComplement(m+1, b) || cuePrepositions[d.toks[m+1].lw] || particles[ci.lemma][d.toks[m+1].lw])) {
			// (a past or third-person verb right after "and" is a predicate
			// of its own: "asked Adeyemi about her budget and decided against
			// fact-checking Varga")
			// (a share of a poll with a view of its own: "... and 1 percent
			// support Jill Stein")
			continue
		}
		if m == k+1 && m+1 < b && ci.particle && d.toks[q].lw == "that" {
			// "claimed that Varga skipped the visit and referred to the
			// soldiers as ...": a phrasal verb with no clause of its own after
			// a that-clause with a subject and finite verb of its own
			// continues that clause
			n := d.toks[m+1]
			inner := false
			for x := q + 2; x < k; x++ {
				inner = inner || pos.IsFinite(d.toks[x].tag) && pos.IsNoun(d.toks[x-1].tag)
			}
			if inner && !n.mark && n.lw != "that" && !subjectPronouns[n.lw] && n.w != ":" && n.w != "," {
				continue
			}
		}
		// the second verb needs a content of its own, or the tags must read it
		// as the finite verb of a clause with its own subject ("... and
		// Democrats accused the party of ...")
		if m+1 < b && (m == k+1 || d.toks[m+1].lw == "that" || d.toks[m+1].mark || subjectPronouns[d.toks[m+1].lw] ||
			d.toks[m+1].w == ":" || d.toks[m+1].w == "," || m > k+1 && pos.IsFinite(d.toks[m].tag) || share) {
			e := k
			for e > q && (d.toks[e-1].w == "," || d.toks[e-1].w == "—" || d.toks[e-1].w == "–") {
				e--
			}
			return e
		}
	}
	return b
}

// whClauseCue reports whether the cue of a content starting at q stands in
// a wh-clause: "what Varga says [his plan would do]".
func (d *doc) whClauseCue(q int) bool {
	for k := q - 1; k >= d.cur[0] && k >= q-5; k-- {
		switch d.toks[k].lw {
		case "what", "how", "why", "whether", "where":
			return true
		}
	}
	return false
}

// timeSubordinators open a clause of time that may follow an object content:
// "described her as a disgrace after she attacked ...".
var timeSubordinators = set("after", "when", "before", "while", "since")

// objectContent reports whether the content [q, k) is a noun phrase object
// rather than a reported clause: it opens with no "that", verb or subject
// with a verb of its own, and holds no comma outside quotations.
func (d *doc) objectContent(q, k int) bool {
	t := d.toks[q]
	if t.lw == "that" || t.q >= 0 || t.mark || pos.IsVerb(t.tag) || auxiliaries[t.lw] || d.clauseAhead(q, k) {
		return false
	}
	for m := q; m < k; m++ {
		if d.toks[m].w == "," && d.toks[m].q < 0 {
			return false
		}
	}
	return true
}

// subordinateThenCue reports whether a subordinate clause opens at token i
// and the main clause after its comma has a speech cue with a subject of its
// own: "when pressed on why ..., the mother replied".
func (d *doc) subordinateThenCue(i, b int) bool {
	if i >= b || !subordinators[d.toks[i].lw] || d.toks[i].cap {
		return false
	}
	c := -1
	for k := i + 1; k < b && k <= i+15; k++ {
		t := d.toks[k]
		if t.q >= 0 || t.mark || d.isTerminal(k) {
			return false
		}
		if t.w == "," {
			c = k
			break
		}
	}
	if c < 0 {
		return false
	}
	for m := c + 2; m < b && m <= c+8; m++ {
		tm := d.toks[m]
		if tm.q >= 0 || tm.mark || tm.w == "," {
			return false
		}
		if ci, ok := cueWords[tm.lw]; ok && ci.class == classSpeech && !ci.ing && !ci.particle && !tm.cap {
			s, _, ok := d.leftSource(c+1, d.cuePrefixStart(c+1, m))
			return ok && s == c+1
		}
	}
	return false
}

// whatAside reports whether the phrase opening at i after a comma holds a
// free relative with a statement of its own: ", amounting to what the
// senators said was ...", ", in what analysts described as ...". The
// writer's comment on the clause before is not part of its content.
func (d *doc) whatAside(i, b int) bool {
	k := i
	if k < b && d.toks[k].tag == "VBG" {
		k++ // "amounting", "creating"
	}
	if k < b && (d.toks[k].tag == "IN" || d.toks[k].tag == "TO") && d.toks[k].lw != "because" {
		k++ // "in", "to"
	}
	if k == i || k >= b || d.toks[k].lw != "what" {
		return false // not a list of clauses: ", what he sees as his duties"
	}
	for m := k + 2; m < b && m <= k+5; m++ {
		tm := d.toks[m]
		if tm.q >= 0 || tm.mark || !tm.word {
			return false
		}
		if ci, ok := cueWords[tm.lw]; ok && !ci.ing && !ci.particle && !tm.cap && pos.IsFinite(tm.tag) {
			s, _, ok := d.leftSource(k+1, d.cuePrefixStart(k+1, m))
			return ok && s == k+1
		}
	}
	return false
}

// npTags are the part-of-speech tags of words inside a short noun phrase.
var npTags = set("DT", "JJ", "CD", "NN", "NNS", "NNP", "NNPS", "PRP$")

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
		if d.quotedTitle(p) {
			return nil, false // "On Sunday's edition of “The Harbor Hour,” he said ..."
		}
		if s := d.quoteClauseStart(a, p); s >= 0 && !(c < len(d.toks) && d.toks[c].lw == "according" || c+1 < len(d.toks) && d.toks[c+1].lw == "according") {
			// "... make it plain that the first goal ''is cutting the
			// waiting lists in half,'' Ms. Otieno said.": a partial quotation
			// ends the clause the speaker said
			d.passUsed[p] = true
			d.markUsed(s, j+1)
			return []newsgraph.Span{d.span(s, j+1)}, true
		}
		return d.takePassage(p), true
	}
	if j == c-1 && (d.toks[j].tag == "IN" || d.toks[j].tag == "TO") && d.toks[j].lw != "that" {
		return nil, false // a preposition right before the speaker: "People Republicans talked to about X have refused"
	}
	if j == c-1 && d.toks[j].word && !d.toks[j].cap && freeRelatives[d.toks[j].lw] {
		return nil, false // a clause without its relative pronoun: "did nothing he was telling them to fix"
	}
	if d.used[j] {
		return nil, false
	}
	if d.cur[1] > d.cur[0] && d.question(d.cur[0], d.cur[1]) {
		return nil, false // "Can we map the reefs where the corals may recover first?": a question
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
	if lw := d.toks[e-1].lw; lw == "whether" || lw == "that" || lw == "if" || subordinators[lw] {
		return nil, false // "We are trying to see whether [the cells respond]": the cue's clause is inside
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
			m++ // the comma inside a closing quotation: "on “The Night Desk,” Varga"
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
	if words == 3 && s == a && d.shortClaim(s, e) {
		words++ // "People like Mensah, he said."
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

// runOn are the conjunctions after which a clause split by a parenthetical
// cue may run on: "..., she said, and ...", "..., he said, because ...".
var runOn = set("and", "but", "since", "because")

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
			return true // "..., the minister said Friday as she left the meeting."
		}
		if !timeWords[t.lw] {
			n++
		}
	}
	return n <= 1
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

// shortClaim reports whether the three words [s, e) opening a sentence are a
// noun phrase that can stand as a statement on its own ("People like Mensah,
// he said"), not an adverbial ("Most of all", "Last year").
func (d *doc) shortClaim(s, e int) bool {
	for k := s; k < e; k++ {
		if t := d.toks[k]; timeWords[t.lw] || timeUnits[t.lw] || sentenceAdverbs[t.lw] || t.lw == "all" {
			return false
		}
	}
	return pos.IsNoun(d.toks[s].tag) && pos.IsNoun(d.toks[e-1].tag)
}

// newClause reports whether a clause with its own subject pronoun or name and
// a finite verb opens at token i: "he has also intensified", "Smith left".
func (d *doc) newClause(i, b int) bool {
	if i+1 >= b {
		return false
	}
	t := d.toks[i]
	if !(subjectPronouns[t.lw] && t.lw != "it" && t.lw != "who" || t.tag == "NNP" && t.cap) {
		return false
	}
	k := i + 1
	for k < b && d.toks[k].tag == "NNP" && d.toks[k].cap {
		k++
	}
	for k < b && (d.toks[k].tag == "RB" || auxiliaries[d.toks[k].lw]) {
		if auxiliaries[d.toks[k].lw] {
			return true
		}
		k++
	}
	return k < b && pos.IsFinite(d.toks[k].tag)
}

// quoteAfterAdjunct returns where a quotation opens after an adjunct phrase
// and a comma that follow a cue ending at p ("saying during the debate last
// week, “That makes me smart”"), or -1.
func (d *doc) quoteAfterAdjunct(p, b int) int {
	if p >= b || d.toks[p].tag != "IN" || d.toks[p].lw == "that" {
		return -1
	}
	for k := p + 1; k < b && k <= p+10; k++ {
		t := d.toks[k]
		if t.w == "," || t.w == ":" {
			if k+1 < b && k > p+1 {
				if q := d.passageStarting(k + 1); q >= 0 && !d.passUsed[q] {
					return k + 1
				}
			}
			return -1
		}
		if t.q >= 0 || t.mark || pos.IsVerb(t.tag) || d.used[k] {
			return -1
		}
	}
	return -1
}

// clauseAhead reports whether a clause with its own subject opens at token i:
// a pronoun or a short noun phrase (by its tags) followed by a finite verb or
// an auxiliary.
func (d *doc) clauseAhead(i, b int) bool {
	if d.newClause(i, b) {
		return true
	}
	k := i
	for k < b && k < i+14 && (npTags[d.toks[k].tag] || d.toks[k].tag == "POS" || d.toks[k].tag == "JJR" || d.toks[k].tag == "JJS" ||
		d.toks[k].tag == "RBR" || d.toks[k].tag == "RBS" || d.toks[k].tag == "IN" && k > i ||
		d.toks[k].tag == "TO" && k > i && k+1 < b && !pos.IsVerb(d.toks[k+1].tag)) &&
		d.toks[k].q < 0 && !d.toks[k].mark {
		k++
	}
	return k > i && k < b && (pos.IsFinite(d.toks[k].tag) || d.toks[k].tag == "MD") && !d.toks[k].cap
}
