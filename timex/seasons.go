package timex

// Seasons.

// pSeason: "summer", "the summer of 1994", "winter 2018".
func (f *finder) pSeason(i int, hasThe bool) cand {
	s, ok := seasonWords[f.w(i)]
	if !ok {
		return cand{}
	}
	j := i + 1
	if f.isW(j, "of") || f.isW(j, ",") {
		if y, n := f.yearAt(j + 1); n > 0 {
			return cand{n: j + 1 + n - i, typ: "DATE", val: fmtYear(y) + "-" + s}
		}
		if f.isW(j, "of") {
			if c := f.spelledYear(j + 1); c.n > 0 {
				return cand{n: j + 1 + c.n - i, typ: "DATE", val: c.val + "-" + s}
			}
		}
	}
	if y, n := f.yearAt(j); n > 0 {
		return cand{n: j + n - i, typ: "DATE", val: fmtYear(y) + "-" + s}
	}
	w := f.w(i)
	prev := f.w(i - 1)
	if w == "fall" || w == "spring" {
		if !hasThe && !f.isW(i-1, "in", "this", "last", "next", "early", "late", "until", "by", "since", "during", "mid", "-") {
			return cand{}
		}
		if f.isW(j, "of") && !f.quantityFollows(j+1) || f.isW(j, "in", "by", "from") && w == "fall" {
			return cand{}
		}
	}
	if f.tk(i).cap && !f.sentenceStart(i) && prev != "" && f.tk(i-1).cap {
		return cand{}
	}
	if f.isW(j, "-") || f.tk(j-1).k == kWord && j < len(f.t) && f.tk(j).k == kWord && !f.tk(j).cap && !hasThe && f.isW(j, "season", "camp", "school", "session", "games", "olympics", "break", "holiday", "holidays", "vacation") {
		return cand{}
	}
	rel := ""
	if hasThe {
		rel = "this"
	}
	return f.seasonValue(1, s, rel, f.tense(i, i))
}

func (f *finder) seasonValue(n int, s, rel string, tense int) cand {
	if !f.has {
		return cand{n: n, typ: "DATE", val: "XXXX-" + s}
	}
	y := f.anchor.Year()
	m := int(f.anchor.Month())
	cur := "WI"
	switch {
	case m >= 3 && m <= 5:
		cur = "SP"
	case m >= 6 && m <= 8:
		cur = "SU"
	case m >= 9 && m <= 11:
		cur = "FA"
	}
	curY := y
	if m <= 2 {
		curY = y - 1 // winter belongs to the year it starts in
	}
	co, so := seasonOrder[cur], seasonOrder[s]
	switch rel {
	case "last":
		if so < co {
			y = curY
		} else {
			y = curY - 1
		}
	case "next":
		if so > co {
			y = curY
		} else {
			y = curY + 1
		}
	case "this":
		y = curY
		if m <= 2 && s != "WI" {
			y = f.anchor.Year()
		}
	default:
		switch {
		case tense < 0 && so > co:
			y = curY - 1
		case tense > 0 && so < co:
			y = curY + 1
		default:
			y = curY
			if m <= 2 && s != "WI" {
				y = f.anchor.Year()
			}
		}
	}
	if !validYear(y) {
		return cand{}
	}
	return cand{n: n, typ: "DATE", val: pad4(y) + "-" + s}
}
