package timex

import (
	"strconv"
	"strings"
	"time"
)

// Weekdays resolved by tense.

// pWeekday: "Tuesday", "Friday morning", "Saturday, April 25", "Tuesday nights".
func (f *finder) pWeekday(i int) cand { return f.weekdayExpr(i, "") }

func (f *finder) weekdayExpr(i int, rel string) cand {
	tk := f.tk(i)
	if !(tk.cap || tk.up) {
		return cand{}
	}
	if wd, ok := weekdayPlural[tk.w]; ok {
		j := i + 1
		suffix := ""
		if p, ok := partOfDay[strings.TrimSuffix(f.w(j), "s")]; ok && f.w(j) != "" {
			suffix = "T" + p
			j++
		}
		return cand{n: j - i, typ: "SET", val: "XXXX-WXX-" + strconv.Itoa(wd) + suffix}
	}
	wd := weekdayWords[tk.w]
	if wd == 0 {
		return cand{}
	}
	if c := f.weekdayNights(i, wd); c.n > 0 {
		return c
	}
	j := i + 1
	// explicit date after the weekday
	k := j
	if f.isW(k, ",") {
		k++
	}
	if k < len(f.t) {
		if _, ok := monthWords[f.w(k)]; ok {
			if c := f.monthExpr(k, rel); c.n > 0 && (c.gran == 'd' || c.reject) {
				c.n += k - i
				return c
			}
		}
		if c := f.pDayMonth(k); c.n > 0 {
			c.n += k - i
			return c
		}
	}
	// a capitalised word after a weekday makes it a name: "Sunday Times", "Super Tuesday"
	if j < len(f.t) && f.tk(j).k == kWord && f.tk(j).cap && partOfDay[f.w(j)] == "" && !f.sentenceStart(j) && !f.isW(i-1, "his", "her", "their", "our", "my", "your") {
		// but "in his Sunday Mass": a possessive makes the weekday a day of his
		return cand{}
	}
	if f.isW(i-1, "super", "bloody", "black", "good", "ash", "palm", "holy", "cyber") && f.tk(i-1).cap {
		return cand{}
	}
	tense := f.strongTense(i, j-1)
	if f.reportedAt(i) {
		tense = -2 // "said Friday": the day of the report, which precedes publication
	} else if f.isW(j, "'") && f.isW(j+1, "s") {
		tense = -2 // "Wednesday's ruling": an event already reported
	} else if f.isW(i-1, "as") && f.isW(i-2, "early", "soon") && f.isW(i-3, "as") {
		tense = 1 // "could arrive as early as Tuesday"
	}
	if tense == 0 && f.scheduledAt(i) {
		tense = 1 // "The two ministers meet separately Monday with ..."
	}
	d, ok := f.weekdayDate(wd, rel, tense)
	val := "XXXX-WXX-" + strconv.Itoa(wd)
	if ok {
		val = fmtDate(d)
	}
	c := cand{n: j - i, typ: "DATE", val: val, gran: 'd', day: d}
	if !ok {
		c.gran = 0
	}
	if p, ok := partOfDay[f.w(j)]; ok {
		c.n++
		// the dev gold gives "Friday evening" its part of day (3 of 3) but
		// "Friday morning" and "Sunday night" mostly the plain day
		if ok := suffixedPart[p]; ok && c.gran == 'd' {
			c.val += "T" + p
		}
	}
	return c
}

