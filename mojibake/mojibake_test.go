package mojibake

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRepair(t *testing.T) {
	tests := []struct {
		name, in, want string
		n              int
	}{
		{"a cedilla read as Windows-1252", "French President FranÃ§ois Hollande said", "French President François Hollande said", 1},
		{"an apostrophe, three bytes", "We donâ€™t know", "We don’t know", 1},
		{"curly quotes", "He said â€œnoâ€\u009d.", "He said “no”.", 2},
		{"twice garbled, C1 control kept", "FranÃ\u0083Â§ois", "François", 3},
		{"twice garbled, Windows-1252 throughout", "FranÃƒÂ§ois", "François", 3},
		{"a euro sign", "costs â‚¬5", "costs €5", 1},
		{"twice garbled, then decomposed (NFD)", "FranA\u0303\u0083A\u0302\u00a7ois", "François", 3},
		{"a decomposed accent that is no mojibake", "Sa\u0303o Paulo and A\u0303 la", "Sa\u0303o Paulo and A\u0303 la", 0},
		{"a pound sign", "costs Â£5", "costs £5", 1},
		{"clean accented text", "São Paulo, Ärzte, naïve, Zürich, Øresund", "São Paulo, Ärzte, naïve, Zürich, Øresund", 0},
		{"a lead character before a space", "Ã la carte", "Ã la carte", 0},
		{"a lead character at the end", "ends with Ã", "ends with Ã", 0},
		{"ASCII", "Nothing to do here.", "Nothing to do here.", 0},
		{"empty", "", "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, n := Repair(tc.in)
			if got != tc.want || n != tc.n {
				t.Errorf("Repair(%q) = %q, %d; want %q, %d", tc.in, got, n, tc.want, tc.n)
			}
		})
	}
}

func TestRepairLeavesCleanTextUncopied(t *testing.T) {
	s := strings.Repeat("Plain ASCII news text. ", 100)
	if got, n := Repair(s); n != 0 || got != s {
		t.Fatalf("clean text changed (%d repairs)", n)
	}
}

func FuzzRepair(f *testing.F) {
	for _, s := range []string{"FranÃ§ois", "donâ€™t", "FranÃƒÂ§ois", "Ã", "\xc3", "São Paulo", "Ã\u0083Â§"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, n := Repair(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Repair(%q) = %q: not valid UTF-8", s, got)
		}
		if n == 0 && got != s {
			t.Fatalf("Repair(%q) changed the text without counting a repair", s)
		}
		if len(got) > len(s) {
			t.Fatalf("Repair(%q) = %q grew the text", s, got)
		}
	})
}

func BenchmarkRepair(b *testing.B) {
	clean := strings.Repeat("The minister said on Tuesday that the talks in São Paulo would resume. ", 200)
	garbled := strings.Repeat("The minister said on Tuesday that FranÃ§ois wouldnâ€™t resume the talks. ", 200)
	ascii := strings.Repeat("The minister said on Tuesday that the talks in Sao Paulo would resume. ", 200)
	for _, c := range []struct{ name, text string }{{"ascii", ascii}, {"accented", clean}, {"garbled", garbled}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			for i := 0; i < b.N; i++ {
				Repair(c.text)
			}
		})
	}
}
