// Package newsgraph holds the domain types of the newsgraph news-intelligence
// engine: the Article every stage annotates in place, its annotations (entities,
// quotes, times, events), the raw Document an input reader produces, and the
// small interfaces the pipeline composes (Extractor, Stage).
//
// Every annotation is a span of byte offsets into Article.Body. The JSON form of
// an Article (see MarshalJSON) converts those to Unicode code point offsets, which
// is what Python and JavaScript users slice with.
package newsgraph

import "context"

// Span is a half-open range [Start, End) of byte offsets into Article.Body.
type Span struct {
	Start int
	End   int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether the span lies inside a text of n bytes and is not reversed.
func (s Span) Valid(n int) bool { return s.Start >= 0 && s.Start <= s.End && s.End <= n }

// Format tells how a Document's bytes are to be read.
type Format string

// The document formats newsgraph reads.
const (
	FormatHTML Format = "html" // an HTML page
	FormatText Format = "text" // text that a scraper already pulled out of a page, junk included
)

// Document is one raw input item, before extraction: an HTML page or a scraped
// text, with whatever the input said about it.
type Document struct {
	Origin      string // where it came from: a path, "path:line", "-" for standard input, a URL
	Format      Format
	Data        []byte // the raw bytes, in whatever encoding the source used
	ContentType string // an HTTP Content-Type header, if known (may carry a charset)
	URL         string // the page's address, if the input gave one
	Published   string // a publication date the input gave (overrides the page's own)
	Source      string // the publisher or site name the input gave
	Err         error  // set when the input could not even be read (the item still yields a record)
	Warnings    []string
}

// Extractor turns a raw Document into an Article with a clean body and metadata.
type Extractor interface {
	Extract(ctx context.Context, doc *Document) (*Article, error)
}

// Stage adds annotations to an Article in place (tokens, entities, quotes, ...).
// A stage must not change Article.Body: every other annotation points into it.
type Stage interface {
	Name() string
	Annotate(ctx context.Context, a *Article) error
}
