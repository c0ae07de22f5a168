package pos

// Model is a trained tagger: a dictionary of unambiguous words and the
// averaged-perceptron weights of the features. A loaded model is read-only and
// safe for concurrent use.
type Model struct {
	// dict maps the hash of a frequent, unambiguous word to its tag.
	dict map[uint64]uint8
	// lemmas maps the hash of a base form to its lemma classes.
	lemmas map[uint64]uint8
	// table maps a feature hash to its class weights, entries[off:off+n], in
	// an open-addressing table of 8-byte slots (small enough to stay in
	// cache): the slot is chosen by the hash's low bits and holds its high 32
	// bits as a fingerprint (0 marks an empty slot).
	table   []slot
	mask    uint64
	entries []entry
	// keys and spans list the features in hash order, for Save.
	keys  []uint64
	spans []uint32
}

// slot is one cell of the lookup table: a feature's fingerprint and its span
// of entries.
type slot struct {
	fp  uint32
	val uint32
}

// entry is one class weight of a feature.
type entry struct {
	w float32
	c uint8
}

// span packs an offset and a count into the index's value.
func span(off, n int) uint32 { return uint32(off)<<8 | uint32(n) }

// fingerprint returns the high 32 bits of a feature hash, never 0.
func fingerprint(f uint64) uint32 {
	if fp := uint32(f >> 32); fp != 0 {
		return fp
	}
	return 1
}

// weightsOf returns the class weights of feature f (nil when unknown). Two
// features with the same low bits and fingerprint would share weights; with
// 64-bit hashes and about 150,000 features that does not happen in practice,
// and a trained model and its saved copy behave the same either way.
func (m *Model) weightsOf(f uint64) []entry {
	fp := fingerprint(f)
	for i := f & m.mask; ; i = (i + 1) & m.mask {
		switch m.table[i].fp {
		case fp:
			v := m.table[i].val
			return m.entries[v>>8 : v>>8+v&0xff]
		case 0:
			return nil
		}
	}
}

// freeze builds the lookup table of features keys[i] (in increasing order),
// whose weights are entries[off:off+n] with spans[i] = span(off, n).
func (m *Model) freeze(keys []uint64, spans []uint32, entries []entry) {
	size := uint64(16)
	for size < uint64(len(keys))*3/2 {
		size <<= 1
	}
	m.table, m.mask, m.entries, m.keys, m.spans = make([]slot, size), size-1, entries, keys, spans
	for i, f := range keys {
		k := f & m.mask
		for m.table[k].fp != 0 {
			k = (k + 1) & m.mask
		}
		m.table[k] = slot{fp: fingerprint(f), val: spans[i]}
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
