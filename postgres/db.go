// Package postgres is the newsgraph store for a deployment shared by many
// machines: the same tables, queries and behaviour as package sqlite, in a
// PostgreSQL database through pgx. Full-text search uses PostgreSQL's own
// text search (a stored tsvector with a GIN index, queried through
// websearch_to_tsquery); writers take transaction-scoped advisory locks on
// what their batch conflicts on (its near-duplicate keys, article IDs and
// groups; see lock.go), so that the near-duplicate index every writer
// consults is complete while independent batches commit in parallel, and an
// article stored twice (by two workers, or after a crash) is one article.
//
// The schema is managed by the plain-SQL migrations in migrations/, applied
// by Open under an advisory lock so that processes started together do not
// race.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Advisory lock keys (arbitrary constants, "ngwr" and "ngmg"). Writers
// take the writer lock shared, or exclusive to write alone (see lock.go).
const (
	writerLock    int64 = 0x6e677772
	migrationLock int64 = 0x6e676d67
)

// DB is a newsgraph store in a PostgreSQL database.
type DB struct {
	// Queries gives DB the reads it shares with package sqlite (Article,
	// DuplicateGroups, Entities, Entity, Quotes, Events, Timeline, Network and
	// Stats); SearchArticles, PutArticles and Close are DB's own.
	sqlstore.Queries
	db          *sql.DB
	st          *sqlstore.Store
	maxKeyLocks int // key locks one write transaction may take (keyLockLimit)
}

var _ newsgraph.Store = (*DB)(nil)

// Open connects to the database at dsn (postgres://user:pass@host:port/db)
// and brings its schema up to date.
func Open(ctx context.Context, dsn string) (*DB, error) {
	sdb, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	sdb.SetMaxOpenConns(8)
	sdb.SetMaxIdleConns(8)
	if err := sdb.PingContext(ctx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	st := sqlstore.New(sdb, dialect)
	d := &DB{Queries: st, db: sdb, st: st}
	if err := d.migrate(ctx); err != nil {
		sdb.Close()
		return nil, err
	}
	if d.maxKeyLocks, err = keyLockLimit(ctx, sdb); err != nil {
		sdb.Close()
		return nil, err
	}
	return d, nil
}

// Close closes the connection pool.
func (d *DB) Close() error { return d.db.Close() }

// SQL returns the underlying database handle, for tests and tools.
func (d *DB) SQL() *sql.DB { return d.db }

// rebind turns the store's ? and ?N placeholders into PostgreSQL's $N,
// leaving quoted literals alone.
func rebind(q string) string {
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	inQuote := false
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'':
			inQuote = !inQuote
			b.WriteByte(c)
		case c == '?' && !inQuote:
			j := i + 1
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				j++
			}
			if j > i+1 {
				b.WriteString("$" + q[i+1:j])
				i = j - 1
			} else {
				n++
				b.WriteString("$" + strconv.Itoa(n))
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func (d *DB) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return d.db.QueryContext(ctx, rebind(q), args...)
}

func (d *DB) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	return d.db.QueryRowContext(ctx, rebind(q), args...)
}

// migrate applies the embedded migrations not yet recorded in
// schema_migrations, each in its own transaction, holding an advisory lock.
func (d *DB) migrate(ctx context.Context) error {
	conn, err := d.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("postgres: migrate: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, migrationLock); err != nil {
		return fmt.Errorf("postgres: migration lock: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, migrationLock)
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY)`); err != nil {
		return fmt.Errorf("postgres: create schema_migrations: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		var n int
		if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE name = $1`, name).Scan(&n); err != nil {
			return fmt.Errorf("postgres: read schema_migrations: %w", err)
		}
		if n > 0 {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("postgres: migration %s: %w", name, err)
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("postgres: migration %s: %w", name, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(name) VALUES ($1)`, name); err != nil {
			tx.Rollback()
			return fmt.Errorf("postgres: migration %s: %w", name, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("postgres: migration %s: %w", name, err)
		}
	}
	return nil
}

// Reset drops every table of the store (for tests and benchmarks on a
// scratch database); the next Open creates them again.
func Reset(ctx context.Context, dsn string) error {
	sdb, err := sql.Open("pgx", dsn)
	if err != nil {
		return fmt.Errorf("postgres: open: %w", err)
	}
	defer sdb.Close()
	_, err = sdb.ExecContext(ctx, `DROP TABLE IF EXISTS quote_speakers, event_actors, events, times, quotes, mentions, article_entities,
		entities, boilerplate, article_bands, articles, schema_migrations CASCADE`)
	if err != nil {
		return fmt.Errorf("postgres: reset: %w", err)
	}
	return nil
}
