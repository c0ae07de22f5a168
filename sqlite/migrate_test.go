package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/storetest"
)

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
	storetest.CheckEntityCopies(t, d, "after writes")

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
	storetest.CheckEntityCopies(t, d, "after migration")
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
