package timex

import (
	"strconv"
	"strings"
	"time"
)

// This/last/next + a calendar unit, and anaphoric days.

var relWords = map[string]string{
	"this": "this", "last": "last", "next": "next", "past": "last", "previous": "last",
	"coming": "next", "following": "next", "current": "this", "latest": "latest", "same": "",
	"that": "that", "upcoming": "next",
}

// pRelUnit: "last week", "this month", "next year", "last April", "this coming
// Sunday", "the year-ago quarter", "year-end", "the weekend", "the quarter".
func (f *finder) pRelUnit(i int, hasThe bool) cand {
	w := f.w(i)
	switch w {
	case "year":
		// year-end, year end, year's end, year-ago, year-earlier
		if f.hyph(i+1) && f.isW(i+2, "end") || f.isW(i+1, "end") && !f.hyph(i+1) {
			n := 2
			if f.hyph(i + 1) {
				n = 3
				if c := f.yearEndDay(i); c.n > 0 {
					return c
				}
			}
			return f.yearRel(n, 0, "")
		}
		if f.isW(i+1, "'") && f.isW(i+2, "s") && f.isW(i+3, "end") {
			return f.yearRel(4, 0, "")
		}
		if f.hyph(i+1) && f.isW(i+2, "ago", "earlier") {
			n := 3
			c := f.quarterAgo(i, f.isW(i+3, "quarter"))
			// "the year-ago quarter", "year-earlier period", "year-earlier third quarter"
			k := i + 3
			if o, ok := ordinalWords[f.w(k)]; ok && o <= 4 && f.isW(k+1, "quarter") {
				if c2 := f.quarterAt(0, o, f.prevYearOfQ()); c2.val != "" {
					return cand{n: 5, typ: "DATE", val: c2.val, noTrack: true}
				}
			}
			if f.isW(k, "quarter", "period") {
				n++
			} else if f.isW(k, "nine", "six") && f.isW(k+1, "months") {
				return cand{n: 5, typ: "DURATION", val: map[string]string{"nine": "P9M", "six": "P6M"}[f.w(k)]}
			}
			c.n = n
			return c
		}
		if hasThe {
			if f.isW(i+1, "ended", "ending", "through", "to") || f.isW(i-2, "throughout") {
				// "the year ended Sept. 30": a fiscal year, a span
				return cand{n: 1, typ: "DURATION", val: "P1Y"}
			}
			return f.yearRel(1, 0, "")
		}
		return cand{}
	case "quarter", "period":
		if hasThe && (f.isW(i+1, "a", "one") && f.isW(i+2, "year") && f.isW(i+3, "ago", "earlier") || f.isW(i+1, "last") && f.isW(i+2, "year")) {
			// "the quarter a year ago", "the period a year earlier", "the
			// period last year": one expression, the year-ago quarter
			c := f.quarterAgo(i, w == "quarter")
			c.n = 4
			if f.isW(i+1, "last") {
				c.n = 3
			}
			return c
		}
		if hasThe && !f.isW(i+1, "of", "-", "'") && !f.isW(i-2, "a") {
			if w == "period" {
				return cand{}
			}
			if c := f.quarterEnded(i); c.n > 0 {
				return c
			}
			return f.latestQuarter(1)
		}
		return cand{}
	case "weekend":
		if hasThe && (f.isW(i-2, "of") && f.isW(i-3, "ahead") || f.isW(i-2, "before", "until", "till")) {
			// "close their books ahead of the weekend": the coming one, whatever
			// the tense of the clause
			return f.weekendValue(1, "", 1)
		}
		if hasThe {
			return f.weekendValue(1, "", f.strongTense(i, i))
		}
		return cand{}
	case "week", "month":
		if hasThe && w == "week" && f.isW(i+1, "of") && monthWords[f.w(i+2)] > 0 {
			// "the week of March 6": the ISO week of that day
			if c := f.monthExpr(i+2, ""); c.n > 0 && c.gran == 'd' && c.typ == "DATE" && !strings.HasPrefix(c.val, "XXXX") {
				if v := fmtWeek(c.day); v != "" {
					return cand{n: 2 + c.n, typ: "DATE", val: v, gran: 'w'}
				}
			}
		}
		if hasThe && !f.isW(i+1, "of", "-", "'") {
			if w == "week" {
				return f.weekRel(1, 0)
			}
			return f.monthRel(1, 0)
		}
		return cand{}
	case "fiscal", "full":
		if hasThe && f.isW(i+1, "year") && !f.hyph(i+2) {
			if w == "fiscal" && (f.isW(i+2, "ended", "ending", "through", "to") || f.isW(i-2, "throughout")) {
				// "the fiscal year ended June 30", "throughout the fiscal year": a span
				return cand{n: 2, typ: "DURATION", val: "P1Y"}
			}
			return f.yearRel(2, 0, "")
		}
		return cand{}
	case "comparable", "corresponding":
		if hasThe {
			k := i + 1
			if f.isW(k, "year") && f.hyph(k+1) && f.isW(k+2, "ago", "earlier") {
				k += 3
			}
			if f.isW(k, "quarter", "period") {
				c := f.quarterAgo(i, f.isW(k, "quarter"))
				c.n = k + 1 - i
				if f.isW(k+1, "last") && f.isW(k+2, "year") {
					c.n += 2
				}
				return c
			}
		}
		return cand{}
	}
	rel, ok := relWords[w]
	if !ok {
		return cand{}
	}
	j := i + 1
	if w == "this" && f.isW(j, "coming", "past") {
		if f.w(j) == "coming" {
			rel = "next"
		} else {
			rel = "last"
		}
		j++
	}
	if w == "this" && f.isW(j, "year") && f.isW(j+1, "'") && f.isW(j+2, "s") {
		// "this year's third quarter"
		if o, ok := ordinalWords[f.w(j+3)]; ok && o <= 4 && f.isW(j+4, "quarter") {
			return f.quarterAt(j+5-i, o, f.anchor.Year())
		}
	}
	if (w == "last" || w == "next") && f.isW(j, "year") && f.isW(j+1, "'") && f.isW(j+2, "s") {
		off := -1
		if w == "next" {
			off = 1
		}
		if o, ok := ordinalWords[f.w(j+3)]; ok && o <= 4 && f.isW(j+4, "quarter") {
			return f.quarterAt(j+5-i, o, f.anchor.Year()+off).untracked()
		}
		if f.isW(j+3, "quarter") {
			return f.quarterAt(j+4-i, f.lastQOr(), f.anchor.Year()+off).untracked()
		}
	}
	if (w == "last" || w == "next") && f.isW(i-1, "as", "than") && f.tk(j).k != kWord {
		return f.elidedUnit(i)
	}
	u := f.w(j)
	n := j + 1 - i
	if f.tk(j).cap && !f.tk(j).up && unitWords[u].code != "" && !f.sentenceStart(j) {
		return cand{} // "This Week", a programme
	}
	switch {
	case u == "" || rel == "":
		return cand{}
	case monthWords[u] > 0 && (rel == "last" || rel == "next" || rel == "this"):
		c := f.monthExpr(j, rel)
		if c.n > 0 {
			c.n += j - i
		}
		return c
	case weekdayWords[u] > 0 && hasThe && (w == "previous" || w == "following") && f.hasDay:
		// narrative: "down from the previous Friday" counts from the last day
		// mentioned, not from the publication date
		return f.narrativeWeekday(j, weekdayWords[u], w == "following", n)
	case weekdayWords[u] > 0 && rel != "latest" && rel != "that":
		c := f.weekdayExpr(j, rel)
		if c.n > 0 {
			c.n += j - i
		}
		return c
	case seasonWords[u] != "" && rel != "latest":
		return f.seasonValue(n, seasonWords[u], rel, 0)
	case holidayLen(f, j) > 0 && (rel == "last" || rel == "next" || rel == "this"):
		c := f.pHoliday(j)
		hn := c.n
		c = f.holidayValue(j, hn, rel)
		c.n = hn + j - i
		return c
	}
	if w == "past" && !hasThe && rel == "last" && u != "year" {
		return cand{}
	}
	off := 0
	switch rel {
	case "last":
		off = -1
	case "next":
		off = 1
	}
	switch u {
	case "week":
		if rel == "latest" || rel == "that" {
			return cand{}
		}
		if hasThe && rel == "last" && f.has && !f.isW(j+1, "of", "'") {
			return f.pastWeek(n)
		}
		return f.weekRel(n, off)
	case "weekend":
		if rel == "latest" || rel == "that" {
			return cand{}
		}
		return f.weekendValue(n, rel, f.tense(i, j))
	case "month":
		if rel == "latest" || rel == "that" {
			return cand{}
		}
		if w == "following" || w == "previous" {
			// narrative: the month after (before) the last one mentioned
			if f.lastMonth < 0 {
				return cand{}
			}
			m := f.lastMonth + map[string]int{"following": 1, "previous": -1}[w]
			v := fmtMonth(m/12, m%12+1)
			if v == "" {
				return cand{} // past year 9999
			}
			return cand{n: n, typ: "DATE", val: v, gran: 'm'}
		}
		return f.monthRel(n, off)
	case "year":
		if rel == "latest" {
			return cand{}
		}
		if rel == "that" || hasThe && (w == "following" || w == "previous") {
			if f.lastYear == 0 {
				return cand{}
			}
			off := map[string]int{"that": 0, "following": 1, "previous": -1}[w]
			return cand{n: n, typ: "DATE", val: fmtYear(f.lastYear + off)}
		}
		if f.isW(j+1, "-") {
			return cand{}
		}
		if w == "past" || w == "previous" {
			if !hasThe && w == "previous" {
				return cand{}
			}
		}
		return f.yearRel(n, off, "")
	case "fiscal":
		if f.isW(j+1, "year") {
			if f.isW(i-2, "for") {
				return cand{n: n + 1, typ: "DURATION", val: "P1Y"}
			}
			if rel == "latest" && !f.isW(j+2, "ended", "ending", "through", "to", "which", "that", ",") {
				// "the latest fiscal year": the last one completed, as "the
				// latest quarter" is the last quarter reported; its end date,
				// when given ("the latest fiscal year, which ended in June"),
				// may fall in the anchor's year
				off = -1
			}
			return f.yearRel(n+1, off, "")
		}
		if o, ok := ordinalWords[f.w(j+1)]; ok && o <= 4 && f.isW(j+2, "quarter") {
			return f.quarterAt(n+2, o, f.quarterYear(o, i))
		}
	case "quarter", "period":
		if u == "period" && rel != "latest" {
			return cand{}
		}
		if rel == "latest" && w == "latest" {
			return f.completedQuarter(n)
		}
		if rel == "latest" || rel == "that" {
			return f.latestQuarter(n)
		}
		if w == "this" && u == "quarter" && f.isW(j+1, "'") && f.isW(j+2, "s") && resultNouns[f.w(j+3)] && f.lastQ[1] > 0 && int(f.sent[i])-f.lastQSent <= 2 {
			// "reported a loss for the third quarter. This quarter's loss
			// includes ...": the quarter reported, not the anchor's
			q := f.reportedQ()
			return f.quarterAt(n, q[1], q[0])
		}
		if !f.has {
			return cand{n: n, typ: "DATE", val: "XXXX-QX"}
		}
		q := quarterOf(int(f.anchor.Month())) + off
		y := f.anchor.Year()
		if q < 1 {
			q, y = 4, y-1
		} else if q > 4 {
			q, y = 1, y+1
		}
		return f.quarterAt(n, q, y)
	case "decade":
		if w == "past" {
			return cand{}
		}
		if !f.has {
			return cand{n: n, typ: "DATE", val: "XXX"}
		}
		return cand{n: n, typ: "DATE", val: strconv.Itoa(f.anchor.Year()/10 + off)}
	case "century":
		if w == "past" {
			return cand{}
		}
		if !f.has {
			return cand{n: n, typ: "DATE", val: "XX"}
		}
		return cand{n: n, typ: "DATE", val: pad2(f.anchor.Year()/100 + off)}
	case "morning", "afternoon", "evening", "night":
		if !f.has {
			return cand{}
		}
		d := f.anchorDay()
		switch {
		case w == "this" && u != "night":
		case w == "last" && u == "night":
			d = d.AddDate(0, 0, -1)
		default:
			return cand{}
		}
		return cand{n: n, typ: "TIME", val: fmtDate(d) + "T" + partOfDay[u]}
	}
	return cand{}
}

