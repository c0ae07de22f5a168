package timex

import "strings"

// tense guesses the tense that governs the expression at tokens a..b of its
// sentence: -1 past, +1 future, 0 unknown. It takes the nearest tense marker,
// preferring words before the expression (the governing verb usually precedes
// "on Tuesday").
func (f *finder) tense(a, b int) int { return f.tenseOf(a, b, false) }

// strongTense is tense with only unambiguous future markers ("will", "next",
// "scheduled"), for weekdays, which news reports mostly in the past.
func (f *finder) strongTense(a, b int) int { return f.tenseOf(a, b, true) }

func (f *finder) tenseOf(a, b int, strong bool) int {
	if a < 0 || a >= len(f.t) {
		return 0
	}
	s := int(f.sent[a])
	lo := f.sStart[s]
	hi := len(f.t)
	if s+1 < len(f.sStart) {
		hi = f.sStart[s+1]
	}
	// bound the scan so that a 1 MB line without punctuation stays linear overall
	if a-lo > 40 {
		lo = a - 40
	}
	if hi-b > 40 {
		hi = b + 40
	}
	if f.isW(a-1, "until", "till") || f.isW(a-2, "until", "till") && f.isW(a-1, "at", "on") {
		// "extended the deadline until Tuesday", but "Until Thursday, police had
		// not named him" (a past perfect after the expression) looks back
		for k := b + 1; k < hi && k <= b+6; k++ {
			if f.isW(k, "had", "hadn't") {
				return -1
			}
		}
		return 1
	}
	best, bestD := 0, 1<<30
	for k := lo; k < hi; k++ {
		if k >= a && k <= b {
			continue
		}
		if f.mark == nil {
			f.mark = make([]int8, len(f.t))
			for x := range f.mark {
				f.mark[x] = 2
			}
		}
		m := int(f.mark[k])
		if m == 2 {
			m = f.marker(k)
			f.mark[k] = int8(m)
		}
		if strong && m > 0 && weakFuture[f.tk(k).w] && !(intentions[f.tk(k).w] && f.isW(k+1, "to")) {
			continue
		}
		if m == 0 {
			continue
		}
		d := a - k
		if k > b {
			d = (k-b)*2 + 1
		}
		if d < bestD {
			best, bestD = m, d
		}
	}
	return best
}

// marker classifies token k as a past (-1) or future (+1) marker, or neither.
func (f *finder) marker(k int) int {
	tk := f.tk(k)
	if tk.k != kWord {
		return 0
	}
	w := tk.w
	if futureWords[w] {
		switch w {
		case "set", "going":
			if !f.isW(k+1, "to", "for") {
				return 0
			}
		case "next":
			if f.isW(k+1, "to") {
				return 0 // "next to the embassy"
			}
		case "ll":
			if k == 0 || f.tk(k-1).w != "'" {
				return 0
			}
		case "may":
			if tk.cap {
				return 0
			}
		case "expected":
			if !f.isW(k+1, "to") {
				return 0
			}
		}
		// "had been scheduled to", "was due to": a plan that lies in the past;
		// but "were planning to drive there on Monday" still looks ahead
		if w == "planning" && f.isW(k-1, "was", "were") && f.isW(k+1, "to") {
			return 1
		}
		if f.isW(k-1, "was", "were", "had") || f.isW(k-1, "been") && f.isW(k-2, "had") {
			return -1
		}
		return 1
	}
	if pastVerbs[w] {
		return -1
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !notPastEd[w] && !tk.cap {
		// "has been scheduled to" and similar are handled by futureWords
		if f.isW(k-1, "be", "been", "being", "is", "are", "will") {
			return 0
		}
		return -1
	}
	return 0
}

// weakFuture are future markers too often found in sentences about the past
// ("could", "may") to move a weekday into the next week. "would" is not one:
// "said the father would travel Thursday" names the coming Thursday (measured
// on the dev set once reported and possessive weekdays were handled first).
var weakFuture = map[string]bool{
	"could": true, "should": true, "may": true, "might": true, "expects": true,
	"expect": true, "hopes": true, "aims": true, "until": true, "coming": true, "later": true,
	"forecast": true, "predicted": true, "intends": true, "plan": true, "plans": true, "planned": true,
	"planning": true, "expected": true,
}

// intentions are weak future markers that become strong before "to"
// ("plans to hold a rally on Tuesday").
var intentions = map[string]bool{
	"plan": true, "plans": true, "planning": true, "intends": true, "expected": true, "expects": true,
}
