package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/storetest"
)

// TestMain lets the test binary act as a writer child process for TestCrashSafety.
func TestMain(m *testing.M) {
	if path := os.Getenv("NEWSGRAPH_CRASH_CHILD_DB"); path != "" {
		crashChild(path)
		return
	}
	os.Exit(m.Run())
}

// crashChild writes batches of articles forever, printing each article's ID
// after its batch has committed, until it is killed.
func crashChild(path string) {
	d, err := Open(context.Background(), path, Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	out := bufio.NewWriter(os.Stdout)
	for i := 0; ; i++ {
		batch := make([]*newsgraph.Article, 8)
		for j := range batch {
			body := fmt.Sprintf("Dispatch %d-%d from the harbour. ", i, j) + strings.Repeat(fmt.Sprintf("Line %d of report %d-%d. ", i*j, i, j), 20)
			batch[j] = storetest.Article(fmt.Sprintf("%s%d-%d", os.Getenv("NEWSGRAPH_CRASH_CHILD_PREFIX"), i, j), fmt.Sprintf("Report %d", i), body+storetest.WireBody, "2026-03-03")
		}
		rs, err := d.PutArticles(context.Background(), batch)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		for _, r := range rs {
			fmt.Fprintln(out, "committed", r.ID)
		}
		out.Flush()
	}
}

// TestCrashSafety kills a writing process with SIGKILL in the middle of its
// work, then checks that the database is sound and holds every article the
// process reported committed.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	var reported []string
	for round, after := range []int{40, 120, 200} {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "NEWSGRAPH_CRASH_CHILD_DB="+path, fmt.Sprintf("NEWSGRAPH_CRASH_CHILD_PREFIX=r%d-", round))
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(stdout)
		n := 0
		deadline := time.Now().Add(2 * time.Minute)
		for sc.Scan() {
			if id, ok := strings.CutPrefix(sc.Text(), "committed "); ok {
				reported = append(reported, id)
				n++
			}
			if n >= after || time.Now().After(deadline) {
				break
			}
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		// Read what was printed before the kill landed: those were committed too.
		for sc.Scan() {
			if id, ok := strings.CutPrefix(sc.Text(), "committed "); ok {
				reported = append(reported, id)
			}
		}
		cmd.Wait()
		if n < after {
			t.Fatalf("round %d: child reported only %d commits", round, n)
		}

		d, err := Open(context.Background(), path, Options{})
		if err != nil {
			t.Fatalf("round %d: reopen after kill: %v", round, err)
		}
		if err := d.IntegrityCheck(context.Background()); err != nil {
			t.Errorf("round %d: %v", round, err)
		}
		if _, err := d.SQL().Exec(`INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
			t.Errorf("round %d: FTS index inconsistent: %v", round, err)
		}
		missing := 0
		for _, id := range reported {
			var x int
			if err := d.SQL().QueryRow(`SELECT 1 FROM articles WHERE id = ?`, id).Scan(&x); err != nil {
				missing++
			}
		}
		if missing > 0 {
			t.Errorf("round %d: %d of %d reported articles missing after SIGKILL", round, missing, len(reported))
		}
		d.Close()
	}
}
