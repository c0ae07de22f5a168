package event

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/gazetteer"
	"github.com/newsgraph/newsgraph/tokenize"
)

// gazNames implements Names over the gazetteer package: country names,
// aliases, demonyms and cities, organisations, and agent words.
type gazNames struct {
	g     *gazetteer.Gazetteer
	names map[string]newsgraph.Actor // lower-cased words joined by spaces
	first map[string]int             // first word -> longest name (in words) starting with it

	user bool // g may hold a user's actors (see userActor)

	mu    sync.RWMutex
	words map[string]string // word -> agent sector ("" when none), see wordSector
}

// maxAgentWords is the longest agent phrase tried ("deputy foreign minister").
const maxAgentWords = 3

// NewGazetteerNames returns Names backed by g: its built-in countries,
// cities, organisations and agent words, and the actors a user added to it
// (gazetteer.AddFile), looked up by their capitalised names. A nil g is the
// built-in gazetteer alone.
func NewGazetteerNames(g *gazetteer.Gazetteer) Names {
	user := g != nil
	if g == nil {
		g = gazetteer.Default()
	}
	n := &gazNames{g: g, user: user, names: map[string]newsgraph.Actor{}, first: map[string]int{}, words: map[string]string{}}
	for _, c := range g.Countries() {
		act := newsgraph.Actor{Country: c.Alpha3}
		for _, s := range [][]string{{c.Name, c.Official}, c.Aliases, c.Demonyms, {c.Capital}, c.Cities} {
			for _, name := range s {
				n.add(name, act)
			}
		}
	}
	for _, o := range g.Orgs() {
		act := newsgraph.Actor{Country: o.Country}
		if act.Country == "" {
			act.Country = o.Group
		}
		if len(o.Sectors) > 0 {
			act.Sector = o.Sectors[0]
		}
		n.add(o.Name, act)
		for _, al := range o.Aliases {
			n.add(al, act)
		}
	}
	return n
}

var (
	defaultNamesOnce sync.Once
	defaultNames     Names
)

// DefaultNames returns the Names of the built-in gazetteer, built once.
func DefaultNames() Names {
	defaultNamesOnce.Do(func() { defaultNames = NewGazetteerNames(nil) })
	return defaultNames
}

func (n *gazNames) add(name string, act newsgraph.Actor) {
	name = strings.TrimSpace(name)
	if name == "" {
		return
	}
	toks := tokenize.Tokens(name)
	if len(toks) == 0 {
		return
	}
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		parts = append(parts, makeWord(t.Text, t.Span).low)
	}
	if parts[0] == "the" && len(parts) > 1 {
		parts = parts[1:]
	}
	key := strings.Join(parts, " ")
	if _, dup := n.names[key]; dup {
		return // the first (a country's own name before a city) wins
	}
	n.names[key] = act
	if len(parts) > n.first[parts[0]] {
		n.first[parts[0]] = len(parts)
	}
}

// Match implements Names.
func (n *gazNames) Match(ws []word, i int) (newsgraph.Actor, int) {
	w := ws[i]
	if w.upper {
		if n.user {
			if act, k := n.userActor(ws, i); k > 0 {
				return act, k
			}
		}
		if max := n.first[w.low]; max > 0 {
			for k := min(max, len(ws)-i); k >= 1; k-- {
				key := joinWords(ws[i : i+k])
				if act, ok := n.names[key]; ok {
					if k == 1 && len(w.low) <= 3 && !w.caps {
						break // "Us", "Un": short names must be written in capitals
					}
					return act, k
				}
			}
		}
	}
	for k := min(maxAgentWords, len(ws)-i); k >= 1; k-- {
		last := ws[i+k-1]
		if last.punct {
			continue
		}
		lastSec := n.sectorAt(ws, i+k-1)
		if k > 1 && lastSec == "" && !agentTails[last.low] {
			continue // multi-word agent phrases end in an agent word ("foreign minister")
		}
		var sec string
		if k == 1 {
			sec = lastSec
		} else {
			sec = n.sectorOf(joinWords(ws[i : i+k]))
		}
		if sec != "" {
			return newsgraph.Actor{Sector: sec}, k
		}
	}
	return newsgraph.Actor{}, 0
}

// agentTails are last words of agent phrases that are no agent on their own
// ("head of state", "border guards").
var agentTails = set("state", "staff", "guards", "television", "defence", "defense", "affairs", "interior", "health", "unionist")

// maxWordCache bounds the single-word agent cache.
const maxWordCache = 1 << 17

// sectorAt is wordSector of ws[j], remembered in the word.
func (n *gazNames) sectorAt(ws []word, j int) string {
	if !ws[j].sectorOK {
		ws[j].sector, ws[j].sectorOK = n.wordSector(ws[j].low), true
	}
	return ws[j].sector
}

// wordSector is sectorOf for one word, cached.
func (n *gazNames) wordSector(w string) string {
	n.mu.RLock()
	sec, ok := n.words[w]
	n.mu.RUnlock()
	if ok {
		return sec
	}
	sec = n.sectorOf(w)
	n.mu.Lock()
	if len(n.words) < maxWordCache {
		n.words[strings.Clone(w)] = sec
	}
	n.mu.Unlock()
	return sec
}

// sectorOf returns the PLOVER sector of an agent phrase, "" when it is none.
func (n *gazNames) sectorOf(phrase string) string {
	if a, ok := n.g.Agent(phrase); ok && len(a.Sectors) > 0 {
		return a.Sectors[0]
	}
	return ""
}

// orgGroup returns the country or group code of an organisation name.
func (n *gazNames) orgGroup(name string) string {
	if e, ok := n.g.Org(name); ok {
		if e.Country != "" {
			return e.Country
		}
		return e.Group
	}
	return ""
}

func joinWords(ws []word) string {
	if len(ws) == 1 {
		return ws[0].low
	}
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.low)
	}
	return b.String()
}

// maxNameWords is the longest name looked up among a user's actors.
const maxNameWords = 4

// userActor looks the capitalised words at ws[i] up among the entries a user
// added to the gazetteer (an actor file), longest first.
func (n *gazNames) userActor(ws []word, i int) (newsgraph.Actor, int) {
	k := 0
	for k < maxNameWords && i+k < len(ws) && ws[i+k].upper && !ws[i+k].punct {
		k++
	}
	for ; k >= 1; k-- {
		for _, e := range n.g.Lookup(joinWords(ws[i : i+k])) {
			if e.Kind != gazetteer.KindActor {
				break // user entries come first
			}
			act := newsgraph.Actor{Name: e.Name, Country: e.Country}
			if act.Country == "" {
				act.Country = e.Group
			}
			if len(e.Sectors) > 0 {
				act.Sector = e.Sectors[0]
			}
			if act.Country != "" || act.Sector != "" {
				return act, k
			}
		}
	}
	return newsgraph.Actor{}, 0
}
