// Package tokenize splits an English news body into tokens and sentences.
//
// Tokens keep byte offsets into the text they came from (newsgraph.Span) and a
// SpaceAfter flag, so the text can be rebuilt and every later annotation can
// point into the body.
//
// Conventions (Penn Treebank style, which is also what CoNLL-2003 uses, so the
// named-entity tagger sees tokens shaped like its training data):
//   - Clitics are split off: "Merkel's" -> "Merkel" "'s", "Merkel’s" -> "Merkel"
//     "’s", "don't" -> "do" "n't", "they're" -> "they" "'re". A possessive
//     apostrophe after a plural ("workers'") is a token of its own.
//   - Abbreviations keep their period: "U.S.", "Gen.", "Jan.", "Inc.", "p.m.",
//     initials "J." (known abbreviations, single letters, and dotted acronyms).
//   - Hyphenated words stay whole ("Jean-Luc", "German-born"), as do numbers
//     with separators ("1,000", "3.5", "10:30", "2019-03-05", "24/7").
//   - Currency signs and percent signs are tokens of their own: "$1.5" -> "$"
//     "1.5"; "3.5%" -> "3.5" "%".
//   - An ellipsis ("..." or "…"), a run of dashes ("--") and a run of "!"/"?" are
//     one token each; every other punctuation mark or symbol (emoji included)
//     is one token per code point.
//   - URLs and e-mail addresses are one token (trailing punctuation excluded).
//   - Control characters, zero-width characters and invalid UTF-8 bytes are
//     treated as white space: they never start or end a token. The exception
//     is a letter garbled by a Latin-1 round trip, where a control character
//     or a symbol follows "Ã" or "Â" inside a word ("FranÃ\u0083Â§ois"): the
//     word stays one token.
package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// Tokens splits text into tokens with byte offsets into text.
func Tokens(text string) []newsgraph.Token {
	toks := make([]newsgraph.Token, 0, len(text)/5+1)
	i := 0
	for i < len(text) {
		// skip white space
		r, size := decode(text, i)
		if isSpace(r) {
			i += size
			continue
		}
		// a chunk runs to the next white space
		j := i
		for j < len(text) {
			r, size := decode(text, j)
			if isSpace(r) && !garbledTail(text, j, r) {
				break
			}
			j += size
		}
		toks = chunk(text, i, j, toks)
		i = j
	}
	// SpaceAfter: true when the next byte after the token is white space (or an
	// ignored character), false when another token follows directly or at the end.
	for k := range toks {
		e := toks[k].End
		if e < len(text) {
			r, _ := decode(text, e)
			toks[k].SpaceAfter = isSpace(r)
		}
	}
	return toks
}

// decode returns the rune at byte i of s, mapping invalid bytes to RuneError
// with size 1.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isSpace reports whether r separates tokens: white space, control and format
// characters (zero-width space, BOM, soft hyphen, ...) and invalid bytes.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r <= ' ' || r == 0x7f
	}
	switch r {
	case utf8.RuneError, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad:
		return true
	}
	return unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// garbledTail reports whether r, at byte j of text, is the second half of a
