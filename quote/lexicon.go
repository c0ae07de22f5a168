package quote

import "strings"

// cueClass tells what kind of attribution a cue verb introduces and how
// strongly it signals one.
type cueClass uint8

const (
	classSpeech  cueClass = iota + 1 // say, tell, add: always an attribution when a source is found
	classBelief                      // believe, think, expect: an attribution when a clause follows
	classFinding                     // find, show, estimate: polls, studies, reports
	classAddress                     // tell, ask, urge, warn: take an addressee before the content
)

// polarity of a cue: whether the speaker asserts or rejects the content.
const (
	polAssert = 1
	polDeny   = -1
)

// cueInfo describes one cue word form.
type cueInfo struct {
	class    cueClass
	addr     bool // the verb takes an addressee ("told reporters that")
	polarity int
	ing      bool // a present participle ("saying"): its source is the clause subject
	lemma    string
	particle bool // a cue only with one of its particles ("pointed out")
}

// verbs lists cue verbs by lemma with their irregular forms ("" for regular
// inflection). A written, general list of English reporting, belief and
// finding verbs, not one drawn from any data set.
var verbs = []struct {
	lemma string
	forms string // irregular forms, space separated: 3sg past participle ing (any "" = regular)
	class cueClass
	addr  bool
	pol   int
}{
	{"say", "says said said saying", classSpeech, false, 1},
	{"tell", "tells told told telling", classSpeech, true, 1},
	{"add", "", classSpeech, false, 1},
	{"note", "", classSpeech, false, 1},
	{"write", "writes wrote written writing", classSpeech, false, 1},
	{"state", "", classSpeech, false, 1},
	{"explain", "", classSpeech, false, 1},
	{"announce", "", classSpeech, false, 1},
	{"declare", "", classSpeech, false, 1},
	{"claim", "", classSpeech, false, 1},
	{"insist", "", classSpeech, false, 1},
	{"argue", "", classSpeech, false, 1},
	{"contend", "", classSpeech, false, 1},
	{"maintain", "", classSpeech, false, 1},
	{"assert", "", classSpeech, false, 1},
	{"warn", "", classSpeech, true, 1},
	{"deny", "denies denied denied denying", classSpeech, false, -1},
	{"dispute", "", classSpeech, false, -1},
	{"reject", "", classSpeech, false, -1},
	{"dismiss", "dismisses dismissed dismissed dismissing", classSpeech, false, -1},
	{"refute", "", classSpeech, false, -1},
	{"acknowledge", "", classSpeech, false, 1},
	{"admit", "admits admitted admitted admitting", classSpeech, false, 1},
	{"concede", "", classSpeech, false, 1},
	{"confirm", "", classSpeech, false, 1},
	{"report", "", classSpeech, false, 1},
	{"reply", "replies replied replied replying", classSpeech, false, 1},
	{"respond", "", classSpeech, false, 1},
	{"recall", "", classSpeech, false, 1},
	{"stress", "stresses stressed stressed stressing", classSpeech, false, 1},
	{"emphasize", "", classSpeech, false, 1},
	{"emphasise", "", classSpeech, false, 1},
	{"suggest", "", classSpeech, false, 1},
	{"predict", "", classSpeech, false, 1},
	{"tweet", "", classSpeech, false, 1},
	{"post", "", classSpeech, false, 1},
	{"complain", "", classSpeech, false, 1},
	{"charge", "", classSpeech, false, 1},
	{"allege", "", classSpeech, false, 1},
	{"accuse", "", classSpeech, false, 1},
	{"urge", "", classSpeech, true, 1},
	{"promise", "", classSpeech, false, 1},
	{"pledge", "", classSpeech, false, 1},
	{"vow", "", classSpeech, false, 1},
	{"threaten", "", classSpeech, false, 1},
	{"ask", "", classSpeech, true, 1},
	{"wonder", "", classSpeech, false, 1},
	{"question", "", classSpeech, false, 1},
	{"raise", "", classSpeech, false, 1}, // only with an attitude noun: "raised questions about"
	{"testify", "testifies testified testified testifying", classSpeech, false, 1},
	{"reveal", "", classSpeech, false, 1},
	{"disclose", "", classSpeech, false, 1},
	{"conclude", "", classSpeech, false, 1},
	{"observe", "", classSpeech, false, 1},
	{"remark", "", classSpeech, false, 1},
	{"comment", "", classSpeech, false, 1},
	{"mention", "", classSpeech, false, 1},
	{"cite", "", classSpeech, false, 1},
	{"quip", "quips quipped quipped quipping", classSpeech, false, 1},
	{"joke", "", classSpeech, false, 1},
	{"boast", "", classSpeech, false, 1},
	{"brag", "brags bragged bragged bragging", classSpeech, false, 1},
	{"describe", "", classSpeech, false, 1},
	{"lament", "", classSpeech, false, 1},
	{"counter", "", classSpeech, false, 1},
	{"retort", "", classSpeech, false, 1},
	{"agree", "agrees agreed agreed agreeing", classSpeech, false, 1},
	{"caution", "", classSpeech, true, 1},
	{"advise", "", classSpeech, true, 1},
	{"hint", "", classSpeech, false, 1},
	{"indicate", "", classSpeech, false, 1},
	{"continue", "", classSpeech, false, 1},
	{"propose", "", classSpeech, false, 1},
	{"demand", "", classSpeech, false, 1},
	{"criticize", "", classSpeech, false, 1},
	{"criticise", "", classSpeech, false, 1},
	{"blast", "", classSpeech, false, 1},
	{"slam", "slams slammed slammed slamming", classSpeech, false, 1},
	{"attack", "", classSpeech, false, 1},
	{"condemn", "", classSpeech, false, 1},
	{"praise", "", classSpeech, false, 1},
	{"call", "", classSpeech, false, 1},
	{"declare", "", classSpeech, false, 1},
	{"proclaim", "", classSpeech, false, 1},
	{"shout", "", classSpeech, false, 1},
	{"yell", "", classSpeech, false, 1},
	{"chant", "", classSpeech, false, 1},
	{"scream", "", classSpeech, false, 1},
	{"whisper", "", classSpeech, false, 1},
	{"sing", "sings sang sung singing", classSpeech, false, 1},
	{"recount", "", classSpeech, false, 1},
	{"repeat", "", classSpeech, false, 1},
	{"reiterate", "", classSpeech, false, 1},
	{"echo", "echoes echoed echoed echoing", classSpeech, false, 1},
	{"tout", "", classSpeech, false, 1},
	{"concur", "concurs concurred concurred concurring", classSpeech, false, 1},
	{"inform", "", classSpeech, true, 1},
	{"assure", "", classSpeech, true, 1},
	{"remind", "", classSpeech, true, 1},
	{"instruct", "", classSpeech, true, 1},
	{"order", "", classSpeech, true, 1},
	{"speculate", "", classSpeech, false, 1},
	{"acknowledge", "", classSpeech, false, 1},
	{"forecast", "forecasts forecast forecast forecasting", classFinding, false, 1},
	{"estimate", "", classFinding, false, 1},
	{"find", "finds found found finding", classFinding, false, 1},
	{"show", "shows showed shown showing", classFinding, false, 1},
	{"project", "", classFinding, false, 1},
	{"calculate", "", classFinding, false, 1},
	{"believe", "", classBelief, false, 1},
	{"think", "thinks thought thought thinking", classBelief, false, 1},
	{"feel", "feels felt felt feeling", classBelief, false, 1},
	{"know", "knows knew knew knowing", classBelief, false, 1},
	{"expect", "", classBelief, false, 1},
	{"fear", "", classBelief, false, 1},
	{"hope", "", classBelief, false, 1},
	{"worry", "worries worried worried worrying", classBelief, false, 1},
	{"doubt", "", classBelief, false, -1},
	{"assume", "", classBelief, false, 1},
	{"understand", "understands understood understood understanding", classBelief, false, 1},
	{"recognize", "", classBelief, false, 1},
	{"realize", "", classBelief, false, 1},
	{"want", "", classBelief, false, 1},
	{"plan", "plans planned planned planning", classBelief, false, 1},
	{"intend", "", classBelief, false, 1},
	{"vote", "", classBelief, false, 1},
	{"support", "", classBelief, false, 1},
	{"oppose", "", classBelief, false, -1},
	{"favor", "", classBelief, false, 1},
	{"prefer", "prefers preferred preferred preferring", classBelief, false, 1},
	{"see", "sees saw seen seeing", classBelief, false, 1},
	{"consider", "", classBelief, false, 1},
	{"decide", "", classBelief, false, 1},
	{"endorse", "", classSpeech, false, 1},
	{"express", "", classSpeech, false, 1},
	{"persuade", "", classSpeech, false, 1},
	{"defend", "", classSpeech, false, 1},
	{"apologize", "", classSpeech, false, 1},
	{"apologise", "", classSpeech, false, 1},
	{"refuse", "", classSpeech, false, -1},
	{"decline", "", classSpeech, false, -1},
	{"blame", "", classSpeech, false, 1},
	{"thank", "", classSpeech, false, 1},
	{"congratulate", "", classSpeech, false, 1},
	{"welcome", "", classSpeech, false, 1},
	{"applaud", "", classSpeech, false, 1},
	{"mock", "", classSpeech, false, 1},
	{"ridicule", "", classSpeech, false, 1},
	{"insult", "", classSpeech, false, 1},
	{"label", "", classSpeech, false, 1},
	{"dub", "dubs dubbed dubbed dubbing", classSpeech, false, 1},
	{"brand", "", classSpeech, false, 1},
	{"liken", "", classSpeech, false, 1},
	{"compare", "", classSpeech, false, 1},
	{"characterize", "", classSpeech, false, 1},
	{"rate", "", classSpeech, false, 1}, // only with "as": "rated 32% of claims as “false”"
	{"ignore", "", classSpeech, false, -1},
	{"release", "", classSpeech, false, 1},                            // only with a plan-like object: "when he first released his plan" (see planObject)
	{"present", "", classSpeech, false, 1},                            // only with a plan-like object: "She'll present her proposals"
	{"herald", "", classSpeech, false, 1},                             // "she’s heralded plans to crack down on so-called ghost payrolls"
	{"spar", "spars sparred sparred sparring", classSpeech, false, 1}, // "India and Pakistan spar over whether ..."
	{"leave", "leaves left left leaving", classSpeech, false, 1},      // only with an attitude noun: "left little doubt that"                     // "has mostly skipped the matter of road repair": a stance of refusal
	{"sound", "", classSpeech, false, 1},                              // only with an attitude noun: "sounded a call for", "sounded the alarm about"
	{"cast", "casts cast cast casting", classSpeech, false, 1},        // only with "as": "is casting herself as a friend of"
	{"pound", "", classSpeech, false, 1},                              // only with "as": "pounding Varga as a “snake-oil seller”"
	{"renew", "", classSpeech, false, 1},                              // only with an attitude noun: "renewed his call for"
	{"portray", "", classSpeech, false, 1},
	{"depict", "", classSpeech, false, 1},
	{"reference", "", classSpeech, false, 1},
	{"invoke", "", classSpeech, false, 1},
	{"highlight", "", classSpeech, false, 1},
	{"promote", "", classSpeech, false, 1},
	{"pitch", "", classSpeech, false, 1},
	{"champion", "", classSpeech, false, 1},
	{"advocate", "", classSpeech, false, 1},
	{"beg", "", classSpeech, false, 1},
	{"implore", "", classSpeech, false, 1},
	{"encourage", "", classSpeech, false, 1},
	{"invite", "", classSpeech, false, 1},
	{"challenge", "", classSpeech, false, 1},
	{"dare", "", classSpeech, false, 1},
	{"confess", "", classSpeech, false, 1},
	{"leak", "", classSpeech, false, 1},
	{"publish", "", classSpeech, false, 1},
	{"unveil", "", classSpeech, false, 1},
	{"outline", "", classSpeech, false, 1},
	{"detail", "", classSpeech, false, 1},
	{"recommend", "", classSpeech, false, 1},
	{"counsel", "", classSpeech, false, 1},
	{"alert", "", classSpeech, false, 1},
	{"signal", "", classSpeech, false, 1},
	{"answer", "", classSpeech, false, 1},
	{"contradict", "", classSpeech, false, -1},
	{"correct", "", classSpeech, false, 1},
	{"clarify", "", classSpeech, false, 1},
	{"elaborate", "", classSpeech, false, 1},
	{"summarize", "", classSpeech, false, 1},
	{"quote", "", classSpeech, false, 1},
	{"underscore", "", classSpeech, false, 1},
	{"disagree", "", classSpeech, false, -1},
	{"rebuff", "", classSpeech, false, -1},
	{"scoff", "", classSpeech, false, -1},
	{"bristle", "", classSpeech, false, -1},
	{"pooh-pooh", "pooh-poohs pooh-poohed pooh-poohed pooh-poohing", classSpeech, false, -1},
	{"tease", "", classSpeech, false, 1},
	{"taunt", "", classSpeech, false, 1},
	{"rip", "rips ripped ripped ripping", classSpeech, false, 1},
	{"hammer", "", classSpeech, false, 1},
	{"bash", "bashes bashed bashed bashing", classSpeech, false, 1},
	{"assail", "", classSpeech, false, 1},
	{"lambast", "", classSpeech, false, 1},
	{"denounce", "", classSpeech, false, -1},
	{"decry", "", classSpeech, false, -1},
	{"deplore", "", classSpeech, false, 1},
	{"regret", "regrets regretted regretted regretting", classSpeech, false, 1},
	{"bemoan", "", classSpeech, false, 1},
	{"grumble", "", classSpeech, false, 1},
	{"protest", "", classSpeech, false, -1},
	{"object", "", classSpeech, false, -1},
	{"swear", "swears swore sworn swearing", classSpeech, false, 1},
	{"guarantee", "", classSpeech, false, 1},
	{"reassure", "", classSpeech, false, 1},
	{"hail", "", classSpeech, false, 1},
	{"laud", "", classSpeech, false, 1},
	{"commend", "", classSpeech, false, 1},
	{"celebrate", "", classSpeech, false, 1},
	{"broach", "broaches broached broached broaching", classSpeech, false, 1},
	{"preach", "preaches preached preached preaching", classSpeech, false, 1},
	{"lecture", "", classSpeech, false, 1},
	{"blog", "", classSpeech, false, 1},
	{"telegraph", "", classSpeech, false, 1},
	{"reassert", "", classSpeech, false, 1},
	{"restate", "", classSpeech, false, 1},
	{"affirm", "", classSpeech, false, 1},
	{"reaffirm", "", classSpeech, false, 1},
	{"suspect", "", classBelief, false, 1},
	{"guess", "", classBelief, false, 1},
	{"imagine", "", classBelief, false, 1},
	{"remember", "", classBelief, false, 1},
	{"forget", "forgets forgot forgotten forgetting", classBelief, false, 1},
	{"accept", "", classBelief, false, 1},
	{"wish", "", classBelief, false, 1},
	{"aim", "", classBelief, false, 1},
	{"seek", "seeks sought sought seeking", classBelief, false, 1},
	{"anticipate", "", classBelief, false, 1},
	{"figure", "", classBelief, false, 1},
	{"reckon", "", classBelief, false, 1},
	{"suppose", "", classBelief, false, 1},
	{"presume", "", classBelief, false, 1},
	{"trust", "", classBelief, false, 1},
	{"sense", "", classBelief, false, 1},
	{"view", "", classBelief, false, 1},
	{"regard", "", classBelief, false, 1},
	{"deem", "", classBelief, false, 1},
	{"learn", "learns learned learned learning", classBelief, false, 1},
	{"discover", "", classBelief, false, 1},
	{"notice", "", classBelief, false, 1},
	{"perceive", "", classBelief, false, 1},
	{"discuss", "discusses discussed discussed discussing", classSpeech, false, 1},
	{"rule", "", classSpeech, false, 1},
	{"offer", "", classSpeech, false, 1},
	{"document", "", classFinding, false, 1},
	{"unleash", "unleashes unleashed unleashed unleashing", classSpeech, false, 1},
	{"insinuate", "", classSpeech, false, 1},
	{"imply", "implies implied implied implying", classSpeech, false, 1},
	{"read", "reads read read reading", classSpeech, false, 1}, // only with a written source: "the letter reads"
	// more communication, evaluation and stance verbs
	{"opine", "", classSpeech, false, 1},
	{"muse", "", classSpeech, false, 1},
	{"surmise", "", classSpeech, false, 1},
	{"inquire", "", classSpeech, false, 1},
	{"plead", "", classSpeech, false, 1},
	{"rebut", "rebuts rebutted rebutted rebutting", classSpeech, false, -1},
	{"downplay", "", classSpeech, false, -1},
	{"relay", "", classSpeech, false, 1},
	{"convey", "", classSpeech, false, 1},
	{"notify", "notifies notified notified notifying", classSpeech, true, 1},
	{"confide", "", classSpeech, false, 1},
	{"divulge", "", classSpeech, false, 1},
	{"fret", "frets fretted fretted fretting", classSpeech, false, 1},
	{"gripe", "", classSpeech, false, 1},
	{"grouse", "", classSpeech, false, 1},
	{"chide", "", classSpeech, false, 1},
	{"scold", "", classSpeech, false, 1},
	{"rebuke", "", classSpeech, false, 1},
	{"admonish", "admonishes admonished admonished admonishing", classSpeech, false, 1},
	{"berate", "", classSpeech, false, 1},
	{"castigate", "", classSpeech, false, 1},
	{"excoriate", "", classSpeech, false, 1},
	{"fault", "", classSpeech, false, 1},
	{"underline", "", classSpeech, false, 1},
	{"retweet", "", classSpeech, false, 1},
	{"exclaim", "", classSpeech, false, 1},
	{"marvel", "marvels marveled marveled marveling", classSpeech, false, 1},
	{"gush", "gushes gushed gushed gushing", classSpeech, false, 1},
	{"rave", "", classSpeech, false, 1},
	{"fume", "", classSpeech, false, 1},
	{"determine", "", classFinding, false, 1},
	// stance verbs: the subject takes a position on the object
	{"admire", "", classBelief, false, 1},
	{"despise", "", classBelief, false, -1},
	{"love", "", classBelief, false, 1},
	{"resent", "", classBelief, false, -1},
	{"deride", "", classSpeech, false, -1},
	{"chastise", "", classSpeech, false, 1},
	{"grill", "", classSpeech, false, 1},
	{"confront", "", classSpeech, false, 1},
	{"link", "", classSpeech, false, 1},
	{"paint", "", classSpeech, false, 1},
	{"examine", "", classFinding, false, 1},
	{"explore", "", classFinding, false, 1},
	{"identify", "identifies identified identified identifying", classFinding, false, 1},
	{"investigate", "", classFinding, false, 1},
	{"articulate", "", classSpeech, false, 1},
	{"compliment", "", classSpeech, false, 1},
	{"exhort", "", classSpeech, false, 1},
	{"recite", "", classSpeech, false, 1},
	{"specify", "specifies specified specified specifying", classSpeech, false, 1},
	{"chronicle", "", classSpeech, false, 1},
	{"understate", "", classSpeech, false, 1},
	{"propound", "", classSpeech, false, 1},
	{"embrace", "", classBelief, false, 1},
	{"spurn", "", classSpeech, false, -1},
	{"shun", "shuns shunned shunned shunning", classSpeech, false, -1},
	{"trumpet", "", classSpeech, false, 1},
	{"extol", "extols extolled extolled extolling", classSpeech, false, 1},
	{"denigrate", "", classSpeech, false, -1},
	{"disparage", "", classSpeech, false, -1},
	{"belittle", "", classSpeech, false, -1},
	{"vilify", "vilifies vilified vilified vilifying", classSpeech, false, -1},
	{"envision", "", classBelief, false, 1},
	{"envisage", "", classBelief, false, 1},
	{"foresee", "foresees foresaw foreseen foreseeing", classBelief, false, 1},
	{"narrate", "", classSpeech, false, 1},
	{"reminisce", "", classSpeech, false, 1},
	{"rue", "rues rued rued ruing", classSpeech, false, 1},
	{"scrutinize", "", classFinding, false, 1},
	{"salute", "", classSpeech, false, 1},
	{"mourn", "", classSpeech, false, 1},
	{"assess", "assesses assessed assessed assessing", classFinding, false, 1},
	{"fathom", "", classBelief, false, 1},
	{"dread", "", classBelief, false, 1},
	{"distrust", "", classBelief, false, -1},
	{"mistrust", "", classBelief, false, -1},
	{"ponder", "", classBelief, false, 1},
	{"contemplate", "", classBelief, false, 1},
}

