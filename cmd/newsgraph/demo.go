package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/demo"
	"github.com/newsgraph/newsgraph/pipeline"
	"github.com/newsgraph/newsgraph/sqlite"
)

func init() {
	c := &command{
		name:    "demo",
		usage:   "[flags]",
		summary: "analyse the sample articles into a fresh store and serve the web UI",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(c, e)
		db := fs.String("db", "", "store to create (default: a fresh one in a temporary folder, removed on exit); an existing file is replaced")
		sf := addServeFlags(fs, "127.0.0.1:8080")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		tmp, err := os.MkdirTemp("", "newsgraph-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		path := *db
		if path == "" {
			path = filepath.Join(tmp, "demo.db")
		} else {
			for _, suffix := range []string{"", "-wal", "-shm"} {
				if err := os.Remove(path + suffix); err != nil && !os.IsNotExist(err) {
					return fmt.Errorf("demo: replace %s: %w", path, err)
				}
			}
		}
		files, err := demo.WriteTo(filepath.Join(tmp, "articles"))
		if err != nil {
			return err
		}
		store, err := sqlite.Open(ctx, path, sqlite.Options{})
		if err != nil {
			return err
		}
		defer store.Close()
		fmt.Fprintf(e.stderr, "newsgraph demo: analysing %d sample files into %s\n", len(files), path)
		sum, err := ingest(ctx, e, store, pipeline.Default(), []string{filepath.Join(tmp, "articles")}, ingestOptions{Progress: "none"})
		if err != nil {
			return err
		}
		sum.print(e.stderr)
		if *sf.addr == "127.0.0.1:8080" {
			// The default port may be taken: fall back to any free one.
			if ln, err := listenCheck(*sf.addr); err != nil {
				*sf.addr = "127.0.0.1:0"
			} else {
				ln.Close()
			}
		}
		return serveStore(ctx, e, store, sf, "the demo store")
	}
	register(c)
}
