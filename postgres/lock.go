package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/dedup"
	"github.com/newsgraph/newsgraph/sqlstore"
)

// Writers of one database serialise only where their batches conflict.
//
// Two articles that a writer may group as near duplicates always share a
// key of the near-duplicate index (an LSH band key or a sentence key: the
// candidate search only looks at articles sharing one), so a writer locks
// every key of its batch, and also each article's ID (two writers of one
// article) and body hash (exact copies too short to have keys). What a
// writer reads to group an article is then exactly what the holders of its
// locks write: an article sharing a key with one of the batch is either
// committed before the batch's locks are granted, and seen, or waits for
// the batch to commit. Per publication week locks would not do: the
// candidate search is not bounded by date, and copies of a story straddle
// any week boundary.
//
// Two writers sharing no key may still add articles to one existing group
// (each a near duplicate of a different part of it), and electing the
// group's primary reads and writes all its members: they lock the groups
// they touch before the election. Entity counters are shared by every
// writer: they are added up per batch and written last, rows locked in seq
// order. Entities themselves are inserted before the write transaction, in
// ID order, in a short transaction of their own (see DB.storeEntities).
//
// Every write transaction thus takes its locks in one global order: the
// writer lock (shared), the key locks (ascending), the group locks
// (ascending, in the two-int advisory lock space, apart from the keys), the
// entity rows (ascending seq). In between it waits for no other writer, so
// writers cannot deadlock. A batch holding an article already stored (an
// update deletes the old version, decrementing entity counters in no set
// order), or with more keys than keyLockLimit allows, takes the writer lock
// exclusively instead, and nothing else: it writes alone, as every batch did
// before. Should an article be stored by another writer between that check
// and the batch's locks, and changed, a deadlock is possible: the server
// detects it and PutArticles runs the batch again under the exclusive lock.

// keyLockShare is the share of the server's lock table one write
// transaction may fill with key locks, and minKeyLocks the least it may
// take; a batch with more keys takes the writer lock exclusively. Advisory
// locks live in the server's shared lock table (max_locks_per_transaction ×
// max_connections entries and a few more, 6,400 and more by default), shared
// by every session: at 1/8, eight writers with full batches fill it, and a
// transaction that finds it full is run again under the exclusive writer
// lock. A 16-article batch of news has about 1,100 keys (35 an article and
// one per sentence of 8 words or more), so max_locks_per_transaction should
// be 256 or more for such batches to run in parallel (docs/scaling.md).
const (
	keyLockShare = 8
	minKeyLocks  = 256
)

// keyLockLimit returns how many key locks one write transaction of the
// database may take (see keyLockShare).
func keyLockLimit(ctx context.Context, db *sql.DB) (int, error) {
	var table int
	err := db.QueryRowContext(ctx, `SELECT current_setting('max_locks_per_transaction')::int * current_setting('max_connections')::int`).Scan(&table)
	if err != nil {
		return 0, fmt.Errorf("postgres: read the lock table size: %w", err)
	}
	return max(minKeyLocks, table/keyLockShare), nil
}

// lockRetries counts write transactions run again with the exclusive writer
// lock after a deadlock or a full lock table (for tests).
var lockRetries atomic.Int64

// writeOpts is what PutArticles hands to its transaction's BeginWrite
// through the context.
type writeOpts struct {
	entities  map[string]int64 // global entity ID → seq, stored beforehand
	exclusive bool             // take the writer lock exclusively
	maxKeys   int              // the most key locks to take (keyLockLimit)
}

type writeOptsKey struct{}

// writeState is one write transaction's state (sqlstore.Writer.Local).
type writeState struct {
	exclusive bool
	counts    map[int64][2]int64 // entity seq → articles and mentions to add
}

