package ner

import (
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
