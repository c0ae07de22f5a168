package timex

import (
	"strconv"
	"strings"
)

// Month names and calendar dates.

// pMonth: "Aug. 7", "August 7, 1998", "August 1998", "May", "June last year".
func (f *finder) pMonth(i int) cand { return f.monthExpr(i, "") }

func (f *finder) monthExpr(i int, rel string) cand {
	tk := f.tk(i)
	m := monthWords[tk.w]
	if m == 0 || !(tk.cap || tk.up) {
		return cand{}
	}
	j := i + 1
	dotted := false
	if f.isW(j, ".") && f.glued(j) && monthAbbrev(tk.w) {
		j++
		dotted = true
	}
	// day
	if d := f.num(j); d >= 1 && f.tk(j).nd <= 2 && f.tk(j).k == kNum && !strings.ContainsAny(f.tk(j).w, ":.,/") {
		if d > 31 {
			return cand{}
		}
		k := j + 1
		if f.ordinalSuffix(k) {
			k++
		}
		if f.glued(k) && k < len(f.t) && (f.tk(k).k == kNum || f.tk(k).k == kWord) {
			return cand{} // "May 3rd2" or "Apple 7x"-like junk
		}
		// year
		kk := k
		if f.isW(kk, ",") {
			kk++
		}
		if y, n := f.yearAt(kk); n > 0 {
			if !validDay(y, m, d) {
				return cand{n: kk + n - i, reject: true}
			}
			t := day(y, m, d)
			return cand{n: kk + n - i, typ: "DATE", val: f.monthDayValue(y, m, d, true), gran: 'd', day: t, abs: true}
		}
		if !validDay(0, m, d) {
			return cand{n: k - i, reject: true}
		}
		y := 0
		if f.has {
			y = f.resolveYear(m, d, rel, f.monthTense(i, k-1))
			if !validDay(y, m, d) { // February 29 in a common year
				return cand{n: k - i, reject: true}
			}
		}
		return cand{n: k - i, typ: "DATE", val: f.monthDayValue(y, m, d, false), gran: 'd', day: day(max(y, 1), m, d)}
	}
	// month year
	k := j
	if f.isW(k, ",") || f.isW(k, "of") {
		k++
	}
	if y, n := f.yearAt(k); n > 0 && !(f.isW(k-1, ",") && f.num(k+n) >= 0) {
		return cand{n: k + n - i, typ: "DATE", val: fmtMonth(y, m), gran: 'm', abs: true}
	}
	if c := f.spelledYear(k); c.n > 0 && c.gran == 'y' && !f.isW(k-1, ",") {
		// "March nineteen eighty-four", as broadcast transcripts write it
		if y, err := strconv.Atoi(c.val); err == nil {
			return cand{n: k + c.n - i, typ: "DATE", val: fmtMonth(y, m), gran: 'm', abs: true}
		}
	}
	if f.isW(j, "last", "this", "next") && f.isW(j+1, "year") {
		if !f.has {
			return cand{n: j + 2 - i, typ: "DATE", val: "XXXX-" + pad2(m), gran: 'm'}
		}
		y := f.anchor.Year()
		switch f.w(j) {
		case "last":
			y--
		case "next":
			y++
		}
		return cand{n: j + 2 - i, typ: "DATE", val: fmtMonth(y, m), gran: 'm'}
	}
	// month alone: guard false friends
	if !f.monthAloneOK(i, j, dotted, rel) {
		return cand{}
	}
	y := 0
	if f.has {
		y = f.resolveYear(m, 0, rel, f.monthTense(i, j-1))
	}
	n := j - i
	if dotted && !monthAbbrev(tk.w) {
		n--
	}
	return cand{n: n, typ: "DATE", val: f.monthDayValue(y, m, 0, false), gran: 'm'}
}