// PutArticles stores a batch of articles in one transaction (see
// newsgraph.ArticleService). It returns after the transaction is durable.
// A transaction that fails on a deadlock or a full lock table (see the
// comment at the top of this file) is run once more under the exclusive
// writer lock.
func (d *DB) PutArticles(ctx context.Context, as []*newsgraph.Article) ([]newsgraph.PutResult, error) {
	ents, err := d.storeEntities(ctx, as)
	if err != nil {
		return nil, err
	}
	opts := &writeOpts{entities: ents, maxKeys: d.maxKeyLocks}
	rs, err := d.st.PutArticles(context.WithValue(ctx, writeOptsKey{}, opts), as, false)
	if err != nil && retryable(err) && ctx.Err() == nil {
		lockRetries.Add(1)
		opts.exclusive = true
		rs, err = d.st.PutArticles(context.WithValue(ctx, writeOptsKey{}, opts), as, false)
	}
	return rs, err
}

// retryable reports whether err is a deadlock, a serialisation failure or
// a full lock table ("out of shared memory").
func retryable(err error) bool {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return false
	}
	switch pe.Code {
	case "40P01", "40001", "53200":
		return true
	}
	return false
}

// beginWrite locks what the batch conflicts on (see the comment at the top
// of this file) and loads the batch's entities into w.Entities.
func beginWrite(w *sqlstore.Writer, as []*newsgraph.Article) error {
	st := &writeState{counts: map[int64][2]int64{}}
	w.Local = st
	opts, _ := w.Ctx.Value(writeOptsKey{}).(*writeOpts)
	if opts != nil {
		st.exclusive = opts.exclusive
		for id, seq := range opts.entities {
			w.Entities[id] = seq
		}
	} else {
		// Not through DB.PutArticles: store the entities here, and write alone.
		ents, err := storeEntitiesIn(w.Ctx, w.Tx, as)
		if err != nil {
			return err
		}
		for id, seq := range ents {
			w.Entities[id] = seq
		}
		st.exclusive = true
	}
	keys, ids := lockKeys(as)
	limit := minKeyLocks
	if opts != nil && opts.maxKeys > 0 {
		limit = opts.maxKeys
	}
	if len(keys) > limit {
		st.exclusive = true
	}
	if !st.exclusive && len(ids) > 0 {
		if err := w.Tx.QueryRowContext(w.Ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE id = ANY($1::text[]))`, ids).Scan(&st.exclusive); err != nil {
			return fmt.Errorf("postgres: look up the batch's articles: %w", err)
		}
	}
	if st.exclusive {
		if _, err := w.Tx.ExecContext(w.Ctx, `SELECT pg_advisory_xact_lock($1)`, writerLock); err != nil {
			return fmt.Errorf("postgres: take the writer lock: %w", err)
		}
		return nil
	}
	// One statement; Append runs its branches in order, the function scan
	// returns the keys in the (ascending) order given.
	if _, err := w.Tx.ExecContext(w.Ctx, `SELECT count(*) FROM (SELECT pg_advisory_xact_lock_shared($1)
		UNION ALL SELECT pg_advisory_xact_lock(k) FROM unnest($2::bigint[]) AS k) l`, writerLock, keys); err != nil {
		return fmt.Errorf("postgres: take the write locks: %w", err)
	}
	return nil
}

// lockKeys returns the batch's advisory lock keys in ascending order without
// repeats (near-duplicate index keys, article IDs, body hashes), and the IDs
// of the batch's articles.
func lockKeys(as []*newsgraph.Article) (keys []int64, ids []string) {
	for _, a := range as {
		if a == nil || a.Error != "" {
			continue
		}
		id := ArticleID(a)
		ids = append(ids, id)
		keys = append(keys, hashKey("id", id))
		if strings.TrimSpace(a.Body) != "" { // the store keeps no hash of a blank body
			keys = append(keys, hashKey("body", dedup.BodyHash(a.Body)))
		}
		sig := dedup.Sign(a.Body)
		keys = append(keys, sig.Bands()...)
		keys = append(keys, dedup.SentenceKeys(a.Body)...)
	}
	for i, k := range keys {
		if k == writerLock || k == migrationLock {
			keys[i] = ^k // never the writer lock taken just before, nor the migration lock
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys), ids
}

// hashKey maps a string of namespace ns to an advisory lock key.
func hashKey(ns, s string) int64 {
	h := fnv.New64a()
	h.Write([]byte(ns))
	h.Write([]byte{0})
	h.Write([]byte(s))
	return int64(h.Sum64())
}

// lockGroups locks the near-duplicate groups whose primary the batch is
// about to elect, in the two-int advisory lock space (apart from the keys),
// in ascending order.
func lockGroups(w *sqlstore.Writer, groups []string) error {
	st, _ := w.Local.(*writeState)
	if st == nil || st.exclusive || len(groups) == 0 {
		return nil
	}
	hs := make([]int64, 0, len(groups))
	for _, g := range groups {
		hs = append(hs, hashKey("group", g))
	}
	slices.Sort(hs)
	hs = slices.Compact(hs)
	// (hi, lo) int4 pairs ordered as the int64 they come from: the order is
	// the same in every writer, which is all that matters.
	hi, lo := make([]int32, len(hs)), make([]int32, len(hs))
	for i, h := range hs {
		hi[i], lo[i] = int32(h>>32), int32(h)
	}
	if _, err := w.Tx.ExecContext(w.Ctx, `SELECT count(*) FROM (SELECT pg_advisory_xact_lock(a, b)
		FROM unnest($1::int[], $2::int[]) AS u(a, b)) l`, hi, lo); err != nil {
		return fmt.Errorf("postgres: lock near-duplicate groups: %w", err)
	}
	return nil
}

// endWrite adds the batch's counts to the entities it mentions, locking
// their rows in ascending seq order first so that writers sharing entities
// queue rather than deadlock.
func endWrite(w *sqlstore.Writer) error {
	st, _ := w.Local.(*writeState)
	if st == nil || len(st.counts) == 0 {
		return nil
	}
	seqs := make([]int64, 0, len(st.counts))
	for s := range st.counts {
		seqs = append(seqs, s)
	}
	slices.Sort(seqs)
	arts, ments := make([]int64, len(seqs)), make([]int64, len(seqs))
	for i, s := range seqs {
		c := st.counts[s]
		arts[i], ments[i] = c[0], c[1]
	}
	if !st.exclusive {
		// LockRows runs above the Sort: rows are locked in seq order. FOR
		// NO KEY UPDATE, as the UPDATE itself takes, lets other writers'
		// foreign keys to these rows through.
		if _, err := w.Tx.ExecContext(w.Ctx, `SELECT count(*) FROM (SELECT seq FROM entities WHERE seq = ANY($1::bigint[])
			ORDER BY seq FOR NO KEY UPDATE) l`, seqs); err != nil {
			return fmt.Errorf("postgres: lock entity counters: %w", err)
		}
	}
	if _, err := w.Tx.ExecContext(w.Ctx, `UPDATE entities e SET n_articles = e.n_articles + v.a, n_mentions = e.n_mentions + v.m
		FROM unnest($1::bigint[], $2::bigint[], $3::bigint[]) AS v(seq, a, m) WHERE e.seq = v.seq`, seqs, arts, ments); err != nil {
		return fmt.Errorf("postgres: update entity counters: %w", err)
	}
	return nil
}

// entityRow is one global entity as the store keeps it.
type entityRow struct {
	id, name, key, typ, country string
}

// entityRows adds the global entities an article links to (see
// entityLinks) to into, by ID.
func entityRows(a *newsgraph.Article, into map[string]entityRow) {
	for _, l := range entityLinks(a) {
		if _, ok := into[l.gid]; !ok {
			into[l.gid] = entityRow{l.gid, strings.Join(strings.Fields(l.name), " "), sqlstore.NameKey(l.name), l.e.Type, l.e.Country}
		}
	}
}

// storeEntities runs storeEntitiesIn in a transaction of its own, before
// the write transaction: a new entity named by two batches is then never a
// row one writer waits on until the other commits. A write that fails after
// it leaves entities that no article names (n_articles 0), which listings
// and counts leave out, as they do the entities of updated articles.
//
// The transaction commits without waiting for its WAL to reach the disk
// (synchronous_commit off): the write transaction that uses the entities
// commits after it and waits for the WAL up to its own commit record, which
// comes later, so the entities are durable whenever an article naming them
// is; a crash before that loses entities no stored article names.
func (d *DB) storeEntities(ctx context.Context, as []*newsgraph.Article) (map[string]int64, error) {
	if !namesEntities(as) {
		return map[string]int64{}, nil
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("postgres: store entities: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SET LOCAL synchronous_commit = off`); err != nil {
		return nil, fmt.Errorf("postgres: store entities: %w", err)
	}
	out, err := storeEntitiesIn(ctx, tx, as)
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("postgres: store entities: %w", err)
	}
	return out, nil
}

