package webpage

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ldArticle is what the page's JSON-LD says about its article.
type ldArticle struct {
	Headline, Published, Modified, Section, URL, Description, Language, Publisher, Body string
	Authors                                                                             []string
	Images                                                                              []string
}

// articleTypes are the schema.org types that describe a news article.
var articleTypes = map[string]int{
	"newsarticle": 3, "reportagenewsarticle": 3, "analysisnewsarticle": 3, "opinionnewsarticle": 3,
	"reviewnewsarticle": 3, "backgroundnewsarticle": 3, "article": 2, "blogposting": 2, "socialmediaposting": 1,
	"techarticle": 2, "scholarlyarticle": 1, "report": 1, "liveblogposting": 2, "webpage": 0, "itempage": 0,
}

// readJSONLD returns the best article description in the page's
// application/ld+json scripts (a NewsArticle over an Article over a WebPage).
func readJSONLD(root *html.Node) *ldArticle {
	var best map[string]any
	bestRank := -1
	var publisher string
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n.DataAtom != atom.Script {
			return true
		}
		if !strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") || n.FirstChild == nil {
			return false
		}
		var v any
		if json.Unmarshal([]byte(strings.TrimSpace(n.FirstChild.Data)), &v) != nil {
			return false
		}
		visitLD(v, 0, func(o map[string]any) {
			rank := -1
			for _, t := range ldTypes(o) {
				if r, ok := articleTypes[strings.ToLower(t)]; ok && r > rank {
					rank = r
				}
				if (t == "Organization" || t == "NewsMediaOrganization") && publisher == "" {
					publisher = ldString(o["name"])
				}
			}
			if rank > bestRank {
				best, bestRank = o, rank
			}
		})
		return false
	}, nil)
	if best == nil {
		return nil
	}
	a := &ldArticle{
		Headline:    ldString(best["headline"]),
		Published:   ldString(best["datePublished"]),
		Modified:    ldString(best["dateModified"]),
		Section:     ldString(best["articleSection"]),
		Description: ldString(best["description"]),
		Language:    ldString(best["inLanguage"]),
		Body:        ldString(best["articleBody"]),
		URL:         ldString(best["url"]),
	}
	if a.Headline == "" {
		a.Headline = ldString(best["name"])
	}
	if a.URL == "" {
		if m, ok := best["mainEntityOfPage"].(map[string]any); ok {
			a.URL = ldString(m["@id"])
		} else {
			a.URL = ldString(best["mainEntityOfPage"])
		}
	}
	if p, ok := best["publisher"].(map[string]any); ok {
		a.Publisher = ldString(p["name"])
	}
	if a.Publisher == "" {
		a.Publisher = publisher
	}
	for _, au := range ldList(best["author"]) {
		switch x := au.(type) {
		case string:
			a.Authors = append(a.Authors, x)
		case map[string]any:
			isOrg := false
			for _, t := range ldTypes(x) {
				if strings.Contains(t, "Organization") {
					isOrg = true
				}
			}
			if !isOrg {
				a.Authors = append(a.Authors, ldString(x["name"]))
			}
		}
	}
	for _, im := range ldList(best["image"]) {
		switch x := im.(type) {
		case string:
			a.Images = append(a.Images, x)
		case map[string]any:
			if u := ldString(x["url"]); u != "" {
				a.Images = append(a.Images, u)
			}
		}
	}
	return a
}

// visitLD calls f on every object in a JSON-LD value (following @graph and
// arrays), to a bounded depth.
func visitLD(v any, depth int, f func(map[string]any)) {
	if depth > 6 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			visitLD(e, depth+1, f)
		}
	case map[string]any:
		f(x)
		if g, ok := x["@graph"]; ok {
			visitLD(g, depth+1, f)
		}
	}
}

func ldTypes(o map[string]any) []string {
	var out []string
	for _, t := range ldList(o["@type"]) {
		if s, ok := t.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func ldList(v any) []any {
	switch x := v.(type) {
	case nil:
		return nil
	case []any:
		return x
	default:
		return []any{x}
	}
}

// ldString returns a JSON-LD value as text: a string, the first string of a
// list, or the name or @value of an object.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return cleanSpace(html.UnescapeString(x))
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s := ldString(x["name"]); s != "" {
			return s
		}
		return ldString(x["@value"])
	}
	return ""
}
