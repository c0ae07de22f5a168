package entity

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/gazetteer"
)

// roleModifiers may stand before a role word as part of the role: "Deputy
// Foreign Minister", "former minister", "senior economist".
var roleModifiers = map[string]bool{
	"deputy": true, "vice": true, "acting": true, "former": true, "senior": true, "assistant": true,
	"junior": true, "chief": true, "interim": true, "outgoing": true, "incoming": true, "retired": true,
	"top": true, "associate": true, "principal": true, "executive": true, "lead": true, "general": true,
	"foreign": true, "defence": true, "defense": true, "interior": true, "finance": true, "health": true,
	"justice": true, "trade": true, "economy": true, "economic": true, "education": true, "environment": true,
	"energy": true, "transport": true, "agriculture": true, "labour": true, "labor": true, "home": true,
	"state": true, "first": true, "permanent": true, "special": true, "regional": true, "provincial": true,
	"national": true, "district": true, "county": true, "city": true, "opposition": true, "party": true,
	"parliamentary": true, "presidential": true, "press": true, "communications": true, "security": true,
	"intelligence": true, "treasury": true, "information": true, "culture": true, "sports": true,
	"military": true, "army": true, "police": true, "navy": true, "federal": true, "prime": true,
	"managing": true, "co": true, "founding": true, "longtime": true, "veteran": true, "newly": true,
	"elected": true, "appointed": true, "then": true, "then-": true, "de": true, "facto": true,
}

// titleAbbrevs expands abbreviated titles given as a whole role.
var titleAbbrevs = map[string]string{
	"sen.": "Senator", "sen": "Senator", "rep.": "Representative", "gov.": "Governor",
	"gen.": "General", "lt.": "Lieutenant", "col.": "Colonel", "prof.": "Professor",
	"pres.": "President", "capt.": "Captain", "sgt.": "Sergeant", "adm.": "Admiral", "maj.": "Major",
	"lt. gen.": "Lieutenant General", "maj. gen.": "Major General", "brig. gen.": "Brigadier General",
	"lt. col.": "Lieutenant Colonel",
}

// notModifier are capitalised words that never belong to a role.
var notModifier = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true,
	"may": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "on": true, "in": true, "at": true, "but": true, "and": true,
	"when": true, "after": true, "before": true, "as": true, "while": true, "yesterday": true, "today": true,
	"meanwhile": true, "also": true, "said": true, "says": true, "told": true, "with": true, "by": true,
}

// facts is what the text says about one mention: roles, organisations and a
// country.
type facts struct {
	roles   []string
	orgs    []string
	country string
}

// describe fills e.Country, e.Roles and e.Orgs from the gazetteer and from the
// text around each mention.
func (d *document) describe(e *newsgraph.Entity, idx []int) {
	var roles, orgs []string
	country, userCountry := "", ""
	addRole := func(r string) {
		r = strings.Trim(strings.TrimSpace(r), ",;:")
		if full, ok := titleAbbrevs[strings.ToLower(r)]; ok {
			r = full
		}
		if r == "" {
			return
		}
		for _, x := range roles {
			if strings.EqualFold(x, r) {
				return
			}
		}
		roles = append(roles, r)
	}
	addOrg := func(o string) {
		o = strings.TrimSpace(o)
		if o == "" {
			return
		}
		k := gazetteer.Key(o)
		for _, x := range orgs {
			if gazetteer.Key(x) == k {
				return
			}
		}
		orgs = append(orgs, o)
	}
	setCountry := func(c string) {
		if country == "" && c != "" {
			country = c
		}
	}
	// User entries first: they override and extend.
	for _, i := range idx {
		for _, u := range d.g.Actors(d.ms[i].clean, d.a.Published) {
			if u.Kind != gazetteer.KindActor || family(u.Type) != family(e.Type) {
				continue
			}
			if u.Type != "" {
				e.Type = u.Type
			}
			if userCountry == "" {
				userCountry = u.Country
			}
			addRole(u.Role)
		}
	}
	for _, i := range idx {
		m := d.ms[i]
		switch e.Type {
		case newsgraph.EntityPerson:
			for _, c := range []facts{d.premodifier(m), d.appositive(m)} {
				for _, r := range c.roles {
					addRole(r)
				}
				for _, o := range c.orgs {
					addOrg(o)
				}
				setCountry(c.country)
			}
		case newsgraph.EntityGPE, newsgraph.EntityLoc:
			if c, _, ok := d.g.Place(m.clean); ok {
				setCountry(c.Alpha3)
			}
		case newsgraph.EntityNORP:
			if c, ok := d.g.CountryByDemonym(m.clean); ok {
				setCountry(c.Alpha3)
			} else if c, _, ok := d.g.Place(m.clean); ok {
				setCountry(c.Alpha3)
			}
		default:
			setCountry(d.orgCountry(m))
		}
	}
	// An official takes the country of the office they hold.
	if country == "" && e.Type == newsgraph.EntityPerson {
		for _, o := range orgs {
			setCountry(d.phraseCountry(o))
		}
	}
	if userCountry != "" {
		country = userCountry
	}
	e.Country, e.Roles, e.Orgs = country, roles, orgs
}

