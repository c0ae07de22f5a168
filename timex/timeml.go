package timex

import (
	"fmt"
	"html"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// TimeMLDoc is one TimeML document read for evaluation: the plain text of its
// <TEXT> element with all tags removed, its creation time and its gold TIMEX3
// expressions (those with text, inside <TEXT>).
type TimeMLDoc struct {
	Text  string
	DCT   string // value of the CREATION_TIME TIMEX3, "" when absent
	Times []newsgraph.Time
}

// ParseTimeML reads a TimeML document. It tolerates malformed markup: stray or
// unclosed tags are dropped.
func ParseTimeML(raw string) (*TimeMLDoc, error) {
	raw = stripComments(raw)
	doc := &TimeMLDoc{}
	if k := indexFold(raw, "<DCT"); k >= 0 {
		e := indexFold(raw[k:], "</DCT")
		if e < 0 {
			e = len(raw) - k
		}
		seg := raw[k : k+e]
		doc.DCT = attr(seg, "value")
	} else if k := strings.Index(raw, `functionInDocument="CREATION_TIME"`); k >= 0 {
		s := strings.LastIndexByte(raw[:k], '<')
		e := strings.IndexByte(raw[k:], '>')
		if s >= 0 && e >= 0 {
			doc.DCT = attr(raw[s:k+e], "value")
		}
	}
	region := raw
	if k := indexFold(raw, "<TEXT"); k >= 0 {
		gt := strings.IndexByte(raw[k:], '>')
		if gt < 0 {
			return nil, fmt.Errorf("timeml: unterminated <TEXT> tag")
		}
		start := k + gt + 1
		end := indexFold(raw[start:], "</TEXT")
		if end < 0 {
			end = len(raw) - start
		}
		region = raw[start : start+end]
	}
	var b strings.Builder
	type open struct {
		start int
		typ   string
		val   string
		mod   string
	}
	var stack []open
	pos := 0
	for pos < len(region) {
		lt := strings.IndexByte(region[pos:], '<')
		if lt < 0 {
			b.WriteString(html.UnescapeString(region[pos:]))
			break
		}
		b.WriteString(html.UnescapeString(region[pos : pos+lt]))
		tagStart := pos + lt
		gt := tagEnd(region, tagStart)
		if gt < 0 {
			b.WriteString(html.UnescapeString(region[tagStart:]))
			break
		}
		tag := region[tagStart+1 : gt]
		pos = gt + 1
		closing := strings.HasPrefix(tag, "/")
		name := strings.TrimPrefix(tag, "/")
		if k := strings.IndexAny(name, " \t\r\n/"); k >= 0 {
			name = name[:k]
		}
		if !strings.EqualFold(name, "TIMEX3") {
			continue
		}
		if closing {
			if len(stack) > 0 {
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				end := b.Len()
				text := b.String()[o.start:end]
				if strings.TrimSpace(text) != "" {
					doc.Times = append(doc.Times, newsgraph.Time{Span: newsgraph.Span{Start: o.start, End: end}, Text: text, Type: o.typ, Value: o.val, Mod: o.mod})
				}
			}
			continue
		}
		if strings.HasSuffix(tag, "/") {
			continue
		}
		stack = append(stack, open{start: b.Len(), typ: strings.TrimSpace(attr(tag, "type")), val: strings.TrimSpace(attr(tag, "value")), mod: attr(tag, "mod")})
	}
	doc.Text = b.String()
	sort.SliceStable(doc.Times, func(i, j int) bool {
		if doc.Times[i].Start != doc.Times[j].Start {
			return doc.Times[i].Start < doc.Times[j].Start
		}
		return doc.Times[i].End < doc.Times[j].End
	})
	return doc, nil
}

// tagEnd finds the '>' closing the tag that starts at i, skipping quoted values.
func tagEnd(s string, i int) int {
	var q byte
	for k := i + 1; k < len(s); k++ {
		c := s[k]
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '"' || c == '\'':
			q = c
		case c == '>':
			return k
		}
	}
	return -1
}

func stripComments(s string) string {
	for {
		k := strings.Index(s, "<!--")
		if k < 0 {
			return s
		}
		e := strings.Index(s[k:], "-->")
		if e < 0 {
			return s[:k]
		}
		s = s[:k] + s[k+e+3:]
	}
}

func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

// attr returns the value of attribute name in a tag's source.
func attr(tag, name string) string {
	for k := 0; k < len(tag); {
		i := strings.Index(tag[k:], name)
		if i < 0 {
			return ""
		}
		i += k
		j := i + len(name)
		if (i == 0 || !isAttrChar(tag[i-1])) && j < len(tag) {
			m := j
			for m < len(tag) && (tag[m] == ' ' || tag[m] == '\t') {
				m++
			}
			if m < len(tag) && tag[m] == '=' {
				m++
				for m < len(tag) && (tag[m] == ' ' || tag[m] == '\t') {
					m++
				}
				if m < len(tag) && (tag[m] == '"' || tag[m] == '\'') {
					q := tag[m]
					e := strings.IndexByte(tag[m+1:], q)
					if e >= 0 {
						return html.UnescapeString(tag[m+1 : m+1+e])
					}
				}
			}
		}
		k = j
	}
	return ""
}

func isAttrChar(c byte) bool {
	return c == '_' || c == '-' || c == ':' || c == '.' || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}

