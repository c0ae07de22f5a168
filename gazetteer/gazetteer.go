// Package gazetteer is newsgraph's built-in, versioned list of the things news
// names: countries (ISO 3166 codes, names, aliases, demonyms, capitals and major
// cities), international and major national organisations (with acronyms and
// expansions), and the generic words for roles and institutions ("minister",
// "police", "army") with their PLOVER sectors.
//
// The data is embedded in the binary (see data/README.md for its provenance and
// Version for its version). Users extend a gazetteer with their own actors (people,
// organisations, places, with aliases, country, role and the dates the entry is
// valid) from a CSV or JSON file: see Load and (*Gazetteer).AddFile.
//
// Names are matched case-insensitively, ignoring full stops ("U.N." = "UN"), a
// leading "the", a trailing possessive ("’s"), common Latin diacritics and runs of
// white space.
package gazetteer

import (
	"sort"
	"strings"
	"sync"
)

// Version identifies the built-in data. It changes whenever a data file in
// data/ changes, so that output can be traced to the gazetteer that produced it.
const Version = "2026.11.1"

// Kinds of gazetteer entries.
const (
	KindCountry = "country" // a country or territory; Entry.Country is its alpha-3 code
	KindCity    = "city"    // a capital or major city; Entry.Country is the country it lies in
	KindRegion  = "region"  // a state, province or region; Entry.Country is its country
	KindOrg     = "org"     // an organisation
	KindActor   = "actor"   // an entry from a user's actor file (any type)
)

// Groups of organisations that have no country (PLOVER's non-state codes).
const (
	GroupUN  = "UNO" // the United Nations and its agencies
	GroupEU  = "EUR" // the European Union and its institutions
	GroupIGO = "IGO" // other intergovernmental organisations
	GroupNGO = "NGO" // non-governmental organisations
	GroupIMG = "IMG" // armed non-state groups
	GroupMNC = "MNC" // companies and media groups
	GroupGOV = "GOV" // a national state institution (Country says which)
)

// Entry is one named thing the gazetteer knows.
type Entry struct {
	Name    string   `json:"name"`              // canonical name
	Aliases []string `json:"aliases,omitempty"` // other names, acronyms, spellings
	Kind    string   `json:"kind"`              // one of the Kind* constants
	// Type is the newsgraph entity type (newsgraph.EntityPerson, ...): "PERSON",
	// "ORG", "GPE", "LOC", "NORP" or "MISC".
	Type    string   `json:"type"`
	Country string   `json:"country,omitempty"` // ISO 3166 alpha-3, "" when none applies
	Group   string   `json:"group,omitempty"`   // for organisations: one of the Group* constants
	Role    string   `json:"role,omitempty"`    // a person's office ("President"), from a user file
	Sectors []string `json:"sectors,omitempty"` // PLOVER sectors (GOV, MIL, JRN, ...)
	// ValidFrom and ValidTo bound the dates (ISO 8601, "YYYY", "YYYY-MM" or
	// "YYYY-MM-DD", inclusive) on which the entry holds; "" leaves that side open.
	ValidFrom string `json:"valid_from,omitempty"`
	ValidTo   string `json:"valid_to,omitempty"`
	Source    string `json:"source,omitempty"` // "builtin" or the path of the user file
}

// ValidAt reports whether the entry holds on date (ISO 8601 date or date-time).
// An empty or unreadable date is taken as "any time".
func (e *Entry) ValidAt(date string) bool {
	d := normDate(date, false)
	if d == "" {
		return true
	}
	if f := normDate(e.ValidFrom, false); f != "" && d < f {
		return false
	}
	if t := normDate(e.ValidTo, true); t != "" && d > t {
		return false
	}
	return true
}

