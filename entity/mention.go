package entity

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/gazetteer"
)

// mention is one span naming an entity, with what linking needs to know of it.
type mention struct {
	span  newsgraph.Span
	text  string // the body text of the span
	typ   string // entity type the tagger gave
	clean string // text without a leading "the", honorifics, titles or a possessive
	key   string // gazetteer.Key(clean)
	toks  []string
	title []string // title words stripped from the front of a PERSON mention ("President")
	added bool     // found by this stage (a defined acronym), not by the tagger
	front int      // words dropped from the front of text ("the", honorifics, titles)
	ntoks []string // toks without initials, for matching person names
}

var typeAliases = map[string]string{
	"PER": newsgraph.EntityPerson, "PERSON": newsgraph.EntityPerson, "ORG": newsgraph.EntityOrg,
	"ORGANIZATION": newsgraph.EntityOrg, "GPE": newsgraph.EntityGPE, "LOC": newsgraph.EntityLoc,
	"LOCATION": newsgraph.EntityLoc, "NORP": newsgraph.EntityNORP, "MISC": newsgraph.EntityMisc,
}

func normType(t string) string {
	if n, ok := typeAliases[strings.ToUpper(strings.TrimSpace(t))]; ok {
		return n
	}
	return newsgraph.EntityMisc
}

// honorifics are dropped from the front of a person's name and are not roles.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "sir": true,
	"dame": true, "lord": true, "lady": true, "madam": true, "madame": true, "monsieur": true,
	"herr": true, "frau": true, "senor": true, "señor": true, "senora": true, "hon": true,
}

// nameSuffixes are dropped from the end of a person's name for matching.
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true, "phd": true}

// collect gathers the tagger's mentions, dropping those whose spans do not fit
// the body, and returns them sorted by position, duplicates removed.
func collect(a *newsgraph.Article) (ms []*mention, dropped int) {
	n := len(a.Body)
	seen := map[newsgraph.Span]bool{}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if !m.Span.Valid(n) || m.Len() == 0 || seen[m.Span] {
				if !seen[m.Span] {
					dropped++
				}
				continue
			}
			seen[m.Span] = true
			ms = append(ms, splitDefinition(a.Body, &mention{span: m.Span, text: a.Body[m.Start:m.End], typ: normType(e.Type)})...)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].span.Start != ms[j].span.Start {
			return ms[i].span.Start < ms[j].span.Start
		}
		return ms[i].span.End > ms[j].span.End
	})
	return ms, dropped
}

// prepare fills clean, key, toks, title and front.
func (s *Stage) prepare(m *mention) {
	words := strings.Fields(m.text)
	front := 0
	drop := func(n int) {
		words = words[n:]
		front += n
	}
	if len(words) > 1 && strings.EqualFold(words[0], "the") {
		drop(1)
	}
	if len(words) > 0 {
		last, _ := stripPossessive(words[len(words)-1])
		words[len(words)-1] = last
	}
	if m.typ == newsgraph.EntityPerson {
		// Strip honorifics and titles: "Mr.", "President", "Foreign Minister".
		for len(words) > 1 {
			k := gazetteer.Key(words[0])
			if honorifics[k] {
				drop(1)
				continue
			}
			if n := s.titleLen(words); n > 0 && n < len(words) {
				m.title = append(m.title, words[:n]...)
				drop(n)
				continue
			}
			break
		}
		// A role inside the span: "Uralsib analyst Chris Weafer".
		if len(words) >= 4 {
			for k := len(words) - 3; k >= 1; k-- {
				if a, ok := s.gaz().Agent(words[k]); ok && a.Role {
					m.title = append(m.title, words[:k+1]...)
					drop(k + 1)
					break
				}
			}
		}
	}
	m.front = front
	m.clean = strings.Join(words, " ")
	if m.typ == newsgraph.EntityPerson {
		// "Jr." and "III" stay in the name but not in the key it is matched by.
		for len(words) > 1 && nameSuffixes[strings.Trim(gazetteer.Key(words[len(words)-1]), ",")] {
			words = words[:len(words)-1]
		}
	}
	m.key = gazetteer.Key(strings.Join(words, " "))
	if m.typ == newsgraph.EntityOrg || m.typ == newsgraph.EntityMisc {
		m.key = stripCorporate(m.key)
	}
	m.toks = m.toks[:0]
	for _, w := range words {
		if k := strings.Trim(gazetteer.Key(w), ",;:"); k != "" {
			m.toks = append(m.toks, k)
		}
	}
	m.ntoks = computeNameTokens(m)
}

// titleLen returns how many leading words of a person mention form a title
// ("President", "Prime Minister", "Gen.", "Deputy Foreign Minister"), or 0.
func (s *Stage) titleLen(words []string) int {
	best := 0
	for n := 1; n <= 4 && n < len(words); n++ {
		if !capitalised(words[n-1]) {
			break
		}
		phrase := strings.Join(words[:n], " ")
		if a, ok := s.gaz().Agent(phrase); ok && a.Role {
			best = n
			continue
		}
		if roleModifiers[gazetteer.Key(words[n-1])] {
			continue
		}
		break
	}
	return best
}

// nameTokens returns the tokens used to match person names: the mention's
// tokens without initials.
func nameTokens(m *mention) []string { return m.ntoks }

func computeNameTokens(m *mention) []string {
	var out []string
	for _, t := range m.toks {
		if len([]rune(t)) > 1 {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return m.toks
	}
	return out
}

// subsequence reports whether every token of short appears in long, in order.
func subsequence(short, long []string) bool {
	j := 0
	for _, t := range long {
		if j < len(short) && short[j] == t {
			j++
		}
	}
	return j == len(short) && len(short) > 0
}

// splitDefinition splits a mention the tagger made of a name and its acronym,
// "Committee to Protect Journalists (CPJ)", into the two.
func splitDefinition(body string, m *mention) []*mention {
	t := m.text
	if !strings.HasSuffix(t, ")") {
		return []*mention{m}
	}
	open := strings.LastIndex(t, "(")
	if open <= 0 || !looksLikeAcronym(t[open+1:len(t)-1]) {
		return []*mention{m}
	}
	name := strings.TrimRight(t[:open], " ")
	if name == "" {
		return []*mention{m}
	}
	s := m.span.Start
	return []*mention{
		{span: newsgraph.Span{Start: s, End: s + len(name)}, text: name, typ: m.typ},
		{span: newsgraph.Span{Start: s + open + 1, End: m.span.End - 1}, text: t[open+1 : len(t)-1], typ: m.typ},
	}
}

// corporateSuffixes are dropped from the end of organisation names when
// comparing them: "Apple Inc." is "Apple".
var corporateSuffixes = map[string]bool{"inc": true, "corp": true, "corporation": true, "co": true,
	"llc": true, "plc": true, "ltd": true, "limited": true, "group": true, "ag": true, "sa": true,
	"nv": true, "gmbh": true, "holdings": true, "company": true, "incorporated": true}

func stripCorporate(key string) string {
	for {
		i := strings.LastIndexByte(key, ' ')
		if i <= 0 {
			return key
		}
		last := strings.Trim(key[i+1:], ",")
		if !corporateSuffixes[last] {
			return strings.TrimRight(key, ",")
		}
		key = strings.TrimRight(key[:i], ",")
	}
}
