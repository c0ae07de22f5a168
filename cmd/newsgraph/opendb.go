package main

import (
	"context"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/postgres"
	"github.com/newsgraph/newsgraph/sqlite"
)

// isPostgres reports whether a --db value names a PostgreSQL database.
func isPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// openStore opens the store a --db value names: a postgres:// or
// postgresql:// URL is a PostgreSQL database, anything else a SQLite file.
func openStore(ctx context.Context, db string) (newsgraph.Store, error) {
	if isPostgres(db) {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, db, sqlite.Options{})
}
