package quote

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/cputime"
	"github.com/newsgraph/newsgraph/sharedtest"
	"github.com/newsgraph/newsgraph/tokenize"
)

// BenchmarkStage measures the quote stage (tokens and sentences already
// filled; the part-of-speech tagging the rules need included) on the PolNeAR dev texts and reports sentences per second of wall
// time and of CPU time (run with -cpu 1; GC work counts in both).
func BenchmarkStage(b *testing.B) {
	dir := sharedtest.Path(b, "eval/quotes/text")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		b.Skipf("no texts in %s", dir)
	}
	var arts []*newsgraph.Article
	sents := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		a := &newsgraph.Article{Body: string(data)}
		a.Tokens = tokenize.Tokens(a.Body)
		a.Sentences = tokenize.Sentences(a.Body, a.Tokens)
		sents += len(a.Sentences)
		arts = append(arts, a)
	}
	ctx := context.Background()
	st := Stage{}
	b.ResetTimer()
	cpu0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			a.Warnings = a.Warnings[:0]
			if err := st.Annotate(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	if cpu := (cputime.Process() - cpu0).Seconds(); cpu > 0 {
		// the same per CPU second: the figure for one core on a shared machine
		b.ReportMetric(float64(sents)*float64(b.N)/cpu, "sentences/cpu-s")
	}
}