// monthAloneOK decides whether a month name with no day or year is a month:
// "May" the name and "March" the verb are the usual false friends.
func (f *finder) monthAloneOK(i, j int, dotted bool, rel string) bool {
	w := f.tk(i).w
	if monthAbbrev(w) && w != "june" && w != "july" {
		// "Jan", "Dec." alone: only after a preposition, with the period
		if !dotted || !monthPrepositions[f.w(i-1)] {
			return false
		}
	}
	if rel != "" {
		return true
	}
	prev := f.w(i - 1)
	if i > 0 && nameTitles[prev] {
		return false
	}
	if f.isW(j, "'") && f.isW(j+1, "s") {
		return w != "may" && w != "march"
	}
	// adjectival use after a determiner: "the May elections", "a June agreement"
	adjectival := f.isW(i-1, "the", "a", "an", "his", "her", "its", "their") && f.tk(j).k == kWord && !f.tk(j).cap && !functionWords[f.w(j)]
	switch w {
	case "may", "march", "august", "june", "april":
		if !monthPrepositions[prev] && !adjectival {
			return false
		}
		// "in March toward the capital", "May said"
		if w == "march" && f.isW(j, "on", "to", "toward", "towards", "against", "through", "in") && !f.tk(i).cap {
			return false
		}
		return true
	}
	// other months: not right after a capitalised word (names, titles)
	if i > 0 && f.tk(i-1).k == kWord && f.tk(i-1).cap && !f.tk(i).nl && !monthPrepositions[prev] && !f.sentenceStart(i-1) {
		return false
	}
	if i+1 < len(f.t) && f.tk(i+1).k == kWord && f.tk(i+1).cap && !f.sentenceStart(i+1) {
		return monthPrepositions[prev]
	}
	return true
}

func (f *finder) sentenceStart(i int) bool {
	if i <= 0 {
		return true
	}
	return f.sStart[f.sent[i]] == i
}

// pDayMonth: "7 August 1998", "7th of August".
func (f *finder) pDayMonth(i int) cand {
	d := f.num(i)
	if d < 1 || d > 31 || f.tk(i).nd > 2 {
		return cand{}
	}
	j := i + 1
	if f.ordinalSuffix(j) {
		j++
	}
	if f.isW(j, "of") {
		j++
	}
	m := monthWords[f.w(j)]
	if m == 0 || !(f.tk(j).cap || f.tk(j).up) {
		return cand{}
	}
	k := j + 1
	if f.isW(k, ".") && f.glued(k) && monthAbbrev(f.w(j)) {
		k++
	}
	if y, n := f.yearAt(k); n > 0 {
		if !validDay(y, m, d) {
			return cand{n: k + n - i, reject: true}
		}
		return cand{n: k + n - i, typ: "DATE", val: f.monthDayValue(y, m, d, true), gran: 'd', day: day(y, m, d)}
	}
	if !validDay(0, m, d) {
		return cand{n: k - i, reject: true}
	}
	y := 0
	if f.has {
		y = f.resolveYear(m, d, "", f.tense(i, k-1))
	}
	return cand{n: k - i, typ: "DATE", val: f.monthDayValue(y, m, d, false), gran: 'd', day: day(max(y, 1), m, d)}
}

// pISODate: "2019-03-05", "2019-03-05T10:00", "3/5/2019".
func (f *finder) pISODate(i int) cand {
	tk := f.tk(i)
	if tk.nd == 4 && f.hyph(i+1) && f.tk(i+2).k == kNum && f.tk(i+2).nd == 2 && f.hyph(i+3) && i+4 < len(f.t) && f.tk(i+4).k == kNum && f.tk(i+4).nd == 2 {
		y, m, d := tk.n, f.tk(i+2).n, f.tk(i+4).n
		if !validDay(y, m, d) {
			return cand{n: 5, reject: true}
		}
		c := cand{n: 5, typ: "DATE", val: f.monthDayValue(y, m, d, true), gran: 'd', day: day(y, m, d)}
		k := i + 5
		if k+1 < len(f.t) && f.glued(k) && f.isW(k, "t") && f.glued(k+1) && f.tk(k+1).k == kNum {
			if hh, mm, ok := clock(f.tk(k + 1).w); ok {
				c.n += 2
				c.typ = "TIME"
				c.val += "T" + pad2(hh) + ":" + pad2(mm)
				if k+2 < len(f.t) && f.glued(k+2) && f.isW(k+2, "z") {
					c.n++
				}
			}
		}
		return c
	}
	if strings.Count(tk.w, "/") == 2 && tk.nd == 0 {
		parts := strings.Split(tk.w, "/")
		m, e1 := strconv.Atoi(parts[0])
		d, e2 := strconv.Atoi(parts[1])
		y, e3 := strconv.Atoi(parts[2])
		if e1 != nil || e2 != nil || e3 != nil || len(parts[2]) == 3 || len(parts[2]) == 1 {
			return cand{}
		}
		if len(parts[2]) == 2 {
			if y > 30 {
				y += 1900
			} else {
				y += 2000
			}
		}
		if m > 12 && d <= 12 {
			m, d = d, m
		}
		if !validDay(y, m, d) || y < 1000 {
			return cand{n: 1, reject: true}
		}
		return cand{n: 1, typ: "DATE", val: f.monthDayValue(y, m, d, true), gran: 'd', day: day(y, m, d)}
	}
	return cand{}
}

