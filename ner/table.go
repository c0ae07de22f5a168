package ner

// featTable is a read-only open-addressing hash table from feature hash to
// weight row, built once when a model is loaded: faster than a Go map for the
// tagger's many lookups of well-mixed 64-bit keys.
type featTable struct {
	keys []uint64 // 0 marks an empty slot (a key of 0 is stored as 1)
	rows []int32
	mask uint64
}

func newFeatTable(n int) *featTable {
	size := uint64(16)
	for size < uint64(n)*2 {
		size <<= 1
	}
	return &featTable{keys: make([]uint64, size), rows: make([]int32, size), mask: size - 1}
}

// put stores row r for key k (each key once; the table must have room).
func (t *featTable) put(k uint64, r int32) {
	if k == 0 {
		k = 1
	}
	i := k & t.mask
	for t.keys[i] != 0 && t.keys[i] != k {
		i = (i + 1) & t.mask
	}
	t.keys[i] = k
	t.rows[i] = r
}

func (t *featTable) get(k uint64) (int32, bool) {
	if k == 0 {
		k = 1
	}
	i := k & t.mask
	for {
		switch t.keys[i] {
		case k:
			return t.rows[i], true
		case 0:
			return 0, false
		}
		i = (i + 1) & t.mask
	}
}

// indexMap returns the model's feature index as a map, rebuilding it from the
// frozen table for a loaded model.
func (m *Model) indexMap() map[uint64]int32 {
	if m.index != nil || m.table == nil {
		return m.index
	}
	idx := make(map[uint64]int32, len(m.weights)/nTags)
	for i, k := range m.table.keys {
		if k != 0 {
			idx[k] = m.table.rows[i]
		}
	}
	m.index = idx
	return idx
}
