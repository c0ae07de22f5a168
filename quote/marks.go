package quote

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// maxDepth bounds the nesting of quotation marks the pairing follows; deeper
// marks are treated as text (with a warning).
const maxDepth = 8

// passage is one top-level quotation: the text from an opening double
// quotation mark to its closing mark, marks included. A quotation that runs
// over several paragraphs (the mark reopening at each new paragraph) is one
// passage with one piece per paragraph.
type passage struct {
	pieces []newsgraph.Span
	closed bool // false when the quotation never closed (it was cut at a paragraph end)
}

func (p *passage) span() newsgraph.Span {
	return newsgraph.Span{Start: p.pieces[0].Start, End: p.pieces[len(p.pieces)-1].End}
}

// markKind is the shape of a quotation mark.
type markKind int

const (
	markNone     markKind = iota
	markOpen              // “ „ «
	markClose             // ” »
	markStraight          // " or the pair ''
)

// markAt reports the double quotation mark at byte i of text, if any, and its
// length in bytes. Single quotation marks are not followed: they are mostly
// apostrophes, and inside a double quotation they belong to it anyway.
func markAt(text string, i int) (markKind, int) {
	c := text[i]
	switch {
	case c == '"':
		return markStraight, 1
	case c == '\'' && i+1 < len(text) && text[i+1] == '\'':
		return markStraight, 2
	case c == '`' && i+1 < len(text) && text[i+1] == '`':
		return markOpen, 2
	case c < utf8.RuneSelf:
		return markNone, 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '“', '„', '«':
		return markOpen, n
	case '”', '»':
		return markClose, n
	}
	return markNone, 0
}

func runeBefore(text string, i int) rune {
	if i <= 0 {
		return '\n'
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

func runeAfter(text string, i int) rune {
	if i >= len(text) {
		return '\n'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r
}

// opensBefore reports whether r, the character before a mark, lets the mark open
// a quotation.
func opensBefore(r rune) bool {
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '—' || r == '–' || r == '-' || r == ':' || r == '―' || r == '\u00a0'
}

// closesAfter reports whether r, the character after a mark, lets the mark close
// a quotation.
func closesAfter(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) || r == '\u00a0'
}

// curly reports whether a mark is a typographic one (either way round).
func curly(k markKind) bool { return k == markOpen || k == markClose }

// findPassages pairs the double quotation marks of text into top-level
// passages. Marks are read by their context first (after a space and before a
// letter: opening; after a letter and before a space or punctuation: closing)
// and by their shape when the context does not tell, so mixed straight and curly
// marks, and curly marks typed the wrong way round, pair up. A quotation never
// crosses a paragraph break unless the next paragraph opens with a quotation
// mark (the convention for a quotation that runs over several paragraphs); one
// that does not close is cut at its paragraph end with a warning.
func findPassages(text string) ([]passage, []string) {
	var (
		out      []passage
		warns    []string
		depth    int
		cur      passage
		pieceBeg int
		stray    int
		shape    markKind // shape of the mark that opened the current passage
		unclosed int
		tooDeep  int
	)
	closePiece := func(end int) {
		cur.pieces = append(cur.pieces, newsgraph.Span{Start: pieceBeg, End: end})
	}
	finish := func(closed bool) {
		cur.closed = closed
		if len(cur.pieces) > 0 {
			out = append(out, cur)
		}
		cur = passage{}
		depth = 0
	}
	lastNonSpace := 0 // end of the last non-space byte in the current paragraph
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\n' {
			// paragraph break: a blank line, or a line break followed by an opening mark
			j := i
			nl := 0
			for j < len(text) && (text[j] == '\n' || text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				if text[j] == '\n' {
					nl++
				}
				j++
			}
			if depth > 0 {
				k, n := markNone, 0
				if j < len(text) {
					k, n = markAt(text, j)
				}
				if k != markNone && curly(k) == curly(shape) && n > 0 && !unicode.IsSpace(runeAfter(text, j+n)) {
					// the quotation reopens at the new paragraph: one more piece
					closePiece(lastNonSpace)
					pieceBeg = j
					depth = 1
					i = j + n
					lastNonSpace = i
					continue
				}
				if nl >= 1 {
					closePiece(lastNonSpace)
					finish(false)
					unclosed++
				}
			}
			i = j
			continue
		}
		k, n := markAt(text, i)
		if k == markNone {
			_, size := utf8.DecodeRuneInString(text[i:])
			if c != ' ' && c != '\t' && c != '\r' {
				lastNonSpace = i + size
			}
			i += size
			continue
		}
		before, after := runeBefore(text, i), runeAfter(text, i+n)
		canOpen := opensBefore(before) && !unicode.IsSpace(after)
		canClose := !unicode.IsSpace(before) && closesAfter(after)
		if i == 0 || before == '\n' {
			canOpen, canClose = !unicode.IsSpace(after), false
		}
		open := false
		switch {
		case canOpen && !canClose:
			open = true
		case canClose && !canOpen:
			open = false
		case k == markOpen:
			open = true
		case k == markClose:
			open = false
		default:
			open = depth == 0
		}
		if open && depth > 0 && k == markStraight && !canOpen {
			open = false
		}
		if open {
			if depth == 0 {
				pieceBeg = i
				cur = passage{}
				shape = k
			}
			depth++
			if depth > maxDepth {
				tooDeep++
				depth = maxDepth
			}
		} else {
			if depth == 0 {
				stray++
			} else {
				depth--
				if depth == 0 {
					closePiece(i + n)
					finish(true)
				}
			}
		}
		i += n
		lastNonSpace = i
	}
	if depth > 0 {
		closePiece(lastNonSpace)
		finish(false)
		unclosed++
	}
	if unclosed > 0 {
		warns = append(warns, fmt.Sprintf("quote: %d quotation(s) never closed; each was cut at the end of its paragraph", unclosed))
	}
	if stray > 0 {
		warns = append(warns, fmt.Sprintf("quote: %d closing quotation mark(s) without an opening one were ignored", stray))
	}
	if tooDeep > 0 {
		warns = append(warns, fmt.Sprintf("quote: quotation marks nested more than %d deep were read as text", maxDepth))
	}
	return out, warns
}

// excerptPassages reads as text the quotations that open at a paragraph start
// and never close, through every paragraph they reopen at: an excerpt from
// another publication pasted with its opening marks only, whose own
// quotations and statements are the article's to find. The marks opening
// such a passage are blanked and the text paired again; other passages are
// unchanged. It returns pass itself when there is no such passage.
func excerptPassages(text string, pass []passage) []passage {
	var masked []byte
	for _, p := range pass {
		if p.closed || !atParagraphStarts(text, p.pieces) {
			continue
		}
		if masked == nil {
			masked = []byte(text)
		}
		for _, pc := range p.pieces {
			_, n := markAt(text, pc.Start)
			for i := pc.Start; i < pc.Start+n; i++ {
				masked[i] = ' '
			}
		}
	}
	if masked == nil {
		return pass
	}
	again, _ := findPassages(string(masked))
	return again
}

// atParagraphStarts reports whether every piece opens a line.
func atParagraphStarts(text string, pieces []newsgraph.Span) bool {
	for _, pc := range pieces {
		i := pc.Start
		for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
			i--
		}
		if i > 0 && text[i-1] != '\n' {
			return false
		}
	}
	return len(pieces) > 0
}
