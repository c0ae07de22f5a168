package main

import (
	"bufio"
	"context"
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph"
	nghttp "github.com/newsgraph/newsgraph/http"
)

func init() {
	c := &command{
		name:    "export",
		usage:   "[flags] events|entities|quotes",
		summary: "write a store's events (GDELT-like columns), entities or quotes as CSV or JSON Lines",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(c, e)
		db := fs.String("db", "newsgraph.db", "the store: a SQLite file, or a postgres:// URL")
		format := fs.String("format", "csv", "csv or jsonl")
		var f newsgraph.EventFilter
		fs.StringVar(&f.Entity, "entity", "", "events: only those with this global entity ID as an actor; quotes: by this speaker")
		fs.StringVar(&f.Country, "country", "", "only actors (entities) of this ISO 3166 alpha-3 country")
		fs.StringVar(&f.EventType, "type", "", "events: PLOVER type or CAMEO code prefix")
		fs.StringVar(&f.From, "from", "", "first date, YYYY-MM-DD")
		fs.StringVar(&f.To, "to", "", "last date, YYYY-MM-DD")
		fs.BoolVar(&f.AllCopies, "all-copies", false, "events: every copy of a syndicated story, not only the primary")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() != 1 || (*format != "csv" && *format != "jsonl") {
			fs.Usage()
			return errUsage
		}
		if _, err := os.Stat(*db); err != nil && !isPostgres(*db) {
			return fmt.Errorf("store %s: %w", *db, err)
		}
		store, err := openStore(ctx, *db)
		if err != nil {
			return err
		}
		defer store.Close()
		w := bufio.NewWriterSize(e.stdout, 1<<16)
		ex := &nghttp.Exporter{Store: store, Format: *format}
		if err := ex.Export(ctx, w, fs.Arg(0), f); err != nil {
			return fmt.Errorf("export %s: %w", fs.Arg(0), err)
		}
		return w.Flush()
	}
	register(c)
}
