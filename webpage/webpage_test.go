package webpage

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func extract(t testing.TB, page, url string) *newsgraph.Article {
	t.Helper()
	a, err := New(Options{}).Extract(context.Background(), &newsgraph.Document{Origin: "test", Format: newsgraph.FormatHTML, Data: []byte(page), URL: url})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return a
}

// story is the body of the test pages: three paragraphs of a made-up report.
const story = `<p>The regional water authority said on Tuesday that it would ration supply to the northern districts for at least six weeks, after the driest winter in forty years left its reservoirs at a third of their usual level.</p>
<p>Officials at the authority said households would receive water on alternate days, and that farms would be asked to cut irrigation by half. Hospitals and schools are exempt from the scheme.</p>
<p>"We have no other choice if we want the taps to keep running through the summer," the authority's director told reporters at a briefing in the provincial capital, adding that the measures would be reviewed every fortnight.</p>`

func wrap(head, article string) string {
	return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">` + head + `</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<main><article>` + article + `</article>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Markets rally as rates hold steady for a third month</a></li><li><a href="/b">Ten things to know before the summit opens</a></li></ul></aside></main>
<footer><p>© 2024 Example Media Group. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`
}

func TestMetadata(t *testing.T) {
	tests := []struct {
		name      string
		page, url string
		want      newsgraph.Article
	}{
		{
			name: "JSON-LD NewsArticle beats OpenGraph and URL",
			url:  "https://news.example.org/2024/03/01/water-rationing",
			page: wrap(`<title>Water rationing for the north | Example News</title>
<meta property="og:site_name" content="Example News"><meta property="og:title" content="OG title">
<meta property="article:published_time" content="2024-03-04T08:00:00Z">
<link rel="canonical" href="/world/water-rationing">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Water to be rationed in the north",
"datePublished":"2024-03-05T09:30:00+01:00","dateModified":"2024-03-06T10:00:00+01:00","articleSection":"World",
"author":[{"@type":"Person","name":"Amina Diallo"},{"@type":"Person","name":"Tom Becker"},{"@type":"Organization","name":"Example News"}],
"publisher":{"@type":"Organization","name":"Example News Ltd"}}</script>`, `<h1>Water to be rationed in the north</h1>`+story),
			want: newsgraph.Article{Title: "Water to be rationed in the north", Source: "Example News", Section: "World",
				URL: "https://news.example.org/world/water-rationing", Published: "2024-03-05T09:30:00+01:00",
				Modified: "2024-03-06T10:00:00+01:00", Authors: []string{"Amina Diallo", "Tom Becker"}, Language: "en"},
		},
		{
			name: "OpenGraph only",
			page: wrap(`<meta property="og:title" content="Farmers count the cost of the drought &amp; wait">
<meta property="og:site_name" content="The Valley Courier"><meta property="og:url" content="https://valleycourier.example/farm-drought">
<meta property="article:published_time" content="2023-08-14T17:45:00-05:00"><meta property="article:modified_time" content="2023-08-15T09:00:00-05:00">
<meta property="article:section" content="Agriculture"><meta name="author" content="By Maria Gonzalez, Staff Writer">
<meta property="og:description" content="A dry summer hits the valley's growers.">`, story),
			want: newsgraph.Article{Title: "Farmers count the cost of the drought & wait", Source: "The Valley Courier", Section: "Agriculture",
				URL: "https://valleycourier.example/farm-drought", Published: "2023-08-14T17:45:00-05:00", Modified: "2023-08-15T09:00:00-05:00",
				Authors: []string{"Maria Gonzalez"}, Description: "A dry summer hits the valley's growers.", Language: "en"},
		},
		{
			name: "time element only, modified time skipped",
			page: wrap(`<title>Council approves new bridge</title>`, `<h1>Council approves new bridge</h1>