// phraseCountry finds the country of an organisation phrase: a known
// organisation, or a demonym or country inside it ("Brazilian Foreign
// Ministry", "Central Bank of Kenya").
func (d *document) phraseCountry(phrase string) string {
	if e, ok := d.g.Org(phrase); ok && e.Country != "" {
		return e.Country
	}
	words := strings.Fields(phrase)
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	for n := min(3, len(words)); n >= 1; n-- {
		if c := d.countryWords(words[:n]); c != "" {
			return c
		}
	}
	for i, w := range words {
		if strings.EqualFold(w, "of") && i+1 < len(words) {
			rest := words[i+1:]
			if len(rest) > 0 && strings.EqualFold(rest[0], "the") {
				rest = rest[1:]
			}
			if c, ok := d.g.CountryByName(strings.Join(rest, " ")); ok {
				return c.Alpha3
			}
		}
	}
	return ""
}

// countryWords resolves words that are a demonym or the name of a country,
// city or region, possibly possessive ("Kenyan", "South Korean", "Kenya's",
// "U.S.", "Ohio"), to a country.
func (d *document) countryWords(words []string) string {
	if len(words) == 0 {
		return ""
	}
	ws := append([]string(nil), words...)
	last, _ := stripPossessive(ws[len(ws)-1])
	ws[len(ws)-1] = last
	p := strings.Join(ws, " ")
	if c, ok := d.g.CountryByDemonym(p); ok {
		return c.Alpha3
	}
	if !capitalised(p) {
		return ""
	}
	if isAcronym(p) {
		// "GAO" is not the Malian city of Gao: an acronym is only a country's
		// own alias ("US", "UAE", "DRC").
		if c, ok := d.g.CountryByName(p); ok {
			return c.Alpha3
		}
		return ""
	}
	if c, _, ok := d.g.Place(p); ok {
		return c.Alpha3
	}
	return ""
}

// isAcronym reports whether w has no lower-case letters and at least two
// capitals ("GAO", "U.S.").
func isAcronym(w string) bool {
	up := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			up++
		}
	}
	return up >= 2
}

// orgCountry finds an organisation's country: the gazetteer's, a demonym or
// country in its name, or a nationality or country right before it ("the
// Brazilian Foreign Ministry" where only "Foreign Ministry" was tagged).
func (d *document) orgCountry(m *mention) string {
	if c := d.phraseCountry(m.clean); c != "" {
		return c
	}
	ws := lex(d.a.Body, max(d.sentenceOf(m.span.Start).start, m.span.Start-40), m.span.Start)
	for n := 1; n <= 2 && n <= len(ws); n++ {
		tail := ws[len(ws)-n:]
		if tail[0].punct {
			break
		}
		var texts []string
		for _, w := range tail {
			texts = append(texts, w.text)
		}
		if c := d.countryWords(texts); c != "" {
			return c
		}
	}
	return ""
}

// mentionEndingAt returns the mention ending at byte offset end, if any.
func (d *document) mentionEndingAt(end int) *mention {
	d.indexSpans()
	return d.byEnd[end]
}

// indexSpans builds the start and end indexes of the mentions once.
func (d *document) indexSpans() {
	if d.byEnd != nil {
		return
	}
	d.byEnd = make(map[int]*mention, len(d.ms))
	d.byStart = make(map[int]*mention, len(d.ms))
	for _, m := range d.ms {
		if _, ok := d.byEnd[m.span.End]; !ok {
			d.byEnd[m.span.End] = m
		}
		if _, ok := d.byStart[m.span.Start]; !ok {
			d.byStart[m.span.Start] = m
		}
	}
}

