package ner

import (
	"math"
)

// The four CoNLL types the tagger predicts; finer types are derived (see Types).
var conllTypes = [4]string{"PER", "ORG", "LOC", "MISC"}

// Tag indices: 0 is O; type k, position p (B, I, L, U) is 1+4k+p.
const nTags = 17

const (
	posB = iota
	posI
	posL
	posU
)

func tagType(t int) int { return (t - 1) / 4 }
func tagPos(t int) int  { return (t - 1) % 4 }

// tagNames are the BILOU names of the tag indices.
var tagNames = func() (n [nTags]string) {
	n[0] = "O"
	for t := 1; t < nTags; t++ {
		n[t] = string("BILU"[tagPos(t)]) + "-" + conllTypes[tagType(t)]
	}
	return
}()

// tagName returns the BILOU name of tag index t ("B-PER", "O").
func tagName(t int) string { return tagNames[t] }

var allowed [nTags + 1][nTags]bool // [prev or start=nTags][cur]

func init() {
	for p := 0; p <= nTags; p++ {
		for c := 0; c < nTags; c++ {
			open := p > 0 && p < nTags && (tagPos(p) == posB || tagPos(p) == posI)
			if open {
				allowed[p][c] = c > 0 && tagType(c) == tagType(p) && (tagPos(c) == posI || tagPos(c) == posL)
			} else {
				allowed[p][c] = c == 0 || tagPos(c) == posB || tagPos(c) == posU
			}
		}
	}
}

// prevTags lists the tags allowed before each tag (the start state excluded).
var prevTags [nTags][]int

func init() {
	for c := 0; c < nTags; c++ {
		for p := 0; p < nTags; p++ {
			if allowed[p][c] {
				prevTags[c] = append(prevTags[c], p)
			}
		}
	}
}

func canEnd(t int) bool { return t == 0 || tagPos(t) == posL || tagPos(t) == posU }

// Model is a trained named-entity tagger: an averaged perceptron over BILOU
// tags with first-order Viterbi decoding and two passes per document. A loaded
// model is read-only and safe for concurrent use.
type Model struct {
	index    map[uint64]int32 // feature hash -> row of weights
	table    *featTable       // the same, frozen for fast lookups (loaded models)
	weights  []float32        // nTags per row
	trans    [nTags + 1][nTags]float32
	gaz      gazetteer
	clusters map[uint64][3]uint64
}

// emission adds the weights of feats to sc.
func (m *Model) emission(feats []uint64, sc *[nTags]float32) {
	for _, f := range feats {
		var r int32
		var ok bool
		if m.table != nil {
			r, ok = m.table.get(f)
		} else {
			r, ok = m.index[f]
		}
		if !ok {
			continue
		}
		w := m.weights[int(r)*nTags : int(r)*nTags+nTags]
		for t := range sc {
			sc[t] += w[t]
		}
	}
}

// viterbi returns the best allowed tag sequence for emission scores em under
// transition scores tr. out and the work buffers are reused.
func viterbi(em [][nTags]float32, tr *[nTags + 1][nTags]float32, out []int, back [][nTags]uint8) []int {
	n := len(em)
	out = out[:0]
	if n == 0 {
		return out
	}
	neg := float32(math.Inf(-1))
	var cur, prev [nTags]float32
	for t := 0; t < nTags; t++ {
		if allowed[nTags][t] {
			prev[t] = em[0][t] + tr[nTags][t]
		} else {
			prev[t] = neg
		}
	}
	for i := 1; i < n; i++ {
		for t := 0; t < nTags; t++ {
			best, bp := neg, 0
			for _, p := range prevTags[t] {
				if s := prev[p] + tr[p][t]; s > best {
					best, bp = s, p
				}
			}
			if best == neg {
				cur[t] = neg
			} else {
				cur[t] = best + em[i][t]
			}
			back[i][t] = uint8(bp)
		}
		prev = cur
	}
	best, bt := neg, 0
	for t := 0; t < nTags; t++ {
		if canEnd(t) && prev[t] > best {
			best, bt = prev[t], t
		}
	}
	for i := 0; i < n; i++ {
		out = append(out, 0)
	}
	out[n-1] = bt
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i][out[i]])
	}
	return out
}

