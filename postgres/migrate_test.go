package postgres

import (
	"context"
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/postgres/pgtest"
	"github.com/newsgraph/newsgraph/storetest"
)

// checkEntityCopies fails the test unless every article_entities row carries
// its article's pub_date and is_primary, some rows belong to a secondary copy,
// and the entity page's per-day chart counts the primary copy only.
func checkEntityCopies(t *testing.T, d *DB, stage string) {
	t.Helper()
	ctx := context.Background()
	var n, bad, secondary int
	err := d.SQL().QueryRowContext(ctx, `SELECT count(*), coalesce(sum((ae.pub_date != a.pub_date OR ae.is_primary != a.is_primary)::int), 0),
		coalesce(sum((ae.is_primary = 0)::int), 0) FROM article_entities ae JOIN articles a ON a.seq = ae.article_seq`).Scan(&n, &bad, &secondary)
	if err != nil {
		t.Fatalf("%s: %v", stage, err)
	}
	if n == 0 || bad != 0 || secondary == 0 {
		t.Errorf("%s: %d entity links, %d differ from their article, %d of secondary copies; want >0, 0, >0", stage, n, bad, secondary)
	}
	e, err := d.Entity(ctx, EntityID("Kenya", newsgraph.EntityGPE, "KEN"))
	if err != nil {
		t.Fatalf("%s: %v", stage, err)
	}
	if len(e.PerDay) != 1 || e.PerDay[0] != (newsgraph.DateCount{Date: "2026-03-03", Count: 1}) {
		t.Errorf("%s: per day = %+v, want [{2026-03-03 1}]", stage, e.PerDay)
	}
}

// TestEntityLinkCopies checks that article_entities' copies of pub_date and
// is_primary are filled by new writes, follow a change of primary copy, and
// are backfilled by migration 0002 on a store that predates it.
func TestEntityLinkCopies(t *testing.T) {
	ctx := context.Background()
	d := openTest(t)
	// The later copy is stored first, then loses the primary flag to the earlier one.
	storetest.Put(t, d, storetest.Article("late", "Mombasa port to reopen", storetest.WireBody, "2026-03-05"))
	storetest.Put(t, d, storetest.Article("early", "Kenya: Mombasa terminal reopens", storetest.WireBody, "2026-03-03"))
	checkEntityCopies(t, d, "after writes")

	// Turn the database back into a store of schema version 1.
	for _, q := range []string{
		`ALTER TABLE article_entities DROP COLUMN pub_date`,
		`ALTER TABLE article_entities DROP COLUMN is_primary`,
		`DELETE FROM schema_migrations WHERE name = 'migrations/0002_query_latency.sql'`,
	} {
		if _, err := d.SQL().ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	d2, err := Open(ctx, pgtest.DSN(t, "store"))
	if err != nil {
		t.Fatal(err)
	}
	defer d2.Close()
	checkEntityCopies(t, d2, "after migration")
}

// TestQuoteSpeakersBackfill checks that migration 0005 indexes the joint
// sources of quotes stored by schema version 3 (which kept quotes.speakers but
// had no quote_speakers), resolving them as the writer does, so that the
// speaker filter finds the quote under each speaker; and that it leaves the
// writer's rows and quotes without joint sources alone, also when run again.
func TestQuoteSpeakersBackfill(t *testing.T) {
	ctx := context.Background()
	d := openTest(t)
	old := storetest.JointArticle("old", "2026-03-02")
	// Kenya named twice and an ID naming no stored entity: the writer indexes
	// Kenya once and skips the other.
	old.Quotes[0].Speakers = append(old.Quotes[0].Speakers, "e1", "e9")
	storetest.Put(t, d, old, storetest.JointArticle("new", "2026-03-04"),
		storetest.Article("wire", "Mombasa port to reopen", storetest.WireBody, "2026-03-05"))
	written := storetest.QuoteSpeakers(t, d.SQL())
	if want := []string{"new 0 Kenya", "new 0 Uganda", "old 0 Kenya", "old 0 Uganda"}; !reflect.DeepEqual(written, want) {
		t.Fatalf("the writer indexed %q, want %q", written, want)
	}

	// reopen runs queries on the store, then opens it again, which applies
	// the migrations they made pending, and checks what it finds.
	reopen := func(stage string, queries ...string) {
		t.Helper()
		for _, q := range queries {
			if _, err := d.SQL().ExecContext(ctx, q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
		d2, err := Open(ctx, pgtest.DSN(t, "store"))
		if err != nil {
			t.Fatal(err)
		}
		defer d2.Close()
		storetest.CheckJointQuotes(t, d2, stage, "new", "old")
		if got := storetest.QuoteSpeakers(t, d2.SQL()); !reflect.DeepEqual(got, written) {
			t.Errorf("%s: quote_speakers holds %q, want what the writer wrote: %q", stage, got, written)
		}
	}
	// Turn the database back into a store of schema version 4 in which the
	// quote of "old" was stored by version 3.
	forget := `DELETE FROM schema_migrations WHERE name = 'migrations/0005_quote_speakers_backfill.sql'`
	for _, q := range []string{`DELETE FROM quote_speakers WHERE article_seq = (SELECT seq FROM articles WHERE id = 'old')`, forget} {
		if _, err := d.SQL().ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	storetest.CheckJointQuotes(t, d, "version 4", "new")
	reopen("after migration")
	reopen("after a second run", forget)
}
