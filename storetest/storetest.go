// Package storetest holds the behaviour tests every newsgraph.Store must pass,
// so that the SQLite and PostgreSQL stores are held to one suite, and the
// annotated test articles they are run on.
//
// A store's test file calls Run with a function opening an empty store:
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) newsgraph.Store { return openTest(t) })
//	}
package storetest

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sqlstore"
)

// WireBody is the body of a wire story about the reopening of a port, written
// for these tests.
const WireBody = `The port authority of Mombasa said on Tuesday that it would reopen the container terminal closed since Friday after a fire damaged two cranes. "We expect ships to berth again by Thursday morning," said Amina Wekesa, the authority's operations director. Shipping lines had diverted at least nine vessels to Dar es Salaam while engineers inspected the quay. Kenya's transport ministry has ordered an inquiry into the cause of the fire. Traders in Nairobi warned that delays would raise prices of imported cooking oil and fuel before the holiday season.`

// otherBody is an unrelated story, which must not be grouped with WireBody.
const otherBody = `Heavy rain flooded parts of Kisumu overnight, cutting power to thousands of homes and forcing schools near the lake shore to close. County officials said rescue teams had moved more than 300 families to higher ground and that the water level of Lake Victoria was still rising.`

// Article builds an annotated article about the reopening of a port. Each
// annotation of WireBody (the entities Amina Wekesa, Kenya and Mombasa, her
// quote, a time and a DEMAND event of Kenya against Mombasa) is added when
// its text is found in body, with spans into body.
func Article(id, title, body, published string) *newsgraph.Article {
	a := &newsgraph.Article{ID: id, Origin: "test/" + id, Format: newsgraph.FormatText, Title: title, Source: "Coast Wire",
		Published: published, Body: body, Authors: []string{"Jane Mwangi"},
		Boilerplate: []newsgraph.Boilerplate{{Kind: newsgraph.KindShare, Text: "Share this story"}}}
	find := func(s string) newsgraph.Span {
		i := strings.Index(body, s)
		if i < 0 {
			return newsgraph.Span{}
		}
		return newsgraph.Span{Start: i, End: i + len(s)}
	}
	if sp := find("Amina Wekesa"); sp.End > 0 {
		a.Entities = append(a.Entities, newsgraph.Entity{ID: "e1", Name: "Amina Wekesa", Type: newsgraph.EntityPerson, Country: "KEN",
			Roles: []string{"operations director"}, Mentions: []newsgraph.Mention{{Span: sp, Text: "Amina Wekesa"}}})
	}
	if sp := find("Kenya"); sp.End > 0 {
		a.Entities = append(a.Entities, newsgraph.Entity{ID: "e2", Name: "Kenya", Type: newsgraph.EntityGPE, Country: "KEN",
			Mentions: []newsgraph.Mention{{Span: sp, Text: "Kenya"}}})
	}
	if sp := find("Mombasa"); sp.End > 0 {
		a.Entities = append(a.Entities, newsgraph.Entity{ID: "e3", Name: "Mombasa", Type: newsgraph.EntityGPE, Country: "KEN",
			Mentions: []newsgraph.Mention{{Span: sp, Text: "Mombasa"}}})
	}
	if sp := find("We expect ships to berth again by Thursday morning,"); sp.End > 0 {
		a.Quotes = append(a.Quotes, newsgraph.Quote{Span: sp, Text: body[sp.Start:sp.End], Kind: "direct",
			Cue: newsgraph.Mention{Span: find("said"), Text: "said"}, Speaker: "e1",
			SpeakerText: newsgraph.Mention{Span: find("Amina Wekesa"), Text: "Amina Wekesa"},
			Date:        &newsgraph.DateRef{Value: published, Origin: "published", Time: -1}, Claim: -1})
	}
	if sp := find("Tuesday"); sp.End > 0 {
		a.Times = append(a.Times, newsgraph.Time{Span: sp, Text: "Tuesday", Type: "DATE", Value: published})
	}
	if sp := find("ordered an inquiry"); sp.End > 0 {
		a.Events = append(a.Events, newsgraph.Event{PLOVER: "DEMAND", CAMEO: "10", QuadClass: 3, Goldstein: -5,
			Source: []newsgraph.Actor{{Entity: "e2", Name: "Kenya", Country: "KEN", Sector: "GOV"}},
			Target: []newsgraph.Actor{{Entity: "e3", Name: "Mombasa", Country: "KEN"}},
			Date:   &newsgraph.DateRef{Value: published, Origin: "published", Time: -1}, Status: "happened",
			Sentence: find("Kenya's transport ministry has ordered an inquiry into the cause of the fire."),
			Trigger:  newsgraph.Mention{Span: sp, Text: "ordered an inquiry"}})
	}
	return a
}