// monthTense is the tense for a month name at tokens a..b: -2 when a past
// verb governs it directly ("ended Jan. 31", "began in March"; not a
// reporting verb, not a participle as in "will be paid Dec. 14") or heads the
// phrase it ends, +2 when "will" heads that phrase, +1 for a
// deadline ("pay down the loan by February") unless a past perfect looks
// back from it ("by March, sales had doubled"), else tense.
func (f *finder) monthTense(a, b int) int {
	if f.isW(a-1, "by") && !f.hadNear(a, b) {
		return 1
	}
	if f.isW(a-1, "in") && f.sentenceStart(a-1) && f.isW(b+1, ",") {
		// "In January, Northfield Foods took on ...": the main clause after
		// the fronted month sets its tense; its first past verb governs it,
		// however long the subject ("In January, a week after the vote, a
		// fire at the plant killed ...")
		for k := b + 2; k < len(f.t) && k <= b+30 && f.sent[k] == f.sent[a]; k++ {
			if m := f.marker(k); m != 0 {
				if m < 0 {
					return -2
				}
				break
			}
		}
	}
	k := a - 1
	if f.isW(k, "in", "on") {
		k--
	}
	if f.pastHead(k) {
		return -2
	}
	if f.isW(a-1, "in", "on", "during") {
		// the past verb heads the phrase the month ends: "moved its staff from a
		// night shift to a day shift in December"; walk back over its
		// objects and prepositions to the first tense marker; a preposition
		// that mostly attaches to a noun ("resumed talks with a deadline in
		// December") leaves a past verb out, not "will"
		loose := false
		for k := a - 3; k >= 0 && k >= a-15 && f.sent[k] == f.sent[a]; k-- {
			if f.isW(k, "with", "without", "for", "at", "by", "after", "before", "since", "until", "about", "over", "against", "under", "within", "like") {
				loose = true
			}
			if f.tk(k).k == kPunct && !f.isW(k, "$", "%", ".", "-", "'") || f.isW(k, "that", "which", "who", "and", "but", "or", "when", "while", "as", "because", "if") {
				break
			}
			if f.isW(k, "to") && !determiners[f.w(k+1)] && f.tk(k+1).k == kWord {
				break // an infinitive heads the phrase: "agreed to buy the line in May"
			}
			if f.marker(k) != 0 {
				if f.adjectivalEd(k) {
					continue // "on a still undisclosed date in January"
				}
				if f.pastHead(k) && !loose {
					return -2
				}
				if f.isW(k, "will", "shall", "won't", "ll") && f.marker(k) > 0 {
					return 2 // "will be named commander for a mission in December"
				}
				break
			}
		}
	}
	return f.tense(a, b)
}

// pastHead reports whether token k is a past verb that can govern a date
// directly: not a reporting verb ("said"), not a participle after "be",
// "will", "has" ("will be paid Dec. 14"), not a word like "last" or "since".
func (f *finder) pastHead(k int) bool {
	return k >= 0 && f.tk(k).k == kWord && !reportingPast[f.w(k)] && f.marker(k) < 0 && !f.isW(k, "last", "since", "earlier", "ago", "yesterday") && !f.isW(k-1, "be", "been", "being", "is", "are", "will", "to", "has", "have")
}

// adjectivalEd reports whether the -ed word at k modifies a noun rather than
// heading a clause: after a determiner or an adverb ("a still unspecified
// date", "the newly elected board"), or a negative "un-" form ("undisclosed").
func (f *finder) adjectivalEd(k int) bool {
	w, p := f.w(k), f.w(k-1)
	return strings.HasSuffix(w, "ed") && (determiners[p] || strings.HasSuffix(p, "ly") || p == "still" || p == "not" || strings.HasPrefix(w, "un"))
}

// determiners open a noun phrase after a preposition ("to a calendar year").
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "his": true, "her": true, "their": true,
	"our": true, "my": true, "your": true, "this": true, "that": true, "these": true, "those": true,
	"some": true, "all": true, "each": true, "every": true, "no": true,
}

// hadNear reports whether a past perfect ("had", "hadn't") stands within 12
// tokens of tokens a..b in their sentence.
func (f *finder) hadNear(a, b int) bool {
	s := f.sent[a]
	for k := max(0, a-12); k < len(f.t) && k <= b+12; k++ {
		if f.sent[k] == s && f.isW(k, "had", "hadn't") {
			return true
		}
	}
	return false
}