// namesEntities reports whether an article of the batch to be stored has an
// entity.
func namesEntities(as []*newsgraph.Article) bool {
	for _, a := range as {
		if a != nil && a.Error == "" && len(a.Entities) > 0 {
			return true
		}
	}
	return false
}

// storeEntitiesIn inserts the batch's entities that the store lacks, in ID
// order, and returns the seq of every one of them.
func storeEntitiesIn(ctx context.Context, q *sql.Tx, as []*newsgraph.Article) (map[string]int64, error) {
	rows := map[string]entityRow{}
	for _, a := range as {
		if a != nil && a.Error == "" {
			entityRows(a, rows)
		}
	}
	out := make(map[string]int64, len(rows))
	if len(rows) == 0 {
		return out, nil
	}
	ids := make([]string, 0, len(rows))
	for id := range rows {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	names, keys, types, countries := make([]string, len(ids)), make([]string, len(ids)), make([]string, len(ids)), make([]string, len(ids))
	for i, id := range ids {
		r := rows[id]
		names[i], keys[i], types[i], countries[i] = r.name, r.key, r.typ, r.country
	}
	// ON CONFLICT without a target: a concurrent insert of the same entity
	// conflicts on (name_key, type, country) as well as on id, and only
	// arbiter indexes are spared the error. The rows inserted come back from ins; those there before from the
	// second branch (same snapshot); those another writer committed while
	// this one waited on them from neither: looked up after.
	if err := scanSeqs(ctx, q, out, `WITH ins AS (INSERT INTO entities(id, name, name_key, type, country)
		SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
		ON CONFLICT DO NOTHING RETURNING id, seq)
		SELECT id, seq FROM ins UNION ALL SELECT id, seq FROM entities WHERE id = ANY($1::text[])`,
		ids, names, keys, types, countries); err != nil {
		return nil, fmt.Errorf("postgres: store entities: %w", err)
	}
	var missing []string
	for _, id := range ids {
		if _, ok := out[id]; !ok {
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		if err := scanSeqs(ctx, q, out, `SELECT id, seq FROM entities WHERE id = ANY($1::text[])`, missing); err != nil {
			return nil, fmt.Errorf("postgres: store entities: %w", err)
		}
	}
	for _, id := range ids {
		if _, ok := out[id]; !ok {
			return nil, fmt.Errorf("postgres: entity %s was not stored", id)
		}
	}
	return out, nil
}

// scanSeqs runs a query returning (id, seq) rows into out.
func scanSeqs(ctx context.Context, q *sql.Tx, out map[string]int64, query string, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var seq int64
		if err := rows.Scan(&id, &seq); err != nil {
			return err
		}
		out[id] = seq
	}
	return rows.Err()
}
