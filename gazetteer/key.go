package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/datetext"
)

var foldLatin = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ç': 'c', 'è': 'e', 'é': 'e',
	'ê': 'e', 'ë': 'e', 'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ñ': 'n', 'ò': 'o', 'ó': 'o',
	'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o', 'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ý': 'y',
	'ÿ': 'y', 'ș': 's', 'ş': 's', 'ț': 't', 'ţ': 't', 'ł': 'l', 'ś': 's', 'ź': 'z', 'ż': 'z',
	'ć': 'c', 'č': 'c', 'š': 's', 'ž': 'z', 'ř': 'r', 'ě': 'e', 'ğ': 'g', 'ı': 'i',
}

// Key returns the form under which the gazetteer files a name: lower case,
// full stops dropped, curly apostrophes and dashes made plain, common Latin
// diacritics removed, white space collapsed, a leading "the " and a trailing
// possessive "'s" removed. Callers may use it to compare names the same way.
func Key(name string) string {
	var stack [64]byte
	b := stack[:0]
	space := false
	for i := 0; i < len(name); {
		c := name[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '.':
				continue
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '_':
				space = true
				continue
			case c == '`':
				c = '\''
			case c < 0x20 || c == 0x7f:
				continue
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			}
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(name[i:])
		i += size
		switch {
		case r == utf8.RuneError:
			continue
		case r == '’' || r == '‘':
			r = '\''
		case r == '–' || r == '—' || r == '‐':
			r = '-'
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := foldLatin[r]; ok {
			r = f
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = utf8.AppendRune(b, r)
	}
	if len(b) >= 4 && b[0] == 't' && b[1] == 'h' && b[2] == 'e' && b[3] == ' ' {
		b = b[4:]
	}
	if n := len(b); n > 3 && b[n-2] == '\'' && b[n-1] == 's' {
		b = b[:n-2]
	} else if n > 3 && b[n-2] == 's' && b[n-1] == '\'' {
		b = b[:n-1]
	}
	return string(b)
}

// validityDates reads the bounds of validity ranges and the dates checked
// against them: any year from 1 on, as entries may be historical.
var validityDates = datetext.Reader{MinYear: 1}

// normDate returns the first day (YYYY-MM-DD) of the period a date names, or
// its last day when end is true: "2024" is 2024-01-01 or 2024-12-31, "2024-02"
// 2024-02-01 or 2024-02-29, and a date or date-time its own day. It reads every
// form datetext.Reader.Parse reads and returns "" for anything else.
func normDate(s string, end bool) string {
	iso, ok := validityDates.Parse(s)
	if !ok {
		return ""
	}
	first, last, _ := datetext.Period(iso)
	if end {
		return last
	}
	return first
}
