package gazetteer

import "strings"

// ActorInfo is what the gazetteer can tell about a generic actor phrase such as
// "Kenyan police", "the Brazilian Foreign Ministry" or "Russia's defence ministry".
type ActorInfo struct {
	Country string   // ISO alpha-3 from a demonym or country name in the phrase, "" if none
	Agent   string   // the role or institution phrase found ("police", "foreign ministry")
	Role    bool     // the agent is a role a person holds ("spokeswoman")
	Sectors []string // PLOVER sectors of the agent
}

// Actor reads a short generic actor phrase: an optional country, demonym or
// possessive country ("Kenyan", "Kenya's", "U.S.") followed by a role or
// institution ("police", "foreign ministry", "army spokesman"). ok is false when
// no role or institution word ends the phrase. A named organisation the
// gazetteer knows ("NATO") gives its country and sectors.
func (g *Gazetteer) Actor(phrase string) (ActorInfo, bool) {
	words := strings.Fields(Key(phrase))
	if len(words) == 0 {
		return ActorInfo{}, false
	}
	if e, ok := g.Org(phrase); ok {
		return ActorInfo{Country: e.Country, Agent: e.Name, Sectors: e.Sectors}, true
	}
	var info ActorInfo
	// Longest agent phrase ending the words.
	start := -1
	for i := 0; i < len(words); i++ {
		if a, ok := g.Agent(strings.Join(words[i:], " ")); ok {
			info.Agent, info.Role, info.Sectors, start = a.Phrase, a.Role, a.Sectors, i
			break
		}
	}
	if start < 0 {
		return ActorInfo{}, false
	}
	// Country from the words before it (longest first: "south korean").
	pre := words[:start]
	for i := 0; i < len(pre) && info.Country == ""; i++ {
		for j := len(pre); j > i; j-- {
			w := strings.Join(pre[i:j], " ")
			if c, ok := g.CountryByDemonym(w); ok {
				info.Country = c.Alpha3
				break
			}
			if c, ok := g.CountryByName(w); ok {
				info.Country = c.Alpha3
				break
			}
		}
	}
	return info, true
}
