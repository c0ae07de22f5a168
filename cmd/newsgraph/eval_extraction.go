package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	distiller "github.com/markusmobius/go-domdistiller"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/eval/extraction"
	"github.com/newsgraph/newsgraph/plaintext"
	"github.com/newsgraph/newsgraph/webpage"
)

// textExtractor returns the extractor for scraped text (--text mode), or nil
// when none is available.
var textExtractor = func() newsgraph.Extractor { return plaintext.New() }

func init() {
	c := &command{
		name:    "extraction",
		usage:   "[--text] [--out PRED.json] [--compare] DIR",
		summary: "article-body extraction benchmark (DIR holds html/*.html.gz or text/*.txt and ground-truth.json)",
	}
	c.run = func(ctx context.Context, e *env, args []string) error { return runEvalExtraction(ctx, e, c, args) }
	registerEval(c)
}

func runEvalExtraction(ctx context.Context, e *env, c *command, args []string) error {
	fs := newFlags(c, e)
	text := fs.Bool("text", false, "scraped-text mode: read DIR/text/*.txt instead of DIR/html/*.html.gz")
	out := fs.String("out", "", "write the predictions to this file as {id: {\"articleBody\": ...}}")
	compare := fs.Bool("compare", false, "also run go-trafilatura (with fallback), go-readability and go-domdistiller on the same pages and print a table (HTML mode)")
	perPage := fs.Bool("per-page", false, "list page scores of newsgraph, worst F1 first")
	repeat := fs.Int("repeat", 1, "run each extractor this many times over the pages and report the fastest run")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	dir := fs.Arg(0)
	truth, err := extraction.LoadTruth(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return fmt.Errorf("eval extraction: %w", err)
	}
	docs, err := extLoadDocs(dir, *text, truth)
	if err != nil {
		return fmt.Errorf("eval extraction: %w", err)
	}
	var tools []extNamedExtractor
	if *text {
		ex := textExtractor()
		if ex == nil {
			return errors.New("eval extraction --text: the scraped-text extractor (package plaintext) is not available in this build")
		}
		tools = append(tools, extNamedExtractor{"newsgraph (text)", ex})
		if *compare {
			tools = append(tools, extNamedExtractor{"whole text (baseline)", extIdentity{}})
		}
	} else {
		tools = append(tools, extNamedExtractor{"newsgraph", webpage.New(webpage.Options{})})
		if *compare {
			tools = append(tools,
				extNamedExtractor{"go-trafilatura v1.12.2 (fallback)", extTrafilatura{fallback: true}},
				extNamedExtractor{"go-trafilatura v1.12.2", extTrafilatura{}},
				extNamedExtractor{"go-readability v2.1.3", extReadability{}},
				extNamedExtractor{"go-domdistiller v1.0.0", extDistiller{}},
			)
		}
	}
	fmt.Fprintf(e.stderr, "%d pages, %d CPU, %s\n", len(docs), runtime.NumCPU(), runtime.Version())
	fmt.Fprintf(e.stdout, "%-34s %6s %6s %6s %8s %8s %10s %10s\n", "tool", "F1", "P", "R", "accuracy", "pages/s", "peak MiB", "MiB/page")
	for i, t := range tools {
		if err := ctx.Err(); err != nil {
			return err
		}
		run := extRun(ctx, t.ex, docs, max(*repeat, 1))
		res, pages := extraction.ScoreAll(truth, run.preds)
		fmt.Fprintf(e.stdout, "%-34s %6.3f %6.3f %6.3f %8.3f %8.1f %10.1f %10.2f\n", t.name, res.F1, res.P, res.R, res.Accuracy,
			float64(len(docs))/run.elapsed.Seconds(), float64(run.peakHeap)/(1<<20), float64(run.alloc)/float64(len(docs))/(1<<20))
		if run.failed > 0 {
			fmt.Fprintf(e.stderr, "%s: %d pages failed (first: %v)\n", t.name, run.failed, run.firstErr)
		}
		if i == 0 {
			if *perPage {
				sort.Slice(pages, func(a, b int) bool { return pages[a].F1() < pages[b].F1() })
				for _, p := range pages {
					fmt.Fprintf(e.stderr, "%-16s P %.3f R %.3f F1 %.3f exact %v\n", p.ID[:min(16, len(p.ID))], p.Precision(), p.Recall(), p.F1(), p.Exact)
				}
			}
			if *out != "" {
				if err := writeExtractionPredictions(*out, run.preds); err != nil {
					return fmt.Errorf("eval extraction: %w", err)
				}
			}
		}
	}
	return nil
}

type extNamedExtractor struct {
	name string
	ex   newsgraph.Extractor
}

