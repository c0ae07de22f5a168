package timex

import (
	"strconv"
	"strings"
	"time"
)

// Clock times.

// clock parses "4:49" or "16:30".
func clock(s string) (int, int, bool) {
	k := strings.IndexByte(s, ':')
	if k < 1 || k > 2 || len(s)-k-1 != 2 {
		return 0, 0, false
	}
	h, err1 := strconv.Atoi(s[:k])
	m, err2 := strconv.Atoi(s[k+1:])
	if err1 != nil || err2 != nil || h > 24 || m > 59 {
		return 0, 0, false
	}
	return h, m, true
}

// pTime: "4:49 p.m. ET", "10 a.m. Friday", "noon Saturday", "midnight", "16:30 GMT".
func (f *finder) pTime(i int) cand {
	tk := f.tk(i)
	h, m := -1, 0
	j := i + 1
	switch {
	case tk.k == kNum:
		if hh, mm, ok := clock(tk.w); ok {
			h, m = hh, mm
		} else if tk.nd >= 1 && tk.nd <= 2 && tk.n <= 12 {
			h = tk.n
		} else {
			return cand{}
		}
		ampm := f.w(j)
		switch {
		case ampm == "am" || ampm == "pm":
			if h > 12 || h == 0 {
				return cand{}
			}
			if ampm == "pm" && h < 12 {
				h += 12
			}
			if ampm == "am" && h == 12 {
				h = 0
			}
			j++
		case f.isW(j, "o") && f.isW(j+1, "'") && f.isW(j+2, "clock"):
			j += 3
		case f.isW(j, "in") && f.isW(j+1, "the") && partOfDay[f.w(j+2)] != "":
			if f.w(j+2) != "morning" && h < 12 {
				h += 12
			}
			j += 3
		case strings.Contains(tk.w, ":") && (timeZones[f.w(j)] || f.isW(i-1, "at", "by", "until", "around", "about", "from", "before", "after")):
		default:
			return cand{}
		}
	case tk.w == "noon" || tk.w == "midday":
		if f.isW(i-1, "high") {
			return cand{} // "high noon": the idiom (or the film), not a clock time
		}
		h = 12
	case tk.w == "midnight":
		h = 24
	default:
		return cand{}
	}
	if timeZones[f.w(j)] && (f.tk(j).up || f.w(j) == "z") {
		j++
	} else if f.isW(j, "local") && f.isW(j+1, "time") {
		j += 2
	}
	// attached day
	var d time.Time
	haveDay := false
	k := j
	if f.isW(k, "on") || f.isW(k, ",") {
		k++
	}
	if k < len(f.t) {
		var c cand
		switch {
		case weekdayWords[f.w(k)] > 0:
			c = f.weekdayExpr(k, "")
		case monthWords[f.w(k)] > 0:
			c = f.monthExpr(k, "")
		case f.isW(k, "today", "yesterday", "tomorrow"):
			c = f.pRelDay(k)
		}
		if c.n > 0 && c.gran == 'd' && c.typ == "DATE" {
			d, haveDay = c.day, true
			j = k + c.n
		} else if c.n > 0 && strings.HasPrefix(c.val, "XXXX") && c.typ == "DATE" {
			return cand{n: k + c.n - i, typ: "TIME", val: c.val + "T" + pad2(h) + ":" + pad2(m)}
		}
	}
	if !haveDay {
		switch {
		case f.hasDay:
			d, haveDay = f.lastDay, true
		case f.has:
			d, haveDay = f.anchorDay(), true
		}
	}
	hm := pad2(h) + ":" + pad2(m)
	if !haveDay {
		return cand{n: j - i, typ: "TIME", val: "XXXX-XX-XXT" + hm}
	}
	v := fmtDate(d)
	if v == "" {
		return cand{}
	}
	return cand{n: j - i, typ: "TIME", val: v + "T" + hm}
}
