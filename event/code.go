package event

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/timex"
)

var (
	beForms       = set("is", "are", "was", "were", "be", "been", "being", "'s", "'re", "got", "get", "gets")
	negators      = set("not", "n't", "never", "no", "without", "neither", "nor", "cannot", "failed", "fail", "fails")
	orderWords    = set("order", "ordered", "orders", "ordering", "instructed", "instruct", "directed")
	futureWords   = set("will", "would", "shall", "'ll", "going", "plans", "planned", "planning", "scheduled", "expected", "set", "due", "intends", "intend")
	hypoWords     = set("could", "might", "may", "if", "unless", "should")
	subordinators = set("after", "following", "amid", "before", "since", "because", "despite", "over", "against", "while", "as", "when", "until", "during", "ahead", "following", "for", "of", "about", "in", "on", "by", "with", "from", "to", "into")
	determiners   = set("the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those")
	clauseBreaks  = set(";", "but", "while", "whereas", "although", "though", "after", "before", "when", "because", "since", "amid", "following", "despite")
	reporting     = set("said", "says", "say", "told", "tells", "stated", "added", "announced", "reported", "according", "quoted", "confirmed", "insisted", "noted", "wrote")
	relatives     = set("who", "which", "whom", "whose")
	// intentWords before "to" make the infinitive that follows a plan:
	// "plans to visit", "is to sign", "agreed to withdraw".
	intentWords = set("plans", "planned", "planning", "plan", "intends", "intend", "intended", "expected", "set", "scheduled",
		"due", "going", "is", "are", "was", "were", "be", "ready", "willing", "prepared", "wants", "want", "wanted", "hopes",
		"hope", "hoped", "aims", "aim", "seeks", "seeking", "sought", "agreed", "agree", "agrees", "promised",
		"promises", "pledged", "pledges", "vowed", "vows", "offered", "offers", "threatened", "threatens", "like", "likely", "able", "about")
	governing = set("AGREE", "REQUEST", "THREATEN", "ACCUSE", "REJECT")
	// transparent verbs hand the sentence's main event to the event they
	// introduce: "ordered the arrest of", "approved the deployment of".
	transparent = set("order", "ordered", "orders", "ordering", "approve", "approved", "approves", "approving",
		"decide", "decided", "decides", "authorize", "authorized", "authorised", "authorise", "announce", "announced", "announces",
		"begin", "began", "begun", "begins", "start", "started", "starts", "continue", "continued", "continues", "resume", "resumed",
		"step", "stepped", "intensify", "intensified", "escalate", "escalated", "mobilising", "mobilizing")
	cooperative = set("CONSULT", "SUPPORT", "COOPERATE", "AID")
	armed       = set("MIL", "REB", "UAF", "PRM")
	nounPreps   = set("on", "of", "for", "in", "after", "before", "over", "against", "during")
	// participles that, right after a noun and before "of", name an earlier
	// act instead of reporting one: "officials accused of taking bribes".
	reducedParticiples = set("accused", "charged", "suspected", "wanted", "convicted", "indicted", "alleged", "jailed", "detained", "arrested", "sentenced",
		"held", "seized", "captured", "kidnapped", "abducted", "taken", "imposed", "confiscated")
	// intransitive "return": "returned to Geneva", "returned home"
	returnForms = set("return", "returns", "returned", "returning")
	notObjects  = set("to", "home", "from", "as", "after", "on", "in", "for", "with", ",", ".", "there", "here", "back")
	takeWords   = set("capture", "captures", "captured", "capturing", "seize", "seizes", "seized", "seizing")
)

// wordBufs recycles the word buffers of CodeSentence.
var wordBufs = sync.Pool{New: func() any { b := make([]word, 0, 64); return &b }}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// Scored is one coded event with the coder's confidence that it is the
// sentence's main event (higher is more central).
type Scored struct {
	newsgraph.Event
	Score float64

	nounTrigger bool
}

