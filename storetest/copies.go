package storetest

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sqlstore"
)

// CheckEntityCopies fails the test unless every article_entities row of d
// carries its article's pub_date and is_primary, some rows belong to a
// secondary copy, and Kenya's entity page counts the primary copy only (one
// mention on 2026-03-03): the state after storing WireBody twice as "late"
// (2026-03-05) and then "early" (2026-03-03). The SQL is the same for SQLite
// and PostgreSQL.
func CheckEntityCopies(t *testing.T, d SQLStore, stage string) {
	t.Helper()
	ctx := context.Background()
	var n, bad, secondary int
	err := d.SQL().QueryRowContext(ctx, `SELECT count(*),
		coalesce(sum(CASE WHEN ae.pub_date != a.pub_date OR ae.is_primary != a.is_primary THEN 1 ELSE 0 END), 0),
		coalesce(sum(CASE WHEN ae.is_primary = 0 THEN 1 ELSE 0 END), 0)
		FROM article_entities ae JOIN articles a ON a.seq = ae.article_seq`).Scan(&n, &bad, &secondary)
	if err != nil {
		t.Fatalf("%s: count entity links: %v", stage, err)
	}
	if n == 0 || bad != 0 || secondary == 0 {
		t.Errorf("%s: %d entity links, %d differ from their article, %d of secondary copies; want >0, 0, >0", stage, n, bad, secondary)
	}
	e, err := d.Entity(ctx, sqlstore.EntityID("Kenya", newsgraph.EntityGPE, "KEN"))
	if err != nil {
		t.Fatalf("%s: entity page: %v", stage, err)
	}
	if len(e.PerDay) != 1 || e.PerDay[0] != (newsgraph.DateCount{Date: "2026-03-03", Count: 1}) {
		t.Errorf("%s: per day = %+v, want [{2026-03-03 1}]", stage, e.PerDay)
	}
}
