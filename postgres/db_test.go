package postgres

import (
	"context"
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/postgres/pgtest"
	"github.com/newsgraph/newsgraph/storetest"
)

// openTest opens an emptied store in the database NEWSGRAPH_TEST_POSTGRES
// names, skipping the test when it is not set.
func openTest(t testing.TB) *DB {
	t.Helper()
	dsn := pgtest.DSN(t, "store")
	if dsn == "" {
		t.Skip("skipped: set NEWSGRAPH_TEST_POSTGRES=postgres://USER@HOST:PORT/DB (a scratch database: its tables are dropped) to test the PostgreSQL store")
	}
	if err := Reset(context.Background(), dsn); err != nil {
		t.Fatal(err)
	}
	d, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// TestStore runs the behaviour tests shared with the other stores (package
// storetest), so that both stores are held to the same behaviour.
func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) newsgraph.Store { return openTest(t) })
}

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"port fire", `'port' & 'fire'`},
		{`"Container terminal" Kenya`, `('container' <-> 'terminal') & 'kenya'`},
		{"crane*", `'crane':*`},
		{`a"b`, `'a' & 'b'`},
		{"NEAR( OR -x !y 'z", `'near' & 'or' & 'x' & 'y' & 'z'`},
		{"  ", ""},
		{`"`, ""},
	}
	for _, tc := range tests {
		if got := FTSQuery(tc.in); got != tc.want {
			t.Errorf("FTSQuery(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestRebind(t *testing.T) {
	tests := []struct{ in, want string }{
		{"SELECT a FROM t WHERE x = ? AND y = ?", "SELECT a FROM t WHERE x = $1 AND y = $2"},
		{"SELECT (SELECT ?1), (SELECT ?1) WHERE z = '?'", "SELECT (SELECT $1), (SELECT $1) WHERE z = '?'"},
		{"no params", "no params"},
	}
	for _, tc := range tests {
		if got := rebind(tc.in); got != tc.want {
			t.Errorf("rebind(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func BenchmarkPutArticles(b *testing.B) {
	d := openTest(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		batch := make([]*newsgraph.Article, 32)
		for j := range batch {
			batch[j] = storetest.Article(fmt.Sprintf("b%d-%d", i, j), "t", fmt.Sprintf("Story %d %d. ", i, j)+storetest.WireBody, "2026-03-03")
		}
		if _, err := d.PutArticles(context.Background(), batch); err != nil {
			b.Fatal(err)
		}
	}
}
