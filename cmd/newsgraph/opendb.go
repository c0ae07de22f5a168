package main

import (
	"context"
	"errors"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sqlite"
)

// isPostgres reports whether a --db value names a PostgreSQL database.
func isPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// openPostgres opens a PostgreSQL store; it is set by postgres support when
// it is built in.
var openPostgres func(ctx context.Context, dsn string) (newsgraph.Store, error)

// openStore opens the store a --db value names: a postgres:// or
// postgresql:// URL is a PostgreSQL database, anything else a SQLite file.
func openStore(ctx context.Context, db string) (newsgraph.Store, error) {
	if isPostgres(db) {
		if openPostgres == nil {
			return nil, errors.New("this build of newsgraph has no PostgreSQL support")
		}
		return openPostgres(ctx, db)
	}
	return sqlite.Open(ctx, db, sqlite.Options{})
}
