package gazetteer

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/sharedtest"
)

// TestCoverageOfSharedCountries checks the built-in countries against the
// evaluation dictionary in ../shared (read only; nothing of it is copied): every
// country there with an ISO alpha-2 code must be found by its code and its name.
func TestCoverageOfSharedCountries(t *testing.T) {
	path := sharedtest.Path(t, "eval/events/actors/countries.tsv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g := Default()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n, missing := 0, 0
	for sc.Scan() {
		col := strings.Split(sc.Text(), "\t")
		if len(col) < 3 || col[0] == "code" || col[1] == "" {
			continue
		}
		n++
		c, ok := g.Country(col[1])
		if !ok {
			missing++
			t.Logf("alpha-2 %s (%s) unknown", col[1], col[2])
			continue
		}
		if _, ok := g.Country(col[2]); !ok {
			t.Logf("name %q (%s) unknown", col[2], c.Alpha3)
		}
	}
	if n == 0 {
		t.Fatal("no rows read")
	}
	if missing > n/50 {
		t.Errorf("%d of %d countries missing", missing, n)
	}
}
