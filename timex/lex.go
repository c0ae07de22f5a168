package timex

import (
	"unicode"
	"unicode/utf8"
)

// kind is the class of a lexer token.
type kind uint8

const (
	kWord  kind = iota // letters (any script), lower-cased in tok.w
	kNum               // digits, possibly with internal , . : / (e.g. "4:49", "8/7/98")
	kPunct             // any other single character
)

// tok is one lexer token. Offsets are bytes into the text.
type tok struct {
	s, e int
	w    string // lower-cased text (ASCII folding; non-ASCII kept as is)
	n    int    // numeric value of a plain digit token, -1 otherwise
	nd   uint8  // number of digits of a plain digit token
	k    kind
	cap  bool // first letter upper case
	up   bool // every letter upper case (and more than one letter)
	sp   bool // white space precedes the token
	nl   bool // a line break precedes the token
}

// lex splits text into tokens. It runs in linear time and never allocates more
// than one string per word token.
func lex(text string) []tok {
	toks := make([]tok, 0, len(text)/4+4)
	sp, nl := true, true
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			sp = true
			i++
			continue
		case c == '\n':
			sp, nl = true, true
			i++
			continue
		}
		start := i
		t := tok{s: i, n: -1, sp: sp, nl: nl}
		sp, nl = false, false
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				sp = true
				if r == '\u2028' || r == '\u2029' || r == '\u0085' {
					nl = true
				}
				i += size
				continue
			}
			if !unicode.IsLetter(r) {
				t.k = kPunct
				t.e = i + size
				t.w = text[i : i+size]
				toks = append(toks, t)
				i += size
				continue
			}
		}
		switch {
		case isDigit(c):
			j := i
			for j < len(text) {
				if isDigit(text[j]) {
					j++
					continue
				}
				if (text[j] == ',' || text[j] == '.' || text[j] == ':' || text[j] == '/') && j+1 < len(text) && isDigit(text[j+1]) {
					j++
					continue
				}
				break
			}
			t.k = kNum
			t.e = j
			t.w = text[i:j]
			plain := true
			for k := i; k < j; k++ {
				if !isDigit(text[k]) {
					plain = false
					break
				}
			}
			if plain && j-i <= 9 {
				v := 0
				for k := i; k < j; k++ {
					v = v*10 + int(text[k]-'0')
				}
				t.n = v
				t.nd = uint8(j - i)
			}
			i = j
		case isLetterStart(text, i):
			// a.m. / p.m. as one token
			if (c|0x20 == 'a' || c|0x20 == 'p') && i+2 < len(text) && text[i+1] == '.' && text[i+2]|0x20 == 'm' && (i+3 == len(text) || !isLetterStart(text, i+3)) {
				if i == 0 || !isLetterStart(text, i-1) {
					j := i + 3
					if j < len(text) && text[j] == '.' {
						j++
					}
					t.k = kWord
					t.e = j
					if c|0x20 == 'a' {
						t.w = "am"
					} else {
						t.w = "pm"
					}
					toks = append(toks, t)
					i = j
					continue
				}
			}
			j := i
			upper, letters, ascii := 0, 0, true
			for j < len(text) {
				b := text[j]
				if b < utf8.RuneSelf {
					if !isASCIILetter(b) {
						break
					}
					if b >= 'A' && b <= 'Z' {
						upper++
					}
					letters++
					j++
					continue
				}
				r, size := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				ascii = false
				if unicode.IsUpper(r) {
					upper++
				}
				letters++
				j += size
			}
			t.k = kWord
			t.e = j
			raw := text[i:j]
			t.cap = upper > 0 && (raw[0] >= 'A' && raw[0] <= 'Z' || !ascii && unicode.IsUpper(firstRune(raw)))
			t.up = letters > 1 && upper == letters
			if upper == 0 {
				t.w = raw
			} else if ascii {
				var buf [24]byte
				var b []byte
				if len(raw) <= len(buf) {
					b = buf[:len(raw)]
				} else {
					b = make([]byte, len(raw))
				}
				for k := 0; k < len(raw); k++ {
					x := raw[k]
					if x >= 'A' && x <= 'Z' {
						x += 'a' - 'A'
					}
					b[k] = x
				}
				// words of the lexicons share one string: no allocation for "The", "In"
				if c, ok := canon[string(b)]; ok {
					t.w = c
				} else {
					t.w = string(b)
				}
			} else {
				t.w = lowerString(raw)
			}
			i = j
		default:
			_, size := utf8.DecodeRuneInString(text[i:])
			t.k = kPunct
			t.e = i + size
			t.w = text[start : i+size]
			// normalise typographic apostrophes and dashes
			switch t.w {
			case "\u2019", "\u2018":
				t.w = "'"
			case "\u2013", "\u2014":
				t.w = "-"
			}
			i += size
		}
		toks = append(toks, t)
	}
	return toks
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isLetterStart(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lowerString(s string) string {
	b := make([]rune, 0, len(s))
	for _, r := range s {
		b = append(b, unicode.ToLower(r))
	}
	return string(b)
}
