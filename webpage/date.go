package webpage

import "github.com/newsgraph/newsgraph/datetext"

// pageDates reads the dates of web pages: none before the web (1990), which
// also refuses placeholders such as 0000-00-00 and 1970-01-01.
var pageDates = datetext.Reader{MinYear: 1990, MaxYear: 2100}

// normDate returns s, the value of a date meta tag, JSON-LD field or datetime
// attribute, as ISO 8601 (a date-time with its offset, a date-time without
// one, a date or a month), reading a date written in words or found inside
// the value when s is not one whole date. A bare year is not a publication
// date. It returns "" for anything else.
func normDate(s string) string {
	if iso, ok := pageDates.Parse(s); ok && len(iso) > len("2006") {
		return iso
	}
	iso, _, _ := pageDates.Find(s)
	return iso
}

// textDate finds a date in a line of text (a byline, a date line) and returns
// it as ISO 8601: a date, a date-time when the line gives one with its zone,
// or YYYY-MM when only the month is given. Days are never invented.
func textDate(s string) string {
	iso, _, _ := pageDates.Find(s)
	return iso
}

// urlDate returns the date a URL's path gives (/2019/11/18/ or /20191118/
// as YYYY-MM-DD; /2019/11/ as YYYY-MM), or "".
func urlDate(u string) string {
	return pageDates.InURL(u)
}
