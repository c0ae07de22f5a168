// Package webpage extracts a news article from an HTML page: its main text as
// a clean body (paragraphs separated by a blank line, headings and list items
// kept; captions, comments, navigation and other boilerplate separated out
// with their kinds), and its metadata (title, section, site name, canonical
// URL, publication and modification dates, authors, description, images with
// captions and credits, declared language).
//
// The input bytes may be in any encoding an HTML page declares or that can be
// detected (a BOM, the Content-Type charset, a meta charset or http-equiv, or
// detection from the bytes); the output is always UTF-8.
package webpage

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/mojibake"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Default limits of Options.
const (
	DefaultMaxBytes = 32 << 20 // 32 MiB
	DefaultMaxDepth = 256
)

// Options bounds the work the extractor does on one page. The zero value
// uses the defaults.
type Options struct {
	// MaxBytes is the largest input read; a longer page is cut at this size
	// (at a tag boundary where possible) and the article gets a warning.
	// 0 means DefaultMaxBytes.
	MaxBytes int
	// MaxDepth bounds element nesting. The HTML parser rejects pages nested
	// deeper than 512 elements; such pages are re-read with the tags deeper
	// than MaxDepth dropped (their text kept), with a warning. 0 means
	// DefaultMaxDepth; values above 400 count as 400.
	MaxDepth int
}

// Extractor extracts articles from HTML pages. It implements
// newsgraph.Extractor and is safe for concurrent use.
type Extractor struct {
	opts Options
}

// New returns an Extractor with the given limits.
func New(opts Options) *Extractor {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxDepth <= 0 {
		opts.MaxDepth = DefaultMaxDepth
	}
	return &Extractor{opts: opts}
}

// ErrNotHTML is returned for a Document whose format is not newsgraph.FormatHTML.
var ErrNotHTML = errors.New("webpage: document is not HTML")

