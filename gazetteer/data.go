package gazetteer

import (
	"embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/countries.tsv data/regions.tsv data/orgs.tsv data/agents.tsv
var dataFS embed.FS

// tables is the parsed built-in data; it is never changed after parsing.
type tables struct {
	countries []Country
	byCode    map[string]int // upper-case alpha-2 and alpha-3
	byName    map[string]int // Key of name, official name, aliases
	byDemonym map[string]int // Key of demonyms and their plurals
	byCity    map[string]int // Key of capitals, cities and regions
	entries   []Entry        // countries, cities and organisations as entries
	idx       map[string][]int
	agents    map[string]Agent
	err       error // the first problem found in the embedded data (tests check it is nil)
}

func newTables() *tables {
	return &tables{
		byCode: map[string]int{}, byName: map[string]int{}, byDemonym: map[string]int{},
		byCity: map[string]int{}, idx: map[string][]int{}, agents: map[string]Agent{},
	}
}

var (
	builtinOnce sync.Once
	builtinData *tables
)

// builtin parses the embedded data once.
func builtin() *tables {
	builtinOnce.Do(func() {
		t := newTables()
		t.err = t.load()
		builtinData = t
	})
	return builtinData
}

func (t *tables) load() error {
	var firstErr error
	note := func(err error) {
		if err != nil && firstErr == nil {
			firstErr = err
		}
	}
	note(t.readTSV("data/countries.tsv", 8, t.addCountry))
	// Cities after every country, so that a capital beats another country's city.
	for i, c := range t.countries {
		t.addCity(i, c.Capital)
	}
	for i, c := range t.countries {
		for _, city := range c.Cities {
			t.addCity(i, city)
		}
	}
	note(t.readTSV("data/regions.tsv", 2, t.addRegion))
	note(t.readTSV("data/orgs.tsv", 5, t.addOrg))
	note(t.readTSV("data/agents.tsv", 4, t.addAgent))
	return firstErr
}

func (t *tables) readTSV(name string, cols int, add func([]string) error) error {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		return fmt.Errorf("gazetteer: reading %s: %w", name, err)
	}
	for n, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		if n == 0 || strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != cols {
			return fmt.Errorf("gazetteer: %s line %d: %d fields, want %d", name, n+1, len(f), cols)
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := add(f); err != nil {
			return fmt.Errorf("gazetteer: %s line %d: %w", name, n+1, err)
		}
	}
	return nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// addCountry reads: alpha3 alpha2 name official aliases demonyms capital cities.
func (t *tables) addCountry(f []string) error {
	if len(f[0]) != 3 || f[2] == "" {
		return fmt.Errorf("bad country row %q", strings.Join(f, " | "))
	}
	caps := splitList(f[6])
	c := Country{Alpha3: f[0], Alpha2: f[1], Name: f[2], Official: f[3], Aliases: splitList(f[4]),
		Demonyms: demonymForms(splitList(f[5])), Cities: splitList(f[7])}
	if len(caps) > 0 {
		c.Capital = caps[0]
		c.Cities = append(caps[1:], c.Cities...)
	}
	i := len(t.countries)
	t.countries = append(t.countries, c)
	if _, dup := t.byCode[c.Alpha3]; dup {
		return fmt.Errorf("duplicate code %s", c.Alpha3)
	}
	t.byCode[c.Alpha3] = i
	if c.Alpha2 != "" {
		t.byCode[c.Alpha2] = i
	}
	names := append([]string{c.Name, c.Official}, c.Aliases...)
	for _, n := range names {
		if k := Key(n); k != "" {
			if _, taken := t.byName[k]; !taken {
				t.byName[k] = i
			}
		}
	}
	for _, d := range c.Demonyms {
		if k := Key(d); k != "" {
			if _, taken := t.byDemonym[k]; !taken {
				t.byDemonym[k] = i
			}
		}
	}
	t.addEntry(Entry{Name: c.Name, Aliases: append(append([]string{c.Official}, c.Aliases...), c.Alpha3),
		Kind: KindCountry, Type: "GPE", Country: c.Alpha3, Source: "builtin"})
	return nil
}

// demonymForms adds the regular plural of each demonym ending in -n, -i,
// -er or -ot ("Kenyan" → "Kenyans", "Iraqi" → "Iraqis", "Icelander" →
// "Icelanders", "Cypriot" → "Cypriots") unless the list already has it.
func demonymForms(ds []string) []string {
	have := map[string]bool{}
	for _, d := range ds {
		have[d] = true
	}
	out := append([]string(nil), ds...)
	for _, d := range ds {
		if strings.HasSuffix(d, "n") || strings.HasSuffix(d, "i") || strings.HasSuffix(d, "er") || strings.HasSuffix(d, "ot") {
			if p := d + "s"; !have[p] {
				have[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

func (t *tables) addCity(country int, city string) {
	k := Key(city)
	if k == "" {
		return
	}
	if _, taken := t.byCity[k]; taken {
		return
	}
	// A city named like a country (Singapore, Kuwait City is fine) stays the country.
	t.byCity[k] = country
	if j, isCountry := t.byName[k]; isCountry && j == country {
		return
	}
	t.addEntry(Entry{Name: city, Kind: KindCity, Type: "GPE", Country: t.countries[country].Alpha3, Source: "builtin"})
}

// addRegion reads: name country (a state, province or region).
func (t *tables) addRegion(f []string) error {
	i, ok := t.byCode[f[1]]
	if !ok || f[0] == "" {
		return fmt.Errorf("bad region row %q", strings.Join(f, " | "))
	}
	k := Key(f[0])
	if _, taken := t.byCity[k]; taken {
		return nil
	}
	if _, isCountry := t.byName[k]; isCountry {
		return nil
	}
	t.byCity[k] = i
	t.addEntry(Entry{Name: f[0], Kind: KindRegion, Type: "GPE", Country: f[1], Source: "builtin"})
	return nil
}

// addOrg reads: name aliases group country sectors.
func (t *tables) addOrg(f []string) error {
	if f[0] == "" {
		return fmt.Errorf("organisation without a name")
	}
	e := Entry{Name: f[0], Aliases: splitList(f[1]), Kind: KindOrg, Type: "ORG", Group: f[2],
		Country: f[3], Sectors: sectors(f[4]), Source: "builtin"}
	if e.Country != "" {
		if _, ok := t.byCode[e.Country]; !ok {
			return fmt.Errorf("organisation %q: unknown country %q", e.Name, e.Country)
		}
	}
	t.addEntry(e)
	return nil
}

// addAgent reads: phrase kind sectors plural.
func (t *tables) addAgent(f []string) error {
	if f[0] == "" || (f[1] != "role" && f[1] != "body") {
		return fmt.Errorf("bad agent row %q", strings.Join(f, " | "))
	}
	a := Agent{Phrase: strings.ToLower(f[0]), Role: f[1] == "role", Sectors: sectors(f[2])}
	for _, p := range []string{f[0], f[3]} {
		if k := Key(p); k != "" {
			if _, taken := t.agents[k]; !taken {
				t.agents[k] = a
			}
		}
	}
	return nil
}

// sectors splits "GOV" or "GOVJRN" or "GOV|JRN" into three-letter codes.
func sectors(s string) []string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "|", ""), " ", "")
	var out []string
	for len(s) >= 3 {
		out = append(out, strings.ToUpper(s[:3]))
		s = s[3:]
	}
	return out
}

func (t *tables) addEntry(e Entry) {
	i := len(t.entries)
	t.entries = append(t.entries, e)
	for _, k := range entryKeys(&e) {
		t.idx[k] = appendUnique(t.idx[k], i)
	}
}
