package webpage

import (
	"net/url"
	"strings"

	"github.com/newsgraph/newsgraph"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metaTags holds the page's <meta> values by lower-cased name or property,
// first value first.
type metaTags map[string][]string

func (m metaTags) get(keys ...string) string {
	for _, k := range keys {
		for _, v := range m[k] {
			if v = cleanSpace(html.UnescapeString(v)); v != "" {
				return v
			}
		}
	}
	return ""
}

func (m metaTags) all(keys ...string) []string {
	var out []string
	for _, k := range keys {
		for _, v := range m[k] {
			if v = cleanSpace(html.UnescapeString(v)); v != "" {
				out = append(out, v)
			}
		}
	}
	return out
}

// readMeta collects meta tags (name, property, itemprop, http-equiv) and
// the canonical link of the page.
func readMeta(root *html.Node) (metaTags, string) {
	m := metaTags{}
	canonical := ""
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Meta:
			content := attr(n, "content")
			if content == "" {
				content = attr(n, "datetime")
			}
			for _, k := range []string{"name", "property", "itemprop", "http-equiv"} {
				if v := strings.ToLower(strings.TrimSpace(attr(n, k))); v != "" {
					m[v] = append(m[v], content)
				}
			}
		case atom.Link:
			if canonical == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
				canonical = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Script, atom.Style:
			return false
		}
		return true
	}, nil)
	return m, canonical
}

// extractMetadata fills the article's metadata from the page, with doc's
// Published and Source (when given) taking precedence over the page's own.
func (p *page) extractMetadata(a *newsgraph.Article, doc *newsgraph.Document) {
	meta, canonical := readMeta(p.root)
	ld := p.ld
	base, _ := url.Parse(p.url)

	// URL: canonical link, og:url, JSON-LD, then the address the input gave.
	for _, u := range []string{canonical, meta.get("og:url"), ld.URL, p.url} {
		if abs := resolveURL(base, u); abs != "" {
			a.URL = abs
			break
		}
	}
	if base == nil || base.Host == "" {
		base, _ = url.Parse(a.URL)
	}

	// Source: the site's own name, else the publisher, else the host name.
	a.Source = firstNonEmpty(doc.Source, meta.get("og:site_name", "application-name", "twitter:site:name"), ld.Publisher)
	if strings.Contains(a.Source, "://") {
		if u, err := url.Parse(a.Source); err == nil && u.Host != "" {
			a.Source = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	if a.Source == "" && base != nil && base.Host != "" {
		a.Source = strings.TrimPrefix(base.Hostname(), "www.")
	}

	// Title: headline metadata, else the page's h1, else <title> without the site suffix.
	a.Title = firstNonEmpty(ld.Headline, meta.get("og:title", "twitter:title", "headline"))
	if a.Title == "" {
		if h := findFirst(p.body, atom.H1); h != nil {
			a.Title = textOf(h)
		}
	}
	if a.Title == "" {
		if t := findFirst(p.root, atom.Title); t != nil {
			a.Title = stripSiteSuffix(textOf(t), a.Source)
		}
	}
	a.Title = stripSiteSuffix(a.Title, a.Source)

	a.Section = firstNonEmpty(ld.Section, meta.get("article:section", "section", "article.section", "parsely-section", "sailthru.section"))
	a.Description = firstNonEmpty(meta.get("og:description", "description", "twitter:description"), ld.Description)

	// Dates, in order of trust.
	a.Published = firstNonEmpty(
		normDate(doc.Published),
		normDate(ld.Published),
		normDate(meta.get("article:published_time", "og:published_time", "article:published", "datepublished")),
		normDate(meta.get("pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
			"dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "original-publish-date", "ptime")),
		p.timeElementDate(),
		urlDate(a.URL),
		urlDate(p.url),
	)
	if a.Published == "" {
		a.Published = p.textDate(a)
	}
	a.Modified = firstNonEmpty(normDate(ld.Modified), normDate(meta.get("article:modified_time", "og:updated_time",
		"datemodified", "dcterms.modified", "last-modified", "utime")))
	if a.Published == "" {
		a.Warn("no publication date found on the page")
	}

	// Authors: JSON-LD, meta tags, then bylines in the page.
	for _, raw := range [][]string{
		ld.Authors,
		meta.all("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "dcterms.creator"),
		p.bylines(),
	} {
		if a.Authors = cleanAuthors(raw, a.Source); len(a.Authors) > 0 {
			break
		}
	}
	if len(a.Authors) == 0 {
		a.Warn("no author found on the page")
	}

	a.Language = langCode(firstNonEmpty(attr0(findFirst(p.root, atom.Html), "lang"), meta.get("content-language", "og:locale", "language", "dc.language"), ld.Language))

	p.images(a, base, meta.get("og:image", "twitter:image"), ld.Images)
	if a.Title == "" {
		a.Warn("no title found on the page")
	}
}

func attr0(n *html.Node, key string) string {
	if n == nil {
		return ""
	}
	return attr(n, key)
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// resolveURL returns u made absolute against base, or "" when it is not an
// http(s) URL.
func resolveURL(base *url.URL, u string) string {
	u = strings.TrimSpace(u)
	if u == "" || strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "javascript:") {
		return ""
	}
	ref, err := url.Parse(u)
	if err != nil {
		return ""
	}
	if !ref.IsAbs() {
		if base == nil || !base.IsAbs() {
			if strings.HasPrefix(u, "//") {
				ref.Scheme = "https"
				return ref.String()
			}
			return ""
		}
		ref = base.ResolveReference(ref)
	}
	if ref.Scheme != "http" && ref.Scheme != "https" {
		return ""
	}
	return ref.String()
}

// stripSiteSuffix removes " | Site", " - Site" and similar from a title
// when the part after the separator names the site.
func stripSiteSuffix(title, site string) string {
	squash := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, " ", "")) }
	if site == "" {
		return title
	}
	st := squash(site)
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			tail := squash(title[i+len(sep):])
			if tail != "" && (strings.Contains(st, tail) || strings.Contains(tail, st)) {
				return strings.TrimSpace(title[:i])
			}
		}
	}
	return title
}

