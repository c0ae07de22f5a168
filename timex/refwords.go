package timex

// Reference words: now, recently, the future.

// pRelWord: "now", "currently", "recently", "the past", "the future", "soon",
// "then current".
func (f *finder) pRelWord(i int, hasThe bool) cand {
	w := f.w(i)
	ref := func(n int, v string) cand { return cand{n: n, typ: "DATE", val: v} }
	switch w {
	case "now":
		if f.isW(i+1, "-") || f.isW(i-1, "from") || f.discourseAdverb(i) {
			return cand{}
		}
		return cand{n: 1, typ: "DATE", val: "PRESENT_REF", noDet: true}
	case "right":
		if f.isW(i+1, "now") {
			return cand{n: 2, typ: "DATE", val: "PRESENT_REF", noDet: true}
		}
	case "currently", "presently", "nowadays":
		if f.discourseAdverb(i) {
			return cand{}
		}
		return cand{n: 1, typ: "DATE", val: "PRESENT_REF", noDet: true}
	case "then":
		// "the then current price", "the then-current chairman": current at
		// a past time
		k := i + 1
		if f.hyph(k) {
			k++
		}
		if f.isW(k, "current") {
			return cand{n: k + 1 - i, typ: "DATE", val: "PAST_REF", noDet: true}
		}
	case "current":
		if hasThe || f.isW(i+1, "account", "accounts", "affairs", "events", "flows", "flow", "and", "-", "crisis", "situation", "law", "system", "policy", "rules", "members", "members'", "president", "chairman", "leader", "leadership", "government", "owner", "owners", "one", "ones") {
			return cand{}
		}
		if f.tk(i).cap && !f.sentenceStart(i) {
			return cand{}
		}
		return cand{n: 1, typ: "DATE", val: "PRESENT_REF", noDet: true}
	case "these":
		if f.isW(i+1, "days") {
			return cand{n: 2, typ: "DATE", val: "PRESENT_REF", noDet: true}
		}
	case "recent":
		// "recent" alone, the adjective before an event noun ("the recent sale"),
		// is tagged in about a third of its dev occurrences: below the precision
		// (about F1/2) at which a guess pays, so it is left out. "recent years"
		// is a relative unit (relunits.go).
		return cand{}
	case "recently", "lately":
		if w == "recently" && f.isW(i-1, "most") && f.datedNext(i+1) {
			// "most recently last October": the date that follows is the time
			return cand{}
		}
		return cand{n: 1, typ: "DATE", val: "PAST_REF", noDet: true}
	case "soon":
		if f.isW(i-1, "as") || f.isW(i+1, "as", "-", "after") || f.pastSoon(i) {
			return cand{}
		}
		return cand{n: 1, typ: "DATE", val: "FUTURE_REF", noDet: true}
	case "past":
		if hasThe && !f.quantityFollows(i+1) && unitWords[f.w(i+1)].code == "" && !f.isW(i+1, "few", "several", "couple", "-") {
			return ref(1, "PAST_REF")
		}
	case "future":
		if hasThe && f.isW(i+1, "of") {
			// "the future of our peoples": the fate of something, not a time
			return cand{}
		}
		if hasThe {
			return ref(1, "FUTURE_REF")
		}
		if f.isW(i+1, "quarters", "years", "months") {
			return ref(2, "FUTURE_REF")
		}
	case "near", "distant", "foreseeable":
		if w == "foreseeable" {
			// "for the foreseeable future" means indefinitely: untagged in the
			// dev gold (2 of 2), unlike "the near future"
			return cand{}
		}
		if hasThe && f.isW(i+1, "future") {
			return ref(2, "FUTURE_REF")
		}
		if hasThe && w == "near" && f.isW(i+1, "term") {
			return ref(2, "FUTURE_REF")
		}
	case "short":
		if hasThe && f.isW(i+1, "term") && !f.isW(i+2, "-") {
			return ref(2, "FUTURE_REF")
		}
	}
	return cand{}
}

// discourseAdverb reports whether the word at i opens its sentence and is
// set off by a comma ("Now, he says, ..."; "Currently, organs are ..."): a
// discourse marker more often than a time the dev gold tags (5 of 5).
func (f *finder) discourseAdverb(i int) bool {
	return f.sentenceStart(i) && f.isW(i+1, ",")
}

// pastSoon reports whether "soon" at i is governed by a past tense right
// before or after it ("he was soon released", "a trickle that soon became a
// flood"): it then means shortly after a past event, not the future.
func (f *finder) pastSoon(i int) bool {
	for _, k := range []int{i - 1, i + 1} {
		if f.tk(k).k == kWord && f.marker(k) < 0 && !f.isW(k, "last", "earlier", "since", "ago", "yesterday") {
			return true
		}
	}
	return false
}

// datedNext reports whether a dated expression (one with a calendar value)
// starts at i, or right after "in" or "on" there ("most recently in 1996").
func (f *finder) datedNext(i int) bool {
	if f.nested {
		return false
	}
	if f.isW(i, "in", "on") {
		i++
	}
	f.nested = true
	c, st := f.matchAt(i)
	f.nested = false
	return st == i && c.n > 0 && c.typ == "DATE" && len(c.val) >= 4 && c.val[0] >= '0' && c.val[0] <= '9'
}
