// Package sqlite is the embedded newsgraph store: a single SQLite file, through
// the pure-Go modernc.org/sqlite driver (no cgo), holding articles and their
// annotations as indexed tables, FTS5 full-text indexes over bodies and
// quotes, and the near-duplicate index. It implements newsgraph.Store.
//
// The database runs in WAL mode with synchronous=FULL: a PutArticles call
// returns only after its transaction is durable, so a process killed at any
// moment loses nothing that was reported committed and never leaves a corrupt
// file. The schema is managed by the plain-SQL migrations in migrations/.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sqlstore"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a newsgraph store in one SQLite file.
type DB struct {
	// Queries gives DB the reads it shares with package postgres (Article,
	// DuplicateGroups, Entities, Entity, Quotes, Events, Timeline, Network and
	// Stats); SearchArticles, PutArticles and Close are DB's own.
	sqlstore.Queries
	db         *sql.DB
	st         *sqlstore.Store
	path       string
	noGrouping bool
	// wmu serialises writers: SQLite has one writer at a time, and queuing in
	// Go is cheaper than retrying on SQLITE_BUSY.
	wmu sync.Mutex
}

var _ newsgraph.Store = (*DB)(nil)

// Options tune Open.
type Options struct {
	// ReadOnly opens the file for reading only (no migrations are run).
	ReadOnly bool
	// NoGrouping stores every article as a story of its own, without looking
	// for near duplicates (for building synthetic load-test stores).
	NoGrouping bool
}

// Open opens (creating it if needed) the store at path and brings its schema
// up to date. path may be ":memory:" only for tests that use one connection.
func Open(ctx context.Context, path string, opts Options) (*DB, error) {
	if path == "" {
		return nil, errors.New("sqlite: empty database path")
	}
	q := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(FULL)", "foreign_keys(1)", "cache_size(-32000)", "temp_store(MEMORY)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	if opts.ReadOnly {
		q.Set("mode", "ro")
	}
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	sdb, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	sdb.SetMaxOpenConns(max(4, 2*runtime.NumCPU()))
	sdb.SetMaxIdleConns(max(4, 2*runtime.NumCPU()))
	st := sqlstore.New(sdb, dialect)
	d := &DB{Queries: st, db: sdb, st: st, path: path, noGrouping: opts.NoGrouping}
	if err := sdb.PingContext(ctx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if !opts.ReadOnly {
		if err := d.migrate(ctx); err != nil {
			sdb.Close()
			return nil, err
		}
	} else if todo, err := d.pending(ctx); err != nil || len(todo) > 0 {
		sdb.Close()
		if err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("sqlite: %s needs schema migrations %s, which a read-only open cannot apply: open it once for writing (any newsgraph command with --db %s does)",
			path, strings.Join(todo, ", "), path)
	}
	return d, nil
}

// pending returns the embedded migrations not yet recorded in the store.
func (d *DB) pending(ctx context.Context) ([]string, error) {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	done := map[string]bool{}
	rows, err := d.db.QueryContext(ctx, `SELECT name FROM schema_migrations`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s is not a newsgraph store (no schema_migrations): %w", d.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		done[n] = true
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var todo []string
	for _, n := range names {
		if !done[n] {
			todo = append(todo, strings.TrimPrefix(n, "migrations/"))
		}
	}
	return todo, nil
}

// Close closes the store.
func (d *DB) Close() error { return d.db.Close() }

// Path returns the file the store lives in.
func (d *DB) Path() string { return d.path }

// SQL returns the underlying database handle, for tests and tools that need a
// query the Store interface does not offer.
func (d *DB) SQL() *sql.DB { return d.db }

// IntegrityCheck runs SQLite's integrity_check and returns its findings, nil
// when the file is sound.
func (d *DB) IntegrityCheck(ctx context.Context) error {
	rows, err := d.db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return fmt.Errorf("sqlite: integrity check: %w", err)
	}
	defer rows.Close()
	var msgs []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return err
		}
		if s != "ok" {
			msgs = append(msgs, s)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(msgs) > 0 {
		return fmt.Errorf("sqlite: integrity check of %s: %s", d.path, strings.Join(msgs, "; "))
	}
	return nil
}

// migrate applies the embedded migrations not yet recorded in schema_migrations,
// each in its own transaction.
func (d *DB) migrate(ctx context.Context) error {
	d.wmu.Lock()
	defer d.wmu.Unlock()
	if _, err := d.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY)`); err != nil {
		return fmt.Errorf("sqlite: create schema_migrations: %w", err)
	}
	todo, err := d.pending(ctx)
	if err != nil {
		return err
	}
	for _, file := range todo {
		name := "migrations/" + file
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		tx, err := d.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("sqlite: migration %s: %w", name, err)
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("sqlite: migration %s: %w", name, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(name) VALUES (?)`, name); err != nil {
			tx.Rollback()
			return fmt.Errorf("sqlite: migration %s: %w", name, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("sqlite: migration %s: %w", name, err)
		}
	}
	return nil
}
