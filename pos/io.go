package pos

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/newsgraph/newsgraph/modelfile"
)

const magic = "NGPOS1\n"

// Save writes the model in its compact binary form (package modelfile):
// weights as 16-bit integers times one scale, features sorted so that the same
// model always gives the same bytes.
func (m *Model) Save(w io.Writer) error {
	e := modelfile.NewEncoder(magic)
	e.U8(nTags)
	for _, set := range []map[uint64]uint8{m.dict, m.lemmas} {
		keys := make([]uint64, 0, len(set))
		for k := range set {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		e.U32(uint32(len(keys)))
		for _, k := range keys {
			e.U64(k)
			e.U8(set[k])
		}
	}
	var max float64
	for _, x := range m.entries {
		max = math.Max(max, math.Abs(float64(x.w)))
	}
	scale := 1.0
	if max > 0 {
		scale = max / 32767
	}
	e.F64(scale)
	e.U32(uint32(len(m.keys)))
	for i, f := range m.keys {
		off, n := int(m.spans[i]>>8), int(m.spans[i]&0xff)
		e.U64(f)
		e.U8(uint8(n))
		for _, x := range m.entries[off : off+n] {
			e.U8(x.c)
			e.I16(int16(math.Round(float64(x.w) / scale)))
		}
	}
	if _, err := e.WriteTo(w); err != nil {
		return fmt.Errorf("pos: writing model: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	d, err := modelfile.NewDecoder(r, magic)
	if err != nil {
		return nil, fmt.Errorf("pos: reading model: %w", err)
	}
	if nt := d.U8(); int(nt) != nTags {
		return nil, fmt.Errorf("pos: reading model: %d tags, this build knows %d", nt, nTags)
	}
	m := &Model{}
	for _, set := range []*map[uint64]uint8{&m.dict, &m.lemmas} {
		n := d.U32()
		if int64(n)*9 > int64(d.Left()) {
			return nil, errors.New("pos: reading model: corrupt word count")
		}
		*set = make(map[uint64]uint8, n)
		for i := uint32(0); i < n; i++ {
			k := d.U64()
			(*set)[k] = d.U8()
		}
	}
	scale := d.F64()
	nf := d.U32()
	if int64(nf)*9 > int64(d.Left()) {
		return nil, errors.New("pos: reading model: corrupt feature count")
	}
	keys := make([]uint64, nf)
	spans := make([]uint32, nf)
	var entries []entry
	for i := range keys {
		keys[i] = d.U64()
		n := int(d.U8())
		off := len(entries)
		for k := 0; k < n; k++ {
			c := d.U8()
			if int(c) >= nTags {
				return nil, fmt.Errorf("pos: reading model: class %d out of range", c)
			}
			entries = append(entries, entry{w: float32(float64(d.I16()) * scale), c: c})
		}
		spans[i] = span(off, n)
	}
	for _, t := range m.dict {
		if int(t) >= nTags {
			return nil, fmt.Errorf("pos: reading model: tag %d out of range", t)
		}
	}
	if err := d.Err(); err != nil {
		return nil, fmt.Errorf("pos: reading model: %w", err)
	}
	m.freeze(keys, spans, entries)
	return m, nil
}

// SaveFile writes the model to path.
func (m *Model) SaveFile(path string) error { return modelfile.SaveFile(path, m.Save) }

// LoadFile reads a model from path.
func LoadFile(path string) (*Model, error) { return modelfile.LoadFile(path, Load) }

//go:embed model/pos.bin.gz
var embedded embed.FS

var defaultModel = &modelfile.Embedded[*Model]{FS: embedded, Path: "model/pos.bin.gz", Load: Load}

// Default returns the model embedded in the binary, loaded once on first use.
func Default() (*Model, error) {
	m, err := defaultModel.Get()
	if err != nil {
		return nil, fmt.Errorf("pos: %w", err)
	}
	if len(m.keys) == 0 {
		return nil, errors.New("pos: the embedded model is empty; run `newsgraph train pos`")
	}
	return m, nil
}
