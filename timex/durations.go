package timex

import (
	"strconv"
	"strings"
)

// Durations and shifted dates ("two years ago").

// qty parses a quantity at i: digits, number words, "a"/"an", "a few",
// "several", "2 1/2", "two and a half", "a couple of", "a hundred". n < 0 means unknown.
func (f *finder) qty(i int) (n int, half bool, used int, article bool) {
	if i >= len(f.t) {
		return 0, false, 0, false
	}
	tk := f.tk(i)
	j := i
	switch {
	case tk.k == kNum:
		if tk.nd == 0 || tk.nd > 6 {
			if strings.ContainsAny(tk.w, ".") && !strings.ContainsAny(tk.w, ",:/") {
				// 1.5 years
				if v, err := strconv.ParseFloat(tk.w, 64); err == nil && v < 1e6 {
					n = int(v)
					half = v-float64(n) >= 0.25 && v-float64(n) < 0.75
					return n, half, 1, false
				}
			}
			if strings.Contains(tk.w, ",") && !strings.ContainsAny(tk.w, ".:/") {
				v, err := strconv.Atoi(strings.ReplaceAll(tk.w, ",", ""))
				if err == nil && v < 1e6 {
					return v, false, 1, false
				}
			}
			return 0, false, 0, false
		}
		n = tk.n
		j++
		// 2 1/2
		if j < len(f.t) && f.tk(j).w == "1/2" {
			half = true
			j++
		}
		return n, half, j - i, false
	case tk.w == "a" || tk.w == "an":
		if f.isW(i+1, "few", "couple") {
			k := i + 2
			if f.isW(k, "of") {
				k++
			}
			if f.w(i+1) == "couple" {
				return 2, false, k - i, false
			}
			return -1, false, k - i, false
		}
		if f.isW(i+1, "dozen") {
			return 12, false, 2, false
		}
		if f.isW(i+1, "hundred") {
			return 100, false, 2, false
		}
		if f.isW(i+1, "thousand") {
			return 1000, false, 2, false
		}
		if f.isW(i+1, "half") {
			return 0, true, 2, false
		}
		return 1, false, 1, true
	case vagueQuantity[tk.w]:
		if tk.w == "some" || tk.w == "many" {
			return -1, false, 1, false
		}
		return -1, false, 1, false
	case tk.w == "couple":
		k := i + 1
		if f.isW(k, "of") {
			k++
		}
		return 2, false, k - i, false
	case tk.w == "half":
		if f.isW(i+1, "a", "an") {
			return 0, true, 2, true
		}
		return 0, false, 0, false
	case tk.w == "dozens" || tk.w == "hundreds" || tk.w == "thousands":
		if f.isW(i+1, "of") {
			return -1, false, 2, false
		}
		return 0, false, 0, false
	}
	v, ok := numberWords[tk.w]
	if !ok {
		return 0, false, 0, false
	}
	j++
	if v >= 20 && v%10 == 0 {
		if f.hyph(j) {
			if u, ok := numberWords[f.w(j+1)]; ok && u < 10 {
				v += u
				j += 2
			}
		} else if u, ok := numberWords[f.w(j)]; ok && u < 10 {
			v += u
			j++
		}
	}
	if f.isW(j, "hundred") {
		v *= 100
		j++
	} else if f.isW(j, "thousand") && v < 20 {
		v *= 1000
		j++
	}
	if f.isW(j, "and") && f.isW(j+1, "a") && f.isW(j+2, "half") {
		half = true
		j += 3
	}
	return v, half, j - i, false
}

var durRel = map[string]string{
	"past": "past", "last": "past", "next": "next", "first": "first", "coming": "next",
	"previous": "past", "following": "next", "final": "first", "recent": "recent",
	"further": "", "additional": "", "another": "", "remaining": "next", "latest": "past",
	"initial": "first", "ensuing": "next", "succeeding": "next", "preceding": "past",
}

