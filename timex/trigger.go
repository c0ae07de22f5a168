package timex

// triggers holds every word that can start an expression (or a modifier in
// front of one). Tokens outside it are skipped without trying any pattern,
// which keeps the recogniser fast on ordinary text.
var triggers = func() map[string]bool {
	t := map[string]bool{}
	for _, m := range []map[string]int{monthWords, weekdayWords, weekdayPlural, numberWords, ordinalWords} {
		for w := range m {
			t[w] = true
		}
	}
	for w := range unitWords {
		t[w] = true
	}
	for w := range seasonWords {
		t[w] = true
	}
	for w := range modWords {
		t[w] = true
	}
	for w := range relWords {
		t[w] = true
	}
	for w := range durRel {
		t[w] = true
	}
	for w := range setAdverbs {
		t[w] = true
	}
	for w := range vagueQuantity {
		t[w] = true
	}
	for _, w := range []string{
		"the", "a", "an", "early", "late", "mid", "earlier", "later", "end", "beginning", "more", "less",
		"fewer", "at", "up", "no", "over", "now", "right", "currently", "presently", "nowadays", "current",
		"these", "recent", "recently", "lately", "soon", "past", "future", "near", "distant", "foreseeable",
		"short", "then", "morning", "afternoon", "evening", "night", "today", "tonight", "yesterday", "tomorrow", "year", "quarter", "period", "weekend",
		"week", "month", "comparable", "corresponding", "fiscal", "full", "every", "each", "once",
		"twice", "thrice", "noon", "midday", "midnight", "q", "final", "half", "couple", "dozens",
		"hundreds", "thousands", "christmas", "thanksgiving", "easter", "halloween", "new", "labor",
		"labour", "memorial", "independence", "election", "veterans", "valentine", "nineties",
		"eighties", "seventies", "sixties", "fifties", "forties", "thirties", "twenties", "eighteen",
		"t", "s",
	} {
		t[w] = true
	}
	return t
}()

// canon maps the lower-case form of every lexicon word to one shared string, so
// that the lexer does not allocate when it lower-cases a capitalised one.
var canon = func() map[string]string {
	c := map[string]string{}
	add := func(w string) { c[w] = w }
	for w := range triggers {
		add(w)
	}
	for _, m := range []map[string]bool{functionWords, pastVerbs, futureWords, nameTitles, monthPrepositions, yearContext, abbrevBeforePeriod, timeZones, notPastEd, weakFuture} {
		for w := range m {
			add(w)
		}
	}
	return c
}()
