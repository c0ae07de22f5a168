package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// cand is one recognised expression: n tokens from where it was tried.
type cand struct {
	n   int
	typ string
	val string
	mod string
	// gran is the granularity of a DATE value, for context tracking:
	// 'd' day, 'w' week, 'm' month, 'q' quarter, 'y' year, 0 other.
	gran byte
	q    [2]int // year and quarter when gran == 'q'
	day  time.Time
	// noDet is set for expressions that never take a leading determiner or modifier.
	noDet bool
	// reject marks tokens that look temporal but are not (ages, impossible
	// dates): they are skipped so that no part of them is emitted.
	reject bool
	// abs marks a value stated in full in the text (it names its year).
	abs bool
	// noTrack keeps a value out of the context (a quarter computed from another).
	noTrack bool
}

// finder holds the state of one pass over a text.
type finder struct {
	text   string
	t      []tok
	anchor time.Time
	has    bool
	sent   []int32 // sentence number of each token
	sStart []int   // first token of each sentence
	mark   []int8  // cached tense marker of each token (2: not yet computed)
	nested bool    // inside a pattern that matches another expression after it

	lastQ     [2]int // last quarter mentioned (year, quarter)
	lastQSent int    // sentence where it was mentioned
	spanFocus bool   // a span of months ("the nine months") was reported after it
	lastDay   time.Time
	hasDay    bool
	lastYear  int  // year of the last absolute date mentioned, 0 if none
	lastMonth int  // year*12+month-1 of the last resolved month or day mentioned, -1 if none
	monthLast bool // the last of them was a month alone ("last October"), not a day
	monthSent int  // sentence of that month
	out       []newsgraph.Time
}

// maxTokens bounds how far any pattern looks ahead; patterns are short.
const maxTokens = 12

// tk returns token i, or an empty punctuation token outside the text, so that
// patterns can look ahead without bounds checks.
func (f *finder) tk(i int) tok {
	if i < 0 || i >= len(f.t) {
		return tok{k: kPunct, n: -1, s: len(f.text), e: len(f.text)}
	}
	return f.t[i]
}

func (f *finder) w(i int) string {
	if i < 0 || i >= len(f.t) {
		return ""
	}
	return f.tk(i).w
}

func (f *finder) isW(i int, words ...string) bool {
	x := f.w(i)
	for _, y := range words {
		if x == y {
			return true
		}
	}
	return false
}

// glued reports whether token i follows token i-1 without white space.
func (f *finder) glued(i int) bool { return i > 0 && i < len(f.t) && !f.tk(i).sp }

// hyph reports whether token i is a hyphen glued on both sides.
func (f *finder) hyph(i int) bool {
	return i > 0 && i+1 < len(f.t) && f.tk(i).w == "-" && !f.tk(i).sp && !f.tk(i+1).sp
}

func (f *finder) num(i int) int {
	if i < 0 || i >= len(f.t) || f.tk(i).k != kNum {
		return -1
	}
	return f.tk(i).n
}

// run finds every expression, left to right.
func (f *finder) run() {
	f.lastQSent = -100
	for i := 0; i < len(f.t); {
		tk := f.tk(i)
		if tk.k == kPunct && tk.w != "'" || tk.k == kWord && !triggers[tk.w] {
			i++
			continue
		}
		c, start := f.matchAt(i)
		if c.reject && c.n > 0 {
			i = start + c.n
			continue
		}
		if c.n == 0 || c.val == "" {
			i++
			continue
		}
		end := start + c.n - 1
		f.emit(start, end, c)
		i = end + 1
		// "April 24 and 25", "May 3-5": a second day of the same month
		if c.gran == 'd' && c.typ == "DATE" && len(c.val) == 10 && i+1 < len(f.t) && (f.isW(i, "and", "or", "to", "through") || f.hyph(i)) {
			if d := f.num(i + 1); d >= 1 && d <= 31 && f.tk(i+1).nd <= 2 && !strings.ContainsAny(f.tk(i+1).w, ":.,/") && !(f.glued(i+2) && f.tk(i+2).k != kPunct) && !triggers[f.w(i+2)] && !f.isW(i+2, "%", "percent", "per") {
				y, _ := strconv.Atoi(c.val[:4])
				m, _ := strconv.Atoi(c.val[5:7])
				if validDay(y, m, d) {
					c2 := cand{n: 1, typ: "DATE", val: c.val[:8] + pad2(d), gran: 'd', day: day(y, m, d)}
					f.emit(i+1, i+1, c2)
					i += 2
				}
			}
		}
	}
}

