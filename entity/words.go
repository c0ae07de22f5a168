package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word or punctuation mark of a stretch of the body, with its byte
// offsets into the body.
type word struct {
	text       string
	start, end int
	punct      bool
}

// abbrevs are words that take a full stop without ending a sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "col": true, "lt": true, "capt": true, "sgt": true, "maj": true,
	"adm": true, "brig": true, "rev": true, "st": true, "jr": true, "sr": true, "ft": true,
	"no": true, "vs": true, "cmdr": true, "supt": true, "insp": true, "pres": true, "amb": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sept": true, "sep": true,
	"oct": true, "nov": true, "dec": true, "inc": true, "corp": true, "co": true, "ltd": true,
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// lex splits body[from:to] into words. A word keeps inner apostrophes, hyphens
// and ampersands ("minister's", "Jean-Claude", "AT&T") and the full stops of
// initials and known abbreviations ("U.S.", "Gen.").
func lex(body string, from, to int) []word {
	if from < 0 {
		from = 0
	}
	if to > len(body) {
		to = len(body)
	}
	if from >= to {
		return nil
	}
	out := make([]word, 0, (to-from)/5+2)
	i := from
	for i < to {
		r, size := utf8.DecodeRuneInString(body[i:to])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError && size <= 1:
			i += size
		case isWordRune(r):
			j := i + size
			for j < to {
				r2, s2 := utf8.DecodeRuneInString(body[j:to])
				if isWordRune(r2) {
					j += s2
					continue
				}
				if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '&' {
					if r3, _ := utf8.DecodeRuneInString(body[j+s2 : to]); j+s2 < to && isWordRune(r3) {
						j += s2
						continue
					}
				}
				if r2 == '.' {
					w := body[i:j]
					if utf8.RuneCountInString(w) == 1 || strings.Contains(w, ".") || abbrevs[strings.ToLower(w)] {
						j += s2
						continue
					}
				}
				break
			}
			out = append(out, word{text: body[i:j], start: i, end: j})
			i = j
		default:
			out = append(out, word{text: body[i : i+size], start: i, end: i + size, punct: true})
			i += size
		}
	}
	return out
}

// capitalised reports whether w starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// stripPossessive removes a trailing "'s" or "’s" (or a bare apostrophe after s).
func stripPossessive(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	if (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) && len(w) > 2 {
		return strings.TrimRight(strings.TrimSuffix(w, "’"), "'"), true
	}
	return w, false
}

// sentences finds sentence bounds for the article: its own Sentences when the
// tokenizer filled them, else a simple split at ". ", "! ", "? " (not after an
// abbreviation or an initial) and at line breaks.
func sentences(body string, given []spanLike) []spanLike {
	var ok []spanLike
	for _, s := range given {
		if s.start >= 0 && s.start <= s.end && s.end <= len(body) {
			ok = append(ok, s)
		}
	}
	if len(ok) > 0 {
		sort.Slice(ok, func(i, j int) bool { return ok[i].start < ok[j].start })
		return ok
	}
	var out []spanLike
	start := 0
	for i := 0; i < len(body); i++ {
		c := body[i]
		end := -1
		switch c {
		case '\n':
			end = i
		case '.', '!', '?':
			if i+1 < len(body) && (body[i+1] == ' ' || body[i+1] == '\n') {
				if c == '.' && endsWithAbbrev(body[start:i]) {
					continue
				}
				end = i + 1
			}
		}
		if end >= 0 {
			if end > start {
				out = append(out, spanLike{start, end})
			}
			start = end
			if c == '\n' {
				start = i + 1
			}
		}
	}
	if start < len(body) {
		out = append(out, spanLike{start, len(body)})
	}
	return out
}

// endsWithAbbrev reports whether s ends with an abbreviation or an initial
// (so that a following full stop does not end the sentence).
func endsWithAbbrev(s string) bool {
	j := len(s)
	i := j
	for i > 0 && (s[i-1] >= 'a' && s[i-1] <= 'z' || s[i-1] >= 'A' && s[i-1] <= 'Z' || s[i-1] == '.') {
		i--
	}
	w := s[i:j]
	if w == "" {
		return false
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	if strings.Contains(w, ".") {
		return true
	}
	return abbrevs[strings.ToLower(w)]
}

// spanLike is a half-open byte range.
type spanLike struct{ start, end int }
