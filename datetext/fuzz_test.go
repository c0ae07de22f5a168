package datetext

import (
	"strings"
	"testing"
)

// FuzzDates checks that no input makes a reader panic, that every date read
// is one Period accepts, that Find's span lies within its input, and that
// Parse reads its own output back unchanged.
func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"2024-03-05T10:00:00+01:00", "Tue, 05 Mar 2024 10:00:00 GMT", "March 5, 2024", "5 March 2024",
		"Mar. 5, 2024", "27/09/2018", "03/05/2024", "March 2024", "2024年3月5日", "February 30, 2024",
		"99999", "", "https://example.com/2019/11/18/x", "Published: Nov. 3rd, 2021 at 9:00", "\xff\x00",
	} {
		f.Add(s)
	}
	readers := []Reader{{}, {MinYear: 1990, MaxYear: 2100}, {MinYear: 1}, {MinYear: 3000, MaxYear: 2000}}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range readers {
			if iso, ok := r.Parse(s); ok {
				if _, _, pok := Period(iso); !pok {
					t.Errorf("Parse(%q) = %q, which Period refuses", s, iso)
				}
				if again, ok := r.Parse(iso); !ok || again != iso {
					t.Errorf("Parse(%q) = %q, but Parse(%q) = %q, %v", s, iso, iso, again, ok)
				}
			} else if iso != "" {
				t.Errorf("Parse(%q) = %q with ok false", s, iso)
			}
			iso, start, end := r.Find(s)
			switch {
			case iso == "" && (start != -1 || end != -1):
				t.Errorf("Find(%q) = \"\", %d, %d", s, start, end)
			case iso != "" && (start < 0 || end > len(s) || start >= end):
				t.Errorf("Find(%q) = %q, %d, %d: span out of range", s, iso, start, end)
			case iso != "":
				if _, _, ok := Period(iso); !ok {
					t.Errorf("Find(%q) = %q, which Period refuses", s, iso)
				}
			}
			if d := r.InURL(s); d != "" && !strings.Contains(s, d[:4]) {
				t.Errorf("InURL(%q) = %q, a year the URL does not hold", s, d)
			}
		}
		Period(s)
	})
}
