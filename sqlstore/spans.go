package sqlstore

import (
	"encoding/binary"

	"github.com/newsgraph/newsgraph"
)

// PackSpans encodes spans as little-endian uint32 start and end pairs, nil
// when there is none; negative offsets are stored as 0.
func PackSpans(ss []newsgraph.Span) []byte {
	if len(ss) == 0 {
		return nil
	}
	out := make([]byte, 8*len(ss))
	for i, s := range ss {
		binary.LittleEndian.PutUint32(out[8*i:], uint32(max(s.Start, 0)))
		binary.LittleEndian.PutUint32(out[8*i+4:], uint32(max(s.End, 0)))
	}
	return out
}

// UnpackSpans decodes spans encoded by PackSpans, ignoring a trailing
// partial pair.
func UnpackSpans(b []byte) []newsgraph.Span {
	out := make([]newsgraph.Span, 0, len(b)/8)
	for i := 0; i+8 <= len(b); i += 8 {
		out = append(out, newsgraph.Span{Start: int(binary.LittleEndian.Uint32(b[i:])), End: int(binary.LittleEndian.Uint32(b[i+4:]))})
	}
	return out
}