// Run runs the shared behaviour tests against the stores open returns, each
// as a subtest of t on a store of its own. open must return an empty store
// and close it when its test ends (t.Cleanup); it may skip the test.
func Run(t *testing.T, open func(t *testing.T) newsgraph.Store) {
	tests := []struct {
		name string
		test func(t *testing.T, s newsgraph.Store)
	}{
		{"PutIdempotentAndUpdate", testPutIdempotentAndUpdate},
		{"RoundTrip", testRoundTrip},
		{"NearDuplicateGrouping", testNearDuplicateGrouping},
		{"Queries", testQueries},
		{"EntityIDs", testEntityIDs},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.test(t, open(t))
		})
	}
}

// Put stores as in s, failing the test on an error, and returns the results.
func Put(t *testing.T, s newsgraph.Store, as ...*newsgraph.Article) []newsgraph.PutResult {
	t.Helper()
	rs, err := s.PutArticles(context.Background(), as)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != len(as) {
		t.Fatalf("PutArticles returned %d results for %d articles", len(rs), len(as))
	}
	return rs
}

// entityID returns the global ID s gave the entity of that name, type and
// country, failing the test when s does not list it.
func entityID(t *testing.T, s newsgraph.Store, name, typ, country string) string {
	t.Helper()
	ents, err := s.Entities(context.Background(), newsgraph.EntityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.Name == name && e.Type == typ && e.Country == country {
			if e.ID == "" {
				t.Fatalf("entity %s (%s, %s) has an empty ID", name, typ, country)
			}
			return e.ID
		}
	}
	t.Fatalf("entity %s (%s, %s) not listed among %d entities", name, typ, country, len(ents))
	return ""
}

func testPutIdempotentAndUpdate(t *testing.T, d newsgraph.Store) {
	ctx := context.Background()
	a := Article("a1", "Mombasa port to reopen", WireBody, "2026-03-03")
	tests := []struct {
		name    string
		article *newsgraph.Article
		want    newsgraph.PutOutcome
	}{
		{"first", a, newsgraph.Inserted},
		{"same again", Article("a1", "Mombasa port to reopen", WireBody, "2026-03-03"), newsgraph.Unchanged},
		{"same content from another path", func() *newsgraph.Article {
			b := Article("a1", "Mombasa port to reopen", WireBody, "2026-03-03")
			b.Origin = "elsewhere/a1.html"
			return b
		}(), newsgraph.Unchanged},
		{"changed headline", Article("a1", "Mombasa port to reopen on Thursday", WireBody, "2026-03-03"), newsgraph.Updated},
		{"failed record", &newsgraph.Article{ID: "bad", Error: "unreadable"}, newsgraph.Skipped},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := Put(t, d, tc.article)
			if rs[0].Outcome != tc.want {
				t.Errorf("outcome = %s, want %s", rs[0].Outcome, tc.want)
			}
		})
	}
	st, err := d.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 || st.Quotes != 1 || st.Events != 1 || st.Entities != 3 || st.Mentions != 3 {
		t.Errorf("stats after re-ingest = %+v, want one article with its annotations once", st)
	}
	got, err := d.Article(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Article.Title != "Mombasa port to reopen on Thursday" {
		t.Errorf("title = %q, want the updated one", got.Article.Title)
	}
	ents, err := d.Entities(ctx, newsgraph.EntityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.Articles != 1 || e.Mentions != 1 {
			t.Errorf("entity %s counts = %d articles %d mentions after update, want 1 and 1", e.Name, e.Articles, e.Mentions)
		}
	}
	if _, err := d.Article(ctx, "missing"); !errors.Is(err, newsgraph.ErrNotFound) {
		t.Errorf("missing article error = %v, want ErrNotFound", err)
	}
}

