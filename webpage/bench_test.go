package webpage

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sharedtest"
)

// benchPages reads the extraction benchmark's pages (skipping when absent).
func benchPages(tb testing.TB) [][]byte {
	dir := sharedtest.Path(tb, "eval/extraction/html")
	files, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	var pages [][]byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			tb.Fatal(err)
		}
		data, err := io.ReadAll(zr)
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, data)
	}
	return pages
}

// BenchmarkExtract measures extraction over the benchmark's pages; one op
// is one page.
func BenchmarkExtract(b *testing.B) {
	pages := benchPages(b)
	ex := New(Options{})
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := &newsgraph.Document{Format: newsgraph.FormatHTML, Data: pages[i%len(pages)]}
		if _, err := ex.Extract(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractLargePage measures a 4 MB page of many paragraphs (the
// cost per megabyte of an oversized page).
func BenchmarkExtractLargePage(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString("<html><body><article>" + story + "</article><div>")
	filler := strings.Repeat("<p>filler text of no interest, repeated to make the page large</p>\n", 1000)
	for buf.Len() < 4<<20 {
		buf.WriteString(filler)
	}
	ex := New(Options{})
	b.SetBytes(int64(buf.Len()))
	for i := 0; i < b.N; i++ {
		if _, err := ex.Extract(context.Background(), &newsgraph.Document{Format: newsgraph.FormatHTML, Data: buf.Bytes()}); err != nil {
			b.Fatal(err)
		}
	}
}