// nameStart returns the offset where the person's name proper begins inside
// the mention (after "the", honorifics and titles).
func nameStart(m *mention) int {
	t := m.text
	i, n := 0, 0
	for i < len(t) {
		for i < len(t) && unicode.IsSpace(rune(t[i])) {
			i++
		}
		if n == m.front || i >= len(t) {
			break
		}
		for i < len(t) && !unicode.IsSpace(rune(t[i])) {
			i++
		}
		n++
	}
	if i >= len(t) {
		return m.span.Start
	}
	return m.span.Start + i
}

// premodifier reads the words before a person's name: "French President
// Emmanuel Macron", "Foreign Office spokeswoman Jane Roe", "Kenya's Interior
// Minister ...", "U.S. Secretary of State ...".
func (d *document) premodifier(m *mention) facts {
	var c facts
	body := d.a.Body
	start := nameStart(m)
	sent := d.sentenceOf(m.span.Start)
	ws := lex(body, max(sent.start, start-200), start)
	for len(ws) > 0 && honorifics[gazetteer.Key(ws[len(ws)-1].text)] {
		ws = ws[:len(ws)-1]
	}
	i := len(ws) - 1
	if i >= 1 && ws[i].text == "," && m.front == 0 && d.closesAppositive(m) {
		// A role before the name, set off by commas: "Kenya's interior
		// minister, Kithure Kindiki, said".
		ws = ws[:i]
		i--
	}
	if i < 0 || ws[i].punct {
		return c
	}
	// The office's place or body after the role: "the Prime Minister of
	// Singapore, Lee Hsien Loong", "President of Kenya William Ruto".
	ofOrg, ofCountry := "", ""
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		if ws[k].punct {
			break
		}
		if ws[k].text != "of" {
			continue
		}
		from := k + 1
		if strings.EqualFold(ws[from].text, "the") && from < i {
			from++
		}
		if cs := d.countryEndsAt(ws, i); cs == from {
			ofCountry = d.countryWordsAt(ws, cs, i)
		} else if d.namesOrgOrPlace(ws[from : i+1]) {
			ofOrg = body[ws[from].start:ws[i].end]
		} else {
			break
		}
		i = k - 1
		break
	}
	// The longest role phrase ending right before the name.
	roleStart := -1
	for n := min(5, i+1); n >= 1; n-- {
		seg := ws[i-n+1 : i+1]
		if hasPunct(seg) {
			continue
		}
		if a, ok := d.g.Agent(wordsText(seg)); ok && a.Role {
			roleStart = i - n + 1
			break
		}
	}
	if roleStart < 0 {
		return c
	}
	if roleStart < i && determiners[strings.ToLower(ws[roleStart].text)] {
		roleStart++ // "the Prime Minister": the role is "Prime Minister"
	}
	c.country = ofCountry
	if ofOrg != "" {
		c.orgs = append(c.orgs, ofOrg)
	}
	titled := capitalised(ws[roleStart].text)
	j := roleStart - 1
	// Modifiers: "Deputy", "former", "Finance".
	for mods := 0; j >= 0 && mods < 3 && !ws[j].punct; mods++ {
		k := gazetteer.Key(ws[j].text)
		if d.orgEndsAt(ws, j) >= 0 || d.countryEndsAt(ws, j) >= 0 {
			break
		}
		if roleModifiers[k] || (titled && capitalised(ws[j].text) && !notModifier[k] && ws[j].start > sent.start &&
			!d.inNonOrgMention(ws[j], m)) {
			j--
			continue
		}
		break
	}
	c.roles = append(c.roles, body[ws[j+1].start:ws[i].end])
	orgEnd := j
	orgStart := d.orgEndsAt(ws, j)
	if orgStart < 0 && !titled && j >= 0 && !ws[j].punct && capitalised(ws[j].text) && d.countryEndsAt(ws, j) < 0 {
		// "Uralsib analyst": capitalised words before a lower-case role name
		// the employer.
		k := j
		for k >= 0 && !ws[k].punct && capitalised(ws[k].text) && !notModifier[gazetteer.Key(ws[k].text)] &&
			ws[k].start > sent.start && d.countryEndsAt(ws, k) < 0 && !d.inNonOrgMention(ws[k], m) {
			k--
		}
		if k < j {
			orgStart = k + 1
		}
	}
	if orgStart >= 0 {
		j = orgStart - 1
	}
	if cs := d.countryEndsAt(ws, j); cs >= 0 && c.country == "" {
		c.country = d.countryWordsAt(ws, cs, j)
		if orgStart >= 0 {
			orgStart = cs
		}
	}
	if orgStart >= 0 {
		o := body[ws[orgStart].start:ws[orgEnd].end]
		if strings.HasPrefix(o, "the ") || strings.HasPrefix(o, "The ") {
			o = o[4:]
		}
		o, _ = stripPossessive(o)
		c.orgs = append(c.orgs, o)
	}
	return c
}

