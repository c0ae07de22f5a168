package timex

import (
	"strconv"
)

// Recurring times (TIMEX3 SET).

var setAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
	"hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W", "biannually": "P6M",
}

// placePreps are prepositions of place or path: after one, a set adverb
// modifies the verb before it ("protesters gather daily outside the court"),
// not a noun.
var placePreps = map[string]bool{
	"outside": true, "inside": true, "across": true, "near": true, "throughout": true,
	"along": true, "within": true, "beyond": true, "toward": true, "towards": true,
}

// routineSets are the set adjectives that keep their frequency before a noun
// owned by someone ("his daily life", "a weekly radio address"); "quarterly"
// and "annually" before a noun name reporting periods ("its quarterly
// dividend"), not a recurrence.
var routineSets = map[string]bool{"daily": true, "weekly": true, "nightly": true, "monthly": true}

// publications are nouns a set adjective names rather than times: "a daily
// newspaper", "his weekly column".
var publications = map[string]bool{
	"newspaper": true, "newspapers": true, "paper": true, "papers": true, "magazine": true,
	"newsletter": true, "journal": true, "tabloid": true, "publication": true, "edition": true,
	"bulletin": true, "digest": true, "gazette": true, "column": true, "report": true,
}

// ownRoutine reports whether the set adjective at i follows a possessive or
// an indefinite article and qualifies a noun that is not a publication: "his
// daily life", "a daily rally", "her weekly visit" recur; "a daily newspaper"
// does not.
func (f *finder) ownRoutine(i int) bool {
	if !routineSets[f.w(i)] || !f.isW(i-1, "his", "her", "its", "their", "our", "my", "your", "a", "an") {
		return false
	}
	if f.tk(i+1).k != kWord || f.tk(i+1).cap || functionWords[f.w(i+1)] {
		return false
	}
	j := i + 1
	for f.tk(j).k == kWord && !f.tk(j).cap && !functionWords[f.w(j)] && !publications[f.w(j)] && j < i+3 {
		j++
	}
	return !publications[f.w(j)]
}

// pSet: "every week", "each Thursday", "daily", "twice a year".
func (f *finder) pSet(i int) cand {
	w := f.w(i)
	if v, ok := setAdverbs[w]; ok {
		nx := f.w(i + 1)
		own := f.ownRoutine(i)
		if i+1 < len(f.t) && f.tk(i+1).k == kWord && !f.tk(i+1).cap && !functionWords[nx] && !placePreps[nx] && nx != "basis" && !own {
			return cand{} // "quarterly dividend"
		}
		if w == "annually" || w == "yearly" {
			return cand{}
		}
		// "a daily newspaper", "the weekly magazine": adjective before a noun
		if i+1 < len(f.t) && f.tk(i+1).k == kWord && !f.tk(i+1).cap && nx != "and" && nx != "or" && nx != "basis" && nx != "since" && nx != "in" && nx != "at" && nx != "for" && nx != "to" && nx != "from" && nx != "by" && nx != "on" {
			if f.isW(i-1, "a", "the", "its", "his", "her", "their", "our", "that", "this", "each") && !own {
				return cand{}
			}
		}
		if f.tk(i).cap && !f.sentenceStart(i) {
			return cand{} // "Daily Mail"
		}
		if f.isW(i+1, "of") && f.isW(i-1, "a", "the", "its", "his", "her", "their", "our", "initial", "regular", "special", "first") {
			return cand{} // "set its initial quarterly of eight cents": a dividend, a noun
		}
		return cand{n: 1, typ: "SET", val: v}
	}
	switch w {
	case "every", "each":
		j := i + 1
		if f.isW(j, "other") {
			j++
		}
		if wd, ok := weekdayWords[f.w(j)]; ok {
			c := cand{n: j + 1 - i, typ: "SET", val: "XXXX-WXX-" + strconv.Itoa(wd)}
			if p, ok := partOfDay[f.w(j+1)]; ok {
				c.n++
				c.val += "T" + p
			}
			return c
		}
		if m, ok := monthWords[f.w(j)]; ok && !monthAbbrev(f.w(j)) && (f.tk(j).cap || f.tk(j).up) {
			return cand{n: j + 1 - i, typ: "SET", val: "XXXX-" + pad2(m)}
		}
		if s, ok := seasonWords[f.w(j)]; ok {
			return cand{n: j + 1 - i, typ: "SET", val: "XXXX-" + s}
		}
		if p, ok := partOfDay[f.w(j)]; ok {
			return cand{n: j + 1 - i, typ: "SET", val: "XXXX-XX-XXT" + p}
		}
		n, half, used, _ := f.qty(j)
		if used == 0 {
			n = 1
		}
		k := j + used
		if u, ok := unitWords[f.w(k)]; ok {
			if f.isW(j, "other") {
				n = 2
			}
			if n < 0 {
				return cand{n: k + 1 - i, typ: "SET", val: durationValue(-1, u, false)}
			}
			v := durationValue(n, u, half)
			if u.code == "WE" {
				v = "XXXX-WXX-WE"
			}
			if v == "" {
				return cand{}
			}
			if w == "each" && f.isW(k+1, "of") {
				return cand{}
			}
			return cand{n: k + 1 - i, typ: "SET", val: v}
		}
	case "past", "last":
		return f.pastSeasons(i)
	case "once", "twice", "thrice":
		if f.isW(i+1, "a", "per", "every", "each") {
			if u, ok := unitWords[f.w(i+2)]; ok && !isPluralUnit(f.w(i+2)) && u.code != "WE" {
				return cand{n: 3, typ: "SET", val: durationValue(1, u, false)}
			}
		}
	}
	return cand{}
}

// seasonPlurals are the plural season names that cannot be read as verbs or
// other nouns ("falls", "springs" can).
var seasonPlurals = map[string]string{"summers": "SU", "winters": "WI", "autumns": "FA"}

// pastSeasons: "the past three summers", "the last few winters" at i ("past"
// or "last" after "the") recur each season, a SET of that season.
func (f *finder) pastSeasons(i int) cand {
	if !f.isW(i-1, "the") {
		return cand{}
	}
	j := i + 1
	if f.isW(j, "few", "several") {
		j++
	} else if _, _, used, article := f.qty(j); used > 0 && !article {
		j += used
	}
	if s, ok := seasonPlurals[f.w(j)]; ok && j > i+1 {
		return cand{n: j + 1 - i, typ: "SET", val: "XXXX-" + s}
	}
	return cand{}
}
