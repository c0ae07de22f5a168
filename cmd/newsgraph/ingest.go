package main

import (
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/feed"
	"github.com/newsgraph/newsgraph/fetch"
	"github.com/newsgraph/newsgraph/input"
	"github.com/newsgraph/newsgraph/pipeline"
	"github.com/newsgraph/newsgraph/sqlite"
	"github.com/newsgraph/newsgraph/warc"
)

func init() {
	c := &command{
		name:    "ingest",
		usage:   "[flags] SOURCE...",
		summary: "analyse files and directories of news and store them in a database",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(c, e)
		db := fs.String("db", "newsgraph.db", "the store: a SQLite file, or a postgres:// URL")
		queueURL := fs.String("queue", "", "a NATS JetStream URL (nats://HOST:PORT): put the sources on the work queue for `newsgraph worker` instead of analysing them here")
		actors := fs.String("actors", "", "a file of your own actors (CSV or JSON) added to the built-in gazetteer")
		o := ingestOptions{}
		fs.IntVar(&o.Workers, "workers", 0, "documents analysed at once (0: one per CPU)")
		fs.IntVar(&o.Batch, "batch", 64, "articles committed per transaction")
		fs.BoolVar(&o.PrintIDs, "print-ids", false, "print the ID of every article on standard output once it is committed")
		fs.StringVar(&o.Progress, "progress", "auto", "progress display: auto (a bar on a terminal, log lines otherwise), bar, log or none")
		fs.IntVar(&o.Replicate, "replicate", 1, "for load tests: store N variants of every article (new IDs and URLs, dates shifted, sources varied)")
		noDedup := fs.Bool("no-dedup", false, "store every article as a story of its own, without near-duplicate grouping (for load tests)")
		fs.BoolVar(&o.Fetch, "fetch", false, "download the pages that feeds and sitemaps link to (politely: robots.txt, one request a second per host)")
		fs.BoolVar(&o.Fetcher.AllowPrivate, "allow-private", false, "allow requests to loopback, private and link-local addresses")
		fs.StringVar(&o.Fetcher.UserAgent, "user-agent", fetch.DefaultUserAgent, "User-Agent of requests")
		fs.DurationVar(&o.Fetcher.HostInterval, "host-interval", time.Second, "least time between two requests to one host")
		fs.DurationVar(&o.Fetcher.Timeout, "fetch-timeout", 30*time.Second, "time limit of one request")
		format := fs.String("format", "", "read every file as this format (html or text) instead of deciding by name and content")
		maxBytes := fs.Int64("max-bytes", input.DefaultMaxBytes, "largest document read, in bytes")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			fmt.Fprintln(e.stderr, "newsgraph ingest: no SOURCE given")
			fs.Usage()
			return errUsage
		}
		o.Input = input.Options{MaxBytes: *maxBytes, Stdin: e.stdin, Format: newsgraph.Format(*format)}
		if *queueURL != "" {
			return enqueueSources(ctx, e, *queueURL, fs.Args(), o.Input)
		}
		o.Fetcher.MaxBytes = min(*maxBytes, 16<<20)
		gaz, err := loadActors(*actors)
		if err != nil {
			return err
		}
		var store newsgraph.Store
		if *noDedup && !isPostgres(*db) {
			store, err = sqlite.Open(ctx, *db, sqlite.Options{NoGrouping: true})
		} else {
			store, err = openStore(ctx, *db)
		}
		if err != nil {
			return err
		}
		defer store.Close()
		sum, err := ingest(ctx, e, store, pipeline.New(pipeline.WithGazetteer(gaz)), fs.Args(), o)
		if err != nil {
			return err
		}
		sum.print(e.stderr)
		if st, err := store.Stats(ctx); err == nil {
			fmt.Fprintf(e.stderr, "store %s: %d articles (%d distinct stories), %d entities, %d quotes, %d events\n",
				*db, st.Articles, st.Groups, st.Entities, st.Quotes, st.Events)
		}
		if sum.Failed > 0 {
			return errFailed
		}
		return nil
	}
	register(c)
}

// ingestOptions tune ingest.
type ingestOptions struct {
	Input     input.Options
	Workers   int
	Batch     int
	PrintIDs  bool
	Progress  string // auto, bar, log, none
	Replicate int    // store this many variants of each article (load tests)
	Fetch     bool   // download the pages feeds and sitemaps link to
	Fetcher   fetch.Options
}