// elidedUnit: "last" or "next" at i closing a comparison whose unit is left
// out ("twice as large a harvest this year as last", "more this week than
// next") takes the unit of the "this" before it in the sentence.
func (f *finder) elidedUnit(i int) cand {
	off := -1
	if f.isW(i, "next") {
		off = 1
	}
	for k := i - 2; k >= f.sStart[f.sent[i]] && k >= i-maxTokens; k-- {
		if !f.isW(k, "this") {
			continue
		}
		switch f.w(k + 1) {
		case "year":
			return f.yearRel(1, off, "")
		case "month":
			return f.monthRel(1, off)
		case "week":
			return f.weekRel(1, off)
		}
		return cand{}
	}
	return cand{}
}

// resultNouns are the figures an earnings report gives for a period.
var resultNouns = map[string]bool{
	"loss": true, "losses": true, "profit": true, "profits": true, "earnings": true, "results": true,
	"net": true, "income": true, "sales": true, "revenue": true, "revenues": true,
}

// pastWeek: "the past week", "the last week" are the last seven days, whose
// value is the ISO week that holds most of them: the anchor's own from
// Thursday on, the one before from Monday to Wednesday.
func (f *finder) pastWeek(n int) cand {
	return cand{n: n, typ: "DATE", val: fmtWeek(f.anchorDay().AddDate(0, 0, -3)), gran: 'w'}
}