func hasPunct(ws []word) bool {
	for _, w := range ws {
		if w.punct {
			return true
		}
	}
	return false
}

// orgEndsAt returns the index of the first word of an organisation name ending
// at word j (a tagged ORG mention, a gazetteer organisation, or capitalised
// words ending in an institution word such as "Ministry"), or -1.
func (d *document) orgEndsAt(ws []word, j int) int {
	if j < 0 || ws[j].punct {
		return -1
	}
	if om := d.mentionEndingAt(ws[j].end); om != nil && (om.typ == newsgraph.EntityOrg || om.typ == newsgraph.EntityMisc) {
		for k := j; k >= 0; k-- {
			if ws[k].start <= om.span.Start {
				return k
			}
		}
	}
	for n := min(6, j+1); n >= 1; n-- {
		seg := ws[j-n+1 : j+1]
		if hasPunct(seg) {
			continue
		}
		if _, ok := d.g.Org(wordsText(seg)); ok && capitalised(seg[0].text) {
			return j - n + 1
		}
	}
	if a, ok := d.g.Agent(ws[j].text); ok && !a.Role && capitalised(ws[j].text) {
		k := j
		for k-1 >= 0 && !ws[k-1].punct && capitalised(ws[k-1].text) && d.countryEndsAt(ws, k-1) < 0 &&
			!notModifier[gazetteer.Key(ws[k-1].text)] {
			k--
		}
		return k
	}
	return -1
}

// countryEndsAt returns the index of the first word of a demonym or country
// name (possibly possessive) ending at word j, or -1.
func (d *document) countryEndsAt(ws []word, j int) int {
	if j < 0 || ws[j].punct {
		return -1
	}
	for n := min(3, j+1); n >= 1; n-- {
		if hasPunct(ws[j-n+1 : j+1]) {
			continue
		}
		if d.countryWordsAt(ws, j-n+1, j) != "" {
			return j - n + 1
		}
	}
	return -1
}

func (d *document) countryWordsAt(ws []word, from, to int) string {
	var texts []string
	for _, w := range ws[from : to+1] {
		texts = append(texts, w.text)
	}
	return d.countryWords(texts)
}

// appositiveStops end an appositive.
var appositiveStops = map[string]bool{",": true, ";": true, ":": true, "(": true, ")": true,
	"—": true, "–": true, "\"": true, "“": true, "”": true, ".": true, "!": true, "?": true}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true}

