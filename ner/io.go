package ner

import (
	"bufio"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"
	"sync"
)

const magic = "NGNER1\n"

// Save writes the model in its compact binary form (gzip-compressed; weights
// quantised to 16 bits; features sorted, so the output is deterministic).
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	put := func(v any) {
		if err == nil {
			err = binary.Write(bw, binary.LittleEndian, v)
		}
	}
	bw.WriteString(magic)
	// gazetteer
	gk := make([]uint64, 0, len(m.gaz))
	for k := range m.gaz {
		gk = append(gk, k)
	}
	slices.Sort(gk)
	put(uint32(len(gk)))
	for _, k := range gk {
		put(k)
		put(m.gaz[k])
	}
	// clusters
	ck := make([]uint64, 0, len(m.clusters))
	for k := range m.clusters {
		ck = append(ck, k)
	}
	slices.Sort(ck)
	put(uint32(len(ck)))
	for _, k := range ck {
		put(k)
		put(m.clusters[k])
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
	put(float64(scale))
	for p := range m.trans {
		for _, x := range m.trans[p] {
			put(q(x))
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
	put(uint32(len(keys)))
	for i, k := range keys {
		put(k)
		put(rows[i].mask)
		put(rows[i].vals)
	}
	if err != nil {
		return fmt.Errorf("ner: writing model: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner: writing model: %w", err)
	}
	return zw.Close()
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: reading model: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("ner: reading model: %w", err)
	}
	if !strings.HasPrefix(string(data[:min(len(data), len(magic))]), magic) {
		return nil, errors.New("ner: reading model: not a newsgraph NER model")
	}
	d := decoder{b: data[len(magic):]}
	m := &Model{}
	n := d.u32()
	if uint64(n)*10 > uint64(len(d.b)) {
		return nil, errors.New("ner: reading model: corrupt gazetteer size")
	}
	m.gaz = make(gazetteer, n)
	for i := uint32(0); i < n; i++ {
		k := d.u64()
		m.gaz[k] = d.u16()
	}
	n = d.u32()
	if uint64(n)*32 > uint64(len(d.b)) {
		return nil, errors.New("ner: reading model: corrupt cluster count")
	}
	if n > 0 {
		m.clusters = make(map[uint64][3]uint64, n)
	}
	for i := uint32(0); i < n; i++ {
		k := d.u64()
		m.clusters[k] = [3]uint64{d.u64(), d.u64(), d.u64()}
	}
	scale := math.Float64frombits(d.u64())
	for p := range m.trans {
		for t := range m.trans[p] {
			m.trans[p][t] = float32(float64(int16(d.u16())) * scale)
		}
	}
	n = d.u32()
	if uint64(n)*12 > uint64(len(d.b)) {
		return nil, errors.New("ner: reading model: corrupt feature count")
	}
	m.table = newFeatTable(int(n))
	m.weights = make([]float32, int(n)*nTags)
	for i := uint32(0); i < n; i++ {
		k := d.u64()
		mask := d.u32()
		row := m.weights[int(i)*nTags : int(i)*nTags+nTags]
		for t := 0; t < nTags; t++ {
			if mask&(1<<t) != 0 {
				row[t] = float32(float64(int16(d.u16())) * scale)
			}
		}
		m.table.put(k, int32(i))
	}
	if d.bad {
		return nil, errors.New("ner: reading model: truncated")
	}
	return m, nil
}

// decoder reads little-endian values from a byte slice; reading past the end
// sets bad and yields zeros.
type decoder struct {
	b   []byte
	bad bool
}

func (d *decoder) take(n int) []byte {
	if len(d.b) < n {
		d.bad = true
		d.b = nil
		return make([]byte, n)
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) u16() uint16 { return binary.LittleEndian.Uint16(d.take(2)) }
func (d *decoder) u32() uint32 { return binary.LittleEndian.Uint32(d.take(4)) }
func (d *decoder) u64() uint64 { return binary.LittleEndian.Uint64(d.take(8)) }

// SaveFile writes the model to path.
func (m *Model) SaveFile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := m.Save(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// LoadFile reads a model from path.
func LoadFile(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Load(f)
}

//go:embed model/ner.bin.gz
var embedded embed.FS

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the model embedded in the binary, loaded once on first use.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		f, err := embedded.Open("model/ner.bin.gz")
		if err != nil {
			defaultErr = fmt.Errorf("ner: embedded model: %w", err)
			return
		}
		defer f.Close()
		defaultModel, defaultErr = Load(f)
		if defaultErr == nil && len(defaultModel.weights) == 0 {
			defaultErr = errors.New("ner: the embedded model is empty; run `newsgraph train ner`")
		}
	})
	return defaultModel, defaultErr
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
