// Package entity turns the named-entity tagger's mentions into entities: it
// links the mentions of one real-world entity within an article, gives each
// entity an ID ("e1", "e2", ... in order of first mention), a canonical name
// (the fullest form in the article), a type, an ISO 3166 alpha-3 country where
// one applies, and the roles and organisations the text gives it.
//
// Linking rules, in order:
//   - the same name is the same entity (case, full stops, "the", a possessive,
//     diacritics and company suffixes such as "Inc." aside), across PERSON, ORG
//     and MISC, and across a place type when the gazetteer does not know the
//     name as a place;
//   - names of one gazetteer entry are one entity ("U.S." = "United States" =
//     "America", "UN" = "United Nations"), user actor files included (with
//     their aliases, valid on the article's Published date);
//   - acronyms join their expansion when the text defines them ("the Committee
//     to Protect Journalists (CPJ)"; later untagged "CPJ" are added as mentions)
//     or when their letters are the initials of a name in the article;
//   - a part of a person's name ("Merkel", "Angela Merkel" of "Angela Dorothea
//     Merkel") joins a full name holding those words; when several do ("Moon
//     Jae-in", "Jane Moon"), names seen only in a reporting credit ("Jane Moon
//     reported from Lagos", "By ...", the article's Authors and Contributors)
//     give way, then the most recent full name before the mention wins, else the
//     nearest after it. Two different full names are never joined;
//   - "Foreign Ministry" joins one earlier "Brazilian Foreign Ministry",
//     "Commission" one earlier "European Commission", "Apple" one "Apple
//     Computer", when exactly one such longer name exists.
//
// Roles and organisations come from premodifiers ("French President Emmanuel
// Macron", "Foreign Office spokeswoman Jane Roe", "Uralsib analyst ..."),
// titles inside the tagged span ("President Joe Biden"), appositives ("John Doe,
// the minister's chief of staff,", "Mary Major, professor of economics at Some
// University", "Jane Roe, a spokeswoman for the Foreign Office") and "X of ORG".
// Countries come from demonyms and country or place names in those phrases, from
// the organisation an official serves ("Foreign Office" gives GBR), from the
// gazetteer for places, nationalities and known organisations, and from a
// nationality right before an organisation ("the Brazilian Foreign Ministry").
// A nationality followed by an institution word ("Kenyan police", "Israeli
// troops") becomes one ORG entity with that country.
//
// The stage reads only Article.Body, Article.Entities (one entity per mention,
// as the ner stage leaves them; already linked entities are re-linked from their
// mentions), Article.Sentences when present, Article.Authors,
// Article.Contributors and Article.Published, and rewrites Article.Entities.
package entity

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/gazetteer"
)

// Stage links entity mentions into entities. The zero value uses
// gazetteer.Default(); set Gazetteer to use one extended with a user's actor file.
type Stage struct {
	Gazetteer *gazetteer.Gazetteer
}

// New returns a stage using g, or the built-in gazetteer when g is nil.
func New(g *gazetteer.Gazetteer) *Stage {
	if g == nil {
		g = gazetteer.Default()
	}
	return &Stage{Gazetteer: g}
}

// MaxMentions bounds the mentions one article may carry; beyond it the rest are
// left unlinked (each its own entity) and a warning is added.
const MaxMentions = 20000

// defaultGaz is the built-in gazetteer, made on first use.
var defaultGaz = sync.OnceValue(gazetteer.Default)

func (s *Stage) gaz() *gazetteer.Gazetteer {
	if s == nil || s.Gazetteer == nil {
		return defaultGaz()
	}
	return s.Gazetteer
}

// Name returns "entity".
func (s *Stage) Name() string { return "entity" }

// Annotate rewrites a.Entities from one entity per mention into one entity per
// real-world entity (see the package documentation).
func (s *Stage) Annotate(ctx context.Context, a *newsgraph.Article) error {
	if a == nil {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	ms, dropped := collect(a)
	if dropped > 0 {
		a.Warn(fmt.Sprintf("entity: %d mention(s) with a span outside the body were dropped", dropped))
	}
	if len(ms) > MaxMentions {
		a.Warn(fmt.Sprintf("entity: %d mentions; only the first %d were linked", len(ms), MaxMentions))
	}
	doc := &document{s: s, a: a, g: s.gaz()}
	var given []spanLike
	for _, sp := range a.Sentences {
		given = append(given, spanLike{sp.Start, sp.End})
	}
	doc.sents = sentences(a.Body, given)
	doc.ms = ms
	for _, m := range doc.ms {
		s.prepare(m)
	}
	doc.defineAcronyms()
	doc.absorbAgents()
	sort.SliceStable(doc.ms, func(i, j int) bool { return doc.ms[i].span.Start < doc.ms[j].span.Start })
	doc.link()
	a.Entities = doc.build()
	return ctx.Err()
}

// document is the working state for one article.
type document struct {
	s     *Stage
	a     *newsgraph.Article
	g     *gazetteer.Gazetteer
	ms    []*mention
	sents []spanLike

	parent  []int
	byEnd   map[int]*mention // built after linking, when d.ms no longer changes
	byStart map[int]*mention
	acros   map[string]int // acronym defined in the text -> index of the mention defining it
}

func (d *document) find(i int) int {
	for d.parent[i] != i {
		d.parent[i] = d.parent[d.parent[i]]
		i = d.parent[i]
	}
	return i
}

// union joins the clusters of i and j, the earlier mention's root winning.
func (d *document) union(i, j int) {
	ri, rj := d.find(i), d.find(j)
	if ri == rj {
		return
	}
	if rj < ri {
		ri, rj = rj, ri
	}
	d.parent[rj] = ri
}

// sentenceOf returns the bounds of the sentence holding byte offset pos.
func (d *document) sentenceOf(pos int) spanLike {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].end > pos })
	if i < len(d.sents) && d.sents[i].start <= pos {
		return d.sents[i]
	}
	return spanLike{max(0, pos-300), min(len(d.a.Body), pos+300)}
}