// appositive reads what follows a person's name: "John Doe, the minister's chief
// of staff,", "Mary Major, professor of economics at Some University", "Jane
// Roe, a spokeswoman for the Foreign Office", "Jane Moon of Reuters".
func (d *document) appositive(m *mention) facts {
	var c facts
	body := d.a.Body
	sent := d.sentenceOf(m.span.Start)
	end := min(max(sent.end, m.span.End), m.span.End+240)
	ws := lex(body, m.span.End, end)
	if len(ws) >= 2 && !ws[0].punct && (ws[0].text == "of" || ws[0].text == "at") {
		if om := d.mentionStartingAt(ws[1].start, ws[min(2, len(ws)-1)].start); om != nil && om.typ == newsgraph.EntityOrg {
			c.orgs = append(c.orgs, om.clean)
			c.country = d.orgCountry(om)
		}
		return c
	}
	if len(ws) < 2 || ws[0].text != "," {
		return c
	}
	seg := nextSegment(ws[1:])
	if len(seg) > 0 && isNumber(seg[0].text) && len(seg) == 1 && len(ws) > len(seg)+2 {
		seg = nextSegment(ws[len(seg)+2:]) // "Mary Major, 45, a teacher"
	}
	if len(seg) == 0 || len(seg) > 16 {
		return c
	}
	// Determiners and a possessor: "the minister's", "Kenya's", "a".
	for len(seg) > 0 && determiners[strings.ToLower(seg[0].text)] {
		seg = seg[1:]
	}
	if len(seg) > 1 {
		if base, poss := stripPossessive(seg[0].text); poss {
			if cc := d.countryWords([]string{base}); cc != "" {
				c.country = cc
			} else if a, ok := d.g.Agent(base); !ok || !a.Role {
				if capitalised(base) {
					c.orgs = append(c.orgs, base)
				}
			}
			seg = seg[1:]
		}
	}
	// Split off the organisation: "at Some University", "for the Foreign Office".
	head, org := seg, []word(nil)
	for k := 1; k+1 < len(seg); k++ {
		p := strings.ToLower(seg[k].text)
		if p != "at" && p != "for" && p != "of" && p != "with" && p != "to" {
			continue
		}
		rest := seg[k+1:]
		if strings.EqualFold(rest[0].text, "the") && len(rest) > 1 {
			rest = rest[1:]
		}
		if !capitalised(rest[0].text) {
			continue
		}
		// "Minister of Industry", "Secretary of State": one role; "chairman of
		// General Motors": a role and an organisation.
		if p == "of" && !d.namesOrgOrPlace(rest) {
			continue
		}
		if a, ok := d.g.Agent(wordsText(seg[max(0, k-2) : k+2])); ok && a.Role {
			continue
		}
		if a, ok := d.g.Agent(wordsText(seg[k-1 : k+2])); ok && a.Role {
			continue
		}
		head, org = seg[:k], rest
		break
	}
	// The role: the first role word in the head, with the modifiers before it.
	h := -1
	for k := range head {
		if head[k].punct {
			break
		}
		for n := min(4, len(head)-k); n >= 1; n-- {
			if a, ok := d.g.Agent(wordsText(head[k : k+n])); ok && a.Role {
				h = k
				break
			}
		}
		if h >= 0 {
			break
		}
	}
	if h < 0 {
		return facts{}
	}
	r := h
	for r > 0 && roleModifiers[gazetteer.Key(head[r-1].text)] {
		r--
	}
	if r > 0 {
		pre := head[:r]
		if cs := d.countryEndsAt(pre, len(pre)-1); cs == 0 {
			c.country = d.countryWordsAt(pre, 0, len(pre)-1)
		} else if capitalised(pre[0].text) {
			o := body[pre[0].start:pre[len(pre)-1].end]
			if cs > 0 {
				if cc := d.countryWordsAt(pre, 0, cs-1); cc != "" {
					c.country = cc
				}
			}
			c.orgs = append(c.orgs, o)
		}
	}
	c.roles = append(c.roles, body[head[r].start:head[d.roleEnd(head, h)].end])
	if len(org) > 0 {
		// The organisation runs while its words are capitalised or joiners.
		n := 0
		for n < len(org) && (capitalised(org[n].text) || isJoiner(org[n].text) && n+1 < len(org) && capitalised(org[n+1].text)) {
			n++
		}
		if n > 0 {
			o := body[org[0].start:org[n-1].end]
			if strings.HasSuffix(o, "..") { // "Co." ending a sentence
				o = o[:len(o)-1]
			}
			o, _ = stripPossessive(o)
			if cc, isCountry, ok := d.g.Place(o); ok && isCountry {
				if c.country == "" {
					c.country = cc.Alpha3
				}
			} else {
				c.orgs = append(c.orgs, o)
			}
		}
	}
	return c
}

func isJoiner(w string) bool {
	switch strings.ToLower(w) {
	case "of", "and", "for", "the", "&", "de", "on":
		return true
	}
	return false
}

func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// nextSegment returns the words up to the first appositive stop.
func nextSegment(ws []word) []word {
	for i, w := range ws {
		if w.punct && appositiveStops[w.text] || w.text == "who" || w.text == "said" || w.text == "says" {
			return ws[:i]
		}
	}
	return ws
}

// mentionStartingAt returns a mention starting at a or b.
func (d *document) mentionStartingAt(a, b int) *mention {
	d.indexSpans()
	if m := d.byStart[a]; m != nil {
		return m
	}
	return d.byStart[b]
}