// timeElementDate returns the date of the page's <time> element that marks
// the publication (itemprop datePublished, pubdate, a "publish" class), else
// of the first <time datetime> in the body. Times marked as modification are
// skipped.
func (p *page) timeElementDate() string {
	var first, marked string
	walk(p.body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if n.DataAtom != atom.Time && !(n.DataAtom == atom.Span || n.DataAtom == atom.Div || n.DataAtom == atom.Meta) {
			return true
		}
		ip := strings.ToLower(attr(n, "itemprop"))
		cls := strings.ToLower(attr(n, "class"))
		if ip == "datemodified" || strings.Contains(cls, "modif") || strings.Contains(cls, "updated") {
			return true
		}
		v := attr(n, "datetime")
		if v == "" && ip == "datepublished" {
			v = firstNonEmpty(attr(n, "content"), textOf(n))
		}
		d := normDate(v)
		if d == "" {
			return true
		}
		if ip == "datepublished" || hasAttr(n, "pubdate") || strings.Contains(cls, "publish") {
			if marked == "" {
				marked = d
			}
		} else if first == "" && n.DataAtom == atom.Time {
			first = d
		}
		return true
	}, nil)
	return firstNonEmpty(marked, first)
}

// textDate looks for a date in the short date and byline lines separated
// from the body.
func (p *page) textDate(a *newsgraph.Article) string {
	for _, b := range a.Boilerplate {
		if len(b.Text) < 160 && !strings.Contains(strings.ToLower(b.Text), "updated") && !strings.Contains(strings.ToLower(b.Text), "modified") {
			if d := textDate(b.Text); d != "" {
				return d
			}
		}
	}
	return ""
}

// bylines returns the text of elements the page marks as bylines or authors.
func (p *page) bylines() []string {
	var out []string
	walk(p.body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if skipTags[n.DataAtom] {
			return false
		}
		rel := strings.ToLower(attr(n, "rel"))
		ip := strings.ToLower(attr(n, "itemprop"))
		cls := strings.ToLower(attr(n, "class"))
		if rel == "author" || ip == "author" || ip == "creator" || strings.Contains(cls, "byline") || strings.Contains(cls, "author-name") {
			if ip == "author" {
				if nm := findAll(n, func(c *html.Node) bool { return attr(c, "itemprop") == "name" }); len(nm) > 0 {
					out = append(out, textOf(nm[0]))
					return false
				}
			}
			if t := textOf(n); t != "" && (rel == "author" || len([]rune(t)) <= 60 || bylineRE.MatchString(t) && len([]rune(t)) <= 120) {
				out = append(out, t)
				return false
			}
			return true
		}
		return true
	}, nil)
	return out
}

// langCode returns the ISO 639-1 code of a language tag ("en-US", "en_GB",
// "pt-br" -> "en", "en", "pt"), or "".
func langCode(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_ ,;"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 {
		return ""
	}
	for _, r := range tag {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return tag
}
