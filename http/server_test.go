package http

import (
	"context"
	"encoding/json"
	"io"
	"io/fs"
	nethttp "net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sqlite"
)

const xssBody = `Officials said the page contained <script>window.__pwned = 1</script> and an image tag <img src=x onerror="window.__pwned=2"> posted by attackers. The council's chief executive, Mark Hollis, said the page was taken offline.`

type echoProcessor struct{}

func (echoProcessor) Process(_ context.Context, d *newsgraph.Document) *newsgraph.Article {
	return &newsgraph.Article{ID: "posted-" + d.URL, Origin: d.Origin, URL: d.URL, Title: "Posted", Body: string(d.Data), Published: "2026-01-05"}
}

func testServer(t *testing.T, opts Options) (*httptest.Server, *sqlite.DB) {
	t.Helper()
	ctx := context.Background()
	d, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	i := strings.Index(xssBody, "Mark Hollis")
	a := &newsgraph.Article{ID: "xss", Title: `<b onmouseover="alert(1)">Council site hacked</b>`, Body: xssBody, Published: "2026-01-04",
		Source: "Valley <Gazette>", URL: "javascript:alert(1)",
		Boilerplate: []newsgraph.Boilerplate{{Kind: newsgraph.KindShare, Text: "<script>alert('share')</script>"}},
		Entities: []newsgraph.Entity{{ID: "e1", Name: "Mark Hollis", Type: newsgraph.EntityPerson,
			Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: i, End: i + 11}, Text: "Mark Hollis"}}}}}
	if _, err := d.PutArticles(ctx, []*newsgraph.Article{a}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(NewServer(d, opts))
	t.Cleanup(srv.Close)
	return srv, d
}

func get(t *testing.T, url string) (*nethttp.Response, string) {
	t.Helper()
	r, err := nethttp.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	b, _ := io.ReadAll(r.Body)
	return r, string(b)
}

func TestAPI(t *testing.T) {
	srv, _ := testServer(t, Options{})
	tests := []struct {
		path, want string
		code       int
	}{
		{"/api/stats", `"articles":1`, 200},
		{"/api/articles?q=council", `"id":"xss"`, 200},
		{"/api/articles?q=%22unclosed", `"total":0`, 200},
		{"/api/articles?from=2026-13-01", "want a date", 400},
		{"/api/articles?limit=-1", "whole number", 400},
		{"/api/articles/xss", `"entity_ids"`, 200},
		{"/api/articles/nope", "not found", 404},
		{"/api/entities?q=hollis", `"Mark Hollis"`, 200},
		{"/api/entities/" + sqlite.EntityID("Mark Hollis", newsgraph.EntityPerson, ""), `"per_day"`, 200},
		{"/api/quotes", `[]`, 200},
		{"/api/events", `[]`, 200},
		{"/api/timeline", `[]`, 200},
		{"/api/network", `"nodes":[]`, 200},
		{"/api/duplicates", `[]`, 200},
		{"/api/export/entities.csv", "EntityID,Name", 200},
		{"/api/export/events.csv", "GlobalEventID,Day", 200},
		{"/api/export/bogus.csv", "no export", 404},
		{"/api/openapi.json", `"openapi"`, 200},
		{"/api/nothing", "no API endpoint", 404},
		{"/", "<title>newsgraph</title>", 200},
		{"/article/xss", "<title>newsgraph</title>", 200},
		{"/ui/app.js", "function h(", 200},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			r, body := get(t, srv.URL+tc.path)
			if r.StatusCode != tc.code || !strings.Contains(body, tc.want) {
				t.Errorf("GET %s = %d %.300s; want %d containing %q", tc.path, r.StatusCode, body, tc.code, tc.want)
			}
			if r.Header.Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(r.Header.Get("Content-Security-Policy"), "script-src 'self'") {
				t.Errorf("GET %s: security headers missing: %v", tc.path, r.Header)
			}
		})
	}
}

// TestOpenAPICoversRoutes checks that every API route is documented.
func TestOpenAPICoversRoutes(t *testing.T) {
	var spec struct {
		Paths map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &spec); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/api/stats", "/api/articles", "/api/articles/{id}", "/api/entities", "/api/entities/{id}", "/api/quotes",
		"/api/events", "/api/timeline", "/api/network", "/api/duplicates", "/api/export/{file}"} {
		if _, ok := spec.Paths[p]; !ok {
			t.Errorf("openapi.json lacks %s", p)
		}
	}
	if _, ok := spec.Paths["/api/articles"]["post"]; !ok {
		t.Error("openapi.json lacks POST /api/articles")
	}
}

