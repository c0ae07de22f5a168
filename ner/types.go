package ner

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// The tagger predicts CoNLL's four types; FineType derives the project's six:
// PER -> PERSON, ORG -> ORG, LOC -> GPE (countries, cities, states) or LOC
// (non-political places), MISC -> NORP (nationalities, religious and political
// groups) or MISC. The split uses the model's gazetteer and the lists in
// lists.go.

// geoLast are last words of non-political place names ("Yangtze River").
var geoLast = wordSet(`river lake mount mountains mountain sea ocean gulf bay strait straits peninsula valley
desert coast canal basin plateau forest park falls cape channel hills heights delta glacier range
street avenue square road bridge airport stadium beach reef lagoon`)

// geoFirst are first words of non-political place names ("Mount Kenya").
var geoFirst = wordSet(`mount mt. mt lake cape gulf`)

// regions are continents, oceans and regions that are not states.
var regions = wordSet(`europe asia africa antarctica arctic americas balkans caribbean scandinavia pacific atlantic
mediterranean sahara sahel himalayas alps andes amazon caucasus siberia middle-east mideast`)

var regionPhrases = wordSet(`middle east|far east|latin america|north america|south america|central america|
central asia|east asia|southeast asia|south asia|west africa|east africa|southern africa|north africa|
eastern europe|western europe|central europe|the west|persian gulf|gulf region|horn of africa|
indian ocean|pacific ocean|atlantic ocean|arctic ocean|red sea|black sea|south china sea|baltic sea|
gaza strip|west bank`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	sep := " \n\t"
	if strings.Contains(s, "|") {
		sep = "|\n"
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(sep, r) }) {
		if w = strings.TrimSpace(w); w != "" {
			m[w] = true
		}
	}
	return m
}

// FineType returns the project's entity type (newsgraph.Entity*) for a mention
// of CoNLL type conll ("PER", "ORG", "LOC", "MISC") made of words.
func (m *Model) FineType(conll string, words []string) string {
	switch conll {
	case "PER":
		return newsgraph.EntityPerson
	case "ORG":
		return newsgraph.EntityOrg
	case "LOC":
		if len(words) == 0 {
			return newsgraph.EntityGPE
		}
		phrase := strings.ToLower(strings.Join(words, " "))
		c := m.gazPhrase(words)
		if c&(gCountry|gPlace) != 0 {
			return newsgraph.EntityGPE
		}
		first := strings.ToLower(words[0])
		last := strings.ToLower(words[len(words)-1])
		if regions[phrase] || regionPhrases[phrase] || regionPhrases[strings.TrimPrefix(phrase, "the ")] ||
			len(words) > 1 && (geoLast[last] || geoFirst[first]) {
			return newsgraph.EntityLoc
		}
		return newsgraph.EntityGPE
	case "MISC":
		c := m.gazPhrase(words)
		if c&(gDemonym|gGroup) != 0 {
			return newsgraph.EntityNORP
		}
		if len(words) == 1 {
			// plural or adjectival forms of a country: "Kenyans", "Congolese"
			w := words[0]
			for _, suf := range []string{"s", "es"} {
				if strings.HasSuffix(w, suf) && m.gazPhrase([]string{strings.TrimSuffix(w, suf)})&gDemonym != 0 {
					return newsgraph.EntityNORP
				}
			}
		}
		return newsgraph.EntityMisc
	}
	return newsgraph.EntityMisc
}

// gazPhrase returns the gazetteer categories of a token sequence.
func (m *Model) gazPhrase(words []string) uint16 {
	h := fnvBasis
	for i, w := range words {
		if i > 0 {
			h = fnvAdd(h, " ")
		}
		h = fnvAdd(h, normLower(w))
	}
	return m.gaz[h]
}
