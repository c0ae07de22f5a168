package timex

import (
	"time"
)

// Helpers that resolve month names and days against the anchor.

// anchorDay returns the anchor's calendar day at noon UTC.
func (f *finder) anchorDay() time.Time {
	return day(f.anchor.Year(), int(f.anchor.Month()), f.anchor.Day())
}

// ordinalSuffix reports whether token i is a glued "st"/"nd"/"rd"/"th".
func (f *finder) ordinalSuffix(i int) bool {
	return f.glued(i) && f.isW(i, "st", "nd", "rd", "th")
}

// yearAt parses a year at token i: "1998", "'98" (glued apostrophe). It returns
// the year and the number of tokens used.
func (f *finder) yearAt(i int) (int, int) {
	if i >= len(f.t) {
		return 0, 0
	}
	tk := f.tk(i)
	if tk.k == kNum && tk.nd == 4 && tk.n >= 1000 && tk.n <= 2999 {
		if i+1 < len(f.t) && f.glued(i+1) && (f.tk(i+1).k == kNum || f.tk(i+1).k == kWord && !f.isW(i+1, "s")) {
			return 0, 0
		}
		return tk.n, 1
	}
	if tk.w == "'" && i+1 < len(f.t) && f.glued(i+1) && f.tk(i+1).k == kNum && f.tk(i+1).nd == 2 {
		n := f.tk(i + 1).n
		if f.has {
			c := f.anchor.Year() / 100 * 100
			if c+n > f.anchor.Year()+10 {
				return c - 100 + n, 2
			}
			return c + n, 2
		}
		return 1900 + n, 2
	}
	return 0, 0
}

// resolveYear picks the year of month m, day d (d = 0 for the month alone)
// given the relation word ("last", "next", "this", "") and the tense.
func (f *finder) resolveYear(m, d int, rel string, tense int) int {
	y := f.anchor.Year()
	am, ad := int(f.anchor.Month()), f.anchor.Day()
	cmp := 0 // sign of (m,d) - anchor
	switch {
	case m < am:
		cmp = -1
	case m > am:
		cmp = 1
	case d == 0:
		cmp = 0
	case d < ad:
		cmp = -1
	case d > ad:
		cmp = 1
	}
	switch rel {
	case "last", "past", "previous":
		if cmp >= 0 {
			return y - 1
		}
		return y
	case "next", "coming", "following":
		if cmp <= 0 {
			return y + 1
		}
		return y
	case "this":
		return y
	}
	// nearest occurrence to the anchor, preferring the anchor's year and the
	// direction the tense points to
	a := day(y, am, ad)
	dd := d
	if dd == 0 {
		dd = 15
	}
	best, bestDist := y, 1<<40
	for _, yy := range []int{y - 1, y, y + 1} {
		t := day(yy, m, min(dd, daysIn(yy, m)))
		dist := int(t.Sub(a).Hours() / 24)
		switch {
		case dist > 0 && tense < -1 && (d > 0 || day(yy, m, 1).After(a)):
			// (a month that has begun by the anchor is not in the future)
			dist = abs(dist) + hardTensePenalty
		case dist < 0 && tense > 1 && !(yy == y && m == am):
			// "will" heads the phrase: a month not begun yet
			dist = abs(dist) + hardTensePenalty
		case dist > 0 && tense < 0, dist < 0 && tense > 0:
			dist = abs(dist) + tensePenalty
		default:
			dist = abs(dist)
		}
		if yy == y {
			dist -= 45 // prefer the anchor's year
		}
		if dist < bestDist {
			best, bestDist = yy, dist
		}
	}
	return best
}

// tensePenalty is how many days farther a date against the tense counts.
const tensePenalty = 120

// hardTensePenalty keeps a month out of the future when a past verb governs it
// directly ("the year ended Jan. 31", "began in January").
const hardTensePenalty = 400

// monthDayValue formats month m, day d (0 = none) in year y, or an unresolved
// form without anchor.
func (f *finder) monthDayValue(y, m, d int, explicit bool) string {
	if !explicit && !f.has {
		if d == 0 {
			return "XXXX-" + pad2(m)
		}
		return "XXXX-" + pad2(m) + "-" + pad2(d)
	}
	if d == 0 {
		return fmtMonth(y, m)
	}
	if !validDay(y, m, d) {
		return ""
	}
	return pad4(y) + "-" + pad2(m) + "-" + pad2(d)
}
