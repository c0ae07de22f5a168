package webpage

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// classWords maps words found in class and id attributes to the kind of
// boilerplate they name. Words are whole tokens of the attribute (split at
// punctuation and camelCase), lower-cased.
var classWords = map[string]newsgraph.BoilerplateKind{
	"comment": newsgraph.KindComment, "comments": newsgraph.KindComment, "disqus": newsgraph.KindComment,
	"respond": newsgraph.KindComment, "replies": newsgraph.KindComment, "commentlist": newsgraph.KindComment,

	"share": newsgraph.KindShare, "sharing": newsgraph.KindShare, "social": newsgraph.KindShare,
	"sharebar": newsgraph.KindShare, "addthis": newsgraph.KindShare, "sharethis": newsgraph.KindShare,
	"sharetools": newsgraph.KindShare, "socialshare": newsgraph.KindShare, "shares": newsgraph.KindShare,

	"related": newsgraph.KindRelated, "recommended": newsgraph.KindRelated, "recommendations": newsgraph.KindRelated,
	"trending": newsgraph.KindRelated, "popular": newsgraph.KindRelated, "mostread": newsgraph.KindRelated,
	"outbrain": newsgraph.KindRelated, "taboola": newsgraph.KindRelated, "readmore": newsgraph.KindRelated,
	"recirc": newsgraph.KindRelated, "promo": newsgraph.KindRelated, "relatedposts": newsgraph.KindRelated,
	"more": newsgraph.KindRelated, "teaser": newsgraph.KindRelated, "teasers": newsgraph.KindRelated,

	"ad": newsgraph.KindAd, "ads": newsgraph.KindAd, "advert": newsgraph.KindAd, "advertisement": newsgraph.KindAd,
	"advertising": newsgraph.KindAd, "sponsor": newsgraph.KindAd, "sponsored": newsgraph.KindAd, "dfp": newsgraph.KindAd,
	"adslot": newsgraph.KindAd, "adunit": newsgraph.KindAd, "banner": newsgraph.KindAd, "commercial": newsgraph.KindAd,

	"nav": newsgraph.KindNavigation, "navbar": newsgraph.KindNavigation, "navigation": newsgraph.KindNavigation,
	"menu": newsgraph.KindNavigation, "breadcrumb": newsgraph.KindNavigation, "breadcrumbs": newsgraph.KindNavigation,
	"pagination": newsgraph.KindNavigation, "pager": newsgraph.KindNavigation, "footer": newsgraph.KindNavigation,
	"sidebar": newsgraph.KindNavigation, "masthead": newsgraph.KindNavigation, "toolbar": newsgraph.KindNavigation,
	"tags": newsgraph.KindNavigation, "topics": newsgraph.KindNavigation, "skip": newsgraph.KindNavigation,

	"caption": newsgraph.KindCaption, "figcaption": newsgraph.KindCaption, "credit": newsgraph.KindCredit,
	"credits": newsgraph.KindCredit,

	"bio": newsgraph.KindAuthorBio, "biography": newsgraph.KindAuthorBio,

	"byline": newsgraph.KindOther, "newsletter": newsgraph.KindOther, "subscribe": newsgraph.KindOther,
	"subscription": newsgraph.KindOther, "signup": newsgraph.KindOther, "paywall": newsgraph.KindOther,
	"cookie": newsgraph.KindOther, "cookies": newsgraph.KindOther, "gdpr": newsgraph.KindOther,
	"consent": newsgraph.KindOther, "modal": newsgraph.KindOther, "popup": newsgraph.KindOther,
	"overlay": newsgraph.KindOther, "dateline": newsgraph.KindOther, "timestamp": newsgraph.KindOther,
	"meta": newsgraph.KindOther, "header": newsgraph.KindOther, "print": newsgraph.KindOther,
}

// classTokens splits a class or id value into lower-case words at
// punctuation, digits and camelCase boundaries.
func classTokens(s string, out []string) []string {
	start := -1
	var prev rune
	for i, r := range s {
		if !unicode.IsLetter(r) {
			if start >= 0 {
				out = append(out, strings.ToLower(s[start:i]))
				start = -1
			}
			prev = r
			continue
		}
		if start >= 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			out = append(out, strings.ToLower(s[start:i]))
			start = i
		}
		if start < 0 {
			start = i
		}
		prev = r
	}
	if start >= 0 {
		out = append(out, strings.ToLower(s[start:]))
	}
	return out
}

// boilerKind returns the boilerplate kind an element's tag, role, class or id
// names, or "".
func boilerKind(n *html.Node) newsgraph.BoilerplateKind {
	switch n.DataAtom {
	case atom.Nav, atom.Menu:
		return newsgraph.KindNavigation
	case atom.Footer:
		return newsgraph.KindNavigation
	case atom.Aside:
		return newsgraph.KindRelated
	case atom.Figcaption:
		return newsgraph.KindCaption
	case atom.Header, atom.Form:
		return newsgraph.KindOther
	case atom.Html, atom.Body:
		return ""
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "menu", "menubar", "contentinfo":
		return newsgraph.KindNavigation
	case "complementary":
		return newsgraph.KindRelated
	case "banner", "dialog", "alertdialog":
		return newsgraph.KindOther
	}
	if ip := attr(n, "itemprop"); ip == "articleBody" || ip == "text" {
		return ""
	}
	var buf [16]string
	toks := classTokens(attr(n, "class"), buf[:0])
	toks = classTokens(attr(n, "id"), toks)
	for _, t := range toks {
		if t == "embed" || t == "embedded" {
			return "" // embedded posts and media are part of the story
		}
	}
	for _, t := range toks {
		if k, ok := classWords[t]; ok {
			return k
		}
	}
	return ""
}

// contentHint reports whether an element's attributes name it as the
// article's body (schema.org articleBody, or a body/content class).
func contentHint(n *html.Node) bool {
	if ip := attr(n, "itemprop"); ip == "articleBody" {
		return true
	}
	c := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	for _, w := range []string{"article-body", "articlebody", "article__body", "article-content", "entry-content",
		"post-content", "story-body", "storybody", "post-body", "article-text", "story-content", "articletext"} {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// hidden reports whether an element is not rendered.
func hidden(n *html.Node) bool {
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	if st := attr(n, "style"); st != "" {
		st = strings.ToLower(strings.ReplaceAll(st, " ", ""))
		if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
			return true
		}
	}
	c := attr(n, "class")
	switch c {
	case "hidden", "is-hidden", "visually-hidden", "sr-only", "screen-reader-text", "visuallyhidden":
		return true
	}
	if c != "" {
		// Pop-ups shown on hover are not rendered with the text.
		c = strings.ToLower(c)
		for _, w := range []string{"rollover", "tooltip", "popover", "hovercard"} {
			if strings.Contains(c, w) {
				return true
			}
		}
	}
	return false
}

// skipTags are elements whose content is never article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Iframe: true, atom.Button: true, atom.Select: true, atom.Input: true,
	atom.Textarea: true, atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Object: true,
	atom.Embed: true, atom.Head: true, atom.Label: true, atom.Dialog: true,
}
