package pos

// Model is a trained tagger: a dictionary of unambiguous words and the
// averaged-perceptron weights of the features. A loaded model is read-only and
// safe for concurrent use.
type Model struct {
	// dict maps the hash of a frequent, unambiguous word to its tag.
	dict map[uint64]uint8
	// lemmas maps the hash of a base form to its lemma classes.
	lemmas map[uint64]uint8
	// index maps a feature hash to its weights: entries [off, off+n) of cls/w.
	index map[uint64]uint32
	cls   []uint8
	w     []float32
	// table and entries are index, cls and w laid out for fast lookups,
	// built by freeze.
	table   []slot
	mask    uint64
	entries []entry
}

// slot is one cell of the open-addressing table: a feature hash (0: empty)
// and its span of entries.
type slot struct {
	key uint64
	val uint32
}

// entry is one class weight of a feature.
type entry struct {
	w float32
	c uint8
}

// span packs an offset and a count into the index's value.
func span(off, n int) uint32 { return uint32(off)<<8 | uint32(n) }

// weightsOf returns the class weights of feature f (nil when unknown).
func (m *Model) weightsOf(f uint64) []entry {
	if f == 0 {
		f = 1
	}
	for i := f & m.mask; ; i = (i + 1) & m.mask {
		switch m.table[i].key {
		case f:
			v := m.table[i].val
			return m.entries[v>>8 : v>>8+v&0xff]
		case 0:
			return nil
		}
	}
}

// freeze builds the lookup table from index, cls and w.
func (m *Model) freeze() {
	size := uint64(16)
	for size < uint64(len(m.index))*2 {
		size <<= 1
	}
	m.table, m.mask = make([]slot, size), size-1
	m.entries = make([]entry, len(m.w))
	for k := range m.w {
		m.entries[k] = entry{w: m.w[k], c: m.cls[k]}
	}
	for f, v := range m.index {
		if f == 0 {
			f = 1 // 0 marks an empty slot; no feature template hashes to 0 or 1
		}
		i := f & m.mask
		for m.table[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.table[i] = slot{key: f, val: v}
	}
}

// Tag returns the tag of each word of one sentence. Words are tokens as the
// tokenize package splits them (Penn Treebank style: "do" "n't", "Trump" "'s").
// A nil model or an empty sentence gives nil.
func (m *Model) Tag(words []string) []string {
	if m == nil || len(words) == 0 {
		return nil
	}
	ws := make([]word, len(words))
	for i, w := range words {
		ws[i] = m.newWord(w)
	}
	idx := m.tag(ws, nil)
	out := make([]string, len(idx))
	for i, t := range idx {
		out[i] = Tags[t]
	}
	return out
}

// tag tags prepared words greedily left to right, appending tag indices to out.
func (m *Model) tag(ws []word, out []uint8) []uint8 {
	var buf []uint64
	var h history
	for i := range ws {
		t, ok := m.lookup(ws[i].raw)
		if !ok {
			buf = features(buf[:0], ws, i, h)
			t = m.best(buf)
		}
		out = append(out, t)
		h.push(Tags[t])
	}
	return out
}

// newWord prepares token text w for the features.
func (m *Model) newWord(w string) word {
	x := plainWord(w)
	c, end := m.lemmaClass(x.norm)
	x.lemma = lemmaNames[end][c]
	return x
}

// lookup returns the dictionary tag of a word.
func (m *Model) lookup(raw string) (uint8, bool) {
	t, ok := m.dict[feat(0, raw)]
	return t, ok
}

// best returns the highest-scoring class for feats (ties: the lower index,
// which is the more frequent tag).
func (m *Model) best(feats []uint64) uint8 {
	var sc [nTags]float32
	for _, f := range feats {
		for _, e := range m.weightsOf(f) {
			sc[e.c] += e.w
		}
	}
	b := 0
	for c := 1; c < nTags; c++ {
		if sc[c] > sc[b] {
			b = c
		}
	}
	return uint8(b)
}
