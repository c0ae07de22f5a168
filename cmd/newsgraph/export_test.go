package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sqlite"
)

func TestExport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	store, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	body := "Kenya and Tanzania agreed on Tuesday to reopen the border crossing at Namanga."
	_, err = store.PutArticles(context.Background(), []*newsgraph.Article{{ID: "a1", Title: "Border", Body: body, Published: "2025-03-11",
		URL: "https://example.org/a1",
		Entities: []newsgraph.Entity{
			{ID: "e1", Name: "Kenya", Type: newsgraph.EntityGPE, Country: "KEN", Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: 0, End: 5}, Text: "Kenya"}}},
			{ID: "e2", Name: "Tanzania", Type: newsgraph.EntityGPE, Country: "TZA", Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: 10, End: 18}, Text: "Tanzania"}}}},
		Events: []newsgraph.Event{{PLOVER: "AGREE", CAMEO: "057", QuadClass: 1, Goldstein: 8,
			Source: []newsgraph.Actor{{Entity: "e1", Name: "Kenya", Country: "KEN"}}, Target: []newsgraph.Actor{{Entity: "e2", Name: "Tanzania", Country: "TZA"}},
			Sentence: newsgraph.Span{Start: 0, End: len(body)}, Trigger: newsgraph.Mention{Span: newsgraph.Span{Start: 19, End: 25}, Text: "agreed"}}},
	}})
	store.Close()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"events"}, 0, "1,20250311,Kenya,KEN,,"},
		{[]string{"--format", "jsonl", "events"}, 0, `"plover":"AGREE"`},
		{[]string{"entities"}, 0, "Tanzania,GPE,TZA,1,1"},
		{[]string{"quotes"}, 0, "ArticleID,Published"},
		{[]string{"--country", "FRA", "events"}, 0, "GlobalEventID"},
		{[]string{"bogus"}, 1, ""},
		{[]string{"--format", "xml", "events"}, 2, ""},
	}
	for _, tc := range tests {
		code, out, errOut := runCLI(t, "", append([]string{"export", "--db", db}, tc.args...)...)
		if code != tc.code || !strings.Contains(out, tc.want) {
			t.Errorf("export %v: exit %d, output %q (stderr %q); want %d containing %q", tc.args, code, out, errOut, tc.code, tc.want)
		}
	}
}
