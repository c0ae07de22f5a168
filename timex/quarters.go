package timex

import (
	"strconv"
	"strings"
)

// Quarters and halves of (fiscal) years.

func (c cand) untracked() cand { c.noTrack = true; return c }

func (f *finder) quarterAt(n, q, y int) cand {
	if !f.has && y == f.anchor.Year() {
		return cand{n: n, typ: "DATE", val: "XXXX-Q" + strconv.Itoa(q)}
	}
	if !validYear(y) || q < 1 || q > 4 {
		return cand{}
	}
	return cand{n: n, typ: "DATE", val: pad4(y) + "-Q" + strconv.Itoa(q), gran: 'q', q: [2]int{y, q}}
}

// lastQOr returns the last quarter mentioned, or the one before the anchor's.
func (f *finder) lastQOr() int {
	if f.lastQ[1] > 0 {
		return f.lastQ[1]
	}
	if !f.has {
		return 0
	}
	q := quarterOf(int(f.anchor.Month())) - 1
	if q < 1 {
		q = 4
	}
	return q
}

func (f *finder) prevYearOfQ() int {
	if f.lastQ[1] > 0 {
		return f.lastQ[0] - 1
	}
	return f.anchor.Year() - 1
}

// latestQuarter: "the quarter", "the latest quarter": the last quarter
// mentioned, else the last full quarter before the anchor.
func (f *finder) latestQuarter(n int) cand {
	if f.lastQ[1] > 0 {
		return f.quarterAt(n, f.lastQ[1], f.lastQ[0])
	}
	if !f.has {
		return cand{n: n, typ: "DATE", val: "XXXX-QX"}
	}
	q := quarterOf(int(f.anchor.Month())) - 1
	y := f.anchor.Year()
	if q < 1 {
		q, y = 4, y-1
	}
	return f.quarterAt(n, q, y)
}

// completedQuarter: "the latest quarter" names a quarter already reported, so
// a quarter mentioned after the anchor's last full quarter ("expects the fourth
// quarter to be weak" in an October article) does not count.
func (f *finder) completedQuarter(n int) cand {
	c := f.latestQuarter(n)
	if !f.has || c.gran != 'q' {
		return c
	}
	q := quarterOf(int(f.anchor.Month())) - 1
	y := f.anchor.Year()
	if q < 1 {
		q, y = 4, y-1
	}
	if c.q[0]*4+c.q[1] > y*4+q {
		return f.quarterAt(n, q, y)
	}
	return c
}

// reportedQ returns the last quarter mentioned as (year, quarter), or the last
// full quarter before the anchor when the one mentioned lies beyond the
// current quarter: a comparison with a year before ("the year-ago period") is
// made for a quarter already reported, not for one forecast ("losses through
// the third quarter of 1990"). The current quarter stays: fiscal quarters run
// ahead of calendar ones ("the fiscal fourth quarter ended Sept. 30").
func (f *finder) reportedQ() [2]int {
	q := f.lastQ
	if !f.has || q[1] == 0 {
		return q
	}
	y, lq := f.anchor.Year(), quarterOf(int(f.anchor.Month()))-1
	if lq < 1 {
		y, lq = y-1, 4
	}
	if q[0]*4+q[1] > y*4+lq+1 {
		return [2]int{y, lq}
	}
	return q
}

// quarterAgo: the quarter a year before the last one reported ("the year-ago
// quarter"), or the previous year; also the previous year when a span of
// months was reported after that quarter ("for the nine months ... the
// year-ago results"), unless the expression names a quarter (quarter).
func (f *finder) quarterAgo(i int, quarter bool) cand {
	if f.lastQ[1] > 0 && int(f.sent[i])-f.lastQSent <= 6 && (quarter || !f.spanFocus) {
		q := f.reportedQ()
		return f.quarterAt(0, q[1], q[0]-1).untracked()
	}
	return f.yearRel(0, -1, "")
}

// pairedQuarter is the value of quarter q at token i in "the second and
// fourth quarters", whose "quarters" is at token qs, and the token after the
// whole phrase: the quarter of the year named after it ("quarters of 1990"),
// every year's quarter (SET) when the clause is habitual ("is usually
// held in the first and third quarters"), else the quarter of the year
// the tense points to.
func (f *finder) pairedQuarter(i, q, qs int) (cand, int) {
	if y, n := f.yearAt(qs + 2); n > 0 && f.isW(qs+1, "of") {
		return f.quarterAt(0, q, y).untracked(), qs + 2 + n
	}
	lo := f.sStart[f.sent[i]]
	for k := i - 1; k >= lo && k >= i-12; k-- {
		if f.isW(k, "usually", "typically", "normally", "traditionally", "generally", "customarily") {
			return cand{typ: "SET", val: "XXXX-Q" + strconv.Itoa(q)}, qs + 1
		}
	}
	return f.quarterAt(0, q, f.quarterYear(q, i)).untracked(), qs + 1
}

// quarterYear picks the year of an ordinal quarter without a year.
func (f *finder) quarterYear(q, i int) int {
	if !f.has {
		return f.anchor.Year()
	}
	y := f.anchor.Year()
	aq := quarterOf(int(f.anchor.Month()))
	t := f.tense(i, i+2)
	if q > aq && (t < 0 || aq == 1 && q == 4 && t <= 0) {
		return y - 1
	}
	return y
}

