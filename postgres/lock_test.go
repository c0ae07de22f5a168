package postgres

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/postgres/pgtest"
)

// Concurrency tests of the write locks: several handles (each a pool of
// connections of its own, as separate worker processes would have) writing
// at once to one database.

// words is the vocabulary of the generated stories: every story draws its
// own random sentences, so that two stories share no sentence and almost no
// word shingle, while copies of one story share most of them.
var words = strings.Fields(`council minister police court report army talks election vote budget
	harbour bridge railway airport hospital school market farmers workers union strike protest flood
	drought storm fire earthquake rescue officials residents village city province border river
	coast mountain capital government opposition party leader president governor mayor judge
	company bank prices fuel wheat maize coffee exports imports tax loan debt inflation growth
	announced said warned denied promised ordered approved rejected signed delayed opened closed
	reopened suspended arrested released charged injured killed displaced evacuated repaired
	inspected investigated criticised welcomed demanded agreed planned expected reported confirmed
	on monday tuesday wednesday thursday friday after before during despite since while until
	new old main northern southern eastern western central local national regional international
	three four five several dozens hundreds thousands millions percent tonnes kilometres weeks months`)

// story returns n sentences of a new story.
func story(r *rand.Rand, n int) []string {
	out := make([]string, n)
	for i := range out {
		ws := make([]string, 10+r.IntN(6))
		for j := range ws {
			ws[j] = words[r.IntN(len(words))]
		}
		ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
		out[i] = strings.Join(ws, " ") + "."
	}
	return out
}

// entityPool are the entities the generated articles name, shared by many
// articles so that writers update the same entity counters at once.
var entityPool = []struct{ name, typ, country string }{
	{"Kenya", newsgraph.EntityGPE, "KEN"}, {"Uganda", newsgraph.EntityGPE, "UGA"}, {"Tanzania", newsgraph.EntityGPE, "TZA"},
	{"Nairobi", newsgraph.EntityGPE, "KEN"}, {"Kampala", newsgraph.EntityGPE, "UGA"}, {"Dodoma", newsgraph.EntityGPE, "TZA"},
	{"East African Community", newsgraph.EntityOrg, ""}, {"World Bank", newsgraph.EntityOrg, ""},
	{"Amina Wekesa", newsgraph.EntityPerson, "KEN"}, {"Joseph Okello", newsgraph.EntityPerson, "UGA"},
	{"Grace Mushi", newsgraph.EntityPerson, "TZA"}, {"Peter Kamau", newsgraph.EntityPerson, "KEN"},
}

// genArticle builds an article of the given sentences naming the pool's
// entities picked (each mentioned in a sentence of its own, too short for a
// sentence key: a long sentence shared by unrelated articles would make
// their writers wait for each other, as it makes them candidates).
func genArticle(id, published string, sents []string, picked []int) *newsgraph.Article {
	var b strings.Builder
	var ents []newsgraph.Entity
	for i, s := range sents {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(s)
	}
	for k, p := range picked {
		e := entityPool[p]
		b.WriteString(" " + e.name + " was named.")
		end := b.Len() - len(" was named.")
		ents = append(ents, newsgraph.Entity{ID: fmt.Sprintf("e%d", k), Name: e.name, Type: e.typ, Country: e.country,
			Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: end - len(e.name), End: end}, Text: e.name}}})
	}
	return &newsgraph.Article{ID: id, Origin: "test/" + id, Format: newsgraph.FormatText, Title: "Story " + id,
		Source: "Lake Wire", Published: published, Body: b.String(), Entities: ents}
}

// openHandles opens an emptied store and n more handles on its database.
func openHandles(t testing.TB, n int) (*DB, []*DB) {
	t.Helper()
	d := openTest(t)
	dsn := pgtest.DSN(t, "store")
	hs := make([]*DB, n)
	for i := range hs {
		h, err := Open(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { h.Close() })
		hs[i] = h
	}
	return d, hs
}

// runAll runs the batches, batches[i] on handle i%len(hs), all released at
// once, and returns their errors.
func runAll(hs []*DB, batches [][]*newsgraph.Article) []error {
	errs := make([]error, len(batches))
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i, b := range batches {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			_, errs[i] = hs[i%len(hs)].PutArticles(context.Background(), b)
		}()
	}
	close(start)
	wg.Wait()
	return errs
}

type groupRow struct {
	id, group string
	primary   bool
}

