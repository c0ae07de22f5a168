package timex

import (
	"strconv"
	"strings"
)

// Years, decades and centuries.

var yearContext = map[string]bool{
	"in": true, "since": true, "of": true, "by": true, "from": true, "to": true, "until": true,
	"before": true, "after": true, "year": true, "fiscal": true, "between": true, "during": true,
	"around": true, "and": true, "early": true, "late": true, "mid": true, "the": true, "circa": true,
	"through": true, "till": true, "for": true, "or": true, "-": true, "summer": true, "spring": true,
	"winter": true, "fall": true, "autumn": true, "in-": true, "post": true, "pre": true, "at": true,
}

// pYear: "1998", "fiscal 1989", "the 1990s", "'80s", "the 20th century",
// "nineteen ninety-six", "1950-53" (second part).
func (f *finder) pYear(i int, hasThe bool) cand {
	tk := f.tk(i)
	prev := f.w(i - 1)
	if tk.k == kWord {
		switch tk.w {
		case "fiscal":
			j := i + 1
			if f.isW(j, "year") {
				j++
			}
			if y, n := f.yearAt(j); n > 0 {
				return cand{n: j + n - i, typ: "DATE", val: fmtYear(y), gran: 'y'}
			}
		case "nineteen", "eighteen", "twenty", "two":
			return f.spelledYear(i)
		case "nineties", "eighties", "seventies", "sixties", "fifties", "forties", "thirties", "twenties":
			if hasThe {
				d := map[string]string{"nineties": "199", "eighties": "198", "seventies": "197", "sixties": "196", "fifties": "195", "forties": "194", "thirties": "193", "twenties": "192"}[tk.w]
				return cand{n: 1, typ: "DATE", val: d}
			}
		case "year":
			if hasThe {
				if y, n := f.yearAt(i + 1); n > 0 {
					return cand{n: 1 + n, typ: "DATE", val: fmtYear(y), gran: 'y'}
				}
				if c := f.spelledYear(i + 1); c.n > 0 {
					c.n++
					return c
				}
			}
		}
		if o, ok := ordinalWords[tk.w]; ok && f.isW(i+1, "century") {
			return cand{n: 2, typ: "DATE", val: pad2(o - 1)}
		}
		return cand{}
	}
	if tk.w == "'" {
		if i+2 < len(f.t) && f.glued(i+1) && f.tk(i+1).nd == 2 && f.glued(i+2) && f.isW(i+2, "s") {
			d := f.tk(i + 1).n
			if d%10 != 0 {
				return cand{}
			}
			return cand{n: 3, typ: "DATE", val: strconv.Itoa(19*10 + d/10)}
		}
		if y, n := f.yearAt(i); n > 0 && monthPrepositions[prev] {
			return cand{n: n, typ: "DATE", val: fmtYear(y), gran: 'y'}
		}
		return cand{}
	}
	// ordinal century: "20th century"
	if tk.nd > 0 && tk.nd <= 2 && f.ordinalSuffix(i+1) && f.isW(i+2, "century") {
		if tk.n < 1 || tk.n > 99 {
			return cand{}
		}
		return cand{n: 3, typ: "DATE", val: pad2(tk.n - 1)}
	}
	// second half of a year range: "1950-53"
	if tk.nd == 2 && i >= 2 && f.hyph(i-1) && f.tk(i-2).nd == 4 && f.tk(i-2).n >= 1000 && f.tk(i-2).n <= 2999 {
		y := f.tk(i-2).n/100*100 + tk.n
		if y > f.tk(i-2).n && y-f.tk(i-2).n < 100 && !(i+1 < len(f.t) && f.glued(i+1) && f.tk(i+1).k != kPunct) {
			return cand{n: 1, typ: "DATE", val: fmtYear(y), gran: 'y'}
		}
		return cand{}
	}
	if tk.nd != 4 || tk.n < 1000 || tk.n > 2999 {
		return cand{}
	}
	y := tk.n
	// decades: "1990s"
	if i+1 < len(f.t) && f.glued(i+1) && f.isW(i+1, "s") && y%10 == 0 {
		if hasThe {
			return cand{n: 2, typ: "DATE", val: strconv.Itoa(y / 10)}
		}
		return cand{n: 2, typ: "DATE", val: strconv.Itoa(y/10) + "X"}
	}
	// false friends: money, codes, phone numbers, parts of longer numbers
	if i > 0 && f.glued(i) {
		p := f.tk(i - 1)
		switch {
		case p.w == "-" || p.w == "/":
			// a year range "1950-1953" is fine, and "mid-1996", "post-1959"; "555-1998" is not
			if !(i >= 2 && f.tk(i-2).nd == 4 && f.tk(i-2).n >= 1000 && f.tk(i-2).n <= 2999) && !(p.w == "-" && f.isW(i-2, "mid", "pre", "post")) {
				return cand{}
			}
		case p.w == "(" || p.w == "\"" || p.w == "'" || p.w == "[":
		default:
			return cand{}
		}
	}
	if i > 0 && (prev == "$" || prev == "#" || prev == "no" || prev == "number" || prev == "flight" || prev == "route" || prev == "room" || prev == "£" || prev == "€") {
		return cand{}
	}
	if i+1 < len(f.t) {
		nx := f.tk(i + 1)
		if f.glued(i+1) && nx.k != kPunct {
			return cand{}
		}
		if f.glued(i+1) && (nx.w == "-" || nx.w == "/") && i+2 < len(f.t) && f.tk(i+2).k == kNum && f.glued(i+2) {
			if !(f.tk(i+2).nd == 4 && f.tk(i+2).n >= 1000 && f.tk(i+2).n <= 2999) && f.tk(i+2).nd != 2 {
				return cand{}
			}
		}
		if nx.w == "%" || nx.w == "percent" || nx.w == "per" {
			return cand{}
		}
		if nx.k == kWord && !nx.cap && !yearContext[prev] && strings.HasSuffix(nx.w, "s") && !strings.HasSuffix(nx.w, "ss") && len(nx.w) > 2 {
			switch nx.w {
			case "was", "is", "has", "as", "its", "this", "his", "us", "plus", "levels", "results", "figures", "elections", "season":
			default:
				return cand{} // "2000 troops"
			}
		}
	}
	if (y < 1900 || y > 2100) && !yearContext[prev] {
		return cand{}
	}
	if f.nameBefore(i) {
		return cand{} // "a joint venture called Orion 1980", "Windows 2000": part of a name
	}
	return cand{n: 1, typ: "DATE", val: fmtYear(y), gran: 'y', abs: true}
}

