package quote

import (
	"strings"

	"github.com/newsgraph/newsgraph/pos"
)

// Sources: the noun phrase naming the speaker, before or after the cue.

// possessor returns the possessor right before token i: a possessive
// pronoun ("his"), or a name or noun phrase with its "'s" ("Varga's", "the
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

// npToken reports whether token i may be part of a source noun phrase.
func (d *doc) npToken(i int) bool {
	t := d.toks[i]
	if t.mark && d.possessiveMark(i) || t.nick {
		return true // "the teachers' union"; Marcia "Cia" Price
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
	if d.taggedNPWord(i) {
		return true
	}
	if t.cap {
		if sentenceAdverbs[t.lw] && i > 0 && d.toks[i-1].cap && d.toks[i-1].word && d.toks[i-1].e+1 >= t.s && i+1 < len(d.toks) && d.toks[i+1].word {
			return true // a word of a name: "a USA TODAY analysis"
		}
		return !(conjunctions[t.lw] || capBreak[t.lw] || npPrepositions[t.lw] || sentenceAdverbs[t.lw]) || t.lw == "and"
	}
	if t.lw == "by" && i > 0 && (docNouns[d.toks[i-1].lw] || strings.HasSuffix(d.toks[i-1].lw, "ed")) {
		return true // "a study by Harvard", "research conducted by the center"
	}
	if npBreak[t.lw] || conjunctions[t.lw] && t.lw != "and" || sentenceAdverbs[t.lw] {
		return false
	}
	if d.nounTag(i) && !t.cap {
		return true // "twenty-seven states", "the state attorney general"
	}
	if pos.IsFinite(t.tag) {
		return false // "help people", "sent the letter"
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

// taggedNPWord reports whether the part-of-speech tags put token i, which the
// word lists alone would read as a break, inside a noun phrase: a determiner
// before a noun ("These voters"), "to" between a noun and its object
// ("advisers to the governor", "her filing to the court"), a negation or
// "only" before a quantity ("not everyone", "Only 52 percent").
func (d *doc) taggedNPWord(i int) bool {
	if i+1 >= len(d.toks) {
		return false
	}
	t, n := d.toks[i], d.toks[i+1]
	switch {
	case t.tag == "DT" && (t.lw == "these" || t.lw == "those" || t.lw == "this"):
		return n.tag == "NNS" || n.tag == "NN" || n.tag == "JJ" || n.tag == "CD"
	case t.lw == "to" && t.tag == "TO" && i > 0:
		p := d.toks[i-1]
		return (p.tag == "NN" || p.tag == "NNS" || pos.IsNoun(p.tag) && !p.cap || p.lw == "close") &&
			(n.tag == "DT" || n.tag == "NNP" || n.tag == "PRP" || n.tag == "PRP$" || n.tag == "NNPS")
	case t.lw == "not" || t.lw == "only":
		return quantifiers[n.lw] || n.tag == "CD"
	case (t.tag == "JJ" || t.tag == "JJS") && !t.cap && i > 0:
		// an adjective the word lists read as an adverb: "the former first lady"
		p := d.toks[i-1].tag
		return (p == "DT" || p == "PRP$" || p == "JJ") && (n.tag == "JJ" || n.tag == "NN" || n.tag == "NNS")
	case t.tag == "RB" && strings.HasSuffix(t.lw, "ly") && i+2 < len(d.toks):
		// an adverb inside a modifier: "newly filed reports"
		return (n.tag == "VBN" || n.tag == "JJ") && pos.IsNoun(d.toks[i+2].tag)
	}
	return false
}

// quantifiers are pronouns and determiners of quantity that "not" or "only"
// may lead in a noun phrase.
var quantifiers = set("everyone", "everybody", "all", "many", "most", "some", "one", "a", "few", "half")

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
		// a party tag: "Rep. Ana Torres (D-N.M.)"
		o := d.openParen(a, j)
		if o < 0 {
			return 0, 0, false
		}
		if o+1 < j && !d.toks[o+1].cap && o-1 >= a {
			// an aside is not part of the speaker: "Mr. Haldane (a view echoed by ...)"
			s, _, ok := d.leftNP(a, o-1)
			return s, o, ok
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
		if d.adjectiveComma(k - 1) {
			k-- // "Oz's big, big boss"
			continue
		}
		if d.toks[k-1].w == "(" || !d.npToken(k-1) && !d.npInside(k-1, j) {
			// a relative clause inside the speaker's noun phrase: "Surety
			// companies that had insured the mines said"
			if r := d.relativeStart(a, k-1); r >= 0 && j+1-r <= 14 {
				if d.hasVerb(r+1, j+1) {
					k = r
					continue
				}
				// without a verb of its own the clause is the cue's ("it was
				// within the last 30 years that the valley has grown"), or "that"
				// is a determiner ("that freewheeling environment")
				if n := d.toks[r+1]; d.toks[r].lw == "that" && !n.cap && (n.tag == "JJ" || n.tag == "NN" || n.tag == "NNS") {
					k = r
				}
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
	if k < j && d.toks[k].lw == "and" && k-1 >= a && d.taken(k-1) {
		k++ // the rest of a list another statement took: "... Ruth Ames and [2 percent] support"
	}
	// drop a leading preposition phrase ("In one tweet Friday Varga"): keep the
	// trailing run of names
	for k < j && (npPrepositions[d.toks[k].lw] || d.toks[k].lw == "and" || !d.toks[k].word && d.toks[k].w != "(" ||
		k-1 >= a && (npPrepositions[d.toks[k-1].lw] || d.toks[k-1].lw == "by" || d.toks[k-1].lw == "during")) {
		if k-1 >= a && d.toks[k-1].lw == "with" && !d.toks[j].cap && d.toks[k].word && !npPrepositions[d.toks[k].lw] {
			break // "With Democratic leaders increasingly worried about": the whole phrase
		}
		// a leading preposition: keep only the final capitalised run
		m := j
		for m-1 > k && d.toks[m-1].cap {
			m--
		}
		k = m
		break
	}
	if j+1-k > 16 {
		return 0, 0, false
	}
	// a verb is not where a noun phrase starts ("would help people
	// understand"), nor an ordinal time ("the third time CORA said")
	for k < j && !d.toks[k].cap && (d.toks[k].tag == "VB" || d.toks[k].tag == "VBP" || d.toks[k].tag == "VBZ") {
		k++
	}
	for m := k; m < j; m++ {
		if (d.toks[m].lw == "time" || timeUnits[d.toks[m].lw] && m > k) && d.toks[m+1].cap && !d.toks[m].cap && d.toks[m+1].word {
			// (also "The morning Mr. Okafor unveiled ...")
			k = m + 1
			break
		}
	}
	if lw := d.toks[j].lw; k == j && (lw == "a" || lw == "an" || lw == "the") {
		return 0, 0, false // "to enact a highly anticipated treaty": no noun
	}
	if k > a && currencies[d.toks[k-1].w] {
		// a sum is not part of the speaker: "the $20 million experts say it costs"
		for k < j && d.toks[k].tag == "CD" {
			k++
		}
	}
	// a trailing time phrase is not part of the speaker: "Lindgren on Tuesday"
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
			if all && m+1 < e || lw == "on" && m+2 == e && outlets[d.toks[m+1].lw] {
				e = m // "Lindgren on Tuesday", "Moreau on Twitter"
			}
			break
		}
	}
	return k, e, true
}

// placePrepositions open a phrase of place or time, never a speaker.
var placePrepositions = set("near", "in", "on", "at", "from", "into", "onto", "through", "across", "behind", "beside",
	"inside", "outside", "within", "without", "during", "after", "before", "since", "until", "upon", "beneath", "amid")

// countedGroup are the words after which a number names a group of people:
// "the mother of three", "the three", "all four".
var countedGroup = set("of", "the", "all", "these", "those")

// dashes are the marks that set off an aside.
var dashes = set("--", "—", "–", "―")

// currencies are the currency signs that open a sum.
var currencies = set("$", "€", "£", "¥", "US$")

// hasVerb reports whether a verb or auxiliary lies in tokens [i, j).
func (d *doc) hasVerb(i, j int) bool {
	for k := i; k < j; k++ {
		if pos.IsVerb(d.toks[k].tag) || auxiliaries[d.toks[k].lw] {
			return true
		}
	}
	return false
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
			return true // "Lena Marsh, executive director of CORA, said"
		}
	}
	return determiners[lw] || lw == "who" || lw == "which" || strings.HasSuffix(lw, "ing") && !d.toks[i].cap || lw == "whose" || titles[lw] || d.toks[i].cap && !subjectPronouns[lw] ||
		nameModifiers[lw] && i+1 < len(d.toks) && d.toks[i+1].cap // "state Del. Jo Kemp"
}

// leftSource finds the source before cue token c (the first token of the cue
// including its prefix), within the sentence starting at a. Returns [s, e) or ok false.
func (d *doc) leftSource(a, c int) (int, int, bool) {
	s, e, ok := d.leftSourceRaw(a, c)
	if ok && e-s > 1 && d.toks[s].lw == "that" && !d.toks[s].cap && d.toks[s+1].tag != "NN" && d.toks[s+1].tag != "JJ" {
		s++ // "it should be clear that tenants need ...": the complementizer is not the speaker's
	}
	return s, e, ok
}

// leftSourceRaw is leftSource before its clean-up.
func (d *doc) leftSourceRaw(a, c int) (int, int, bool) {
	j := c - 1
	if j < a {
		return 0, 0, false
	}
	if d.relativePronoun(a, j) {
		// "the Saudi government, which has denied ...": PolNeAR's source is the pronoun
		return j, j + 1, true
	}
	if j-2 >= a && (d.toks[j].lw == "whom" || d.toks[j].lw == "which") && d.toks[j-1].lw == "of" && !d.taken(j-2) &&
		(npTags[d.toks[j-2].tag] || numberWords[d.toks[j-2].lw] || d.toks[j-2].tag == "JJS" || determiners[d.toks[j-2].lw]) && !d.toks[j-2].cap {
		return j - 2, j + 1, true // "families, many of whom say ..."
	}
	if j-2 >= a && d.contactRelative(j) && !d.taken(j) && !d.taken(j-1) {
		// a relative clause without a pronoun: "all the experts I interviewed said"
		if s, _, ok := d.leftNP(a, j-2); ok && d.goodSource(s, j-1) {
			return s, j + 1, true
		}
	}
	if dashes[d.toks[j].w] {
		// an aside between dashes: "Kall -- co-editor of a book on the debates -- said"
		taken := false // a token of the aside another statement took
		for k := j - 2; k > a && k > j-40; k-- {
			t := d.toks[k]
			if t.q >= 0 || t.mark {
				break
			}
			taken = taken || d.taken(k)
			if t.w == d.toks[j].w {
				relative := d.toks[k+1].lw == "who" || d.toks[k+1].lw == "which"
				if taken && !relative {
					break // (a relative clause may hold a statement of its own: "— who’s called for ... —")
				}
				if s, e, ok := d.leftNP(a, k-1); ok && e == k && (d.toks[k-1].cap || determiners[d.toks[s].lw]) && d.goodSource(s, e) {
					if relative {
						return s, e, true // "The film ― which weaves ... ― explains": the noun phrase alone
					}
					if s-2 >= a && d.toks[s-1].w == "," && d.toks[s-2].cap && !d.toks[s].cap && !d.taken(s-1) {
						// a name and its title before the aside: "John Dickey, the chief
						// executive of Ora Media -- the company that ... -- told me"
						if ns, ne, ok := d.leftNP(a, s-2); ok && ne == s-1 && d.toks[ns].cap && (ns == a || d.toks[ns-1].w != "," && d.toks[ns-1].tag != "IN") &&
							!d.onlyTimeTokens(ns, ne) {
							return ns, j + 1, true
						}
					}
					return s, j + 1, true
				}
				break
			}
		}
		return 0, 0, false
	}
	if d.toks[j].w == "," {
		if s, ok := d.ageOrHome(a, j); ok {
			return s, j + 1, true // "Jane Doe, 45, of Nakuru, said"
		}
		// an appositive: "Smith, a spokesman for the party, said"
		k := j - 1
		for k >= a && d.toks[k].w != "," && (!d.toks[k].mark || d.possessiveMark(k)) && d.toks[k].q < 0 && !d.taken(k) && k > j-40 {
			k--
		}
		if k > a && k < j-1 && d.toks[k].w == "," && d.prepositionalAside(k+1, j) {
			// an aside between subject and verb: "Adeyemi, at Monday's forum, cited"
			if s, e, ok := d.leftNP(a, k-1); ok && e == k && d.goodSource(s, e) && (s == a || d.toks[s-1].w != ",") {
				return s, e, true
			}
		}
		if k > a && k < j-1 && d.toks[k].w == "," && d.isAppositiveStart(k+1) {
			name := k - 1
			// "Smith, who ..., said" and "Smith, speaking to ..., said": PolNeAR
			// keeps the name only; a descriptive appositive is kept whole, with
			// a relative clause inside it ("X, a lawyer, who ...,")
			lw := d.toks[k+1].lw
			if lw == "who" && !d.hasCueVerb(k+2, j) {
				if s, ok := d.ageOrHome(a, k); ok {
					// "Jane Doe, 59, of Ashton, Md., who watched ..., said": the
					// name with its age and home, and the clause as after a name
					return s, j + 1, true
				}
			}
			// a relative clause after a descriptive appositive: "X, a lawyer, who ..., said"
			if (lw == "who" || lw == "which") && k-1 > a && d.toks[k-1].word && !d.hasCueVerb(k+2, j) {
				k2 := k - 1
				for k2 >= a && d.toks[k2].w != "," && !d.toks[k2].mark && k2 > k-16 {
					k2--
				}
				if k2 > a && d.toks[k2].w == "," && !d.toks[k2+1].cap && determiners[d.toks[k2+1].lw] && d.toks[k2-1].cap {
					if s, _, ok := d.leftNP(a, k2-1); ok {
						if lw == "which" {
							// "X, a spokeswoman for the coalition, which ...": the clause
							// describes the coalition, not the speaker
							return s, k + 1, true
						}
						return s, j + 1, true
					}
				}
			}
			if s, _, ok := d.leftNP(a, name); ok && (d.toks[name].cap || titles[d.toks[name].lw] || d.toks[name].w == ")" ||
				(lw == "which" || lw == "who" || lw == "including") && d.goodSource(s, name+1)) {
				if s-2 > a && d.toks[s-1].w == "," && d.toks[s-2].cap && !d.toks[s].cap && !d.taken(s-1) {
					// two appositives: "Mark Ellery, the attorney general of Nevada,
					// one of the states suing ..., said": the second describes the
					// first one's last noun; PolNeAR's source is the name and the first
					if ns, _, ok := d.leftNP(a, s-2); ok && d.toks[ns].cap && !subjectPronouns[d.toks[ns].lw] {
						return ns, k + 1, true
					}
				}
				if strings.HasSuffix(lw, "ing") && !d.toks[k+1].cap && lw != "including" ||
					(lw == "who" || lw == "which") && d.hasCueVerb(k+2, j) {
					// "Mr. Okafor, who understood that ..., said": the relative
					// clause is a statement of its own
					return s, k, true
				}
				return s, j + 1, true // PolNeAR keeps the closing comma of the appositive
			}
			// a description, then the name: "A lawyer for the outlets, David Schulz, said"
			if n := k + 1; d.toks[n].cap && d.allCaps(n, j) || nameModifiers[d.toks[n].lw] && n+1 < j && d.toks[n+1].cap && d.allCaps(n+1, j) {
				// (or a possessive: "Otieno's deputy, Lagos Gov. Ada Bello, plans")
				if s, _, ok := d.leftNP(a, name); ok && (determiners[d.toks[s].lw] || s+1 < name && d.toks[s+1].tag == "POS" && d.toks[s].cap) {
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
		if s > a && (d.toks[s-1].lw == "on" || d.toks[s-1].lw == "via") && !d.toks[s-1].cap && e == s+1 && d.toks[s].cap {
			return 0, 0, false // "and on Twitter referred to ...": the medium, not the speaker
		}
		if ps, ok := d.pronounObject(a, s, e); ok {
			return ps, e, true
		}
		if hs, ok := d.modifiedHead(a, s); ok {
			return hs, e, true
		}
		return d.listStart(a, s, e), e, true
	}
	// a time adjunct between the speaker and the cue: "Harbor Bank just this
	// month announced"; after a reduced relative it belongs to the speaker, as
	// PolNeAR marks it: "a poll released last week found", "an analysis
	// released by the department last month reveals"
	if k := d.skipTimeBack(a, j); k < j {
		reduced := false
		if lw := d.toks[k].lw; k > a && !d.toks[k].cap && (strings.HasSuffix(lw, "ed") || irregularParticiples[lw]) {
			k-- // a reduced relative: "a poll released in August"
			reduced = true
		}
		if s, e, ok := d.leftNP(a, k); ok && d.goodSource(s, e) {
			for m := s; m < e && !reduced; m++ {
				reduced = d.toks[m].tag == "VBN" && m > s
			}
			if reduced {
				return s, j + 1, true
			}
			return s, e, true
		}
	}
	return d.leftNP(a, j)
}

// contactRelative reports whether token j ends a relative clause without a
// relative pronoun after a noun: "experts I interviewed", "people we met".
func (d *doc) contactRelative(j int) bool {
	if j < 2 {
		return false
	}
	t, p, n := d.toks[j], d.toks[j-1], d.toks[j-2]
	// its subject is a personal pronoun: "I", "we", "they" ("it" and "who" open other clauses)
	return (t.tag == "VBD" || t.tag == "VBP") && subjectPronouns[p.lw] && p.lw != "it" && p.lw != "who" && (p.lw == "i" || !p.cap) &&
		(n.tag == "NNS" || n.tag == "NN")
}

// ageOrHome finds a name followed by its age and home town, the comma at j
// closing them: "Jane Doe, 45, of Nakuru,", "Jane Doe, of Nakuru, Kenya,". It
// returns the name's start.
func (d *doc) ageOrHome(a, j int) (int, bool) {
	k := j
	var kinds []byte // segment kinds from right to left: 'a' age, 'o' "of" place, 'p' place
	for len(kinds) < 3 {
		p := k - 1
		for p >= a && d.toks[p].w != "," && k-p <= 6 {
			p--
		}
		if p <= a || d.toks[p].w != "," || p+1 >= k {
			break
		}
		kind := d.segmentKind(p+1, k)
		if kind == 0 {
			break
		}
		kinds = append(kinds, kind)
		k = p
	}
	// a bare place must follow an "of" place: "of Ashton, Md."
	for i, kind := range kinds {
		if kind == 'p' && (i+1 >= len(kinds) || kinds[i+1] != 'o') {
			kinds = kinds[:i]
			break
		}
	}
	if len(kinds) == 0 {
		return 0, false
	}
	// k is now the comma after the name; recount it from the kept segments
	k = j
	for range kinds {
		p := k - 1
		for d.toks[p].w != "," {
			p--
		}
		k = p
	}
	if k-1 < a || !d.toks[k-1].cap || d.taken(k-1) {
		return 0, false
	}
	s, _, ok := d.leftNP(a, k-1)
	if !ok || !d.toks[s].cap {
		return 0, false
	}
	return s, true
}

// segmentKind classifies the tokens [i, j) between two commas after a name:
// 'a' an age ("45"), 'o' a home town ("of Nakuru"), 'p' a place ("Kenya",
// "Md."), 0 anything else.
func (d *doc) segmentKind(i, j int) byte {
	if i >= j || j > len(d.toks) {
		return 0
	}
	first := d.toks[i]
	if j == i+1 && len(first.w) <= 3 && strings.Trim(first.w, "0123456789") == "" {
		return 'a'
	}
	start := i
	if first.lw == "of" {
		start = i + 1
	}
	if start >= j {
		return 0
	}
	for k := start; k < j; k++ {
		if t := d.toks[k]; !t.cap || t.q >= 0 || d.taken(k) {
			return 0
		}
	}
	if start > i {
		return 'o'
	}
	return 'p'
}

// relativePronoun reports whether token j is a relative pronoun opening a
// clause after a noun ("the ministry, which denied", "cities that support").
func (d *doc) relativePronoun(a, j int) bool {
	t := d.toks[j]
	if t.cap || j <= a || d.taken(j) || t.lw != "who" && t.lw != "which" && t.lw != "that" {
		return false
	}
	p := d.toks[j-1]
	if p.w == "," || dashes[p.w] {
		return t.lw != "that" // (or a dash: "Grace Adeyemi — who’s called for ... —")
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
			if k+1 < b {
				if p := d.passageStarting(k + 1); p >= 0 && !d.passUsed[p] {
					// "who joked of the bridge, “I haven't crossed it yet”": the
					// clause runs through the quotation it introduces
					_, e := d.tokenRange(d.pass[p].span())
					k = e - 1
					continue
				}
			}
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
	// a list of names ("Smith, Jones and Brown"), or of noun phrases by their
	// tags ("The family, protesters and civic leaders")
	tagged := !d.toks[s].cap && pos.IsNoun(d.toks[s].tag)
	if !hasAnd || !d.toks[s].cap && !tagged {
		return s
	}
	in := func(m int) bool {
		t := d.toks[m]
		if tagged {
			return npTags[t.tag] && t.word
		}
		return t.cap && t.word
	}
	k := s
	for k-2 >= a && d.toks[k-1].w == "," && !d.taken(k-1) {
		m := k - 1
		if !tagged && d.toks[m-1].w == ")" {
			// a party tag closes the item: "Ana Torres (D-N.M.), Paul Fenwick ..."
			if o := d.openParen(a, m-1); o > a && d.toks[o-1].cap {
				m = o
			}
		}
		for m-1 >= a && in(m-1) && !d.taken(m-1) && d.toks[m-1].q < 0 {
			m--
		}
		if m == k-1 || d.onlyTimeTokens(m, k-1) || m == k-2 && (sentenceAdverbs[d.toks[m].lw] || strings.HasSuffix(d.toks[m].lw, "ly")) {
			return s // no name before the comma, a time or an adverb: "Yesterday, authorities in ...", "Apparently, police ..."
		}
		if m == a {
			return a
		}
		if p := d.toks[m-1]; !p.cap && !d.taken(m-1) {
			// the list opens a clause after a subordinator: "as the United
			// States, Britain and France support ..."
			if p.lw == "the" && (m-1 == a || subordinators[d.toks[m-2].lw] && !d.toks[m-2].cap) {
				return m - 1
			}
			if subordinators[p.lw] {
				return m
			}
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
			lw == "two" || lw == "three" || lw == "few" || lw == "several" || lw == "a" || lw == "also" ||
			lw == "past" || lw == "over" || lw == "recent":
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
	if !t.cap && !determiners[t.lw] && !d.titleBeforeName(c, b) {
		return 0, 0, false
	}
	if determiners[t.lw] && c+1 < b {
		// "said the Rev. Peter Wherry", not "said the next day"
		if n := d.toks[c+1]; timeWords[n.lw] || timeUnits[n.lw] || months[n.lw] {
			return 0, 0, false
		}
	} else if timeWords[t.lw] {
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
	// age and home town: "said Jane Doe, 45, of Nakuru, Kenya."
	var prev byte
	for k < b && d.toks[k].w == "," && !d.used[k] {
		m := k + 1
		for m < b && d.toks[m].w != "," && !d.isTerminal(m) && m-k <= 6 {
			m++
		}
		kind := d.segmentKind(k+1, m)
		if kind == 0 || kind == 'p' && prev != 'o' || m >= b {
			break
		}
		prev = kind
		k = m
	}
	// appositives: "said Smith, head of the party." (to the end of the
	// sentence); "said Smith, a lawyer for the firm, who represents ..." (a
	// relative clause after the appositive, to the end); "said Cummings, the top
	// Democrat on the committee, in a statement" (the appositive with its
	// closing comma, as PolNeAR marks it)
	for seg := 0; seg < 3 && k < b && d.toks[k].w == "," && k+1 < b && d.appositiveAfter(k+1, seg); seg++ {
		m := k + 1
		for m < b && (d.toks[m].w != "," || d.adjectiveComma(m)) && !d.toks[m].mark && !d.isTerminal(m) && m-c < 40 {
			m++
		}
		if n := d.toks[k+1]; (n.lw == "who" || n.lw == "which") && d.hasCueVerb(k+2, m) && d.hasThat(k+2, m) {
			break // "said Smith, who argued that ...": the relative clause is a statement of its own
		}
		if m >= b-1 || d.isTerminal(m) {
			k = m
			break
		}
		if m >= b || d.toks[m].w != "," || seg == 0 && !d.commaAppositive(m+1, b) {
			break
		}
		relative := d.toks[k+1].lw == "who" || d.toks[k+1].lw == "which"
		k = m // the next segment continues the source, or the comma closes it
		if n := d.toks[m+1]; !(n.lw == "who" || n.lw == "which" || determiners[n.lw] && d.lastSegment(m+1, b)) {
			k = m + 1
			if e := d.coordinatedPredicate(m+1, b); relative && e > 0 {
				// "said Ada Bello, who led the guild from 2003 to 2006, during
				// the last mayor's term, and has backed ...": the relative
				// clause runs on to the end
				k = e
			}
			break
		}
	}
	if k == c || k-c > 40 {
		return 0, 0, false
	}
	return c, k, true
}

// coordinatedPredicate returns the end of the sentence when the words from
// token i to it, free of quotations, hold a second predicate of a relative
// clause (", and has backed ..."), else 0.
func (d *doc) coordinatedPredicate(i, b int) int {
	found := false
	for k := i; k < b; k++ {
		t := d.toks[k]
		if d.isTerminal(k) {
			if found {
				return k
			}
			return 0
		}
		if t.mark || t.q >= 0 {
			return 0
		}
		if (t.lw == "and" || t.lw == "but") && k > i && d.toks[k-1].w == "," && k+1 < b {
			_, cue := cueWords[d.toks[k+1].lw] // ", and added that ...": a statement of its own
			switch d.toks[k+1].tag {
			case "VBZ", "VBD", "VBP", "MD":
				found = !cue
			}
		}
	}
	if found {
		return b
	}
	return 0
}

// hasThat reports whether a "that" stands in tokens [i, j).
func (d *doc) hasThat(i, j int) bool {
	for k := i; k < j; k++ {
		if d.toks[k].lw == "that" {
			return true
		}
	}
	return false
}

// titleBeforeName reports whether the lower-case words at c describe the
// name that follows within three words, by their tags: "said flood widow Rosa
// Lindqvist", "said longtime adviser Ira Bloom".
func (d *doc) titleBeforeName(c, b int) bool {
	for k := c; k < b && k < c+4; k++ {
		t := d.toks[k]
		if t.cap && t.tag == "NNP" {
			return k > c
		}
		if t.q >= 0 || t.cap || !(t.tag == "JJ" || t.tag == "NN" || t.tag == "CD") || timeWords[t.lw] || timeUnits[t.lw] {
			return false
		}
	}
	return false
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
	if t.tag == "IN" && !t.cap {
		return false // an adjunct, not an appositive: "said O'Neill, on his first day"
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
		if t := d.toks[k]; t.w == "," && !d.adjectiveComma(k) || t.mark || t.q >= 0 {
			return false
		}
	}
	return true
}

// adjectiveComma reports whether the comma at token k stands between two
// adjectives of one noun phrase ("a conservative, pro-growth group").
func (d *doc) adjectiveComma(k int) bool {
	return k > 0 && k+2 < len(d.toks) && d.toks[k].w == "," && d.toks[k-1].tag == "JJ" && d.toks[k+1].tag == "JJ" && !d.toks[k+1].cap &&
		(d.toks[k+2].tag == "JJ" || strings.HasPrefix(d.toks[k+2].tag, "NN"))
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

// nameModifiers are the lower-case words that may open a title before a name
// ("state Del. Jo Kemp", "former Sen. Hal Dunn").
var nameModifiers = set("state", "former", "then", "retired", "acting", "interim", "deputy", "senior", "freshman",
	"longtime", "veteran")

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
	if o+1 < b && !d.toks[o+1].cap {
		return -1 // an aside, not a tag such as "(D-S.C.)"
	}
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

// goodSource reports whether [s, e) can name a speaker: it ends in a name, a
// pronoun or a noun, not in an adverb, a verb form, a determiner or a bare number.
func (d *doc) goodSource(s, e int) bool {
	if f := d.toks[s]; !f.cap && f.word && (strings.HasSuffix(f.lw, "ing") && !nounLike[f.lw] && !d.ingModifier(s, e) || f.lw == "for" || placePrepositions[f.lw]) {
		return false // not "near a mountain stream called Miracle Run"
	}
	if d.bareClause(s, e) || d.onlyTimeTokens(s, e) {
		return false // a clause, or a time ("Wednesday reported ...")
	}
	if e-s == 1 {
		// one word that is not a name or noun: "At", "follows"
		if t := d.toks[s]; t.tag == "IN" || t.tag == "TO" || t.tag == "CC" || t.tag == "VBZ" && !t.cap {
			return false
		}
	}
	if e-s >= 3 && d.contactRelative(e-1) {
		return true // "all the experts I interviewed"
	}
	if e-s >= 2 && d.toks[e-2].lw == "those" && (d.toks[e-1].tag == "VBG" || d.toks[e-1].tag == "VBN" || d.toks[e-1].tag == "VBD") {
		return true // "42 percent of those responding", "those polled"
	}
	t := d.toks[e-1]
	if t.w == ")" || t.w == "," || dashes[t.w] || t.cap || subjectPronouns[t.lw] || objectPronouns[t.lw] {
		return true
	}
	if numberWords[t.lw] && e-s > 1 && countedGroup[d.toks[e-2].lw] {
		return true // "the mother of three", "the three", "all four"
	}
	if t.lw == "one" && e-s == 2 && (d.toks[s].lw == "no" || d.toks[s].lw == "each" || d.toks[s].lw == "every") {
		return true // "No one expected ..."
	}
	if !t.word || determiners[t.lw] && e-s > 1 || npBreak[t.lw] || badSourceEnd[t.lw] {
		return false
	}
	if strings.Trim(t.w, "0123456789.,") == "" {
		return false
	}
	switch t.tag {
	case "MD", "VB", "VBD", "VBP", "VBG", "RB", "IN", "TO", "CC":
		// a speaker is named by a noun or pronoun: not "ca" (of "can't"),
		// "having"
		return false
	}
	if len(t.lw) > 4 && (strings.HasSuffix(t.lw, "ly") && !notAdverbs[t.lw] || strings.HasSuffix(t.lw, "ed") && !nounLike[t.lw]) {
		return false
	}
	return true
}

// bareClause reports whether tokens [s, e) hold a finite verb that no
// relative pronoun, comma or bracket introduces: a clause, not the noun phrase
// of a speaker ("Mensah grinned ... and invoked the story Mary Ellis").
func (d *doc) bareClause(s, e int) bool {
	for k := s; k < e; k++ {
		t := d.toks[k]
		switch {
		case t.w == "," || t.w == "(" || t.w == "―" || t.w == "—" || t.w == "-" || t.tag == "WP" || t.tag == "WDT" || t.lw == "that" || t.mark:
			return false
		case pos.IsFinite(t.tag) && !t.cap && k > s && k < e-1 && d.toks[k-1].tag != "RB":
			// not the head at the end ("Polling averages", read as a verb) nor
			// a participle after an adverb ("newly filed reports")
			return true
		}
	}
	return false
}

// clauseSubject returns the subject of a clause whose verb group starts at c:
// the sentence start (after conjunctions and sentence adverbs) up to c, when
// it holds no comma, clause word or token already used.
func (d *doc) clauseSubject(a, c int) (int, int, bool) {
	ss, se := a, c
	for ss < se && (conjunctions[d.toks[ss].lw] || sentenceAdverbs[d.toks[ss].lw] || !d.toks[ss].word && !d.toks[ss].mark ||
		ss+1 < se && d.toks[ss].tag == "RB" && d.toks[ss+1].w == ",") {
		ss++ // (also "Conversely," and other adverbs set off by a comma)
	}
	if se-ss < 1 || se-ss > 20 {
		return 0, 0, false
	}
	if leadingSubordinator(d.toks[a].lw) && ss < se {
		// "Although the dam is not thought to be at risk ..., it is
		// considered a worry": the main clause's subject after the leading
		// clause's last comma
		for k := se - 1; k > ss+1; k-- {
			if d.toks[k].w == "," && d.toks[k].q < 0 && !d.used[k] {
				return d.clauseSubject(k+1, c)
			}
		}
	}
	for k := ss; k < se; k++ {
		t := d.toks[k]
		if t.lw == "this" && k+1 < se && timeUnits[d.toks[k+1].lw] {
			continue // "voters this fall are expected to ..."
		}
		if t.w == "," && k > ss && k+3 == se && sentenceAdverbs[d.toks[k+1].lw] && d.toks[k+2].w == "," {
			return ss, k, true // "Victor Varga, meanwhile, is supported by ..."
		}
		if d.used[k] || t.w == "," || npBreak[t.lw] && t.lw != "about" && t.lw != "by" || d.isTerminal(k) {
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
	k = d.datelineEnd(k, before)
	if k < before && (npPrepositions[d.toks[k].lw] || leadingPrepositions[d.toks[k].lw]) {
		for k < before && d.toks[k].w != "," {
			k++
		}
		k++
		for k < before && (sentenceAdverbs[d.toks[k].lw] || d.toks[k].w == ",") {
			k++ // "On Thursday, however, Varga ..."
		}
	}
	m := k
	for m < before && !d.taken(m) && (d.npToken(m) || d.toks[m].w == "(" || d.toks[m].w == ")") {
		m++ // (another statement's speaker may speak this one too)
	}
	if t := d.skipTimeBack(k, m-1); m > k && t < m-1 && t >= k && d.toks[t+1].tag == "IN" {
		m = t + 1 // "A group of farmers in 2012 wrote ...": the time is not the subject's
	}
	if m > k && m-k <= 16 && m < before {
		return k, m, true
	}
	return 0, 0, false
}

// leadingPrepositions open an adverbial before a sentence's subject besides
// the noun-phrase prepositions: "Over the past few days, the administration
// ...".
var leadingPrepositions = set("after", "during", "over", "since", "throughout", "within", "amid", "before", "under")

// datelineEnd returns the token after a dateline opening the sentence at k
// ("BRUSSELS -", "WASHINGTON, D.C. —", "OSLO (Reuters) -": upper-case words,
// commas and a parenthesised agency before a spaced dash), k when none.
func (d *doc) datelineEnd(k, before int) int {
	caps := 0
	for m := k; m < before && m < k+8; m++ {
		t := d.toks[m]
		switch {
		case t.word && upperWord(t.w):
			caps++
		case t.w == "," || t.w == "(" || t.w == ")" || t.word && t.cap && m > k && d.toks[m-1].w == "(":
		case dashes[t.w] || t.w == "-":
			if caps > 0 && m > 0 && d.toks[m-1].e < t.s && m+1 < before && d.toks[m+1].s > t.e {
				return m + 1
			}
			return k
		default:
			return k
		}
	}
	return k
}

// upperWord reports whether w is two characters or more with a letter and no
// lower-case letter ("BRUSSELS", "D.C.").
func upperWord(w string) bool {
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// nearestSubject returns the subject of the nearest finite verb before token
// before, by the tags: a name or pronoun right before that verb ("... and she
// becomes upset, shouting ...", "Varga revised his plan, promising ...").
func (d *doc) nearestSubject(a, before int) (int, int, bool) {
	for v := before - 1; v > a; v-- {
		t := d.toks[v]
		if t.q >= 0 || t.mark {
			return 0, 0, false
		}
		if t.w == ")" {
			if o := d.openParen(a, v); o > a {
				v = o // an aside's verb is not the clause's: "(where Oz practices medicine)"
				continue
			}
		}
		if !pos.IsFinite(t.tag) {
			continue
		}
		k := v
		for k-1 > a && (d.toks[k-1].tag == "RB" || auxiliaries[d.toks[k-1].lw]) {
			k-- // "she has also", "Varga quickly"
		}
		p := d.toks[k-1]
		if !(subjectPronouns[p.lw] && p.lw != "it" && p.lw != "who" || p.tag == "NNP" && p.cap) || d.taken(k-1) {
			return 0, 0, false
		}
		s, e, ok := d.leftNP(a, k-1)
		if !ok || !d.goodSource(s, e) {
			return 0, 0, false
		}
		return s, e, true
	}
	return 0, 0, false
}

// nameSubject returns a sentence-initial name or subject pronoun followed by a
// lower-case verb ("Adeyemi met ...", "She thanked ...") before token before.
func (d *doc) nameSubject(a, before int) (int, int, bool) {
	k := d.datelineEnd(a, before)
	for k < before && (conjunctions[d.toks[k].lw] || sentenceAdverbs[d.toks[k].lw] || !d.toks[k].word) {
		k++
	}
	if k >= before || d.used[k] || d.toks[k].q >= 0 {
		return 0, 0, false
	}
	m := k + 1
	tag := 0 // the tokens of a party tag after the name
	if !subjectPronouns[d.toks[k].lw] || d.toks[k].lw == "it" || d.toks[k].lw == "who" {
		if !d.toks[k].cap || capBreak[d.toks[k].lw] || determiners[d.toks[k].lw] || npPrepositions[d.toks[k].lw] || d.toks[k].tag == "IN" {
			return 0, 0, false // (not "In the 2014 race, Lindgren ...")
		}
		for m < before && d.toks[m].cap && d.toks[m].word && !d.used[m] {
			m++
		}
		// a title between adjective and name: "Democratic candidate Grace
		// Adeyemi", read by the tags
		for m < before && m-k <= 5 && d.toks[m].word && !d.used[m] && d.toks[m].q < 0 &&
			(d.toks[m].cap || pos.IsNoun(d.toks[m].tag) && !strings.HasSuffix(d.toks[m].tag, "S")) && m+1 < before && d.toks[m+1].cap {
			m++
			for m < before && d.toks[m].cap && d.toks[m].word && !d.used[m] {
				m++
			}
		}
		if m < before && d.toks[m].w == "(" {
			if cl := d.closeParen(m, before); cl > 0 && cl+1 < before && d.toks[cl+1].w == "," {
				tag = cl + 1 - m
				m = cl + 1 // a party tag: "Attorney General Roy Cooper (D), ..."
			}
		}
	}
	if m < before && m-k-tag <= 5 && d.toks[m].w == "," && !subjectPronouns[d.toks[k].lw] {
		// an appositive after the name, closed by a comma before the verb:
		// "Victor Varga, her main opponent, bemoaned ... and said ..."
		for e := m + 1; e < before && e <= m+14; e++ {
			t := d.toks[e]
			if t.q >= 0 || t.mark || d.used[e] {
				break
			}
			if t.w == "," {
				v := e + 1
				for v < before && v < e+3 && d.toks[v].tag == "RB" {
					v++ // "Ruiz, a medical doctor, then appeared"
				}
				if v < before && pos.IsFinite(d.toks[v].tag) && !d.toks[v].cap {
					if d.toks[m+1].tag == "IN" {
						return k, m, true // an aside, not an appositive: "Adeyemi, like Okafor, has"
					}
					return k, e + 1, true
				}
				break
			}
		}
		return 0, 0, false
	}
	if m >= before || m-k > 5 || d.toks[m].cap || !d.toks[m].word || npPrepositions[d.toks[m].lw] {
		return 0, 0, false
	}
	if !subjectPronouns[d.toks[k].lw] {
		// a capitalised modifier of a common noun: "European leaders
		// gathered", "Adeyemi aides said": the noun heads the subject
		e := m
		for e < before && e < m+3 && (d.toks[e].tag == "NNS" || d.toks[e].tag == "NN") && !d.toks[e].cap && d.toks[e].q < 0 && !d.used[e] {
			e++
		}
		if e > m && e < before && (pos.IsFinite(d.toks[e].tag) || d.toks[e].tag == "MD") && !d.toks[e].cap {
			return k, e, true
		}
	}
	return k, m, true
}

// verbSubject returns the subject of an intransitive verb right before the
// conjunction at token and: a pronoun or name after a comma or at the
// sentence start ("..., I laughed and said", "Smith smiled and said").
func (d *doc) verbSubject(a, and int) (int, int, bool) {
	v := and - 1
	for v > a && d.toks[v].tag == "RB" {
		v-- // "I laughed nervously and said"
	}
	if v <= a || !pos.IsFinite(d.toks[v].tag) || d.toks[v].cap || d.used[v] {
		return 0, 0, false
	}
	e := v
	s := e - 1
	if t := d.toks[s]; subjectPronouns[t.lw] && t.lw != "it" && t.lw != "who" && t.lw != "which" && t.lw != "that" {
		// a pronoun
	} else if t.cap && t.word {
		for s-1 >= a && d.toks[s-1].cap && d.toks[s-1].word && !d.used[s-1] {
			s--
		}
	} else {
		return 0, 0, false
	}
	if d.used[s] || s > a && d.toks[s-1].w != "," || s == a && npPrepositions[d.toks[s].lw] {
		return 0, 0, false
	}
	return s, e, true
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
	lw := d.toks[j].lw
	if lw == "from" && j-1 > a && (d.toks[j-1].lw == "aside" || d.toks[j-1].lw == "apart") || lw == "besides" {
		lw = "without" // "..., aside from saying ...": the main clause's subject
	}
	if (lw == "for" || lw == "despite") && (c+1 >= len(d.toks) || d.toks[c+1].lw != "that") {
		return 0, 0, false // only a reported clause: "fired for saying that ...", not "praised for promoting equality"
	}
	switch lw {
	case "while", "by", "after", "before", "when", "without", "for", "despite":
		if j-1 < a || d.toks[j-1].w == "," && j-1 == a {
			return 0, 0, false
		}
		if s, e, ok := d.appositiveSubject(a, j); ok {
			return s, e, true // "Ruiz, a medical doctor, began by saying"
		}
		if s, e, ok := d.mainSubject(a, j); ok {
			return s, e, true
		}
		// a quotation opens the sentence: "“...,” Okoro sings to Adeyemi
		// before asking her"
		return d.nearestSubject(a, j)
	}
	if appearVerbs[lw] && j-1 > a && recordings[d.toks[j-1].lw] {
		// "after footage emerged showing a weary Governor Bello ...": the
		// recording that appeared shows it
		if s, e, ok := d.leftNP(a, j-1); ok && e == j {
			return s, e, true
		}
	}
	end := c // where the subject's noun phrase must end
	if dashes[d.toks[j].w] {
		// an aside between dashes after the subject: "with Grace Adeyemi — who’s
		// called for ... — lambasting"
		for k := j - 1; k > a && k > j-30; k-- {
			if d.toks[k].w == d.toks[j].w {
				if relativeWords[d.toks[k+1].lw] {
					j, end = k-1, k
				}
				break
			}
			if d.toks[k].mark || d.toks[k].q >= 0 {
				break
			}
		}
	}
	s, e, ok := d.leftNP(a, j)
	for k := e - 2; ok && k > s; k-- {
		if d.toks[k].lw == "of" && recordings[d.toks[k-1].lw] {
			s = k + 1 // "footage of Adeyemi asking": the one recorded
			break
		}
	}
	if !ok || e-s > 4 || s-1 < a || e != end {
		return 0, 0, false
	}
	if p := d.toks[s-1]; p.w != "," && p.lw != "with" && !(p.lw == "of" && s-2 >= a && recordings[d.toks[s-2].lw]) &&
		!(causatives[p.lw] && !p.cap && stateParticiples[d.toks[c].lw]) {
		return 0, 0, false // (or a recording of someone: "footage of Adeyemi asking"; someone left in a state: "left many nations feeling")
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

// gapRelative reports whether the source starting at s is the subject of a
// relative clause whose own subject gap follows the cue: "which he said were
// repaid", "what the senators said was gerrymandering".
func (d *doc) gapRelative(a, s int) bool {
	if s <= a {
		return false
	}
	switch r := d.toks[s-1]; r.lw {
	case "which", "who", "what", "that":
		return !r.mark && r.q < 0
	}
	return false
}

// appearVerbs make a recording public before it shows something: "video
// surfaced showing ...".
var appearVerbs = set("surfaced", "emerged", "circulated", "aired", "appeared", "resurfaced")

// causatives leave or keep their object in a state of mind: "left many E.U.
// nations feeling that ...", "had Republicans wondering about ...".
var causatives = set("left", "leave", "leaves", "leaving", "had", "has", "have", "having", "kept", "keep", "keeps",
	"keeping", "got", "gets", "get", "set", "sets")

// stateParticiples are the states of mind a causative leaves its object in.
var stateParticiples = set("feeling", "wondering", "thinking", "believing", "worrying", "fearing", "questioning",
	"asking", "hoping", "doubting", "guessing", "speculating", "convinced", "contemplating", "pondering", "dreading")

// coordinatedParticiple returns the subject of the participle that the "and"
// at token and coordinates with a later one: in ", each touting their record
// and saying ...", the subject of "touting".
func (d *doc) coordinatedParticiple(a, and int) (int, int, bool) {
	for k := and - 1; k > a && k >= and-12; k-- {
		t := d.toks[k]
		if t.w == "," || t.q >= 0 || d.isTerminal(k) {
			return 0, 0, false
		}
		if t.tag == "VBG" && strings.HasSuffix(t.lw, "ing") {
			return d.participleSubject(a, k)
		}
	}
	return 0, 0, false
}

// modifiedHead returns the start of the sentence's subject when the noun
// phrase starting at s only ends a clause that modifies it: "Coastal
// mayors who have opposed building the dam have welcomed ...", "Several
// auditors handling complaints about his time as head of the port have cited
// ...". The subject must open the sentence; the modifier is a relative clause
// with a finite verb of its own, or a participle.
func (d *doc) modifiedHead(a, s int) (int, bool) {
	k0 := a
	for k0 < s && (conjunctions[d.toks[k0].lw] || sentenceAdverbs[d.toks[k0].lw] || !d.toks[k0].word && !d.toks[k0].mark) {
		k0++
	}
	finite, lastFinite := false, 0
	for k := s - 1; k > k0; k-- {
		t := d.toks[k]
		if t.w == "," || t.w == ":" || t.mark || t.q >= 0 || d.used[k] || d.isTerminal(k) {
			return 0, false
		}
		if _, cue := cueWords[t.lw]; cue && !t.cap && pos.IsVerb(t.tag) && !d.reducedPassive(a, d.cur[1], k, k) {
			return 0, false // the modifier holds a statement of its own (not "a study published in the journal")
		}
		p := d.toks[k-1]
		head := pos.IsNoun(p.tag) && p.tag != "JJ" || k-2 >= a && d.counted(k-2) && strings.HasSuffix(p.lw, "s")
		switch {
		case (t.lw == "who" || t.lw == "which" || t.lw == "that") && !t.cap:
			if !head || !finite {
				return 0, false
			}
		case t.tag == "VBG" || t.tag == "VBN":
			if !head {
				if pos.IsFinite(t.tag) {
					finite = true
				}
				continue
			}
		default:
			if pos.IsFinite(t.tag) || t.tag == "MD" {
				if finite {
					for m := k + 1; m < lastFinite; m++ {
						if mt := d.toks[m]; !pos.IsVerb(mt.tag) && mt.tag != "RB" && mt.tag != "MD" {
							return 0, false // two verb groups: the modifier closed before s ("gases that do not belong ... is the way we")
						}
					}
				}
				finite, lastFinite = true, k
			}
			if t.lw == "that" || t.lw == "if" || subordinators[t.lw] && !(t.lw == "as" && pos.IsNoun(d.toks[k+1].tag)) {
				return 0, false // a clause of its own: "... because voters say"
			}
			continue
		}
		hs, _, ok := d.leftNP(a, k-1)
		if !ok {
			return 0, false
		}
		if hs != k0 {
			continue // a modifier inside the modifier: "judges handling lawsuits seeking ..."
		}
		if !d.goodSource(hs, k) {
			return 0, false
		}
		return hs, true
	}
	return 0, false
}

// pronounObject returns the start of the noun phrase that holds the object
// pronoun [s, e) after a preposition, when that phrase opens the sentence: an
// object pronoun cannot be a subject, "Those close to him say", "Some of them
// said".
func (d *doc) pronounObject(a, s, e int) (int, bool) {
	if e-s != 1 || s-2 < a {
		return 0, false
	}
	switch d.toks[s].lw {
	case "him", "them", "us", "me", "her":
	default:
		return 0, false
	}
	if p := d.toks[s-1]; p.tag != "IN" && p.tag != "TO" || p.cap {
		return 0, false
	}
	k0 := a
	for k0 < s && (conjunctions[d.toks[k0].lw] || sentenceAdverbs[d.toks[k0].lw] || !d.toks[k0].word && !d.toks[k0].mark) {
		k0++
	}
	if s-1-k0 < 1 || s-1-k0 > 4 {
		return 0, false
	}
	for k := k0; k < s-1; k++ {
		if t := d.toks[k]; !t.word || t.q >= 0 || d.used[k] || pos.IsFinite(t.tag) && !t.cap || npBreak[t.lw] && k > k0 {
			return 0, false
		}
	}
	return k0, true
}

// prepositionalAside reports whether [i, j) is a prepositional phrase set off
// by commas with no verb of its own: "at Monday's debate", "in a statement".
func (d *doc) prepositionalAside(i, j int) bool {
	if t := d.toks[i]; j == i+1 && sentenceAdverbs[t.lw] && !t.cap {
		return true // "Some Democrats, however, question ..."
	}
	if t := d.toks[i]; t.tag != "IN" || t.cap || t.lw == "of" || t.lw == "that" || j-i > 8 {
		return false
	}
	for k := i + 1; k < j; k++ {
		if t := d.toks[k]; pos.IsVerb(t.tag) || !t.word && t.w != "’s" && t.w != "'s" || d.used[k] {
			return false
		}
	}
	return true
}

// controlVerbs make their object the subject of the infinitive after it:
// "forced Halvorsen to admit", "led the journalist to fear".
var controlVerbs = set("force", "forces", "forced", "forcing", "lead", "leads", "led", "leading", "prompt",
	"prompts", "prompted", "prompting", "push", "pushed", "pressure", "pressured", "pressed", "cause", "caused",
	"compel", "compelled", "drive", "drove", "driven", "spur", "spurred", "inspire", "inspired")

// controlledSubject returns the object of a control verb when the cue at c
// is an infinitive after it ("forced Halvorsen, who was under questioning, to
// admit"): the noun phrase between the verb and "to".
func (d *doc) controlledSubject(a, c int) (int, int, bool) {
	if c-3 < a || d.toks[c-1].lw != "to" || d.used[c-1] {
		return 0, 0, false
	}
	j := c - 2
	if d.toks[j].w == "," {
		// a relative clause after the object: "forced Halvorsen, who was ..., to admit"
		k := j - 1
		for k > a && d.toks[k].w != "," && j-k < 25 && d.toks[k].q < 0 {
			k--
		}
		if k <= a || d.toks[k].w != "," || d.toks[k+1].lw != "who" && d.toks[k+1].lw != "which" {
			return 0, 0, false
		}
		j = k - 1
	}
	s, e, ok := d.leftNP(a, j)
	if !ok {
		return 0, 0, false
	}
	for k := e - 2; k >= s; k-- {
		if controlVerbs[d.toks[k].lw] && !d.toks[k].cap {
			s = k + 1 // the noun phrase reader took the verb in: "has led the journalist"
			break
		}
	}
	if s-1 < a || !controlVerbs[d.toks[s-1].lw] || !d.goodSource(s, e) {
		return 0, 0, false
	}
	return s, e, true
}

// appositiveSubject returns a sentence-initial name with its appositive when
// the name's clause has a verb after the appositive ("Ruiz, a medical doctor,
// then appeared ..."): nameSubject's reading, kept only when it took an
// appositive.
func (d *doc) appositiveSubject(a, before int) (int, int, bool) {
	s, e, ok := d.nameSubject(a, before)
	if !ok || e-1 <= s || d.toks[e-1].w != "," || !d.goodSource(s, e) {
		return 0, 0, false
	}
	return s, e, true
}
