package pos

// Model is a trained tagger: a dictionary of unambiguous words and the
// averaged-perceptron weights of the features. A loaded model is read-only and
// safe for concurrent use.
type Model struct {
	// dict maps the hash of a frequent, unambiguous word to its tag.
	dict map[uint64]uint8
	// lemmas maps the hash of a base form to its lemma classes.
	lemmas map[uint64]uint8
	// table maps a feature hash to its class weights, entries[off:off+n],
	// in an open-addressing table (key 0 marks an empty slot).
	table   []slot
	mask    uint64
	entries []entry
	nfeat   int
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

// freeze builds the lookup table of features keys[i], whose weights are
// entries[off:off+n] with spans[i] = span(off, n).
func (m *Model) freeze(keys []uint64, spans []uint32, entries []entry) {
	size := uint64(16)
	for size < uint64(len(keys))*2 {
		size <<= 1
	}
	m.table, m.mask, m.entries, m.nfeat = make([]slot, size), size-1, entries, len(keys)
	for i, f := range keys {
		if f == 0 {
			f = 1 // 0 marks an empty slot; no feature template hashes to 0 or 1
		}
		k := f & m.mask
		for m.table[k].key != 0 {
			k = (k + 1) & m.mask
		}
		m.table[k] = slot{key: f, val: spans[i]}
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
