package plaintext

import (
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph/datetext"
)

// lineDates reads the dates of scraped text lines.
var lineDates = datetext.Reader{MinYear: 1900, MaxYear: 2100}

var (
	reTime     = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?(\s*[a-z]{2,4}\b)?|\b\d{1,2}\s*(am|pm|a\.m\.|p\.m\.)`)
	reWeekday  = regexp.MustCompile(`(?i)\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|rsday|urday)?\b\.?`)
	reDateWord = regexp.MustCompile(`(?i)\b(published|posted|updated|last|first|originally|modified|date|on|at|created|edited|am|pm|gmt|utc|ist|est|edt|pst|pdt|cet|cest|bst|ago)\b`)
)

// dateIn finds the first date in s and returns it as ISO 8601 (a date, or a
// date-time when s gives one with its zone), with the byte range it covered.
// Partial dates stay partial ("2019-11"); ambiguous numeric dates are refused.
func dateIn(s string) (iso string, start, end int) {
	return lineDates.Find(s)
}

// isDateLine reports whether a short line is mostly a date (with its label,
// weekday and time), like "Published: Friday, June 4, 2021 10:15 AM".
func isDateLine(t string) bool {
	iso, s, e := dateIn(t)
	if iso == "" {
		return false
	}
	rest := t[:s] + " " + t[e:]
	rest = reTime.ReplaceAllString(rest, " ")
	rest = reWeekday.ReplaceAllString(rest, " ")
	rest = reDateWord.ReplaceAllString(rest, " ")
	return len(words(rest)) <= 3
}

// dateLabel classifies the label of a date line: "published", "updated" or "".
func dateLabel(t string) string {
	lt := strings.ToLower(t)
	switch {
	case strings.Contains(lt, "updated") || strings.Contains(lt, "modified") || strings.Contains(lt, "edited"):
		if strings.Contains(lt, "published") || strings.Contains(lt, "posted") {
			// "Posted Nov 19; Updated Nov 20": the first date is the published one.
			pi := strings.Index(lt, "published")
			if pi < 0 {
				pi = strings.Index(lt, "posted")
			}
			if pi < strings.Index(lt, "updated") || strings.Index(lt, "updated") < 0 {
				return "published"
			}
		}
		return "updated"
	case strings.Contains(lt, "published") || strings.Contains(lt, "posted") || strings.Contains(lt, "created"):
		return "published"
	}
	return ""
}