// cueWords maps every word form of the cue verbs to its description.
var cueWords = map[string]cueInfo{}

// pollVerbs are the choices a poll's share makes ("46 percent would choose
// Adeyemi", "39 percent would back Varga"); they are cues only after such a
// share, and not in cueWords.
var pollVerbs = map[string]cueInfo{}

// phrases are multi-word cues that stand for a preposition-like attribution.
var phrases = map[string]cueInfo{
	"according to": {class: classSpeech, polarity: polAssert},
}

// particles follow some cue verbs and belong to the cue ("called for",
// "pointed out").
var particles = map[string]map[string]bool{
	"call":     {"for": true, "on": true},
	"point":    {"out": true, "to": true},
	"weigh":    {"in": true},
	"push":     {"back": true},
	"lash":     {"out": true},
	"hit":      {"back": true},
	"fire":     {"back": true},
	"warn":     {"of": true, "against": true},
	"speak":    {"out": true, "about": true, "of": true, "on": true, "against": true},
	"talk":     {"about": true, "of": true, "up": true},
	"rail":     {"against": true},
	"argue":    {"for": true, "against": true},
	"complain": {"about": true},
	"believe":  {"in": true},                 // "I believe in the quiet patience of the river towns"
	"double":   {"down": true},               // "is doubling down on his attacks"
	"spar":     {"over": true, "with": true}, // "spar over whether ..."
	"single":   {"out": true},                // "did not single out Varga's proposals"
	"back":     {"off": true},                // "backed off a few of her first plans" (see pollVerbs for "would back Otieno")
	"lay":      {"out": true},                // "laid out her proposals" (only with a plan-like object: see planObject)
	"go":       {"after": true},              // "has gone after the mayor as a “paper tiger”" (only with "as" or "for": see verbalAttack)
	"sum":      {"up": true},                 // "summing up the talks"
	"refer":    {"to": true},                 // "referred to the mayor as a crook"
}

