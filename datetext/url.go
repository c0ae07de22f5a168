package datetext

import (
	"regexp"
	"strings"
)

var (
	reURLDay     = regexp.MustCompile(`/(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|_|$)`)
	reURLCompact = regexp.MustCompile(`/(\d{4})(\d{2})(\d{2})(?:/|-|_|$)`)
	reURLMonth   = regexp.MustCompile(`/(\d{4})[/-](\d{1,2})/`)
)

// InURL returns the date a URL's path gives, as news sites write it:
// /2019/11/18/ or /2019-11-18-slug or /20191118/ as YYYY-MM-DD, /2019/11/ as
// YYYY-MM. The host is never read. It returns "" when the path gives no date
// the reader accepts.
func (r Reader) InURL(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		j := strings.IndexByte(u, '/')
		if j < 0 {
			return ""
		}
		u = u[j:]
	}
	if m := reURLDay.FindStringSubmatch(u); m != nil {
		day, _ := r.day(number(m[1]), number(m[2]), number(m[3]))
		return day
	}
	if m := reURLCompact.FindStringSubmatch(u); m != nil {
		day, _ := r.day(number(m[1]), number(m[2]), number(m[3]))
		return day
	}
	if m := reURLMonth.FindStringSubmatch(u); m != nil {
		month, _ := r.month(number(m[1]), number(m[2]))
		return month
	}
	return ""
}