// letter garbled by a Latin-1 round trip: a character from U+0080 to U+00BF
// right after "Â" or "Ã", composed or not ("FranÃ\u0083Â§ois" for "François",
// twice garbled).
// Such a word stays one token, so that names and spans are not cut inside it;
// the extractors repair the text itself (package mojibake) where they can.
func garbledTail(text string, j int, r rune) bool {
	if r < 0x80 || r > 0xbf || r == 0xa0 || r == 0xad || j < 2 {
		return false
	}
	// "Â" is C3 82 and "Ã" C3 83 in UTF-8; decomposed (NFD), "A" and a
	// combining circumflex (CC 82) or tilde (CC 83)
	if text[j-1] != 0x82 && text[j-1] != 0x83 {
		return false
	}
	return text[j-2] == 0xc3 || text[j-2] == 0xcc && j >= 3 && text[j-3] == 'A'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func add(toks []newsgraph.Token, text string, s, e int) []newsgraph.Token {
	return append(toks, newsgraph.Token{Span: newsgraph.Span{Start: s, End: e}, Text: text[s:e]})
}

// chunk tokenizes text[s:e], a run without white space.
func chunk(text string, s, e int, toks []newsgraph.Token) []newsgraph.Token {
	if u := urlLen(text[s:e]); u > 0 {
		// leading punctuation was not part of it: urlLen only matches at the start
		return chunk(text, s+u, e, add(toks, text, s, s+u))
	}
	i := s
	for i < e {
		r, size := decode(text, i)
		switch {
		case isSpace(r):
			i += size
		case isWordRune(r):
			j := wordEnd(text, i, e)
			toks = word(text, i, j, toks)
			i = j
		case r == '.':
			j := i
			for j < e && text[j] == '.' {
				j++
			}
			toks = add(toks, text, i, j)
			i = j
		case r == '-' || r == '!' || r == '?':
			j := i + 1
			for j < e && (text[j] == byte(r) || r != '-' && (text[j] == '!' || text[j] == '?')) {
				j++
			}
			toks = add(toks, text, i, j)
			i = j
		case (r == '\'' || r == '’') && i+size < e:
			// a clitic or a year with no word before it: 's (after a quote), '90s
			if n := cliticAt(text, i, e); n > 0 && i > s {
				toks = add(toks, text, i, i+n)
				i += n
				continue
			}
			toks = add(toks, text, i, i+size)
			i += size
		default:
			if u := urlLen(text[i:e]); u > 0 {
				toks = add(toks, text, i, i+u)
				i += u
				continue
			}
			toks = add(toks, text, i, i+size)
			i += size
		}
	}
	return toks
}

// cliticAt returns the length of a clitic ('s, 're, ...) starting at the
// apostrophe at text[i] and ending a word inside text[:e], or 0.
func cliticAt(text string, i, e int) int {
	_, size := decode(text, i)
	j := i + size
	k := j
	for k < e && k-j < 3 {
		r, n := decode(text, k)
		if !isWordRune(r) {
			break
		}
		k += n
	}
	if k < e {
		if r, _ := decode(text, k); isWordRune(r) {
			return 0
		}
	}
	switch strings.ToLower(text[j:k]) {
	case "s", "re", "ve", "ll", "d", "m":
		return k - i
	}
	return 0
}

// wordEnd returns the end of the word starting at i: letters and digits with
// inner connectors (hyphen, period, apostrophe, ampersand, slash; comma and
// colon between digits), plus an abbreviation's final period.
func wordEnd(text string, i, e int) int {
	j := i
	seg := i // start of the current segment (after the last connector)
	for j < e {
		r, size := decode(text, j)
		if isWordRune(r) || garbledTail(text, j, r) {
			j += size
			continue
		}
		// a connector must be followed by a word rune
		if j+size >= e {
			break
		}
		next, _ := decode(text, j+size)
		if !isWordRune(next) {
			break
		}
		ok := false
		switch r {
		case '-', '‐', '–', '&', '/', '_', '@':
			ok = r != '–' || isDigit(text[j-1]) // 1990–95 only
		case '.':
			// "U.S", "Ph.D", "3.5", "e.g", "example.com"; not "end.The"
			switch {
			case isDigit(text[j-1]) && next >= '0' && next <= '9':
				ok = true
			case unicode.IsUpper(next):
				ok = utf8.RuneCountInString(text[seg:j]) <= 2
			default:
				ok = unicode.IsLower(next) || unicode.IsDigit(next)
			}
		case '\'', '’':
			ok = true
		case ',', ':':
			ok = isDigit(text[j-1]) && next >= '0' && next <= '9'
		}
		if !ok {
			break
		}
		j += size
		seg = j
	}
	// an abbreviation keeps its period
	if j < e && text[j] == '.' && (j+1 >= e || text[j+1] != '.') && isAbbrev(text[i:j]) {
		j++
	}
	return j
}

// word tokenizes the word text[s:e], splitting clitics and currency.
func word(text string, s, e int, toks []newsgraph.Token) []newsgraph.Token {
	w := text[s:e]
	// n't
	if len(w) > 3 {
		tail := w[len(w)-3:]
		if strings.EqualFold(tail, "n't") {
			return add(add(toks, text, s, e-3), text, e-3, e)
		}
	}
	if len(w) > 5 && strings.EqualFold(w[len(w)-5:], "n’t") {
		return add(add(toks, text, s, e-5), text, e-5, e)
	}
	// 's 're 've 'll 'd 'm (straight or curly apostrophe)
	for k := len(w) - 1; k > 0 && k >= len(w)-5; k-- {
		var size int
		switch {
		case w[k] == '\'':
			size = 1
		case k+3 <= len(w) && w[k:k+3] == "’":
			size = 3
		default:
			continue
		}
		switch strings.ToLower(w[k+size:]) {
		case "s", "re", "ve", "ll", "d", "m":
			// "O'Neill" is not split: only a short lower-case tail after letters
			return add(add(toks, text, s, s+k), text, s+k, e)
		}
		break
	}
	return add(toks, text, s, e)
}

// isAbbrev reports whether w (without its final period) is an abbreviation
// that keeps the period: a single letter (an initial), a dotted acronym
// ("U.S", "e.g", "Ph.D"), or a known abbreviation.
func isAbbrev(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLetter(r)
	}
	if strings.Contains(w, ".") {
		// every part short and alphabetic
		for _, p := range strings.Split(w, ".") {
			if p == "" || len(p) > 3 {
				return false
			}
			for _, r := range p {
				if !unicode.IsLetter(r) {
					return false
				}
			}
		}
		return true
	}
	_, ok := abbrevs[w]
	return ok
}