// ingestSummary counts what an ingest did.
type ingestSummary struct {
	Documents                            int
	Inserted, Updated, Unchanged, Failed int
	Elapsed                              time.Duration
}

func (s *ingestSummary) print(w io.Writer) {
	rate := float64(s.Documents) / max(s.Elapsed.Seconds(), 1e-9)
	fmt.Fprintf(w, "ingested %d documents in %s (%.1f/s): %d new, %d updated, %d unchanged, %d failed\n",
		s.Documents, s.Elapsed.Round(time.Millisecond), rate, s.Inserted, s.Updated, s.Unchanged, s.Failed)
}

// progress shows how an ingest goes: a bar on a terminal, log lines elsewhere.
type progress struct {
	bar   *progressbar.ProgressBar
	log   io.Writer
	start time.Time
	last  time.Time
	total int
	every time.Duration
	sum   *ingestSummary
	out   io.Writer
}

func newProgress(e *env, mode string, total int, sum *ingestSummary) *progress {
	p := &progress{start: time.Now(), last: time.Now(), total: total, every: 5 * time.Second, sum: sum, out: e.stderr}
	if mode == "auto" {
		mode = "log"
		if f, ok := e.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			mode = "bar"
		}
	}
	switch mode {
	case "bar":
		p.bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(e.stderr), progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("docs"),
			progressbar.OptionSetPredictTime(true), progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionShowElapsedTimeOnFinish(), progressbar.OptionFullWidth(), progressbar.OptionSetRenderBlankState(true))
	case "log":
		p.log = e.stderr
	}
	return p
}

func (p *progress) add(n int) {
	if p.bar != nil {
		p.bar.Describe(fmt.Sprintf("ingest (%d errors)", p.sum.Failed))
		p.bar.Add(n)
		return
	}
	if p.log != nil && time.Since(p.last) >= p.every {
		p.last = time.Now()
		el := time.Since(p.start)
		rate := float64(p.sum.Documents) / el.Seconds()
		eta := ""
		if p.total > 0 && rate > 0 {
			eta = fmt.Sprintf(", ETA %s", (time.Duration(float64(p.total-p.sum.Documents)/rate) * time.Second).Round(time.Second))
		}
		of := ""
		if p.total > 0 {
			of = fmt.Sprintf(" of ~%d", p.total)
		}
		fmt.Fprintf(p.log, "ingest: %d%s documents, %.1f/s, %d errors, %s elapsed%s\n",
			p.sum.Documents, of, rate, p.sum.Failed, el.Round(time.Second), eta)
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
		fmt.Fprintln(p.out)
	}
}

// countFiles estimates the number of documents under paths (files with a name
// the input reader takes); it returns -1 when that cannot be known cheaply
// (standard input, JSON Lines, archives).
func countFiles(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" || strings.Contains(p, "://") {
			return -1
		}
		err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				return nil
			}
			name := strings.ToLower(d.Name())
			if strings.HasSuffix(name, ".jsonl") || strings.HasSuffix(name, ".jsonl.gz") || strings.Contains(name, ".warc") {
				n = -1
				return filepath.SkipAll
			}
			if path == p || strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".htm") || strings.HasSuffix(name, ".txt") ||
				strings.HasSuffix(name, ".html.gz") || strings.HasSuffix(name, ".htm.gz") || strings.HasSuffix(name, ".txt.gz") {
				n++
			}
			return nil
		})
		if err != nil || n < 0 {
			return -1
		}
	}
	return n
}

