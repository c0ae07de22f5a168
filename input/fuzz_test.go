package input

import (
	"bytes"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// FuzzRead feeds arbitrary bytes to the reader as standard input: it must
// never panic and must yield at least one document or none for blank JSONL.
func FuzzRead(f *testing.F) {
	for _, seed := range []string{
		page,
		"{\"text\":\"a\"}\n{\"html\":\"<p>b</p>\"}\n",
		"{\"text\":",
		"\x1f\x8b\x08\x00garbage",
		"\x00\x01\x02",
		"\ufeff<html>",
		"plain text\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		err := Read([]string{"-"}, Options{Stdin: bytes.NewReader(data), MaxBytes: 1 << 16}, func(d *newsgraph.Document) error {
			if d.Err == nil && len(d.Data) == 0 {
				t.Errorf("document %s has neither data nor error", d.Origin)
			}
			return nil
		})
		if err != nil {
			t.Errorf("Read: %v", err)
		}
	})
}
