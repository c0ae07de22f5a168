package ner

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	places "github.com/newsgraph/newsgraph/gazetteer"
	"github.com/newsgraph/newsgraph/tokenize"
)

// Gazetteer categories (bits).
const (
	gCountry uint16 = 1 << iota // country names (gazetteer package, former states)
	gDemonym                    // nationality adjectives and nouns (gazetteer package, regional adjectives)
	gPlace                      // cities, capitals, provinces (gazetteer package)
	gPerson                     // named people (office holders)
	gOrg                        // named organisations, parties, armed groups
	gFirst                      // common given names
	gOrgKey                     // words that end organisation names
	gLocKey                     // words naming geographic features
	gGroup                      // religious and political groups (NORP)
	gMonth                      // months and days (never entities alone)
	nGazCats = 10
)

// gazetteer maps the hash of a lower-cased, space-joined token sequence to its
// categories.
type gazetteer map[uint64]uint16

const maxGazLen = 6

func fnvAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

const fnvBasis = uint64(14695981039346656037)

// add inserts a phrase (tokenized like body text) with category c.
func (g gazetteer) add(phrase string, c uint16) {
	toks := tokenize.Tokens(phrase)
	if len(toks) == 0 || len(toks) > maxGazLen {
		return
	}
	h := fnvBasis
	for i, t := range toks {
		if i > 0 {
			h = fnvAdd(h, " ")
		}
		h = fnvAdd(h, normLower(t.Text))
	}
	g[h] |= c
}

// lookupPhrase returns the categories of a phrase, or 0.
func (g gazetteer) lookupPhrase(phrase string) uint16 {
	toks := tokenize.Tokens(phrase)
	h := fnvBasis
	for i, t := range toks {
		if i > 0 {
			h = fnvAdd(h, " ")
		}
		h = fnvAdd(h, normLower(t.Text))
	}
	return g[h]
}

// mark adds gazetteer features to the tokens of a sentence: for every match,
// each category with the token's position in it (B, I, L or U).
func (g gazetteer) mark(s []token, caps bool) {
	if len(g) == 0 {
		return
	}
	for i := range s {
		if !s[i].initCap && !(caps && !s[i].lowerInit) {
			continue
		}
		h := fnvBasis
		for j := i; j < len(s) && j-i < maxGazLen; j++ {
			if j > i {
				h = fnvAdd(h, " ")
			}
			h = fnvAdd(h, s[j].lowerStr)
			c, ok := g[h]
			if !ok {
				continue
			}
			for b := uint64(0); b < nGazCats; b++ {
				if c&(1<<b) == 0 {
					continue
				}
				if i == j {
					s[i].gaz = append(s[i].gaz, b*4+3)
					s[i].gazCats = appendUniq(s[i].gazCats, b)
					continue
				}
				for k := i; k <= j; k++ {
					pos := uint64(1)
					switch k {
					case i:
						pos = 0
					case j:
						pos = 2
					}
					s[k].gaz = append(s[k].gaz, b*4+pos)
					s[k].gazCats = appendUniq(s[k].gazCats, b)
				}
			}
		}
	}
}

func appendUniq(xs []uint64, x uint64) []uint64 {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// builtinGazetteer returns the tagger's built-in gazetteer: countries,
// demonyms, places and organisations from the gazetteer package's data
// (addPlaces), and the project's other lists (lists.go). Training stores it,
// hashed, in the model: changing either source needs a retrained model.
func builtinGazetteer() gazetteer {
	g := gazetteer{}
	for _, l := range []struct {
		words string
		c     uint16
	}{
		{firstNames, gFirst}, {orgKeys, gOrgKey}, {locKeys, gLocKey}, {groups, gGroup}, {months, gMonth},
		{formerStates, gCountry}, {regionalDemonyms, gDemonym}, {otherPlaces, gPlace},
	} {
		for _, line := range strings.Split(l.words, "\n") {
			for _, w := range strings.Split(line, ",") {
				if w = strings.TrimSpace(w); w != "" {
					g.add(w, l.c)
				}
			}
		}
	}
	g.addPlaces(places.Default())
	return g
}

// addPlaces adds the countries (names, official names, aliases), demonyms
// (plurals included), capitals, cities, regions and organisations (names and
// acronyms) of gz's built-in data: the single source of the tagger's country,
// demonym and place knowledge.
func (g gazetteer) addPlaces(gz *places.Gazetteer) {
	for _, c := range gz.Countries() {
		for _, n := range append([]string{c.Name, c.Official}, c.Aliases...) {
			if n != "" {
				g.add(n, gCountry)
			}
		}
		for _, d := range c.Demonyms {
			g.add(d, gDemonym)
		}
		if c.Capital != "" {
			g.add(c.Capital, gPlace)
		}
		for _, city := range c.Cities {
			g.add(city, gPlace)
		}
	}
	for _, r := range gz.Regions() {
		g.add(r.Name, gPlace)
	}
	for _, o := range gz.Orgs() {
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			g.add(n, gOrg)
		}
	}
}

// LoadActors adds to g the named people and organisations of the actor
// dictionary phoenix_actors.jsonl in dir (MIT-licensed; see its README). Only
// the hashed phrases enter the model. Countries, demonyms and places come from
// the gazetteer package alone (addPlaces): the dictionary's country entries,
// and the directory's countries.tsv, are not read.
func (g gazetteer) LoadActors(dir string) error {
	f, err := os.Open(filepath.Join(dir, "phoenix_actors.jsonl"))
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 4<<20), 4<<20)
	for sc.Scan() {
		var a struct {
			Dict  string   `json:"dict"`
			Names []string `json:"names"`
			Codes []struct {
				Code, From, To string
			} `json:"codes"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			continue
		}
		if a.Dict == "countries" && len(a.Codes) == 1 && len(a.Codes[0].Code) == 3 {
			continue // a country itself: the gazetteer package has the countries
		}
		person := false
		for _, c := range a.Codes {
			if c.From != "" || c.To != "" {
				person = true
			}
		}
		for _, n := range a.Names {
			words := strings.Fields(n)
			if len(words) < 2 && person {
				continue // a bare surname is too ambiguous
			}
			c := gOrg
			if person && len(words) <= 4 && !hasOrgWord(words) {
				c = gPerson
			}
			g.add(n, c)
		}
	}
	return sc.Err()
}

func hasOrgWord(words []string) bool {
	for _, w := range words {
		switch strings.ToLower(w) {
		case "party", "ministry", "council", "army", "front", "union", "government", "police", "forces",
			"movement", "committee", "court", "parliament", "assembly", "bank", "office", "agency", "group":
			return true
		}
	}
	return false
}
