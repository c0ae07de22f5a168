// Package extraction implements the article-body extraction benchmark metric
// of ../shared/eval/extraction (scrapinghub's article-extraction-benchmark):
// shingle-multiset precision and recall per page, averaged over pages, as
// ../shared/eval/scorers/score-extraction.py computes them.
//
// The metric: the tokens of a text are the maximal runs of Unicode letters,
// digits and underscore ([\p{L}\p{N}_]+, the same set as Python's \w); a text
// becomes the multiset of its 4-token shingles (a text of 1-3 tokens is one
// short shingle, an empty text has none); per page tp, fp and fn are the
// shared, extra and missed shingles divided by tp+fp+fn; set precision is the
// mean page precision over pages with a non-empty prediction, set recall the
// mean page recall over pages with a non-empty truth, and F1 their harmonic
// mean. Accuracy is the share of pages whose token sequences are identical.
package extraction

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
)

// shingleSize is the number of consecutive tokens in one shingle.
const shingleSize = 4

var wordRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// Tokens returns the maximal runs of Unicode word characters ([\p{L}\p{N}_]+)
// of text, case kept, in order: the scorer's tokens.
func Tokens(text string) []string {
	return wordRE.FindAllString(text, -1)
}

// shingles returns the multiset of 4-token shingles of toks.
func shingles(toks []string) map[string]int {
	m := make(map[string]int)
	if len(toks) == 0 {
		return m
	}
	if len(toks) < shingleSize {
		m[strings.Join(toks, "\x00")]++
		return m
	}
	for i := 0; i+shingleSize <= len(toks); i++ {
		m[strings.Join(toks[i:i+shingleSize], "\x00")]++
	}
	return m
}

// Page is the score of one page: the shingle counts normalised by
// tp+fp+fn (all zero when both texts are empty), and whether the predicted
// token sequence equals the true one.
type Page struct {
	ID         string
	TP, FP, FN float64
	Exact      bool
}

// ScorePage scores the predicted body pred of page id against its true body.
func ScorePage(id, truth, pred string) Page {
	tt, pt := Tokens(truth), Tokens(pred)
	t, p := shingles(tt), shingles(pt)
	var tp, fp, fn int
	for k, n := range p {
		m := t[k]
		tp += min(n, m)
		if n > m {
			fp += n - m
		}
	}
	for k, m := range t {
		if n := p[k]; m > n {
			fn += m - n
		}
	}
	pg := Page{ID: id, Exact: equal(tt, pt)}
	if total := tp + fp + fn; total > 0 {
		f := float64(total)
		pg.TP, pg.FP, pg.FN = float64(tp)/f, float64(fp)/f, float64(fn)/f
	}
	return pg
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Precision returns the page precision tp/(tp+fp): 1 when nothing is extra
// or missing, 0 when nothing was predicted.
func (p Page) Precision() float64 {
	if p.FP == 0 && p.FN == 0 {
		return 1
	}
	if p.TP+p.FP == 0 {
		return 0
	}
	return p.TP / (p.TP + p.FP)
}

// Recall returns the page recall tp/(tp+fn): 1 when nothing is extra or
// missing, 0 when the truth is empty.
func (p Page) Recall() float64 {
	if p.FP == 0 && p.FN == 0 {
		return 1
	}
	if p.TP+p.FN == 0 {
		return 0
	}
	return p.TP / (p.TP + p.FN)
}

// F1 returns the harmonic mean of the page precision and recall.
func (p Page) F1() float64 {
	pr, rc := p.Precision(), p.Recall()
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

// Result is the score of a set of pages.
type Result struct {
	F1, P, R float64 // F1 is the harmonic mean of the set precision P and set recall R
	Accuracy float64 // share of pages predicted token for token
	N        int     // pages scored
}

// Score aggregates page scores as the benchmark does: P is the mean page
// precision over pages with a prediction, R the mean page recall over pages
// with a non-empty truth.
func Score(pages []Page) Result {
	var ps, rs float64
	var np, nr, exact int
	for _, p := range pages {
		if p.TP+p.FP > 0 {
			ps += p.Precision()
			np++
		}
		if p.TP+p.FN > 0 {
			rs += p.Recall()
			nr++
		}
		if p.Exact {
			exact++
		}
	}
	res := Result{N: len(pages)}
	if np > 0 {
		res.P = ps / float64(np)
	}
	if nr > 0 {
		res.R = rs / float64(nr)
	}
	if res.P+res.R > 0 {
		res.F1 = 2 * res.P * res.R / (res.P + res.R)
	}
	if len(pages) > 0 {
		res.Accuracy = float64(exact) / float64(len(pages))
	}
	return res
}

// String formats r as the scorer's last line: "F1 0.xxx P 0.xxx R 0.xxx N n".
func (r Result) String() string {
	return fmt.Sprintf("F1 %.3f P %.3f R %.3f N %d", r.F1, r.P, r.R, r.N)
}

// LoadTruth reads a ground-truth (or predictions) file of the form
// {"<id>": {"articleBody": "..."}} and returns id -> articleBody. An
// upstream-style wrapper {"version": ..., "output": {...}} is accepted, and so
// is a bare string in place of the object.
func LoadTruth(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: expected a JSON object mapping ids to objects: %w", path, err)
	}
	if len(raw) == 2 && raw["version"] != nil && raw["output"] != nil {
		var inner map[string]json.RawMessage
		if err := json.Unmarshal(raw["output"], &inner); err == nil {
			raw = inner
		}
	}
	out := make(map[string]string, len(raw))
	for id, v := range raw {
		var s string
		if json.Unmarshal(v, &s) == nil {
			out[id] = s
			continue
		}
		var e struct {
			ArticleBody *string `json:"articleBody"`
		}
		if err := json.Unmarshal(v, &e); err != nil {
			return nil, fmt.Errorf("%s: entry %q: %w", path, id, err)
		}
		if e.ArticleBody != nil {
			out[id] = *e.ArticleBody
		}
	}
	return out, nil
}

// ScoreAll scores predictions against truth over every id of truth (a missing
// prediction counts as empty), in sorted id order.
func ScoreAll(truth, pred map[string]string) (Result, []Page) {
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	pages := make([]Page, 0, len(ids))
	for _, id := range ids {
		pages = append(pages, ScorePage(id, truth[id], pred[id]))
	}
	return Score(pages), pages
}
