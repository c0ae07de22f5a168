package plaintext

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// FuzzExtract checks that no input makes the extractor panic or return a body
// that is not clean UTF-8 text made of the input's own lines.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"", "\x00\x00\x00", "\xff\xfe\xfd", "By \n", "Read more:\n", "A.P.\nReuters\n",
		"NAIROBI, Kenya —\n", "x reported from\n", "Published: 2019-02-30\n",
		"Protesters gather outside parliament on Monday.Getty Imagesvia AFP\n",
		strings.Repeat("a. B", 300), strings.Repeat("Word word word word word word word word.\n", 50),
		"Jane Doe is a reporter. She covers courts.\n", "1 Comments\nx says:\nGreat story, thanks for writing it up today.\n",
	} {
		f.Add([]byte(s))
	}
	xs := []*Extractor{New(), {StripDateline: true}}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, x := range xs {
			checkExtract(t, x, data)
		}
	})
}

// checkExtract runs one extraction and checks what FuzzExtract promises.
func checkExtract(t *testing.T, x *Extractor, data []byte) {
	t.Helper()
	a, err := x.Extract(context.Background(), &newsgraph.Document{Format: newsgraph.FormatText, Data: data})
	if a == nil {
		t.Fatal("nil article")
	}
	if (err != nil) != (a.Error != "") {
		t.Fatalf("err %v but Error %q", err, a.Error)
	}
	if !utf8.ValidString(a.Body) || !utf8.ValidString(a.Title) {
		t.Fatalf("invalid UTF-8 in body or title")
	}
	if strings.ContainsRune(a.Body, 0) || strings.Contains(a.Body, "\n\n\n") || strings.TrimSpace(a.Body) != a.Body {
		t.Fatalf("body not clean: %q", a.Body)
	}
	for _, b := range a.Boilerplate {
		if b.Kind == "" || b.Text == "" {
			t.Fatalf("empty boilerplate entry %+v", b)
		}
	}
	// Every paragraph is text of the input (unless the input needed cleaning
	// or unwrapping, which changes the text).
	clean := !strings.ContainsFunc(string(data), func(r rune) bool {
		return unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' || r == '\u2028' || r == '\u2029' || r == '\ufeff' || r == '\u200b' || r == '\u00a0'
	})
	if !utf8.Valid(data) || !clean || a.Body == "" || slices.ContainsFunc(a.Warnings, func(w string) bool { return strings.HasPrefix(w, "layout:") }) {
		return
	}
	folded := strings.Join(strings.Fields(string(data)), " ")
	for _, para := range strings.Split(a.Body, "\n\n") {
		if !strings.Contains(folded, para) {
			t.Fatalf("body paragraph %q is not in the input", para)
		}
	}
}
