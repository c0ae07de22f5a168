package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feature templates. Each feature is a 64-bit hash of a template id and the
// values it combines; the model stores weights by that hash.
const (
	fBias uint64 = iota + 1
	fWord
	fLower
	fLowerM1
	fLowerP1
	fLowerM2
	fLowerP2
	fShape
	fShapeM1
	fShapeP1
	fShapeM1S
	fShapeSP1
	fPre1
	fPre2
	fPre3
	fPre4
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fBiM1
	fBiP1
	fInitShape
	fCapsSentShape
	fGaz
	fGazM1
	fGazP1
	fHist
	fHistMaj
	fDocLower
	fDocTitle
	fLowerM1Shape
	fShapeLowerP1
	fLen
	fClusterM1
	fCluster
	fClusterP1
	fWordCaps
	fGenreShape
	fShapeM2M1
	fShapeP1P2
	fWordM1
	fWordP1
	fGenreLower
	fAggL
	fAggR
	fGram
	fPre5
	fSuf5
)

// mix is the splitmix64 finaliser: a fast 64-bit hash mixer.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func hstr(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func feat(tpl, h uint64) uint64     { return mix(h ^ tpl*0x9e3779b97f4a7c15) }
func feat2(tpl, a, b uint64) uint64 { return mix(mix(a+tpl)*31 ^ b ^ tpl*0x9e3779b97f4a7c15) }

var (
	preTpl = [5]uint64{fPre1, fPre2, fPre3, fPre4, fPre5}
	sufTpl = [5]uint64{fSuf1, fSuf2, fSuf3, fSuf4, fSuf5}
)

// token holds the per-token values features are built from.
type token struct {
	word, lower, shape uint64
	pre, suf           [5]uint64
	grams              []uint64 // character trigrams of capitalised words
	lowerStr           string
	cluster            [3]uint64 // word-cluster path prefixes, 0 when unknown
	initCap, allCaps   bool
	lowerInit          bool // starts with a lower-case letter
	length             uint64
	gaz                []uint64 // gazetteer features: category and position
	gazCats            []uint64 // gazetteer categories only
}

var hPad = hstr("<PAD>")

// normLower lower-cases w and maps digits to 0.
func normLower(w string) string {
	ascii := true
	needs := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' || c >= '1' && c <= '9' {
			needs = true
		}
	}
	if ascii {
		if !needs {
			return w
		}
		b := []byte(w)
		for i, c := range b {
			switch {
			case c >= 'A' && c <= 'Z':
				b[i] = c + 32
			case c >= '1' && c <= '9':
				b[i] = '0'
			}
		}
		return string(b)
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '0'
		}
		return unicode.ToLower(r)
	}, w)
}

// shapeOf returns the collapsed shape of w: upper X, lower x, digit d, other
// characters kept, runs of one class collapsed ("McDonald" -> "XxXx").
func shapeOf(w string) string {
	var b [24]byte
	n := 0
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case r >= 'A' && r <= 'Z':
			c = 'X'
		case r >= 'a' && r <= 'z':
			c = 'x'
		case r >= '0' && r <= '9':
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = '*'
		}
		if c == last && (c == 'X' || c == 'x' || c == 'd') {
			continue
		}
		last = c
		if n < len(b) {
			b[n] = c
			n++
		}
	}
	return string(b[:n])
}

// punctReplacer maps typographic punctuation to the ASCII forms of the
// training data (Reuters copy has straight quotes and hyphens).
var punctReplacer = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "«", "\"", "»", "\"",
	"—", "-", "–", "-", "…", "...")

// normPunct returns w with typographic punctuation in ASCII form.
func normPunct(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return punctReplacer.Replace(w)
		}
	}
	return w
}