func (f *finder) emit(a, b int, c cand) {
	s, e := f.tk(a).s, f.tk(b).e
	// a trailing abbreviation period is part of the expression ("Sept." but not the sentence end)
	f.out = append(f.out, newsgraph.Time{Span: newsgraph.Span{Start: s, End: e}, Text: f.text[s:e], Type: c.typ, Value: c.val, Mod: c.mod})
	if c.typ == "DURATION" && (c.val == "P9M" || c.val == "P6M") && f.isW(a, "the") {
		// "For the nine months, net rose ...": the report moves from the
		// quarter to the year to date, and "a year earlier" now compares years
		f.spanFocus = true
	}
	switch c.gran {
	case 'q':
		if c.noTrack {
			break
		}
		f.lastQ = c.q
		f.lastQSent = int(f.sent[a])
		f.spanFocus = false
	case 'd':
		f.lastDay = c.day
		f.hasDay = true
		f.monthLast = false
	case 'm':
		f.monthLast = true
		f.monthSent = int(f.sent[a])
	}
	if v := c.val; len(v) >= 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '1' && (len(v) == 7 || v[7] == '-') {
		y, err1 := strconv.Atoi(v[:4])
		m, err2 := strconv.Atoi(v[5:7])
		if err1 == nil && err2 == nil && m >= 1 && m <= 12 {
			f.lastMonth = y*12 + m - 1
		}
	}
	if c.abs && len(c.val) >= 4 {
		if y, err := strconv.Atoi(c.val[:4]); err == nil {
			f.lastYear = y
		}
	}
}

// modifier words and the TIMEX3 mod they give.
var modWords = map[string]string{
	"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
	"nearly": "LESS_THAN", "almost": "LESS_THAN", "some": "APPROX",
}

// matchAt tries every pattern at token i, with optional leading modifiers and
// determiner, and returns the longest match and its first token.
func (f *finder) matchAt(i int) (cand, int) {
	j := i
	mod := ""
	// quantity modifiers
	for k := 0; k < 2 && j < len(f.t); k++ {
		w := f.w(j)
		if m, ok := modWords[w]; ok && f.quantityFollows(j+1) {
			mod = m
			j++
			continue
		}
		switch {
		case (w == "more" || w == "less" || w == "fewer") && f.isW(j+1, "than") && f.quantityFollows(j+2):
			if w == "more" {
				mod = "MORE_THAN"
			} else {
				mod = "LESS_THAN"
			}
			j += 2
			continue
		case w == "at" && f.isW(j+1, "least") && f.quantityFollows(j+2):
			mod = "EQUAL_OR_MORE"
			j += 2
			continue
		case w == "at" && f.isW(j+1, "most") && f.quantityFollows(j+2):
			mod = "EQUAL_OR_LESS"
			j += 2
			continue
		case w == "up" && f.isW(j+1, "to") && f.quantityFollows(j+2):
			mod = "EQUAL_OR_LESS"
			j += 2
			continue
		case w == "no" && f.isW(j+1, "more") && f.isW(j+2, "than") && f.quantityFollows(j+3):
			mod = "EQUAL_OR_LESS"
			j += 3
			continue
		case w == "over" && f.quantityFollows(j+1) && !f.isW(j+1, "the"):
			mod = "MORE_THAN"
			j++
			continue
		}
		break
	}
	// determiner and position words: "the", "early", "late", "mid-",
	// "the end of", "earlier" (before this/that/today/...)
	k := j
	pos := ""
	hasThe := false
loop:
	for step := 0; step < 4; step++ {
		switch {
		case f.isW(k, "the") && f.positionOf(k+1) != "" && f.isW(k+2, "of"):
			pos = f.positionOf(k + 1)
			k += 3
			hasThe = false
		case f.isW(k, "end", "beginning") && f.isW(k+1, "of") && !hasThe && pos == "":
			pos = f.positionOf(k)
			k += 2
		case f.isW(k, "the") && !hasThe:
			hasThe = true
			k++
		case f.isW(k, "early") && pos == "":
			pos = "START"
			k++
		case f.isW(k, "late") && pos == "":
			pos = "END"
			k++
			if f.hyph(k) {
				k++
			}
		case f.isW(k, "mid") && pos == "":
			pos = "MID"
			k++
			if f.hyph(k) {
				k++
			}
		case f.isW(k, "earlier", "later") && pos == "" && !hasThe && (f.isW(k+1, "this", "that", "today", "yesterday", "tonight", "tomorrow", "next", "last") && !f.isW(k+2, "week") || weekdayWords[f.w(k+1)] > 0):
			// TimeBank leaves "earlier" out of "earlier this week" (4 of 4 in dev)
			// but keeps it in "earlier this month", "earlier this year"
			pos = "-"
			k++
		default:
			break loop
		}
	}
	if pos == "MID" && partOfDay[f.w(k)] != "" {
		if c := f.midPartOfDay(k); c.n > 0 {
			c.n += k - i
			return c, i
		}
	}
	if k > j {
		c := f.core(k, hasThe)
		if c.reject {
			c.n += k - i
			return c, i
		}
		if c.n > 0 && !c.noDet && !(pos != "" && pos != "-" && (c.typ == "DURATION" || c.typ == "SET")) {
			if hasThe && pos == "" && f.modifiesNoun(k+c.n) {
				// "the Oct. 23 meeting", "the third-quarter results": the
				// determiner belongs to the noun, not to the date
				if c2 := f.core(k, false); c2.n > 0 && !c2.reject && !c2.noDet {
					return c2, k
				}
			}
			if pos != "" && pos != "-" && c.mod == "" {
				c.mod = pos
			}
			if mod != "" {
				c.mod = mod
			}
			c.n += k - i
			return c, i
		}
	}
	if j > i {
		c := f.core(j, false)
		if c.n > 0 && !c.noDet && !c.reject {
			c.n += j - i
			c.mod = mod
			return c, i
		}
	}
	return f.core(i, false), i
}

