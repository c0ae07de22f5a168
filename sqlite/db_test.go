package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/storetest"
)

func openTest(t *testing.T) *DB {
	t.Helper()
	d, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// TestStore runs the behaviour tests shared with the other stores.
func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) newsgraph.Store { return openTest(t) })
}

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"port fire", `"port" "fire"`},
		{`"container terminal" Kenya`, `"container terminal" "Kenya"`},
		{"crane*", `"crane"*`},
		{`a"b`, `"a" "b"`},
		{"NEAR( OR", `"NEAR(" "OR"`},
		{"  ", ""},
		{`"`, ""},
	}
	for _, tc := range tests {
		if got := FTSQuery(tc.in); got != tc.want {
			t.Errorf("FTSQuery(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func BenchmarkPutArticles(b *testing.B) {
	d, err := Open(context.Background(), filepath.Join(b.TempDir(), "b.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
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