// WriteTimeML renders text with the expressions tagged as TIMEX3 inside a
// minimal TimeML document (what score-timex.py reads). Overlapping expressions
// after the first are dropped.
func WriteTimeML(docID, dct, text string, times []newsgraph.Time) string {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>")
	b.WriteString(html.EscapeString(docID))
	b.WriteString("</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"")
	b.WriteString(html.EscapeString(dct))
	b.WriteString("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">")
	b.WriteString(html.EscapeString(dct))
	b.WriteString("</TIMEX3></DCT>\n<TEXT>")
	pos := 0
	for k, t := range times {
		if t.Start < pos || !t.Span.Valid(len(text)) {
			continue
		}
		b.WriteString(html.EscapeString(text[pos:t.Start]))
		fmt.Fprintf(&b, "<TIMEX3 tid=\"t%d\" type=\"%s\" value=\"%s\"", k+1, html.EscapeString(t.Type), html.EscapeString(t.Value))
		if t.Mod != "" {
			fmt.Fprintf(&b, " mod=\"%s\"", html.EscapeString(t.Mod))
		}
		b.WriteString(">")
		b.WriteString(html.EscapeString(text[t.Start:t.End]))
		b.WriteString("</TIMEX3>")
		pos = t.End
	}
	b.WriteString(html.EscapeString(text[pos:]))
	b.WriteString("</TEXT>\n</TimeML>\n")
	return b.String()
}

// Counts accumulates TempEval-3 Task A counts over documents.
type Counts struct {
	Gold, Pred, Strict, Relaxed, TypeOK, ValueOK int
}

// Add scores one document's predictions against its gold expressions, both
// with byte spans into the same text, the way score-timex.py does: extents
// compared with white space removed, one-to-one pairs, exact extents first,
// then largest overlap, then smallest boundary distance.
func (c *Counts) Add(text string, gold, pred []newsgraph.Time) {
	idx := squeezeIndex(text)
	type sp struct{ s, e int }
	gs := make([]sp, len(gold))
	for k, t := range gold {
		gs[k] = sp{idx[clamp(t.Start, len(text))], idx[clamp(t.End, len(text))]}
	}
	ps := make([]sp, len(pred))
	for k, t := range pred {
		ps[k] = sp{idx[clamp(t.Start, len(text))], idx[clamp(t.End, len(text))]}
	}
	type cnd struct{ exact, ov, dist, g, p int }
	var cands []cnd
	for gi, g := range gs {
		for pi, p := range ps {
			ov := min(g.e, p.e) - max(g.s, p.s)
			if ov <= 0 {
				continue
			}
			ex := 0
			if g == p {
				ex = 1
			}
			cands = append(cands, cnd{-ex, -ov, abs(g.s-p.s) + abs(g.e-p.e), gi, pi})
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.exact != b.exact {
			return a.exact < b.exact
		}
		if a.ov != b.ov {
			return a.ov < b.ov
		}
		if a.dist != b.dist {
			return a.dist < b.dist
		}
		if a.g != b.g {
			return a.g < b.g
		}
		return a.p < b.p
	})
	usedG := make([]bool, len(gs))
	usedP := make([]bool, len(ps))
	c.Gold += len(gold)
	c.Pred += len(pred)
	for _, x := range cands {
		if usedG[x.g] || usedP[x.p] {
			continue
		}
		usedG[x.g], usedP[x.p] = true, true
		c.Relaxed++
		if gs[x.g] == ps[x.p] {
			c.Strict++
		}
		if strings.EqualFold(gold[x.g].Type, pred[x.p].Type) {
			c.TypeOK++
		}
		if gold[x.g].Value == pred[x.p].Value {
			c.ValueOK++
		}
	}
}

func clamp(i, n int) int {
	if i < 0 {
		return 0
	}
	if i > n {
		return n
	}
	return i
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// squeezeIndex maps each byte offset of text to the number of non-space code
// points before it (Python's str.isspace, as the scorer uses).
func squeezeIndex(text string) []int {
	idx := make([]int, len(text)+1)
	n := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		for k := 0; k < size; k++ {
			idx[i+k] = n
		}
		if !unicode.IsSpace(r) && !(r >= 0x1c && r <= 0x1f) {
			n++
		}
		i += size
	}
	idx[len(text)] = n
	return idx
}

func prf(m, pred, gold int) (p, r, f float64) {
	if pred > 0 {
		p = float64(m) / float64(pred)
	}
	if gold > 0 {
		r = float64(m) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// Strict3 returns strict-match precision, recall and F1.
func (c Counts) Strict3() (p, r, f float64) { return prf(c.Strict, c.Pred, c.Gold) }

// Relaxed3 returns relaxed-match precision, recall and F1.
func (c Counts) Relaxed3() (p, r, f float64) { return prf(c.Relaxed, c.Pred, c.Gold) }

// TypeAcc is the share of relaxed pairs whose type agrees.
func (c Counts) TypeAcc() float64 {
	if c.Relaxed == 0 {
		return 0
	}
	return float64(c.TypeOK) / float64(c.Relaxed)
}

// ValueAcc is the share of relaxed pairs whose value agrees.
func (c Counts) ValueAcc() float64 {
	if c.Relaxed == 0 {
		return 0
	}
	return float64(c.ValueOK) / float64(c.Relaxed)
}

// ValueF1 is relaxed F1 times value accuracy.
func (c Counts) ValueF1() float64 {
	_, _, f := c.Relaxed3()
	return f * c.ValueAcc()
}