func testRoundTrip(t *testing.T, d newsgraph.Store) {
	ctx := context.Background()
	body := "Ngozi Okonjo-Iweala met ministers in Genève on Monday — “talks were frank,” she said. " +
		"“We are ready,” Kenya and Uganda said, “to sign.” Both denied the report."
	span := func(sub string) newsgraph.Span {
		i := strings.Index(body, sub)
		return newsgraph.Span{Start: i, End: i + len(sub)}
	}
	mention := func(sub string) newsgraph.Mention { return newsgraph.Mention{Span: span(sub), Text: sub} }
	first, second := span("“We are ready,”"), span("“to sign.”")
	a := &newsgraph.Article{ID: "rt", Title: "Trade talks", Body: body, Published: "2026-02-02T10:00:00Z", Language: "en",
		Sentences: []newsgraph.Span{span(body[:strings.Index(body, " “We")]), span("“We are ready,” Kenya and Uganda said, “to sign.”"), span("Both denied the report.")},
		Entities: []newsgraph.Entity{{ID: "e1", Name: "Ngozi Okonjo-Iweala", Type: newsgraph.EntityPerson, Country: "NGA",
			Orgs: []string{"WTO"}, Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: 0, End: 19}, Text: "Ngozi Okonjo-Iweala"}}},
			{ID: "e2", Name: "Kenya", Type: newsgraph.EntityGPE, Country: "KEN", Mentions: []newsgraph.Mention{mention("Kenya")}},
			{ID: "e3", Name: "Uganda", Type: newsgraph.EntityGPE, Country: "UGA", Mentions: []newsgraph.Mention{mention("Uganda")}}},
		Quotes: []newsgraph.Quote{{Span: newsgraph.Span{Start: first.Start, End: second.End}, Text: "“We are ready,” … “to sign.”",
			Pieces: []newsgraph.Span{first, second}, Kind: "direct", Cue: mention("said,"), Speakers: []string{"e2", "e3"},
			SpeakerText: mention("Kenya and Uganda"), Stance: "asserts", Claim: -1}},
		Events: []newsgraph.Event{{PLOVER: "CONSULT", CAMEO: "04", QuadClass: 1, Goldstein: 1,
			Source: []newsgraph.Actor{{Entity: "e1", Name: "Ngozi Okonjo-Iweala"}}, Target: []newsgraph.Actor{{Name: "ministers", Sector: "GOV"}},
			Sentence: newsgraph.Span{Start: 0, End: span(" “We").Start}, Trigger: newsgraph.Mention{Span: newsgraph.Span{Start: 20, End: 23}, Text: "met"}},
			{PLOVER: "ACCUSE", CAMEO: "11", QuadClass: 3, Goldstein: -2, Status: "claimed", Sentence: span("“We are ready,” Kenya and Uganda said, “to sign.”"),
				Trigger: mention("ready")},
			{PLOVER: "REJECT", CAMEO: "12", QuadClass: 3, Goldstein: -4, Answers: 2, Sentence: span("Both denied the report."),
				Trigger: mention("denied")}},
	}
	Put(t, d, a)
	got, err := d.Article(ctx, "rt")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := a.MarshalJSON()
	have, _ := got.Article.MarshalJSON()
	if string(want) != string(have) {
		t.Errorf("round trip differs:\nwant %s\nhave %s", want, have)
	}
	// a joint statement is a quote of each of its speakers
	for _, name := range []string{"Kenya", "Uganda"} {
		id := entityID(t, d, name, newsgraph.EntityGPE, map[string]string{"Kenya": "KEN", "Uganda": "UGA"}[name])
		qs, err := d.Quotes(ctx, newsgraph.QuoteFilter{Speaker: id})
		if err != nil || len(qs) != 1 || qs[0].Text != a.Quotes[0].Text {
			t.Errorf("quotes of %s = %v, %v; want the joint statement", name, qs, err)
		}
		e, err := d.Entity(ctx, id)
		if err != nil || e.Quotes != 1 {
			t.Errorf("entity %s: %v quotes, %v; want 1", name, e, err)
		}
	}
	if qs, err := d.Quotes(ctx, newsgraph.QuoteFilter{Speaker: entityID(t, d, "Ngozi Okonjo-Iweala", newsgraph.EntityPerson, "NGA")}); err != nil || len(qs) != 0 {
		t.Errorf("quotes of Okonjo-Iweala = %v, %v; want none", qs, err)
	}
	evs, err := d.Events(ctx, newsgraph.EventFilter{})
	if err != nil || len(evs) != 3 {
		t.Fatalf("events = %v, %v", evs, err)
	}
	for _, ev := range evs {
		if ev.PLOVER == "CONSULT" && (ev.Sentence != body[:span(" “We").Start] || ev.Date != "2026-02-02") {
			t.Errorf("event sentence %q date %q, want the first sentence and the publication date", ev.Sentence, ev.Date)
		}
	}
}