// weekdayDate resolves ISO weekday wd against the anchor; tense is +1 (future),
// 0 (unknown), -1 (a past tense) or -2 (the day of a report, always past).
func (f *finder) weekdayDate(wd int, rel string, tense int) (time.Time, bool) {
	if !f.has {
		return time.Time{}, false
	}
	a := f.anchorDay()
	aw := int(a.Weekday())
	if aw == 0 {
		aw = 7
	}
	back := (aw - wd + 7) % 7 // days back to the most recent wd (0 = today)
	fwd := (wd - aw + 7) % 7
	switch rel {
	case "last", "past", "previous":
		if back == 0 {
			back = 7
		}
		return a.AddDate(0, 0, -back), true
	case "next", "coming", "following":
		if fwd == 0 {
			fwd = 7
		}
		return a.AddDate(0, 0, fwd), true
	case "this":
		return a.AddDate(0, 0, wd-aw), true
	}
	// a past tense and the weekday of the next day ("headed Tuesday to Lisbon"
	// in a Monday story): a story dated the evening before it runs, so the
	// next day, unless the day is a report's ("said Tuesday", tense -2)
	if tense > 0 || tense == 0 && fwd < back && fwd <= 1 || tense == -1 && fwd == 1 {
		return a.AddDate(0, 0, fwd), true
	}
	return a.AddDate(0, 0, -back), true
}

// reportedAt reports whether the expression at token i directly follows a
// reporting verb in the past ("said Friday", "told reporters on Monday" is not
// covered, "announced on Tuesday" is).
func (f *finder) reportedAt(i int) bool {
	k := i - 1
	if f.isW(k, "on") {
		k--
	}
	return k >= 0 && reportingPast[f.w(k)]
}

// scheduledAt reports whether a verb of a timetable in the present tense
// governs the weekday at token i ("meet Monday", "opens on Friday",
// "resume talks Tuesday"): with no other tense marker in the sentence, the
// present names a coming day.
func (f *finder) scheduledAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && f.sent[k] == f.sent[i]; k-- {
		w := f.w(k)
		if scheduleVerbs[w] {
			return true
		}
		if !(w == "on" || strings.HasSuffix(w, "ly") || w == "talks") {
			return false
		}
	}
	return false
}

// scheduleVerbs are present-tense verbs news uses for a timetable.
var scheduleVerbs = map[string]bool{
	"meet": true, "meets": true, "begin": true, "begins": true, "start": true, "starts": true,
	"open": true, "opens": true, "resume": true, "resumes": true, "arrive": true, "arrives": true,
	"leave": true, "leaves": true, "return": true, "returns": true, "vote": true, "votes": true,
	"convene": true, "convenes": true, "reconvene": true, "reconvenes": true,
}

// reportingPast are reporting verbs in the past tense.
var reportingPast = map[string]bool{
	"said": true, "announced": true, "reported": true, "added": true, "stated": true,
	"told": true, "disclosed": true, "confirmed": true, "declared": true, "warned": true,
	"revealed": true, "acknowledged": true, "insisted": true, "explained": true, "noted": true,
	"predicted": true, "claimed": true, "denied": true, "admitted": true, "urged": true,
	"argued": true, "complained": true, "replied": true, "responded": true, "testified": true,
}

// suffixedPart are the parts of day kept in a weekday's value ("Friday evening"
// -> "2019-03-08TEV").
var suffixedPart = map[string]bool{"EV": true}

// weekdayNights: a weekday before a plural part of day is a recurring time,
// "Tuesday nights" (SET XXXX-WXX-2TNI); in "Monday and Tuesday nights" the
// first weekday shares it and stands alone.
func (f *finder) weekdayNights(i, wd int) cand {
	j := i + 1
	if f.isW(j, "and", "or") && weekdayWords[f.w(j+1)] > 0 && (f.tk(j+1).cap || f.tk(j+1).up) {
		if p := pluralPartOfDay(f.w(j + 2)); p != "" {
			return cand{n: 1, typ: "SET", val: "XXXX-WXX-" + strconv.Itoa(wd) + "T" + p}
		}
		return cand{}
	}
	if p := pluralPartOfDay(f.w(j)); p != "" {
		return cand{n: 2, typ: "SET", val: "XXXX-WXX-" + strconv.Itoa(wd) + "T" + p}
	}
	return cand{}
}

// pluralPartOfDay returns the TIMEX3 code of a plural part of day ("nights":
// "NI"), or "" for any other word.
func pluralPartOfDay(w string) string {
	if !strings.HasSuffix(w, "s") {
		return ""
	}
	return partOfDay[strings.TrimSuffix(w, "s")]
}
