package event

import "slices"

// Event statuses.
const (
	StatusHappened     = "happened"
	StatusPlanned      = "planned"
	StatusHypothetical = "hypothetical"
	StatusNegated      = "negated"
	StatusClaimed      = "claimed"
)

// Coder codes the events of sentences. The zero value is not usable: use
// NewCoder. A Coder is safe for concurrent use.
type Coder struct {
	lex   *lexicon
	names Names
}

// NewCoder returns a coder with the built-in trigger lexicon and the given
// actor names (DefaultNames() when nil).
func NewCoder(names Names) *Coder {
	if names == nil {
		names = DefaultNames()
	}
	return &Coder{lex: defaultLexicon, names: names}
}

// match is one trigger pattern found in a sentence.
type match struct {
	pat        *pattern
	start, end int // word indexes of the trigger, end exclusive
	score      float64
	governor   int // index of the governing match (accuse, agree to, deny ...), -1 when none
	status     string
	// transparent: a verb that hands the main event to the act it
	// introduces ("ordered the arrest").
	transparent bool
	dropped     bool // not an event of its own (see reducedRelative)
}

// maxMatchesPerSentence bounds the triggers coded in one sentence.
const maxMatchesPerSentence = 64

// findMatches returns the non-overlapping trigger matches of ws, longer
// patterns first.
func (c *Coder) findMatches(ws []word) []match {
	var all []match
	headline := isHeadline(ws)
	for i := range ws {
		for _, pi := range c.lex.first[ws[i].low] {
			p := c.lex.pats[pi]
			if p.verb && i > 0 && ws[i].upper && !ws[i].caps && !headline {
				continue // "March", "Strike Force": a capitalised verb form mid-sentence is a name
			}
			if end, ok := matchAt(p, ws, i); ok {
				all = append(all, match{pat: p, start: i, end: end})
			}
		}
	}
	if len(all) == 0 {
		return nil
	}
	// Longer (more specific) patterns win; among equals, the earlier line.
	slices.SortStableFunc(all, func(a, b match) int {
		if la, lb := a.pat.length(), b.pat.length(); la != lb {
			return lb - la
		}
		if a.pat.verb != b.pat.verb {
			if a.pat.verb {
				return -1
			}
			return 1
		}
		if a.start != b.start {
			return a.start - b.start
		}
		return a.pat.line - b.pat.line
	})
	used := make([]bool, len(ws))
	var out []match
	for _, m := range all {
		// The head word must be free; the words after it may be shared
		// ("suspended ... military aid" and "military aid").
		clash := false
		for k := m.start; k < m.end; k++ {
			if used[k] {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		for k := m.start; k < m.end; k++ {
			used[k] = true
		}
		out = append(out, m)
		if len(out) == maxMatchesPerSentence {
			break
		}
	}
	slices.SortFunc(out, func(a, b match) int { return a.start - b.start })
	return out
}

// maxGap is the most words a "*" in a pattern skips.
const maxGap = 5

// gapStops are the punctuation marks a gap in a pattern does not cross.
var gapStops = set(",", ";", ":", ".", "(", ")", "\"", "“", "”", "?", "!", "--", "—", "–")

// matchAt matches p at word i and returns the end of the match.
func matchAt(p *pattern, ws []word, i int) (int, bool) {
	return matchFrom(p.words, ws, i)
}

func matchFrom(pw []map[string]bool, ws []word, i int) (int, bool) {
	if len(pw) == 0 {
		return i, true
	}
	if pw[0] == nil || isGapOne(pw[0]) { // gap
		k0 := 0
		if pw[0] != nil {
			k0 = 1
			if i >= len(ws) || ws[i].punct && gapStops[ws[i].low] {
				return 0, false
			}
		}
		for k := k0; k <= maxGap && i+k <= len(ws); k++ {
			if i+k > i && ws[i+k-1].punct && gapStops[ws[i+k-1].low] {
				break // a gap does not cross punctuation
			}
			if end, ok := matchFrom(pw[1:], ws, i+k); ok {
				return end, true
			}
		}
		return 0, false
	}
	if i >= len(ws) || !pw[0][ws[i].low] {
		return 0, false
	}
	return matchFrom(pw[1:], ws, i+1)
}

// isHeadline reports whether most words of ws are capitalised ("U.S. Lifts
// Travel Ban"), where a capital says nothing about names.
func isHeadline(ws []word) bool {
	n, up := 0, 0
	for _, w := range ws {
		if w.punct || len(w.low) < 4 {
			continue
		}
		n++
		if w.upper {
			up++
		}
	}
	return n >= 3 && up*10 >= n*7
}