func testNearDuplicateGrouping(t *testing.T, d newsgraph.Store) {
	ctx := context.Background()
	paras := strings.SplitAfter(WireBody, ". ")
	trimmed := strings.Join(paras[:len(paras)-1], "")
	extended := WireBody + " A spokesman for the shipping line Maersk declined to comment on the diversions."
	Put(t, d,
		Article("orig", "Mombasa port to reopen", WireBody, "2026-03-03"),
		Article("exact", "Kenya: Mombasa terminal reopens", WireBody, "2026-03-04"),
		Article("trim", "Port to reopen after fire", trimmed, "2026-03-04"),
		Article("ext", "Ships to return to Mombasa", extended, "2026-03-05"),
		Article("other", "Floods in Kisumu", otherBody, "2026-03-03"),
	)
	// A later copy published earlier becomes the primary.
	Put(t, d, Article("early", "Mombasa port", WireBody+" Updated.", "2026-03-02"))
	groups, err := d.DuplicateGroups(ctx, newsgraph.Page{})
	if err != nil {
		t.Fatal(err)
	}
	if len(groups) != 1 || len(groups[0].Members) != 5 {
		n := 0
		if len(groups) > 0 {
			n = len(groups[0].Members)
		}
		t.Fatalf("groups = %d (first with %d members), want one group of 5", len(groups), n)
	}
	if groups[0].Primary != "early" {
		t.Errorf("primary = %s, want the earliest copy", groups[0].Primary)
	}
	tl, err := d.Timeline(ctx, newsgraph.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, b := range tl {
		n += b.Count
	}
	if n != 1 {
		t.Errorf("timeline counts %d events, want the syndicated story once", n)
	}
	all, err := d.Timeline(ctx, newsgraph.EventFilter{AllCopies: true})
	if err != nil {
		t.Fatal(err)
	}
	n = 0
	for _, b := range all {
		n += b.Count
	}
	if n != 5 {
		t.Errorf("timeline of all copies counts %d events, want 5", n)
	}
}

func testQueries(t *testing.T, d newsgraph.Store) {
	ctx := context.Background()
	Put(t, d, Article("a1", "Mombasa port to reopen", WireBody, "2026-03-03"))
	wekesa := entityID(t, d, "Amina Wekesa", newsgraph.EntityPerson, "KEN")
	kenya := entityID(t, d, "Kenya", newsgraph.EntityGPE, "KEN")
	search := []struct {
		name string
		f    newsgraph.ArticleFilter
		want int
	}{
		{"words", newsgraph.ArticleFilter{Query: "cranes fire"}, 1},
		{"phrase", newsgraph.ArticleFilter{Query: `"container terminal"`}, 1},
		{"prefix", newsgraph.ArticleFilter{Query: "crane*"}, 1},
		{"no match", newsgraph.ArticleFilter{Query: "volcano"}, 0},
		{"fts syntax taken literally", newsgraph.ArticleFilter{Query: `cranes OR NEAR( "unclosed`}, 0},
		{"only punctuation", newsgraph.ArticleFilter{Query: `"* ( )`}, 0},
		{"sql in query", newsgraph.ArticleFilter{Query: `'; DROP TABLE articles; --`}, 0},
		{"entity", newsgraph.ArticleFilter{Entity: wekesa}, 1},
		{"country", newsgraph.ArticleFilter{Country: "KEN"}, 1},
		{"other country", newsgraph.ArticleFilter{Country: "FRA"}, 0},
		{"event type", newsgraph.ArticleFilter{EventType: "DEMAND"}, 1},
		{"cameo prefix", newsgraph.ArticleFilter{EventType: "1"}, 1},
		{"source", newsgraph.ArticleFilter{Source: "Coast Wire"}, 1},
		{"date range", newsgraph.ArticleFilter{From: "2026-03-01", To: "2026-03-31"}, 1},
		{"date range before", newsgraph.ArticleFilter{To: "2026-02-28"}, 0},
	}
	for _, tc := range search {
		t.Run("search "+tc.name, func(t *testing.T) {
			hits, total, err := d.SearchArticles(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != tc.want || total != tc.want {
				t.Errorf("hits = %d total = %d, want %d", len(hits), total, tc.want)
			}
		})
	}
	if st, err := d.Stats(ctx); err != nil || st.Articles != 1 {
		t.Fatalf("articles table damaged: %v %v", st, err)
	}
	e, err := d.Entity(ctx, wekesa)
	if err != nil {
		t.Fatal(err)
	}
	if e.Quotes != 1 || len(e.PerDay) != 1 || e.PerDay[0].Date != "2026-03-03" || len(e.Roles) != 1 {
		t.Errorf("entity page = %+v", e)
	}
	qs, err := d.Quotes(ctx, newsgraph.QuoteFilter{Speaker: wekesa})
	if err != nil || len(qs) != 1 || qs[0].SpeakerName != "Amina Wekesa" {
		t.Errorf("quotes by speaker = %v, %v", qs, err)
	}
	qs, err = d.Quotes(ctx, newsgraph.QuoteFilter{Query: "berth"})
	if err != nil || len(qs) != 1 {
		t.Errorf("quote search = %v, %v", qs, err)
	}
	net, err := d.Network(ctx, newsgraph.EventFilter{Entity: kenya})
	if err != nil {
		t.Fatal(err)
	}
	if len(net.Nodes) != 2 || len(net.Edges) != 1 || net.Edges[0].Conflict != 1 || net.Edges[0].Source != kenya {
		t.Errorf("network = %+v", net)
	}
	ents, err := d.Entities(ctx, newsgraph.EntityFilter{Query: "weke"})
	if err != nil || len(ents) != 1 {
		t.Errorf("entity search = %v, %v", ents, err)
	}
}

// testEntityIDs checks that the store gives entities the global IDs
// sqlstore.EntityID computes from name, type and country, so that every writer
// of a shared store agrees on them.
func testEntityIDs(t *testing.T, s newsgraph.Store) {
	ctx := context.Background()
	Put(t, s, Article("a1", "Mombasa port to reopen", WireBody, "2026-03-03"))
	tests := []struct{ name, typ, country string }{
		{"Amina Wekesa", newsgraph.EntityPerson, "KEN"},
		{"Kenya", newsgraph.EntityGPE, "KEN"},
		{"Mombasa", newsgraph.EntityGPE, "KEN"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := s.Entity(ctx, sqlstore.EntityID(tc.name, tc.typ, tc.country))
			if err != nil {
				t.Fatalf("entity by EntityID: %v", err)
			}
			if e.Name != tc.name || e.Type != tc.typ || e.Country != tc.country {
				t.Errorf("entity = %s (%s, %s), want %s (%s, %s)", e.Name, e.Type, e.Country, tc.name, tc.typ, tc.country)
			}
		})
	}
}
