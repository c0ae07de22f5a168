package quote

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// mention is one entity mention with the index of its entity.
type mention struct {
	span   newsgraph.Span
	entity int
}

// resolver maps speaker spans to entity IDs within one article, in text order:
// names by the entity mentions they overlap, pronouns and descriptions ("he",
// "they", "the professor", "the ministry") by the nearest fitting entity before
// them, preferring the previous speaker.
type resolver struct {
	a        *newsgraph.Article
	mentions []mention // sorted by start
	last     struct {  // the most recent resolved speakers
		person, group, any int
	}
	genders map[*newsgraph.Entity]int
}

func newResolver(a *newsgraph.Article) *resolver {
	r := &resolver{a: a}
	r.last.person, r.last.group, r.last.any = -1, -1, -1
	for ei, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Valid(len(a.Body)) && m.End > m.Start {
				r.mentions = append(r.mentions, mention{m.Span, ei})
			}
		}
	}
	sort.Slice(r.mentions, func(i, j int) bool { return r.mentions[i].span.Start < r.mentions[j].span.Start })
	return r
}

var (
	personPronouns = set("he", "she", "him", "her", "i")
	groupPronouns  = set("they", "them", "we", "us", "it")
	// relativePronouns open a clause whose speaker is the noun phrase before them.
	relativePronouns = set("who", "which", "that")
	// possessivePronouns name a speaker as their personal pronoun would.
	possessivePronouns = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it", "my": "i", "our": "we"}
)

// lookBack bounds how many mentions back a pronoun or description is resolved.
const lookBack = 400

// maxMention bounds the length of an entity mention the resolver looks back for.
const maxMention = 200

func isPerson(e *newsgraph.Entity) bool { return e.Type == newsgraph.EntityPerson }

// resolve returns the entity ID of the speaker named by src, "" when unknown.
func (r *resolver) resolve(src newsgraph.Span) string {
	ei := r.find(src)
	if ei < 0 {
		return ""
	}
	e := &r.a.Entities[ei]
	if isPerson(e) {
		r.last.person = ei
	} else {
		r.last.group = ei
	}
	r.last.any = ei
	return e.ID
}

// headLen returns the length of the head of a source's lower-cased text:
// up to the first separator found after its first byte, else all of it.
func headLen(text string, seps ...string) int {
	n := len(text)
	for _, sep := range seps {
		if i := strings.Index(text, sep); i > 0 && i < n {
			n = i
		}
	}
	return n
}

// joint returns the entity IDs of a source that coordinates several named
// entities ("Norway and Chile", "Ruto, Odinga and Kalonzo"), in text order; nil
// when the source names fewer than two or is not a coordination of names.
func (r *resolver) joint(src newsgraph.Span) []string {
	text := r.a.Text(src)
	lower := strings.ToLower(text)
	if !strings.Contains(lower, " and ") {
		return nil
	}
	// a list of names may hold commas; an appositive or a phrase ends the head
	headEnd := src.Start + headLen(lower, ", a ", ", an ", ", the ", ", who ", ", which ", " of ", " at ", " for ", " from ", " in ", " with ", " (")
	var ids []string
	seen := map[int]bool{}
	prevEnd := -1
	from := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].span.Start >= src.Start })
	for _, m := range r.mentions[from:] {
		if m.span.Start >= headEnd {
			break
		}
		if m.span.End > headEnd {
			return nil
		}
		if prevEnd >= 0 {
			// the words between two names must be a conjunction or a comma
			gap := strings.TrimSpace(strings.ToLower(r.a.Body[prevEnd:m.span.Start]))
			if gap != "and" && gap != "," && gap != ", and" {
				return nil
			}
		}
		prevEnd = m.span.End
		if !seen[m.entity] {
			seen[m.entity] = true
			ids = append(ids, r.a.Entities[m.entity].ID)
		}
	}
	if len(ids) < 2 {
		return nil
	}
	return ids
}

