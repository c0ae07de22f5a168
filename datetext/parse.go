package datetext

import (
	"strings"
	"time"
)

// precision is what a layout gives.
type precision int

const (
	zoned     precision = iota // a date-time with a numeric zone offset
	named                      // a date-time with a zone abbreviation ("GMT", "EST")
	local                      // a date-time without a zone
	dayOnly                    // a date
	monthOnly                  // a year and month
	yearOnly                   // a year
)

// layouts are the machine forms Parse reads whole, with what each gives.
// Layouts with zones come first; "MST" stands for a zone abbreviation.
var layouts = []struct {
	layout string
	prec   precision
}{
	{time.RFC3339Nano, zoned}, // also reads RFC 3339 without fractional seconds
	{"2006-01-02T15:04:05Z0700", zoned},
	{"2006-01-02T15:04Z07:00", zoned},
	{"2006-01-02T15:04Z0700", zoned},
	{"2006-01-02 15:04:05Z07:00", zoned},
	{"2006-01-02 15:04:05 -0700", zoned},
	{"2006-01-02 15:04:05 -0700 MST", zoned}, // Go's time.Time.String
	{time.RFC1123Z, zoned},
	{"Mon, 2 Jan 2006 15:04:05 -0700", zoned},
	{"2 Jan 2006 15:04:05 -0700", zoned},
	{time.RFC822Z, zoned},
	{"Mon, 02 Jan 2006 15:04 -0700", zoned},
	{time.RFC1123, named},
	{"Mon, 2 Jan 2006 15:04:05 MST", named},
	{"2 Jan 2006 15:04:05 MST", named},
	{time.RFC822, named},
	{"Mon, 02 Jan 2006 15:04 MST", named},
	{time.RFC850, named},
	{"2006-01-02T15:04:05", local},
	{"2006-01-02T15:04", local},
	{"2006-01-02T15", local},
	{"2006-01-02 15:04:05", local},
	{"2006-01-02 15:04", local},
	{"2006/01/02 15:04:05", local},
	{"2006-01-02", dayOnly},
	{"2006/01/02", dayOnly},
	{"2006.01.02", dayOnly},
	{"20060102", dayOnly},
	{"2006-01", monthOnly},
	{"2006", yearOnly},
}

// zoneOffsets are the zone abbreviations read with their offset in seconds:
// RFC 822's North American zones and a few that name one zone only. Other
// abbreviations (IST, BST, CST outside RFC 822's sense, ...) are ambiguous,
// and a date-time that gives one is kept without its zone.
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "WET": 0,
	"EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
	"WEST": 1 * 3600, "CET": 1 * 3600, "CEST": 2 * 3600, "EET": 2 * 3600, "EEST": 3 * 3600,
	"JST": 9 * 3600, "KST": 9 * 3600, "HKT": 8 * 3600, "SGT": 8 * 3600,
	"AEST": 10 * 3600, "AEDT": 11 * 3600,
}

// maxParse bounds the input Parse considers: no date form is longer.
const maxParse = 128

// Parse reads s, all of which (bar surrounding space) must be one date or
// date-time, such as a meta tag, a feed or a user gives, and returns it as
// ISO 8601 at the precision given:
//
//   - a date-time with a zone, as RFC 3339 ("2024-03-05T10:00:00+01:00";
//     UTC is "Z"; fractional seconds are dropped), from RFC 3339, ISO 8601
//     with a basic offset ("+0100"), RFC 1123 and RFC 822 ("Tue, 05 Mar 2024
//     10:00:00 GMT"); a zone abbreviation that names no single offset leaves
//     the date-time without zone;
//   - a date-time without a zone, as YYYY-MM-DDTHH:MM:SS;
//   - a date, as YYYY-MM-DD, from "2024-03-05", "2024/03/05", "20240305",
//     "March 5, 2024", "Mar. 5th, 2024", "5 March 2024", "2024年3月5日" and
//     unambiguous numeric dates ("27/09/2018");
//   - a month, as YYYY-MM, from "2024-03" or "March 2024";
//   - a year, as YYYY, from "2024".
//
// ok is false, and iso "", for anything else, for impossible dates and for
// years outside the reader's range.
func (r Reader) Parse(s string) (iso string, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxParse {
		return "", false
	}
	if iso, ok, done := r.parseShort(s); done {
		return iso, ok
	}
	for _, l := range layouts {
		t, err := time.ParseInLocation(l.layout, s, time.UTC)
		if err != nil {
			continue
		}
		if !r.inYears(t.Year()) {
			return "", false
		}
		switch l.prec {
		case zoned:
			return t.Format(time.RFC3339), true
		case named:
			return formatNamed(t), true
		case local:
			return t.Format("2006-01-02T15:04:05"), true
		case dayOnly:
			return t.Format("2006-01-02"), true
		case monthOnly:
			return t.Format("2006-01"), true
		default:
			return t.Format("2006"), true
		}
	}
	// Dates in words, or numeric ones in other orders: the whole of s must be
	// the date, and a time it gives must not be dropped ("2024-03-05T25:00Z").
	if iso, a, b := r.Find(s); iso != "" && a == 0 && b == len(s) && (len(iso) > len("2006-01-02") || !strings.Contains(s, ":")) {
		return iso, true
	}
	return "", false
}

// parseShort reads the plain ISO forms YYYY, YYYY-MM and YYYY-MM-DD without
// trying every layout. done is false when s has none of these shapes.
func (r Reader) parseShort(s string) (iso string, ok, done bool) {
	digits := func(x string) bool {
		for i := 0; i < len(x); i++ {
			if x[i] < '0' || x[i] > '9' {
				return false
			}
		}
		return true
	}
	switch {
	case len(s) == 4 && digits(s):
		if !r.inYears(number(s)) {
			return "", false, true
		}
		return s, true, true
	case len(s) == 7 && s[4] == '-' && digits(s[:4]) && digits(s[5:]):
		iso, ok := r.month(number(s[:4]), number(s[5:]))
		return iso, ok, true
	case len(s) == 10 && s[4] == '-' && s[7] == '-' && digits(s[:4]) && digits(s[5:7]) && digits(s[8:]):
		iso, ok := r.day(number(s[:4]), number(s[5:7]), number(s[8:]))
		return iso, ok, true
	}
	return "", false, false
}

// formatNamed writes a date-time parsed with a zone abbreviation: with its
// offset when the abbreviation names one, else without a zone.
func formatNamed(t time.Time) string {
	name, _ := t.Zone()
	if strings.HasPrefix(name, "GMT") || name == "UTC" {
		return t.Format(time.RFC3339) // time reads "GMT+2" with its offset
	}
	if o, ok := zoneOffsets[name]; ok {
		t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.FixedZone(name, o))
		return t.Format(time.RFC3339)
	}
	return t.Format("2006-01-02T15:04:05")
}