// docState holds a document prepared for tagging.
type docState struct {
	toks  [][]token
	caps  []bool
	info  *docInfo
	feats [][][]uint64 // pass-1 features per sentence and token
}

// prepare computes tokens, gazetteer matches and pass-1 features of a document.
func (m *Model) prepare(doc [][]string) *docState {
	st := &docState{toks: make([][]token, len(doc)), caps: make([]bool, len(doc)), feats: make([][][]uint64, len(doc))}
	for si, words := range doc {
		s := make([]token, len(words))
		for i, w := range words {
			s[i] = m.newToken(w)
		}
		st.caps[si] = allCapsSentence(s)
		m.gaz.mark(s, st.caps[si])
		st.toks[si] = s
	}
	st.info = newDocInfo(st.toks)
	n := 0
	for _, s := range st.toks {
		n += len(s)
	}
	flat := make([]uint64, 0, n*40)
	for si, s := range st.toks {
		st.feats[si] = make([][]uint64, len(s))
		for i := range s {
			start := len(flat)
			flat = features(flat, s, i, st.caps[si], st.info, nil)
			st.feats[si][i] = flat[start:len(flat):len(flat)]
		}
	}
	return st
}

// history counts the entity types predicted for each capitalised word form.
func history(st *docState, preds [][]int) map[uint64][4]int {
	h := map[uint64][4]int{}
	for si, s := range st.toks {
		for i := range s {
			if !s[i].initCap {
				continue
			}
			c := h[s[i].lower]
			if t := preds[si][i]; t > 0 {
				c[tagType(t)]++
			}
			h[s[i].lower] = c
		}
	}
	return h
}

// ownHist returns the history counts of token i minus its own prediction.
func ownHist(h map[uint64][4]int, t *token, pred int) [4]int {
	c := h[t.lower]
	if pred > 0 {
		c[tagType(pred)]--
	}
	return c
}

// tagDoc tags a document (sentences of words) and returns tag indices.
func (m *Model) tagDoc(doc [][]string) [][]int {
	st := m.prepare(doc)
	em := make([][][nTags]float32, len(doc))
	preds := make([][]int, len(doc))
	var back [][nTags]uint8
	for si, fs := range st.feats {
		em[si] = make([][nTags]float32, len(fs))
		for i, f := range fs {
			m.emission(f, &em[si][i])
		}
		if len(fs) > len(back) {
			back = make([][nTags]uint8, len(fs))
		}
		preds[si] = viterbi(em[si], &m.trans, nil, back)
	}
	// pass 2: add the document's prediction history
	h := history(st, preds)
	var buf []uint64
	var em2 [][nTags]float32
	for si, s := range st.toks {
		em2 = append(em2[:0], em[si]...)
		for i := range s {
			if !s[i].initCap {
				continue
			}
			c := ownHist(h, &s[i], preds[si][i])
			buf = histFeatures(buf[:0], c)
			m.emission(buf, &em2[i])
		}
		preds[si] = viterbi(em2, &m.trans, preds[si], back)
	}
	return preds
}

// TagDocument tags the sentences of one document (each a slice of tokens) and
// returns one BILOU tag per token over CoNLL's types ("B-PER", "L-PER", "O").
// Names tagged in one sentence inform the others (two passes).
func (m *Model) TagDocument(doc [][]string) [][]string {
	idx := m.tagDoc(doc)
	out := make([][]string, len(idx))
	for si, s := range idx {
		out[si] = make([]string, len(s))
		for i, t := range s {
			out[si][i] = tagName(t)
		}
	}
	return out
}
