// Package feed reads the lists of articles that sites publish: RSS and Atom
// feeds (through github.com/mmcdole/gofeed) and XML sitemaps (urlset, news
// sitemaps and sitemap indexes).
package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// Item is one entry of a feed or sitemap.
type Item struct {
	URL       string
	Title     string
	Published string // ISO 8601, "" when unknown
	Source    string // the feed's title, if any
	// HTML is the item's own content (RSS content:encoded or description,
	// Atom content), which can stand in for the page when it is not fetched.
	HTML string
	// Sitemap marks an entry of a sitemap index: a further sitemap, not an article.
	Sitemap bool
}

// Looks reports whether data looks like a feed or a sitemap (by its root element).
func Looks(data []byte) bool {
	root := rootElement(data)
	switch root {
	case "rss", "feed", "rdf", "urlset", "sitemapindex":
		return true
	}
	return false
}

func rootElement(data []byte) string {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	for i := 0; i < 50; i++ {
		tok, err := d.Token()
		if err != nil {
			return ""
		}
		if se, ok := tok.(xml.StartElement); ok {
			return strings.ToLower(se.Name.Local)
		}
	}
	return ""
}

// Parse reads a feed or a sitemap. base resolves relative links.
func Parse(data []byte, base string) ([]Item, error) {
	switch rootElement(data) {
	case "urlset", "sitemapindex":
		return parseSitemap(data, base)
	case "":
		return nil, errors.New("feed: not XML")
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("feed: %w", err)
	}
	var out []Item
	for _, it := range f.Items {
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		link = resolve(base, link)
		if link == "" {
			continue
		}
		item := Item{URL: link, Title: strings.TrimSpace(it.Title), Source: strings.TrimSpace(f.Title)}
		switch {
		case it.PublishedParsed != nil:
			item.Published = it.PublishedParsed.UTC().Format(time.RFC3339)
		case it.UpdatedParsed != nil:
			item.Published = it.UpdatedParsed.UTC().Format(time.RFC3339)
		}
		item.HTML = it.Content
		if item.HTML == "" {
			item.HTML = it.Description
		}
		out = append(out, item)
	}
	return out, nil
}

type sitemapXML struct {
	URLs []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
		News    struct {
			Title           string `xml:"title"`
			PublicationDate string `xml:"publication_date"`
			Publication     struct {
				Name string `xml:"name"`
			} `xml:"publication"`
		} `xml:"news"`
	} `xml:"url"`
	Sitemaps []struct {
		Loc string `xml:"loc"`
	} `xml:"sitemap"`
}

func parseSitemap(data []byte, base string) ([]Item, error) {
	var sm sitemapXML
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	if err := d.Decode(&sm); err != nil {
		return nil, fmt.Errorf("feed: sitemap: %w", err)
	}
	var out []Item
	for _, s := range sm.Sitemaps {
		if u := resolve(base, strings.TrimSpace(s.Loc)); u != "" {
			out = append(out, Item{URL: u, Sitemap: true})
		}
	}
	for _, u := range sm.URLs {
		loc := resolve(base, strings.TrimSpace(u.Loc))
		if loc == "" {
			continue
		}
		it := Item{URL: loc, Title: strings.TrimSpace(u.News.Title), Source: strings.TrimSpace(u.News.Publication.Name)}
		it.Published = strings.TrimSpace(u.News.PublicationDate)
		if it.Published == "" {
			it.Published = strings.TrimSpace(u.LastMod)
		}
		out = append(out, it)
	}
	return out, nil
}

// resolve makes link absolute against base and keeps only http(s) URLs.
func resolve(base, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if !u.IsAbs() && base != "" {
		b, err := url.Parse(base)
		if err != nil {
			return ""
		}
		u = b.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}
