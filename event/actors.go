package event

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// Names tells the coder which words name actors: countries and their
// demonyms, cities, organisations, and generic agent words ("police",
// "foreign minister") with their PLOVER sectors. NewGazetteerNames builds one
// from the gazetteer package.
type Names interface {
	// Match looks at the lower-cased words starting at ws[i] and returns the
	// actor they name and how many words it spans (0 when none).
	Match(ws []word, i int) (a newsgraph.Actor, n int)
}

// chunk is one actor named in a sentence: a run of words (demonym, agent
// words, names) that together name one actor.
type chunk struct {
	start, end int // word indexes, end exclusive
	actor      newsgraph.Actor
	hasCountry bool
	rank       int // entityRank of actor.Entity
}

// connectors may sit inside one actor's name: "Iran 's foreign minister",
// "Minister of Defence".
var connectors = map[string]bool{"'s": true, "of": true, "-": true, "the": true, "for": true, "'": true}

// findActors returns the actor chunks of a sentence, in order.
func findActors(a *newsgraph.Article, ws []word, names Names, ents []entSpan) []chunk {
	var pieces []chunk
	e := 0
	for i := 0; i < len(ws); {
		// entity mentions from the article's entities come first
		for e < len(ents) && ents[e].end <= i {
			e++
		}
		if e < len(ents) && ents[e].start == i {
			en := ents[e]
			pieces = append(pieces, chunk{start: en.start, end: en.end, actor: en.actor, hasCountry: en.actor.Country != "", rank: en.rank})
			i = en.end
			continue
		}
		if names != nil && !ws[i].punct {
			if act, n := names.Match(ws, i); n > 0 {
				pieces = append(pieces, chunk{start: i, end: i + n, actor: act, hasCountry: act.Country != ""})
				i += n
				continue
			}
		}
		i++
	}
	// merge neighbouring pieces that name one actor
	var out []chunk
	for _, p := range pieces {
		if k := len(out) - 1; k >= 0 && joinable(ws, out[k], p) {
			c := &out[k]
			c.end = p.end
			if c.actor.Country == "" {
				c.actor.Country = p.actor.Country
			}
			if c.actor.Sector == "" {
				c.actor.Sector = p.actor.Sector
			}
			if p.actor.Entity != "" && p.rank > c.rank {
				c.actor.Entity, c.rank = p.actor.Entity, p.rank
			}
			c.hasCountry = c.actor.Country != ""
			continue
		}
		out = append(out, p)
	}
	for i := range out {
		out[i].actor.Name = textOf(a, ws, out[i].start, out[i].end)
	}
	return out
}

// joinable reports whether piece q continues the actor of piece p: they are
// adjacent or separated only by connectors and capitalised name words, and
// they do not name two different countries.
func joinable(ws []word, p, q chunk) bool {
	if q.start-p.end > 3 {
		return false
	}
	for i := p.end; i < q.start; i++ {
		if !connectors[ws[i].low] && !(ws[i].upper && !ws[i].punct) {
			return false
		}
	}
	if p.actor.Country != "" && q.actor.Country != "" && p.actor.Country != q.actor.Country {
		return false // two countries: "Iran, Iraq", "Israel 's Gaza"
	}
	if p.actor.Sector == "" && p.actor.Country != "" && q.actor.Sector == "" && q.actor.Entity == "" && q.actor.Country != "" {
		return false
	}
	return true
}

func textOf(a *newsgraph.Article, ws []word, i, j int) string {
	if i >= j || a == nil {
		return ""
	}
	return a.Text(newsgraph.Span{Start: ws[i].span.Start, End: ws[j-1].span.End})
}

// entSpan is an entity mention mapped onto the words of a sentence.
type entSpan struct {
	start, end int
	actor      newsgraph.Actor
	rank       int // how well the entity stands for the actor (see entityRank)
}

// entityRank ranks entity types as the entity of an actor made of several
// pieces: "Kenyan President William Ruto" is the person, not the nationality.
func entityRank(typ string) int {
	switch typ {
	case newsgraph.EntityPerson:
		return 3
	case newsgraph.EntityOrg:
		return 2
	case "":
		return 0
	}
	return 1
}

// entitySpans maps the mentions of a's entities that fall in the sentence
// onto its words, sorted by start.
func entitySpans(a *newsgraph.Article, ws []word, names Names) []entSpan {
	gn, _ := names.(*gazNames)
	if len(ws) == 0 || len(a.Entities) == 0 {
		return nil
	}
	lo, hi := ws[0].span.Start, ws[len(ws)-1].span.End
	var out []entSpan
	for _, en := range a.Entities {
		for _, m := range en.Mentions {
			if m.Start < lo || m.End > hi {
				continue
			}
			s, e := -1, -1
			for i, w := range ws {
				if s < 0 && w.span.Start >= m.Start && w.span.End <= m.End {
					s = i
				}
				if w.span.End <= m.End && w.span.Start >= m.Start {
					e = i + 1
				}
			}
			if s < 0 || e <= s {
				continue
			}
			act := newsgraph.Actor{Entity: en.ID, Country: en.Country}
			if gn != nil {
				for _, r := range en.Roles {
					if sec := gn.sectorOf(strings.ToLower(r)); sec != "" {
						act.Sector = sec
						break
					}
				}
				if act.Country == "" && en.Type == newsgraph.EntityOrg {
					if g := gn.orgGroup(en.Name); g != "" {
						act.Country = g
					}
				}
			}
			out = append(out, entSpan{start: s, end: e, actor: act, rank: entityRank(en.Type)})
		}
	}
	// sort by start, longest first, and drop overlaps
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && (out[j].start < out[j-1].start || out[j].start == out[j-1].start && out[j].end > out[j-1].end); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	kept := out[:0]
	last := -1
	for _, s := range out {
		if s.start >= last {
			kept = append(kept, s)
			last = s.end
		}
	}
	return kept
}
