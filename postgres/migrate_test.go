package postgres

import (
	"context"
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

// TestQuoteSpeakersBackfill runs the shared check of migration 0005 on the
// test database, opening a second handle for each reopening.
func TestQuoteSpeakersBackfill(t *testing.T) {
	d := openTest(t)
	storetest.CheckQuoteSpeakersBackfill(t, d, func() storetest.SQLStore {
		d2, err := Open(context.Background(), pgtest.DSN(t, "store"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { d2.Close() })
		return d2
	})
}
