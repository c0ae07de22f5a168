package newsgraph

// Token is one word or punctuation mark of the body.
type Token struct {
	Span
	Text string
	// SpaceAfter reports whether white space follows the token in the body.
	SpaceAfter bool
	// Tag is the token's Penn Treebank part-of-speech tag ("NNP", "VBD"),
	// empty when no tagger ran.
	Tag string
}

// Entity types. CoNLL's PER, ORG, LOC and MISC are derived from these.
const (
	EntityPerson = "PERSON"
	EntityOrg    = "ORG"
	EntityGPE    = "GPE"  // countries, cities, states
	EntityLoc    = "LOC"  // non-political places
	EntityNORP   = "NORP" // nationalities, religious and political groups
	EntityMisc   = "MISC"
)

// Entity is one real-world entity named in an article, listed once with all its
// mentions.
type Entity struct {
	ID       string    // unique within the article, e.g. "e3"
	Name     string    // canonical name: the fullest form in the article
	Type     string    // one of the Entity* constants
	Country  string    // ISO 3166 alpha-3, where one applies
	Roles    []string  // roles the text gives ("Foreign Office spokeswoman")
	Orgs     []string  // organisations the entity is affiliated with
	Mentions []Mention // every span naming it, short forms included
}

// Mention is one span of text naming an entity.
type Mention struct {
	Span
	Text string
}

// DateRef is the date attached to a quote or an event: the nearest governing
// temporal expression, else the publication date.
type DateRef struct {
	Value  string // TIMEX3 value, e.g. "2019-03-05"
	Origin string // "stated" (from a time expression) or "published"
	Time   int    // index into Article.Times when Origin is "stated", else -1
}

// Quote is one attributed statement: direct, partial, indirect or mixed.
type Quote struct {
	Span               // the content span: from the first piece's start to the last one's end
	Text        string // the content text (the pieces joined by " … " when the quote is split)
	Pieces      []Span // the content pieces when a quotation is split around its cue, else nil
	Kind        string // direct, partial, indirect, mixed
	Cue         Mention
	Speaker     string   // the entity ID from Article.Entities, "" when unresolved or when the source names several
	Speakers    []string // the entity IDs of a joint source ("Norway and Chile"), nil when it names one entity or none
	SpeakerText Mention  // the span naming the speaker in that sentence
	Date        *DateRef
	Stance      string // "asserts" or "denies": how the speaker stands to the content
	Claim       int    // index of the claim group this statement belongs to, -1 when none
}

// Time is one temporal expression normalised TIMEX3-style.
type Time struct {
	Span
	Text  string
	Type  string // DATE, TIME, DURATION, SET
	Value string // TIMEX3 value, e.g. "2019-03-05", "P12Y", "PRESENT_REF", "XXXX-05-03"
	Mod   string // TIMEX3 mod, e.g. "BEFORE", "START", "APPROX"
}

// Actor is one side of an event.
type Actor struct {
	Entity  string `json:"entity,omitempty"`  // entity ID
	Name    string `json:"name,omitempty"`    // the entity's name or the agent words
	Country string `json:"country,omitempty"` // ISO 3166 alpha-3
	Sector  string `json:"sector,omitempty"`  // PLOVER sector: GOV, MIL, JRN, CVL, ...
}

// Event is one political event coded in PLOVER with its CAMEO equivalent.
type Event struct {
	PLOVER     string
	Mode       string
	Context    []string
	CAMEO      string
	QuadClass  int     // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
	Goldstein  float64 // CAMEO Goldstein score
	Source     []Actor
	Target     []Actor
	Date       *DateRef
	Place      string // entity ID
	Status     string // happened, planned, hypothetical, negated, claimed
	ReportedBy string // speaker entity ID when the event is a claim inside a statement
	Sentence   Span   // the evidence sentence
	Trigger    Mention
	// Answers links a denial or rejection to the claim it answers: 1 + the
	// index in Article.Events of that claim, 0 when it answers none (so that
	// the zero value means "no link"). Use Answered to read it.
	Answers int
}

// Answered returns the index in Article.Events of the claim this event
// answers, and whether there is one.
func (e *Event) Answered() (int, bool) { return e.Answers - 1, e.Answers > 0 }
