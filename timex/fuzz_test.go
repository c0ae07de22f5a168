package timex

import (
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzFind checks that no input makes Find panic, emit a span outside the text
// or an empty value, or emit overlapping expressions. The seeds run with go test.
func FuzzFind(f *testing.F) {
	seeds := []string{
		"The probe landed on Tuesday at 4:49 p.m. ET.",
		"February 30, 2019 and the year 99999",
		"1950-1953 555-1998 2882015 $100M Apple 7",
		"the end of the the the early late mid- mid-1990s '",
		"every other every each each 2 1/2 1/2 1/2 years ago ago",
		"Q3 Q4 2019 third-quarter fiscal fiscal year year-end year's end",
		"12:99 p.m. 0 a.m. 13 p.m. noon midnight Friday.",
		"2019-02-29T25:61 2020-02-29 3/45/2019 12/31/99",
		"nineteen ninety- two thousand and",
		"\xff\xfe May\u2019s \u2014 March\u00a0 3",
		"",
	}
	for _, s := range seeds {
		f.Add(s, true)
		f.Add(s, false)
	}
	anchor := time.Date(2019, 3, 7, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string, has bool) {
		got := Find(text, anchor, has, nil)
		end := 0
		for _, g := range got {
			if !g.Span.Valid(len(text)) || g.Start == g.End {
				t.Fatalf("bad span %v for %q", g.Span, text)
			}
			if g.Start < end {
				t.Fatalf("overlapping expressions in %q", text)
			}
			end = g.End
			if g.Value == "" || g.Type == "" {
				t.Fatalf("empty value or type for %q in %q", g.Text, text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(g.Text) {
				t.Fatalf("span splits a character: %q", g.Text)
			}
		}
	})
}
