package timex

import (
	"time"
)

// Today, yesterday, tomorrow, tonight.

// pRelDay: "today", "yesterday morning", "tomorrow", "tonight", "the day before yesterday".
func (f *finder) pRelDay(i int) cand {
	w := f.w(i)
	off := 0
	switch w {
	case "today", "tonight":
	case "yesterday":
		off = -1
	case "tomorrow":
		off = 1
	default:
		return cand{}
	}
	if w == "today" && i > 0 && f.tk(i).cap && f.tk(i-1).cap && f.tk(i-1).k == kWord && !f.sentenceStart(i) {
		return cand{} // "USA Today"
	}
	if w == "today" && f.isW(i+1, "'") && f.isW(i+2, "s") && (presentDayNouns[f.w(i+3)] || presentDayNouns[f.w(i+4)] && f.tk(i+3).k == kWord) {
		return cand{} // "today's youth", "today's personal computers": the present day, not the date
	}
	if (w == "today" || w == "tomorrow") && f.isW(i-1, "of") && presentDayNouns[f.w(i-2)] {
		return cand{} // "the people of tomorrow", "the world of today": an age, not a date
	}
	j := i + 1
	c := cand{n: 1, typ: "DATE", gran: 'd', noDet: true}
	var d time.Time
	if f.has {
		d = f.anchorDay().AddDate(0, 0, off)
		c.val = fmtDate(d)
		c.day = d
	} else {
		c.val = "XXXX-XX-XX"
		c.gran = 0
	}
	if w == "tonight" {
		c.typ = "TIME"
		c.val += "TNI"
		c.gran = 0
		return c
	}
	if p, ok := partOfDay[f.w(j)]; ok && w != "today" {
		c.n = 2
		c.typ = "TIME"
		c.val += "T" + p
		c.gran = 0
	}
	return c
}

// presentDayNouns follow a "today's" that means the present age rather than
// the publication day ("in today's world"), or come before "of today" / "of
// tomorrow" in that sense ("the cars of tomorrow").
var presentDayNouns = map[string]bool{
	"world": true, "youth": true, "society": true, "generation": true, "children": true,
	"kids": true, "teenagers": true, "young": true, "families": true, "economy": true,
	"computers": true, "technology": true, "standards": true, "culture": true, "consumers": true,
	"workers": true, "workplace": true, "students": true, "parents": true, "women": true, "men": true,
	"cars": true, "music": true, "politics": true, "environment": true, "climate": true,
	"people": true,
}