// Country is one country or territory.
type Country struct {
	Alpha3   string   // ISO 3166-1 alpha-3 ("KEN"); Kosovo uses the user-assigned XKX
	Alpha2   string   // ISO 3166-1 alpha-2 ("KE")
	Name     string   // common English short name ("Kenya")
	Official string   // official name ("Republic of Kenya")
	Aliases  []string // other names ("Britain", "U.S.", "Burma")
	Demonyms []string // adjectives and nouns, plurals included ("Kenyan", "Kenyans")
	Capital  string   // capital city; some countries list alternatives ("Kyiv|Kiev" gives "Kyiv")
	Cities   []string // other major cities (and the capital's alternative spellings)
}

// Agent is a generic word for a role ("spokeswoman", "foreign minister") or an
// institution ("police", "parliament", "foreign ministry").
type Agent struct {
	Phrase  string   // lower-case canonical phrase
	Role    bool     // true for a role a person holds, false for an institution
	Sectors []string // PLOVER sectors
}

// Gazetteer answers look-ups against the built-in data plus whatever the user
// added. Its methods are safe for concurrent use.
type Gazetteer struct {
	base *tables

	mu      sync.RWMutex
	user    []Entry
	userIdx map[string][]int
}

// Default returns a gazetteer holding the built-in data. Each call returns a new
// gazetteer (sharing the read-only built-in tables), so adding files to one does
// not change another.
func Default() *Gazetteer {
	return &Gazetteer{base: builtin(), userIdx: map[string][]int{}}
}

// Empty returns a gazetteer with no built-in data, for users who want only their
// own actor file.
func Empty() *Gazetteer {
	return &Gazetteer{base: newTables(), userIdx: map[string][]int{}}
}

// Add adds entries (a user's actors) to the gazetteer. They come first in
// Lookup results, ahead of the built-in data, so they can override it.
func (g *Gazetteer) Add(entries ...Entry) {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, e := range entries {
		if e.Kind == "" {
			e.Kind = KindActor
		}
		i := len(g.user)
		g.user = append(g.user, e)
		for _, k := range entryKeys(&e) {
			g.userIdx[k] = appendUnique(g.userIdx[k], i)
		}
	}
}

// AddFile reads a user's actor file (CSV or JSON, see Load) and adds its entries.
func (g *Gazetteer) AddFile(path string) error {
	entries, err := LoadFile(path)
	if err != nil {
		return err
	}
	g.Add(g.normaliseCountries(entries)...)
	return nil
}

// normaliseCountries turns alpha-2 codes and country names in user entries into
// alpha-3 codes where the gazetteer knows them.
func (g *Gazetteer) normaliseCountries(entries []Entry) []Entry {
	for i := range entries {
		if c, ok := g.Country(entries[i].Country); ok {
			entries[i].Country = c.Alpha3
		}
	}
	return entries
}

// Lookup returns every entry one of whose names is name: user entries first (in
// the order added), then built-in countries, cities and organisations.
func (g *Gazetteer) Lookup(name string) []Entry {
	k := Key(name)
	if k == "" {
		return nil
	}
	var out []Entry
	g.mu.RLock()
	for _, i := range g.userIdx[k] {
		out = append(out, g.user[i])
	}
	g.mu.RUnlock()
	for _, i := range g.base.idx[k] {
		out = append(out, g.base.entries[i])
	}
	return out
}

// Actors returns the user's entries (from Add or AddFile) one of whose names is
// name and that are valid on date (see Entry.ValidAt), in the order added.
func (g *Gazetteer) Actors(name, date string) []Entry {
	g.mu.RLock()
	defer g.mu.RUnlock()
	if len(g.user) == 0 {
		return nil
	}
	var out []Entry
	for _, i := range g.userIdx[Key(name)] {
		if e := g.user[i]; e.ValidAt(date) {
			out = append(out, e)
		}
	}
	return out
}

// LookupAt is Lookup keeping only the entries valid on date (see Entry.ValidAt).
func (g *Gazetteer) LookupAt(name, date string) []Entry {
	all := g.Lookup(name)
	out := all[:0]
	for _, e := range all {
		if e.ValidAt(date) {
			out = append(out, e)
		}
	}
	return out
}

