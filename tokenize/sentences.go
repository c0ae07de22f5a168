package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// MaxSentenceTokens bounds the length of a sentence: a run of text without
// sentence punctuation (a 1 MB line, a table dump) is cut every
// MaxSentenceTokens tokens so that later stages run in bounded time.
const MaxSentenceTokens = 400

// Sentences splits the tokens of text (as returned by Tokens) into sentences,
// returned as byte spans into text from the first token's start to the last
// token's end.
//
// A sentence ends:
//   - at a blank line (a paragraph break), always;
//   - at a line break when the next line starts with a capital letter, a digit,
//     a quotation mark or a bullet and the line before does not end in a comma,
//     hyphen or lower-case word (headlines, datelines, bylines, list items);
//   - after ".", "!", "?", "…" (with any closing quotes and brackets that
//     follow) when the next token does not start with a lower-case letter;
//   - after an abbreviation ("U.S.", "Inc.", "etc.") only when the next word is
//     one that commonly starts a sentence ("The", "He", "But", ...); never after
//     a title ("Gen.", "Dr.", "Sen.");
//   - after MaxSentenceTokens tokens without any of the above.
func Sentences(text string, toks []newsgraph.Token) []newsgraph.Span {
	var out []newsgraph.Span
	start := 0 // index of the first token of the current sentence
	for i := 0; i < len(toks); i++ {
		end := false
		if i+1 == len(toks) {
			end = true
		} else if br := lineBreaks(text, toks[i].End, toks[i+1].Start); br >= 2 {
			end = true
		} else if br == 1 && lineEnds(toks, i) {
			end = true
		} else if n := terminal(text, toks, i); n >= 0 {
			// n: index of the last token of the sentence (closing quotes included)
			if n+1 == len(toks) || lineBreaks(text, toks[n].End, toks[n+1].Start) > 0 || startsSentence(text, toks, n) {
				i = n
				end = true
			}
		}
		if !end && i-start+1 >= MaxSentenceTokens {
			end = true
		}
		if end {
			out = append(out, newsgraph.Span{Start: toks[start].Start, End: toks[i].End})
			start = i + 1
		}
	}
	return out
}

// lineBreaks counts the line breaks in text[s:e] (the white space between two
// tokens); a blank line counts 2.
func lineBreaks(text string, s, e int) int {
	if s >= e {
		return 0
	}
	n := 0
	for _, c := range text[s:e] {
		if c == '\n' || c == '\u2029' {
			n++
		} else if c == '\u2028' {
			n++
		}
	}
	return n
}

// lineEnds reports whether a single line break after token i ends a sentence.
func lineEnds(toks []newsgraph.Token, i int) bool {
	prev := toks[i].Text
	switch prev {
	case ",", "-", "–", "(", "[", "&", "/", "“", "‘":
		return false
	}
	r, _ := utf8.DecodeRuneInString(prev)
	if unicode.IsLower(r) && !isTerminal(prev) {
		// a lower-case word ends the line: probably a wrapped sentence
		return false
	}
	next, _ := utf8.DecodeRuneInString(toks[i+1].Text)
	return !unicode.IsLower(next)
}

func isTerminal(t string) bool {
	switch t {
	case ".", "!", "?", "…", "...", "?!", "!?":
		return true
	}
	if t == "" {
		return false
	}
	if strings.Trim(t, "!?") == "" || strings.Trim(t, ".") == "" && len(t) >= 3 {
		return true
	}
	return false
}

// terminal returns the index of the last token of a sentence that may end at
// token i (i itself, or the closing quotes and brackets after it), or -1 when
// token i cannot end a sentence. For an abbreviation ending in a period it
// returns i only when the next word commonly starts a sentence.
func terminal(text string, toks []newsgraph.Token, i int) int {
	t := toks[i].Text
	if !isTerminal(t) {
		if len(t) > 1 && t[len(t)-1] == '.' {
			// an abbreviation: U.S., Inc., etc., J.
			w := t[:len(t)-1]
			if _, ok := titles[w]; ok {
				return -1
			}
			if i+1 < len(toks) && starters[toks[i+1].Text] {
				return i
			}
		}
		return -1
	}
	n := i
	for n+1 < len(toks) {
		next := toks[n+1]
		if !closer(text, toks, n+1) {
			break
		}
		n++
		_ = next
	}
	return n
}

// closer reports whether token k closes a quotation or bracket: a closing
// curly quote or bracket, or a straight quote attached to the token before it.
func closer(text string, toks []newsgraph.Token, k int) bool {
	switch toks[k].Text {
	case "”", "’", ")", "]", "»", "›":
		return true
	case "\"", "'":
		return !toks[k-1].SpaceAfter
	}
	return false
}

// startsSentence reports whether the token after n can begin a new sentence:
// anything but a lower-case word or trailing punctuation.
func startsSentence(text string, toks []newsgraph.Token, n int) bool {
	next := toks[n+1].Text
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return false
	}
	switch next {
	case ",", ";", ":", ")", "]", "%", "-", "—", "–":
		return false
	}
	return true
}

// starters are words that commonly begin a sentence and rarely follow an
// abbreviation inside one.
var starters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The A An This That These Those It Its He She They We I You His Her Their Our My
		But And Or So Yet Still However Meanwhile Then There Here In On At For With By From As After Before
		When While If Although Though Because Since Until Now Today Yesterday Tomorrow Last Next Some Many
		Most Several Few All No Not Officials Police Authorities Mr. Mrs. Ms. Dr. " “ ‘ ' "`) {
		starters[w] = true
	}
}

// SentenceRanges returns the token index ranges [start, end) of the article's
// sentences. Tokens outside every sentence (or all tokens, when there are no
// sentences) are grouped in runs of at most MaxSentenceTokens.
func SentenceRanges(a *newsgraph.Article) [][2]int {
	var out [][2]int
	k := 0
	flush := func(end int) {
		for k < end {
			e := min(end, k+MaxSentenceTokens)
			out = append(out, [2]int{k, e})
			k = e
		}
	}
	for _, s := range a.Sentences {
		start := k
		for start < len(a.Tokens) && a.Tokens[start].End <= s.Start {
			start++
		}
		flush(start)
		end := k
		for end < len(a.Tokens) && a.Tokens[end].Start < s.End {
			end++
		}
		flush(end)
	}
	flush(len(a.Tokens))
	return out
}