func (r *resolver) find(src newsgraph.Span) int {
	// a name: the rightmost entity mention of the head noun phrase, before
	// any appositive or prepositional phrase ("Clinton spokesman Nick Merrill",
	// "Jane Muthoni, a professor at Nairobi University", "Kenyan officials");
	// else the first mention in the span
	text := strings.ToLower(r.a.Text(src))
	headEnd := src.Start + headLen(text, ",", " -- ", " — ", " – ", " of ", " at ", " for ", " from ", " in ", " with ", " (")
	headEnt, first, firstPerson := -1, -1, -1
	// mentions are sorted by start; none longer than maxMention bytes starts
	// further back than src.Start-maxMention
	from := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].span.Start >= src.Start-maxMention })
	for _, m := range r.mentions[from:] {
		if m.span.Start >= src.End {
			break
		}
		if m.span.End <= src.Start {
			continue
		}
		if first < 0 && !r.placeAfterIn(m) {
			first = m.entity // "officials at the ministry", but not "media in Kampala"
		}
		if firstPerson < 0 && isPerson(&r.a.Entities[m.entity]) {
			firstPerson = m.entity
		}
		if m.span.Start < headEnd {
			headEnt = m.entity
		}
	}
	if firstPerson >= 0 && (headEnt < 0 || !isPerson(&r.a.Entities[headEnt])) {
		if hw := strings.Fields(text[:headEnd-src.Start]); len(hw) > 0 && isRoleWord(strings.Trim(hw[len(hw)-1], ".,;:'’")) {
			// "The Prime Minister of Singapore, Lee Hsien Loong", "Kenya's
			// interior minister, Kithure Kindiki": the role is the person's,
			// not the place's
			return firstPerson
		}
	}
	if headEnt >= 0 {
		return headEnt
	}
	words := strings.Fields(text)
	if len(words) == 0 {
		return -1
	}
	if first >= 0 {
		return first
	}
	head := strings.Trim(words[len(words)-1], ".,;:'’")
	if relativePronouns[text] {
		// "the ministry, which denied ...": the entity named right before it;
		// "the chief, who said ...": an unnamed description, so nobody
		return r.antecedent(src.Start)
	}
	if p, ok := possessivePronouns[text]; ok {
		text = p // "his plan to ...": the speaker is who "he" would be
	}
	switch {
	case personPronouns[text]:
		// the nearest person before it whose gender does not contradict the
		// pronoun, else the previous speaker
		want := genderOf(text)
		if ei := r.before(src.Start, func(e *newsgraph.Entity) bool {
			return isPerson(e) && (want == 0 || r.gender(e) != -want)
		}); ei >= 0 {
			return ei
		}
		if r.last.person >= 0 {
			return r.last.person
		}
		return -1
	case groupPronouns[text]:
		if r.last.group >= 0 {
			return r.last.group
		}
		return r.before(src.Start, func(e *newsgraph.Entity) bool { return !isPerson(e) })
	}
	// a description: an entity whose name or roles contain its head word
	fits := func(e *newsgraph.Entity) bool {
		if strings.Contains(strings.ToLower(e.Name), head) {
			return true
		}
		for _, role := range e.Roles {
			if strings.Contains(strings.ToLower(role), head) {
				return true
			}
		}
		return false
	}
	if ei := r.before(src.Start, fits); ei >= 0 {
		return ei
	}
	if orgHeads[head] && (words[0] == "the" || words[0] == "this") && len(words) <= 4 && !strings.ContainsAny(text, "'’") {
		// "the company said", "The firm": the organisation named last
		if ei := r.before(src.Start, func(e *newsgraph.Entity) bool { return e.Type == newsgraph.EntityOrg }); ei >= 0 {
			return ei
		}
	}
	if memberNouns[head] && r.last.group >= 0 && (words[0] == "the" || len(words) == 1) {
		// "officials said" after "the ministry said"; not "analysts say" nor
		// "the comments called"
		return r.last.group
	}
	if words[0] == "the" && len(words) <= 3 && r.last.person >= 0 && !strings.HasSuffix(head, "s") && isRoleWord(head) {
		return r.last.person
	}
	return -1
}

// antecedent returns the entity of the mention that ends right before off,
// across a comma or spaces only ("the ministry, which"), or -1.
func (r *resolver) antecedent(off int) int {
	best := -1
	from := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].span.Start >= off-maxMention })
	for _, m := range r.mentions[from:] {
		if m.span.Start >= off {
			break
		}
		if m.span.End <= off && strings.Trim(r.a.Body[m.span.End:off], " ,\n\u00a0") == "" {
			switch r.a.Entities[m.entity].Type {
			case newsgraph.EntityPerson, newsgraph.EntityOrg, newsgraph.EntityGPE, newsgraph.EntityNORP:
				best = m.entity // a speaker, not a time zone or a product ("1639 UTC) who")
			}
		}
	}
	return best
}