// CodeSentence codes the events of one sentence of a (a.Tokens must cover
// it), the sentence's main event first. It reads a.Entities (actors),
// a.Quotes (reported_by) and a.Times (date) when they are filled.
//
// Following PLOVER, an announced or conditional cooperative act ("will
// visit", "would send aid") is coded AGREE, an announced conflictual act
// ("will boycott", "may halt talks") THREATEN, and a refused cooperative act
// ("will not send aid") REJECT; the Status keeps what the text said.
func (c *Coder) CodeSentence(a *newsgraph.Article, sent newsgraph.Span) []Scored {
	bp := wordBufs.Get().(*[]word)
	ws := sentenceWords(a.Tokens, sent, (*bp)[:0])
	defer func() {
		clear(ws)
		*bp = ws[:0]
		wordBufs.Put(bp)
	}()
	if len(ws) == 0 {
		return nil
	}
	ms := c.findMatches(ws)
	if len(ms) == 0 {
		return nil
	}
	chunks := findActors(a, ws, c.names, entitySpans(a, ws, c.names))
	out := make([]Scored, 0, len(ms))
	date := timex.SentenceDate(a, sent)
	cx := contexts(ws)
	place := placeOf(a, ws, chunks)
	for i := range ms {
		c.analyse(ws, ms, i)
	}
	for i := range ms {
		// "agreed to sign": what was agreed is still to happen
		if g := ms[i].governor; g >= 0 && ms[g].pat.plover == "AGREE" && ms[g].status == StatusHappened {
			ms[g].status = StatusPlanned
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.dropped {
			continue
		}
		src, tgt := actorsOf(ws, chunks, ms, i)
		ev := c.build(a, ws, sent, m, chunks, src, tgt)
		if ev.PLOVER == "" {
			continue
		}
		attribute(a, ws, chunks, m, &ev)
		if m.governor >= 0 && ev.ReportedBy == "" && (ev.Status == StatusClaimed || ev.Status == StatusNegated) {
			// the accuser or the denier reports the embedded event
			if gs, _ := actorsOf(ws, chunks, ms, m.governor); len(gs) > 0 {
				setReporter(&ev, chunks, gs[0])
			}
		}
		ev.Date = date
		ev.Place = place
		ev.Context = cx
		out = append(out, Scored{Event: ev, Score: m.score, nounTrigger: !m.pat.verb})
	}
	slices.SortStableFunc(out, func(a, b Scored) int { return cmp.Compare(b.Score, a.Score) })
	return dedupe(out)
}

// dedupe drops an event when a higher-ranked event of the same type and
// status is in the sentence and either has the same CAMEO code or the later
// one is named by a noun: "arrived in Accra for a state visit" is one visit.
func dedupe(evs []Scored) []Scored {
	out := make([]Scored, 0, len(evs))
	for _, e := range evs {
		dup := false
		for _, f := range out {
			if f.PLOVER == e.PLOVER && f.Status == e.Status && (e.nounTrigger || f.CAMEO == e.CAMEO) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, e)
		}
	}
	return out
}

