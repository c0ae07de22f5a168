package ner

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/modelfile"
)

const magic = "NGNER1\n"

// Save writes the model in its compact binary form (gzip-compressed; weights
// quantised to 16 bits; features sorted, so the output is deterministic).
func (m *Model) Save(w io.Writer) error {
	e := modelfile.NewEncoder(magic)
	// gazetteer
	gk := make([]uint64, 0, len(m.gaz))
	for k := range m.gaz {
		gk = append(gk, k)
	}
	slices.Sort(gk)
	e.U32(uint32(len(gk)))
	for _, k := range gk {
		e.U64(k)
		e.U16(m.gaz[k])
	}
	// clusters
	ck := make([]uint64, 0, len(m.clusters))
	for k := range m.clusters {
		ck = append(ck, k)
	}
	slices.Sort(ck)
	e.U32(uint32(len(ck)))
	for _, k := range ck {
		e.U64(k)
		for _, v := range m.clusters[k] {
			e.U64(v)
		}
	}
	// scale: the largest absolute weight maps to 32767
	var max float64
	for _, x := range m.weights {
		max = math.Max(max, math.Abs(float64(x)))
	}
	for p := range m.trans {
		for _, x := range m.trans[p] {
			max = math.Max(max, math.Abs(float64(x)))
		}
	}
	if max == 0 {
		max = 1
	}
	scale := max / 32767
	q := func(x float32) int16 { return int16(math.Round(float64(x) / scale)) }
	e.F64(scale)
	for p := range m.trans {
		for _, x := range m.trans[p] {
			e.I16(q(x))
		}
	}
	index := m.indexMap()
	fk := make([]uint64, 0, len(index))
	for k := range index {
		fk = append(fk, k)
	}
	slices.Sort(fk)
	// features with every weight quantised to 0 are dropped
	type row struct {
		mask uint32
		vals []int16
	}
	rows := make([]row, 0, len(fk))
	keys := fk[:0:0]
	for _, k := range fk {
		r := int(index[k])
		var rw row
		for t := 0; t < nTags; t++ {
			if v := q(m.weights[r*nTags+t]); v != 0 {
				rw.mask |= 1 << t
				rw.vals = append(rw.vals, v)
			}
		}
		if rw.mask != 0 {
			keys = append(keys, k)
			rows = append(rows, rw)
		}
	}
	e.U32(uint32(len(keys)))
	for i, k := range keys {
		e.U64(k)
		e.U32(rows[i].mask)
		for _, v := range rows[i].vals {
			e.I16(v)
		}
	}
	if _, err := e.WriteTo(w); err != nil {
		return fmt.Errorf("ner: writing model: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	d, err := modelfile.NewDecoder(r, magic)
	if err != nil {
		return nil, fmt.Errorf("ner: reading model: %w", err)
	}
	m := &Model{}
	n := d.U32()
	if int64(n)*10 > int64(d.Left()) {
		return nil, errors.New("ner: reading model: corrupt gazetteer size")
	}
	m.gaz = make(gazetteer, n)
	for i := uint32(0); i < n; i++ {
		k := d.U64()
		m.gaz[k] = d.U16()
	}
	n = d.U32()
	if int64(n)*32 > int64(d.Left()) {
		return nil, errors.New("ner: reading model: corrupt cluster count")
	}
	if n > 0 {
		m.clusters = make(map[uint64][3]uint64, n)
	}
	for i := uint32(0); i < n; i++ {
		k := d.U64()
		m.clusters[k] = [3]uint64{d.U64(), d.U64(), d.U64()}
	}
	scale := d.F64()
	for p := range m.trans {
		for t := range m.trans[p] {
			m.trans[p][t] = float32(float64(d.I16()) * scale)
		}
	}
	n = d.U32()
	if int64(n)*12 > int64(d.Left()) {
		return nil, errors.New("ner: reading model: corrupt feature count")
	}
	m.table = newFeatTable(int(n))
	m.weights = make([]float32, int(n)*nTags)
	for i := uint32(0); i < n; i++ {
		k := d.U64()
		mask := d.U32()
		row := m.weights[int(i)*nTags : int(i)*nTags+nTags]
		for t := 0; t < nTags; t++ {
			if mask&(1<<t) != 0 {
				row[t] = float32(float64(d.I16()) * scale)
			}
		}
		m.table.put(k, int32(i))
	}
	if err := d.Err(); err != nil {
		return nil, fmt.Errorf("ner: reading model: %w", err)
	}
	return m, nil
}

// SaveFile writes the model to path.
func (m *Model) SaveFile(path string) error { return modelfile.SaveFile(path, m.Save) }

// LoadFile reads a model from path.
func LoadFile(path string) (*Model, error) { return modelfile.LoadFile(path, Load) }

//go:embed model/ner.bin.gz
var embedded embed.FS

var defaultModel = &modelfile.Embedded[*Model]{FS: embedded, Path: "model/ner.bin.gz", Load: Load}

// Default returns the model embedded in the binary, loaded once on first use.
func Default() (*Model, error) {
	m, err := defaultModel.Get()
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	if len(m.weights) == 0 {
		return nil, errors.New("ner: the embedded model is empty; run `newsgraph train ner`")
	}
	return m, nil
}

// loadClusterFile reads word clusters: lines "word<TAB>bit-path" (Brown
// clustering output). Each word gets the path prefixes of length 4, 8 and 12.
func (m *Model) loadClusterFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("ner: clusters: %w", err)
	}
	defer f.Close()
	m.clusters = map[uint64][3]uint64{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 2 {
			continue
		}
		path := cols[1]
		var c [3]uint64
		for k, n := range []int{4, 8, 12} {
			if len(path) >= n || k == 0 {
				c[k] = hstr(path[:min(n, len(path))]) | 1
			}
		}
		m.clusters[hstr(normLower(cols[0]))] = c
	}
	return sc.Err()
}