// TestArticleTextEscaped checks that article text reaches the browser only as
// JSON data: HTML pages never embed it, JSON escapes <, > and &, and the UI
// script never parses strings as HTML.
func TestArticleTextEscaped(t *testing.T) {
	srv, _ := testServer(t, Options{})
	_, page := get(t, srv.URL+"/article/xss")
	if strings.Contains(page, "__pwned") || strings.Contains(page, "Council site hacked") {
		t.Error("the HTML page embeds article text")
	}
	r, body := get(t, srv.URL+"/api/articles/xss")
	if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		t.Errorf("content type %q", r.Header.Get("Content-Type"))
	}
	if strings.Contains(body, "<script>") || strings.Contains(body, "<img") {
		t.Error("the JSON carries raw markup; want it \\u003c-escaped")
	}
	var res articleResult
	if err := json.Unmarshal([]byte(body), &res); err != nil || res.Article.Body != xssBody {
		t.Errorf("body did not survive JSON: %v", err)
	}
	uiFS, _ := fs.Sub(uiFiles, "ui")
	unsafe := regexp.MustCompile(`\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function|\.setAttribute\(\s*["']on`)
	for _, name := range []string{"app.js", "graph.js"} {
		src, err := fs.ReadFile(uiFS, name)
		if err != nil {
			t.Fatal(err)
		}
		if m := unsafe.Find(src); m != nil {
			t.Errorf("%s uses %s, which can turn article text into markup", name, m)
		}
	}
	index, _ := fs.ReadFile(uiFS, "index.html")
	if regexp.MustCompile(`<script>[^<]`).Match(index) || strings.Contains(string(index), " on") && regexp.MustCompile(`\son[a-z]+=`).Match(index) {
		t.Error("index.html holds inline script, which the CSP forbids")
	}
}

func TestPostArticles(t *testing.T) {
	tests := []struct {
		name   string
		opts   Options
		auth   string
		body   string
		code   int
		stored bool
	}{
		{"read-only server", Options{}, "Bearer s3cret", `{"text":"Some text","url":"u1"}`, 403, false},
		{"no token", Options{Token: "s3cret", Processor: echoProcessor{}}, "", `{"text":"Some text","url":"u1"}`, 401, false},
		{"wrong token", Options{Token: "s3cret", Processor: echoProcessor{}}, "Bearer nope", `{"text":"Some text","url":"u1"}`, 401, false},
		{"good token", Options{Token: "s3cret", Processor: echoProcessor{}}, "Bearer s3cret", `{"text":"Some text","url":"u1"}`, 200, true},
		{"array", Options{Token: "s3cret", Processor: echoProcessor{}}, "Bearer s3cret", `[{"text":"A","url":"u1"},{"html":"<p>B</p>","url":"u2"}]`, 200, true},
		{"bad json", Options{Token: "s3cret", Processor: echoProcessor{}}, "Bearer s3cret", `{"text":`, 400, false},
		{"empty doc", Options{Token: "s3cret", Processor: echoProcessor{}}, "Bearer s3cret", `{"url":"u1"}`, 422, false},
		{"too large", Options{Token: "s3cret", Processor: echoProcessor{}, MaxBodyBytes: 100}, "Bearer s3cret", `{"text":"` + strings.Repeat("x", 200) + `","url":"u1"}`, 413, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv, d := testServer(t, tc.opts)
			req, _ := nethttp.NewRequest("POST", srv.URL+"/api/articles", strings.NewReader(tc.body))
			if tc.auth != "" {
				req.Header.Set("Authorization", tc.auth)
			}
			r, err := nethttp.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(r.Body)
			r.Body.Close()
			if r.StatusCode != tc.code {
				t.Errorf("status %d (%s), want %d", r.StatusCode, b, tc.code)
			}
			_, err = d.Article(context.Background(), "posted-u1")
			if stored := err == nil; stored != tc.stored {
				t.Errorf("stored = %v, want %v", stored, tc.stored)
			}
		})
	}
}

func TestRateLimit(t *testing.T) {
	srv, _ := testServer(t, Options{RatePerSecond: 1, Burst: 5})
	codes := map[int]int{}
	for i := 0; i < 12; i++ {
		r, _ := get(t, srv.URL+"/api/stats")
		codes[r.StatusCode]++
	}
	if codes[200] < 5 || codes[200] > 7 || codes[429] == 0 {
		t.Errorf("status counts %v, want about 5 OK then 429s", codes)
	}
}