// analyse scores match i and sets its governor and status.
func (c *Coder) analyse(ws []word, ms []match, i int) {
	m := &ms[i]
	p := m.pat
	m.governor = -1
	m.score = 10 + 2*float64(p.length())
	if p.verb {
		m.score += 3
	}
	head := ws[m.start].low
	prev := ""
	if m.start > 0 {
		prev = ws[m.start-1].low
	}
	// governed by an earlier verb of speech or intent in the same clause
	for j := i - 1; j >= 0; j-- {
		g := ms[j]
		if !(g.pat.verb || ws[g.start].low == "must" || ws[g.start].low == "should") || !governing[g.pat.plover] || g.governor >= 0 || orderWords[ws[g.start].low] {
			continue
		}
		if m.start-g.end > 15 || crosses(ws, g.end, m.start) || coordinatedVerb(ws, m.start) {
			continue
		}
		m.governor = j
		break
	}
	if m.governor >= 0 {
		m.score -= 30
	}
	if i > 0 && ms[i-1].transparent {
		m.score += 3 // the act a transparent verb introduces: "ordered the release"
	}
	if transparent[head] && i+1 < len(ms) && ms[i+1].start-m.end <= 6 && !crosses(ws, m.end, ms[i+1].start) {
		hasTo := false
		for k := m.end; k < ms[i+1].start; k++ {
			if ws[k].low == "to" {
				hasTo = true
			}
		}
		if !hasTo || orderWords[head] {
			m.score -= 8
			m.transparent = true
		}
	}
	if p.verb && (determiners[prev] && prev != "that" || nounPreps[prev] && head == baseOf(p, head)) {
		m.score -= 5 // "the order", "a strike", "bans on travel": a noun
	} else if t := ws[m.start].tag; p.verb && !ws[m.start].upper && (t == "NN" || t == "NNS") {
		m.score -= 5 // the tagger reads it as a noun: "security talks", "weapons transfers"
	}
	if returnForms[head] && p.length() == 1 && (m.end >= len(ws) || notObjects[ws[m.end].low]) {
		m.dropped = true // "returned to Geneva": going back, not giving back
	}
	if reducedRelative(ws, m) {
		m.dropped = true // "officials accused of ...": an earlier act, named
	}
	if strings.HasSuffix(head, "ing") && p.verb && !beForms[prev] {
		m.score -= 4 // a participle: "..., killing 17 soldiers"
	}
	for k := m.start - 1; k >= 0 && k >= m.start-4; k-- {
		w := ws[k].low
		if ws[k].punct {
			break
		}
		if subordinators[w] && (!p.verb || clauseBreaks[w]) {
			m.score -= 6
			break
		}
	}
	if !p.verb && (determiners[prev] || subordinators[prev]) {
		m.score -= 3
	}
	for k := m.start - 1; k >= 0 && k >= m.start-4; k-- {
		if ws[k].punct {
			break
		}
		if relatives[ws[k].low] {
			m.score -= 3 // a relative clause: "nationals who had been arrested"
			break
		}
	}
	m.score -= 0.3 * float64(m.start)
	// status
	m.status = StatusHappened
	window := 3
	if !p.verb {
		window = 5
	}
	for k := m.start - 1; k >= 0 && k >= m.start-window; k-- {
		w := ws[k].low
		if ws[k].punct {
			break
		}
		switch {
		case ws[k].upper && k > 0:
			// "Theresa May", "Will Smith": a capitalised modal is a name
		case negators[w]:
			m.status = StatusNegated
		case m.status == StatusHappened && futureWords[w]:
			m.status = StatusPlanned
		case m.status == StatusHappened && hypoWords[w] && w != "if":
			m.status = StatusHypothetical
		case m.status == StatusHappened && w == "to" && p.verb && k == m.start-1 && ws[m.start].low == baseOf(p, head):
			if k > 0 && intentWords[ws[k-1].low] {
				m.status = StatusPlanned
			} else if k == 0 || !transparent[ws[k-1].low] {
				m.score -= 4 // a purpose clause: "... to help Haiti"
			}
		}
	}
	for k := m.start - 1; k >= 0 && k >= m.start-clauseReach; k-- {
		if clauseBreaks[ws[k].low] || ws[k].low == ";" {
			break
		}
		if ws[k].low == "if" || ws[k].low == "unless" {
			m.status = StatusHypothetical
			break
		}
	}
	if m.governor >= 0 && m.status == StatusHappened {
		switch ms[m.governor].pat.plover {
		case "ACCUSE":
			m.status = StatusClaimed
		case "REJECT":
			m.status = StatusNegated
		default:
			m.status = StatusPlanned
		}
	}
}

// clauseReach bounds how far back the coder looks for what governs a trigger
// ("if", a verb of saying), so that a run-on sentence costs linear time.
const clauseReach = 40

// baseOf returns the base form of a verb pattern's head word when head is
// that base form, else "".
func baseOf(p *pattern, head string) string {
	if !p.verb || strings.HasSuffix(head, "ed") || strings.HasSuffix(head, "ing") || (strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss")) {
		return ""
	}
	return head
}

