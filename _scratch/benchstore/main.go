// Scratch (not committed): ingest with the full stage composition, optionally replicated.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/event"
	"github.com/newsgraph/newsgraph/input"
	"github.com/newsgraph/newsgraph/lang"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/pipeline"
	"github.com/newsgraph/newsgraph/plaintext"
	"github.com/newsgraph/newsgraph/quote"
	"github.com/newsgraph/newsgraph/sqlite"
	"github.com/newsgraph/newsgraph/timex"
	"github.com/newsgraph/newsgraph/tokenize"
	"github.com/newsgraph/newsgraph/webpage"
)

func shiftDate(s string, days int) string {
	if len(s) < 10 {
		return s
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return s
	}
	return t.AddDate(0, 0, days).Format("2006-01-02") + s[10:]
}

func variant(a *newsgraph.Article, k int) *newsgraph.Article {
	v := *a
	v.ID = fmt.Sprintf("%s-v%d", a.ID, k)
	if a.URL != "" {
		v.URL = fmt.Sprintf("%s#v%d", a.URL, k)
	}
	if a.Source != "" {
		v.Source = fmt.Sprintf("%s %d", a.Source, k%25)
	}
	shift := (k * 37) % 730
	v.Published = shiftDate(a.Published, shift)
	v.Events = make([]newsgraph.Event, len(a.Events))
	for i, e := range a.Events {
		if e.Date != nil {
			d := *e.Date
			d.Value = shiftDate(d.Value, shift)
			e.Date = &d
		}
		v.Events[i] = e
	}
	return &v
}

func hwm() string {
	b, _ := os.ReadFile("/proc/self/status")
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmHWM") {
			return strings.TrimSpace(strings.TrimPrefix(l, "VmHWM:"))
		}
	}
	return "?"
}

func main() {
	db := flag.String("db", "bench.db", "")
	rep := flag.Int("replicate", 1, "")
	nodedup := flag.Bool("no-dedup", false, "")
	workers := flag.Int("workers", 0, "")
	flag.Parse()
	ctx := context.Background()
	p := pipeline.New(pipeline.Options{
		Extractors: map[newsgraph.Format]newsgraph.Extractor{newsgraph.FormatHTML: webpage.New(webpage.Options{}), newsgraph.FormatText: plaintext.New()},
		Stages: []newsgraph.Stage{lang.Stage{}, tokenize.Stage{}, ner.Stage{}, timex.Stage{}, &entity.Stage{}, quote.Stage{DateOf: timex.SentenceDate}, event.Stage{}},
	})
	st, err := sqlite.Open(ctx, *db, sqlite.Options{NoGrouping: *nodedup})
	if err != nil {
		panic(err)
	}
	defer st.Close()
	docs := make(chan *newsgraph.Document, 8)
	go func() {
		defer close(docs)
		input.Read(flag.Args(), input.Options{}, func(d *newsgraph.Document) error { docs <- d; return nil })
	}()
	start := time.Now()
	n, failed, stored := 0, 0, 0
	var batch []*newsgraph.Article
	var putTime time.Duration
	flush := func() {
		t0 := time.Now()
		defer func() { putTime += time.Since(t0) }()
		var all []*newsgraph.Article
		for _, a := range batch {
			all = append(all, a)
			for k := 1; k < *rep; k++ {
				all = append(all, variant(a, k))
			}
		}
		for i := 0; i < len(all); i += 256 {
			if _, err := st.PutArticles(ctx, all[i:min(i+256, len(all))]); err != nil {
				panic(err)
			}
		}
		stored += len(all)
		batch = batch[:0]
	}
	for a := range p.Stream(ctx, docs, *workers) {
		n++
		if a.Error != "" {
			failed++
			continue
		}
		batch = append(batch, a)
		if len(batch) >= 64 {
			flush()
		}
		if n%200 == 0 {
			fmt.Fprintf(os.Stderr, "%d docs %.1f/s stored %d hwm %s\n", n, float64(n)/time.Since(start).Seconds(), stored, hwm())
		}
	}
	flush()
	el := time.Since(start)
	fmt.Printf("store time %s (%.1f articles/s)\n", putTime.Round(time.Millisecond), float64(stored)/putTime.Seconds())
	fmt.Printf("docs %d failed %d stored %d elapsed %s docs/s %.1f stored/s %.1f peakRSS %s\n", n, failed, stored, el.Round(time.Millisecond), float64(n)/el.Seconds(), float64(stored)/el.Seconds(), hwm())
}
