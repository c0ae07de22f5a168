package webpage

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the machine date formats seen in meta tags and datetime
// attributes, with the precision each carries.
var dateLayouts = []struct {
	layout string
	prec   int // 0 date-time with zone, 1 date-time without zone, 2 date
}{
	{time.RFC3339Nano, 0}, {time.RFC3339, 0}, {"2006-01-02T15:04:05Z0700", 0}, {"2006-01-02T15:04:05.000Z0700", 0},
	{"2006-01-02T15:04Z07:00", 0}, {"2006-01-02 15:04:05Z07:00", 0}, {"2006-01-02 15:04:05 -0700", 0},
	{"2006-01-02 15:04:05 -0700 MST", 0}, {time.RFC1123Z, 0}, {time.RFC1123, 0}, {"Mon, 2 Jan 2006 15:04:05 -0700", 0},
	{"2006-01-02T15:04:05", 1}, {"2006-01-02T15:04:05.000", 1}, {"2006-01-02T15:04", 1}, {"2006-01-02 15:04:05", 1},
	{"2006-01-02 15:04", 1}, {"2006/01/02 15:04:05", 1},
	{"2006-01-02", 2}, {"2006/01/02", 2}, {"20060102", 2}, {"2006.01.02", 2},
}

// normDate returns s, a machine-readable date, as ISO 8601: a date-time with
// its offset, a date-time without one, or a date. It returns "" for anything
// it cannot read or that lies outside 1990-2100.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, l := range dateLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if t.Year() < 1990 || t.Year() > 2100 {
			return ""
		}
		switch l.prec {
		case 0:
			return t.Format(time.RFC3339)
		case 1:
			return t.Format("2006-01-02T15:04:05")
		default:
			return t.Format("2006-01-02")
		}
	}
	return textDate(s)
}

var monthNames = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
	"jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
	"oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

var (
	mdyRE = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dmyRE = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b`)
	isoRE = regexp.MustCompile(`\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	cjkRE = regexp.MustCompile(`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	myRE  = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d{2})\b`)
)

// textDate finds a date written in words or digits in a line of text and
// returns it as YYYY-MM-DD, or YYYY-MM when only the month is given. Days
// are never invented.
func textDate(s string) string {
	if m := isoRE.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := cjkRE.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := mdyRE.FindStringSubmatch(s); m != nil {
		return ymd(m[3], strconv.Itoa(monthNames[strings.ToLower(m[1])]), m[2])
	}
	if m := dmyRE.FindStringSubmatch(s); m != nil {
		return ymd(m[3], strconv.Itoa(monthNames[strings.ToLower(m[2])]), m[1])
	}
	if m := myRE.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[2])
		return validYM(y, monthNames[strings.ToLower(m[1])])
	}
	return ""
}

func ymd(ys, ms, ds string) string {
	y, _ := strconv.Atoi(ys)
	m, _ := strconv.Atoi(ms)
	d, _ := strconv.Atoi(ds)
	if y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 {
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "" // 31 February
	}
	return t.Format("2006-01-02")
}

func validYM(y, m int) string {
	if y < 1990 || y > 2100 || m < 1 || m > 12 {
		return ""
	}
	return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
}

var (
	urlYMD     = regexp.MustCompile(`/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|_|$)`)
	urlCompact = regexp.MustCompile(`/((?:19|20)\d{2})(\d{2})(\d{2})(?:/|-|_|$)`)
	urlYM      = regexp.MustCompile(`/((?:19|20)\d{2})[/-](\d{1,2})/`)
)

// urlDate returns the date a URL's path gives (/2019/11/18/ or /20191118/
// as YYYY-MM-DD; /2019/11/ as YYYY-MM), or "".
func urlDate(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		if j := strings.IndexByte(u, '/'); j >= 0 {
			u = u[j:]
		} else {
			return ""
		}
	}
	if m := urlYMD.FindStringSubmatch(u); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := urlCompact.FindStringSubmatch(u); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := urlYM.FindStringSubmatch(u); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		return validYM(y, mo)
	}
	return ""
}
