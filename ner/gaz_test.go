package ner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	places "github.com/newsgraph/newsgraph/gazetteer"
)

// TestBuiltinGazetteerPlaces checks that the tagger's country, demonym, place
// and organisation phrases come from the gazetteer package's data, with the
// categories the features use.
func TestBuiltinGazetteerPlaces(t *testing.T) {
	g := builtinGazetteer()
	tests := []struct {
		phrase string
		want   uint16 // categories that must be set
		not    uint16 // categories that must not be set
	}{
		{"Kenya", gCountry, gPlace | gDemonym},
		{"Republic of Kenya", gCountry, 0},           // official name
		{"United Arab Emirates", gCountry, 0},        // three words on one line of the data
		{"Northern Ireland", gCountry, 0},            // an alias of the United Kingdom
		{"U.S.", gCountry, 0},                        // alias with full stops
		{"Kenyan", gDemonym, gCountry},               // demonym
		{"Kenyans", gDemonym, gCountry},              // plural added by the gazetteer
		{"Nairobi", gPlace, gCountry},                // capital
		{"Mombasa", gPlace, gCountry},                // other city
		{"Ohio", gPlace, gCountry},                   // region (regions.tsv)
		{"Yugoslavia", gCountry, 0},                  // former state, kept in lists.go
		{"European", gDemonym, 0},                    // regional adjective, kept in lists.go
		{"Kashmir", gPlace, 0},                       // left out of the gazetteer as ambiguous
		{"United Nations", gOrg, gCountry | gPlace},  // organisation (orgs.tsv)
		{"NATO", gOrg, 0},                            // organisation acronym
		{"Muslims", gGroup, gDemonym},                // not place knowledge: lists.go
		{"John", gFirst, gCountry | gPlace | gOrg},   // not place knowledge: lists.go
		{"Springfield", 0, gCountry | gPlace | gOrg}, // unknown
	}
	for _, tt := range tests {
		got := g.lookupPhrase(tt.phrase)
		if got&tt.want != tt.want || got&tt.not != 0 {
			t.Errorf("%q: categories %010b, want %010b set and %010b clear", tt.phrase, got, tt.want, tt.not)
		}
	}
}

// TestPlaceListsNotInGazetteer keeps lists.go from duplicating the gazetteer:
// its country, demonym and place lists may hold only what the gazetteer
// package does not know.
func TestPlaceListsNotInGazetteer(t *testing.T) {
	gz := places.Default()
	for _, l := range []struct{ name, words string }{
		{"formerStates", formerStates}, {"regionalDemonyms", regionalDemonyms}, {"otherPlaces", otherPlaces},
	} {
		n := 0
		for _, line := range strings.Split(l.words, "\n") {
			for _, w := range strings.Split(line, ",") {
				if w = strings.TrimSpace(w); w == "" {
					continue
				}
				n++
				if c, ok := gz.CountryByName(w); ok {
					t.Errorf("%s: %q is in the gazetteer (country %s): use the gazetteer's", l.name, w, c.Alpha3)
				}
				if c, ok := gz.CountryByDemonym(w); ok {
					t.Errorf("%s: %q is in the gazetteer (demonym of %s): use the gazetteer's", l.name, w, c.Alpha3)
				}
				if c, ok := gz.CountryOfCity(w); ok {
					t.Errorf("%s: %q is in the gazetteer (place in %s): use the gazetteer's", l.name, w, c.Alpha3)
				}
			}
		}
		if n == 0 {
			t.Errorf("%s is empty", l.name)
		}
	}
}

// TestOrgKeysNotOrgNames keeps organisation names out of orgKeys: the words
// that end organisation names are features of their own, while named
// organisations ("Reuters", "AFP") come from the gazetteer package's data.
func TestOrgKeysNotOrgNames(t *testing.T) {
	// Words that end many organisation names and are also one organisation's
	// short name ("Indian National Congress"; "Congress" for the US Congress).
	both := map[string]bool{"Congress": true}
	orgs := gazetteer{}
	orgs.addPlaces(places.Default())
	n := 0
	for _, line := range strings.Split(orgKeys, "\n") {
		for _, w := range strings.Split(line, ",") {
			if w = strings.TrimSpace(w); w == "" {
				continue
			}
			n++
			if orgs.lookupPhrase(w)&gOrg != 0 && !both[w] {
				t.Errorf("orgKeys: %q is an organisation in the gazetteer package: use the gazetteer's", w)
			}
		}
	}
	if n == 0 {
		t.Error("orgKeys is empty")
	}
	g := builtinGazetteer()
	for _, name := range []string{"Reuters", "AP", "AFP"} {
		if c := g.lookupPhrase(name); c&gOrg == 0 || c&gOrgKey != 0 {
			t.Errorf("%q: categories %010b, want the organisation bit and not the keyword bit", name, c)
		}
	}
}

// TestLoadActors checks that the actor dictionary adds people and
// organisations only, from phoenix_actors.jsonl alone: country entries are
// skipped (the gazetteer package has the countries), bare surnames of people
// are dropped, and bad lines are skipped without failing.
func TestLoadActors(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		`{"id":"T1","dict":"countries","names":["FREEDONIA","FREEDONIAN","FREEDONIA CITY"],"codes":[{"code":"FRD","from":"","to":""}]}`,
		`{"id":"T2","dict":"countries","names":["MARTA QUINTERO","QUINTERO"],"codes":[{"code":"FRDGOV","from":"2001-05-01","to":"2009-04-30"}]}`,
		`{"id":"T3","dict":"countries","names":["FREEDONIAN NATIONAL PARTY"],"codes":[{"code":"FRDOPP","from":"","to":""}]}`,
		`{"id":"T4","dict":"international","names":["OSWALDO PRATT OKAFOR","PEOPLE'S FRONT GENERAL COUNCIL"],"codes":[{"code":"IGOUNO","from":"1999-01-01","to":""}]}`,
		`not json`,
		`{"id":"T5","dict":"milnonstate","names":["EASTERN HILLS BRIGADE"],"codes":[{"code":"FRDREB","from":"","to":""}]}`,
	}
	if err := os.WriteFile(filepath.Join(dir, "phoenix_actors.jsonl"), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	g := gazetteer{}
	if err := g.LoadActors(dir); err != nil {
		t.Fatalf("LoadActors without countries.tsv: %v", err)
	}
	tests := []struct {
		phrase string
		want   uint16
	}{
		{"Freedonia", 0},      // a country entry: skipped
		{"Freedonian", 0},     // ditto
		{"Freedonia City", 0}, // ditto
		{"Marta Quintero", gPerson},
		{"Quintero", 0}, // a bare surname
		{"Freedonian National Party", gOrg},
		{"Oswaldo Pratt Okafor", gPerson},
		{"People's Front General Council", gOrg}, // a dated name with an organisation word
		{"Eastern Hills Brigade", gOrg},
	}
	for _, tt := range tests {
		if got := g.lookupPhrase(tt.phrase); got != tt.want {
			t.Errorf("%q: categories %010b, want %010b", tt.phrase, got, tt.want)
		}
	}
	if err := (gazetteer{}).LoadActors(t.TempDir()); err == nil {
		t.Error("LoadActors on a directory without phoenix_actors.jsonl: no error")
	}
}