// Extract reads doc as an HTML page and returns its article. It returns an
// error only when the page cannot be read at all (wrong format, a read error
// carried by doc, a cancelled context); a page without an article yields an
// Article with an empty Body and a warning.
func (e *Extractor) Extract(ctx context.Context, doc *newsgraph.Document) (*newsgraph.Article, error) {
	if e == nil {
		e = New(Options{})
	}
	if doc == nil {
		return nil, errors.New("webpage: nil document")
	}
	if doc.Err != nil {
		return nil, fmt.Errorf("webpage: %s: %w", doc.Origin, doc.Err)
	}
	if doc.Format != newsgraph.FormatHTML && doc.Format != "" {
		return nil, fmt.Errorf("%w: %s has format %q", ErrNotHTML, doc.Origin, doc.Format)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a := &newsgraph.Article{Origin: doc.Origin, Format: newsgraph.FormatHTML}
	data := doc.Data
	maxBytes := e.opts.MaxBytes
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if len(data) > maxBytes {
		cut := maxBytes
		if i := lastByte(data[:cut], '<'); i > cut/2 {
			cut = i
		}
		data = data[:cut]
		a.Warn(fmt.Sprintf("page is %d bytes, over the limit of %d: only the first %d bytes were read", len(doc.Data), maxBytes, cut))
	}
	if len(strings.TrimSpace(string(data[:min(len(data), 4096)]))) == 0 {
		a.Warn("empty page: no article")
		return a, nil
	}
	if isBinary(data) {
		a.Warn("page looks binary, not HTML: no article")
		return a, nil
	}
	src, _ := decode(data, doc.ContentType)
	if fixed, n := mojibake.Repair(src); n > 0 {
		src = fixed
		a.Warn(fmt.Sprintf("encoding: %d mojibake sequences (UTF-8 read as Windows-1252, as in \"FranÃ§ois\") were repaired", n))
	}
	root, flattened, err := parse(src, e.opts.MaxDepth)
	if err != nil {
		return nil, fmt.Errorf("webpage: %s: %w", doc.Origin, err)
	}
	if flattened {
		a.Warn(fmt.Sprintf("page nests elements deeper than the parser allows: tags deeper than %d were dropped", e.opts.MaxDepth))
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p := &page{root: root, url: doc.URL}
	p.ld = readJSONLD(root)
	if p.ld == nil {
		p.ld = &ldArticle{}
	}
	p.extractContent(a)
	p.extractMetadata(a, doc)
	a.Boilerplate = dedupeBoilerplate(a.Boilerplate, a.Images)
	return a, nil
}

func lastByte(b []byte, c byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// isBinary reports whether data looks like a binary file rather than text:
// NUL bytes or many control characters in its first kilobytes. UTF-16 text
// (which has NULs) is recognised by its byte order mark.
func isBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if len(head) >= 2 && (head[0] == 0xff && head[1] == 0xfe || head[0] == 0xfe && head[1] == 0xff) {
		return false
	}
	ctrl := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*10 > len(head)
}

// page is one parsed page during extraction.
type page struct {
	root *html.Node
	url  string
	body *html.Node
	ld   *ldArticle // what the page's JSON-LD says, never nil after Extract starts
}

// extractContent fills a.Body and the boilerplate separated from it.
func (p *page) extractContent(a *newsgraph.Article) {
	p.body = findFirst(p.root, atom.Body)
	if p.body == nil {
		p.body = p.root
	}
	marked := map[*html.Node]newsgraph.BoilerplateKind{}
	blocks := collectBlocks(p.body, marked)
	assignKinds(blocks, marked)
	container := pickContainer(blocks, p.body)
	if container == nil {
		a.Warn("no article text found on the page")
		return
	}
	var sel []*block
	seen := map[string]bool{}
	for _, b := range blocks {
		if !isUnder(b.owner, container) {
			continue
		}
		if b.kind != "" {
			a.Boilerplate = append(a.Boilerplate, newsgraph.Boilerplate{Kind: b.kind, Text: b.text})
			continue
		}
		if b.tag == atom.H1 {
			continue
		}
		maxLD := 0.5
		if b.hint {
			maxLD = 0.8
		}
		if b.linkDensity() > maxLD && b.runes < 300 || b.teaser() {
			a.Boilerplate = append(a.Boilerplate, newsgraph.Boilerplate{Kind: newsgraph.KindRelated, Text: b.text})
			continue
		}
		if k := junkKind(b.text, b.runes, b.tag == atom.Blockquote); k != "" {
			a.Boilerplate = append(a.Boilerplate, newsgraph.Boilerplate{Kind: k, Text: b.text})
			continue
		}
		if b.runes >= 40 {
			if seen[b.text] {
				continue
			}
			seen[b.text] = true
		}
		sel = append(sel, b)
	}
	sel, dropped := trimEdges(sel)
	for _, b := range dropped {
		a.Boilerplate = append(a.Boilerplate, newsgraph.Boilerplate{Kind: newsgraph.KindOther, Text: b.text})
	}
	paras := make([]string, len(sel))
	for i, b := range sel {
		paras[i] = b.text
	}
	a.Body = strings.Join(paras, "\n\n")
	if a.Body == "" {
		a.Warn("no article text found on the page")
	}
}

// dedupeBoilerplate drops repeated entries, and captions separated from the
// body that the figures already gave as caption and credit.
func dedupeBoilerplate(bp []newsgraph.Boilerplate, imgs []newsgraph.Image) []newsgraph.Boilerplate {
	fromFigure := map[string]bool{}
	for _, im := range imgs {
		if im.Caption != "" {
			fromFigure[cleanSpace(im.Caption+" "+im.Credit)] = true
		}
	}
	seen := map[string]bool{}
	out := bp[:0]
	for _, b := range bp {
		k := string(b.Kind) + "\x00" + b.Text
		if seen[k] || b.Kind == newsgraph.KindCaption && fromFigure[b.Text] && !seen[string(b.Kind)+"\x00"+b.Text] && hasCaptionEntry(bp, b.Text) {
			continue
		}
		seen[k] = true
		out = append(out, b)
	}
	return out
}

// hasCaptionEntry reports whether bp holds a figure caption that text
// starts with (so text is that caption with its credit run on).
func hasCaptionEntry(bp []newsgraph.Boilerplate, text string) bool {
	for _, b := range bp {
		if b.Kind == newsgraph.KindCaption && b.Text != text && strings.HasPrefix(text, b.Text) {
			return true
		}
	}
	return false
}