// roleEnd returns the index of the last word of the role starting at word h:
// the longest role phrase there, extended by an "of" complement in lower case
// ("professor of economics", "head of research") but not by other prepositional
// phrases ("a farmer in Kaduna", "a lawyer for the families").
func (d *document) roleEnd(ws []word, h int) int {
	end := h
	for n := min(4, len(ws)-h); n >= 1; n-- {
		if a, ok := d.g.Agent(wordsText(ws[h : h+n])); ok && a.Role {
			end = h + n - 1
			break
		}
	}
	// "deputy health minister": modifiers and role words after the first role
	// word extend it while another role word follows.
	for j := end + 1; j < len(ws) && !ws[j].punct; {
		if e := d.rolePhraseAt(ws, j); e >= 0 {
			end, j = e, e+1
			continue
		}
		if !roleModifiers[gazetteer.Key(ws[j].text)] {
			break
		}
		j++
	}
	for end+2 < len(ws) && strings.EqualFold(ws[end+1].text, "of") &&
		!determiners[strings.ToLower(ws[end+2].text)] && !ws[end+2].punct {
		if capitalised(ws[end+2].text) {
			// "Minister of Industry", "Minister of Foreign Affairs".
			if d.namesOrgOrPlace(ws[end+2:]) {
				break
			}
			end += 2
			for end+1 < len(ws) && !ws[end+1].punct && (capitalised(ws[end+1].text) ||
				isJoiner(ws[end+1].text) && end+2 < len(ws) && capitalised(ws[end+2].text)) {
				end++
			}
			continue
		}
		end += 2
		for end+1 < len(ws) && !ws[end+1].punct && !capitalised(ws[end+1].text) && !isJoiner(ws[end+1].text) &&
			!isPreposition(ws[end+1].text) {
			end++
		}
	}
	return end
}

// namesOrgOrPlace reports whether the words start with the name of an
// organisation or a place: a tagged ORG, GPE or LOC mention, a gazetteer
// organisation, or a country.
func (d *document) namesOrgOrPlace(ws []word) bool {
	if len(ws) == 0 {
		return false
	}
	d.indexSpans()
	if m := d.byStart[ws[0].start]; m != nil {
		switch m.typ {
		case newsgraph.EntityOrg, newsgraph.EntityMisc:
			return true
		case newsgraph.EntityGPE, newsgraph.EntityLoc:
			// Only a place the gazetteer knows: taggers call portfolios
			// ("Minister of Industry") places.
			if _, _, ok := d.g.Place(m.clean); ok {
				return true
			}
		}
	}
	n := 0
	for n < len(ws) && n < 6 && !ws[n].punct && (capitalised(ws[n].text) || isJoiner(ws[n].text)) {
		n++
	}
	for ; n >= 1; n-- {
		t := wordsText(ws[:n])
		if _, ok := d.g.Org(t); ok {
			return true
		}
		if _, _, ok := d.g.Place(t); ok {
			return true
		}
	}
	return false
}

func isPreposition(w string) bool {
	switch strings.ToLower(w) {
	case "in", "at", "for", "with", "to", "from", "on", "by", "since", "who", "whose", "which", "that":
		return true
	}
	return false
}

// rolePhraseAt returns the index of the last word of the longest role phrase
// starting at word j, or -1.
func (d *document) rolePhraseAt(ws []word, j int) int {
	for n := min(4, len(ws)-j); n >= 1; n-- {
		if hasPunct(ws[j : j+n]) {
			continue
		}
		if a, ok := d.g.Agent(wordsText(ws[j : j+n])); ok && a.Role {
			return j + n - 1
		}
	}
	return -1
}

// inNonOrgMention reports whether the word lies in a tagged mention (other than
// self) of a person, place or nationality, which cannot name an employer.
func (d *document) inNonOrgMention(w word, self *mention) bool {
	i := sort.Search(len(d.ms), func(i int) bool { return d.ms[i].span.End > w.start })
	for ; i < len(d.ms) && d.ms[i].span.Start < w.end; i++ {
		if d.ms[i] == self {
			continue
		}
		switch d.ms[i].typ {
		case newsgraph.EntityPerson, newsgraph.EntityGPE, newsgraph.EntityLoc, newsgraph.EntityNORP:
			return true
		}
	}
	return false
}

// closesAppositive reports whether a comma, or the end of the sentence, follows
// the mention, so that "the minister, John Doe, said" reads as one phrase and
// "after meeting the minister, John Doe said" does not.
func (d *document) closesAppositive(m *mention) bool {
	body := d.a.Body
	i := m.span.End
	for i < len(body) && body[i] == ' ' {
		i++
	}
	return i >= len(body) || body[i] == ',' || body[i] == '.' || body[i] == ';' || body[i] == '\n'
}
