package feed

import "testing"

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>The Coastal Times</title><link>https://www.coastaltimes.example/</link>
<item><title>Namanga crossing to reopen</title><link>https://www.coastaltimes.example/news/namanga</link>
<pubDate>Tue, 11 Mar 2025 09:42:00 +0300</pubDate><description>Kenya and Tanzania agreed on Tuesday...</description>
<content:encoded><![CDATA[<p>Kenya and Tanzania agreed on Tuesday to reopen the Namanga border crossing.</p>]]></content:encoded></item>
<item><title>Relative link</title><link>/news/port-fire</link></item>
<item><title>No link</title></item>
<item><title>Bad scheme</title><link>javascript:alert(1)</link></item>
</channel></rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Meridian News</title>
<entry><title>EU warns Belgrade</title><link href="https://meridian.example/world/eu-warns"/><updated>2025-03-14T16:05:00Z</updated>
<content type="html">&lt;p&gt;The European Union on Friday threatened Serbia.&lt;/p&gt;</content></entry></feed>`

const sitemap = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://valleygazette.example/local/council-website-defaced</loc>
<news:news><news:publication><news:name>The Valley Gazette</news:name></news:publication>
<news:publication_date>2025-03-17T08:30:00+00:00</news:publication_date><news:title>Hackers deface council website</news:title></news:news></url>
<url><loc>https://valleygazette.example/about</loc><lastmod>2024-01-01</lastmod></url>
</urlset>`

const index = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://valleygazette.example/sitemap-news.xml</loc></sitemap></sitemapindex>`

func TestParse(t *testing.T) {
	tests := []struct {
		name      string
		data      string
		base      string
		wantN     int
		firstURL  string
		firstPub  string
		firstHTML bool
		sitemap   bool
	}{
		{"rss", rss, "https://www.coastaltimes.example/feed.xml", 2, "https://www.coastaltimes.example/news/namanga", "2025-03-11T06:42:00Z", true, false},
		{"atom", atom, "", 1, "https://meridian.example/world/eu-warns", "2025-03-14T16:05:00Z", true, false},
		{"news sitemap", sitemap, "", 2, "https://valleygazette.example/local/council-website-defaced", "2025-03-17T08:30:00+00:00", false, false},
		{"sitemap index", index, "", 1, "https://valleygazette.example/sitemap-news.xml", "", false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !Looks([]byte(tc.data)) {
				t.Error("Looks = false")
			}
			items, err := Parse([]byte(tc.data), tc.base)
			if err != nil {
				t.Fatal(err)
			}
			if len(items) != tc.wantN {
				t.Fatalf("%d items, want %d: %+v", len(items), tc.wantN, items)
			}
			it := items[0]
			if it.URL != tc.firstURL || it.Published != tc.firstPub || (it.HTML != "") != tc.firstHTML || it.Sitemap != tc.sitemap {
				t.Errorf("first item = %+v", it)
			}
		})
	}
	if items, _ := Parse([]byte(rss), "https://www.coastaltimes.example/feed.xml"); len(items) == 2 && items[1].URL != "https://www.coastaltimes.example/news/port-fire" {
		t.Errorf("relative link resolved to %s", items[1].URL)
	}
}

func TestNotAFeed(t *testing.T) {
	for _, s := range []string{"", "plain text", "<html><body>page</body></html>", "<rss><channel><item><link>"} {
		if Looks([]byte(s)) && s != "<rss><channel><item><link>" {
			t.Errorf("Looks(%q) = true", s)
		}
		Parse([]byte(s), "") // must not panic
	}
}
