package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one non-empty line of the input with the features the scorer uses.
type line struct {
	text    string
	words   int     // word count; a CJK character counts as half a word
	stop    int     // stopwords among the words
	caps    int     // words that start with an upper-case letter
	upper   bool    // no lower-case letter at all (and some upper-case letters)
	endPunc bool    // ends like a sentence (. ! ? … or a closing quote after one)
	sents   int     // sentence-ending punctuation marks followed by a space or the end
	letters float64 // share of letters among the non-space runes
	dup     int     // how many times the same text occurs in the page
	repeat  bool    // the same text occurred on an earlier line

	kind   kind    // boilerplate pattern this line matches, kindNone if none
	score  float64 // body likelihood; positive means story-like
	inBody bool
}

// wordRun reports whether r belongs to a word: Python's \w (letters, digits, underscore).
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
}

// cjk reports whether r is written without spaces between words.
func cjk(r rune) bool {
	if r < 0x0e00 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// words splits s into its words (maximal runs of word runes).
func words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if wordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// closers are the characters that may follow a sentence's final punctuation.
const closers = "\"'”’»)]*"

// endsSentence reports whether s ends like a sentence.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, closers+" ")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', ':', ';', '、', '，':
		return true
	}
	return false
}

// countSentences counts sentence-final punctuation followed by a space or the end.
func countSentences(s string) int {
	n := 0
	prev := rune(0)
	for i, r := range s {
		switch r {
		case '。', '！', '？':
			n++
		case ' ':
			if prev == '.' || prev == '!' || prev == '?' {
				n++
			}
		}
		prev = r
		_ = i
	}
	if prev == '.' || prev == '!' || prev == '?' {
		n++
	}
	return n
}

func newLine(text string) *line {
	l := &line{text: text}
	ws := words(text)
	hasLower, hasUpper := false, false
	var letters, nonSpace, cjkRunes int
	for _, r := range text {
		if unicode.IsSpace(r) {
			continue
		}
		nonSpace++
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsLower(r) {
				hasLower = true
			} else if unicode.IsUpper(r) {
				hasUpper = true
			}
		}
		if cjk(r) {
			cjkRunes++
		}
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if cjk(r) {
			continue
		}
		l.words++
		if unicode.IsUpper(r) {
			l.caps++
		}
		if stopwords[strings.ToLower(w)] {
			l.stop++
		}
	}
	l.words += cjkRunes / 2
	l.upper = hasUpper && !hasLower
	l.endPunc = endsSentence(text)
	if l.endPunc && l.words < 20 && (strings.HasSuffix(text, "...") || strings.HasSuffix(text, "…") || strings.HasSuffix(text, "…]") || strings.HasSuffix(text, "...]")) {
		// A teaser cut short, not a sentence.
		l.endPunc = false
	}
	l.sents = countSentences(text)
	if nonSpace > 0 {
		l.letters = float64(letters) / float64(nonSpace)
	}
	return l
}

// stopwords are frequent function words of the languages news is most often
// written in; their share tells running prose from menus and headlines.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
the a an of to and in is that for on with as was it at by from be are this have has had not but or
he she they we his her their its our you your i who which were been will would can could said
says also after than more about into over when there what all one up out if so no new
de la le les des et en du un une est pour que qui dans sur au aux par pas plus ce il elle
el los las del y que en por con para una es se lo su al como más pero sus
der die das und ist den dem des ein eine nicht mit von zu im auf für sich auch
di il che e per un una non con del della sono da nel alla
o os as do da em um uma com não para por na no mais
в и на не что с по к из за от о как это`) {
		stopwords[w] = true
	}
}
