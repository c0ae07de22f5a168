package pos

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
	"sync"
)

const magic = "NGPOS1\n"

// Save writes the model in its compact binary form: gzip-compressed, weights
// as 16-bit integers times one scale, features sorted so that the same model
// always gives the same bytes.
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
	put(uint8(nTags))
	dk := make([]uint64, 0, len(m.dict))
	for k := range m.dict {
		dk = append(dk, k)
	}
	slices.Sort(dk)
	put(uint32(len(dk)))
	for _, k := range dk {
		put(k)
		put(m.dict[k])
	}
	lk := make([]uint64, 0, len(m.lemmas))
	for k := range m.lemmas {
		lk = append(lk, k)
	}
	slices.Sort(lk)
	put(uint32(len(lk)))
	for _, k := range lk {
		put(k)
		put(m.lemmas[k])
	}
	var max float64
	for _, x := range m.w {
		max = math.Max(max, math.Abs(float64(x)))
	}
	scale := 1.0
	if max > 0 {
		scale = max / 32767
	}
	put(scale)
	fk := make([]uint64, 0, len(m.index))
	for k := range m.index {
		fk = append(fk, k)
	}
	slices.Sort(fk)
	put(uint32(len(fk)))
	for _, f := range fk {
		v := m.index[f]
		off, n := int(v>>8), int(v&0xff)
		put(f)
		put(uint8(n))
		for k := off; k < off+n; k++ {
			put(m.cls[k])
			put(int16(math.Round(float64(m.w[k]) / scale)))
		}
	}
	if err != nil {
		return fmt.Errorf("pos: writing model: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("pos: writing model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("pos: writing model: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("pos: reading model: %w", err)
	}
	defer zr.Close()
	br := bufio.NewReader(zr)
	var rerr error
	get := func(v any) {
		if rerr == nil {
			rerr = binary.Read(br, binary.LittleEndian, v)
		}
	}
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("pos: reading model: not a part-of-speech model (bad header)")
	}
	var nt uint8
	get(&nt)
	if rerr == nil && int(nt) != nTags {
		return nil, fmt.Errorf("pos: reading model: %d tags, this build knows %d", nt, nTags)
	}
	var nd uint32
	get(&nd)
	if rerr != nil || nd > 1<<24 {
		return nil, fmt.Errorf("pos: reading model: bad dictionary size (%v)", rerr)
	}
	m := &Model{dict: make(map[uint64]uint8, nd)}
	for i := uint32(0); i < nd && rerr == nil; i++ {
		var k uint64
		var t uint8
		get(&k)
		get(&t)
		if int(t) >= nTags {
			return nil, fmt.Errorf("pos: reading model: tag %d out of range", t)
		}
		m.dict[k] = t
	}
	var nl uint32
	get(&nl)
	if rerr != nil || nl > 1<<24 {
		return nil, fmt.Errorf("pos: reading model: bad lemma count (%v)", rerr)
	}
	m.lemmas = make(map[uint64]uint8, nl)
	for i := uint32(0); i < nl && rerr == nil; i++ {
		var k uint64
		var c uint8
		get(&k)
		get(&c)
		m.lemmas[k] = c
	}
	var scale float64
	var nf uint32
	get(&scale)
	get(&nf)
	if rerr != nil || nf > 1<<26 {
		return nil, fmt.Errorf("pos: reading model: bad feature count (%v)", rerr)
	}
	m.index = make(map[uint64]uint32, nf)
	for i := uint32(0); i < nf && rerr == nil; i++ {
		var f uint64
		var n uint8
		get(&f)
		get(&n)
		off := len(m.cls)
		for k := 0; k < int(n) && rerr == nil; k++ {
			var c uint8
			var q int16
			get(&c)
			get(&q)
			if int(c) >= nTags {
				return nil, fmt.Errorf("pos: reading model: class %d out of range", c)
			}
			m.cls = append(m.cls, c)
			m.w = append(m.w, float32(float64(q)*scale))
		}
		m.index[f] = span(off, int(n))
	}
	if rerr != nil {
		return nil, fmt.Errorf("pos: reading model: %w", rerr)
	}
	m.freeze()
	return m, nil
}

// SaveFile writes the model to path.
func (m *Model) SaveFile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("pos: %w", err)
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
		return nil, fmt.Errorf("pos: %w", err)
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		return nil, fmt.Errorf("%w (%s)", err, path)
	}
	return m, nil
}

//go:embed model/pos.bin.gz
var embedded embed.FS

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the model embedded in the binary, loaded once on first use.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		f, err := embedded.Open("model/pos.bin.gz")
		if err != nil {
			defaultErr = fmt.Errorf("pos: embedded model: %w", err)
			return
		}
		defer f.Close()
		defaultModel, defaultErr = Load(f)
		if defaultErr == nil && len(defaultModel.index) == 0 {
			defaultErr = errors.New("pos: the embedded model is empty; run `newsgraph train pos`")
		}
	})
	return defaultModel, defaultErr
}