// crosses reports whether the words between i and j hold a clause break.
func crosses(ws []word, i, j int) bool {
	for k := i; k < j && k < len(ws); k++ {
		if clauseBreaks[ws[k].low] || reporting[ws[k].low] {
			return true
		}
	}
	return false
}

// passive reports whether match m is a verb in the passive voice ("was
// attacked", "have been arrested").
func passive(ws []word, m *match) bool {
	if !m.pat.verb {
		return false
	}
	h := ws[m.start].low
	if strings.HasSuffix(h, "ing") || (strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss")) {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-3; k-- {
		w := ws[k].low
		if beForms[w] && w != "'s" {
			return true
		}
		if !(w == "not" || w == "n't" || strings.HasSuffix(w, "ly") || w == "also" || w == "reportedly" || w == "allegedly") {
			return false
		}
	}
	return false
}

// actorsOf returns the chunk indexes of the sources and the target (-1 when
// none) of match i.
func actorsOf(ws []word, chunks []chunk, ms []match, i int) (src []int, tgt int) {
	m := &ms[i]
	tgt = -1
	before := -1
	lo := 0
	if m.governor >= 0 {
		lo = ms[m.governor].end
	}
	for k := len(chunks) - 1; k >= 0; k-- {
		if chunks[k].end <= m.start && chunks[k].start >= lo {
			before = k
			break
		}
	}
	if before < 0 && m.governor >= 0 {
		// "X agreed to sign ...": the governor's subject acts
		gs, gt := actorsOf(ws, chunks, ms, m.governor)
		if ms[m.governor].pat.plover == "REQUEST" && gt >= 0 {
			gs = []int{gt}
		}
		src = gs
	} else if before >= 0 {
		src = coordinated(ws, chunks, before)
		if h := ws[m.start].low; h == "must" || h == "should" {
			// "X said (that) Y must ...": X asks Y
			r := -1
			for k := chunks[before].start - 1; k >= 0; k-- {
				if reporting[ws[k].low] || ws[k].low == "that" || ws[k].low == "declared" {
					r = k
					break
				}
			}
			for k := before - 1; r >= 0 && k >= 0; k-- {
				if chunks[k].end <= r {
					return []int{k}, before
				}
			}
		}
	}
	after := -1
	for k := range chunks {
		if chunks[k].start >= m.end && chunks[k].start-m.end <= 12 {
			if crosses(ws, m.end, chunks[k].start) {
				break
			}
			after = k
			break
		}
	}
	if passive(ws, m) {
		// "Y was attacked by X": X acts on Y
		by := -1
		for k := m.end; k < len(ws) && k < m.end+6; k++ {
			if ws[k].low == "by" {
				for j := range chunks {
					if chunks[j].start > k && chunks[j].start <= k+3 {
						by = j
						break
					}
				}
				break
			}
		}
		var t int = -1
		if len(src) > 0 {
			t = src[len(src)-1]
		}
		if by >= 0 {
			return []int{by}, t
		}
		// no agent: "was put under investigation in Italy" - the place acts
		for k := range chunks {
			if chunks[k].start > m.end && ws[chunks[k].start-1].low == "in" && chunks[k].actor.Country != "" && k != t {
				return []int{k}, t
			}
		}
		return nil, t
	}
	return src, after
}

// coordinated returns chunk k and the chunks joined to it by "and" or commas
// before it ("Jordan and Britain", "France, Germany and Italy").
func coordinated(ws []word, chunks []chunk, k int) []int {
	out := []int{k}
	for j := k - 1; j >= 0; j-- {
		gap := ws[chunks[j].end:chunks[j+1].start]
		if len(gap) != 1 || (gap[0].low != "and" && gap[0].low != "," && gap[0].low != "&") {
			break
		}
		out = append([]int{j}, out...)
	}
	return out
}