// placeAfterIn reports whether mention m is a place introduced by "in" ("State
// media in Kampala"): where the speaker is, not who.
func (r *resolver) placeAfterIn(m mention) bool {
	t := r.a.Entities[m.entity].Type
	if t != newsgraph.EntityGPE && t != newsgraph.EntityLoc {
		return false
	}
	before := strings.TrimRight(r.a.Body[max(0, m.span.Start-4):m.span.Start], " ")
	return strings.HasSuffix(strings.ToLower(before), "in")
}

// genderOf returns 1 for he/him, -1 for she/her, 0 otherwise.
func genderOf(pronoun string) int {
	switch pronoun {
	case "he", "him", "his":
		return 1
	case "she", "her", "hers":
		return -1
	}
	return 0
}

// gender guesses a person's gender from honorifics and first names in its
// mentions: 1 male, -1 female, 0 unknown. Results are cached per entity.
func (r *resolver) gender(e *newsgraph.Entity) int {
	if g, ok := r.genders[e]; ok {
		return g
	}
	g := 0
	for _, m := range append([]newsgraph.Mention{{Text: e.Name}}, e.Mentions...) {
		f := strings.Fields(m.Text)
		if len(f) == 0 {
			continue
		}
		// the honorific may precede the mention in the text
		prev := ""
		if m.Start > 0 && m.Start <= len(r.a.Body) {
			pf := strings.Fields(r.a.Body[max(0, m.Start-6):m.Start])
			if len(pf) > 0 {
				prev = strings.ToLower(pf[len(pf)-1])
			}
		}
		first := strings.ToLower(f[0])
		switch {
		case first == "mr." || prev == "mr." || maleNames[first]:
			g = 1
		case first == "mrs." || first == "ms." || prev == "mrs." || prev == "ms." || femaleNames[first]:
			g = -1
		}
		if g != 0 {
			break
		}
	}
	if r.genders == nil {
		r.genders = map[*newsgraph.Entity]int{}
	}
	r.genders[e] = g
	return g
}

