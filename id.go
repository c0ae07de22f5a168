package newsgraph

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"
	"unicode"
)

// trackingParams are query parameters that identify a campaign or a visit, not
// the page; they are dropped from canonical URLs.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "mc_cid": true, "mc_eid": true, "ref": true, "ref_src": true,
	"cmpid": true, "ito": true, "ocid": true, "smid": true, "share": true, "amp": true,
}

// CanonicalURL normalises an absolute http(s) URL for identity: lower-case
// scheme and host, no default port, no "www.", no fragment, no tracking
// parameters (utm_*, fbclid, ...), sorted query, no trailing slash. It returns
// "" for anything that is not an absolute http(s) URL.
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimPrefix(host, "www.")
	if p := u.Port(); p != "" && p != "80" && p != "443" {
		host += ":" + p
	}
	q := u.Query()
	var keys []string
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var qs []string
	for _, k := range keys {
		for _, v := range q[k] {
			qs = append(qs, url.QueryEscape(k)+"="+url.QueryEscape(v))
		}
	}
	path := strings.TrimRight(u.EscapedPath(), "/")
	out := "https://" + host + path // http and https copies are one page
	if len(qs) > 0 {
		out += "?" + strings.Join(qs, "&")
	}
	return out
}

// ArticleID returns the article's stable id: a hash of its canonical URL when
// known, else of its normalised body (so copies of one text share an id).
func ArticleID(a *Article) string {
	if u := CanonicalURL(a.URL); u != "" {
		return hashID("url:" + u)
	}
	if b := normaliseBody(a.Body); b != "" {
		return hashID("body:" + b)
	}
	return hashID("origin:" + a.Origin)
}

func hashID(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}

// normaliseBody lowercases the body and folds every run of white space and
// punctuation, so that re-wrapped or re-punctuated copies hash the same.
func normaliseBody(body string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(body) {
		if r == '_' || (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || r > 0x7f && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}