// groupsOf returns the stored group and primary flag of each article.
func groupsOf(t *testing.T, d *DB) map[string]groupRow {
	t.Helper()
	rows, err := d.SQL().Query(`SELECT id, dup_group, is_primary = 1 FROM articles`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]groupRow{}
	for rows.Next() {
		var g groupRow
		if err := rows.Scan(&g.id, &g.group, &g.primary); err != nil {
			t.Fatal(err)
		}
		out[g.id] = g
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestConcurrentNearDuplicates writes copies of one story from several
// handles at once, each batch with an unrelated story: the copies must end
// in one group with one primary, the earliest copy.
func TestConcurrentNearDuplicates(t *testing.T) {
	d, hs := openHandles(t, 4)
	r := rand.New(rand.NewPCG(1, 2))
	before := lockRetries.Load()
	const stories, copies = 4, 6
	var batches [][]*newsgraph.Article
	for s := 0; s < stories; s++ {
		base := story(r, 8)
		for c := 0; c < copies; c++ {
			sents := append([]string(nil), base...)
			switch c % 3 {
			case 1: // trimmed
				sents = sents[:len(sents)-1]
			case 2: // with a paragraph added
				sents = append(sents, story(r, 1)...)
			}
			cp := genArticle(fmt.Sprintf("s%d-c%d", s, c), fmt.Sprintf("2026-03-%02d", 10+copies-c), sents, []int{0, s + 1, 8})
			other := genArticle(fmt.Sprintf("s%d-o%d", s, c), "2026-03-01", story(r, 6), []int{c % len(entityPool), 0})
			batches = append(batches, []*newsgraph.Article{cp, other})
		}
	}
	writeAll(t, hs, batches, before)
	got := groupsOf(t, d)
	for s := 0; s < stories; s++ {
		group := got[fmt.Sprintf("s%d-c0", s)].group
		var primaries []string
		for c := 0; c < copies; c++ {
			g := got[fmt.Sprintf("s%d-c%d", s, c)]
			if g.group != group {
				t.Errorf("story %d: copy %d in group %q, copy 0 in %q", s, c, g.group, group)
			}
			if g.primary {
				primaries = append(primaries, g.id)
			}
		}
		// The last copy has the earliest date.
		if want := fmt.Sprintf("s%d-c%d", s, copies-1); len(primaries) != 1 || primaries[0] != want {
			t.Errorf("story %d: primaries %v, want [%s]", s, primaries, want)
		}
		for c := 0; c < copies; c++ {
			if g := got[fmt.Sprintf("s%d-o%d", s, c)]; g.group != g.id || !g.primary {
				t.Errorf("unrelated story %s grouped in %q (primary %v)", g.id, g.group, g.primary)
			}
		}
	}
	st, err := d.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if want := stories + stories*copies; st.Groups != want || st.Articles != 2*stories*copies {
		t.Errorf("stats: %d articles in %d groups, want %d in %d", st.Articles, st.Groups, 2*stories*copies, want)
	}
}

// TestConcurrentJoinOneGroup writes, at once, two copies of different parts
// of a stored story: they share no key, so they do not wait for each other
// while grouping, but they join one group and its primary is elected once.
func TestConcurrentJoinOneGroup(t *testing.T) {
	d, hs := openHandles(t, 2)
	r := rand.New(rand.NewPCG(3, 4))
	before := lockRetries.Load()
	const stories = 8
	var batches [][]*newsgraph.Article
	for s := 0; s < stories; s++ {
		full := story(r, 12)
		if _, err := d.PutArticles(context.Background(), []*newsgraph.Article{genArticle(fmt.Sprintf("full%d", s), "2026-04-10", full, []int{0})}); err != nil {
			t.Fatal(err)
		}
		batches = append(batches,
			[]*newsgraph.Article{genArticle(fmt.Sprintf("head%d", s), "2026-04-09", full[:6], []int{0})},
			[]*newsgraph.Article{genArticle(fmt.Sprintf("tail%d", s), "2026-04-08", full[6:], []int{0})})
	}
	writeAll(t, hs, batches, before)
	got := groupsOf(t, d)
	for s := 0; s < stories; s++ {
		full, head, tail := got[fmt.Sprintf("full%d", s)], got[fmt.Sprintf("head%d", s)], got[fmt.Sprintf("tail%d", s)]
		if head.group != full.group || tail.group != full.group {
			t.Errorf("story %d: groups full %q head %q tail %q, want one", s, full.group, head.group, tail.group)
		}
		if full.primary || head.primary || !tail.primary {
			t.Errorf("story %d: primary full %v head %v tail %v, want the tail (earliest) alone", s, full.primary, head.primary, tail.primary)
		}
	}
}

// TestConcurrentUnrelated writes many unrelated stories naming the same
// entities in different orders from several handles at once: no deadlock,
// no retry, and every entity counter right.
func TestConcurrentUnrelated(t *testing.T) {
	d, hs := openHandles(t, 6)
	r := rand.New(rand.NewPCG(5, 6))
	before := lockRetries.Load()
	const nBatches, perBatch = 36, 4
	wantArticles := map[string]int64{}
	var batches [][]*newsgraph.Article
	for b := 0; b < nBatches; b++ {
		var batch []*newsgraph.Article
		for k := 0; k < perBatch; k++ {
			picked := r.Perm(len(entityPool))[:2+r.IntN(6)]
			for _, p := range picked {
				wantArticles[entityPool[p].name]++
			}
			batch = append(batch, genArticle(fmt.Sprintf("u%d-%d", b, k), fmt.Sprintf("2026-05-%02d", 1+r.IntN(28)), story(r, 5+r.IntN(10)), picked))
		}
		batches = append(batches, batch)
	}
	writeAll(t, hs, batches, before)
	st, err := d.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n := nBatches * perBatch; st.Articles != n || st.Groups != n {
		t.Errorf("stats: %d articles in %d groups, want %d in as many", st.Articles, st.Groups, n)
	}
	ents, err := d.Entities(context.Background(), newsgraph.EntityFilter{Page: newsgraph.Page{Limit: 100}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != len(wantArticles) {
		t.Errorf("%d entities listed, want %d", len(ents), len(wantArticles))
	}
	for _, e := range ents {
		if want := wantArticles[e.Name]; int64(e.Articles) != want || int64(e.Mentions) != want {
			t.Errorf("entity %s: %d articles, %d mentions, want %d of each", e.Name, e.Articles, e.Mentions, want)
		}
	}
}

// TestWriteLockScope holds, in a transaction of its own, the locks a writer
// of one story takes: a copy of that story must wait for it, an unrelated
// story must not.
func TestWriteLockScope(t *testing.T) {
	d := openTest(t)
	r := rand.New(rand.NewPCG(7, 8))
	ctx := context.Background()
	base := story(r, 8)
	held := genArticle("held", "2026-06-01", base, []int{0})
	keys, _ := lockKeys([]*newsgraph.Article{held})
	if len(keys) < 10 {
		t.Fatalf("%d lock keys for an article of 8 long sentences", len(keys))
	}
	tx, err := d.SQL().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT count(*) FROM (SELECT pg_advisory_xact_lock_shared($1)
		UNION ALL SELECT pg_advisory_xact_lock(k) FROM unnest($2::bigint[]) AS k) l`, writerLock, keys); err != nil {
		t.Fatal(err)
	}
	put := func(a *newsgraph.Article, wait time.Duration) error {
		c, cancel := context.WithTimeout(ctx, wait)
		defer cancel()
		_, err := d.PutArticles(c, []*newsgraph.Article{a})
		return err
	}
	if err := put(genArticle("other", "2026-06-01", story(r, 8), []int{0, 1}), 20*time.Second); err != nil {
		t.Fatalf("an unrelated story waited for the held one: %v", err)
	}
	copyA := genArticle("copy", "2026-06-02", append(base[:7:7], story(r, 1)...), []int{0})
	if err := put(copyA, 300*time.Millisecond); err == nil {
		t.Fatal("a copy of the held story was stored while its keys were locked")
	} else if !errors.Is(err, context.DeadlineExceeded) && !strings.Contains(err.Error(), "cancel") {
		t.Fatalf("a copy of the held story failed otherwise than by waiting: %v", err)
	}
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	if err := put(copyA, 20*time.Second); err != nil {
		t.Fatal(err)
	}
}

// TestKeyLimitWritesAlone checks that a batch with more keys than the
// limit takes the writer lock exclusively: it waits for a writer holding it
// shared, however unrelated.
func TestKeyLimitWritesAlone(t *testing.T) {
	d := openTest(t)
	if d.maxKeyLocks < minKeyLocks {
		t.Fatalf("key lock limit %d, below the least %d", d.maxKeyLocks, minKeyLocks)
	}
	d.maxKeyLocks = 1
	r := rand.New(rand.NewPCG(13, 14))
	ctx := context.Background()
	tx, err := d.SQL().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock_shared($1)`, writerLock); err != nil {
		t.Fatal(err)
	}
	a := genArticle("alone", "2026-06-01", story(r, 8), []int{0})
	c, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	if _, err := d.PutArticles(c, []*newsgraph.Article{a}); err == nil {
		t.Fatal("a batch over the key lock limit was stored while another writer held the writer lock")
	}
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	if _, err := d.PutArticles(ctx, []*newsgraph.Article{a}); err != nil {
		t.Fatal(err)
	}
}

// TestLockKeys checks the lock keys of a batch: sorted, without repeats,
// every near-duplicate key of its articles in them, none for articles that
// are not stored.
func TestLockKeys(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	s := story(r, 6)
	a := genArticle("a", "2026-06-01", s, nil)
	same := genArticle("b", "2026-06-01", s, nil)
	failed := &newsgraph.Article{ID: "f", Body: strings.Join(story(r, 6), " "), Error: "unreadable"}
	blank := &newsgraph.Article{ID: "blank", Body: "  "}
	tests := []struct {
		name    string
		batch   []*newsgraph.Article
		minKeys int
		ids     int
	}{
		{"one", []*newsgraph.Article{a}, 2 + 32 + 6, 1},
		{"copy adds only its ID", []*newsgraph.Article{a, same}, 2 + 32 + 6 + 1, 2},
		{"failed articles are not locked", []*newsgraph.Article{failed}, 0, 0},
		{"blank body: its ID only", []*newsgraph.Article{blank}, 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			keys, ids := lockKeys(tc.batch)
			if len(keys) != tc.minKeys || len(ids) != tc.ids {
				t.Errorf("%d keys, %d IDs; want %d, %d", len(keys), len(ids), tc.minKeys, tc.ids)
			}
			for i := 1; i < len(keys); i++ {
				if keys[i] <= keys[i-1] {
					t.Fatalf("keys not ascending at %d", i)
				}
			}
			for _, k := range keys {
				if k == writerLock || k == migrationLock {
					t.Errorf("key %d is the writer or migration lock", k)
				}
			}
		})
	}
}

// BenchmarkPutArticlesConcurrent measures the store alone: 1, 2 or 4
// writers, each a handle of its own, storing batches of 8 generated
// unrelated articles (12 sentences, 4 entities of a shared pool) at once.
func BenchmarkPutArticlesConcurrent(b *testing.B) {
	for _, writers := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("writers=%d", writers), func(b *testing.B) {
			_, hs := openHandles(b, writers)
			r := rand.New(rand.NewPCG(11, uint64(writers)))
			const perBatch = 8
			batches := make([][]*newsgraph.Article, b.N)
			for i := range batches {
				for k := 0; k < perBatch; k++ {
					batches[i] = append(batches[i], genArticle(fmt.Sprintf("p%d-%d", i, k), fmt.Sprintf("2026-07-%02d", 1+r.IntN(28)),
						story(r, 12), r.Perm(len(entityPool))[:4]))
				}
			}
			var next atomic.Int64
			var failed atomic.Value
			var wg sync.WaitGroup
			b.ResetTimer()
			for w := 0; w < writers; w++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := next.Add(1) - 1; i < int64(b.N); i = next.Add(1) - 1 {
						if _, err := hs[w].PutArticles(context.Background(), batches[i]); err != nil {
							failed.Store(err)
							return
						}
					}
				}()
			}
			wg.Wait()
			b.StopTimer()
			if err, ok := failed.Load().(error); ok {
				b.Fatal(err)
			}
			b.ReportMetric(float64(b.N*perBatch)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// writeAll writes the batches concurrently through the handles and fails the
// test on a write error or on any transaction retried since the lockRetries
// count before.
func writeAll(t *testing.T, hs []*DB, batches [][]*newsgraph.Article, before int64) {
	t.Helper()
	for i, err := range runAll(hs, batches) {
		if err != nil {
			t.Fatalf("batch %d: %v", i, err)
		}
	}
	if n := lockRetries.Load() - before; n != 0 {
		t.Errorf("%d transactions hit a deadlock or a full lock table", n)
	}
}
