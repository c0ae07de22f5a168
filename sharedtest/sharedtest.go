// Package sharedtest finds the shared data folder (../shared beside the
// repository) for tests and benchmarks, and skips them with a clear message
// when it is absent.
package sharedtest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Root returns the absolute path of the shared folder, or "" when it is absent.
// NEWSGRAPH_SHARED overrides the default of ../shared beside the module root.
func Root() string {
	if d := os.Getenv("NEWSGRAPH_SHARED"); d != "" {
		return d
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	// file is <module>/sharedtest/sharedtest.go
	d := filepath.Join(filepath.Dir(file), "..", "..", "shared")
	if st, err := os.Stat(d); err != nil || !st.IsDir() {
		return ""
	}
	abs, err := filepath.Abs(d)
	if err != nil {
		return d
	}
	return abs
}

// Path returns the absolute path of rel inside the shared folder, skipping the
// test or benchmark tb with a clear message when it is not there.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	root := Root()
	if root == "" {
		tb.Skipf("skipped: the shared data folder (../shared beside the repository, or $NEWSGRAPH_SHARED) is absent; %s is needed", rel)
	}
	p := filepath.Join(root, rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("skipped: %s is absent from the shared data folder %s", rel, root)
	}
	return p
}
