package main

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/postgres"
)

// resetPostgres empties the PostgreSQL test database (its newsgraph tables
// are dropped; the workers create them again).
func resetPostgres(t *testing.T, dsn string) {
	t.Helper()
	if err := postgres.Reset(context.Background(), dsn); err != nil {
		t.Fatal(err)
	}
}