// build turns match m into an event.
func (c *Coder) build(a *newsgraph.Article, ws []word, sent newsgraph.Span, m *match, chunks []chunk, src []int, tgt int) newsgraph.Event {
	p := m.pat
	ev := newsgraph.Event{
		PLOVER:   p.plover,
		Mode:     p.mode,
		CAMEO:    p.cameo,
		Status:   m.status,
		Sentence: sent,
	}
	sp := newsgraph.Span{Start: ws[m.start].span.Start, End: ws[m.end-1].span.End}
	ev.Trigger = newsgraph.Mention{Span: sp, Text: a.Text(sp)}
	if m.governor < 0 {
		switch m.status {
		case StatusPlanned, StatusHypothetical:
			// PLOVER: announced cooperation is AGREE, announced retreats
			// CONCEDE, announced conflict THREATEN.
			switch {
			case cooperative[ev.PLOVER]:
				ev.PLOVER, ev.CAMEO = "AGREE", futureCAMEO(ev.CAMEO)
			case ev.PLOVER == "RETREAT" || ev.PLOVER == "CONCEDE":
				// PLOVER would code CONCEDE; the gold coders code AGREE
				ev.PLOVER, ev.CAMEO = "AGREE", "035"
			case ev.PLOVER == "ASSAULT" || ev.PLOVER == "COERCE" || ev.PLOVER == "MOBILIZE" || ev.PLOVER == "SANCTION" || ev.PLOVER == "PROTEST":
				ev.PLOVER, ev.CAMEO = "THREATEN", threatCAMEO(ev.PLOVER)
			}
		case StatusNegated:
			if cooperative[ev.PLOVER] || ev.PLOVER == "AGREE" || ev.PLOVER == "RETREAT" || ev.PLOVER == "CONCEDE" {
				ev.PLOVER, ev.CAMEO, ev.Status = "REJECT", "120", StatusHappened
			}
		}
	}
	if (ev.PLOVER == "MOBILIZE" && ev.CAMEO == "154" || ev.PLOVER == "CONSULT" && ev.CAMEO == "042") && m.governor < 0 {
		// peacekeepers or relief teams that arrive or deploy bring aid
		if k := helpNear(ws, m); k != "" {
			ev.PLOVER, ev.CAMEO, ev.Mode = "AID", k, ""
		}
	}
	if ev.PLOVER == "COERCE" && takeWords[ws[m.start].low] && len(src) > 0 && armed[chunks[src[0]].actor.Sector] {
		// troops that capture or seize take ground: "troops captured the town"
		ev.PLOVER, ev.CAMEO, ev.Mode = "ASSAULT", "192", ""
	}
	if cc, ok := cameoTable[ev.CAMEO]; ok {
		ev.QuadClass, ev.Goldstein = cc.QuadClass, cc.Goldstein
	}
	for _, k := range src {
		act := chunks[k].actor
		if act.Country == "" && act.Entity == "" {
			// "the provincial government", "police": the place the
			// sentence is about stands for the country
			act.Country = defaultCountry(ws, chunks)
		}
		ev.Source = append(ev.Source, act)
	}
	if tgt >= 0 && !containsInt(src, tgt) {
		if symmetric(ev.PLOVER, ev.CAMEO) && len(ev.Source) > 0 {
			// "X talked with Y": a symmetric meeting lists all parties as sources
			ev.Source = append(ev.Source, chunks[tgt].actor)
		} else {
			ev.Target = append(ev.Target, chunks[tgt].actor)
		}
	}
	return ev
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// futureCAMEO maps a cooperative CAMEO code to its "express intent" code.
func futureCAMEO(code string) string {
	switch code[:2] {
	case "04":
		return "036"
	case "05":
		return "032"
	case "06":
		return "031"
	case "07":
		return "033"
	}
	return "030"
}

func threatCAMEO(plover string) string {
	switch plover {
	case "SANCTION":
		return "131"
	case "COERCE":
		return "137"
	case "PROTEST":
		return "133"
	}
	return "138"
}

// contextWords maps words to the PLOVER contexts they state.
var contextWords = map[string]string{
	"military": "military", "army": "military", "troops": "military", "weapons": "military", "arms": "military", "missiles": "military", "defence": "military", "defense": "military",
	"economic": "economic", "trade": "economic", "tariffs": "economic", "investment": "economic", "loan": "economic", "debt": "economic",
	"humanitarian": "humanitarian", "refugees": "humanitarian", "food": "humanitarian", "relief": "humanitarian",
	"nuclear": "military", "election": "elections", "elections": "elections", "vote": "elections",
	"terrorism": "terrorism", "terrorist": "terrorism", "terrorists": "terrorism",
	"peacekeeping": "peacekeeping", "peacekeepers": "peacekeeping", "ceasefire": "military",
	"rights": "rights_freedoms", "corruption": "corruption", "migrants": "migration", "migration": "migration",
	"border": "territory", "territory": "territory", "cyber": "cyber", "health": "health",
}

// contexts returns the PLOVER contexts the sentence's words state, sorted.
func contexts(ws []word) []string {
	var out []string
	for _, w := range ws {
		if cx, ok := contextWords[w.low]; ok && !containsStr(out, cx) {
			out = append(out, cx)
		}
	}
	sort.Strings(out)
	return out
}

func containsStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// defaultCountry returns the country a sentence is located in: the first
// country named after "in", else the only country the sentence names, else "".
func defaultCountry(ws []word, chunks []chunk) string {
	only := ""
	for _, ch := range chunks {
		c := ch.actor.Country
		if len(c) != 3 || c == "IGO" || c == "UNO" || c == "EUR" || c == "NGO" || c == "IMG" || c == "MNC" {
			continue
		}
		if ch.start > 0 && ws[ch.start-1].low == "in" {
			return c
		}
		if only == "" {
			only = c
		} else if only != c {
			only = "-"
		}
	}
	if only == "-" {
		return ""
	}
	return only
}

// coordinatedVerb reports whether the word at i is a verb coordinated with
// an earlier one ("convicted him and sentenced him"), not its complement.
func coordinatedVerb(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch w := ws[k].low; {
		case w == "and" || w == "then":
			return true
		case strings.HasSuffix(w, "ly"):
			continue
		default:
			return false
		}
	}
	return false
}