// build turns the clusters into entities ordered by first mention.
func (d *document) build() []newsgraph.Entity {
	groups := map[int][]int{}
	var roots []int
	for i := range d.ms {
		r := d.find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	sort.Slice(roots, func(i, j int) bool {
		return d.ms[groups[roots[i]][0]].span.Start < d.ms[groups[roots[j]][0]].span.Start
	})
	ents := make([]newsgraph.Entity, 0, len(roots))
	for n, r := range roots {
		idx := groups[r]
		e := newsgraph.Entity{ID: "e" + strconv.Itoa(n+1)}
		for _, i := range idx {
			m := d.ms[i]
			e.Mentions = append(e.Mentions, newsgraph.Mention{Span: m.span, Text: m.text})
		}
		e.Type = d.clusterType(idx)
		e.Name = d.canonical(idx)
		d.describe(&e, idx)
		ents = append(ents, e)
	}
	return ents
}

// clusterType is the most frequent type among the mentions, a tie going to the
// type of the fullest mention.
func (d *document) clusterType(idx []int) string {
	// Votes: a mention of several words (more context for the tagger) counts
	// three times, a short form once.
	count := map[string]int{}
	for _, i := range idx {
		if len(d.ms[i].toks) > 1 {
			count[d.ms[i].typ] += 3
		} else {
			count[d.ms[i].typ]++
		}
	}
	best := d.ms[d.fullest(idx)].typ
	for _, t := range []string{newsgraph.EntityPerson, newsgraph.EntityOrg, newsgraph.EntityGPE,
		newsgraph.EntityLoc, newsgraph.EntityNORP, newsgraph.EntityMisc} {
		if count[t] > count[best] {
			best = t
		}
	}
	// Called a person or a thing, but introduced as a company somewhere ("car
	// company DaimlerChrysler", "the airline Qantas"): an organisation.
	if best == newsgraph.EntityPerson || best == newsgraph.EntityMisc {
		for _, i := range idx {
			if orgDescriptors[d.wordBefore(d.ms[i].span.Start)] {
				return newsgraph.EntityOrg
			}
		}
	}
	// Called a place by the tagger but unknown as one, and also called a person
	// or organisation: take the latter.
	if family(best) == 2 && count[newsgraph.EntityPerson]+count[newsgraph.EntityOrg] > 0 {
		if _, _, ok := d.g.Place(d.ms[idx[0]].clean); !ok {
			best = newsgraph.EntityOrg
			if count[newsgraph.EntityPerson] > count[newsgraph.EntityOrg] {
				best = newsgraph.EntityPerson
			}
		}
	}
	return best
}

// orgDescriptors are the nouns that introduce a company's name ("car company
// DaimlerChrysler", "software maker Adobe").
var orgDescriptors = map[string]bool{"company": true, "firm": true, "corporation": true, "carmaker": true,
	"automaker": true, "maker": true, "manufacturer": true, "airline": true, "carrier": true, "bank": true,
	"retailer": true, "insurer": true, "lender": true, "conglomerate": true, "giant": true, "broadcaster": true,
	"publisher": true, "startup": true, "chipmaker": true, "supermarket": true, "brewer": true, "miner": true}

// wordBefore returns the lower-cased word right before off, "" when there is
// none.
func (d *document) wordBefore(off int) string {
	body := strings.TrimRightFunc(d.a.Body[:off], unicode.IsSpace)
	i := strings.LastIndexFunc(body, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' })
	if i >= 0 {
		_, size := utf8.DecodeRuneInString(body[i:])
		i += size
	} else {
		i = 0
	}
	return strings.ToLower(body[i:])
}

// fullest returns the index of the mention with the most words, then the most
// letters, then the earliest; among equally full forms, one in ordinary case
// wins over one in capitals (a dateline's "NAIROBI" is the "Nairobi" of the
// story).
func (d *document) fullest(idx []int) int {
	best := idx[0]
	for _, i := range idx[1:] {
		m, b := d.ms[i], d.ms[best]
		switch {
		case len(m.toks) != len(b.toks):
			if len(m.toks) > len(b.toks) {
				best = i
			}
		case len(m.clean) != len(b.clean):
			if len(m.clean) > len(b.clean) {
				best = i
			}
		case allCaps(b.clean) && !allCaps(m.clean):
			best = i
		}
	}
	return best
}

// allCaps reports whether s has letters and none of them is lower-case.
func allCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// canonical is the fullest form of the name in the article.
func (d *document) canonical(idx []int) string {
	m := d.ms[d.fullest(idx)]
	if m.clean != "" {
		return m.clean
	}
	return strings.TrimSpace(m.text)
}
