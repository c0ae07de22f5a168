package quote

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
)

// claimThreshold is the content-word overlap (Dice coefficient) above which two
// statements are taken to be about the same proposition.
const claimThreshold = 0.5

// anaphoric contents of a denial or confirmation that point back at an earlier
// claim ("denied the reports", "rejected the claim").
var claimNouns = set("report", "reports", "claim", "claims", "allegation", "allegations", "accusation",
	"accusations", "charge", "charges", "story", "stories", "rumor", "rumors", "rumour", "rumours", "it", "this",
	"that", "account", "accounts", "assertion", "assertions", "suggestion", "idea")

// stop words left out of the content comparison.
var stopWords = set("the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "is", "are",
	"was", "were", "be", "been", "has", "have", "had", "that", "this", "it", "its", "he", "she", "they", "we",
	"i", "you", "his", "her", "their", "our", "will", "would", "not", "no", "with", "by", "as", "from", "there",
	"would", "could", "should", "did", "do", "does", "n't", "said", "says", "say")

// negations flip the polarity of a statement's content.
var negations = set("not", "n't", "no", "never", "none", "nothing", "neither", "nor")

// groupClaims links statements about the same proposition into claim groups:
// two statements whose content words overlap enough (Dice >= claimThreshold), and
// a denial or confirmation whose content only points back ("denied the reports")
// to the most recent statement before it. Groups of one are left at -1; group
// numbers run from 0 in text order.
func groupClaims(a *newsgraph.Article, ats []Attribution, qs []newsgraph.Quote) {
	n := len(qs)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j int) { parent[find(i)] = find(j) }
	bags := make([][]uint64, n)
	for i := range qs {
		bags[i] = contentWords(qs[i].Text)
	}
	const window = 200 // compare each statement with at most this many before it
	for i := range qs {
		words := strings.Fields(strings.ToLower(qs[i].Text))
		if len(words) > 0 && len(words) <= 3 && claimNouns[strings.Trim(words[len(words)-1], ".,;:")] {
			// "denied the reports": the nearest earlier statement by someone else
			for j := i - 1; j >= 0 && j >= i-window; j-- {
				if qs[j].SpeakerText.Text != qs[i].SpeakerText.Text || qs[i].Speaker == "" || qs[j].Speaker != qs[i].Speaker {
					union(i, j)
					break
				}
			}
			continue
		}
		for j := i - 1; j >= 0 && j >= i-window; j-- {
			if dice(bags[i], bags[j]) >= claimThreshold {
				union(i, j)
			}
		}
	}
	ids := map[int]int{}
	size := map[int]int{}
	for i := range qs {
		size[find(i)]++
	}
	for i := range qs {
		root := find(i)
		if size[root] < 2 {
			qs[i].Claim = -1
			continue
		}
		id, ok := ids[root]
		if !ok {
			id = len(ids)
			ids[root] = id
		}
		qs[i].Claim = id
	}
}

// Polarity returns 1 when the statement asserts its content and -1 when it
// denies or rejects it (a denial cue, or a negated content with an asserting
// cue counts as the denial of the positive proposition).
func Polarity(at Attribution, body string) int {
	p := at.Polarity
	if p == 0 {
		p = polAssert
	}
	neg := false
	for _, pc := range at.Pieces {
		if !pc.Valid(len(body)) {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(body[pc.Start:pc.End]), splitWord) {
			if negations[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
				neg = !neg
				break
			}
		}
	}
	if neg {
		p = -p
	}
	return p
}

func splitWord(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
}

// contentWords returns the sorted, de-duplicated hashes of the lower-cased
// content words of a text, crudely stemmed (plural and past endings cut) so
// "raises taxes" meets "raised tax".
func contentWords(text string) []uint64 {
	var out []uint64
	for _, w := range strings.FieldsFunc(strings.ToLower(text), splitWord) {
		if stopWords[w] || negations[w] || len(w) < 3 {
			continue
		}
		h := fnv.New64a()
		h.Write([]byte(stem(w)))
		out = append(out, h.Sum64())
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// dice returns 2|a∩b| / (|a|+|b|) of two sorted sets.
func dice(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(n) / float64(len(a)+len(b))
}
