package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/storetest"
)

// checkEntityCopies fails the test unless every article_entities row carries
// its article's pub_date and is_primary, some rows belong to a secondary copy,
// and the entity page's per-day chart counts the primary copy only.
func checkEntityCopies(t *testing.T, d *DB, stage string) {
	t.Helper()
	ctx := context.Background()
	var n, bad, secondary int
	err := d.SQL().QueryRowContext(ctx, `SELECT count(*), coalesce(sum(ae.pub_date != a.pub_date OR ae.is_primary != a.is_primary), 0),
		coalesce(sum(ae.is_primary = 0), 0) FROM article_entities ae JOIN articles a ON a.seq = ae.article_seq`).Scan(&n, &bad, &secondary)
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
	path := filepath.Join(t.TempDir(), "copies.db")
	d, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { d.Close() }()
	// The later copy is stored first, then loses the primary flag to the earlier one.
	storetest.Put(t, d, storetest.Article("late", "Mombasa port to reopen", storetest.WireBody, "2026-03-05"))
	storetest.Put(t, d, storetest.Article("early", "Kenya: Mombasa terminal reopens", storetest.WireBody, "2026-03-03"))
	checkEntityCopies(t, d, "after writes")

	// Turn the file back into a store of schema version 1.
	for _, q := range []string{
		`DROP INDEX article_entities_day`,
		`DROP INDEX articles_seq_filter`,
		`ALTER TABLE article_entities DROP COLUMN pub_date`,
		`ALTER TABLE article_entities DROP COLUMN is_primary`,
		`DELETE FROM schema_migrations WHERE name = 'migrations/0002_query_latency.sql'`,
	} {
		if _, err := d.SQL().ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	d.Close()
	if d, err = Open(ctx, path, Options{}); err != nil {
		t.Fatal(err)
	}
	checkEntityCopies(t, d, "after migration")
}

// TestReadOnlyPending checks that a read-only open of a store with migrations
// still to apply fails with a message naming them, and succeeds once a
// read-write open has applied them.
func TestReadOnlyPending(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	d, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.Put(t, d, storetest.Article("a", "Mombasa port to reopen", storetest.WireBody, "2026-03-05"))
	// Turn it back into a store of schema version 3.
	for _, q := range []string{`DROP TABLE quote_speakers`, `DELETE FROM schema_migrations WHERE name = 'migrations/0004_quote_speakers.sql'`} {
		if _, err := d.SQL().ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	d.Close()
	if ro, err := Open(ctx, path, Options{ReadOnly: true}); err == nil {
		ro.Close()
		t.Fatal("read-only open of a store with a pending migration succeeded")
	} else if !strings.Contains(err.Error(), "0004_quote_speakers.sql") {
		t.Fatalf("error %q does not name the pending migration", err)
	}
	rw, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rw.Close()
	ro, err := Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open after the upgrade: %v", err)
	}
	defer ro.Close()
	if _, err := ro.Entity(ctx, EntityID("Kenya", newsgraph.EntityGPE, "KEN")); err != nil {
		t.Fatalf("entity page after the upgrade: %v", err)
	}
}

// TestQuoteSpeakersBackfill runs the shared check of migration 0005 on a
// SQLite file, closing it before each reopening.
func TestQuoteSpeakersBackfill(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "speakers.db")
	d, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { d.Close() }()
	storetest.CheckQuoteSpeakersBackfill(t, d, func() storetest.SQLStore {
		d.Close()
		if d, err = Open(ctx, path, Options{}); err != nil {
			t.Fatal(err)
		}
		return d
	})
}