// pDuration: "12 years", "a two-day visit", "the past two months", "the next
// few days", "recent years", "two years ago", "a year earlier", "nearly an hour".
func (f *finder) pDuration(i int, hasThe bool) cand {
	if f.isW(i, "one", "some") && f.isW(i+1, "day") && f.isW(i-1, "will", "would", "could", "may", "might", "can", "shall", "should", "must") {
		// "Islam will one day be ...", "we may some day see ...": an
		// indefinite future, not a span of one day
		return cand{n: 2, typ: "DATE", val: "FUTURE_REF"}
	}
	if f.isW(i, "a") && f.isW(i+1, "while") {
		return f.aWhile(i)
	}
	if f.isW(i, "a", "some") && f.isW(i+1, "later", "future") && f.isW(i+2, "date") {
		// "at a later date", "at some future date"
		return cand{n: 3, typ: "DATE", val: "FUTURE_REF"}
	}
	j := i
	rel := ""
	if r, ok := durRel[f.w(j)]; ok {
		rel = r
		j++
	}
	n, half, used, article := f.qty(j)
	k := j + used
	if used == 0 {
		n = -2 // no quantity
	}
	if used > 0 && f.isW(k, "or") {
		// "two or three weeks": take the first
		if n2, _, u2, _ := f.qty(k + 1); u2 > 0 && n2 > 0 {
			k += 1 + u2
		}
	}
	if used > 0 && f.isW(k, "to") {
		if n2, _, u2, _ := f.qty(k + 1); u2 > 0 && n2 > n {
			if rel == "next" || rel == "past" {
				n = -1
			}
			k += 1 + u2
		}
	}
	hyphen := false
	if used > 0 && f.hyph(k) {
		hyphen = true
		k++
	}
	for f.isW(k, "more", "additional", "straight", "consecutive", "full", "trading", "business", "working", "calendar", "long", "further", "successive") && !hyphen {
		k++
	}
	uw := f.w(k)
	u, ok := unitWords[uw]
	if !ok {
		return cand{}
	}
	plural := isPluralUnit(uw)
	unitTok := k
	k++
	if (uw == "quarter" || uw == "quarters") && (hyphen || f.isW(k, "of")) && !(n == -1 && !f.isW(j, "some")) {
		// "three-quarters", "a quarter of"; but "several quarters of losses"
		// is a span
		return cand{n: k - i, reject: true}
	}
	if uw == "quarters" && f.isW(j, "some", "many", "other", "all") && f.isW(i-1, "in", "from", "by", "among") {
		return cand{n: k - i, reject: true} // "criticism from some quarters": circles, not time
	}
	if f.hyph(k) && f.isW(k+1, "earlier", "ago") {
		return cand{}
	}
	if f.tk(unitTok).cap && !f.tk(unitTok).up && !f.sentenceStart(unitTok) {
		return cand{} // "60 Minutes", a title
	}
	if uw == "second" && article {
		return cand{} // "a second term"
	}
	if uw == "second" && f.isW(k, "quarter", "half", "-") {
		return cand{}
	}
	// ages and compounds: "a 39-year-old", "10-year-olds"
	if f.hyph(k) && f.isW(k+1, "old", "olds") || f.isW(k, "old") && !hyphen {
		return cand{n: k + 2 - i, reject: true}
	}
	switch {
	case n == -2:
		// no quantity: "recent years", "coming weeks", "the past year", "years"
		if rel == "past" && !hasThe && f.w(i) == "past" && plural && f.isW(i-1, "in", "of", "during", "over") {
			// "in past years" is "in recent years"
			rel = "recent"
		}
		switch rel {
		case "recent":
			if !plural {
				return cand{}
			}
			if u.code == "Y" && u.multi == 0 {
				return cand{n: k - i, typ: "DATE", val: "PAST_REF"}
			}
			return cand{n: k - i, typ: "DURATION", val: durationValue(-1, u, false)}
		case "next":
			if !plural {
				return cand{}
			}
			if f.w(i) == "coming" && !hasThe {
				return cand{n: k - i, typ: "DURATION", val: durationValue(-1, u, false)}
			}
			return cand{n: k - i, typ: "DURATION", val: durationValue(-1, u, false)}
		case "past":
			if !hasThe {
				return cand{}
			}
			if plural {
				return cand{n: k - i, typ: "DURATION", val: durationValue(-1, u, false)}
			}
			// "the past year" = the year before
			switch {
			case uw == "year":
				return f.yearRel(k-i, -1, "")
			case uw == "month":
				return f.monthRel(k-i, -1)
			case uw == "week" && f.has:
				return f.pastWeek(k - i)
			case uw == "week":
				return f.weekRel(k-i, -1)
			case uw == "decade":
				return cand{n: k - i, typ: "DURATION", val: "P10Y"}
			case uw == "century":
				return cand{n: k - i, typ: "DURATION", val: "P100Y"}
			}
			return cand{}
		case "":
			if hasThe && plural && u.code != "WE" && u.multi <= 100 {
				return f.theUnits(i, k, u)
			}
			if !plural && u.code != "WE" && f.hyph(k) && f.isW(k+1, "long") {
				// "a day-long meeting", "the year-long strike": one unit
				return cand{n: k + 2 - i, typ: "DURATION", val: durationValue(1, u, false)}
			}
			if !plural || hasThe || u.code == "WE" || u.code == "Q" && u.multi == 0 {
				return cand{}
			}
			if i > 0 && f.isW(i-1, "for", "within", "in", "over", "took", "take", "takes", "lasted", "last") || f.hyph(k) && f.isW(k+1, "long", "old") {
				if f.hyph(k) && f.isW(k+1, "long") {
					k += 2
				}
				if f.isW(k, "of", "later", "earlier", "before", "after", "ago") {
					return cand{}
				}
				return cand{n: k - i, typ: "DURATION", val: durationValue(-1, u, false)}
			}
			return cand{}
		}
		return cand{}
	case article && plural:
		return cand{}
	}
	if !plural && n > 1 && !hyphen && !f.isW(k, "low", "high", "period", "term", "plan", "contract", "program", "programme", "deal", "old") {
		// "five year" without hyphen only before a noun it qualifies
		if f.tk(k-1).k == kWord && (k >= len(f.t) || f.tk(k).k != kWord) {
			return cand{}
		}
	}
	if hyphen && f.hyph(k) && f.isW(k+1, "long") {
		k += 2
	}
	if !half && n >= 1 && f.isW(k, "and") && f.isW(k+1, "a") && f.isW(k+2, "half") {
		half = true
		k += 3
	}
	if f.isW(k, "-") && f.glued(k) && f.isW(k+1, "long") {
		k += 2
	}
	// ago / earlier / later / from now
	switch f.w(k) {
	case "ago", "earlier", "before", "later", "after", "hence":
		dir := -1
		if f.isW(k, "later", "after", "hence") {
			dir = 1
		}
		if f.isW(k, "before", "after") && !f.isW(k+1, ",", ".", "that") {
			break
		}
		if rel != "" && rel != "first" {
			break
		}
		if f.isW(k, "later") {
			// TimeBank marks "three days later" as the DURATION "three days": the
			// anchor of "later" is an event, not the publication date
			break
		}
		if f.isW(k, "earlier") && (u.code == "D" || u.code == "W" || u.time) && f.sentenceStart(i) {
			// "A day earlier, trucks streamed in": opening a sentence, it counts
			// back from the event just told, a span as "a day later" is
			if v := durationValue(n, u, half); v != "" {
				return cand{n: k + 1 - i, typ: "DURATION", val: v}
			}
		}
		return f.shifted(i, k+1-i, n, half, u, dir, f.w(k))
	case "from":
		if f.isW(k+1, "now") {
			return f.shifted(i, k+2-i, n, half, u, 1, "from now")
		}
	}
	if u.code == "WE" {
		if n < 0 {
			return cand{}
		}
	}
	val := durationValue(n, u, half)
	if val == "" {
		return cand{}
	}
	if unitTok == k-1 && n == 1 && article && !hasThe && rel == "" {
		// "a year" alone as in "$1 billion a year" is a rate, not a duration
		if i > 0 && (f.tk(i-1).k == kNum || f.isW(i-1, "million", "billion", "percent", "times", "once", "twice", "%")) {
			return cand{n: k - i, typ: "SET", val: val}
		}
		if f.countedNoun(i - 1) {
			// "four flights a week", "24 hours a day": a rate of things the dev
			// gold leaves untagged (4 of 4)
			return cand{n: k - i, reject: true}
		}
	}
	if plural && n > 1 && rel == "" && f.isW(k, "a", "an", "per") && unitWords[f.w(k+1)].code != "" && !isPluralUnit(f.w(k+1)) && !f.isW(k+2, "ago", "earlier", "later", "before", "after", "from", "-") {
		// "24 hours a day", "three days a week": a share of each day or week,
		// a rate like "four flights a week", not a span
		return cand{n: k + 2 - i, reject: true}
	}
	return cand{n: k - i, typ: "DURATION", val: val}
}