// otherSense lists particles that make a cue verb another verb: "showed up"
// (arrived), "turn up", "figure out" (worked out), "ruling out" (excluding),
// "pitch in" (contribute).
var otherSense = map[string]map[string]bool{
	"show":   {"up": true},
	"turn":   {"up": true},
	"figure": {"out": true},
	"rule":   {"out": true},
	"pitch":  {"in": true},
	"call":   {"into": true}, // "called into a radio program"
}

// phrasalOnly are the verbs that are cues only with one of their particles or
// objects, with their irregular forms ("" for regular inflection).
var phrasalOnly = []struct{ lemma, forms string }{
	{"point", ""}, {"weigh", ""}, {"push", ""}, {"lash", ""}, {"speak", ""}, {"fire", ""}, {"talk", ""},
	{"rail", ""}, {"double", ""}, {"single", ""}, {"press", ""}, {"lay", "lays laid laid laying"},
	{"go", "goes went gone going"}, {"sum", "sums summed summed summing"},
	{"refer", "refers referred referred referring"},
}

func init() {
	for _, v := range verbs {
		var forms []string
		if v.forms != "" {
			forms = strings.Fields(v.forms)
		} else {
			forms = regular(v.lemma)
		}
		for i, f := range append([]string{v.lemma}, forms...) {
			ci := cueInfo{class: v.class, addr: v.addr, polarity: v.pol, ing: i == 4, lemma: v.lemma}
			if _, ok := cueWords[f]; !ok {
				cueWords[f] = ci
			}
		}
	}
	// phrasal verbs whose bare verb is not a cue on its own ("press" needs an
	// addressee and a topic instead, see askedAbout; "lay" a plan, see
	// planObject; "go" an attack, see verbalAttack)
	for _, v := range phrasalOnly {
		forms := regular(v.lemma)
		if v.forms != "" {
			forms = strings.Fields(v.forms)
		}
		for i, f := range append([]string{v.lemma}, forms...) {
			if _, ok := cueWords[f]; !ok {
				cueWords[f] = cueInfo{class: classSpeech, polarity: polAssert, ing: i == 4, lemma: v.lemma, particle: true}
			}
		}
	}
	for _, f := range []string{"spoke", "spoken"} {
		cueWords[f] = cueInfo{class: classSpeech, polarity: polAssert, lemma: "speak", particle: true}
	}
	for _, f := range []string{"choose", "chooses", "chose", "chosen", "back", "backs", "backed"} {
		lemma := "choose"
		if strings.HasPrefix(f, "back") {
			lemma = "back"
		}
		pollVerbs[f] = cueInfo{class: classBelief, polarity: polAssert, lemma: lemma}
	}
	for _, f := range []string{"hit", "hits", "hitting"} {
		cueWords[f] = cueInfo{class: classSpeech, polarity: polAssert, ing: f == "hitting", lemma: "hit", particle: true}
	}
}

// regular returns 3sg, past, participle and -ing forms of a regular verb.
func regular(l string) []string {
	var s, ed, ing string
	switch {
	case strings.HasSuffix(l, "e"):
		s, ed, ing = l+"s", l+"d", l[:len(l)-1]+"ing"
	case strings.HasSuffix(l, "y") && len(l) > 1 && !strings.ContainsRune("aeiou", rune(l[len(l)-2])):
		s, ed, ing = l[:len(l)-1]+"ies", l[:len(l)-1]+"ied", l+"ing"
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "x"):
		s, ed, ing = l+"es", l+"ed", l+"ing"
	default:
		s, ed, ing = l+"s", l+"ed", l+"ing"
	}
	return []string{s, ed, ed, ing}
}