// modifiesNoun reports whether the token at e continues a noun phrase that the
// expression before it modifies ("the 1996 elections").
func (f *finder) modifiesNoun(e int) bool {
	if e >= len(f.t) {
		return false
	}
	tk := f.tk(e)
	if tk.w == "-" && f.glued(e) {
		return true
	}
	if tk.k != kWord {
		return false
	}
	if tk.cap {
		// "the 2004 Olympics"; not a new sentence or another date word
		return !f.sentenceStart(e) && monthWords[tk.w] == 0 && weekdayWords[tk.w] == 0 && !functionWords[tk.w]
	}
	if functionWords[tk.w] || strings.HasSuffix(tk.w, "ed") || strings.HasSuffix(tk.w, "ly") {
		return false
	}
	return true
}

// modifierOnly words start no pattern themselves; matchAt consumes them.
var modifierOnly = map[string]bool{
	"the": true, "at": true, "up": true, "no": true, "more": true, "less": true, "fewer": true,
	"over": true, "early": true, "late": true, "mid": true, "earlier": true, "later": true,
	"end": true, "beginning": true, "about": true, "around": true, "approximately": true,
	"roughly": true, "nearly": true, "almost": true,
}

var functionWords = map[string]bool{
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "from": true, "by": true,
	"with": true, "and": true, "or": true, "but": true, "as": true, "than": true, "that": true,
	"which": true, "who": true, "whom": true, "when": true, "while": true, "since": true, "until": true,
	"before": true, "after": true, "during": true, "through": true, "is": true, "was": true, "are": true,
	"were": true, "be": true, "been": true, "being": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "could": true, "should": true, "may": true, "might": true, "can": true,
	"did": true, "do": true, "does": true, "ago": true, "earlier": true, "later": true, "this": true,
	"these": true, "those": true, "its": true, "their": true, "his": true, "her": true, "a": true,
	"an": true, "the": true, "compared": true, "versus": true, "vs": true, "because": true, "if": true,
	"so": true, "then": true, "there": true, "here": true, "not": true, "also": true, "alone": true,
	"ahead": true, "amid": true, "under": true, "over": true, "into": true, "against": true,
	"among": true, "between": true, "without": true, "about": true, "around": true, "rose": true,
	"fell": true, "said": true, "says": true, "say": true, "shows": true, "rises": true, "falls": true,
	"remains": true, "begins": true, "ends": true, "s": true, "t": true, "or so": true, "just": true,
	"only": true, "still": true, "now": true, "too": true, "either": true, "alike": true, "saw": true,
	"brought": true, "began": true, "came": true, "went": true, "took": true, "made": true, "per": true,
	"through ": true, "onward": true, "onwards": true, "forward": true, "back": true, "straight": true,
	"running": true, "old": true, "ending": true, "beginning": true, "starting": true, "last": true,
	"next": true, "more": true, "less": true, "alone ": true, "off": true, "out": true, "up": true, "down": true,
	"upon": true, "toward": true, "towards": true, "via": true, "despite": true, "within": true,
	"where": true, "why": true, "how": true, "what": true, "whether": true, "it": true, "he": true,
	"she": true, "they": true, "we": true, "i": true, "you": true, "us": true, "them": true,
}