// spelledYear: "nineteen ninety-six", "two thousand", "twenty ten".
func (f *finder) spelledYear(i int) cand {
	w := f.w(i)
	switch w {
	case "two":
		if f.isW(i+1, "thousand") {
			j := i + 2
			y := 2000
			if f.isW(j, "and") {
				j++
			}
			if u, ok := numberWords[f.w(j)]; ok && u < 20 {
				return cand{n: j + 1 - i, typ: "DATE", val: fmtYear(y + u), gran: 'y'}
			}
			if !f.isW(i-1, "year") && !monthPrepositions[f.w(i-1)] {
				return cand{}
			}
			return cand{n: 2, typ: "DATE", val: "2000", gran: 'y'}
		}
		return cand{}
	case "nineteen", "eighteen", "twenty":
	default:
		return cand{}
	}
	c := numberWords[w] * 100
	j := i + 1
	tens, ok := numberWords[f.w(j)]
	if !ok || tens < 10 || (tens%10 != 0 && tens > 19) {
		return cand{}
	}
	y := c + tens
	j++
	if tens >= 20 && f.hyph(j) {
		if u, ok := numberWords[f.w(j+1)]; ok && u < 10 {
			y += u
			j += 2
		}
	} else if tens >= 20 {
		if u, ok := numberWords[f.w(j)]; ok && u < 10 {
			y += u
			j++
		}
	}
	return cand{n: j - i, typ: "DATE", val: fmtYear(y), gran: 'y'}
}

// nameBefore reports whether the year at token i follows a capitalised word
// inside its sentence that is no date word ("Orion 1980"): the year is then
// part of a name.
func (f *finder) nameBefore(i int) bool {
	if i < 1 || f.sentenceStart(i-1) || f.tk(i-1).k != kWord || !f.tk(i-1).cap || f.tk(i-1).up || f.glued(i) {
		return false
	}
	w := f.w(i - 1)
	return monthWords[w] == 0 && weekdayWords[w] == 0 && seasonWords[w] == "" && !yearContext[w] && !monthPrepositions[w] && !functionWords[w] && !f.isW(i-1, "fiscal", "year", "calendar", "mid", "early", "late", "spring", "summer", "fall", "autumn", "winter", "christmas", "easter")
}