func (f *finder) weekRel(n, off int) cand {
	if !f.has {
		return cand{n: n, typ: "DATE", val: "XXXX-WXX"}
	}
	return cand{n: n, typ: "DATE", val: fmtWeek(f.anchorDay().AddDate(0, 0, 7*off)), gran: 'w'}
}

func (f *finder) monthRel(n, off int) cand {
	if !f.has {
		return cand{n: n, typ: "DATE", val: "XXXX-XX"}
	}
	y, m := addMonths(f.anchor.Year(), int(f.anchor.Month()), off)
	return cand{n: n, typ: "DATE", val: fmtMonth(y, m), gran: 'm'}
}

func (f *finder) yearRel(n, off int, mod string) cand {
	if !f.has {
		return cand{n: n, typ: "DATE", val: "XXXX", mod: mod}
	}
	return cand{n: n, typ: "DATE", val: fmtYear(f.anchor.Year() + off), gran: 'y', mod: mod}
}

func (f *finder) weekendValue(n int, rel string, tense int) cand {
	if !f.has {
		return cand{n: n, typ: "DATE", val: "XXXX-WXX-WE"}
	}
	a := f.anchorDay()
	aw := int(a.Weekday())
	if aw == 0 {
		aw = 7
	}
	var sat time.Time
	switch {
	case rel == "this":
		sat = a.AddDate(0, 0, 6-aw)
	case rel == "next" || rel == "" && tense > 0:
		fwd := (6 - aw + 7) % 7
		if fwd == 0 && rel == "next" {
			fwd = 7
		}
		sat = a.AddDate(0, 0, fwd)
		if aw == 7 && rel == "" {
			sat = a.AddDate(0, 0, 6)
		}
	default:
		back := (aw - 6 + 7) % 7
		sat = a.AddDate(0, 0, -back)
	}
	return cand{n: n, typ: "DATE", val: fmtWeek(sat) + "-WE"}
}

