// Package pipeline composes newsgraph's stages into one process: a raw
// Document goes in, an Article with its clean body, metadata and every
// annotation comes out. It is the library form of `newsgraph extract`.
//
// A Pipeline always returns a record: a document that cannot be processed
// comes back with Article.Error set, and a stage that fails leaves a warning,
// so that one bad page never stops a run.
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// Options configures a Pipeline.
type Options struct {
	// Extractors turn documents of each format into articles.
	Extractors map[newsgraph.Format]newsgraph.Extractor
	// Stages annotate each extracted article, in order.
	Stages []newsgraph.Stage
	// MaxAnnotateBytes bounds how much of a body the stages read: a longer
	// body is annotated up to the last paragraph break before the limit, and
	// a warning says so, which keeps a huge page's time bounded. 0 means
	// DefaultMaxAnnotateBytes; a negative value means no limit.
	MaxAnnotateBytes int
}

// DefaultMaxAnnotateBytes is the default bound on the annotated part of a
// body: 1 MiB, some fifty times a long news article.
const DefaultMaxAnnotateBytes = 1 << 20

// Pipeline turns documents into annotated articles. It is safe for
// concurrent use when its extractors and stages are.
type Pipeline struct {
	opts Options
}

// New returns a pipeline with the given extractors and stages.
func New(opts Options) *Pipeline { return &Pipeline{opts: opts} }

// Process extracts and annotates one document. It never returns nil and never
// panics: failures are reported in the article's Error and Warnings.
func (p *Pipeline) Process(ctx context.Context, doc *newsgraph.Document) *newsgraph.Article {
	a := p.extract(ctx, doc)
	if a.Error != "" {
		return a
	}
	if len(p.opts.Stages) == 0 {
		return a
	}
	work, cut := a, p.annotateLimit(a.Body)
	if cut < len(a.Body) {
		// The stages see a copy whose body is the prefix; their spans are
		// then valid in the whole body too.
		prefix := *a
		prefix.Body = a.Body[:cut]
		prefix.Warnings = nil
		work = &prefix
	}
	for _, s := range p.opts.Stages {
		if err := ctx.Err(); err != nil {
			work.Warn(fmt.Sprintf("%s: not run: %v", s.Name(), err))
			break
		}
		runStage(ctx, s, work)
	}
	if work != a {
		body, warnings := a.Body, a.Warnings
		*a = *work
		a.Body = body
		a.Warnings = append(warnings, fmt.Sprintf("annotations: the body is %d bytes; only its first %d bytes were annotated (the limit is %d bytes)", len(body), cut, p.maxAnnotate()))
		a.Warnings = append(a.Warnings, work.Warnings...)
	}
	return a
}

func (p *Pipeline) maxAnnotate() int {
	if p.opts.MaxAnnotateBytes == 0 {
		return DefaultMaxAnnotateBytes
	}
	return p.opts.MaxAnnotateBytes
}

// annotateLimit returns how many bytes of body the stages read: all of it
// when it is within the limit, else up to the last paragraph break (or, failing
// that, line break or space) before the limit.
func (p *Pipeline) annotateLimit(body string) int {
	max := p.maxAnnotate()
	if max < 0 || len(body) <= max {
		return len(body)
	}
	head := body[:max]
	for _, sep := range []string{"\n\n", "\n", " "} {
		if i := strings.LastIndex(head, sep); i > max/2 {
			return i
		}
	}
	for max > 0 && !utf8.RuneStart(body[max]) {
		max--
	}
	return max
}

