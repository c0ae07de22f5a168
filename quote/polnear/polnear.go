// Package polnear reads the PolNeAR attribution corpus (texts and gold
// attributions as laid out in ../shared/eval/quotes) and scores predicted
// attributions with the definitions of ../shared/eval/scorers/score-quotes.py:
// content overlap F1, source and cue attribution-level exact F1, on Unicode
// code point offsets.
package polnear

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// Record is one gold attribution as stored in attributions.jsonl.
type Record struct {
	Doc       string  `json:"doc"`
	Annotator string  `json:"annotator"`
	Primary   *bool   `json:"primary"`
	ID        string  `json:"id"`
	Kind      string  `json:"kind"`
	Source    []Piece `json:"source"`
	Cue       []Piece `json:"cue"`
	Content   []Piece `json:"content"`
}

// Piece is one piece of a gold span, in code points and in bytes.
type Piece struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	BStart int    `json:"bstart"`
	BEnd   int    `json:"bend"`
	Text   string `json:"text"`
}

// Corpus is the gold of a folder: the texts and the scored records by document.
type Corpus struct {
	Texts map[string]string   // document id -> text
	Runes map[string][]rune   // document id -> text as code points
	Gold  map[string][]*Attr  // document id -> scored gold attributions, in file order
	Raw   map[string][]Record // document id -> primary records with content, in file order
	Docs  []string            // sorted document ids
}

// Load reads dir/attributions.jsonl and dir/text/<doc>.txt.
func Load(dir string) (*Corpus, error) {
	path := filepath.Join(dir, "attributions.jsonl")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	defer f.Close()
	c := &Corpus{Texts: map[string]string{}, Runes: map[string][]rune{}, Gold: map[string][]*Attr{}, Raw: map[string][]Record{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var r Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			return nil, fmt.Errorf("polnear: %s:%d: %w", path, n, err)
		}
		if r.Primary != nil && !*r.Primary {
			continue
		}
		if _, ok := c.Texts[r.Doc]; !ok {
			b, err := os.ReadFile(filepath.Join(dir, "text", r.Doc+".txt"))
			if err != nil {
				return nil, fmt.Errorf("polnear: text of %s: %w", r.Doc, err)
			}
			c.Texts[r.Doc] = string(b)
			c.Runes[r.Doc] = []rune(string(b))
			c.Gold[r.Doc] = c.Gold[r.Doc][:0]
			c.Docs = append(c.Docs, r.Doc)
		}
		rs := c.Runes[r.Doc]
		at := &Attr{Doc: r.Doc, ID: r.ID}
		at.Content = newSpan(rs, pieces(r.Content), true)
		at.Source = newSpan(rs, pieces(r.Source), false)
		at.Cue = newSpan(rs, pieces(r.Cue), false)
		if at.Content == nil {
			continue
		}
		c.Gold[r.Doc] = append(c.Gold[r.Doc], at)
		c.Raw[r.Doc] = append(c.Raw[r.Doc], r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("polnear: %s: %w", path, err)
	}
	sort.Strings(c.Docs)
	return c, nil
}

func pieces(ps []Piece) [][2]int {
	var out [][2]int
	for _, p := range ps {
		out = append(out, [2]int{p.Start, p.End})
	}
	return out
}

// Attr is one attribution (gold or predicted) as the scorer sees it.
type Attr struct {
	Doc, ID              string
	Content, Source, Cue *Span
}

// Span is one role of an attribution: trimmed, merged pieces with their extent
// and loose extent, in code points.
type Span struct {
	Pieces [][2]int
	Extent [2]int
	Loose  [2]int
}

// isSpace is Python's str.isspace.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f
}

func trim(rs []rune, s, e int, punct bool) (int, int) {
	skip := func(r rune) bool { return isSpace(r) || punct && unicode.IsPunct(r) }
	for s < e && skip(rs[s]) {
		s++
	}
	for e > s && skip(rs[e-1]) {
		e--
	}
	return s, e
}

// newSpan builds a span from raw pieces; nil when nothing but white space is left.
func newSpan(rs []rune, raw [][2]int, content bool) *Span {
	var ps [][2]int
	for _, p := range raw {
		s, e := p[0], p[1]
		if s < 0 || e > len(rs) || s >= e {
			continue
		}
		s, e = trim(rs, s, e, false)
		if s < e {
			ps = append(ps, [2]int{s, e})
		}
	}
	if len(ps) == 0 {
		return nil
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i][0] != ps[j][0] {
			return ps[i][0] < ps[j][0]
		}
		return ps[i][1] < ps[j][1]
	})
	merged := [][2]int{ps[0]}
	for _, p := range ps[1:] {
		last := &merged[len(merged)-1]
		if p[0] <= last[1] {
			if p[1] > last[1] {
				last[1] = p[1]
			}
		} else {
			merged = append(merged, p)
		}
	}
	sp := &Span{Pieces: merged, Extent: [2]int{merged[0][0], merged[len(merged)-1][1]}}
	s, e := trim(rs, sp.Extent[0], sp.Extent[1], true)
	if content && s+4 < e && strings.ToLower(string(rs[s:s+4])) == "that" && isSpace(rs[s+4]) {
		s, e = trim(rs, s+4, e, true)
	}
	if s < e {
		sp.Loose = [2]int{s, e}
	} else {
		sp.Loose = sp.Extent
	}
	return sp
}

