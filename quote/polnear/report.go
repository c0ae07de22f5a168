package polnear

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// RecallByKind prints, for the gold split by surface form (direct: the
// content is one quotation; mixed: it contains quotation marks; indirect: none)
// and by cue class (cueClass names it: speech, belief, finding, ...), how many
// gold attributions were found (content overlap) and how many of those with a
// source (cue) got it exactly right.
func (c *Corpus) RecallByKind(w io.Writer, pred map[string][]*Attr, res *Result, cueClass func(string) string) {
	type row struct{ n, content, withSrc, source, withCue, cue int }
	rows := map[string]*row{}
	isMark := func(r rune) bool { return strings.ContainsRune("\"“”'‘’«»", r) }
	for _, doc := range c.Docs {
		rs := c.Runes[doc]
		for gi, g := range c.Gold[doc] {
			pi, hit := res.Aligned[doc][gi]
			text := []rune(strings.TrimRight(string(rs[g.Content.Extent[0]:g.Content.Extent[1]]), ".,;: \u00a0"))
			surface := "indirect"
			for _, r := range text {
				if isMark(r) && r != '’' && r != '\'' {
					surface = "mixed"
					break
				}
			}
			if len(text) > 1 && isMark(text[0]) && isMark(text[len(text)-1]) {
				surface = "direct"
			}
			cueText := ""
			if g.Cue != nil {
				cueText = string(rs[g.Cue.Extent[0]:g.Cue.Extent[1]])
			}
			for _, k := range []string{"form:" + surface, "cue:" + cueClass(cueText)} {
				r := rows[k]
				if r == nil {
					r = &row{}
					rows[k] = r
				}
				r.n++
				if g.Source != nil {
					r.withSrc++
				}
				if g.Cue != nil {
					r.withCue++
				}
				if !hit {
					continue
				}
				r.content++
				p := pred[doc][pi]
				if g.Source != nil && g.Source.same(p.Source, "exact") {
					r.source++
				}
				if g.Cue != nil && g.Cue.same(p.Cue, "exact") {
					r.cue++
				}
			}
		}
	}
	var keys []string
	for k := range rows {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	fmt.Fprintf(w, "recall by kind: %-16s %5s %8s %8s %8s\n", "kind", "gold", "content", "source", "cue")
	for _, k := range keys {
		r := rows[k]
		fmt.Fprintf(w, "                %-16s %5d %8.3f %8.3f %8.3f\n", k, r.n, ratio(r.content, r.n), ratio(r.source, r.withSrc), ratio(r.cue, r.withCue))
	}
}

// Errors lists up to limit missed gold attributions, extra predictions and
// aligned pairs whose source or cue differ.
func (c *Corpus) Errors(w io.Writer, pred map[string][]*Attr, res *Result, limit int) {
	n := 0
	snip := func(doc string, s *Span) string {
		if s == nil {
			return "-"
		}
		t := strings.Join(strings.Fields(string(c.Runes[doc][s.Extent[0]:s.Extent[1]])), " ")
		if len([]rune(t)) > 70 {
			t = string([]rune(t)[:67]) + "..."
		}
		return fmt.Sprintf("[%d,%d] %q", s.Extent[0], s.Extent[1], t)
	}
	for _, doc := range c.Docs {
		al := res.Aligned[doc]
		taken := map[int]bool{}
		for gi, g := range c.Gold[doc] {
			pi, ok := al[gi]
			if !ok {
				fmt.Fprintf(w, "MISS   %s content %s | src %s | cue %s\n", doc, snip(doc, g.Content), snip(doc, g.Source), snip(doc, g.Cue))
				n++
				continue
			}
			taken[pi] = true
			p := pred[doc][pi]
			if g.Source != nil && (p.Source == nil || p.Source.Extent != g.Source.Extent) {
				fmt.Fprintf(w, "SOURCE %s gold %s | pred %s (content %s)\n", doc, snip(doc, g.Source), snip(doc, p.Source), snip(doc, g.Content))
				n++
			}
			if g.Cue != nil && (p.Cue == nil || p.Cue.Extent != g.Cue.Extent) {
				fmt.Fprintf(w, "CUE    %s gold %s | pred %s (content %s)\n", doc, snip(doc, g.Cue), snip(doc, p.Cue), snip(doc, g.Content))
				n++
			}
		}
		for pi, p := range pred[doc] {
			if !taken[pi] {
				fmt.Fprintf(w, "EXTRA  %s content %s | src %s | cue %s\n", doc, snip(doc, p.Content), snip(doc, p.Source), snip(doc, p.Cue))
				n++
			}
		}
		if n >= limit {
			break
		}
	}
}
