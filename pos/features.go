package pos

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feature templates. Each feature is a 64-bit hash of its template and its
// values; only the hashes are stored in a model.
const (
	fBias uint64 = iota + 1
	fWord
	fSuffix3
	fSuffix2
	fSuffix4
	fPrefix1
	fShape
	fPrev
	fPrev2
	fPrevBoth
	fPrevWord
	fWordBefore
	fSuffixBefore
	fWord2Before
	fWordAfter
	fSuffixAfter
	fWord2After
	fFirstCap
	fBeforeWord
	fWordNext
	fPrevNext
	fLemma
	fLemmaPrev
	fLemmaNext
	fVerbYet
	fVerbYetNext
)

// Hashing: FNV-1a over the template and the strings, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func feat(tpl uint64, s string) uint64 {
	h := (fnvOffset ^ tpl) * fnvPrime
	return hashAdd(h, s)
}

func feat2(tpl uint64, a, b string) uint64 {
	return feat3(tpl, a, "", b)
}

// feat3 hashes like feat2(tpl, a1+a2, b) without building a1+a2.
func feat3(tpl uint64, a1, a2, b string) uint64 {
	h := (fnvOffset ^ tpl) * fnvPrime
	h = hashAdd(hashAdd(h, a1), a2)
	h ^= 0xff
	h *= fnvPrime
	return hashAdd(h, b)
}

// featShape hashes like feat(tpl, s.String()) without building the string.
func featShape(tpl uint64, s *shape) uint64 {
	h := (fnvOffset ^ tpl) * fnvPrime
	for _, c := range s.b[:s.n] {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// word is what the features read of one token.
type word struct {
	raw   string // with typographic quotes and apostrophes made plain
	norm  string // lower-cased, numbers folded
	shape shape
	// lemma is the class of the word's possible base forms (lemmaVerb,
	// lemmaNoun) and its ending ("s", "ed", "ing", "-"), as one feature value.
	lemma string
}

// shape is a word's shape ("XxXx", "X.X.", "dx"), kept in an array so that
// preparing a word does not allocate.
type shape struct {
	b [16]byte
	n uint8
}

func (s *shape) String() string { return string(s.b[:s.n]) }

// plain replaces typographic quotation marks and apostrophes with their ASCII
// forms, as the training data writes them.
var plain = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "„", "\"", "«", "\"", "»", "\"", "`", "'", "–", "-", "—", "--")

// plainWord prepares token text w for the features, all but its lemma class.
func plainWord(w string) word {
	raw := w
	if !isASCII(w) {
		raw = plain.Replace(w)
	}
	return word{raw: raw, norm: normalize(raw), shape: shapeOf(raw)}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// normalize lower-cases w and folds numbers: a four-digit year-like number to
// "!YEAR", any other token of digits and separators to "!DIGITS".
func normalize(w string) string {
	digits, other := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == ',' || c == '.' || c == ':' || c == '/' || c == '-':
		default:
			other++
		}
	}
	if digits > 0 && other == 0 {
		if len(w) == 4 && digits == 4 && (w[0] == '1' || w[0] == '2') {
			return "!YEAR"
		}
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

// shapeOf maps letters to X/x and digits to d, collapsing repeats: "McCain" ->
// "XxXx", "U.S." -> "X.X.", "1990s" -> "dx", "-" -> "-".
func shapeOf(w string) shape {
	var b [16]byte
	n := 0
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		last = c
		if n == len(b) {
			break
		}
		b[n] = c
		n++
	}
	return shape{b: b, n: uint8(n)}
}

// suffix returns the last n bytes of s (whole runes), or s when shorter.
func suffix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// history is what the features know of the tags already given in a sentence.
type history struct {
	p1, p2 string // the two previous tags ("" at the sentence start)
	finite bool   // a finite verb has been tagged earlier in the sentence
}

// push records the tag of the next token.
func (h *history) push(tag string) {
	h.p2, h.p1 = h.p1, tag
	if IsFinite(tag) {
		h.finite = true
	}
}

// features appends the feature hashes of token i of ws, given the tags so far.
func features(buf []uint64, ws []word, i int, h history) []uint64 {
	w := ws[i]
	p1, p2 := h.p1, h.p2
	verbYet := "n"
	if h.finite {
		verbYet = "y"
	}
	at := func(k int) *word {
		if k < 0 || k >= len(ws) {
			return nil
		}
		return &ws[k]
	}
	str := func(x *word, start, end string) string {
		if x == nil {
			return start + end
		}
		return x.norm
	}
	suf := func(x *word) string {
		if x == nil {
			return "^$"
		}
		return suffix(x.norm, 3)
	}
	if p1 == "" {
		p1 = "^"
	}
	if p2 == "" {
		p2 = "^"
	}
	prefix := w.norm
	if len(prefix) > 1 {
		_, n := utf8.DecodeRuneInString(prefix)
		prefix = prefix[:n]
	}
	b1, b2, a1, a2 := at(i-1), at(i-2), at(i+1), at(i+2)
	buf = append(buf,
		fBias,
		feat(fWord, w.norm),
		feat(fSuffix3, suffix(w.norm, 3)),
		feat(fSuffix2, suffix(w.norm, 2)),
		feat(fSuffix4, suffix(w.norm, 4)),
		feat(fPrefix1, prefix),
		featShape(fShape, &w.shape),
		feat(fPrev, p1),
		feat(fPrev2, p2),
		feat2(fPrevBoth, p1, p2),
		feat2(fPrevWord, p1, w.norm),
		feat(fWordBefore, str(b1, "^", "")),
		feat(fSuffixBefore, suf(b1)),
		feat(fWord2Before, str(b2, "^", "^")),
		feat(fWordAfter, str(a1, "$", "")),
		feat(fSuffixAfter, suf(a1)),
		feat(fWord2After, str(a2, "$", "$")),
		feat2(fBeforeWord, str(b1, "^", ""), w.norm),
		feat2(fWordNext, w.norm, str(a1, "$", "")),
		feat2(fPrevNext, p1, str(a1, "$", "")),
		feat(fLemma, w.lemma),
		feat2(fLemmaPrev, w.lemma, p1),
		feat2(fLemmaNext, w.lemma, str(a1, "$", "")),
		feat2(fVerbYet, verbYet, w.lemma),
		feat3(fVerbYetNext, verbYet, w.lemma, str(a1, "$", "")),
	)
	if i == 0 {
		buf = append(buf, featShape(fFirstCap, &w.shape))
	}
	return buf
}
