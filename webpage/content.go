package webpage

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// block is one run of text that the page renders as a block: a paragraph,
// heading, list item, table cell, or the loose text of a container.
type block struct {
	text  string
	owner *html.Node // the block element the text belongs to
	tag   atom.Atom  // owner's tag
	runes int        // length of text in code points
	links int        // code points of text inside links
	kind  newsgraph.BoilerplateKind
	hint  bool // inside an element named as the article body
}

func (b *block) linkDensity() float64 {
	if b.runes == 0 {
		return 0
	}
	return float64(b.links) / float64(b.runes)
}

// collectBlocks splits the visible text under root into blocks, in document
// order. marked receives the elements whose tag, role, class or id name them
// as boilerplate, with their kinds.
func collectBlocks(root *html.Node, marked map[*html.Node]newsgraph.BoilerplateKind) []*block {
	var blocks []*block
	var buf strings.Builder
	links := 0
	inLink := 0
	inPre := 0
	var owners []*html.Node
	hintDepth := 0
	edge := false // an inline element started or ended since the last text
	flush := func() {
		if buf.Len() == 0 {
			return
		}
		raw := buf.String()
		buf.Reset()
		var text string
		if inPre > 0 {
			lines := strings.Split(raw, "\n")
			out := lines[:0]
			for _, l := range lines {
				if l = cleanSpace(l); l != "" {
					out = append(out, l)
				}
			}
			text = strings.Join(out, "\n")
		} else {
			lines := strings.Split(raw, "\n")
			out := lines[:0]
			for _, l := range lines {
				if l = cleanSpace(l); l != "" {
					out = append(out, l)
				}
			}
			text = strings.Join(out, "\n")
		}
		if text == "" {
			links = 0
			return
		}
		owner := root
		if len(owners) > 0 {
			owner = owners[len(owners)-1]
		}
		n := utf8.RuneCountInString(text)
		blocks = append(blocks, &block{text: text, owner: owner, tag: owner.DataAtom, runes: n, links: min(links, n), hint: hintDepth > 0})
		links = 0
	}
	walk(root, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			if edge && buf.Len() > 0 && n.Data != "" {
				last, _ := utf8.DecodeLastRuneInString(buf.String())
				first, _ := utf8.DecodeRuneInString(n.Data)
				if scriptChange(last, first) {
					buf.WriteByte(' ')
				}
			}
			edge = false
			buf.WriteString(n.Data)
			if inLink > 0 {
				links += utf8.RuneCountInString(strings.TrimSpace(n.Data))
			}
			return false
		case html.ElementNode, html.DocumentNode:
		default:
			return false
		}
		if n.Type == html.ElementNode {
			if skipTags[n.DataAtom] || hidden(n) {
				return false
			}
			if k := boilerKind(n); k != "" {
				marked[n] = k
			}
		}
		edge = true
		switch {
		case n.DataAtom == atom.Br:
			buf.WriteByte('\n')
		case n.DataAtom == atom.A:
			inLink++
		case n.DataAtom == atom.Img:
		case startsBlock(n, marked):
			flush()
			owners = append(owners, n)
			if n.DataAtom == atom.Pre {
				inPre++
			}
		}
		if contentHint(n) {
			hintDepth++
		}
		return true
	}, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		if skipTags[n.DataAtom] || hidden(n) {
			return
		}
		if contentHint(n) {
			hintDepth--
		}
		edge = true
		switch {
		case n.DataAtom == atom.Br, n.DataAtom == atom.Img:
		case n.DataAtom == atom.A:
			inLink--
		case startsBlock(n, marked):
			flush()
			if len(owners) > 0 {
				owners = owners[:len(owners)-1]
			}
			if n.DataAtom == atom.Pre {
				inPre--
			}
		}
	})
	flush()
	return blocks
}

// startsBlock reports whether an element (other than a, img and br, which
// are handled before) starts a block: block-level elements, and marked inline
// elements (a caption span, a share widget), so that their text is separated.
func startsBlock(n *html.Node, marked map[*html.Node]newsgraph.BoilerplateKind) bool {
	if blockTags[n.DataAtom] {
		return true
	}
	_, ok := marked[n]
	return ok
}

// assignKinds sets each block's boilerplate kind from its nearest marked
// ancestor, ignoring marks on elements that hold most of the page's prose
// (a "main has-sidebar" class must not throw the article away).
func assignKinds(blocks []*block, marked map[*html.Node]newsgraph.BoilerplateKind) {
	prose := map[*html.Node]int{}
	total := 0
	for _, b := range blocks {
		if b.runes < 80 || b.linkDensity() > 0.3 {
			continue
		}
		total += b.runes
		for n := b.owner; n != nil; n = n.Parent {
			if _, ok := marked[n]; ok {
				prose[n] += b.runes
			}
		}
	}
	for n := range marked {
		if float64(prose[n]) > 0.4*float64(total) {
			delete(marked, n)
		}
	}
	for _, b := range blocks {
		for n := b.owner; n != nil; n = n.Parent {
			if k, ok := marked[n]; ok {
				b.kind = k
				break
			}
		}
	}
}

// teaser reports whether a block looks like a list entry pointing at
// another page: a list item, outside any element named as the article body,
// with a fifth or more of its text in links.
func (b *block) teaser() bool {
	return (b.tag == atom.Li || b.tag == atom.Dd || b.tag == atom.Dt) && !b.hint && b.linkDensity() > 0.2
}

// weight is a block's contribution to the score of the elements holding it:
// positive for prose, negative for boilerplate, links and short fragments.
func (b *block) weight() float64 {
	n := float64(b.runes)
	ld := b.linkDensity()
	switch {
	case b.kind != "":
		return -n
	case ld > 0.5:
		return -0.5 * n
	case b.runes < 40 && !isHeading(b.tag):
		return -0.2 * n
	case b.teaser():
		return -0.3 * n
	}
	w := n * (1 - ld)
	if b.tag == atom.P {
		w *= 1.5
	}
	if b.hint {
		w *= 1.5
	}
	return w
}

// pickContainer returns the element whose blocks add up to the highest
// weight: the smallest subtree holding the prose without the boilerplate
// around it.
func pickContainer(blocks []*block, root *html.Node) *html.Node {
	score := map[*html.Node]float64{}
	for _, b := range blocks {
		w := b.weight()
		for n := b.owner; n != nil; n = n.Parent {
			score[n] += w
			if n == root {
				break
			}
		}
	}
	var best *html.Node
	bestScore, bestDepth := 0.0, 0
	for n, s := range score {
		if n.Type != html.ElementNode {
			continue
		}
		d := depth(n)
		if best == nil || s > bestScore || (s == bestScore && d > bestDepth) {
			best, bestScore, bestDepth = n, s, d
		}
	}
	if best == nil || bestScore <= 0 {
		return nil
	}
	return best
}

func depth(n *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		d++
	}
	return d
}

func isUnder(n, root *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == root {
			return true
		}
	}
	return false
}

// scriptChange reports whether two letters that meet at the edge of an
// inline element switch between a CJK script and Latin letters or digits:
// there the page renders a visual gap that the text lacks, and readers (and
// the benchmark's annotators) see two words.
func scriptChange(a, b rune) bool {
	return isCJK(a) && isLatinAlnum(b) || isLatinAlnum(a) && isCJK(b)
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

func isLatinAlnum(r rune) bool {
	return r < 0x250 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