// theUnits: a plural unit after "the" with no number, at i (k after it), is an
// unknown span when the words around it make it one: "over the years",
// "through the decades", "the weeks ahead", "the months to come", "in the
// years that followed", "the years since". Elsewhere ("the days before the
// vote", anchored on an event) it is left untagged.
func (f *finder) theUnits(i, k int, u unit) cand {
	n := 0
	switch {
	case f.isW(k, "ahead"):
		n = k + 1 - i
	case f.isW(k, "to") && f.isW(k+1, "come"):
		n = k + 2 - i
	case f.isW(k, "that") && f.isW(k+1, "followed"), f.isW(k, "since"):
		n = k - i
	case f.isW(i-2, "over", "through", "across", "throughout") && !f.isW(k, "before", "after", "leading", "-"):
		n = k - i
	default:
		return cand{}
	}
	return cand{n: n, typ: "DURATION", val: durationValue(-1, u, false)}
}

// aWhile: "for a while", "after a while" are an unknown span (PXX); "a while
// ago" is the past. "a while" elsewhere ("once in a while", "in a while") is
// left untagged.
func (f *finder) aWhile(i int) cand {
	switch {
	case f.isW(i+2, "ago", "back") && !f.isW(i-1, "once"):
		return cand{n: 3, typ: "DATE", val: "PAST_REF"}
	case f.isW(i-1, "for", "after"):
		return cand{n: 2, typ: "DURATION", val: "PXX"}
	}
	return cand{}
}

