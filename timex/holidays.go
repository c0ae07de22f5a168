package timex

// Holidays.

// holidayLen returns the number of tokens of a holiday name at i, or 0.
func holidayLen(f *finder, i int) int {
	if i >= len(f.t) || !(f.tk(i).cap || f.tk(i).up) {
		return 0
	}
	switch f.w(i) {
	case "christmas":
		if f.isW(i+1, "day", "eve") {
			return 2
		}
		return 1
	case "thanksgiving", "easter":
		if f.isW(i+1, "day", "sunday") {
			return 2
		}
		return 1
	case "halloween":
		return 1
	case "new":
		if f.isW(i+1, "year") && f.isW(i+2, "'") && f.isW(i+3, "s") {
			if f.isW(i+4, "day", "eve") {
				return 5
			}
			return 4
		}
	case "labor", "labour", "memorial", "independence", "election", "veterans":
		if f.isW(i+1, "day") && f.tk(i+1).cap {
			return 2
		}
	case "valentine":
		if f.isW(i+1, "'") && f.isW(i+2, "s") && f.isW(i+3, "day") {
			return 4
		}
	}
	return 0
}

// holidayDate returns the month and day of holiday at i in year y.
func holidayDate(f *finder, i, n, y int) (int, int) {
	nth := func(m, wd, k int) int { // k-th weekday wd (ISO) of month m; k = -1: last
		if k < 0 {
			last := daysIn(y, m)
			t := day(y, m, last)
			w := int(t.Weekday())
			if w == 0 {
				w = 7
			}
			return last - (w-wd+7)%7
		}
		t := day(y, m, 1)
		w := int(t.Weekday())
		if w == 0 {
			w = 7
		}
		return 1 + (wd-w+7)%7 + 7*(k-1)
	}
	switch f.w(i) {
	case "christmas":
		if n == 2 && f.isW(i+1, "eve") {
			return 12, 24
		}
		return 12, 25
	case "thanksgiving":
		return 11, nth(11, 4, 4)
	case "halloween":
		return 10, 31
	case "new":
		if n == 5 && f.isW(i+4, "eve") {
			return 12, 31
		}
		return 1, 1
	case "labor", "labour":
		return 9, nth(9, 1, 1)
	case "memorial":
		return 5, nth(5, 1, -1)
	case "independence":
		return 7, 4
	case "veterans":
		return 11, 11
	case "election":
		return 11, nth(11, 1, 1) + 1
	case "valentine":
		return 2, 14
	case "easter":
		a := y % 19
		b, c := y/100, y%100
		d, e := b/4, b%4
		g := (8*b + 13) / 25
		h := (19*a + b - d - g + 15) % 30
		j, k := c/4, c%4
		l := (32 + 2*e + 2*j - h - k) % 7
		m := (a + 11*h + 2*l) / 451
		month := (h + l - 7*m + 114) / 31
		dd := (h+l-7*m+114)%31 + 1
		return month, dd
	}
	return 0, 0
}

// pHoliday: "Thanksgiving Day", "Christmas", "New Year's Eve", "Election Day".
func (f *finder) pHoliday(i int) cand {
	n := holidayLen(f, i)
	if n == 0 {
		return cand{}
	}
	c := f.holidayValue(i, n, "")
	if n == 1 && f.isW(i+1, "week") && !f.tk(i+1).cap && c.gran == 'd' && c.n == 1 {
		// "Easter week", "Christmas week": the ISO week of the holiday
		if v := fmtWeek(c.day); v != "" {
			return cand{n: 2, typ: "DATE", val: v, gran: 'w'}
		}
	}
	return c
}

func (f *finder) holidayValue(i, n int, rel string) cand {
	if n == 0 {
		return cand{}
	}
	if !f.has {
		return cand{n: n, typ: "DATE", val: "XXXX-XX-XX"}
	}
	// explicit year after: "Christmas 1998"
	if y, k := f.yearAt(i + n); k > 0 {
		m, d := holidayDate(f, i, n, y)
		return cand{n: n + k, typ: "DATE", val: f.monthDayValue(y, m, d, true), gran: 'd', day: day(y, m, d)}
	}
	y := f.anchor.Year()
	m, d := holidayDate(f, i, n, y)
	y = f.resolveYear(m, d, rel, f.tense(i, i+n-1))
	m, d = holidayDate(f, i, n, y)
	if m == 0 {
		return cand{}
	}
	return cand{n: n, typ: "DATE", val: f.monthDayValue(y, m, d, true), gran: 'd', day: day(y, m, d)}
}
