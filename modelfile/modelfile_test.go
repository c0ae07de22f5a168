package modelfile

import (
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"testing"
	"testing/fstest"
)

func encodeSample() *Encoder {
	e := NewEncoder("NGTEST1\n")
	e.U8(7)
	e.U16(65000)
	e.I16(-1234)
	e.U32(1 << 30)
	e.U64(1<<63 + 5)
	e.F64(3.25)
	return e
}

func TestRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if _, err := encodeSample().WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	encodeSample().WriteTo(&again)
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("the same values gave different bytes")
	}
	d, err := NewDecoder(&buf, "NGTEST1\n")
	if err != nil {
		t.Fatal(err)
	}
	if d.U8() != 7 || d.U16() != 65000 || d.I16() != -1234 || d.U32() != 1<<30 || d.U64() != 1<<63+5 || d.F64() != 3.25 {
		t.Error("values changed on the round trip")
	}
	if d.Left() != 0 || d.Err() != nil {
		t.Errorf("left %d, err %v", d.Left(), d.Err())
	}
	// reading past the end: zeros and an error, no panic
	if d.U64() != 0 || d.Err() == nil {
		t.Error("reading past the end was not reported")
	}
}

func TestBadFiles(t *testing.T) {
	var buf bytes.Buffer
	encodeSample().WriteTo(&buf)
	good := buf.Bytes()
	for name, tc := range map[string]struct {
		data  []byte
		magic string
	}{
		"not gzip":    {[]byte("plain text"), "NGTEST1\n"},
		"empty":       {nil, "NGTEST1\n"},
		"other magic": {good, "NGOTHER\n"},
		"truncated":   {good[:len(good)/2], "NGTEST1\n"},
	} {
		if _, err := NewDecoder(bytes.NewReader(tc.data), tc.magic); err == nil {
			t.Errorf("%s: accepted", name)
		} else if name != "truncated" && !errors.Is(err, ErrFormat) {
			t.Errorf("%s: err %v, want ErrFormat", name, err)
		}
	}
}

func loadU32(r io.Reader) (uint32, error) {
	d, err := NewDecoder(r, "NGTEST1\n")
	if err != nil {
		return 0, err
	}
	d.U8()
	d.U16()
	d.I16()
	v := d.U32()
	return v, d.Err()
}

func TestFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.bin.gz")
	save := func(w io.Writer) error { _, err := encodeSample().WriteTo(w); return err }
	if err := SaveFile(path, save); err != nil {
		t.Fatal(err)
	}
	if v, err := LoadFile(path, loadU32); err != nil || v != 1<<30 {
		t.Errorf("LoadFile = %d, %v", v, err)
	}
	if _, err := LoadFile(filepath.Join(t.TempDir(), "missing"), loadU32); err == nil {
		t.Error("a missing file loaded")
	}
	var buf bytes.Buffer
	encodeSample().WriteTo(&buf)
	e := &Embedded[uint32]{FS: fstest.MapFS{"m.gz": {Data: buf.Bytes()}}, Path: "m.gz", Load: loadU32}
	if v, err := e.Get(); err != nil || v != 1<<30 {
		t.Errorf("Embedded.Get = %d, %v", v, err)
	}
	missing := &Embedded[uint32]{FS: fstest.MapFS{}, Path: "m.gz", Load: loadU32}
	if _, err := missing.Get(); err == nil {
		t.Error("a missing embedded file loaded")
	}
}
