package webpage

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	byPrefixRE    = regexp.MustCompile(`(?i)^\s*(?:written\s+by|posted\s+by|reported\s+by|story\s+by|words\s+by|text\s+by|by|from|author:?|authors:?|von|par|por|di|door)\s+`)
	authorSplitRE = regexp.MustCompile(`(?i)\s*(?:,|;|\||/|&|\band\b|\bund\b)\s*`)
	// authorJunkRE cuts everything from a phrase that is not part of a name.
	authorJunkRE = regexp.MustCompile(`(?i)\s*(?:\bemail\b|\be-mail\b|\bfollow\b|\bupdated\b|\bpublished\b|\bposted\b|\bon\s+(?:twitter|facebook)\b|@|https?://|\bfor\s+(?:the|cnn|reuters|ap)\b|\bin\s+[A-Z][a-z]+,?\s*$|\|).*$`)
	digitRE      = regexp.MustCompile(`\d`)
)

// jobWords are words of job titles and desks that follow or precede a name.
var jobWords = map[string]bool{
	"staff": true, "writer": true, "reporter": true, "correspondent": true, "editor": true, "columnist": true,
	"contributor": true, "contributing": true, "senior": true, "chief": true, "associate": true, "deputy": true,
	"managing": true, "political": true, "business": true, "sports": true, "news": true, "desk": true,
	"bureau": true, "team": true, "journalist": true, "producer": true, "analyst": true, "special": true,
	"freelance": true, "photographer": true, "intern": true, "editorial": true, "board": true, "author": true,
	"digital": true, "national": true, "foreign": true, "white": true, "house": true, "science": true,
	"health": true, "technology": true, "tech": true, "entertainment": true, "reporters": true, "writers": true,
}

// orgWords mark a name as an organisation, not a person.
var orgWords = map[string]bool{
	"news": true, "press": true, "agency": true, "reuters": true, "afp": true, "ap": true, "associated": true,
	"staff": true, "team": true, "desk": true, "bureau": true, "media": true, "times": true, "post": true,
	"journal": true, "newsroom": true, "editors": true, "inc": true, "ltd": true, "llc": true, "group": true,
	"online": true, "magazine": true, "network": true, "tv": true, "radio": true, "daily": true, "herald": true,
	"tribune": true, "gazette": true, "wire": true, "admin": true, "administrator": true, "guest": true,
	"correspondent": true, "reporter": true, "editor": true, "contributor": true, "pti": true, "ians": true,
	"ani": true, "dpa": true, "sport": true, "sports": true, "xinhua": true, "bloomberg": true, "com": true, "website": true, "blog": true,
}

// cleanAuthors turns raw author strings (bylines, meta values, JSON-LD names)
// into a de-duplicated list of person names: no "By", no job titles, no
// contact prompts, no organisations (nor the site itself).
func cleanAuthors(raw []string, site string) []string {
	var out []string
	seen := map[string]bool{}
	siteKey := strings.ToLower(strings.TrimSpace(site))
	for _, r := range raw {
		r = cleanSpace(r)
		if r == "" || strings.Contains(r, "://") && !strings.Contains(r, " ") {
			continue // a profile URL, not a name
		}
		r = byPrefixRE.ReplaceAllString(r, "")
		r = authorJunkRE.ReplaceAllString(r, "")
		for _, part := range authorSplitRE.Split(r, -1) {
			name := personName(part)
			if name == "" || siteKey != "" && strings.Contains(squashSpace(siteKey), squashSpace(strings.ToLower(name))) {
				continue
			}
			k := strings.ToLower(name)
			if !seen[k] {
				seen[k] = true
				out = append(out, name)
			}
		}
	}
	// "About Jane Doe" beside "Jane Doe": keep the shorter.
	kept := out[:0]
	for i, n := range out {
		dup := false
		for j, m := range out {
			if i != j && len(m) < len(n) && strings.HasSuffix(strings.ToLower(n), " "+strings.ToLower(m)) {
				dup = true
			}
		}
		if !dup {
			kept = append(kept, n)
		}
	}
	return kept
}

// personName returns s cleaned to a person's name, or "" when it is not one.
func personName(s string) string {
	s = byPrefixRE.ReplaceAllString(strings.TrimSpace(s), "")
	s = strings.Trim(s, " -–—:,.()[]\"'")
	if s == "" || digitRE.MatchString(s) {
		return ""
	}
	words := strings.Fields(s)
	for _, w := range words {
		if orgWords[strings.ToLower(strings.Trim(w, ",."))] {
			return ""
		}
	}
	if domainRE.MatchString(s) {
		return ""
	}
	// Drop job-title words at either end ("Jane Doe, Staff Writer" was split
	// already; "Senior Correspondent Jane Doe" and "Jane Doe Staff Writer").
	for len(words) > 0 && isJobWord(words[0]) {
		words = words[1:]
	}
	for len(words) > 0 && (isJobWord(words[len(words)-1]) || dateWords[strings.ToLower(strings.Trim(words[len(words)-1], ",."))]) {
		words = words[:len(words)-1]
	}
	if len(words) == 0 || len(words) > 5 {
		return ""
	}
	for _, w := range words {
		if orgWords[strings.ToLower(strings.Trim(w, ",."))] {
			return ""
		}
	}
	if strings.EqualFold(words[0], "the") {
		return "" // "The Editors", "The Morning Brief"
	}
	name := strings.Join(words, " ")
	if strings.ToUpper(name) == name && len(words) > 1 {
		name = titleCase(name) // "JANE DOE" -> "Jane Doe"
	}
	if len([]rune(name)) > 50 {
		return ""
	}
	// A name starts with a capital letter (in scripts that have case) and
	// is mostly letters.
	first := []rune(name)[0]
	if unicode.IsLower(first) {
		return ""
	}
	letters := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters*10 < len([]rune(name))*7 {
		return ""
	}
	if len(words) == 1 && unicode.Is(unicode.Latin, first) && (len([]rune(name)) < 3 || strings.ToUpper(name) == name) {
		return "" // initials or an all-capitals handle
	}
	return name
}

func squashSpace(s string) string { return strings.Join(strings.Fields(s), "") }

// domainRE matches a site name written as a domain ("Example.com").
var domainRE = regexp.MustCompile(`(?i)\.(?:com|org|net|co|in|uk|de|fr|info|news|io|ca|au|ng|br)\b`)

// isJobWord reports whether w is a word of a job title, singular or plural.
func isJobWord(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",."))
	return jobWords[w] || jobWords[strings.TrimSuffix(w, "s")]
}

// dateWords are weekday and month names that bylines run on into.
var dateWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"updated": true, "published": true, "today": true, "yesterday": true}

// titleCase turns an all-capitals name into title case, keeping the letter
// after an apostrophe or hyphen capitalised ("O'NEIL-SMITH" -> "O'Neil-Smith").
func titleCase(s string) string {
	rs := []rune(strings.ToLower(s))
	start := true
	for i, r := range rs {
		if start && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
		}
		start = r == ' ' || r == '-' || r == '\'' || r == '’'
	}
	return string(rs)
}
