package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sqlstore"
)

// JointBody is the body of a story quoting a joint statement, written for
// these tests.
const JointBody = `Kenya and Uganda agreed on Monday to keep the Malaba border post open to lorries around the clock. “Trucks will cross day and night from next week,” Kenya and Uganda said in a joint statement issued in Kampala. The transport ministers of both countries meet again in March to review the fees.`

// JointArticle builds an article about a border agreement whose one quote has
// a joint source: "Kenya and Uganda said", with the speakers e1 (Kenya) and
// e2 (Uganda) and no single speaker. Kampala (e3) is named but says nothing.
func JointArticle(id, published string) *newsgraph.Article {
	// find returns the mention of the first s in the body from byte from on.
	find := func(s string, from int) newsgraph.Mention {
		i := from + strings.Index(JointBody[from:], s)
		return newsgraph.Mention{Span: newsgraph.Span{Start: i, End: i + len(s)}, Text: s}
	}
	quote := find("“Trucks will cross day and night from next week,”", 0)
	return &newsgraph.Article{ID: id, Origin: "test/" + id, Format: newsgraph.FormatText, Title: "Malaba border post to open around the clock",
		Source: "Lake Region Times", Published: published, Body: JointBody,
		Entities: []newsgraph.Entity{
			{ID: "e1", Name: "Kenya", Type: newsgraph.EntityGPE, Country: "KEN", Mentions: []newsgraph.Mention{find("Kenya", 0)}},
			{ID: "e2", Name: "Uganda", Type: newsgraph.EntityGPE, Country: "UGA", Mentions: []newsgraph.Mention{find("Uganda", 0)}},
			{ID: "e3", Name: "Kampala", Type: newsgraph.EntityGPE, Country: "UGA", Mentions: []newsgraph.Mention{find("Kampala", 0)}},
		},
		Quotes: []newsgraph.Quote{{Span: quote.Span, Text: quote.Text, Kind: "direct", Cue: find("said", quote.End),
			SpeakerText: find("Kenya and Uganda", quote.End), Speakers: []string{"e1", "e2"},
			Date: &newsgraph.DateRef{Value: published, Origin: "published", Time: -1}, Claim: -1}},
	}
}

// CheckJointQuotes fails the test unless s lists, under Kenya and under
// Uganda, the joint statements of exactly the JointArticle articles given
// (sorted IDs), both by the speaker filter of Quotes and in the quote count of
// the entity page, and lists no quote under Kampala. stage names the check in
// failure messages.
func CheckJointQuotes(t *testing.T, s newsgraph.Store, stage string, articles ...string) {
	t.Helper()
	ctx := context.Background()
	tests := []struct {
		name, country string
		want          []string
	}{
		{"Kenya", "KEN", articles},
		{"Uganda", "UGA", articles},
		{"Kampala", "UGA", nil},
	}
	for _, tc := range tests {
		id := sqlstore.EntityID(tc.name, newsgraph.EntityGPE, tc.country)
		qs, err := s.Quotes(ctx, newsgraph.QuoteFilter{Speaker: id})
		if err != nil {
			t.Fatalf("%s: quotes of %s: %v", stage, tc.name, err)
		}
		var got []string
		for _, q := range qs {
			got = append(got, q.Article)
		}
		sort.Strings(got)
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%s: quotes of %s are in articles %q, want %q", stage, tc.name, got, tc.want)
		}
		e, err := s.Entity(ctx, id)
		if err != nil {
			t.Fatalf("%s: entity %s: %v", stage, tc.name, err)
		}
		if e.Quotes != len(tc.want) {
			t.Errorf("%s: entity page of %s counts %d quotes, want %d", stage, tc.name, e.Quotes, len(tc.want))
		}
	}
}

// QuoteSpeakers lists the rows of a store's quote_speakers table as "article
// quote-position entity-name", sorted, failing the test on an error.
func QuoteSpeakers(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.QueryContext(context.Background(), `SELECT a.id, qs.quote_pos, e.name FROM quote_speakers qs
		JOIN articles a ON a.seq = qs.article_seq JOIN entities e ON e.seq = qs.entity_seq`)
	if err != nil {
		t.Fatalf("read quote_speakers: %v", err)
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var art, name string
		var pos int
		if err := rows.Scan(&art, &pos, &name); err != nil {
			t.Fatalf("read quote_speakers: %v", err)
		}
		out = append(out, fmt.Sprintf("%s %d %s", art, pos, name))
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("read quote_speakers: %v", err)
	}
	sort.Strings(out)
	return out
}

// SQLStore is a store whose database a migration test reaches directly.
type SQLStore interface {
	newsgraph.Store
	SQL() *sql.DB
}

// CheckQuoteSpeakersBackfill checks that migration 0005 indexes the joint
// sources of quotes stored by schema version 3 (which kept quotes.speakers but
// had no quote_speakers), resolving them as the writer does, so that the
// speaker filter finds the quote under each speaker; and that it leaves the
// writer's rows and quotes without joint sources alone, also when run again.
// d is an empty store; reopen opens the same store again, applying pending
// migrations (closing the previous handle first where the store needs it).
func CheckQuoteSpeakersBackfill(t *testing.T, d SQLStore, reopen func() SQLStore) {
	ctx := context.Background()
	old := JointArticle("old", "2026-03-02")
	// Kenya named twice and an ID naming no stored entity: the writer indexes
	// Kenya once and skips the other.
	old.Quotes[0].Speakers = append(old.Quotes[0].Speakers, "e1", "e9")
	Put(t, d, old, JointArticle("new", "2026-03-04"), Article("wire", "Mombasa port to reopen", WireBody, "2026-03-05"))
	written := QuoteSpeakers(t, d.SQL())
	if want := "new 0 Kenya|new 0 Uganda|old 0 Kenya|old 0 Uganda"; strings.Join(written, "|") != want {
		t.Fatalf("the writer indexed %q, want %q", written, want)
	}
	exec := func(s SQLStore, queries ...string) {
		t.Helper()
		for _, q := range queries {
			if _, err := s.SQL().ExecContext(ctx, q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
	}
	check := func(s SQLStore, stage string) {
		t.Helper()
		CheckJointQuotes(t, s, stage, "new", "old")
		if got := QuoteSpeakers(t, s.SQL()); strings.Join(got, "|") != strings.Join(written, "|") {
			t.Errorf("%s: quote_speakers holds %q, want what the writer wrote: %q", stage, got, written)
		}
	}
	// Turn the store back into one of schema version 4 in which the quote of
	// "old" was stored by version 3.
	forget := `DELETE FROM schema_migrations WHERE name = 'migrations/0005_quote_speakers_backfill.sql'`
	exec(d, `DELETE FROM quote_speakers WHERE article_seq = (SELECT seq FROM articles WHERE id = 'old')`, forget)
	CheckJointQuotes(t, d, "version 4", "new")
	d = reopen()
	check(d, "after migration")
	exec(d, forget)
	d = reopen()
	check(d, "after a second run")
}
