package datetext

import (
	"regexp"
	"strings"
	"time"
)

// strictMonth is an English month name or its usual abbreviation, with an
// optional full stop: it must stand alone, so "Marathon 2024" is no month.
const strictMonth = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

// looseMonth is any word starting with an English month stem. It is used only
// between a day number and a year, where it also reads French and Italian
// names that share the stem ("5 novembre 2024", "5 marzo 2024").
const looseMonth = `(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`

var (
	// reISO: year, month and day with one separator, and an optional time
	// and zone ("2024-03-05", "2024/3/5", "2024-03-05T10:00:00+01:00").
	reISO = regexp.MustCompile(`\b(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?\b`)
	// reCJK: "2024年3月5日".
	reCJK = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	// reMDY: "March 5, 2024", "Mar. 5th 2024".
	reMDY = regexp.MustCompile(`(?i)\b` + strictMonth + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// reDMY: "5 March 2024", "5th of March, 2024".
	reDMY = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + looseMonth + `,?\s+(\d{4})\b`)
	// reNumeric: day and month in either order, then the year ("27/09/2018", "27.09.18").
	reNumeric = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b`)
	// reMY: "March 2024", "Mar. 2024".
	reMY = regexp.MustCompile(`(?i)\b` + strictMonth + `,?\s+(\d{4})\b`)
)

// Find returns the first date written in s, a line of text such as a byline
// or a date line ("Published: Tuesday, March 5, 2024 08:38 AM"), as ISO 8601,
// with the byte range [start, end) of s it covers. It returns "", -1, -1 when
// s holds no date the reader accepts.
//
// The forms are tried in this order, and the first date of the first form
// that holds a valid one wins:
//
//   - year-month-day with "-", "/" or "." ("2024-03-05", "2024/3/5"), a
//     date-time with its zone when s gives both, else a date; never inside a
//     URL path or a dotted name, and with two-digit month and day when dotted;
//   - 年月日 ("2024年3月5日");
//   - "March 5, 2024", "Mar. 5th 2024";
//   - "5 March 2024", "5th of March, 2024";
//   - a numeric day and month whose order is clear ("27/09/2018",
//     "09/27/2018", "05/05/2018"; "03/05/2024" is refused); two-digit years
//     69-99 are 1969-1999, 00-68 are 2000-2068;
//   - "March 2024", which gives YYYY-MM.
func (r Reader) Find(s string) (iso string, start, end int) {
	if strings.IndexAny(s, "0123456789") < 0 {
		return "", -1, -1
	}
	if strings.ContainsAny(s, "-/.") {
		if iso, a, b := r.first(reISO, s, r.isoMatch); iso != "" {
			return iso, a, b
		}
	}
	if strings.Contains(s, "年") {
		if iso, a, b := r.first(reCJK, s, r.cjkMatch); iso != "" {
			return iso, a, b
		}
	}
	named := hasMonthStem(s)
	if named {
		if iso, a, b := r.first(reMDY, s, r.mdyMatch); iso != "" {
			return iso, a, b
		}
		if iso, a, b := r.first(reDMY, s, r.dmyMatch); iso != "" {
			return iso, a, b
		}
	}
	if strings.ContainsAny(s, "/.") {
		if iso, a, b := r.first(reNumeric, s, r.numericMatch); iso != "" {
			return iso, a, b
		}
	}
	if named {
		if iso, a, b := r.first(reMY, s, r.myMatch); iso != "" {
			return iso, a, b
		}
	}
	return "", -1, -1
}

// first returns the first match of re in s that read turns into a date.
func (r Reader) first(re *regexp.Regexp, s string, read func(s string, m []int) string) (string, int, int) {
	m := re.FindStringSubmatchIndex(s)
	if m == nil {
		return "", -1, -1
	}
	if iso := read(s, m); iso != "" {
		return iso, m[0], m[1]
	}
	// Rare: the first match was no date ("2019-02-31"); try the others.
	for _, m := range re.FindAllStringSubmatchIndex(s, -1)[1:] {
		if iso := read(s, m); iso != "" {
			return iso, m[0], m[1]
		}
	}
	return "", -1, -1
}

// group returns the text of submatch i, or "".
func group(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

func (r Reader) isoMatch(s string, m []int) string {
	sep := group(s, m, 2)
	if sep != group(s, m, 4) {
		return "" // "2019-11/19"
	}
	if sep != "-" && inPath(s, m[0], m[1]) {
		return "" // "/2019/11/19/slug", "v.2019.11.19": a path or a name, not a date written to be read
	}
	if sep == "." && (len(group(s, m, 3)) != 2 || len(group(s, m, 5)) != 2) {
		return "" // "2021.3.1" is a version number; dotted dates are written "2021.03.01"
	}
	day, ok := r.day(number(group(s, m, 1)), number(group(s, m, 3)), number(group(s, m, 5)))
	if !ok {
		return ""
	}
	zone := group(s, m, 9)
	if zone == "" {
		return day // a time without its zone is not an instant: keep the date
	}
	sec := group(s, m, 8)
	if sec == "" {
		sec = "00"
	}
	if zone != "Z" && len(zone) == 5 {
		zone = zone[:3] + ":" + zone[3:]
	}
	t, err := time.Parse(time.RFC3339, day+"T"+group(s, m, 6)+":"+group(s, m, 7)+":"+sec+zone)
	if err != nil {
		return day // "25:99" or "+99:00": the date stands, the time does not
	}
	return t.Format(time.RFC3339)
}

func (r Reader) cjkMatch(s string, m []int) string {
	day, _ := r.day(number(group(s, m, 1)), number(group(s, m, 2)), number(group(s, m, 3)))
	return day
}

func (r Reader) mdyMatch(s string, m []int) string {
	day, _ := r.day(number(group(s, m, 3)), monthNumber(group(s, m, 1)), number(group(s, m, 2)))
	return day
}

func (r Reader) dmyMatch(s string, m []int) string {
	day, _ := r.day(number(group(s, m, 3)), monthNumber(group(s, m, 2)), number(group(s, m, 1)))
	return day
}

func (r Reader) numericMatch(s string, m []int) string {
	a, b := number(group(s, m, 1)), number(group(s, m, 2))
	ys := group(s, m, 3)
	y := number(ys)
	if len(ys) == 2 {
		y = fullYear(y)
	}
	var mo, d int
	switch {
	case a > 12 && b <= 12:
		d, mo = a, b
	case b > 12 && a <= 12:
		mo, d = a, b
	case a == b:
		mo, d = a, b
	default:
		return "" // "03/05/2024": 3 May or March 5
	}
	day, _ := r.day(y, mo, d)
	return day
}

func (r Reader) myMatch(s string, m []int) string {
	month, _ := r.month(number(group(s, m, 2)), monthNumber(group(s, m, 1)))
	return month
}

// inPath reports whether s[start:end] continues a path or a dotted name:
// a slash or a full stop before it, or a slash or a full stop and a letter
// or digit after it.
func inPath(s string, start, end int) bool {
	if start > 0 && (s[start-1] == '/' || s[start-1] == '.') {
		return true
	}
	if end < len(s) && s[end] == '/' {
		return true
	}
	return end+1 < len(s) && s[end] == '.' && isAlnum(s[end+1])
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// fullYear reads a two-digit year as Go's time package and POSIX strptime
// do: 69-99 are 1969-1999, 00-68 are 2000-2068.
func fullYear(yy int) int {
	if yy >= 69 {
		return 1900 + yy
	}
	return 2000 + yy
}

// hasMonthStem reports whether s holds the first three letters of an English
// month name, in any case: the patterns with month names need one.
func hasMonthStem(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		switch s[i] | 0x20 {
		case 'j', 'f', 'm', 'a', 's', 'o', 'n', 'd':
			if monthNumber(s[i:i+3]) > 0 {
				return true
			}
		}
	}
	return false
}