<p class="meta">Updated <time class="updated" datetime="2022-05-02T12:00:00Z">2 May</time> · Published <time datetime="2022-04-30">30 April 2022</time></p>`+story),
			want: newsgraph.Article{Title: "Council approves new bridge", Published: "2022-04-30", Language: "en"},
		},
		{
			name: "URL date only",
			url:  "https://blog.example.net/2021/11/07/notes-from-the-field/",
			page: wrap(`<title>Notes from the field</title>`, story),
			want: newsgraph.Article{Title: "Notes from the field", Source: "blog.example.net", URL: "https://blog.example.net/2021/11/07/notes-from-the-field/", Published: "2021-11-07", Language: "en"},
		},
		{
			name: "URL with year and month only is not given an invented day",
			url:  "https://example.com/2020/06/summer-reading",
			page: wrap(`<title>Summer reading</title>`, story),
			want: newsgraph.Article{Title: "Summer reading", Source: "example.com", URL: "https://example.com/2020/06/summer-reading", Published: "2020-06", Language: "en"},
		},
		{
			name: "bylines with junk",
			page: wrap(`<title>Rail strike called off</title>`, `<h1>Rail strike called off</h1>
<div class="byline">By <a rel="author" href="/p/jk">John Kamau</a> and <a rel="author" href="/p/lw">Li Wei</a>, Senior Correspondents</div>`+story),
			want: newsgraph.Article{Title: "Rail strike called off", Authors: []string{"John Kamau", "Li Wei"}, Language: "en"},
		},
		{
			name: "meta author junk: email prompt, organisation, handle",
			page: wrap(`<title>Port reopens</title><meta name="author" content="Sara Lindqvist | Email the author"><meta name="author" content="Reuters"><meta name="author" content="@sara_l">`, story),
			want: newsgraph.Article{Title: "Port reopens", Authors: []string{"Sara Lindqvist"}, Language: "en"},
		},
		{
			name: "date written in the text",
			page: wrap(`<title>Harvest festival returns</title>`, `<h1>Harvest festival returns</h1><div class="date">March 9, 2019</div>`+story),
			want: newsgraph.Article{Title: "Harvest festival returns", Published: "2019-03-09", Language: "en"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extract(t, tc.page, tc.url)
			w := tc.want
			check := func(field, got, want string) {
				if got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("Title", a.Title, w.Title)
			check("Section", a.Section, w.Section)
			check("Published", a.Published, w.Published)
			check("Modified", a.Modified, w.Modified)
			check("Language", a.Language, w.Language)
			if w.Source != "" {
				check("Source", a.Source, w.Source)
			}
			if w.URL != "" {
				check("URL", a.URL, w.URL)
			}
			if w.Description != "" {
				check("Description", a.Description, w.Description)
			}
			if strings.Join(a.Authors, "|") != strings.Join(w.Authors, "|") {
				t.Errorf("Authors = %q, want %q", a.Authors, w.Authors)
			}
			if !strings.Contains(a.Body, "alternate days") || strings.Contains(a.Body, "Most read") {
				t.Errorf("Body = %q", a.Body)
			}
		})
	}
}

func TestBody(t *testing.T) {
	page := wrap(`<title>Rationing</title>`, `<h1>Water to be rationed</h1>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<figure><img src="/img/dam.jpg" alt="dam"><figcaption>The reservoir at Kilima dam in January. <span class="credit">Photo: Jane Roe/Example Agency</span></figcaption></figure>`+
		story+`