// newToken computes the per-token values of word w.
func (m *Model) newToken(w string) token {
	w = normPunct(w)
	lw := normLower(w)
	t := token{word: hstr(w), lower: hstr(lw), lowerStr: lw, shape: hstr(shapeOf(w))}
	r, _ := utf8.DecodeRuneInString(w)
	t.initCap = unicode.IsUpper(r)
	t.lowerInit = unicode.IsLower(r)
	t.allCaps = t.initCap
	nr := 0
	for _, r := range w {
		nr++
		if unicode.IsLower(r) {
			t.allCaps = false
		}
	}
	switch {
	case nr <= 2:
		t.length = uint64(nr)
	case nr <= 4:
		t.length = 3
	case nr <= 8:
		t.length = 4
	default:
		t.length = 5
	}
	// affixes of the lower form, cut at rune boundaries
	for k := 1; k <= 5 && k <= len(lw); k++ {
		if k == len(lw) || utf8.RuneStart(lw[k]) {
			t.pre[k-1] = hstr(lw[:k])
		}
		if utf8.RuneStart(lw[len(lw)-k]) {
			t.suf[k-1] = hstr(lw[len(lw)-k:])
		}
	}
	if t.initCap && len(lw) >= 4 && len(lw) <= 24 {
		b := "^" + lw + "$"
		for k := 0; k+3 <= len(b); k++ {
			if utf8.RuneStart(b[k]) {
				t.grams = append(t.grams, hstr(b[k:k+3]))
			}
		}
	}
	if m != nil && m.clusters != nil {
		if c, ok := m.clusters[t.lower]; ok {
			t.cluster = c
		}
	}
	return t
}

// docInfo holds the document-level values of the non-local features.
type docInfo struct {
	lowerSeen map[uint64]bool        // lower-case word forms seen in lower case
	titleSeen map[uint64]bool        // forms seen title-cased inside a mixed-case sentence, not first
	genre     uint64                 // the document's first word (a topic slug in wire copy: "SOCCER", "MARKETS")
	ctx       map[uint64][][2]uint64 // neighbours (left, right) of the first occurrences of each capitalised form
}

// maxAgg bounds the occurrences whose contexts are aggregated per word.
const maxAgg = 8

// allCapsSentence reports whether a sentence is a headline in capitals: most
// of its letters-bearing tokens are all capitals.
func allCapsSentence(toks []token) bool {
	letters, caps := 0, 0
	for i := range toks {
		if toks[i].initCap || toks[i].lowerInit {
			letters++
			if toks[i].allCaps {
				caps++
			}
		}
	}
	return letters >= 2 && caps*10 >= letters*7
}

func newDocInfo(sents [][]token) *docInfo {
	d := &docInfo{lowerSeen: map[uint64]bool{}, titleSeen: map[uint64]bool{}}
	if len(sents) > 0 && len(sents[0]) > 0 {
		d.genre = sents[0][0].lower
	}
	d.ctx = map[uint64][][2]uint64{}
	for _, s := range sents {
		caps := allCapsSentence(s)
		for i := range s {
			t := &s[i]
			if t.initCap && len(d.ctx[t.lower]) < maxAgg {
				l, r := hPad, hPad
				if i > 0 {
					l = s[i-1].lower
				}
				if i+1 < len(s) {
					r = s[i+1].lower
				}
				d.ctx[t.lower] = append(d.ctx[t.lower], [2]uint64{l, r})
			}
			if t.lowerInit {
				d.lowerSeen[t.lower] = true
			} else if i > 0 && t.initCap && !t.allCaps && !caps {
				d.titleSeen[t.lower] = true
			}
		}
	}
	return d
}

