package pos

import "strings"

// Lemma classes: whether a word's base form was seen in the training data as
// a verb, as a noun, or both. They let the tagger read an inflected form it
// never saw ("argues", "flouted") by what it knows of the base ("argue").
const (
	lemmaVerb uint8 = 1 << iota
	lemmaNoun
)

// lemmaOf returns the base form of a lower-cased word known to carry tag:
// "argues"/VBZ -> "argue", "denied"/VBD -> "deny", "talks"/NNS -> "talk". It
// returns "" for tags without inflection of interest.
func lemmaOf(w, tag string) string {
	switch tag {
	case "VB", "VBP", "NN":
		return w
	case "VBZ", "NNS":
		return stripS(w)
	case "VBD", "VBN":
		return stripED(w)
	case "VBG":
		return stripING(w)
	}
	return ""
}

func stripS(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 2:
		return w[:len(w)-1]
	}
	return w
}

func stripED(w string) string {
	switch {
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ed") && len(w) > 3:
		return w[:len(w)-2]
	}
	return w
}

func stripING(w string) string {
	if strings.HasSuffix(w, "ing") && len(w) > 4 {
		return w[:len(w)-3]
	}
	return w
}

// Endings of a word of unknown tag, as lemmaClass names them.
const (
	endNone = iota // "-"
	endS           // "s"
	endED          // "ed"
	endING         // "ing"
)

// lemmaNames are the feature values of each ending and class ("s3": an "-s"
// word whose base was seen as verb and noun), built once.
var lemmaNames = func() (n [4][4]string) {
	for e, name := range [4]string{"-", "s", "ed", "ing"} {
		for c := range n[e] {
			n[e][c] = name + string(rune('0'+c))
		}
	}
	return
}()

// lemmaClass returns the classes of a lower-cased word's possible base forms,
// OR-ed, and its ending. A base form is tried with and without a final "e"
// ("argued" -> "argu", "argue"); "-es" words both without "es" and without "s".
func (m *Model) lemmaClass(w string) (uint8, int) {
	look := func(b string, withE bool) uint8 {
		h := feat(0, b)
		c := m.lemmas[h]
		if withE {
			c |= m.lemmas[hashAdd(h, "e")]
		}
		return c
	}
	switch {
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		b := stripS(w)
		c := look(b, false)
		if strings.HasSuffix(w, "es") && b == w[:len(w)-2] {
			c |= look(w[:len(w)-1], false)
		}
		return c, endS
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		return look(stripED(w), true), endED
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		return look(stripING(w), true), endING
	}
	return look(w, false), endNone
}

// buildLemmas returns the lemma classes of the training words, keyed by the
// hash of the lemma.
func buildLemmas(sents []Sentence) map[uint64]uint8 {
	out := map[uint64]uint8{}
	for _, s := range sents {
		for i, w := range s.Words {
			tag := s.Tags[i]
			l := lemmaOf(strings.ToLower(w), tag)
			if l == "" {
				continue
			}
			bit := lemmaNoun
			if IsVerb(tag) {
				bit = lemmaVerb
			}
			out[feat(0, l)] |= bit
		}
	}
	return out
}
