package entity

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/gazetteer"
)

// Limits that keep odd input (a body full of brackets) in bounded time.
const (
	maxAcronyms     = 200
	maxAcronymAdded = 5000 // untagged uses of defined acronyms added, in all
)

// family groups types whose mentions may be one entity when their names are the
// same: taggers confuse PERSON, ORG and MISC more than they confuse either with
// places or nationalities.
func family(t string) int {
	switch t {
	case newsgraph.EntityGPE, newsgraph.EntityLoc:
		return 2
	case newsgraph.EntityNORP:
		return 3
	}
	return 1
}

// defineAcronyms finds acronyms the text defines after a name, "the Committee to
// Protect Journalists (CPJ)", adds the acronym as a mention when the tagger
// missed it, and adds its later untagged uses.
func (d *document) defineAcronyms() {
	body := d.a.Body
	d.acros = map[string]int{}
	defs := map[string]*mention{}
	var order []string
	for _, m := range d.ms {
		if len(defs) >= maxAcronyms {
			break
		}
		if m.typ == newsgraph.EntityPerson || len(m.toks) < 2 {
			continue
		}
		i := m.span.End
		for i < len(body) && i < m.span.End+2 && body[i] == ' ' {
			i++
		}
		if i >= len(body) || body[i] != '(' {
			continue
		}
		j := strings.IndexByte(body[i+1:min(len(body), i+16)], ')')
		if j < 0 {
			continue
		}
		start, end := i+1, i+1+j
		acr := body[start:end]
		if !looksLikeAcronym(acr) {
			continue
		}
		k := gazetteer.Key(acr)
		if _, dup := defs[k]; dup {
			continue
		}
		def := &mention{span: newsgraph.Span{Start: start, End: end}, text: acr, typ: m.typ, added: true}
		defs[k] = m
		order = append(order, acr)
		d.addMention(def)
	}
	n := 0
	for _, acr := range order {
		def := defs[gazetteer.Key(acr)]
		for off := 0; off < len(body) && n < maxAcronymAdded; {
			p := strings.Index(body[off:], acr)
			if p < 0 {
				break
			}
			p += off
			off = p + len(acr)
			if (p > 0 && isWordByte(body[p-1])) || (off < len(body) && isWordByte(body[off])) {
				continue
			}
			n++
			d.addMention(&mention{span: newsgraph.Span{Start: p, End: off}, text: acr, typ: def.typ, added: true})
		}
	}
	// Index the definitions by the defining mention.
	for k, def := range defs {
		for i, m := range d.ms {
			if m == def {
				d.acros[k] = i
			}
		}
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// looksLikeAcronym: 2 to 12 characters, no spaces, at least two capitals and
// more capitals than lower-case letters ("CPJ", "U.N.", "ECOWAS", "MoD").
func looksLikeAcronym(s string) bool {
	if len(s) < 2 || len(s) > 12 {
		return false
	}
	up, low := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			low++
		case r == '.' || r == '&' || r == '-' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return up >= 2 && up > low
}

// addMention inserts m unless it overlaps a mention already there. d.ms stays
// sorted by start.
func (d *document) addMention(m *mention) {
	i := sort.Search(len(d.ms), func(i int) bool { return d.ms[i].span.Start >= m.span.Start })
	if i > 0 && d.ms[i-1].span.End > m.span.Start {
		return
	}
	if i < len(d.ms) && d.ms[i].span.Start < m.span.End {
		return
	}
	d.s.prepare(m)
	d.ms = append(d.ms, nil)
	copy(d.ms[i+1:], d.ms[i:])
	d.ms[i] = m
}

// absorbAgents turns a nationality followed by an institution word ("Kenyan
// police", "the French government", "Israeli troops") into one ORG mention
// covering both, so that the institution is an entity with a country.
func (d *document) absorbAgents() {
	body := d.a.Body
	for i, m := range d.ms {
		if m.typ != newsgraph.EntityNORP || m.span.End >= len(body) || body[m.span.End] != ' ' {
			continue
		}
		next := len(body)
		if i+1 < len(d.ms) {
			next = d.ms[i+1].span.Start
		}
		ws := lex(body, m.span.End, min(next, m.span.End+60))
		best, role := 0, false
		for n := 1; n <= 3 && n <= len(ws); n++ {
			if ws[n-1].punct {
				break
			}
			if a, ok := d.g.Agent(wordsText(ws[:n])); ok {
				best, role = n, a.Role
			}
		}
		if best == 0 || role {
			continue
		}
		m.span.End = ws[best-1].end
		m.text = body[m.span.Start:m.span.End]
		m.typ = newsgraph.EntityOrg
		d.s.prepare(m)
	}
}

func wordsText(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

// link clusters the mentions (see the package documentation for the rules).
func (d *document) link() {
	n := len(d.ms)
	d.parent = make([]int, n)
	for i := range d.parent {
		d.parent[i] = i
	}
	limit := min(n, MaxMentions)
	partial := d.partials(limit)

	// A: the same name (and a compatible type) is the same entity.
	type fk struct {
		key string
		fam int
	}
	byKey := map[fk]int{}
	miscByKey := map[string]int{}
	for i := 0; i < limit; i++ {
		m := d.ms[i]
		if m.key == "" || partial[i] {
			continue
		}
		k := fk{m.key, family(m.typ)}
		if j, ok := byKey[k]; ok {
			d.union(j, i)
		} else {
			byKey[k] = i
		}
		if m.typ == newsgraph.EntityMisc {
			miscByKey[m.key] = i
		}
	}
	for k, i := range byKey {
		if j, ok := miscByKey[k.key]; ok && k.fam != 3 {
			d.union(i, j)
		}
		// The tagger called one name a place here and a person or organisation
		// there ("Chrysler"): one entity, unless the name is a known place
		// ("Jordan", "Washington").
		if k.fam == 2 {
			if j, ok := byKey[fk{k.key, 1}]; ok {
				if _, _, place := d.g.Place(d.ms[i].clean); !place {
					d.union(i, j)
				}
			}
		}
	}

	// B and F: the same gazetteer entry (a country, a known organisation, an
	// actor from the user's file) is the same entity.
	ident := map[string]int{}
	for i := 0; i < limit; i++ {
		if partial[i] {
			continue
		}
		for _, id := range d.identities(d.ms[i]) {
			if j, ok := ident[id]; ok {
				d.union(j, i)
			} else {
				ident[id] = i
			}
		}
	}

	// C: acronyms defined in the text, and acronyms matching a name's initials.
	d.linkAcronyms(limit, partial)

	// D: short forms of people's names.
	d.linkPeople(limit, partial)

	// E: "Foreign Ministry" after "Brazilian Foreign Ministry".
	d.linkOrgShortForms(limit)
}

// identities returns gazetteer identities of a mention: "c:KEN" for a country,
// "o:United Nations" for a known organisation, "u:..." for a user's actor.
func (d *document) identities(m *mention) []string {
	var ids []string
	for _, e := range d.g.Actors(m.clean, d.a.Published) {
		if e.Kind == gazetteer.KindActor && family(e.Type) == family(m.typ) {
			ids = append(ids, "u:"+e.Type+":"+e.Name)
			break
		}
	}
	switch m.typ {
	case newsgraph.EntityGPE, newsgraph.EntityLoc, newsgraph.EntityMisc:
		if c, isCountry, ok := d.g.Place(m.clean); ok && isCountry {
			ids = append(ids, "c:"+c.Alpha3)
		} else if e, ok := d.g.Org(m.clean); ok && m.typ == newsgraph.EntityMisc {
			ids = append(ids, "o:"+e.Name)
		}
	case newsgraph.EntityOrg:
		if e, ok := d.g.Org(m.clean); ok {
			ids = append(ids, "o:"+e.Name)
		}
	}
	return ids
}

// partials marks person-name mentions whose words are part of a longer person
// name in the article ("Merkel" of "Angela Merkel"): they are linked one by one
// in linkPeople rather than by their text.
func (d *document) partials(limit int) []bool {
	partial := make([]bool, len(d.ms))
	var orgTok map[string]bool
	byTok := map[string][]int{} // name token -> full person mentions holding it
	for i := 0; i < limit; i++ {
		m := d.ms[i]
		if m.typ == newsgraph.EntityPerson && len(nameTokens(m)) >= 2 {
			for _, t := range nameTokens(m) {
				if l := byTok[t]; len(l) == 0 || d.ms[l[len(l)-1]].key != m.key {
					byTok[t] = append(l, i)
				}
			}
		}
	}
	for i := 0; i < limit; i++ {
		m := d.ms[i]
		toks := nameTokens(m)
		if len(toks) == 0 {
			continue
		}
		switch {
		case m.typ == newsgraph.EntityPerson:
		case (m.typ == newsgraph.EntityOrg || m.typ == newsgraph.EntityMisc) && len(toks) == 1 && !m.added:
			// A surname the tagger typed ORG ("Yusuf added"), unless an
			// organisation's name holds the word ("Ford", "Ford Motor Company").
			if orgTok == nil {
				orgTok = d.orgTokens(limit)
			}
			if orgTok[toks[0]] || len(d.g.Lookup(m.clean)) > 0 {
				continue
			}
		default:
			continue
		}
		for _, j := range byTok[toks[0]] {
			f := d.ms[j]
			ft := nameTokens(f)
			if m.typ != newsgraph.EntityPerson && ft[len(ft)-1] != toks[0] {
				continue
			}
			if f.key != m.key && len(ft) > len(toks) && subsequence(toks, ft) {
				partial[i] = true
				break
			}
		}
	}
	return partial
}

// orgTokens returns the words of the multi-word organisation names.
func (d *document) orgTokens(limit int) map[string]bool {
	out := map[string]bool{}
	for i := 0; i < limit; i++ {
		m := d.ms[i]
		if (m.typ == newsgraph.EntityOrg || m.typ == newsgraph.EntityMisc) && len(m.toks) > 1 {
			for _, t := range m.toks {
				out[t] = true
			}
		}
	}
	return out
}

// linkAcronyms joins acronyms to their expansions: those defined in the text,
// else those whose letters are the initials of a name in the article (the
// nearest preceding one, else the nearest following one).
func (d *document) linkAcronyms(limit int, partial []bool) {
	initials := map[string][]int{}
	for i := 0; i < limit; i++ {
		m := d.ms[i]
		if m.typ == newsgraph.EntityPerson || len(m.toks) < 2 || partial[i] {
			continue
		}
		for _, ini := range nameInitials(m.clean) {
			initials[ini] = append(initials[ini], i)
		}
	}
	for i := 0; i < limit; i++ {
		m := d.ms[i]
		if m.typ == newsgraph.EntityPerson || len(m.toks) != 1 || partial[i] {
			continue
		}
		if def, ok := d.acros[m.key]; ok {
			d.union(def, i)
			continue
		}
		if !looksLikeAcronym(m.clean) {
			continue
		}
		cands := initials[m.key]
		if len(cands) == 0 {
			continue
		}
		best := -1
		for _, j := range cands {
			if d.ms[j].span.Start < m.span.Start {
				best = j
			} else if best < 0 {
				best = j
				break
			}
		}
		d.union(best, i)
	}
}

var initialStop = map[string]bool{"of": true, "the": true, "and": true, "for": true, "to": true,
	"in": true, "on": true, "de": true, "du": true, "des": true, "la": true, "le": true, "&": true}

// nameInitials returns the lower-case initials of a multi-word name, with and
// without its function words: "Committee to Protect Journalists" gives "cpj" and
// "ctpj".
func nameInitials(name string) []string {
	var all, content strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r := []rune(strings.Trim(w, ".,'’\"()"))
		if len(r) == 0 {
			continue
		}
		c := unicode.ToLower(r[0])
		all.WriteRune(c)
		if !initialStop[strings.ToLower(string(r))] {
			content.WriteRune(c)
		}
	}
	out := []string{content.String()}
	if all.String() != content.String() {
		out = append(out, all.String())
	}
	return out
}

// linkPeople links each partial person mention ("Merkel") to a full name that
// contains its words. When several full names do ("Moon Jae-in" and "Jane
// Moon"), names only seen in a reporting credit ("Jane Moon reported from
// Lagos") give way to the others; then the most recent full name before the
// mention wins, else the nearest after it. Two different full names are never
// joined by this rule unless one is a part of exactly one other.
func (d *document) linkPeople(limit int, partial []bool) {
	credit := d.creditKeys()
	type full struct {
		idx    int
		toks   []string
		credit bool
	}
	var fulls []full
	byTok := map[string][]int{}
	for i := 0; i < limit; i++ {
		m := d.ms[i]
		if m.typ != newsgraph.EntityPerson || partial[i] || len(nameTokens(m)) < 2 {
			continue
		}
		f := full{idx: i, toks: nameTokens(m), credit: credit[m.key] || d.inCredit(m)}
		for _, t := range f.toks {
			byTok[t] = append(byTok[t], len(fulls))
		}
		fulls = append(fulls, f)
	}
	// A root is a credit-only person when every full mention of it is a credit.
	creditRoot := map[int]bool{}
	for _, f := range fulls {
		r := d.find(f.idx)
		if v, seen := creditRoot[r]; !seen || v {
			creditRoot[r] = f.credit
		}
	}
	// Longer partials first, so that "Angela Merkel" joins "Angela Dorothea
	// Merkel" before "Merkel" looks for its full name.
	order := make([]int, 0)
	for i := 0; i < limit; i++ {
		if partial[i] {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return len(d.ms[order[a]].toks) > len(d.ms[order[b]].toks) })
	for _, i := range order {
		m := d.ms[i]
		toks := nameTokens(m)
		type cand struct{ root, before, after int }
		cands := map[int]*cand{}
		var roots []int
		for _, fi := range byTok[toks[0]] {
			f := fulls[fi]
			if len(f.toks) <= len(toks) || !subsequence(toks, f.toks) {
				continue
			}
			if m.typ != newsgraph.EntityPerson && f.toks[len(f.toks)-1] != toks[0] {
				continue
			}
			r := d.find(f.idx)
			c, ok := cands[r]
			if !ok {
				c = &cand{root: r, before: -1, after: -1}
				cands[r] = c
				roots = append(roots, r)
			}
			p := d.ms[f.idx].span.Start
			if p < m.span.Start && p > c.before {
				c.before = p
			}
			if p > m.span.Start && (c.after < 0 || p < c.after) {
				c.after = p
			}
		}
		if len(roots) == 0 {
			continue
		}
		var pool []int
		for _, r := range roots {
			if !creditRoot[r] {
				pool = append(pool, r)
			}
		}
		if len(pool) == 0 {
			pool = roots
		}
		best := pool[0]
		for _, r := range pool[1:] {
			c, b := cands[r], cands[best]
			switch {
			case c.before > b.before:
				best = r
			case c.before < 0 && b.before < 0 && c.after < b.after:
				best = r
			}
		}
		d.union(best, i)
	}
	// Partials that found nothing (their full name was a different type) join
	// their own kind by text.
	byKey := map[string]int{}
	for _, i := range order {
		r := d.find(i)
		if r != i {
			continue
		}
		if j, ok := byKey[d.ms[i].key]; ok {
			d.union(j, i)
		} else {
			byKey[d.ms[i].key] = i
		}
	}
}

// creditKeys returns the name keys of the article's authors and contributors.
func (d *document) creditKeys() map[string]bool {
	keys := map[string]bool{}
	for _, a := range d.a.Authors {
		keys[gazetteer.Key(a)] = true
	}
	for _, c := range d.a.Contributors {
		keys[gazetteer.Key(c.Name)] = true
	}
	return keys
}

var creditBefore = []string{"reporting by", "by", "writing by", "editing by", "additional reporting by",
	"reported by", "compiled by", "contributed by"}
var creditAfter = []string{"reported from", "reported", "contributed", "contributed reporting",
	"contributed to this report"}

// inCredit reports whether a person mention stands in a reporting credit: "By
// Jane Moon", "Reporting by Jane Moon", "Jane Moon reported from Lagos", "Jane
// Moon contributed reporting".
func (d *document) inCredit(m *mention) bool {
	body := d.a.Body
	before := strings.ToLower(strings.TrimRight(body[max(0, m.span.Start-30):m.span.Start], " "))
	lineStart := strings.LastIndexAny(before, "\n.;") + 1
	lead := strings.TrimSpace(before[lineStart:])
	for _, c := range creditBefore {
		if lead == c || strings.HasSuffix(lead, "\n"+c) {
			return true
		}
	}
	after := strings.ToLower(body[m.span.End:min(len(body), m.span.End+40)])
	after = strings.TrimLeft(after, " ,")
	for _, c := range creditAfter {
		if strings.HasPrefix(after, c+" ") || strings.HasPrefix(after, c+".") {
			return true
		}
	}
	return false
}

// linkOrgShortForms joins "Foreign Ministry" to an earlier "Brazilian Foreign
// Ministry" (a name that only adds a country or nationality in front), when
// exactly one such longer name exists.
func (d *document) linkOrgShortForms(limit int) {
	longer := map[string][]int{}
	for i := 0; i < limit; i++ {
		m := d.ms[i]
		if !orgLike(m.typ) || len(m.toks) < 2 {
			continue
		}
		words := strings.Fields(m.clean)
		for n := 1; n <= 2 && n < len(words); n++ {
			head := strings.Join(words[:n], " ")
			if _, ok := d.g.CountryByDemonym(head); !ok {
				if _, ok := d.g.CountryByName(head); !ok {
					continue
				}
			}
			rest := gazetteer.Key(strings.Join(words[n:], " "))
			if r := d.find(i); len(longer[rest]) == 0 || d.find(longer[rest][0]) != r {
				longer[rest] = append(longer[rest], i)
			}
		}
	}
	// "the Commission" after "European Commission": a one-word name that is the
	// last word of exactly one longer organisation name.
	heads := map[string][]int{}
	for i := 0; i < limit; i++ {
		m := d.ms[i]
		if m.typ != newsgraph.EntityOrg || len(m.toks) < 2 {
			continue
		}
		h := m.toks[len(m.toks)-1]
		if r := d.find(i); len(heads[h]) == 0 || d.find(heads[h][0]) != r {
			heads[h] = append(heads[h], i)
		}
	}
	// "Apple" after "Apple Computer": a one-word name that is the first word of
	// exactly one longer organisation name.
	firsts := map[string][]int{}
	for i := 0; i < limit; i++ {
		m := d.ms[i]
		if m.typ != newsgraph.EntityOrg || len(m.toks) < 2 || !strings.Contains(m.key, " ") || hasDigit(m.clean) {
			continue
		}
		h := m.toks[0]
		if r := d.find(i); len(firsts[h]) == 0 || d.find(firsts[h][0]) != r {
			firsts[h] = append(firsts[h], i)
		}
	}
	// A short form whose entity already has a longer written form ("Apple" with
	// "Apple Inc.") is not joined to another name ("Apple Corps").
	hasLong := map[int]bool{}
	for i := 0; i < limit; i++ {
		if len(d.ms[i].toks) > 1 {
			hasLong[d.find(i)] = true
		}
	}
	for i := 0; i < limit; i++ {
		m := d.ms[i]
		if orgLike(m.typ) && len(m.toks) == 1 && capitalised(m.clean) && !hasLong[d.find(i)] && !d.isPlace(m) {
			if l := firsts[m.toks[0]]; len(l) == 1 {
				d.union(l[0], i)
			}
		}
	}
	for i := 0; i < limit; i++ {
		m := d.ms[i]
		if !orgLike(m.typ) {
			continue
		}
		if l := longer[m.key]; len(l) == 1 {
			d.union(l[0], i)
			continue
		}
		if m.typ != newsgraph.EntityOrg {
			continue
		}
		if len(m.toks) == 1 && capitalised(m.clean) && !looksLikeAcronym(m.clean) && !d.isPlace(m) {
			if l := heads[m.key]; len(l) == 1 && d.ms[l[0]].span.Start < m.span.Start {
				d.union(l[0], i)
			}
		}
	}
}

func orgLike(t string) bool { return t == newsgraph.EntityOrg || t == newsgraph.EntityMisc }

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// isPlace reports whether the gazetteer knows the mention's name as a place
// ("China" is not a short form of "Air China").
func (d *document) isPlace(m *mention) bool {
	_, _, ok := d.g.Place(m.clean)
	return ok
}