// pQuarter: "the third quarter", "third-quarter", "fiscal second-quarter",
// "the first quarter of 1990", "Q3", "the first half", "the 1988 third quarter".
func (f *finder) pQuarter(i int, hasThe bool) cand {
	j := i
	explicitYear := 0
	if f.isW(j, "fiscal") {
		j++
		if f.hyph(j) {
			j++
		}
	}
	if y, n := f.yearAt(j); n > 0 && j == i {
		explicitYear = y
		j += n
	}
	if f.isW(j, "fiscal") {
		j++
		if f.hyph(j) {
			j++
		}
	}
	// Q3, Q3 2019
	if f.isW(j, "q") && j+1 < len(f.t) && f.glued(j+1) && f.tk(j+1).nd == 1 && f.tk(j+1).n >= 1 && f.tk(j+1).n <= 4 && f.tk(j).cap {
		q := f.tk(j + 1).n
		k := j + 2
		if y, n := f.yearAt(k); n > 0 {
			return f.quarterAt(k+n-i, q, y)
		}
		return f.quarterAt(k-i, q, f.quarterYear(q, i))
	}
	q := 0
	half := false
	if o, ok := ordinalWords[f.w(j)]; ok {
		q = o
	} else if f.tk(j).k == kNum && f.tk(j).nd == 1 && f.ordinalSuffix(j+1) {
		q = f.tk(j).n
		j++
	} else if f.isW(j, "final") {
		q = 4
	} else if f.isW(j, "last", "latter") && f.isW(j+1, "half") {
		q = 2
	} else if explicitYear > 0 && f.isW(j, "quarter", "period") {
		// "the 1988 quarter", "the 1989 period": the quarter under discussion
		// in that year; after "the nine months" the period is that year's
		if f.spanFocus && f.isW(j, "period") {
			return cand{n: j + 1 - i, typ: "DATE", val: fmtYear(explicitYear), gran: 'y'}
		}
		if q := f.lastQOr(); q > 0 && f.lastQ[1] > 0 {
			return f.quarterAt(j+1-i, q, explicitYear).untracked()
		}
		return cand{}
	} else {
		return cand{}
	}
	if q >= 1 && q <= 4 && f.isW(j+1, "and", "or") && ordinalWords[f.w(j+2)] > 0 && f.isW(j+3, "quarters") {
		// "the second and fourth quarters": the first ordinal stands alone
		c, _ := f.pairedQuarter(i, q, j+3)
		c.n = j + 1 - i
		c.noDet = true
		return c
	}
	j++
	if f.hyph(j) {
		j++
	}
	if q == 1 && f.isW(j, "two") && f.isW(j+1, "quarters") && f.isW(j+2, "of") {
		j++ // "the first two quarters of 1990": the first half
		q, half = 1, true
	}
	switch f.w(j) {
	case "quarters":
		if !half && q >= 1 && q <= 4 && f.isW(i-1, "and", "or") && ordinalWords[f.w(i-2)] > 0 {
			// the second of "the second and fourth quarters"
			c, end := f.pairedQuarter(i, q, j)
			c.n = end - i
			return c
		}
		if !half {
			return cand{}
		}
	case "quarter":
		if q < 1 || q > 4 {
			return cand{}
		}
	case "half":
		if q < 1 || q > 2 {
			return cand{}
		}
		half = true
	default:
		return cand{}
	}
	j++
	y := explicitYear
	if f.isW(j, "of") || f.isW(j, ",") {
		if yy, n := f.yearAt(j + 1); n > 0 {
			y = yy
			j += 1 + n
		} else if f.isW(j, "of") && f.isW(j+1, "this", "last", "next") && f.isW(j+2, "year") {
			y = f.anchor.Year() + map[string]int{"this": 0, "last": -1, "next": 1}[f.w(j+1)]
			j += 3
		} else if c := f.pYear(j+2, true); half && f.isW(j, "of") && f.isW(j+1, "the") && c.n > 0 && len(c.val) == 3 {
			// "the last half of the '80s": the decade, with its half as mod
			mod := "START"
			if q == 2 {
				mod = "END"
			}
			return cand{n: j + 2 + c.n - i, typ: "DATE", val: c.val, mod: mod}
		} else if f.isW(j, "of") && f.isW(j+1, "fiscal") {
			if yy, n := f.yearAt(j + 2); n > 0 {
				y = yy
				j += 2 + n
			}
		}
	} else if yy, n := f.yearAt(j); n > 0 {
		y = yy
		j += n
	}
	if y == 0 {
		if !f.has {
			if half {
				return cand{n: j - i, typ: "DATE", val: "XXXX-H" + strconv.Itoa(q)}
			}
			return cand{n: j - i, typ: "DATE", val: "XXXX-Q" + strconv.Itoa(q)}
		}
		if half {
			y = f.anchor.Year()
			if q == 2 && int(f.anchor.Month()) <= 6 && f.tense(i, j-1) < 0 {
				y--
			}
		} else {
			y = f.quarterYear(q, i)
		}
	}
	if half {
		if !validYear(y) {
			return cand{}
		}
		return cand{n: j - i, typ: "DATE", val: pad4(y) + "-H" + strconv.Itoa(q)}
	}
	return f.quarterAt(j-i, q, y)
}

// quarterEnded: "the quarter ended July 31", when no quarter was named before,
// is the calendar quarter of the middle month of the three that end on that
// day (May to July: the second quarter). After a named quarter it is that one:
// fiscal quarters ("the fiscal first quarter") keep their own numbers. Only
// "quarter" (token i) is taken; the date stays an expression of its own.
func (f *finder) quarterEnded(i int) cand {
	if f.lastQ[1] > 0 || !f.isW(i+1, "ended", "ending") || monthWords[f.w(i+2)] == 0 {
		return cand{}
	}
	c := f.monthExpr(i+2, "")
	if c.n == 0 || c.gran != 'd' || c.typ != "DATE" || strings.HasPrefix(c.val, "XXXX") {
		return cand{}
	}
	mid := c.day.AddDate(0, 0, -45)
	return f.quarterAt(1, quarterOf(int(mid.Month())), mid.Year())
}
