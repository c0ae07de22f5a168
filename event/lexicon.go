package event

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed triggers.txt
var triggersTxt string

// pattern is one trigger pattern of triggers.txt.
type pattern struct {
	plover string
	cameo  string
	mode   string
	words  []map[string]bool // one set of accepted forms per position; nil is a gap
	verb   bool              // the first word is a verb (matched in its inflected forms)
	line   int
	text   string
	fixed  int // the number of fixed words (see length)
}

// gapOne marks a gap of at least one word ("*1") in pattern.words.
var gapOne = map[string]bool{"\x00gap1": true}

// length is the number of fixed words of the pattern (its specificity).
func (p *pattern) length() int { return p.fixed }

func countFixed(p *pattern) int {
	n := 0
	for _, w := range p.words {
		if w != nil && !isGapOne(w) {
			n++
		}
	}
	return n
}

// lexicon indexes the patterns by the forms of their first word.
type lexicon struct {
	pats  []*pattern
	first map[string][]int
}

var defaultLexicon = mustLexicon(triggersTxt)

func mustLexicon(src string) *lexicon {
	lx, err := parseLexicon(src)
	if err != nil {
		panic("event: bad built-in triggers.txt: " + err.Error())
	}
	return lx
}

// parseLexicon reads patterns in the triggers.txt format.
func parseLexicon(src string) (*lexicon, error) {
	lx := &lexicon{first: map[string][]int{}}
	seen := map[string]bool{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			return nil, fmt.Errorf("line %d: want PLOVER CAMEO MODE words..., got %q", n+1, line)
		}
		p := &pattern{plover: f[0], cameo: f[1], mode: f[2], line: n + 1, text: strings.Join(f[3:], " ")}
		if p.mode == "-" {
			p.mode = ""
		}
		if _, ok := cameoTable[p.cameo]; !ok {
			return nil, fmt.Errorf("line %d: unknown CAMEO code %q", n+1, p.cameo)
		}
		if p.plover == "-" {
			p.plover = PLOVERFor(p.cameo)
		}
		key := strings.Join(f[3:], " ")
		if seen[key] {
			continue // the first line with these words wins
		}
		seen[key] = true
		for i, w := range f[3:] {
			if w == "*" || w == "*1" {
				if i == 0 {
					return nil, fmt.Errorf("line %d: a pattern cannot start with a gap", n+1)
				}
				if w == "*1" {
					p.words = append(p.words, gapOne)
				} else {
					p.words = append(p.words, nil)
				}
				continue
			}
			set := map[string]bool{}
			for _, alt := range strings.Split(w, "|") {
				switch {
				case strings.HasSuffix(alt, "+"):
					for _, v := range verbForms(strings.TrimSuffix(alt, "+")) {
						set[v] = true
					}
					if i == 0 {
						p.verb = true
					}
				case strings.HasSuffix(alt, "~"):
					for _, v := range nounForms(strings.TrimSuffix(alt, "~")) {
						set[v] = true
					}
				default:
					set[alt] = true
				}
			}
			p.words = append(p.words, set)
		}
		p.fixed = countFixed(p)
		idx := len(lx.pats)
		lx.pats = append(lx.pats, p)
		for w := range p.words[0] {
			lx.first[w] = append(lx.first[w], idx)
		}
	}
	return lx, nil
}

// irregular lists the irregular past and participle forms of the verbs the
// lexicon uses.
var irregular = map[string][]string{
	"meet": {"met"}, "hold": {"held"}, "give": {"gave", "given"}, "send": {"sent"},
	"take": {"took", "taken"}, "fight": {"fought"}, "shoot": {"shot"}, "strike": {"struck", "stricken"},
	"withdraw": {"withdrew", "withdrawn"}, "lead": {"led"}, "seek": {"sought"}, "tell": {"told"},
	"throw": {"threw", "thrown"}, "fly": {"flew", "flown"}, "buy": {"bought"}, "sell": {"sold"},
	"lend": {"lent"}, "bring": {"brought"}, "break": {"broke", "broken"}, "cut": {"cut"},
	"put": {"put"}, "set": {"set"}, "quit": {"quit"}, "hit": {"hit"}, "beat": {"beat", "beaten"},
	"forbid": {"forbade", "forbidden"}, "forgive": {"forgave", "forgiven"}, "blow": {"blew", "blown"},
	"sink": {"sank", "sunk"}, "slay": {"slew", "slain"}, "burn": {"burnt"}, "leave": {"left"},
	"sit": {"sat"}, "stand": {"stood"}, "shut": {"shut"}, "begin": {"began", "begun"}, "let": {"let"},
	"build": {"built"}, "say": {"said"}, "go": {"went", "gone"}, "lay": {"laid"}, "pay": {"paid"},
	"overrun": {"overran"}, "retake": {"retook", "retaken"}, "speak": {"spoke", "spoken"},
	"withhold": {"withheld"}, "freeze": {"froze", "frozen"}, "steal": {"stole", "stolen"},
	"undertake": {"undertook", "undertaken"}, "write": {"wrote", "written"}, "keep": {"kept"},
	"make": {"made"}, "come": {"came"}, "run": {"ran"}, "win": {"won"}, "lose": {"lost"},
	"shake": {"shook", "shaken"}, "draw": {"drew", "drawn"}, "overthrow": {"overthrew", "overthrown"},
	"mislead": {"misled"}, "bid": {"bid"}, "split": {"split"}, "spread": {"spread"},
	"uphold": {"upheld"}, "swear": {"swore", "sworn"}, "rise": {"rose", "risen"}, "drive": {"drove", "driven"},
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// verbForms returns the base, -s, -ed and -ing forms of a verb (plus its
// irregular forms). Doubtful consonant doubling yields both spellings.
func verbForms(v string) []string {
	if v == "" {
		return nil
	}
	out := []string{v}
	out = append(out, irregular[v]...)
	n := len(v)
	last := v[n-1]
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh") || (last == 'o' && n > 1 && !isVowel(v[n-2])):
		out = append(out, v+"es")
	case last == 'y' && n > 1 && !isVowel(v[n-2]):
		out = append(out, v[:n-1]+"ies")
	default:
		out = append(out, v+"s")
	}
	switch {
	case last == 'e':
		out = append(out, v+"d")
	case last == 'y' && n > 1 && !isVowel(v[n-2]):
		out = append(out, v[:n-1]+"ied")
	default:
		out = append(out, v+"ed")
	}
	switch {
	case strings.HasSuffix(v, "ie"):
		out = append(out, v[:n-2]+"ying")
	case last == 'e' && !strings.HasSuffix(v, "ee"):
		out = append(out, v[:n-1]+"ing")
	default:
		out = append(out, v+"ing")
	}
	// consonant-vowel-consonant endings may double ("ban" -> "banned").
	if n >= 3 && !isVowel(last) && isVowel(v[n-2]) && !isVowel(v[n-3]) && strings.IndexByte("wxy", last) < 0 {
		d := v + string(last)
		out = append(out, d+"ed", d+"ing")
	}
	return out
}

// nounForms returns a noun and its regular plural.
func nounForms(w string) []string {
	if w == "" {
		return nil
	}
	n := len(w)
	last := w[n-1]
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return []string{w, w + "es"}
	case last == 'y' && n > 1 && !isVowel(w[n-2]):
		return []string{w, w[:n-1] + "ies"}
	}
	return []string{w, w + "s"}
}

func isGapOne(w map[string]bool) bool { return len(w) == 1 && w["\x00gap1"] }