// ingest reads the sources, analyses their documents on all cores and stores
// the articles in batches, one transaction a batch. IDs are printed (with
// PrintIDs) only after their batch has committed.
func ingest(ctx context.Context, e *env, store newsgraph.Store, p *pipeline.Pipeline, sources []string, o ingestOptions) (*ingestSummary, error) {
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.Batch <= 0 {
		o.Batch = 64
	}
	sum := &ingestSummary{}
	start := time.Now()
	total := -1
	if o.Progress != "none" {
		total = countFiles(sources)
	}
	prog := newProgress(e, o.Progress, total, sum)

	readCtx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	docs := make(chan *newsgraph.Document, 2*o.Workers)
	readErr := make(chan error, 1)
	go func() {
		defer close(docs)
		readErr <- readSources(readCtx, e, sources, o, func(d *newsgraph.Document) error {
			select {
			case docs <- d:
				return nil
			case <-readCtx.Done():
				return input.ErrStop
			}
		})
	}()
	articles := p.Stream(readCtx, docs, o.Workers)

	var batch []*newsgraph.Article
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if o.Replicate > 1 {
			for start := 0; start < o.Replicate; start += 16 {
				var vs []*newsgraph.Article
				for _, a := range batch {
					for k := start; k < min(start+16, o.Replicate); k++ {
						vs = append(vs, variant(a, k))
					}
				}
				if _, err := store.PutArticles(context.WithoutCancel(ctx), vs); err != nil {
					return err
				}
			}
		}
		// Commit what was analysed even when the run is being interrupted.
		rs, err := store.PutArticles(context.WithoutCancel(ctx), batch)
		if err != nil {
			return err
		}
		for i, r := range rs {
			switch r.Outcome {
			case newsgraph.Inserted:
				sum.Inserted++
			case newsgraph.Updated:
				sum.Updated++
			case newsgraph.Unchanged:
				sum.Unchanged++
			case newsgraph.Skipped:
				sum.Failed++
				if prog.bar != nil {
					prog.bar.Clear()
				}
				msg := batch[i].Error
				if !strings.HasPrefix(msg, batch[i].Origin) {
					msg = batch[i].Origin + ": " + msg
				}
				fmt.Fprintf(e.stderr, "ingest: %s\n", msg)
				continue
			}
			if o.PrintIDs {
				fmt.Fprintf(e.stdout, "%s\t%s\t%s\n", r.ID, r.Outcome, batch[i].Origin)
			}
		}
		sum.Documents += len(batch)
		prog.add(len(batch))
		batch = batch[:0]
		return nil
	}
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	var err error
loop:
	for {
		select {
		case a, ok := <-articles:
			if !ok {
				break loop
			}
			batch = append(batch, a)
			if len(batch) >= o.Batch {
				if err = flush(); err != nil {
					break loop
				}
			}
		case <-tick.C:
			if err = flush(); err != nil {
				break loop
			}
		}
	}
	if err == nil {
		err = flush()
	}
	stopReading()
	for range articles {
	}
	prog.finish()
	sum.Elapsed = time.Since(start)
	if err != nil {
		return sum, err
	}
	if rerr := <-readErr; rerr != nil && !errors.Is(rerr, input.ErrStop) {
		return sum, rerr
	}
	if ctx.Err() != nil {
		sum.print(e.stderr)
		return sum, fmt.Errorf("ingest interrupted: %w", ctx.Err())
	}
	return sum, nil
}

