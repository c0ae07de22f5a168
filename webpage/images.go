package webpage

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// creditRE finds a photo credit at the end of a caption: "(Image: X)",
// "Photo: X", "Credit: X", "Photograph by X", "X/Getty Images".
var creditRE = regexp.MustCompile(`(?i)\s*(?:\(\s*(?:(?:image|photo|picture|pic)\s+)?(?:image|photo|picture|pic|credit|foto|source)s?\s*:\s*([^)]+)\)|\[([^\]]{2,60})\]|(?:(?:image|photo)\s+)?(?:image|photo|photograph|picture|credit|foto|source)s?\s*(?::|by|\.\.\.|…)\s*(.+)$)\s*$`)

// creditPrefixRE is the label of a credit ("Image credit:", "Photo: ").
var creditPrefixRE = regexp.MustCompile(`(?i)^(?:(?:image|photo|picture)\s+)?(?:credit|image|photo|source)s?\s*(?::|\.\.\.|…)\s*`)

// images fills a.Images from the page's figures (image, caption, credit),
// with the page's lead image (og:image, JSON-LD) first when no figure has it.
func (p *page) images(a *newsgraph.Article, base *url.URL, lead string, ldImages []string) {
	seen := map[string]bool{}
	var imgs []newsgraph.Image
	for _, f := range findAll(p.body, func(n *html.Node) bool { return n.DataAtom == atom.Figure }) {
		img := findFirst(f, atom.Img)
		if img == nil {
			continue
		}
		src := resolveURL(base, imgSrc(img))
		if src == "" || seen[src] {
			continue
		}
		seen[src] = true
		im := newsgraph.Image{URL: src}
		if fc := findFirst(f, atom.Figcaption); fc != nil {
			// A credit the page marks up on its own.
			for _, c := range findAll(fc, func(n *html.Node) bool {
				k := boilerKind(n)
				return k == newsgraph.KindCredit
			}) {
				im.Credit = creditPrefixRE.ReplaceAllString(strings.Trim(textOf(c), "()[] "), "")
				c.Parent.RemoveChild(c)
				break
			}
			im.Caption = textOf(fc)
		}
		if im.Caption == "" {
			im.Caption = cleanSpace(attr(img, "alt"))
		}
		if l := creditPrefixRE.FindString(im.Caption); l != "" && !strings.HasPrefix(strings.ToLower(l), "credit") {
			im.Caption = strings.TrimSpace(im.Caption[len(l):]) // "Image: The bridge at dawn"
		}
		if im.Credit == "" {
			if m := creditRE.FindStringSubmatchIndex(im.Caption); m != nil && m[0] > 0 {
				for g := 2; g < len(m); g += 2 {
					if m[g] >= 0 {
						im.Credit = strings.TrimSpace(im.Caption[m[g]:m[g+1]])
					}
				}
				im.Caption = strings.TrimSpace(im.Caption[:m[0]])
			}
		}
		imgs = append(imgs, im)
	}
	var leads []string
	leads = append(leads, lead)
	leads = append(leads, ldImages...)
	for _, l := range leads {
		if u := resolveURL(base, l); u != "" && !seen[u] {
			seen[u] = true
			imgs = append([]newsgraph.Image{{URL: u}}, imgs...)
			break
		}
	}
	a.Images = imgs
	for _, im := range imgs {
		if im.Caption != "" {
			a.Boilerplate = append(a.Boilerplate, newsgraph.Boilerplate{Kind: newsgraph.KindCaption, Text: im.Caption})
		}
		if im.Credit != "" {
			a.Boilerplate = append(a.Boilerplate, newsgraph.Boilerplate{Kind: newsgraph.KindCredit, Text: im.Credit})
		}
	}
}

// imgSrc returns an image's address: src, else a lazy-loading attribute,
// else the first srcset candidate.
func imgSrc(n *html.Node) string {
	for _, k := range []string{"data-src", "data-original", "data-lazy-src", "src"} {
		if v := strings.TrimSpace(attr(n, k)); v != "" && !strings.HasPrefix(v, "data:") {
			return v
		}
	}
	for _, k := range []string{"srcset", "data-srcset"} {
		if v := strings.TrimSpace(attr(n, k)); v != "" {
			return strings.Fields(v)[0]
		}
	}
	return ""
}