func (a *Span) overlap(b *Span) int {
	n := 0
	for _, p := range a.Pieces {
		for _, q := range b.Pieces {
			d := min(p[1], q[1]) - max(p[0], q[0])
			if d > 0 {
				n += d
			}
		}
	}
	return n
}

func (a *Span) distance(b *Span) int {
	return abs(a.Extent[0]-b.Extent[0]) + abs(a.Extent[1]-b.Extent[1])
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// same reports whether two spans match: "overlap", "exact" or "loose".
func (a *Span) same(b *Span, how string) bool {
	if b == nil {
		return false
	}
	switch how {
	case "overlap":
		return a.overlap(b) > 0
	case "exact":
		return a.Extent == b.Extent
	}
	return a.Loose == b.Loose
}

// Prediction is one predicted attribution, in code points, as the scorer reads
// it from JSON Lines.
type Prediction struct {
	Doc     string   `json:"doc"`
	Content [][2]int `json:"content"`
	Source  [][2]int `json:"source"`
	Cue     [][2]int `json:"cue"`
}

// MarshalJSON writes null for an absent source or cue.
func (p Prediction) MarshalJSON() ([]byte, error) {
	type out struct {
		Doc     string   `json:"doc"`
		Content [][2]int `json:"content"`
		Source  [][2]int `json:"source"`
		Cue     [][2]int `json:"cue"`
	}
	return json.Marshal(out(p))
}

// Figure is one row of the score table.
type Figure struct {
	Role, Level, Match string
	TP, Pred, Gold     int
}

// PRF returns precision, recall and F1.
func (f Figure) PRF() (p, r, f1 float64) {
	if f.Pred > 0 {
		p = float64(f.TP) / float64(f.Pred)
	}
	if f.Gold > 0 {
		r = float64(f.TP) / float64(f.Gold)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return
}

// Result holds every figure of a scoring run and the gold-prediction pairs.
type Result struct {
	Figures []Figure
	N       int // gold attributions
	// Aligned maps document -> gold index -> aligned prediction index.
	Aligned map[string]map[int]int
}

// Get returns the figure of a role, level and match.
func (r *Result) Get(role, level, match string) Figure {
	for _, f := range r.Figures {
		if f.Role == role && f.Level == level && f.Match == match {
			return f
		}
	}
	return Figure{}
}

// Headline returns content overlap F1, source and cue attribution-level exact F1.
func (r *Result) Headline() (content, source, cue float64) {
	_, _, content = r.Get("content", "span", "overlap").PRF()
	_, _, source = r.Get("source", "attribution", "exact").PRF()
	_, _, cue = r.Get("cue", "attribution", "exact").PRF()
	return
}

// greedy pairs spans one-to-one by largest overlap (ties: smaller distance,
// then gold order, then prediction order).
func greedy(gs, ps []*Span) [][2]int {
	type cand struct{ ov, dist, gi, pi int }
	var cs []cand
	for gi, g := range gs {
		for pi, p := range ps {
			if ov := g.overlap(p); ov > 0 {
				cs = append(cs, cand{ov, g.distance(p), gi, pi})
			}
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.ov != b.ov {
			return a.ov > b.ov
		}
		if a.dist != b.dist {
			return a.dist < b.dist
		}
		if a.gi != b.gi {
			return a.gi < b.gi
		}
		return a.pi < b.pi
	})
	ug, up := map[int]bool{}, map[int]bool{}
	var pairs [][2]int
	for _, c := range cs {
		if ug[c.gi] || up[c.pi] {
			continue
		}
		ug[c.gi], up[c.pi] = true, true
		pairs = append(pairs, [2]int{c.gi, c.pi})
	}
	return pairs
}

func sameExtent(gs, ps []*Span, loose bool) int {
	key := func(s *Span) [2]int {
		if loose {
			return s.Loose
		}
		return s.Extent
	}
	counts := map[[2]int]int{}
	for _, g := range gs {
		counts[key(g)]++
	}
	tp := 0
	for _, p := range ps {
		if counts[key(p)] > 0 {
			counts[key(p)]--
			tp++
		}
	}
	return tp
}

// Convert turns predictions into scorer attributions, checking offsets like the
// python scorer does.
func (c *Corpus) Convert(preds []Prediction) (map[string][]*Attr, error) {
	out := map[string][]*Attr{}
	for n, p := range preds {
		rs, ok := c.Runes[p.Doc]
		if !ok {
			continue
		}
		at := &Attr{Doc: p.Doc, ID: fmt.Sprint(n + 1)}
		for _, role := range []struct {
			raw [][2]int
			dst **Span
			req bool
		}{{p.Content, &at.Content, true}, {p.Source, &at.Source, false}, {p.Cue, &at.Cue, false}} {
			if role.raw == nil {
				if role.req {
					return nil, fmt.Errorf("prediction %d (%s): content is required", n+1, p.Doc)
				}
				continue
			}
			for _, pc := range role.raw {
				if !(0 <= pc[0] && pc[0] < pc[1] && pc[1] <= len(rs)) {
					return nil, fmt.Errorf("prediction %d (%s): span %v outside the text or empty", n+1, p.Doc, pc)
				}
			}
			sp := newSpan(rs, role.raw, role.req)
			if sp == nil {
				return nil, fmt.Errorf("prediction %d (%s): a span covers only white space", n+1, p.Doc)
			}
			*role.dst = sp
		}
		out[p.Doc] = append(out[p.Doc], at)
	}
	return out, nil
}

// Score scores predictions against the gold of every document.
func (c *Corpus) Score(pred map[string][]*Attr) *Result {
	type key struct{ role, level, match string }
	counts := map[key]*Figure{}
	get := func(role, level, match string) *Figure {
		k := key{role, level, match}
		if counts[k] == nil {
			counts[k] = &Figure{Role: role, Level: level, Match: match}
		}
		return counts[k]
	}
	matches := []string{"overlap", "exact", "loose"}
	res := &Result{Aligned: map[string]map[int]int{}}
	for _, doc := range c.Docs {
		golds, preds := c.Gold[doc], pred[doc]
		res.N += len(golds)
		gc, pc := make([]*Span, len(golds)), make([]*Span, len(preds))
		for i, g := range golds {
			gc[i] = g.Content
		}
		for i, p := range preds {
			pc[i] = p.Content
		}
		pairs := greedy(gc, pc)
		al := map[int]int{}
		for _, pr := range pairs {
			al[pr[0]] = pr[1]
		}
		res.Aligned[doc] = al
		for _, m := range matches {
			f := get("content", "span", m)
			f.Pred += len(preds)
			f.Gold += len(golds)
			switch m {
			case "overlap":
				f.TP += len(pairs)
			default:
				f.TP += sameExtent(gc, pc, m == "loose")
			}
		}
		for _, role := range []string{"source", "cue"} {
			pick := func(a *Attr) *Span {
				if role == "source" {
					return a.Source
				}
				return a.Cue
			}
			var gs, ps []*Span
			for _, g := range golds {
				if s := pick(g); s != nil {
					gs = append(gs, s)
				}
			}
			for _, p := range preds {
				if s := pick(p); s != nil {
					ps = append(ps, s)
				}
			}
			for _, m := range matches {
				f := get(role, "attribution", m)
				f.Pred += len(ps)
				f.Gold += len(gs)
				for _, pr := range pairs {
					if g := pick(golds[pr[0]]); g != nil && g.same(pick(preds[pr[1]]), m) {
						f.TP++
					}
				}
				f = get(role, "span", m)
				f.Pred += len(ps)
				f.Gold += len(gs)
				if m == "overlap" {
					f.TP += len(greedy(gs, ps))
				} else {
					f.TP += sameExtent(gs, ps, m == "loose")
				}
			}
		}
	}
	for _, role := range []string{"content", "source", "cue"} {
		levels := []string{"attribution", "span"}
		if role == "content" {
			levels = []string{"span"}
		}
		for _, l := range levels {
			for _, m := range matches {
				res.Figures = append(res.Figures, *get(role, l, m))
			}
		}
	}
	return res
}

// CodePoints converts byte offsets into text to code point offsets.
type CodePoints struct {
	cum []int32 // cum[b] = code points before byte b
}

// NewCodePoints indexes text.
func NewCodePoints(text string) *CodePoints {
	cp := &CodePoints{cum: make([]int32, len(text)+1)}
	n := int32(0)
	for i, r := range text {
		_ = r
		cp.cum[i] = n
		n++
	}
	// fill continuation bytes with the count of their rune's start
	last := int32(0)
	for i := 0; i < len(text); i++ {
		if text[i]&0xC0 == 0x80 {
			cp.cum[i] = last
		} else {
			last = cp.cum[i]
		}
	}
	cp.cum[len(text)] = n
	return cp
}

// At returns the code point offset of byte offset b (clamped).
func (cp *CodePoints) At(b int) int {
	if b < 0 {
		return 0
	}
	if b >= len(cp.cum) {
		return int(cp.cum[len(cp.cum)-1])
	}
	return int(cp.cum[b])
}
