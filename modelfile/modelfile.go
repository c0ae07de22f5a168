// Package modelfile writes and reads the files that hold the project's trained
// models (ner, pos): gzip-compressed, a magic line naming the format first,
// then little-endian numbers in the order the model's own code puts them.
//
// Encoder collects the bytes of a file and writes them compressed; Decoder
// reads them back and reports a truncated file instead of panicking;
// SaveFile, LoadFile and Embedded handle files on disk and the copy embedded
// in the binary.
package modelfile

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"sync"
)

// Encoder builds the bytes of a model file.
type Encoder struct {
	b []byte
}

// NewEncoder starts a file of the format named by magic (a line such as
// "NGPOS1\n").
func NewEncoder(magic string) *Encoder { return &Encoder{b: []byte(magic)} }

// U8 appends v.
func (e *Encoder) U8(v uint8) { e.b = append(e.b, v) }

// U16 appends v, little-endian.
func (e *Encoder) U16(v uint16) { e.b = binary.LittleEndian.AppendUint16(e.b, v) }

// I16 appends v, little-endian.
func (e *Encoder) I16(v int16) { e.U16(uint16(v)) }

// U32 appends v, little-endian.
func (e *Encoder) U32(v uint32) { e.b = binary.LittleEndian.AppendUint32(e.b, v) }

// U64 appends v, little-endian.
func (e *Encoder) U64(v uint64) { e.b = binary.LittleEndian.AppendUint64(e.b, v) }

// F64 appends v as its IEEE 754 bits.
func (e *Encoder) F64(v float64) { e.U64(math.Float64bits(v)) }

// WriteTo writes the file, gzip-compressed at the best compression, to w.
// The same values always give the same bytes.
func (e *Encoder) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	if _, err := zw.Write(e.b); err != nil {
		return cw.n, err
	}
	err = zw.Close()
	return cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// Decoder reads the numbers of a model file. Reading past the end yields
// zeros and marks the file truncated (see Err), so a reader can check once at
// the end.
type Decoder struct {
	b   []byte
	bad bool
}

// ErrFormat is returned (wrapped) for a file that is not of the expected format.
var ErrFormat = errors.New("not a model file of this kind")

// NewDecoder decompresses r and checks that it starts with magic.
func NewDecoder(r io.Reader, magic string) (*Decoder, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, fmt.Errorf("%w (want header %q)", ErrFormat, magic)
	}
	return &Decoder{b: data[len(magic):]}, nil
}

func (d *Decoder) take(n int) []byte {
	if len(d.b) < n {
		d.bad = true
		d.b = nil
		return make([]byte, n)
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

// U8 reads one byte.
func (d *Decoder) U8() uint8 { return d.take(1)[0] }

// U16 reads a little-endian uint16.
func (d *Decoder) U16() uint16 { return binary.LittleEndian.Uint16(d.take(2)) }

// I16 reads a little-endian int16.
func (d *Decoder) I16() int16 { return int16(d.U16()) }

// U32 reads a little-endian uint32.
func (d *Decoder) U32() uint32 { return binary.LittleEndian.Uint32(d.take(4)) }

// U64 reads a little-endian uint64.
func (d *Decoder) U64() uint64 { return binary.LittleEndian.Uint64(d.take(8)) }

// F64 reads a float64 written by Encoder.F64.
func (d *Decoder) F64() float64 { return math.Float64frombits(d.U64()) }

// Left returns the number of bytes not read yet: a count read from the file
// can be checked against it before allocating.
func (d *Decoder) Left() int { return len(d.b) }

// Err reports a file that ended before the values read from it.
func (d *Decoder) Err() error {
	if d.bad {
		return errors.New("truncated model file")
	}
	return nil
}

// SaveFile writes a model file to path with save (a model's Save method).
func SaveFile(path string, save func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := save(f); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Close()
}

// LoadFile reads the model file at path with load.
func LoadFile[T any](path string, load func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	v, err := load(f)
	if err != nil {
		return v, fmt.Errorf("%w (%s)", err, path)
	}
	return v, nil
}

// Embedded is a model file embedded in the binary, loaded on first use and
// shared after.
type Embedded[T any] struct {
	FS   fs.FS
	Path string
	Load func(io.Reader) (T, error)

	once sync.Once
	v    T
	err  error
}

// Get returns the loaded model, loading it the first time.
func (e *Embedded[T]) Get() (T, error) {
	e.once.Do(func() {
		f, err := e.FS.Open(e.Path)
		if err != nil {
			e.err = fmt.Errorf("embedded model: %w", err)
			return
		}
		defer f.Close()
		e.v, e.err = e.Load(f)
	})
	return e.v, e.err
}
