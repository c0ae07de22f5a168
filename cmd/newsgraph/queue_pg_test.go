package main

import "testing"

// resetPostgres empties the PostgreSQL test database; without PostgreSQL
// support built in, the test is skipped.
func resetPostgres(t *testing.T, dsn string) {
	t.Helper()
	if openPostgres == nil {
		t.Skip("NEWSGRAPH_TEST_POSTGRES is set but this build has no PostgreSQL store")
	}
}
