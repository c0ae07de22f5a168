package polnear

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/sharedtest"
)

// A small corpus written for the test (curly quotes, a no-break space at the end).
const text = "Bridge closed\n\n“We will reopen it,” the engineer said on Monday, “once the cables are checked.” " +
	"Officials told reporters that repairs were slow. According to a survey, most drivers agree.\u00a0\n"

// at returns the code point span of the first occurrence of sub in text.
func at(sub string) [2]int {
	i := strings.Index(text, sub)
	s := len([]rune(text[:i]))
	return [2]int{s, s + len([]rune(sub))}
}

func writeCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "text"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "text", "d1.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	piece := func(s string) map[string]int { p := at(s); return map[string]int{"start": p[0], "end": p[1]} }
	recs := []map[string]any{
		{"doc": "d1", "id": "E1", "primary": true, "source": []any{piece("the engineer")}, "cue": []any{piece("said")},
			"content": []any{piece("“We will reopen it,”"), piece("“once the cables are checked.”")}},
		{"doc": "d1", "id": "E2", "primary": true, "source": []any{piece("Officials")}, "cue": []any{piece("told")},
			"content": []any{piece("that repairs were slow")}},
		{"doc": "d1", "id": "E3", "primary": true, "source": []any{}, "cue": []any{piece("According to")},
			"content": []any{map[string]int{"start": at("most")[0], "end": at("agree.\u00a0")[1]}}},
		{"doc": "d1", "id": "E4", "primary": false, "source": []any{}, "cue": []any{}, "content": []any{piece("Bridge")}},
	}
	var b strings.Builder
	for _, r := range recs {
		line, _ := json.Marshal(r)
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join(dir, "attributions.jsonl"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestScore(t *testing.T) {
	c, err := Load(writeCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(c.Gold["d1"]); n != 3 {
		t.Fatalf("gold attributions %d, want 3 (non-primary left out)", n)
	}
	q1 := [2]int{at("“We will reopen it,”")[0], at("checked.”")[1]}
	tests := []struct {
		name                 string
		preds                []Prediction
		content, source, cue float64
	}{
		{"perfect", []Prediction{
			{Doc: "d1", Content: [][2]int{q1}, Source: [][2]int{at("the engineer")}, Cue: [][2]int{at("said")}},
			{Doc: "d1", Content: [][2]int{at("that repairs were slow")}, Source: [][2]int{at("Officials")}, Cue: [][2]int{at("told")}},
			{Doc: "d1", Content: [][2]int{{at("most")[0], at("agree.")[1]}}, Cue: [][2]int{at("According to")}},
		}, 1, 1, 1},
		{"swapped sources and one extra", []Prediction{
			{Doc: "d1", Content: [][2]int{q1}, Source: [][2]int{at("Officials")}, Cue: [][2]int{at("said")}},
			{Doc: "d1", Content: [][2]int{at("that repairs were slow")}, Source: [][2]int{at("the engineer")}, Cue: [][2]int{at("told")}},
			{Doc: "d1", Content: [][2]int{{at("most")[0], at("agree.")[1]}}, Cue: [][2]int{at("According to")}},
			{Doc: "d1", Content: [][2]int{at("Bridge closed")}},
		}, 2 * 0.75 / 1.75, 0, 1},
		{"nothing", nil, 0, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pm, err := c.Convert(tc.preds)
			if err != nil {
				t.Fatal(err)
			}
			cf, sf, qf := c.Score(pm).Headline()
			if abs1(cf-tc.content) > 1e-9 || abs1(sf-tc.source) > 1e-9 || abs1(qf-tc.cue) > 1e-9 {
				t.Errorf("got %.3f %.3f %.3f, want %.3f %.3f %.3f", cf, sf, qf, tc.content, tc.source, tc.cue)
			}
		})
	}
	if _, err := c.Convert([]Prediction{{Doc: "d1", Content: [][2]int{{5, 5}}}}); err == nil {
		t.Error("an empty span was accepted")
	}
}

func abs1(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestCodePoints(t *testing.T) {
	s := "a“b”c\u00a0d"
	cp := NewCodePoints(s)
	for b, want := range map[int]int{0: 0, 1: 1, 4: 2, 5: 3, 8: 4, 9: 5, 11: 6, len(s): 7} {
		if got := cp.At(b); got != want {
			t.Errorf("byte %d: code point %d, want %d", b, got, want)
		}
	}
}

// TestGoldAgainstItself scores the shared PolNeAR gold as predictions: every
// figure must be 1.
func TestGoldAgainstItself(t *testing.T) {
	dir := sharedtest.Path(t, "eval/quotes")
	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var preds []Prediction
	for _, doc := range c.Docs {
		for _, g := range c.Gold[doc] {
			p := Prediction{Doc: doc, Content: [][2]int{g.Content.Extent}}
			if g.Source != nil {
				p.Source = [][2]int{g.Source.Extent}
			}
			if g.Cue != nil {
				p.Cue = [][2]int{g.Cue.Extent}
			}
			preds = append(preds, p)
		}
	}
	pm, err := c.Convert(preds)
	if err != nil {
		t.Fatal(err)
	}
	res := c.Score(pm)
	for _, f := range res.Figures {
		if _, _, f1 := f.PRF(); f.Gold > 0 && f1 != 1 {
			t.Errorf("%s %s %s: F1 %.4f, want 1", f.Role, f.Level, f.Match, f1)
		}
	}
}