// variant returns the k-th load-test variant of a (k > 0; 0 returns a): a new
// ID and URL, publication and event dates shifted by a few days to two years,
// and the source varied, so that a corpus replicated many times spreads over
// time and sources like a real archive.
func variant(a *newsgraph.Article, k int) *newsgraph.Article {
	if k == 0 || a.Error != "" {
		return a
	}
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

// shiftDate moves an ISO 8601 date (or the date of a date-time) by days; other values are kept.
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

// readSources reads every source and calls emit with its documents: WARC
// files (also inside directories), feeds and sitemaps (files or URLs; with
// o.Fetch their linked pages are downloaded, else the items' own content is
// used), and everything package input reads.
func readSources(ctx context.Context, e *env, sources []string, o ingestOptions, emit func(*newsgraph.Document) error) error {
	var fetcher *fetch.Fetcher
	getFetcher := func() *fetch.Fetcher {
		if fetcher == nil {
			fetcher = fetch.New(o.Fetcher)
		}
		return fetcher
	}
	var plain []string
	flushPlain := func() error {
		if len(plain) == 0 {
			return nil
		}
		err := input.Read(plain, o.Input, emit)
		plain = plain[:0]
		return err
	}
	for _, src := range sources {
		if err := ctx.Err(); err != nil {
			return input.ErrStop
		}
		switch {
		case strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://"):
			if err := flushPlain(); err != nil {
				return err
			}
			p, err := getFetcher().Get(ctx, src)
			if err != nil {
				if err := emit(&newsgraph.Document{Origin: src, Format: newsgraph.FormatHTML, URL: src, Err: err}); err != nil {
					return err
				}
				continue
			}
			if feed.Looks(p.Body) {
				if err := readFeed(ctx, e, src, p.Body, o, getFetcher, emit, 0); err != nil {
					return err
				}
				continue
			}
			d := &newsgraph.Document{Origin: src, Format: newsgraph.FormatHTML, URL: p.URL, ContentType: p.ContentType, Data: p.Body}
			if err := emit(d); err != nil {
				return err
			}
		case warc.IsWARC(src):
			if err := flushPlain(); err != nil {
				return err
			}
			if err := warc.Read(src, warc.Options{MaxBytes: o.Input.MaxBytes}, emit); err != nil {
				return err
			}
		case isFeedFile(src):
			if err := flushPlain(); err != nil {
				return err
			}
			data, err := os.ReadFile(src)
			if err != nil {
				return fmt.Errorf("read %s: %w", src, err)
			}
			if err := readFeed(ctx, e, src, data, o, getFetcher, emit, 0); err != nil {
				return err
			}
		default:
			plain = append(plain, src)
			if st, err := os.Stat(src); err == nil && st.IsDir() {
				// input reads the pages of a directory; its WARC files are read here.
				if err := flushPlain(); err != nil {
					return err
				}
				err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
					if err != nil || d.IsDir() || !warc.IsWARC(p) {
						return nil
					}
					return warc.Read(p, warc.Options{MaxBytes: o.Input.MaxBytes}, emit)
				})
				if err != nil {
					return err
				}
			}
		}
	}
	return flushPlain()
}

// isFeedFile reports whether a file is an RSS or Atom feed or a sitemap, by
// its name (.rss, .atom, .xml) and its root element.
func isFeedFile(path string) bool {
	n := strings.ToLower(strings.TrimSuffix(path, ".gz"))
	if !strings.HasSuffix(n, ".rss") && !strings.HasSuffix(n, ".atom") && !strings.HasSuffix(n, ".xml") {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 4096)
	k, _ := io.ReadFull(f, head)
	return feed.Looks(head[:k])
}

// readFeed emits the documents of a feed or sitemap's items.
func readFeed(ctx context.Context, e *env, origin string, data []byte, o ingestOptions, fetcher func() *fetch.Fetcher, emit func(*newsgraph.Document) error, depth int) error {
	items, err := feed.Parse(data, origin)
	if err != nil {
		return emit(&newsgraph.Document{Origin: origin, Format: newsgraph.FormatHTML, Err: err})
	}
	skipped := 0
	for _, it := range items {
		if ctx.Err() != nil {
			return input.ErrStop
		}
		switch {
		case it.Sitemap:
			if depth >= 2 {
				continue
			}
			p, err := fetcher().Get(ctx, it.URL)
			if err != nil {
				if err := emit(&newsgraph.Document{Origin: it.URL, Format: newsgraph.FormatHTML, URL: it.URL, Err: err}); err != nil {
					return err
				}
				continue
			}
			if err := readFeed(ctx, e, it.URL, p.Body, o, fetcher, emit, depth+1); err != nil {
				return err
			}
		case o.Fetch:
			d := fetcher().Document(ctx, it.URL)
			d.Published, d.Source = it.Published, it.Source
			if err := emit(d); err != nil {
				return err
			}
		case it.HTML != "":
			d := &newsgraph.Document{Origin: origin + "#" + it.URL, Format: newsgraph.FormatHTML, URL: it.URL,
				Published: it.Published, Source: it.Source,
				Data: []byte("<html><head><title>" + html.EscapeString(it.Title) + "</title></head><body><article><h1>" +
					html.EscapeString(it.Title) + "</h1>" + it.HTML + "</article></body></html>")}
			if err := emit(d); err != nil {
				return err
			}
		default:
			skipped++
		}
	}
	if skipped > 0 {
		fmt.Fprintf(e.stderr, "ingest: %s: %d items have no content of their own; use --fetch to download their pages\n", origin, skipped)
	}
	return nil
}
