package quote

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Closed word classes the span rules use. Written for English news.
var (
	subjectPronouns = set("he", "she", "they", "we", "i", "you", "it", "who")
	objectPronouns  = set("him", "her", "them", "me", "us", "you", "it")
	determiners     = set("the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my",
		"your", "some", "many", "several", "most", "all", "both", "few", "each", "every", "another", "other",
		"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "no", "any", "such", "top",
		"senior", "former", "more", "fewer", "half")
	// npBreak ends a noun phrase when walking left from a cue.
	npBreak = set("is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does",
		"did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "n't", "n’t", "never",
		"that", "which", "when", "where", "while", "because", "although", "though", "since", "unless", "if",
		"as", "so", "but", "or", "nor", "than", "then", "also", "to", "whether", "after", "before", "until",
		"once", "even", "just", "only", "yet", "still", "why", "how", "what", "whom", "whose", "there", "here",
		"however", "meanwhile", "instead", "too", "now", "again", "later", "earlier", "already", "ago", "this",
		"said", "says", "say", "by", "into", "like", "about", "over", "under", "against", "without", "through",
		"during", "within", "upon", "onto", "toward", "towards", "despite", "per", "via", "amid", "among")
	// prepositions that may sit inside a source noun phrase ("attorneys for the
	// family", "a spokesman at the ministry").
	npPrepositions = set("of", "for", "at", "in", "from", "with", "on")
	// auxiliaries and adverbs that may stand between a source and its cue.
	cuePrefix = set("has", "have", "had", "also", "will", "would", "ca", "wo", "'d", "’d", "did", "does", "do", "later",
		"previously", "repeatedly", "recently", "once", "then", "again", "could", "may", "might", "should",
		"not", "n't", "n’t", "never", "often", "frequently", "publicly", "privately", "first", "further", "even",
		"already", "just", "still", "reportedly", "allegedly", "quickly", "immediately", "flatly",
		"strongly", "long", "is", "are", "was", "were", "been", "can", "must", "almost", "nearly", "largely",
		"widely", "all", "generally", "broadly", "mostly", "now", "together", "sometimes", "always", "ever", "usually",
		"only", "both", "be", "cannot")
	// adjunct words that may follow a cue before its content ("said on Friday that").
	timeWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
		"today", "tonight", "last", "this", "next", "week", "month", "year", "morning", "afternoon", "evening",
		"night", "earlier", "later", "recently", "previously", "again", "also", "repeatedly", "publicly",
		"privately", "on", "in", "at", "during", "after", "before", "via", "through", "with", "an", "a", "the",
		"interview", "statement", "email", "e-mail", "tweet", "speech", "post", "letter", "op-ed", "briefing",
		"conference", "press", "news", "call", "phone", "telephone", "his", "her", "their", "its", "written",
		"separate", "same", "radio", "television", "tv", "rally", "debate", "hearing", "meeting", "&", "to",
		"reporters", "journalists", "for", "of", "told", "him", "them", "her", "us", "me", "late", "early",
		"wednesday's", "friday's", "monday's", "tuesday's", "thursday's", "saturday's", "sunday's", "ago", "days",
		"weeks", "months", "years", "two", "three", "several", "few", "facebook", "twitter", "instagram")
	conjunctions = set("and", "but", "or", "so", "yet", "while", "because", "although", "though", "as",
		"when", "after", "before", "since", "if", "unless", "whereas")
	titles = set("mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "prof.", "pres.", "president",
		"senator", "governor", "secretary", "minister", "professor", "judge", "justice", "mayor", "chairman",
		"chairwoman", "ambassador", "spokesman", "spokeswoman", "spokesperson")
)

// notAdverbs are words ending in -ly that are nouns or names, not adverbs.
var notAdverbs = set("family", "ally", "july", "italy", "rally", "assembly", "supply", "daily", "reply",
	"only", "early", "holy", "belly", "bully", "lily", "kelly", "sally", "molly", "billy", "emily", "beverly",
	"kimberly", "monopoly", "anomaly", "fly", "apply", "comply", "imply", "rely", "ugly", "silly", "poly")

// sentenceAdverbs open a sentence without being part of its subject.
var sentenceAdverbs = set("meanwhile", "however", "instead", "rather", "still", "also", "now", "then", "later",
	"earlier", "previously", "separately", "similarly", "likewise", "indeed", "moreover", "furthermore",
	"nonetheless", "nevertheless", "today", "yesterday", "here", "there", "thus", "so", "finally", "first",
	"second", "third", "last", "next", "again", "recently", "currently", "ultimately", "overall", "privately",
	"publicly", "specifically", "notably", "importantly", "frankly", "clearly", "obviously", "perhaps",
	"maybe", "probably", "possibly", "apparently", "presumably", "certainly", "surely", "afterwards", "afterward",
	"subsequently", "eventually")