// shifted resolves "two years ago", "a year earlier", "three days later".
func (f *finder) shifted(i, n, amount int, half bool, u unit, dir int, word string) cand {
	if amount < 0 || half && amount == 0 {
		if dir < 0 {
			return cand{n: n, typ: "DATE", val: "PAST_REF"}
		}
		return cand{n: n, typ: "DATE", val: "FUTURE_REF"}
	}
	if amount == 0 {
		amount = 1
	}
	if !f.has {
		switch {
		case u.time:
			return cand{n: n, typ: "TIME", val: "XXXX-XX-XXTXX:XX"}
		case u.code == "D":
			return cand{n: n, typ: "DATE", val: "XXXX-XX-XX"}
		case u.code == "W":
			return cand{n: n, typ: "DATE", val: "XXXX-WXX"}
		case u.code == "M":
			return cand{n: n, typ: "DATE", val: "XXXX-XX"}
		}
		return cand{n: n, typ: "DATE", val: "XXXX"}
	}
	if amount > 5000 {
		return cand{}
	}
	a := f.anchorDay()
	k := amount * dir
	// "a year earlier" in a report about quarters means the same quarter a year before
	if word != "ago" && word != "from now" && u.code == "Y" && u.multi == 0 && f.lastQ[1] > 0 && int(f.sent[i])-f.lastQSent <= 3 && !f.spanFocus {
		q := f.reportedQ()
		return f.quarterAt(n, q[1], q[0]+k).untracked()
	}
	if word == "ago" && u.code == "Y" && u.multi == 0 && amount == 1 && f.lastQ[1] > 0 && int(f.sent[i])-f.lastQSent <= 1 && !f.spanFocus {
		q := f.reportedQ()
		return f.quarterAt(n, q[1], q[0]+k).untracked()
	}
	switch {
	case u.time:
		return cand{n: n, typ: "DATE", val: fmtDate(a)}
	case u.code == "D":
		d := a.AddDate(0, 0, k)
		return cand{n: n, typ: "DATE", val: fmtDate(d), gran: 'd', day: d}
	case u.code == "W" || u.code == "WE":
		return cand{n: n, typ: "DATE", val: fmtWeek(a.AddDate(0, 0, 7*k)), gran: 'w'}
	case u.code == "M":
		y, m := addMonths(a.Year(), int(a.Month()), k)
		return cand{n: n, typ: "DATE", val: fmtMonth(y, m), gran: 'm'}
	case u.code == "Q":
		q := quarterOf(int(a.Month())) - 1 + k
		y := a.Year() + floorDiv(q, 4)
		return f.quarterAt(n, q-floorDiv(q, 4)*4+1, y)
	case u.multi == 10:
		return cand{n: n, typ: "DATE", val: fmtYear(a.Year() + 10*k), gran: 'y'}
	case u.multi == 100:
		v := (a.Year() + 100*k) / 100
		if v < 0 {
			return cand{}
		}
		return cand{n: n, typ: "DATE", val: pad2(v)}
	case u.multi > 0:
		return cand{}
	}
	return cand{n: n, typ: "DATE", val: fmtYear(a.Year() + k), gran: 'y'}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// countedNoun reports whether token k is a plain noun counted by the number
// right before it ("four flights", "700 seats", "24 hours").
func (f *finder) countedNoun(k int) bool {
	if k < 1 || f.tk(k).k != kWord || f.tk(k).cap || functionWords[f.w(k)] || !strings.HasSuffix(f.w(k), "s") {
		return false
	}
	return f.tk(k-1).k == kNum || numberWords[f.w(k-1)] > 0
}
