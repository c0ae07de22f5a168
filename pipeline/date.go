package pipeline

import (
	"strings"
	"time"
)

// dateLayouts are the forms NormaliseDate reads, most precise first.
var dateLayouts = []struct {
	layout string
	out    string // the output layout: a date-time keeps its zone, a date stays a date
}{
	{time.RFC3339Nano, time.RFC3339},
	{"2006-01-02T15:04:05", "2006-01-02T15:04:05"},
	{"2006-01-02T15:04", "2006-01-02T15:04"},
	{"2006-01-02 15:04:05Z07:00", time.RFC3339},
	{"2006-01-02 15:04:05", "2006-01-02T15:04:05"},
	{"2006-01-02 15:04", "2006-01-02T15:04"},
	{time.RFC1123Z, time.RFC3339},
	{time.RFC1123, time.RFC3339},
	{"Mon, 2 Jan 2006 15:04:05 -0700", time.RFC3339},
	{"Mon, 2 Jan 2006 15:04:05 MST", time.RFC3339},
	{"2006-01-02", "2006-01-02"},
	{"2006/01/02", "2006-01-02"},
	{"20060102", "2006-01-02"},
	{"January 2, 2006", "2006-01-02"},
	{"Jan 2, 2006", "2006-01-02"},
	{"2 January 2006", "2006-01-02"},
	{"2 Jan 2006", "2006-01-02"},
	{"2006-01", "2006-01"},
	{"2006", "2006"},
}

// NormaliseDate reads a date or date-time a user or an input file gave (ISO
// 8601, RFC 3339, RFC 1123, "March 5, 2024", ...) and returns it in ISO 8601
// at the precision given: a date stays a date, a month stays a month. It never
// fills in what was not given.
func NormaliseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if t.Year() < 1000 || t.Year() > 9999 {
			return "", false
		}
		return t.Format(l.out), true
	}
	return "", false
}
