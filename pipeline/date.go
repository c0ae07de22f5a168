package pipeline

import "github.com/newsgraph/newsgraph/datetext"

// NormaliseDate reads a date or date-time a user or an input file gave (ISO
// 8601, RFC 3339, RFC 1123, "March 5, 2024", ...) and returns it in ISO 8601
// at the precision given: a date stays a date, a month stays a month. It never
// fills in what was not given. Any four-digit year is accepted, so archives
// can be dated; see datetext.Reader.Parse for the forms read.
func NormaliseDate(s string) (string, bool) {
	return datetext.Reader{}.Parse(s)
}
