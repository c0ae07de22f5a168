package quote

import (
	"os"
	"strings"
	"testing"
)

func TestZZScratch(t *testing.T) {
	b, err := os.ReadFile("/tmp/qa/in.txt")
	if err != nil {
		t.Skip()
	}
	for _, body := range strings.Split(string(b), "\n") {
		if body == "" {
			continue
		}
		a := article(t, body)
		annotate(t, a)
		t.Logf("%s%s", body, describe(a.Quotes))
	}
}
