// Scratch (not committed): replicate a base store into a large one with variants.
package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sqlite"
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

func main() {
	ctx := context.Background()
	src, _ := sqlite.Open(ctx, os.Args[1], sqlite.Options{ReadOnly: true})
	total, _ := strconv.Atoi(os.Args[3])
	rows, _ := src.SQL().Query(`SELECT id FROM articles`)
	var ids []string
	for rows.Next() {
		var id string
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	var as []*newsgraph.Article
	for _, id := range ids {
		sa, err := src.Article(ctx, id)
		if err != nil {
			panic(err)
		}
		as = append(as, sa.Article)
	}
	dst, err := sqlite.Open(ctx, os.Args[2], sqlite.Options{NoGrouping: true})
	if err != nil {
		panic(err)
	}
	t0 := time.Now()
	n := 0
	var batch []*newsgraph.Article
	for k := 0; n < total; k++ {
		for _, a := range as {
			if n >= total {
				break
			}
			if k == 0 {
				batch = append(batch, a)
			} else {
				batch = append(batch, variant(a, k))
			}
			n++
			if len(batch) == 500 {
				if _, err := dst.PutArticles(ctx, batch); err != nil {
					panic(err)
				}
				batch = batch[:0]
				if n%10000 == 0 {
					fmt.Fprintf(os.Stderr, "%d stored, %.1f/s\n", n, float64(n)/time.Since(t0).Seconds())
				}
			}
		}
	}
	if len(batch) > 0 {
		dst.PutArticles(ctx, batch)
	}
	fmt.Printf("%d articles in %s (%.1f/s)\n", n, time.Since(t0).Round(time.Second), float64(n)/time.Since(t0).Seconds())
}