// Common English first names, for pronoun agreement only.
var (
	maleNames = set("john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
		"charles", "donald", "mark", "paul", "steven", "george", "kenneth", "edward", "brian", "ronald",
		"anthony", "kevin", "jason", "matthew", "gary", "timothy", "jose", "larry", "jeffrey", "frank", "scott",
		"eric", "stephen", "andrew", "raymond", "gregory", "joshua", "jerry", "dennis", "walter", "patrick",
		"peter", "harold", "douglas", "henry", "carl", "arthur", "ryan", "roger", "joe", "juan", "jack", "albert",
		"jonathan", "justin", "terry", "gerald", "keith", "samuel", "willie", "ralph", "lawrence", "nicholas",
		"roy", "benjamin", "bruce", "brandon", "adam", "harry", "fred", "wayne", "billy", "steve", "louis",
		"jeremy", "aaron", "randy", "howard", "eugene", "carlos", "russell", "bobby", "victor", "martin", "ernest",
		"phillip", "todd", "jesse", "craig", "alan", "shawn", "clarence", "sean", "philip", "chris", "johnny",
		"earl", "jimmy", "antonio", "danny", "bryan", "tony", "luis", "mike", "stanley", "leonard", "nathan",
		"dale", "manuel", "rodney", "curtis", "norman", "allen", "marvin", "vincent", "glenn", "jeffery",
		"travis", "jeff", "chad", "jacob", "lee", "melvin", "alfred", "kyle", "francis", "bradley", "jesus",
		"herbert", "frederick", "ray", "joel", "edwin", "don", "eddie", "ricky", "troy", "randall", "barry",
		"alexander", "bernard", "mario", "leroy", "francisco", "marcus", "micheal", "theodore", "clifford",
		"miguel", "oscar", "jay", "jim", "tom", "calvin", "alex", "jon", "ronnie", "bill", "lloyd", "tommy", "leon",
		"derek", "warren", "darrell", "jerome", "floyd", "leo", "alvin", "tim", "wesley", "gordon", "dean", "greg",
		"jorge", "dustin", "pedro", "derrick", "dan", "lewis", "zachary", "corey", "herman", "maurice", "vernon",
		"roberto", "clyde", "glen", "hector", "shane", "ricardo", "sam", "rick", "lester", "brent", "ramon",
		"charlie", "tyler", "gilbert", "gene", "barack", "vladimir", "bernie", "ted", "mitt", "newt", "rand",
		"marco", "mitch", "chuck", "rudy", "ben", "kim", "xi", "emmanuel", "boris", "recep", "narendra",
		"jean", "angelo", "omar", "ahmed", "mohammed", "muhammad", "ali", "hassan", "ibrahim", "yusuf", "kofi")
	femaleNames = set("mary", "patricia", "linda", "barbara", "elizabeth", "jennifer", "maria", "susan",
		"margaret", "dorothy", "lisa", "nancy", "karen", "betty", "helen", "sandra", "donna", "carol", "ruth",
		"sharon", "michelle", "laura", "sarah", "kimberly", "deborah", "jessica", "shirley", "cynthia", "angela",
		"melissa", "brenda", "amy", "anna", "rebecca", "virginia", "kathleen", "pamela", "martha", "debra",
		"amanda", "stephanie", "carolyn", "christine", "marie", "janet", "catherine", "frances", "ann", "joyce",
		"diane", "alice", "julie", "heather", "teresa", "doris", "gloria", "evelyn", "cheryl", "mildred",
		"katherine", "joan", "ashley", "judith", "rose", "janice", "kelly", "nicole", "judy", "christina",
		"kathy", "theresa", "beverly", "denise", "tammy", "irene", "jane", "lori", "rachel", "marilyn", "andrea",
		"kathryn", "louise", "sara", "anne", "jacqueline", "wanda", "bonnie", "julia", "ruby", "lois", "tina",
		"phyllis", "norma", "paula", "diana", "annie", "lillian", "emily", "robin", "peggy", "crystal", "gladys",
		"rita", "dawn", "connie", "florence", "tracy", "edna", "tiffany", "carmen", "rosa", "cindy", "grace",
		"wendy", "victoria", "edith", "sherry", "sylvia", "josephine", "thelma", "shannon", "sheila",
		"ethel", "ellen", "elaine", "marjorie", "carrie", "charlotte", "monica", "esther", "pauline", "emma",
		"juanita", "anita", "rhonda", "hazel", "amber", "eva", "debbie", "april", "leslie", "clara", "lucille",
		"jamie", "joanne", "eleanor", "valerie", "danielle", "megan", "alicia", "suzanne", "michele", "gail",
		"bertha", "darlene", "veronica", "jill", "erin", "geraldine", "lauren", "cathy", "joann", "lorraine",
		"lynn", "sally", "regina", "erica", "beatrice", "dolores", "bernice", "audrey", "yvonne", "annette",
		"hillary", "melania", "ivanka", "chelsea", "loretta", "condoleezza", "madeleine",
		"kamala", "nikki", "sonia", "tulsi", "amina", "fatima", "aisha",
		"jacinda", "ursula", "melanie", "malkia", "ava", "megyn", "kellyanne", "huma", "sheryl")
)

// memberNouns are the plural nouns that speak for the organisation quoted
// just before them ("officials", "authorities").
var memberNouns = set("officials", "authorities", "spokesmen", "spokeswomen", "spokespeople", "spokespersons",
	"representatives", "aides", "executives", "leaders", "members", "ministers", "diplomats", "staff", "organizers",
	"organisers")

// orgHeads are the nouns a description of a company or an agency ends with
// ("the company", "the car maker", "the agency"). Nouns as often used of
// people ("group", "team", "union", "party") are left out: their nearest
// organisation is too often another one.
var orgHeads = set("company", "firm", "corporation", "automaker", "carmaker", "manufacturer", "airline", "bank",
	"retailer", "insurer", "lender", "conglomerate", "broadcaster", "newspaper", "agency", "network", "publisher")

// isRoleWord reports whether w names a person by occupation.
func isRoleWord(w string) bool {
	return roleWords[w] || strings.HasSuffix(w, "man") || strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "person") ||
		strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or")
}

var roleWords = set("professor", "president", "minister", "senator", "governor", "candidate", "nominee",
	"official", "spokesman", "spokeswoman", "chief", "leader", "lawyer", "attorney", "doctor", "judge",
	"mayor", "secretary", "ambassador", "general", "analyst", "economist", "scientist", "expert", "aide",
	"adviser", "advisor", "director", "head", "chairman", "chairwoman", "executive", "founder", "diplomat")

// before returns the entity of the nearest mention before off that fits, or -1.
func (r *resolver) before(off int, fit func(*newsgraph.Entity) bool) int {
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].span.Start >= off })
	for k := i - 1; k >= 0 && k >= i-lookBack; k-- {
		if e := &r.a.Entities[r.mentions[k].entity]; fit(e) {
			return r.mentions[k].entity
		}
	}
	return -1
}
