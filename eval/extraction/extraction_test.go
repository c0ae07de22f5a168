package extraction

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/sharedtest"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"snake_case x2 3.5%", []string{"snake_case", "x2", "3", "5"}},
		{"Москва — столица", []string{"Москва", "столица"}},
		{"東京都 2024年", []string{"東京都", "2024年"}},
		{"co\u00adoperate", []string{"co", "operate"}}, // soft hyphen splits
		{"cafe\u0301 ok", []string{"cafe", "ok"}},      // combining mark splits
		{"½ ² x", []string{"½", "²", "x"}},             // No is \w in Python
	}
	for _, tc := range tests {
		got := Tokens(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Tokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestScorePage(t *testing.T) {
	tests := []struct {
		name         string
		truth, pred  string
		tp, fp, fn   float64
		exact        bool
		prec, recall float64
	}{
		{"both empty", "", "", 0, 0, 0, true, 1, 1},
		{"identical", "a b c d e", "a, b. c d e", 1, 0, 0, true, 1, 1},
		{"empty prediction", "a b c d e", "", 0, 0, 1, false, 0, 0},
		{"extra text", "a b c d e", "a b c d e f", 2.0 / 3, 1.0 / 3, 0, false, 2.0 / 3, 1},
		{"short texts", "a b", "a b", 1, 0, 0, true, 1, 1},
		{"short differ", "a b", "a c", 0, 0.5, 0.5, false, 0, 0},
		{"repeated shingles", "a b c d a b c d", "a b c d", 0.2, 0, 0.8, false, 1, 0.2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := ScorePage("x", tc.truth, tc.pred)
			if !near(p.TP, tc.tp) || !near(p.FP, tc.fp) || !near(p.FN, tc.fn) || p.Exact != tc.exact {
				t.Errorf("got tp=%v fp=%v fn=%v exact=%v, want %v %v %v %v", p.TP, p.FP, p.FN, p.Exact, tc.tp, tc.fp, tc.fn, tc.exact)
			}
			if !near(p.Precision(), tc.prec) || !near(p.Recall(), tc.recall) {
				t.Errorf("got P=%v R=%v, want %v %v", p.Precision(), p.Recall(), tc.prec, tc.recall)
			}
		})
	}
}

func TestScore(t *testing.T) {
	pages := []Page{
		ScorePage("a", "w x y z", "w x y z"),       // P 1 R 1 exact
		ScorePage("b", "w x y z v", ""),            // no prediction: R 0, not in P
		ScorePage("c", "w x y z", "w x y z q r s"), // P 0.25 R 1
	}
	r := Score(pages)
	if !near(r.P, (1+0.25)/2) || !near(r.R, 2.0/3) || !near(r.Accuracy, 1.0/3) || r.N != 3 {
		t.Fatalf("Score = %+v", r)
	}
	if want := 2 * r.P * r.R / (r.P + r.R); !near(r.F1, want) {
		t.Errorf("F1 = %v, want %v", r.F1, want)
	}
	if (Score(nil) != Result{}) {
		t.Errorf("Score(nil) = %+v, want zero", Score(nil))
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestAgreesWithPythonScorer scores real predictions (the benchmark's
// scraped-text baseline, and degraded copies made on the fly) with this
// package and with score-extraction.py and requires the figures to agree.
func TestAgreesWithPythonScorer(t *testing.T) {
	dir := sharedtest.Path(t, "eval/extraction")
	scorer := sharedtest.Path(t, "eval/scorers/score-extraction.py")
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipped: python3 is not installed")
	}
	gtPath := filepath.Join(dir, "ground-truth.json")
	truth, err := LoadTruth(gtPath)
	if err != nil {
		t.Fatal(err)
	}
	if len(truth) == 0 {
		t.Fatal("empty ground truth")
	}
	baseline := map[string]string{}
	for id := range truth {
		b, err := os.ReadFile(filepath.Join(dir, "text", id+".txt"))
		if err == nil {
			baseline[id] = string(b)
		}
	}
	// Degraded copies of the truth: every other paragraph dropped on some
	// pages, a paragraph repeated on others, empty on a few, missing on one.
	degraded := map[string]string{}
	i := 0
	for id, body := range truth {
		i++
		paras := strings.Split(body, "\n")
		switch i % 5 {
		case 0:
			var keep []string
			for j, p := range paras {
				if j%2 == 0 {
					keep = append(keep, p)
				}
			}
			degraded[id] = strings.Join(keep, "\n")
		case 1:
			degraded[id] = body + "\n" + paras[0] + "\nShare this story on social media"
		case 2:
			degraded[id] = ""
		case 3:
			// left out
		default:
			degraded[id] = body
		}
	}
	for name, pred := range map[string]map[string]string{"baseline": baseline, "degraded": degraded} {
		t.Run(name, func(t *testing.T) {
			out := map[string]map[string]string{}
			for id, b := range pred {
				out[id] = map[string]string{"articleBody": b}
			}
			data, _ := json.Marshal(out)
			p := filepath.Join(t.TempDir(), "pred.json")
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(py, scorer, gtPath, p, "--bootstrap", "0")
			got, err := cmd.Output()
			if err != nil {
				t.Fatalf("python scorer: %v", err)
			}
			want := parsePython(t, string(got))
			res, _ := ScoreAll(truth, pred)
			for k, g := range map[string]float64{"F1": res.F1, "P": res.P, "R": res.R, "accuracy": res.Accuracy} {
				if math.Abs(g-want[k]) > 0.0005 {
					t.Errorf("%s: Go %.4f, Python %.3f", k, g, want[k])
				}
			}
			if res.N != int(want["N"]) {
				t.Errorf("N: Go %d, Python %v", res.N, want["N"])
			}
			t.Logf("Go %s accuracy %.3f", res, res.Accuracy)
		})
	}
}

var pyLine = regexp.MustCompile(`(?m)^F1 ([0-9.]+) P ([0-9.]+) R ([0-9.]+) N ([0-9]+)$`)
var pyAcc = regexp.MustCompile(`(?m)^accuracy\s+([0-9.]+)`)

func parsePython(t *testing.T, out string) map[string]float64 {
	t.Helper()
	m := pyLine.FindStringSubmatch(out)
	a := pyAcc.FindStringSubmatch(out)
	if m == nil || a == nil {
		t.Fatalf("unexpected scorer output:\n%s", out)
	}
	f := func(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v }
	return map[string]float64{"F1": f(m[1]), "P": f(m[2]), "R": f(m[3]), "N": f(m[4]), "accuracy": f(a[1])}
}
