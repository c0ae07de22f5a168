// Package pgtest gives each test package a scratch PostgreSQL database of its
// own, so that packages tested in parallel never drop each other's tables.
package pgtest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the pgx database/sql driver
)

// Env names the variable that points the tests at a PostgreSQL server.
const Env = "NEWSGRAPH_TEST_POSTGRES"

var safeName = regexp.MustCompile(`^[a-z][a-z0-9_]{0,40}$`)

// DSN returns the address of a scratch database named after the server's
// database in $NEWSGRAPH_TEST_POSTGRES plus "_" + name (created when missing),
// or "" when the variable is not set. Tests using it empty it themselves.
func DSN(tb testing.TB, name string) string {
	tb.Helper()
	base := os.Getenv(Env)
	if base == "" {
		return ""
	}
	if !safeName.MatchString(name) {
		tb.Fatalf("pgtest: %q is not a safe database name suffix", name)
	}
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatalf("pgtest: %s is not a URL: %v", Env, err)
	}
	db := strings.TrimPrefix(u.Path, "/")
	if db == "" {
		db = "newsgraph_test"
	}
	scratch := db + "_" + name
	if !safeName.MatchString(scratch) {
		tb.Fatalf("pgtest: %q is not a safe database name", scratch)
	}
	conn, err := sql.Open("pgx", base)
	if err != nil {
		tb.Fatalf("pgtest: open %s: %v", base, err)
	}
	defer conn.Close()
	ctx := context.Background()
	var exists bool
	if err := conn.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, scratch).Scan(&exists); err != nil {
		tb.Fatalf("pgtest: cannot reach the PostgreSQL server of %s: %v", Env, err)
	}
	if !exists {
		// The name is checked against safeName above: it cannot carry SQL.
		if _, err := conn.ExecContext(ctx, fmt.Sprintf(`CREATE DATABASE %s`, scratch)); err != nil && !strings.Contains(err.Error(), "already exists") {
			tb.Fatalf("pgtest: create database %s: %v", scratch, err)
		}
	}
	u.Path = "/" + scratch
	return u.String()
}