// symmetric reports whether an event type treats its parties alike: talks,
// phone calls, negotiations and material cooperation (a visit has a host).
func symmetric(plover, cameo string) bool {
	switch plover {
	case "CONSULT":
		return cameo != "042" && cameo != "043" && cameo != "045"
	case "COOPERATE":
		return true
	}
	return false
}

// reducedRelative reports whether match m is a participle modifying the noun
// before it ("the men arrested in the raid", "officials accused of fraud").
func reducedRelative(ws []word, m *match) bool {
	if !m.pat.verb || m.start == 0 || !reducedParticiples[ws[m.start].low] || m.start+1 >= len(ws) {
		return false
	}
	switch ws[m.start+1].low {
	case "of", "in", "over", "with", "for":
	default:
		return false
	}
	p := ws[m.start-1]
	if p.punct || p.upper || beForms[p.low] || p.low == "have" || p.low == "has" || p.low == "had" || p.low == "who" || p.low == "that" ||
		p.low == "he" || p.low == "she" || p.low == "they" || p.low == "it" || p.low == "we" || p.low == "and" || p.low == "also" || strings.HasSuffix(p.low, "ly") {
		return false
	}
	return true
}

// helpWords name what makes a deployment aid, with the CAMEO code it gives.
var helpWords = map[string]string{
	"peacekeeping": "074", "peacekeepers": "074", "peacekeeper": "074", "peace-keeping": "074",
	"aid": "073", "relief": "073", "humanitarian": "073", "rescue": "073", "medical": "073",
}

// helpNear returns the aid code named within six words of match m, "" when
// none.
func helpNear(ws []word, m *match) string {
	for k := max(0, m.start-6); k < len(ws) && k < m.end+6; k++ {
		if c, ok := helpWords[ws[k].low]; ok {
			return c
		}
	}
	return ""
}