// pAnaphoricDay: "that day", "that same day", "the next morning", "the
// following day", "the previous day", resolved against the last day mentioned.
func (f *finder) pAnaphoricDay(i int, hasThe bool) cand {
	if hasThe && ordinalWords[f.w(i)] > 0 && f.isW(i+1, "day") && f.isW(i+2, "of") && f.has && f.todayIs(i-2) {
		// "Today is the eighth day of the strike", "It's the second day of a
		// walkout": that day is the publication day
		d := f.anchorDay()
		return cand{n: 2, typ: "DATE", val: fmtDate(d), gran: 'd', day: d}
	}
	if hasThe && f.isW(i, "day") && f.isW(i+1, "before", "after") && !f.nested {
		// "the day before last Tuesday('s hearing)": the named day, shifted.
		// One level only, so that "the day before the day before ..." stays linear.
		f.nested = true
		c, st := f.matchAt(i + 2)
		f.nested = false
		if st == i+2 && c.n > 0 && c.gran == 'd' && c.typ == "DATE" && c.val != "" && !strings.HasPrefix(c.val, "XXXX") {
			off := -1
			if f.isW(i+1, "after") {
				off = 1
			}
			d := c.day.AddDate(0, 0, off)
			if v := fmtDate(d); v != "" {
				// the named day stays the one in focus for later anaphora
				return cand{n: 2 + c.n, typ: "DATE", val: v, gran: 'd', day: c.day}
			}
		}
	}
	if c := f.aGreatDay(i); c.n > 0 {
		return c
	}
	if p := partOfDay[f.w(i)]; p != "" && hasThe && f.isW(i-2, "in", "during") && !f.isW(i+1, "of", "-", "'") && f.tk(i-3).k != kNum && f.has && f.tense(i, i) <= 0 {
		// "placed buy orders in the morning": the morning of the day in
		// focus (as "mid afternoon"); "will leave in the morning" is left
		// untagged, it may be the next day
		d := f.anchorDay()
		if f.hasDay {
			d = f.lastDay
		}
		if v := fmtDate(d); v != "" {
			return cand{n: 1, typ: "TIME", val: v + "T" + p}
		}
	}
	if f.monthLast && f.lastMonth >= 0 && int(f.sent[i])-f.monthSent <= 1 && f.isW(i, "that") && (f.isW(i+1, "day") || f.isW(i+1, "same") && f.isW(i+2, "day")) && !f.isW(i+2, "of", "-", "'") {
		// "killed last October. ... crossed out that same day": a day of the
		// month just mentioned (this or the previous sentence), not of the
		// last day mentioned before it
		if v := fmtMonth(f.lastMonth/12, f.lastMonth%12+1); v != "" {
			n := 2
			if f.isW(i+1, "same") {
				n = 3
			}
			return cand{n: n, typ: "DATE", val: v + "-XX"}
		}
	}
	if !f.hasDay {
		return cand{}
	}
	j := i
	off := 0
	switch f.w(j) {
	case "that":
		j++
		if f.isW(j, "same") {
			j++
		}
	case "same":
		if !hasThe {
			return cand{}
		}
		j++
	case "next", "following":
		if !hasThe {
			return cand{}
		}
		off = 1
		j++
	case "previous":
		if !hasThe {
			return cand{}
		}
		off = -1
		j++
	default:
		return cand{}
	}
	u := f.w(j)
	if u != "day" && partOfDay[u] == "" {
		return cand{}
	}
	if f.isW(j+1, "of", "-", "'") {
		return cand{}
	}
	d := f.lastDay.AddDate(0, 0, off)
	v := fmtDate(d)
	if v == "" {
		return cand{}
	}
	return cand{n: j + 1 - i, typ: "DATE", val: v, gran: 'd', day: d}
}