// extract runs the extractor for the document's format and applies what the
// input said about the document over what the page says.
func (p *Pipeline) extract(ctx context.Context, doc *newsgraph.Document) (a *newsgraph.Article) {
	fail := func(msg string) *newsgraph.Article {
		return &newsgraph.Article{
			ID: newsgraph.ArticleID(&newsgraph.Article{Origin: doc.Origin}), Origin: doc.Origin, Format: doc.Format,
			URL: doc.URL, Published: doc.Published, Source: doc.Source,
			Warnings: append([]string(nil), doc.Warnings...), Error: msg,
		}
	}
	if doc.Err != nil {
		return fail(doc.Err.Error())
	}
	ex := p.opts.Extractors[doc.Format]
	if ex == nil {
		return fail(fmt.Sprintf("%s: no extractor for format %q", doc.Origin, doc.Format))
	}
	defer func() {
		if r := recover(); r != nil {
			a = fail(fmt.Sprintf("%s: internal error in %s extraction: %v", doc.Origin, doc.Format, r))
			a.Warn(firstFrames(debug.Stack()))
		}
	}()
	a, err := ex.Extract(ctx, doc)
	if err != nil {
		out := fail(err.Error())
		if a != nil {
			out.Warnings = append(out.Warnings, a.Warnings...)
		}
		return out
	}
	if a == nil {
		return fail(fmt.Sprintf("%s: the %s extractor returned nothing", doc.Origin, doc.Format))
	}
	a.Origin, a.Format = doc.Origin, doc.Format
	a.Warnings = append(append([]string(nil), doc.Warnings...), a.Warnings...)
	if doc.URL != "" {
		a.URL = doc.URL
	}
	if doc.Source != "" {
		a.Source = doc.Source
	}
	if doc.Published != "" {
		if iso, ok := NormaliseDate(doc.Published); ok {
			a.Published = iso
			a.Warnings = dropWarnings(a.Warnings, "published")
		} else {
			a.Warn(fmt.Sprintf("published: the given date %q is not a date newsgraph reads; the page's own date is kept", doc.Published))
		}
	}
	if a.Published == "" && !mentions(a.Warnings, "publi") {
		a.Warn("published: no publication date found; relative times are left unresolved")
	}
	if strings.TrimSpace(a.Body) == "" && !mentions(a.Warnings, "body") {
		a.Warn("body: no article text found")
	}
	a.ID = newsgraph.ArticleID(a)
	return a
}

// runStage runs one stage, turning its error or panic into a warning.
func runStage(ctx context.Context, s newsgraph.Stage, a *newsgraph.Article) {
	defer func() {
		if r := recover(); r != nil {
			a.Warn(fmt.Sprintf("%s: internal error, its annotations may be incomplete: %v; %s", s.Name(), r, firstFrames(debug.Stack())))
		}
	}()
	if err := s.Annotate(ctx, a); err != nil {
		a.Warn(fmt.Sprintf("%s: %v", s.Name(), err))
	}
}

// dropWarnings removes the warnings about a field ("published: ...") once
// the input has settled it.
func dropWarnings(ws []string, field string) []string {
	out := ws[:0]
	for _, w := range ws {
		if !strings.HasPrefix(w, field+":") && !strings.HasPrefix(w, field+" ") {
			out = append(out, w)
		}
	}
	return out
}

func mentions(ws []string, part string) bool {
	for _, w := range ws {
		if strings.Contains(strings.ToLower(w), part) {
			return true
		}
	}
	return false
}

// firstFrames keeps the few stack lines that locate a panic.
func firstFrames(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	var keep []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "/") && strings.Contains(l, "newsgraph") && !strings.Contains(l, "pipeline/") {
			keep = append(keep, l)
			if len(keep) == 3 {
				break
			}
		}
	}
	return "at " + strings.Join(keep, " < ")
}

// Stream processes documents from in with the given number of concurrent
// workers (0 means one per CPU) and sends the articles on the returned
// channel in input order. The channel is closed once in is closed and drained,
// or ctx is done.
func (p *Pipeline) Stream(ctx context.Context, in <-chan *newsgraph.Document, workers int) <-chan *newsgraph.Article {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		doc  *newsgraph.Document
		done chan *newsgraph.Article
	}
	jobs := make(chan job, workers)
	order := make(chan chan *newsgraph.Article, 2*workers)
	out := make(chan *newsgraph.Article, workers)
	go func() { // dispatch in order
		defer close(jobs)
		defer close(order)
		for {
			select {
			case <-ctx.Done():
				return
			case doc, ok := <-in:
				if !ok {
					return
				}
				j := job{doc: doc, done: make(chan *newsgraph.Article, 1)}
				select {
				case order <- j.done:
				case <-ctx.Done():
					return
				}
				select {
				case jobs <- j:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	for i := 0; i < workers; i++ {
		go func() {
			for j := range jobs {
				j.done <- p.Process(ctx, j.doc)
			}
		}()
	}
	go func() { // collect in order
		defer close(out)
		for done := range order {
			select {
			case a := <-done:
				select {
				case out <- a:
				case <-ctx.Done():
					return
				}
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}
