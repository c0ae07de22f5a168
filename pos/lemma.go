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

// candidates returns the possible base forms of a lower-cased word of unknown
// tag, with the name of its ending ("s", "ed", "ing", "-"). A base form is
// tried with and without a final "e" ("argued" -> "argu", "argue").
func candidates(w string, out []string) ([]string, string) {
	out = out[:0]
	switch {
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		b := stripS(w)
		out = append(out, b)
		if strings.HasSuffix(w, "es") && b == w[:len(w)-2] {
			out = append(out, w[:len(w)-1])
		}
		return out, "s"
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		b := stripED(w)
		return append(out, b, b+"e"), "ed"
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		b := stripING(w)
		return append(out, b, b+"e"), "ing"
	}
	return append(out, w), "-"
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

// lemmaClass returns the classes of a word's possible base forms, OR-ed, and
// the name of its ending.
func (m *Model) lemmaClass(norm string) (uint8, string) {
	var buf [3]string
	cs, end := candidates(norm, buf[:0])
	var c uint8
	for _, b := range cs {
		c |= m.lemmas[feat(0, b)]
	}
	return c, end
}