// yearEndDay resolves "year-end" used as a noun ("by year-end", "since
// year-end") to the last day of the year: the current year, or the previous
// one after "since" (the dev gold writes 2 of 2 so). Before a noun ("year-end
// results") it is left to yearRel.
func (f *finder) yearEndDay(i int) cand {
	if !f.has || f.tk(i+3).k == kWord && !functionWords[f.w(i+3)] {
		return cand{}
	}
	y := f.anchor.Year()
	if f.isW(i-1, "since") {
		y--
	}
	d := day(y, 12, 31)
	return cand{n: 3, typ: "DATE", val: fmtDate(d), gran: 'd', day: d}
}

// narrativeWeekday resolves "the previous Friday" (fwd false) or "the
// following Monday" (fwd true), whose weekday wd is at token j and which spans
// n tokens, against the last day mentioned: the nearest such weekday strictly
// before (after) it.
func (f *finder) narrativeWeekday(j, wd int, fwd bool, n int) cand {
	a := f.lastDay
	aw := int(a.Weekday())
	if aw == 0 {
		aw = 7
	}
	var d time.Time
	if fwd {
		k := (wd - aw + 7) % 7
		if k == 0 {
			k = 7
		}
		d = a.AddDate(0, 0, k)
	} else {
		k := (aw - wd + 7) % 7
		if k == 0 {
			k = 7
		}
		d = a.AddDate(0, 0, -k)
	}
	v := fmtDate(d)
	if v == "" {
		return cand{}
	}
	c := cand{n: n, typ: "DATE", val: v, gran: 'd', day: d}
	if _, ok := partOfDay[f.w(j+1)]; ok {
		c.n++
	}
	return c
}

