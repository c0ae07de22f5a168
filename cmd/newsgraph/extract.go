package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"runtime"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/gazetteer"
	"github.com/newsgraph/newsgraph/input"
	"github.com/newsgraph/newsgraph/pipeline"
)

func init() {
	register(&command{
		name:    "extract",
		usage:   "[flags] PATH...",
		summary: "turn HTML pages, scraped text and JSON Lines dumps into clean, annotated articles (JSON Lines on stdout)",
		doc: "PATH is a file (.html, .htm, .html.gz, .txt, .jsonl), a directory (read recursively) or - for standard input.\n" +
			"One record is written per input document; a document that cannot be processed gets a record with \"error\".\n" +
			"The exit status is 1 when any document failed.",
		run: runExtract,
	})
}

func runExtract(ctx context.Context, e *env, args []string) error {
	c := commands["extract"]
	fs := newFlags(c, e)
	published := fs.String("published", "", "publication date to use for every input, overriding what the pages say (ISO 8601, RFC 1123 or \"March 5, 2024\")")
	url := fs.String("url", "", "canonical URL to use for every input, overriding what the pages say (meant for one page)")
	source := fs.String("source", "", "site or publisher name to use for every input")
	format := fs.String("format", "", "read every file as \"html\" or \"text\" instead of deciding by name and content")
	pretty := fs.Bool("pretty", false, "indent the JSON (one record spans several lines)")
	maxBytes := fs.Int64("max-bytes", input.DefaultMaxBytes, "largest document read, in bytes; a larger file is cut there with a warning")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents processed at once")
	only := fs.Bool("no-annotate", false, "only extract clean text and metadata; skip entities, quotes, times and events")
	actors := fs.String("actors", "", "a file of your own actors (CSV or JSON: name, aliases, type, country, role, valid from/to) added to the built-in gazetteer")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "newsgraph extract: no input; give one or more paths, or - for standard input")
		fs.Usage()
		return errUsage
	}
	if *format != "" && *format != string(newsgraph.FormatHTML) && *format != string(newsgraph.FormatText) {
		fmt.Fprintf(e.stderr, "newsgraph extract: --format must be \"html\" or \"text\", not %q\n", *format)
		return errUsage
	}
	if *published != "" {
		if _, ok := pipeline.NormaliseDate(*published); !ok {
			fmt.Fprintf(e.stderr, "newsgraph extract: --published %q is not a date (try 2024-03-05 or 2024-03-05T14:30:00Z)\n", *published)
			return errUsage
		}
	}
	gaz, err := loadActors(*actors)
	if err != nil {
		return err
	}
	opts := pipeline.WithGazetteer(gaz)
	if *only {
		opts = pipeline.ExtractOnlyOptions()
	}
	p := pipeline.New(opts)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	docs := make(chan *newsgraph.Document)
	readErr := make(chan error, 1)
	go func() {
		defer close(docs)
		readErr <- input.Read(fs.Args(), input.Options{MaxBytes: *maxBytes, Stdin: e.stdin, Format: newsgraph.Format(*format)},
			func(d *newsgraph.Document) error {
				if *published != "" {
					d.Published = *published
				}
				if *url != "" {
					d.URL = *url
				}
				if *source != "" {
					d.Source = *source
				}
				select {
				case docs <- d:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			})
	}()

	w := bufio.NewWriterSize(e.stdout, 256<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	n, failed := 0, 0
	for a := range p.Stream(ctx, docs, *workers) {
		n++
		if a.Error != "" {
			failed++
			fmt.Fprintf(e.stderr, "newsgraph extract: %s\n", a.Error)
		}
		if err := enc.Encode(a); err != nil {
			return fmt.Errorf("writing the record of %s: %w", a.Origin, err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if err := <-readErr; err != nil && ctx.Err() == nil {
		return fmt.Errorf("reading input: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("interrupted after %d documents", n)
	}
	if failed > 0 {
		fmt.Fprintf(e.stderr, "newsgraph extract: %d of %d documents failed\n", failed, n)
		return errFailed
	}
	return nil
}

// loadActors returns the built-in gazetteer extended with the user's actor
// file, or nil (the built-in one) when path is "".
func loadActors(path string) (*gazetteer.Gazetteer, error) {
	if path == "" {
		return nil, nil
	}
	g := gazetteer.Default()
	if err := g.AddFile(path); err != nil {
		return nil, fmt.Errorf("reading --actors %s: %w", path, err)
	}
	return g, nil
}