// Country finds a country by ISO alpha-3 or alpha-2 code (upper case) or by any of
// its names and aliases ("Kenya", "Republic of Kenya", "U.K.", "Burma").
func (g *Gazetteer) Country(codeOrName string) (Country, bool) {
	t := g.base
	s := strings.TrimSpace(codeOrName)
	if isUpperCode(s) {
		if i, ok := t.byCode[strings.ReplaceAll(s, ".", "")]; ok {
			return t.countries[i], true
		}
	}
	if i, ok := t.byName[Key(s)]; ok {
		return t.countries[i], true
	}
	return Country{}, false
}

// CountryByDemonym finds the country of a demonym or adjectival form, singular or
// plural ("Kenyan", "Kenyans", "French", "Britons", "North Korean").
func (g *Gazetteer) CountryByDemonym(word string) (Country, bool) {
	if i, ok := g.base.byDemonym[Key(word)]; ok {
		return g.base.countries[i], true
	}
	return Country{}, false
}

// CountryOfCity finds the country of a capital, major city or region (state,
// province) the gazetteer knows ("Nairobi" gives Kenya, "Ohio" the United States). Where two countries have a city of that name, the one
// whose capital it is wins.
func (g *Gazetteer) CountryOfCity(name string) (Country, bool) {
	if i, ok := g.base.byCity[Key(name)]; ok {
		return g.base.countries[i], true
	}
	return Country{}, false
}

// CountryByName finds a country by one of its names or aliases only ("Kenya",
// "U.K.", "Burma"), never by a bare ISO code, so that words such as "GM" or
// "CAN" in running text are not read as countries.
func (g *Gazetteer) CountryByName(name string) (Country, bool) {
	if i, ok := g.base.byName[Key(name)]; ok {
		return g.base.countries[i], true
	}
	return Country{}, false
}

// Place resolves a place name to a country: a country's own name or alias, else
// the country of a city or region. isCountry reports which it was. Bare ISO codes are not
// place names (use Country for codes).
func (g *Gazetteer) Place(name string) (c Country, isCountry, ok bool) {
	if c, ok := g.CountryByName(name); ok {
		return c, true, true
	}
	if c, ok := g.CountryOfCity(name); ok {
		return c, false, true
	}
	return Country{}, false, false
}

// Org finds an organisation by acronym or name ("UN", "U.N.", "United Nations",
// "NATO"). User entries of type ORG come first.
func (g *Gazetteer) Org(acronymOrName string) (Entry, bool) {
	for _, e := range g.Lookup(acronymOrName) {
		if e.Kind == KindOrg || (e.Kind == KindActor && e.Type == "ORG") {
			return e, true
		}
	}
	return Entry{}, false
}

// Agent finds a generic role or institution word or phrase, singular or plural
// ("spokeswoman", "foreign ministry", "police", "soldiers").
func (g *Gazetteer) Agent(phrase string) (Agent, bool) {
	a, ok := g.base.agents[Key(phrase)]
	return a, ok
}

// Countries returns every built-in country, in file order.
func (g *Gazetteer) Countries() []Country {
	return append([]Country(nil), g.base.countries...)
}

// Orgs returns every built-in organisation, in file order.
func (g *Gazetteer) Orgs() []Entry { return g.builtIn(KindOrg) }

// Regions returns every built-in state, province or region (regions.tsv), in
// file order. A region named like a built-in country or city is not a separate
// entry and is not returned.
func (g *Gazetteer) Regions() []Entry { return g.builtIn(KindRegion) }

// builtIn returns the built-in entries of one kind, in file order.
func (g *Gazetteer) builtIn(k string) []Entry {
	var out []Entry
	for _, e := range g.base.entries {
		if e.Kind == k {
			out = append(out, e)
		}
	}
	return out
}

func isUpperCode(s string) bool {
	s = strings.TrimSpace(strings.ReplaceAll(s, ".", ""))
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func appendUnique(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

func entryKeys(e *Entry) []string {
	var ks []string
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if k := Key(n); k != "" {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	return ks
}