<h2>What happens next</h2>
<p>The authority listed the steps it will take over the coming weeks, subject to rainfall in the catchment areas:</p>
<ul><li>Publishing a supply timetable for each district</li><li>Repairing leaks on the main pipeline</li><li>Opening three emergency boreholes</li></ul>
<p>The authority listed the steps it will take over the coming weeks, subject to rainfall in the catchment areas:</p>
<div class="related-stories"><h3>Related</h3><ul><li><a href="/x">Drought hits maize prices across the region</a></li></ul></div>
<section id="comments"><h3>3 Comments</h3><div class="comment"><p>This is what happens when nobody maintains the pipes, and every single year the same thing is promised again.</p></div></section>`)
	a := extract(t, page, "https://example.org/news/rationing")
	for _, want := range []string{"driest winter", "What happens next", "Repairing leaks on the main pipeline", "reviewed every fortnight"} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, a.Body)
		}
	}
	for _, bad := range []string{"Kilima dam", "Share on Facebook", "maize prices", "nobody maintains", "Water to be rationed", "Most read", "All rights reserved"} {
		if strings.Contains(a.Body, bad) {
			t.Errorf("body holds %q:\n%s", bad, a.Body)
		}
	}
	if n := strings.Count(a.Body, "The authority listed the steps"); n != 1 {
		t.Errorf("repeated paragraph emitted %d times", n)
	}
	if !strings.Contains(a.Body, "fortnight.</p>") && !strings.Contains(a.Body, "fortnight.\n\nWhat happens next") {
		t.Errorf("paragraphs are not separated by a blank line:\n%s", a.Body)
	}
	if len(a.Images) == 0 || a.Images[0].URL != "https://example.org/img/dam.jpg" || a.Images[0].Caption != "The reservoir at Kilima dam in January." || a.Images[0].Credit != "Jane Roe/Example Agency" {
		t.Errorf("Images = %+v", a.Images)
	}
	kinds := map[newsgraph.BoilerplateKind]bool{}
	for _, b := range a.Boilerplate {
		kinds[b.Kind] = true
	}
	for _, k := range []newsgraph.BoilerplateKind{newsgraph.KindCaption, newsgraph.KindCredit, newsgraph.KindComment} {
		if !kinds[k] {
			t.Errorf("no %s in boilerplate %+v", k, a.Boilerplate)
		}
	}
}

// TestSchemaArticleBody checks that an element marked as the article body
// keeps a link-heavy list that would otherwise look like navigation.
func TestSchemaArticleBody(t *testing.T) {
	page := wrap(`<title>Five reads</title>`, `<div itemprop="articleBody">`+story+`<ol>
<li><a href="/1">The long road back: how a town rebuilt after the floods</a> and what it cost.</li>
<li><a href="/2">Inside the race to map the ocean floor before the mining starts</a>.</li></ol></div>`)
	a := extract(t, page, "")
	if !strings.Contains(a.Body, "how a town rebuilt") {
		t.Errorf("body lost the list:\n%s", a.Body)
	}
}

func TestImageCaptions(t *testing.T) {
	tests := []struct {
		figcaption      string
		caption, credit string
	}{
		{`Crowds gather outside the court. <span class="credit">Photo: Lee Kim/Example Wire</span>`, "Crowds gather outside the court.", "Lee Kim/Example Wire"},
		{`Crowds gather outside the court (Image: GETTY)`, "Crowds gather outside the court", "GETTY"},
		{`Crowds gather outside the court [Lee Kim via Example Wire]`, "Crowds gather outside the court", "Lee Kim via Example Wire"},
		{`Crowds gather outside the court. Photograph: Lee Kim`, "Crowds gather outside the court.", "Lee Kim"},
		{`Image: Crowds gather outside the court`, "Crowds gather outside the court", ""},
		{`Crowds gather outside the court. Credit... Lee Kim for Example Wire`, "Crowds gather outside the court.", "Lee Kim for Example Wire"},
	}
	for _, tc := range tests {
		a := extract(t, wrap("", `<figure><img src="https://img.example/c.jpg"><figcaption>`+tc.figcaption+`</figcaption></figure>`+story), "")
		if len(a.Images) != 1 || a.Images[0].Caption != tc.caption || a.Images[0].Credit != tc.credit {
			t.Errorf("%q: Images = %+v, want caption %q credit %q", tc.figcaption, a.Images, tc.caption, tc.credit)
		}
		if strings.Contains(a.Body, "Crowds gather") {
			t.Errorf("%q: caption leaked into the body", tc.figcaption)
		}
	}
}