// todayIs reports whether token k is a present copula whose subject is
// "today", "it" or "this" ("today is", "it's", "this is"): what follows it
// describes the day of writing.
func (f *finder) todayIs(k int) bool {
	subj := k - 1
	if f.isW(k, "s") && f.isW(k-1, "'") && f.glued(k) {
		subj = k - 2
	} else if !f.isW(k, "is") {
		return false
	}
	return f.isW(subj, "today", "it", "this")
}

// aGreatDay: "day" at i in "it was a proud day for the town", "this is a sad
// day": the day the sentence speaks of, the day in focus after a past copula,
// else the publication day. The evaluative adjective stays out of the
// extent. After "today is" the day is already tagged.
func (f *finder) aGreatDay(i int) cand {
	if !f.isW(i, "day") || !f.isW(i-2, "a") || f.tk(i-1).k != kWord || f.tk(i-1).cap || functionWords[f.w(i-1)] || triggers[f.w(i-1)] || f.isW(i+1, "of", "-", "'", "or", "and") || !f.has {
		return cand{}
	}
	k := i - 3
	if f.tk(k).k == kPunct && (f.w(k) == "\"" || f.w(k) == "`" || f.w(k) == "'") {
		k-- // it was "a great day"
	}
	past := f.isW(k, "was")
	if !past && !f.isW(k, "is") && !(f.isW(k, "s") && f.isW(k-1, "'")) {
		return cand{}
	}
	subj := k - 1
	if f.isW(k, "s") {
		subj = k - 2
	}
	if !f.isW(subj, "it", "this", "that") {
		return cand{}
	}
	d := f.anchorDay()
	if past && f.hasDay {
		d = f.lastDay
	}
	v := fmtDate(d)
	if v == "" {
		return cand{}
	}
	return cand{n: 1, typ: "DATE", val: v, gran: 'd', day: d, noDet: true}
}
