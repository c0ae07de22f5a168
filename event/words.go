package event

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// word is one token of a sentence as the coder sees it.
type word struct {
	low   string // lower case, curly apostrophes made plain
	span  newsgraph.Span
	upper bool   // starts with an upper-case letter
	caps  bool   // has no lower-case letter ("US", "U.N.")
	punct bool   // a punctuation mark
	tag   string // part-of-speech tag, "" when the tokens were not tagged

	sector   string // the agent sector of the word alone (see gazNames.wordSector)
	sectorOK bool   // sector was looked up
}

// maxWords bounds the words of one sentence the coder looks at, so that a
// run-on "sentence" of thousands of words costs bounded time.
const maxWords = 400

// sentenceWords returns the words of toks that lie inside sent.
func sentenceWords(toks []newsgraph.Token, sent newsgraph.Span, buf []word) []word {
	buf = buf[:0]
	first := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sent.Start })
	for _, t := range toks[first:] {
		if t.Start >= sent.End {
			break
		}
		if t.Start < sent.Start || t.End > sent.End {
			continue
		}
		if len(buf) == maxWords {
			break
		}
		w := makeWord(t.Text, t.Span)
		w.tag = t.Tag
		buf = append(buf, w)
	}
	return buf
}

func makeWord(text string, sp newsgraph.Span) word {
	r, _ := utf8.DecodeRuneInString(text)
	w := word{span: sp, upper: unicode.IsUpper(r), punct: r != utf8.RuneError && !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'}
	low := text
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			low = strings.ToLower(strings.ReplaceAll(text, "’", "'"))
			break
		}
	}
	w.low = low
	w.caps = hasNoLower(text) && low != text
	return w
}

// hasNoLower reports whether s has no lower-case letter.
func hasNoLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