// nounLike are words ending in -ing or -ed that are usually nouns or adjectives
// inside a speaker's noun phrase.
var nounLike = set("building", "ruling", "leading", "governing", "founding", "ranking", "presiding",
	"acting", "polling", "spending", "funding", "housing", "training", "banking", "marketing", "consulting",
	"lobbying", "listening", "reporting", "editing", "organizing", "advertising", "engineering", "planning",
	"manufacturing", "mining", "shipping", "united", "retired", "elected", "appointed", "embattled",
	"unnamed", "anonymous", "concerned", "interested", "affected", "involved", "skilled", "based",
	"talented", "informed", "respected", "renowned", "reed", "ted", "fred", "jared", "seed",
	"speed", "creed", "breed", "greed", "need", "feed", "weed", "shed", "thing",
	"king", "ring", "wing", "string", "spring", "swing", "sibling", "darling", "everything", "nothing",
	"something", "anything", "beijing", "sterling", "viking", "evening", "morning", "meeting", "hearing",
	"briefing", "wedding", "warning", "ceiling", "feeling", "offering", "earnings", "proceedings")

// cuePrepositions follow a cue verb and belong to the cue ("agreed with",
// "asked about", "accused of").
var cuePrepositions = set("about", "of", "on", "with", "as", "for", "against", "at")

// weekdays name the days a statement was made on ("said Tuesday").
var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// atVerbs take "at" as the preposition of what they aim at ("shouted at",
// "hinted at", "marveled at"); after other verbs "at" opens a place or a
// time ("sang at church", "didn't know at the time").
var atVerbs = set("shout", "yell", "scream", "hint", "marvel", "laugh", "scoff", "sneer", "bristle", "jab", "swipe",
	"lash", "rail", "snap", "balk", "chafe", "poke", "point", "estimate", "aim", "jeer", "grumble", "bark", "lob",
	"fire", "hit", "smile", "frown", "wink", "glance", "look", "stare", "protest", "complain", "rage", "lunge")

// plainSpeech verbs take their content directly ("said of the plan" keeps "of"
// in the content).
var plainSpeech = set("say", "tell", "add", "write", "note", "explain", "state", "report")

// ambiguousNoun are cue verb forms that are more often plural nouns ("swing
// states", "the reports"): taken as cues only after a name or pronoun or before
// "that", a colon or a quotation.
var ambiguousNoun = set("declines", "decline", "states", "state", "reports", "report", "claims", "claim", "calls", "call", "attacks",
	"attack", "remarks", "remark", "questions", "question", "comments", "comment", "jokes", "charges",
	"demands", "demand", "promises", "promise", "threats", "tweets", "tweet", "posts", "post", "notes", "note",
	"estimates", "estimate", "hopes", "hope", "fears", "fear", "doubts", "doubt", "orders", "order", "votes",
	"vote", "concerns", "projects", "project", "counters", "counter", "echoes", "praises", "praise", "protests",
	"protest", "details", "detail", "challenges", "challenge", "answers", "answer", "quotes", "quote", "signals",
	"signal", "leaks", "leak", "alerts", "alert", "labels", "label", "brands", "brand", "pitches", "pitch",
	"champions", "champion", "advocates", "advocate", "welcome", "thanks", "credits", "pledges", "pledge", "vows",
	"vow", "insults", "insult", "mocks", "needs", "plans", "plan", "wishes", "wish", "views", "view", "regrets",
	"guesses", "guess", "trusts", "senses", "aims", "references", "reference", "rule", "rules",
	"figure", "figures", "notice", "sense", "outline", "outlines")

// notSpeakers are words that open a "Word: text" line without naming a speaker.
var notSpeakers = set("correction", "clarification", "update", "updated", "related", "watch", "read",
	"photos", "photo", "video", "editor", "note", "source", "sources", "credit", "see", "also", "more",
	"breaking", "exclusive", "opinion", "analysis", "warning", "caption", "transcript", "q", "a", "the",
	"disclosure", "disclaimer", "advertisement", "listen", "subscribe", "follow", "contact")

// months are the month names.
var months = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.")

// badSourceEnd are words a speaker's noun phrase does not end with.
var badSourceEnd = set("please", "very", "liberal", "conservative", "clear", "same", "such", "own", "much",
	"many", "more", "most", "less", "least", "enough", "able", "likely", "unlikely", "sure", "possible")

// infinitiveVerbs take a to-infinitive as their content ("plans to release").
var infinitiveVerbs = set("plan", "want", "hope", "vow", "pledge", "promise", "threaten", "aim", "wish",
	"intend", "decide", "agree", "refuse", "decline", "demand", "expect", "seek", "urge", "ask", "call", "vote")

// media are the channels a statement is made in ("said in a statement").
var media = set("interview", "interviews", "statement", "email", "e-mail", "speech", "op-ed", "letter", "post",
	"tweet", "tweets", "briefing", "memo", "essay", "column", "editorial", "blog", "video", "message", "podcast",
	"broadcast", "testimony", "filing", "report", "release", "call")

