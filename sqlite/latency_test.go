package sqlite

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// searchWords are everyday news words, from very common to rare, used as
// full-text queries by BenchmarkQueryLatency.
var searchWords = []string{"police", "government", "president", "killed", "election", "minister", "court", "earthquake",
	"fire", "said", "company", "attack", "troops", "storm", "market", "hospital", "prison", "protest", "ceasefire", "talks",
	`"prime minister"`, "pirates", "jewellery", "volcano", "refugee camp", "oil price", "cyber*", "mafia", "scoring record", "tsunami"}

func percentile(ds []time.Duration, p float64) float64 {
	if len(ds) == 0 {
		return 0
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	i := int(p*float64(len(ds))+0.5) - 1
	i = min(max(i, 0), len(ds)-1)
	return float64(ds[i].Microseconds()) / 1000
}

// BenchmarkQueryLatency measures the queries behind the UI's pages on a large
// store given by NEWSGRAPH_BENCH_DB (see docs/bench/store.md for how it is
// built) and reports p50 and p95 in milliseconds for each. Run it with
// -benchtime 1x: one pass runs every query of the fixed sample once.
func BenchmarkQueryLatency(b *testing.B) {
	path := os.Getenv("NEWSGRAPH_BENCH_DB")
	if path == "" {
		b.Skip("set NEWSGRAPH_BENCH_DB to a large store (see docs/bench/store.md)")
	}
	ctx := context.Background()
	d, err := Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	st, err := d.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("store: %+v", st)
	top, err := d.Entities(ctx, newsgraph.EntityFilter{Page: newsgraph.Page{Limit: 300}})
	if err != nil {
		b.Fatal(err)
	}
	var minDate, maxDate string
	d.SQL().QueryRow(`SELECT min(pub_date), max(pub_date) FROM articles WHERE pub_date != ''`).Scan(&minDate, &maxDate)
	t0, _ := time.Parse("2006-01-02", minDate)
	t1, _ := time.Parse("2006-01-02", maxDate)
	days := max(1, int(t1.Sub(t0).Hours()/24))
	rng := rand.New(rand.NewSource(1))
	window := func(n int) (string, string) {
		s := t0.AddDate(0, 0, rng.Intn(days))
		return s.Format("2006-01-02"), s.AddDate(0, 0, n).Format("2006-01-02")
	}
	entity := func() string {
		if len(top) == 0 {
			return ""
		}
		return top[rng.Intn(len(top))].ID
	}
	const n = 100
	kinds := []struct {
		name string
		run  func() error
	}{
		{"search", func() error {
			_, _, err := d.SearchArticles(ctx, newsgraph.ArticleFilter{Query: searchWords[rng.Intn(len(searchWords))], Page: newsgraph.Page{Limit: 20}})
			return err
		}},
		{"search_filtered", func() error {
			from, to := window(90)
			_, _, err := d.SearchArticles(ctx, newsgraph.ArticleFilter{Query: searchWords[rng.Intn(len(searchWords))], From: from, To: to, Page: newsgraph.Page{Limit: 20}})
			return err
		}},
		{"browse_entity", func() error {
			_, _, err := d.SearchArticles(ctx, newsgraph.ArticleFilter{Entity: entity(), Page: newsgraph.Page{Limit: 20}})
			return err
		}},
		{"entity_page", func() error {
			id := entity()
			if id == "" {
				return nil
			}
			if _, err := d.Entity(ctx, id); err != nil {
				return err
			}
			if _, err := d.Quotes(ctx, newsgraph.QuoteFilter{Speaker: id, Page: newsgraph.Page{Limit: 20}}); err != nil {
				return err
			}
			_, err := d.Events(ctx, newsgraph.EventFilter{Entity: id, Page: newsgraph.Page{Limit: 30}})
			return err
		}},
		{"timeline", func() error {
			from, to := window(365)
			_, err := d.Timeline(ctx, newsgraph.EventFilter{From: from, To: to})
			return err
		}},
		{"timeline_entity", func() error {
			_, err := d.Timeline(ctx, newsgraph.EventFilter{Entity: entity()})
			return err
		}},
		{"network", func() error {
			from, to := window(30)
			_, err := d.Network(ctx, newsgraph.EventFilter{From: from, To: to, Page: newsgraph.Page{Limit: 150}})
			return err
		}},
		{"network_entity", func() error {
			_, err := d.Network(ctx, newsgraph.EventFilter{Entity: entity(), Page: newsgraph.Page{Limit: 150}})
			return err
		}},
		{"quotes_search", func() error {
			_, err := d.Quotes(ctx, newsgraph.QuoteFilter{Query: searchWords[rng.Intn(len(searchWords))], Page: newsgraph.Page{Limit: 30}})
			return err
		}},
	}
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		for _, k := range kinds {
			var ds []time.Duration
			for i := 0; i < n; i++ {
				start := time.Now()
				if err := k.run(); err != nil {
					b.Fatalf("%s: %v", k.name, err)
				}
				ds = append(ds, time.Since(start))
			}
			p50, p95 := percentile(ds, 0.5), percentile(ds, 0.95)
			b.ReportMetric(p50, k.name+"_p50_ms")
			b.ReportMetric(p95, k.name+"_p95_ms")
			if it == 0 {
				fmt.Fprintf(os.Stderr, "%-16s p50 %7.2f ms  p95 %7.2f ms\n", k.name, p50, p95)
			}
		}
	}
}
