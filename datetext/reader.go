package datetext

// A Reader reads dates whose year lies between MinYear and MaxYear,
// inclusive. A zero MinYear stands for 1000 and a zero MaxYear for 9999, so
// the zero Reader accepts every four-digit year. Callers reading publication
// dates narrow the range so that placeholders such as 0000-00-00 or
// 1970-01-01 are refused.
type Reader struct {
	MinYear, MaxYear int
}

// years returns the reader's bounds with the defaults filled in.
func (r Reader) years() (lo, hi int) {
	lo, hi = r.MinYear, r.MaxYear
	if lo == 0 {
		lo = 1000
	}
	if hi == 0 {
		hi = 9999
	}
	return lo, hi
}

// inYears reports whether year y is within the reader's bounds.
func (r Reader) inYears(y int) bool {
	lo, hi := r.years()
	return y >= lo && y <= hi
}

// day returns y-m-d as YYYY-MM-DD when it is a real day within the reader's
// years.
func (r Reader) day(y, m, d int) (string, bool) {
	if !r.inYears(y) || !realDay(y, m, d) {
		return "", false
	}
	return formatDay(y, m, d), true
}

// month returns y-m as YYYY-MM when it is a real month within the reader's
// years.
func (r Reader) month(y, m int) (string, bool) {
	if !r.inYears(y) || m < 1 || m > 12 {
		return "", false
	}
	b := make([]byte, 0, 7)
	b = appendDigits(b, y, 4)
	b = append(b, '-')
	b = appendDigits(b, m, 2)
	return string(b), true
}

// realDay reports whether y-m-d is a day of the proleptic Gregorian calendar
// (years 0-9999).
func realDay(y, m, d int) bool {
	if y < 0 || y > 9999 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= daysIn(y, m)
}

// daysIn returns the number of days in month m (1-12) of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// formatDay writes a valid day as YYYY-MM-DD.
func formatDay(y, m, d int) string {
	b := make([]byte, 0, 10)
	b = appendDigits(b, y, 4)
	b = append(b, '-')
	b = appendDigits(b, m, 2)
	b = append(b, '-')
	b = appendDigits(b, d, 2)
	return string(b)
}

// appendDigits appends n (0 <= n < 10^width) with leading zeros.
func appendDigits(b []byte, n, width int) []byte {
	var buf [8]byte
	for i := width - 1; i >= 0; i-- {
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return append(b, buf[:width]...)
}

// number returns the value of s, one to four ASCII digits, or -1.
func number(s string) int {
	if s == "" || len(s) > 4 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// monthNumber returns the month (1-12) an English month name or abbreviation
// starts with ("Sept.", "march", "NOV"), or 0.
func monthNumber(name string) int {
	if len(name) < 3 {
		return 0
	}
	var k [3]byte
	for i := 0; i < 3; i++ {
		c := name[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		k[i] = c
	}
	switch string(k[:]) {
	case "jan":
		return 1
	case "feb":
		return 2
	case "mar":
		return 3
	case "apr":
		return 4
	case "may":
		return 5
	case "jun":
		return 6
	case "jul":
		return 7
	case "aug":
		return 8
	case "sep":
		return 9
	case "oct":
		return 10
	case "nov":
		return 11
	case "dec":
		return 12
	}
	return 0
}