// writtenMedia are documents: PolNeAR leaves them out of the cue ("said in a
// statement": 5 times of 6), while it keeps an interview in (8 of 10).
var writtenMedia = set("statement", "letter", "report", "release")

// outlets are where a statement is made public, after "on": "indicated on
// Twitter that ..." (the outlet is not part of the cue, as PolNeAR marks it).
var outlets = set("twitter", "facebook", "instagram", "youtube", "tiktok", "television", "tv", "radio", "air")

// irregularParticiples are past participles of cue verbs not ending in -ed.
var irregularParticiples = set("told", "written", "said", "shown", "known", "found", "thought", "seen", "sworn",
	"felt", "forecast", "understood", "sung", "held", "spoken")

// adverbialStart opens an adverbial phrase rather than a reported clause.
var adverbialStart = set("during", "after", "before", "since", "over", "by", "as", "when", "while", "unlike",
	"like", "despite", "amid", "following", "through", "back", "throughout", "under", "until", "upon", "within",
	"without", "asked", "speaking", "responding", "pressed")

// auxiliaries cannot open a reported clause.
var auxiliaries = set("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
	"should", "must", "may", "might", "does", "did", "do")

// capBreak are capitalised words (sentence-initial function words) that do not
// belong to a speaker's noun phrase; a capitalised "May" or "Will" may.
var capBreak = set("that", "this", "these", "those", "when", "where", "while", "if", "after", "before", "since",
	"although", "though", "because", "however", "there", "here", "what", "how", "why", "by", "to", "during",
	"despite", "is", "are", "was", "were", "has", "have", "had", "it", "its", "not", "even", "only", "just",
	"also", "still", "yet", "than", "then", "whether", "once", "now", "over", "under", "about", "like",
	"against", "without", "through", "into", "amid", "among", "per", "via", "upon", "instead", "meanwhile")

// docNouns are documents and studies whose author follows "by".
var docNouns = set("study", "studies", "report", "reports", "analysis", "survey", "poll", "video", "ad",
	"research", "review", "paper", "memo", "letter", "editorial", "op-ed", "article", "book", "statement",
	"complaint", "investigation", "audit", "estimate", "estimates", "projection", "model", "forecast")

// subordinators open an adverbial clause that may hold a statement of its own
// (", as they bristled at the remarks").
var subordinators = set("as", "while", "when", "because", "after", "before", "since", "whereas", "though", "although")

// leadingSubordinator reports whether w opens a subordinate clause that may
// lead its sentence or a that-clause ("If ..., ...", "Although ..., ...",
// "Once ..., ..."): a subordinator other than "as", which also compares and
// names, or "if", "unless", "once".
func leadingSubordinator(w string) bool {
	return subordinators[w] && w != "as" || w == "if" || w == "unless" || w == "once"
}

// raisingVerbs take an infinitive whose subject is their own: the cue after
// them keeps them ("appeared to suggest", "went on to discuss").
var raisingVerbs = set("appear", "appears", "appeared", "appearing", "seem", "seems", "seemed", "seeming",
	"try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting",
	"begin", "begins", "began", "begun", "beginning", "start", "starts", "started", "starting",
	"tend", "tends", "tended", "continue", "continues", "continued", "continuing",
	"went on", "goes on", "go on", "going on", "has yet", "have yet", "had yet", "able", "unable")

// gerundVerbs take a gerund whose subject is their own: "avoids condemning",
// "kept saying".
var gerundVerbs = set("avoid", "avoids", "avoided", "avoiding", "keep", "keeps", "kept", "keeping",
	"stop", "stops", "stopped", "quit", "quits", "resume", "resumes", "resumed")

// stopVerbs stop short of a gerund: "stopped short of calling".
var stopVerbs = set("stop", "stops", "stopped")

// writings are texts that "read" what they say: "the letter reads", "the sign
// read".
var writings = set("letter", "statement", "article", "sign", "signs", "message", "note", "tweet", "post", "caption",
	"banner", "headline", "text", "report", "memo", "email", "e-mail", "notice", "placard", "placards", "editorial",
	"complaint", "order", "ruling", "indictment", "filing", "petition", "resolution", "release", "card", "label")

// recordings show someone saying something: "footage of Clinton asking".
var recordings = set("footage", "video", "videos", "clip", "clips", "recording", "recordings", "tape", "tapes",
	"audio", "photo", "photos", "image", "images", "transcript", "film")

// contractedAux are auxiliaries cliticised to a subject pronoun: "He’s
// claiming", "they’ve said", "she’ll argue".
var contractedAux = set("'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'m", "’m", "'d", "’d")

// bareControl verbs take an object and a bare infinitive: "help people
// understand", "made voters believe".
var bareControl = set("help", "helps", "helped", "helping", "make", "makes", "made", "making", "let", "lets", "letting")
