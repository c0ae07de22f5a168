package main

import (
	"context"
	"fmt"
	"os"
	"runtime/pprof"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sqlite"
)

func main() {
	ctx := context.Background()
	src, _ := sqlite.Open(ctx, os.Args[1], sqlite.Options{ReadOnly: true})
	rows, _ := src.SQL().Query(`SELECT id FROM articles LIMIT 1000`)
	var as []*newsgraph.Article
	for rows.Next() {
		var id string
		rows.Scan(&id)
		sa, err := src.Article(ctx, id)
		if err != nil {
			panic(err)
		}
		sa.Article.ID += "-x"
		as = append(as, sa.Article)
	}
	os.Remove(os.Args[2])
	dst, _ := sqlite.Open(ctx, os.Args[2], sqlite.Options{NoGrouping: os.Getenv("NODEDUP") != ""})
	pf, _ := os.Create("/tmp/restore.prof")
	pprof.StartCPUProfile(pf)
	defer pprof.StopCPUProfile()
	t0 := time.Now()
	for i := 0; i < len(as); i += 64 {
		if _, err := dst.PutArticles(ctx, as[i:min(i+64, len(as))]); err != nil {
			panic(err)
		}
	}
	el := time.Since(t0)
	st, _ := dst.Stats(ctx)
	fmt.Printf("%d articles in %s: %.1f/s  %+v\n", len(as), el, float64(len(as))/el.Seconds(), st)
}
