// Package mojibake repairs text that was encoded as UTF-8 and then decoded
// again as Windows-1252 or Latin-1, the commonest way scraped news text gets
// garbled: "FranÃ§ois" for "François", "donâ€™t" for "don’t", and, when it
// happened twice, "FranÃƒÂ§ois". Only sequences that read back as valid
// UTF-8 for a non-ASCII character are replaced, so ordinary accented text
// ("São Paulo", "Ärzte", "naïve") is left alone. A lead character in
// decomposed form ("A" and a combining tilde) counts as the composed one.
package mojibake

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxPasses bounds how many layers of double encoding Repair undoes.
const maxPasses = 3

// Repair returns s with its mojibake sequences decoded and the number of
// sequences it replaced, over all passes.
func Repair(s string) (string, int) {
	total := 0
	for pass := 0; pass < maxPasses; pass++ {
		out, n := repairOnce(s)
		if n == 0 {
			break
		}
		s, total = out, total+n
	}
	return s, total
}

// repairOnce decodes, left to right, every run of characters whose
// Windows-1252 (or Latin-1) bytes form one valid multi-byte UTF-8 sequence.
func repairOnce(s string) (string, int) {
	if !hasLead(s) {
		return s, 0
	}
	var b strings.Builder
	b.Grow(len(s))
	n := 0
	var seq [4]byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < utf8.RuneSelf && i+size < len(s) {
			// a lead in decomposed form, "A" and a combining tilde for "Ã",
			// as text normalised to NFD after it was garbled has it
			if m, msize := utf8.DecodeRuneInString(s[i+size:]); m >= 0x300 && m <= 0x36f {
				if c := norm.NFC.String(s[i : i+size+msize]); utf8.RuneCountInString(c) == 1 {
					if cr, _ := utf8.DecodeRuneInString(c); continuations(cr) > 0 {
						r, size = cr, size+msize
					}
				}
			}
		}
		need := continuations(r)
		if need == 0 {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		seq[0] = byte(r)
		j, ok := i+size, true
		for k := 1; k <= need; k++ {
			if j >= len(s) {
				ok = false
				break
			}
			c, csize := utf8.DecodeRuneInString(s[j:])
			cb, isByte := windows1252Byte(c)
			if !isByte || cb < 0x80 || cb > 0xbf {
				ok = false
				break
			}
			seq[k] = cb
			j += csize
		}
		if ok {
			if fixed, fsize := utf8.DecodeRune(seq[:need+1]); fixed != utf8.RuneError && fsize == need+1 && fixed >= 0x80 {
				b.WriteRune(fixed)
				n++
				i = j
				continue
			}
		}
		b.WriteString(s[i : i+size])
		i += size
	}
	if n == 0 {
		return s, 0
	}
	return b.String(), n
}

// hasLead reports whether s may hold a character that opens a mojibake
// sequence (U+00C2 to U+00F4 all start with the byte 0xC3 in UTF-8; a
// combining tilde or circumflex, 0xCC 0x83 or 0xCC 0x82, may make one from a
// plain "A"), so that text without one costs a byte scan and no copy.
func hasLead(s string) bool {
	return strings.IndexByte(s, 0xc3) >= 0 || strings.IndexByte(s, 0xcc) >= 0
}

// continuations returns how many continuation bytes follow r read as the
// lead byte of a UTF-8 sequence (U+00C2 Â to U+00F4 ô), 0 for anything else.
func continuations(r rune) int {
	switch {
	case r >= 0xc2 && r <= 0xdf:
		return 1
	case r >= 0xe0 && r <= 0xef:
		return 2
	case r >= 0xf0 && r <= 0xf4:
		return 3
	}
	return 0
}

// windows1252Byte returns the byte Windows-1252 encodes r as, falling back
// to Latin-1 for U+0080 to U+00FF (which covers the five bytes Windows-1252
// leaves undefined, kept as C1 controls by most decoders).
func windows1252Byte(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	b, ok := cp1252High[r]
	return b, ok
}

// cp1252High maps the characters Windows-1252 puts at bytes 0x80 to 0x9F.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
	'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
	'–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
}