// urlLen returns the length of a URL or e-mail address at the start of s
// (trailing punctuation excluded), or 0.
func urlLen(s string) int {
	lower := s
	if len(lower) > 12 {
		lower = lower[:12]
	}
	lower = strings.ToLower(lower)
	isURL := strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "www.")
	if !isURL {
		// e-mail: word@word.tld
		at := strings.IndexByte(s, '@')
		if at <= 0 {
			return 0
		}
		for _, r := range s[:at] {
			if !(isWordRune(r) || r == '.' || r == '_' || r == '-' || r == '+') {
				return 0
			}
		}
		dot := strings.IndexByte(s[at:], '.')
		if dot < 2 || at+dot+1 >= len(s) || !isWordRune(rune(s[at+dot+1])) {
			return 0
		}
	}
	n := len(s)
	// exclude trailing punctuation, and a closing bracket without an opening one
	for n > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:n])
		if strings.ContainsRune(".,;:!?\"'’”»", r) {
			n -= size
			continue
		}
		if r == ')' && strings.Count(s[:n], "(") < strings.Count(s[:n], ")") {
			n -= size
			continue
		}
		break
	}
	return n
}

// abbrevs are abbreviations that keep their final period. Titles (which never
// end a sentence) are in titles as well.
var abbrevs = map[string]struct{}{}

// titles precede a name and never end a sentence.
var titles = map[string]struct{}{}

func init() {
	for _, w := range strings.Fields(`Mr Mrs Ms Messrs Mme Mlle Dr Prof Gen Sen Rep Reps Sens Gov Lt Col Maj
		Capt Cpt Sgt Cpl Pvt Adm Cmdr Cdr Brig Rev Hon Pres Supt Det Insp Fr Msgr Atty Amb Gens Rt
		St Ste Mt Ft Sgts Lieut Gov Govs Cmdt Ald Dist Ptr`) {
		titles[w] = struct{}{}
		abbrevs[w] = struct{}{}
	}
	for _, w := range strings.Fields(`Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
		Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
		Inc Corp Co Ltd Bros Plc Cos Assn Dept Univ Ave Blvd Rd Hwy Pl Sq Ct Ln Pkwy
		Jr Sr No Nos Nr Vol Vols Fig Figs Ch Sec Art Op Ed Eds Est Approx Ca
		etc vs al approx est dept fig cf ibid viz ca pp vol nos
		Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo
		Mont Neb Nebr Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo Ariz Alta Ont Que`) {
		abbrevs[w] = struct{}{}
	}
}