func (f *finder) positionOf(i int) string {
	switch f.w(i) {
	case "end", "close":
		return "END"
	case "beginning", "start":
		return "START"
	case "middle":
		return "MID"
	}
	return ""
}

// quantityFollows reports whether a number or an article-plus-unit starts at i.
func (f *finder) quantityFollows(i int) bool {
	if i >= len(f.t) {
		return false
	}
	if f.tk(i).k == kNum {
		return true
	}
	w := f.w(i)
	if _, ok := numberWords[w]; ok {
		return true
	}
	switch w {
	case "a", "an", "half", "two", "several", "next", "past", "last", "midnight", "noon":
		return true
	}
	return false
}

// core tries all patterns at i (after any modifiers) and keeps the longest.
func (f *finder) core(i int, hasThe bool) cand {
	if i >= len(f.t) {
		return cand{}
	}
	best := cand{}
	try := func(c cand) {
		if c.n > best.n && (c.val != "" || c.reject) {
			best = c
		}
	}
	tk := f.tk(i)
	if tk.k == kNum {
		try(f.pTime(i))
		try(f.pDayMonth(i))
		try(f.pYear(i, hasThe))
		try(f.pDuration(i, hasThe))
		try(f.pISODate(i))
		try(f.pQuarter(i, hasThe))
		return best
	}
	if tk.k != kWord {
		if tk.w == "'" {
			try(f.pYear(i, hasThe))
		}
		return best
	}
	w := tk.w
	if !triggers[w] || modifierOnly[w] {
		return best
	}
	if _, ok := monthWords[w]; ok && w != "may" {
		try(f.pMonth(i))
		return best
	}
	if w == "may" {
		try(f.pMonth(i))
	}
	if _, ok := weekdayWords[w]; ok {
		try(f.pWeekday(i))
		return best
	}
	if _, ok := weekdayPlural[w]; ok {
		try(f.pWeekday(i))
		return best
	}
	if w == "a" || w == "an" {
		try(f.pDuration(i, hasThe))
		return best
	}
	try(f.pTime(i))
	try(f.pRelDay(i))
	try(f.pRelWord(i, hasThe))
	try(f.pRelUnit(i, hasThe))
	try(f.pAnaphoricDay(i, hasThe))
	try(f.pQuarter(i, hasThe))
	try(f.pDuration(i, hasThe))
	try(f.pSet(i))
	try(f.pSeason(i, hasThe))
	try(f.pHoliday(i))
	try(f.pYear(i, hasThe))
	return best
}

// midPartOfDay: "mid-afternoon", "mid-morning yesterday" once "mid" is read;
// the part of day is at token k. The day is the one named after it, else the
// last day mentioned, else the publication day (as for clock times).
func (f *finder) midPartOfDay(k int) cand {
	p := partOfDay[f.w(k)]
	n := 1
	var d time.Time
	switch {
	case f.isW(k+1, "yesterday", "today", "tomorrow"):
		c := f.pRelDay(k + 1)
		if c.gran != 'd' {
			return cand{}
		}
		d, n = c.day, 2
	case f.hasDay:
		d = f.lastDay
	case f.has:
		d = f.anchorDay()
	default:
		return cand{n: 1, typ: "TIME", val: "XXXX-XX-XXT" + p, mod: "MID"}
	}
	v := fmtDate(d)
	if v == "" {
		return cand{}
	}
	return cand{n: n, typ: "TIME", val: v + "T" + p, mod: "MID"}
}
