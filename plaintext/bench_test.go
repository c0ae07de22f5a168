package plaintext

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sharedtest"
)

func benchDocs(b *testing.B, pattern string) []*newsgraph.Document {
	b.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		b.Skipf("no files match %s", pattern)
	}
	var docs []*newsgraph.Document
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, &newsgraph.Document{Origin: p, Format: newsgraph.FormatText, Data: data})
	}
	return docs
}

func runBench(b *testing.B, docs []*newsgraph.Document) {
	var size int64
	for _, d := range docs {
		size += int64(len(d.Data))
	}
	x := New()
	ctx := context.Background()
	b.SetBytes(size / int64(len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := x.Extract(ctx, docs[i%len(docs)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkExtract measures extraction of the project's own test articles.
func BenchmarkExtract(b *testing.B) {
	var docs []*newsgraph.Document
	for _, d := range benchDocs(b, filepath.Join("testdata", "*.txt")) {
		if !strings.HasSuffix(d.Origin, ".body.txt") {
			docs = append(docs, d)
		}
	}
	runBench(b, docs)
}

// BenchmarkExtractDevSet measures extraction of the 83 benchmark pages in
// scraped-text mode (../shared/eval/extraction/text), which are real pages
// with all their navigation and footers (median 149 lines).
func BenchmarkExtractDevSet(b *testing.B) {
	dir := sharedtest.Path(b, "eval/extraction/text")
	runBench(b, benchDocs(b, filepath.Join(dir, "*.txt")))
}
