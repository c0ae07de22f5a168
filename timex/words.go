package timex

// Lexicons of the recogniser. All keys are lower case.

var monthWords = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// monthAbbrev reports whether w is an abbreviation that needs a period or a
// following number to count as a month.
func monthAbbrev(w string) bool { return len(w) <= 4 && w != "june" && w != "july" && w != "may" }

var weekdayWords = map[string]int{ // ISO: Monday 1 .. Sunday 7
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

var weekdayPlural = map[string]int{
	"mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
}

var partOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}

var seasonWords = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

var seasonOrder = map[string]int{"SP": 1, "SU": 2, "FA": 3, "WI": 4}

// unit is a calendar unit a duration or a relative expression counts in.
type unit struct {
	code  string // TIMEX3 duration letter(s): S M H D W M Q Y, with multi for tens/hundreds/thousands of years
	time  bool   // goes after the T of a duration (hours, minutes, seconds)
	multi int    // years per unit for decades, centuries, millennia
}

var unitWords = map[string]unit{
	"second": {"S", true, 0}, "seconds": {"S", true, 0},
	"minute": {"M", true, 0}, "minutes": {"M", true, 0},
	"hour": {"H", true, 0}, "hours": {"H", true, 0},
	"day": {"D", false, 0}, "days": {"D", false, 0},
	"night": {"D", false, 0}, "nights": {"D", false, 0},
	"week": {"W", false, 0}, "weeks": {"W", false, 0},
	"weekend": {"WE", false, 0}, "weekends": {"WE", false, 0},
	"month": {"M", false, 0}, "months": {"M", false, 0},
	"quarter": {"Q", false, 0}, "quarters": {"Q", false, 0},
	"year": {"Y", false, 0}, "years": {"Y", false, 0},
	"decade": {"Y", false, 10}, "decades": {"Y", false, 10},
	"century": {"Y", false, 100}, "centuries": {"Y", false, 100},
	"millennium": {"Y", false, 1000}, "millennia": {"Y", false, 1000},
}

func isPluralUnit(w string) bool {
	switch w {
	case "seconds", "minutes", "hours", "days", "nights", "weeks", "weekends", "months", "quarters", "years", "decades", "centuries", "millennia":
		return true
	}
	return false
}

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "dozen": 12,
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "thirtieth": 30,
}

// vagueQuantity words stand for an unknown number ("several years" -> PXY).
var vagueQuantity = map[string]bool{
	"several": true, "few": true, "many": true, "some": true, "numerous": true,
}

var timeZones = map[string]bool{
	"et": true, "est": true, "edt": true, "ct": true, "cst": true, "cdt": true, "mt": true,
	"mst": true, "mdt": true, "pt": true, "pst": true, "pdt": true, "gmt": true, "utc": true,
	"bst": true, "cet": true, "cest": true, "eet": true, "eest": true, "jst": true, "ist": true,
	"aest": true, "aedt": true, "hkt": true, "sgt": true, "msk": true, "wib": true, "z": true,
}

// pastVerbs are frequent irregular past-tense forms used to guess tense.
var pastVerbs = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "came": true,
	"went": true, "took": true, "made": true, "gave": true, "began": true, "rose": true, "fell": true,
	"met": true, "held": true, "left": true, "won": true, "lost": true, "saw": true, "found": true,
	"got": true, "sold": true, "bought": true, "paid": true, "spent": true, "thought": true,
	"brought": true, "ran": true, "struck": true, "became": true, "knew": true, "wrote": true,
	"spoke": true, "sent": true, "built": true, "led": true, "felt": true, "kept": true,
	"meant": true, "stood": true, "broke": true, "drove": true, "flew": true, "grew": true,
	"threw": true, "chose": true, "ago": true, "yesterday": true, "last": true, "earlier": true,
	"wasn't": true, "weren't": true, "didn't": true, "hadn't": true, "since": true, "previously": true,
	"slid": true, "sank": true, "shot": true, "caught": true, "fought": true, "taught": true,
	"sought": true, "swore": true, "arose": true, "forgot": true, "hid": true, "lay": true,
	"rang": true, "sang": true, "wore": true, "woke": true, "withdrew": true, "overthrew": true,
}

// futureWords are words that point at the future.
var futureWords = map[string]bool{
	"will": true, "shall": true, "won't": true, "ll": true, "scheduled": true, "expected": true,
	"expects": true, "expect": true, "plans": true, "plan": true, "planned": true, "planning": true,
	"upcoming": true, "next": true, "tomorrow": true, "would": true, "due": true, "intends": true,
	"hopes": true, "aims": true, "until": true, "coming": true, "going": true, "set": true,
	"slated": true, "later": true, "should": true, "could": true,
	"may": true, "might": true,
}

// notPastEd lists -ed words that do not mark past tense in news.
var notPastEd = map[string]bool{
	"scheduled": true, "expected": true, "planned": true, "proposed": true, "need": true, "united": true,
	"limited": true, "based": true, "related": true, "red": true, "bed": true, "shed": true,
	"speed": true, "seed": true, "feed": true, "weed": true, "indeed": true, "hundred": true,
	"called": true, "so-called": true, "unnamed": true, "armed": true, "detailed": true,
	"advanced": true, "concerned": true, "interested": true, "supposed": true, "used": true,
	"alleged": true, "reported": true, "added": true, "noted": true, "stated": true, "announced": true, "disclosed": true, "asked": true, "warned": true, "explained": true, "estimated": true, "slated": true, "predicted": true,
	"forecasted": true, "anticipated": true, "intended": true, "wed": true, "fed": true, "led": false,
}

var abbrevBeforePeriod = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "corp": true, "inc": true, "co": true, "jr": true, "sr": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "u": true, "s": true, "no": true,
	"vs": true, "prof": true, "sgt": true, "capt": true, "maj": true, "ltd": true, "mt": true, "ft": true,
}

// nameTitles precede a personal name, so a capitalised "May" after them is a
// name, not a month.
var nameTitles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prime": true, "minister": true,
	"theresa": true, "brian": true, "elaine": true, "lady": true, "sir": true, "prof": true,
}

// monthPrepositions announce a month name that stands alone.
var monthPrepositions = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "last": true, "next": true,
	"this": true, "early": true, "late": true, "mid": true, "of": true, "during": true,
	"through": true, "throughout": true, "before": true, "after": true, "from": true, "to": true,
	"between": true, "and": true, "or": true, "on": true, "for": true, "each": true, "every": true,
	"that": true, "previous": true, "past": true, "coming": true, "end": true, "beginning": true,
	"middle": true, "start": true, "around": true, "about": true, "following": true,
}
