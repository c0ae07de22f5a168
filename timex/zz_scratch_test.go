package timex

import (
	"os"
	"testing"
)

func TestZZScratch(t *testing.T) {
	s := os.Getenv("ZZ_TEXT")
	if s == "" {
		t.Skip()
	}
	a, _ := ParseAnchor(os.Getenv("ZZ_DCT"))
	for _, x := range Find(s, a, true, nil) {
		t.Logf("%q %s %s", x.Text, x.Type, x.Value)
	}
	f := &finder{text: s, t: lex(s)}
	for i := range f.t {
		t.Logf("tok %q", f.w(i))
	}
}