// features appends the feature hashes of position i of a sentence to buf.
// hist, when not nil, holds the entity types predicted for the same word form
// elsewhere in the document (pass 2).
func features(buf []uint64, s []token, i int, caps bool, d *docInfo, hist *[4]int) []uint64 {
	t := &s[i]
	at := func(k int) *token {
		if k < 0 || k >= len(s) {
			return nil
		}
		return &s[k]
	}
	lowerAt := func(k int) uint64 {
		if p := at(k); p != nil {
			return p.lower
		}
		return hPad
	}
	shapeAt := func(k int) uint64 {
		if p := at(k); p != nil {
			return p.shape
		}
		return hPad
	}
	buf = append(buf,
		feat(fBias, 0),
		feat(fWord, t.word),
		feat(fLower, t.lower),
		feat(fLowerM1, lowerAt(i-1)),
		feat(fLowerP1, lowerAt(i+1)),
		feat(fLowerM2, lowerAt(i-2)),
		feat(fLowerP2, lowerAt(i+2)),
		feat(fShape, t.shape),
		feat(fShapeM1, shapeAt(i-1)),
		feat(fShapeP1, shapeAt(i+1)),
		feat2(fShapeM1S, shapeAt(i-1), t.shape),
		feat2(fShapeSP1, t.shape, shapeAt(i+1)),
		feat2(fBiM1, lowerAt(i-1), t.lower),
		feat2(fBiP1, t.lower, lowerAt(i+1)),
		feat2(fLowerM1Shape, lowerAt(i-1), t.shape),
		feat2(fShapeLowerP1, t.shape, lowerAt(i+1)),
		feat2(fLen, t.length, t.shape),
		feat2(fShapeM2M1, shapeAt(i-2), shapeAt(i-1)),
		feat2(fShapeP1P2, shapeAt(i+1), shapeAt(i+2)),
	)
	if p := at(i - 1); p != nil {
		buf = append(buf, feat(fWordM1, p.word))
	}
	if p := at(i + 1); p != nil {
		buf = append(buf, feat(fWordP1, p.word))
	}
	if d != nil && d.genre != 0 && !t.lowerInit {
		buf = append(buf, feat2(fGenreShape, d.genre, t.shape))
	}
	for _, g := range t.grams {
		buf = append(buf, feat(fGram, g))
	}
	for k := 0; k < 5; k++ {
		if t.pre[k] != 0 {
			buf = append(buf, feat(preTpl[k], t.pre[k]))
		}
		if t.suf[k] != 0 {
			buf = append(buf, feat(sufTpl[k], t.suf[k]))
		}
	}
	if i == 0 {
		buf = append(buf, feat(fInitShape, t.shape))
	}
	if caps {
		buf = append(buf, feat(fCapsSentShape, t.shape), feat(fWordCaps, t.lower))
	}
	for _, g := range t.gaz {
		buf = append(buf, feat(fGaz, g))
	}
	if p := at(i - 1); p != nil {
		for _, g := range p.gazCats {
			buf = append(buf, feat(fGazM1, g))
		}
	}
	if p := at(i + 1); p != nil {
		for _, g := range p.gazCats {
			buf = append(buf, feat(fGazP1, g))
		}
	}
	for k, c := range t.cluster {
		if c == 0 {
			break
		}
		buf = append(buf, feat2(fCluster, uint64(k), c))
		if p := at(i - 1); p != nil && p.cluster[k] != 0 {
			buf = append(buf, feat2(fClusterM1, uint64(k), p.cluster[k]))
		}
		if p := at(i + 1); p != nil && p.cluster[k] != 0 {
			buf = append(buf, feat2(fClusterP1, uint64(k), p.cluster[k]))
		}
	}
	if d != nil && t.initCap {
		if d.lowerSeen[t.lower] {
			buf = append(buf, feat(fDocLower, 1))
		}
		if (t.allCaps || i == 0 || caps) && d.titleSeen[t.lower] {
			buf = append(buf, feat(fDocTitle, 1))
		}
	}
	if d != nil && t.initCap {
		l, r := lowerAt(i-1), lowerAt(i+1)
		for _, c := range d.ctx[t.lower] {
			if c[0] != l {
				buf = append(buf, feat(fAggL, c[0]))
			}
			if c[1] != r {
				buf = append(buf, feat(fAggR, c[1]))
			}
		}
	}
	if hist != nil && t.initCap {
		buf = histFeatures(buf, *hist)
	}
	return buf
}

func histFeatures(buf []uint64, c [4]int) []uint64 {
	best, bn := -1, 0
	for k, n := range c {
		if n > 0 {
			buf = append(buf, feat(fHist, uint64(k+1)))
		}
		if n > bn {
			best, bn = k, n
		} else if n == bn && n > 0 {
			best = -2 // tie
		}
	}
	buf = append(buf, feat(fHistMaj, uint64(best+3)))
	return buf
}
