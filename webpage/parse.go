package webpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parse parses an HTML page. golang.org/x/net/html rejects pages whose
// elements nest deeper than 512; for those the page is re-tokenised with the
// tags deeper than maxDepth dropped (their text kept) and parsed again, and
// flattened reports that this happened.
func parse(src string, maxDepth int) (doc *html.Node, flattened bool, err error) {
	doc, err = html.Parse(strings.NewReader(src))
	if err == nil {
		return doc, false, nil
	}
	// The naive depth count can miss elements the parser keeps open, so
	// retry shallower, down to no nesting at all.
	for _, d := range []int{maxDepth, 64, 1} {
		if d2, err2 := html.Parse(strings.NewReader(flatten(src, d))); err2 == nil {
			return d2, true, nil
		}
	}
	return nil, false, err
}

// flatten rewrites src, dropping start and end tags of elements that would
// open deeper than maxDepth (counted naively on the token stream, which
// overcounts unclosed elements and so errs on the safe side).
func flatten(src string, maxDepth int) string {
	maxDepth = min(max(maxDepth, 1), 400)
	z := html.NewTokenizer(strings.NewReader(src))
	var b strings.Builder
	b.Grow(len(src))
	depth := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			if isVoid(atom.Lookup(name)) {
				b.Write(z.Raw())
				continue
			}
			depth++
			if depth <= maxDepth {
				b.Write(z.Raw())
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if isVoid(atom.Lookup(name)) {
				continue
			}
			if depth <= maxDepth {
				b.Write(z.Raw())
			}
			if depth > 0 {
				depth--
			}
		default:
			b.Write(z.Raw())
		}
	}
}

func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr, atom.Param:
		return true
	}
	return false
}