// extLoadDocs reads the benchmark pages of every id in truth, in sorted
// id order, gunzipped into memory so that reading is not timed.
func extLoadDocs(dir string, text bool, truth map[string]string) ([]*newsgraph.Document, error) {
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	docs := make([]*newsgraph.Document, 0, len(ids))
	for _, id := range ids {
		var path string
		var format newsgraph.Format
		if text {
			path, format = filepath.Join(dir, "text", id+".txt"), newsgraph.FormatText
		} else {
			path, format = filepath.Join(dir, "html", id+".html.gz"), newsgraph.FormatHTML
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		if strings.HasSuffix(path, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
		}
		docs = append(docs, &newsgraph.Document{Origin: id, Format: format, Data: data})
	}
	return docs, nil
}

type extRunResult struct {
	preds    map[string]string
	elapsed  time.Duration
	peakHeap uint64 // highest live heap seen during the run, above the heap before it
	alloc    uint64 // bytes allocated during the run
	failed   int
	firstErr error
}

// extRun runs ex over docs, sequentially, repeat times, and keeps the
// fastest run's time. Memory is sampled from the runtime while it runs.
func extRun(ctx context.Context, ex newsgraph.Extractor, docs []*newsgraph.Document, repeat int) extRunResult {
	var best extRunResult
	for r := 0; r < repeat; r++ {
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		base := before.HeapAlloc
		var peak atomic.Uint64
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
			t := time.NewTicker(2 * time.Millisecond)
			defer t.Stop()
			for {
				metrics.Read(s)
				if v := s[0].Value.Uint64(); v > peak.Load() {
					peak.Store(v)
				}
				select {
				case <-stop:
					return
				case <-t.C:
				}
			}
		}()
		res := extRunResult{preds: make(map[string]string, len(docs))}
		start := time.Now()
		for _, d := range docs {
			dc := *d
			a, err := ex.Extract(ctx, &dc)
			if err != nil {
				res.failed++
				if res.firstErr == nil {
					res.firstErr = fmt.Errorf("%s: %w", d.Origin, err)
				}
				continue
			}
			res.preds[d.Origin] = a.Body
		}
		res.elapsed = time.Since(start)
		close(stop)
		wg.Wait()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		res.alloc = after.TotalAlloc - before.TotalAlloc
		if p := peak.Load(); p > base {
			res.peakHeap = p - base
		}
		if r == 0 || res.elapsed < best.elapsed {
			best = res
		}
	}
	return best
}

func writeExtractionPredictions(path string, preds map[string]string) error {
	out := make(map[string]map[string]string, len(preds))
	for id, b := range preds {
		out[id] = map[string]string{"articleBody": b}
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// extIdentity returns the whole input as the body (the scraped-text baseline).
type extIdentity struct{}

func (extIdentity) Extract(_ context.Context, d *newsgraph.Document) (*newsgraph.Article, error) {
	return &newsgraph.Article{Body: string(d.Data)}, nil
}

// The peers, each parsing the page with golang.org/x/net/html itself (as the
// benchmark README's measured rows do) and with U+00AD stripped from the text.

type extTrafilatura struct{ fallback bool }

func (t extTrafilatura) Extract(_ context.Context, d *newsgraph.Document) (*newsgraph.Article, error) {
	doc, err := html.Parse(bytes.NewReader(d.Data))
	if err != nil {
		return nil, err
	}
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{EnableFallback: t.fallback})
	if err != nil {
		return &newsgraph.Article{}, nil // "no content" counts as an empty answer
	}
	return &newsgraph.Article{Body: extStripSoftHyphens(res.ContentText)}, nil
}

type extReadability struct{}

func (extReadability) Extract(_ context.Context, d *newsgraph.Document) (*newsgraph.Article, error) {
	doc, err := html.Parse(bytes.NewReader(d.Data))
	if err != nil {
		return nil, err
	}
	p := readability.NewParser()
	art, err := p.ParseDocument(doc, nil)
	if err != nil || art.Node == nil {
		return &newsgraph.Article{}, nil
	}
	var b strings.Builder
	if err := art.RenderText(&b); err != nil {
		return &newsgraph.Article{}, nil
	}
	return &newsgraph.Article{Body: extStripSoftHyphens(b.String())}, nil
}

type extDistiller struct{}

func (extDistiller) Extract(_ context.Context, d *newsgraph.Document) (*newsgraph.Article, error) {
	doc, err := html.Parse(bytes.NewReader(d.Data))
	if err != nil {
		return nil, err
	}
	res, err := distiller.Apply(doc, &distiller.Options{SkipPagination: true})
	if err != nil || res == nil {
		return &newsgraph.Article{}, nil
	}
	return &newsgraph.Article{Body: extStripSoftHyphens(res.Text)}, nil
}

func extStripSoftHyphens(s string) string { return strings.ReplaceAll(s, "\u00ad", "") }
