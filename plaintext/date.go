package plaintext

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var months = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

const monthRe = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

var (
	reISO      = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?\b`)
	reMDY      = regexp.MustCompile(`(?i)\b` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	reDMY      = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRe + `,?\s+(\d{4})\b`)
	reMY       = regexp.MustCompile(`(?i)\b` + monthRe + `,?\s+(\d{4})\b`)
	reSlash    = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b`)
	reTime     = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?(\s*[a-z]{2,4}\b)?|\b\d{1,2}\s*(am|pm|a\.m\.|p\.m\.)`)
	reWeekday  = regexp.MustCompile(`(?i)\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|rsday|urday)?\b\.?`)
	reDateWord = regexp.MustCompile(`(?i)\b(published|posted|updated|last|first|originally|modified|date|on|at|created|edited|am|pm|gmt|utc|ist|est|edt|pst|pdt|cet|cest|bst|ago)\b`)
)

// dateIn finds the first date in s and returns it as ISO 8601 (a date, or a
// date-time when s gives one with its zone), with the byte range it covered.
// Partial dates stay partial ("2019-11"); ambiguous numeric dates are refused.
func dateIn(s string) (iso string, start, end int) {
	if strings.IndexAny(s, "0123456789") < 0 {
		return "", -1, -1
	}
	named := hasAny(strings.ToLower(s), monthStems)
	var m []int
	if strings.Contains(s, "-") {
		m = reISO.FindStringSubmatchIndex(s)
	}
	if m != nil {
		y, mo, d := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]])
		if validDate(y, mo, d) {
			iso = fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
			if m[8] >= 0 && m[14] >= 0 {
				sec := "00"
				if m[12] >= 0 {
					sec = s[m[12]:m[13]]
				}
				zone := s[m[14]:m[15]]
				if zone != "Z" && !strings.Contains(zone, ":") {
					zone = zone[:3] + ":" + zone[3:]
				}
				iso += "T" + s[m[8]:m[9]] + ":" + s[m[10]:m[11]] + ":" + sec + zone
			}
			return iso, m[0], m[1]
		}
	}
	if !named {
		return dateNumeric(s)
	}
	if m := reMDY.FindStringSubmatchIndex(s); m != nil {
		mo := months[strings.ToLower(s[m[2]:m[3]])]
		d, y := atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]])
		if validDate(y, mo, d) {
			return fmt.Sprintf("%04d-%02d-%02d", y, mo, d), m[0], m[1]
		}
	}
	if m := reDMY.FindStringSubmatchIndex(s); m != nil {
		d := atoi(s[m[2]:m[3]])
		mo := months[strings.ToLower(s[m[4]:m[5]])]
		y := atoi(s[m[6]:m[7]])
		if validDate(y, mo, d) {
			return fmt.Sprintf("%04d-%02d-%02d", y, mo, d), m[0], m[1]
		}
	}
	if iso, a, b := dateNumeric(s); iso != "" {
		return iso, a, b
	}
	if m := reMY.FindStringSubmatchIndex(s); m != nil {
		mo := months[strings.ToLower(s[m[2]:m[3]])]
		y := atoi(s[m[4]:m[5]])
		if y >= 1900 && y <= 2100 && mo > 0 {
			return fmt.Sprintf("%04d-%02d", y, mo), m[0], m[1]
		}
	}
	return "", -1, -1
}

// monthStems gate the patterns with month names.
var monthStems = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// dateNumeric finds an unambiguous day/month/year or month/day/year date.
func dateNumeric(s string) (iso string, start, end int) {
	if !strings.ContainsAny(s, "/.") {
		return "", -1, -1
	}
	if m := reSlash.FindStringSubmatchIndex(s); m != nil {
		a, b, y := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]])
		if m[7]-m[6] == 2 {
			y += 2000
		}
		var mo, d int
		switch {
		case a > 12 && b <= 12:
			d, mo = a, b
		case b > 12 && a <= 12:
			mo, d = a, b
		case a == b:
			mo, d = a, b
		}
		if mo > 0 && validDate(y, mo, d) {
			return fmt.Sprintf("%04d-%02d-%02d", y, mo, d), m[0], m[1]
		}
	}
	return "", -1, -1
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

func validDate(y, mo, d int) bool {
	if y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 {
		return false
	}
	days := [...]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if d > days[mo-1] {
		return false
	}
	if mo == 2 && d == 29 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		return false
	}
	return true
}

// isDateLine reports whether a short line is mostly a date (with its label,
// weekday and time), like "Published: Tuesday, November 19, 2019 08:38 AM".
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
