package gazetteer

import "testing"

// TestNormDate checks the bounds of validity ranges: periods widen to their
// first or last day, impossible dates are refused.
func TestNormDate(t *testing.T) {
	tests := []struct {
		in         string
		start, end string
	}{
		{"2024", "2024-01-01", "2024-12-31"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2024-03-05", "2024-03-05", "2024-03-05"},
		{"2024-03-05T23:30:00-05:00", "2024-03-05", "2024-03-05"},
		{" 2024-03-05 ", "2024-03-05", "2024-03-05"},
		{"March 2024", "2024-03-01", "2024-03-31"},
		{"0476", "0476-01-01", "0476-12-31"},
		{"2024-13", "", ""},
		{"2024-02-30", "", ""},
		{"2024-03-05garbage", "", ""},
		{"soon", "", ""},
		{"", "", ""},
	}
	for _, tc := range tests {
		if got := normDate(tc.in, false); got != tc.start {
			t.Errorf("normDate(%q, false) = %q, want %q", tc.in, got, tc.start)
		}
		if got := normDate(tc.in, true); got != tc.end {
			t.Errorf("normDate(%q, true) = %q, want %q", tc.in, got, tc.end)
		}
	}
}

func TestValidAtDates(t *testing.T) {
	e := &Entry{Name: "Jane Doe", ValidFrom: "2019-05", ValidTo: "2024-02"}
	tests := []struct {
		date string
		want bool
	}{
		{"2019-04-30", false},
		{"2019-05-01", true},
		{"2024-02-29T23:59:00Z", true},
		{"2024-03-01", false},
		{"March 5, 2021", true},
		{"", true},        // no date: any time
		{"garbage", true}, // unreadable: any time
	}
	for _, tc := range tests {
		if got := e.ValidAt(tc.date); got != tc.want {
			t.Errorf("ValidAt(%q) with %s..%s = %v, want %v", tc.date, e.ValidFrom, e.ValidTo, got, tc.want)
		}
	}
}
