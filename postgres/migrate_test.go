package postgres

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/postgres/pgtest"
	"github.com/newsgraph/newsgraph/storetest"
)

// TestEntityLinkCopies checks that article_entities' copies of pub_date and
// is_primary are filled by new writes, follow a change of primary copy, and
// are backfilled by migration 0002 on a store that predates it.
func TestEntityLinkCopies(t *testing.T) {
	ctx := context.Background()
	d := openTest(t)
	// The later copy is stored first, then loses the primary flag to the earlier one.
	storetest.Put(t, d, storetest.Article("late", "Mombasa port to reopen", storetest.WireBody, "2026-03-05"))
	storetest.Put(t, d, storetest.Article("early", "Kenya: Mombasa terminal reopens", storetest.WireBody, "2026-03-03"))
	storetest.CheckEntityCopies(t, d, "after writes")

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
	storetest.CheckEntityCopies(t, d2, "after migration")
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
