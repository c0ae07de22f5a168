package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/pipeline"
	"github.com/newsgraph/newsgraph/sqlite"
)

// TestMain lets the test binary run as the newsgraph binary itself when
// NEWSGRAPH_TEST_MAIN is set, so tests can start it as a child process and kill it.
func TestMain(m *testing.M) {
	if os.Getenv("NEWSGRAPH_TEST_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// needExtractors skips a test when the default pipeline cannot read text yet.
func needExtractors(t *testing.T) {
	t.Helper()
	a := pipeline.Default().Process(context.Background(), &newsgraph.Document{Origin: "probe", Format: newsgraph.FormatText,
		Data: []byte("A probe.\n\nThe council met on Monday to discuss the budget for the coming year.")})
	if strings.Contains(a.Error, "no extractor") {
		t.Skip("the default pipeline has no text extractor in this build")
	}
}

// writeCorpus writes n distinct scraped-text articles into dir.
func writeCorpus(t *testing.T, dir string, n int) {
	t.Helper()
	towns := []string{"Kisumu", "Nakuru", "Eldoret", "Malindi", "Garissa", "Thika", "Nyeri", "Machakos"}
	for i := 0; i < n; i++ {
		town := towns[i%len(towns)]
		body := fmt.Sprintf("Council approves water project %d for %s\n\nPublished: 2025-0%d-1%d\n\n"+
			"%s county assembly on Tuesday approved a plan to build reservoir number %d, officials said. "+
			"\"This project will bring clean water to %d households within two years,\" said governor Ruth Achieng. "+
			"The national treasury will fund part of the work, the finance committee said in its report number %d.\n\n"+
			"Residents of ward %d have complained for years about dry taps and long queues at kiosks selling water at %d shillings a jerrycan.\n",
			i, town, 1+i%9, i%10, town, i, 1000+i*7, i*3, i%40, 20+i%30)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("story-%04d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestIngestCrashSafe runs the real binary's ingest as a child process, kills
// it with SIGKILL in the middle, and checks that the store is sound, that
// every article it reported committed is there, and that running the ingest
// again completes the store without duplicates.
func TestIngestCrashSafe(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	needExtractors(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "corpus")
	os.Mkdir(src, 0o755)
	const n = 400
	writeCorpus(t, src, n)
	db := filepath.Join(dir, "crash.db")

	cmd := exec.Command(os.Args[0], "ingest", "--db", db, "--print-ids", "--batch", "4", "--progress", "none", src)
	cmd.Env = append(os.Environ(), "NEWSGRAPH_TEST_MAIN=1")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var reported []string
	sc := bufio.NewScanner(stdout)
	deadline := time.Now().Add(3 * time.Minute)
	for sc.Scan() && len(reported) < 40 && time.Now().Before(deadline) {
		reported = append(reported, strings.Fields(sc.Text())[0])
	}
	cmd.Process.Signal(syscall.SIGKILL)
	for sc.Scan() { // lines already written before the kill were committed too
		reported = append(reported, strings.Fields(sc.Text())[0])
	}
	cmd.Wait()
	if len(reported) < 40 {
		t.Fatalf("the child reported %d commits before the deadline; stderr:\n%s", len(reported), stderr.String())
	}
	if len(reported) >= n {
		t.Fatalf("the child finished before it was killed; the test proves nothing")
	}

	ctx := context.Background()
	store, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatalf("reopen after SIGKILL: %v", err)
	}
	if err := store.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
	for _, id := range reported {
		if _, err := store.Article(ctx, id); err != nil {
			t.Errorf("article %s was reported committed but is missing: %v", id, err)
		}
	}
	store.Close()

	// Resume: the second run stores the rest and leaves the first ones unchanged.
	code, out, errOut := runCLI(t, "", "ingest", "--db", db, "--print-ids", "--progress", "none", src)
	if code != 0 {
		t.Fatalf("resumed ingest: exit %d: %s", code, errOut)
	}
	if got := strings.Count(out, "\tunchanged\t"); got < len(reported) {
		t.Errorf("resumed ingest left %d unchanged, want at least the %d committed before the kill", got, len(reported))
	}
	store, err = sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	st, err := store.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != n {
		t.Errorf("store holds %d articles after resuming, want %d", st.Articles, n)
	}
}

// TestIngestIdempotent ingests the same records twice, then a changed copy
// of one (same URL, new text), which must replace the stored one.
func TestIngestIdempotent(t *testing.T) {
	needExtractors(t)
	dir := t.TempDir()
	txt := filepath.Join(dir, "txt")
	os.Mkdir(txt, 0o755)
	writeCorpus(t, txt, 12)
	var lines []string
	for i := 0; i < 12; i++ {
		b, err := os.ReadFile(filepath.Join(txt, fmt.Sprintf("story-%04d.txt", i)))
		if err != nil {
			t.Fatal(err)
		}
		rec, _ := json.Marshal(map[string]string{"url": fmt.Sprintf("https://county.example/news/%d", i), "text": string(b)})
		lines = append(lines, string(rec))
	}
	src := filepath.Join(dir, "dump.jsonl")
	db := filepath.Join(dir, "idem.db")
	steps := []struct {
		name   string
		change func()
		want   string
	}{
		{"first run", func() {}, "12 new, 0 updated, 0 unchanged, 0 failed"},
		{"same records", func() {}, "0 new, 0 updated, 12 unchanged, 0 failed"},
		{"one changed", func() {
			rec, _ := json.Marshal(map[string]string{"url": "https://county.example/news/3",
				"text": "Council approves water project 3\n\nThe county assembly on Tuesday approved a revised plan after the governor withdrew the first one, officials said on Wednesday.\n"})
			lines[3] = string(rec)
		}, "0 new, 1 updated, 11 unchanged, 0 failed"},
	}
	for _, s := range steps {
		s.change()
		if err := os.WriteFile(src, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, errOut := runCLI(t, "", "ingest", "--db", db, "--progress", "none", src)
		if code != 0 || !strings.Contains(errOut, s.want) {
			t.Errorf("%s: exit %d, summary %q, want %q", s.name, code, errOut, s.want)
		}
	}
}

// TestIngestFeeds ingests a feed file (items' own content), then a feed URL
// whose pages are fetched, which must be refused on this loopback server
// unless --allow-private is given.
func TestIngestFeeds(t *testing.T) {
	needExtractors(t)
	page := func(title, body string) string {
		return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + body + "</p>" +
			"<p>Officials said the work would take several months and cost more than the county had budgeted for the year.</p></article></body></html>"
	}
	mux := http.NewServeMux()
	var srvURL string
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>County Wire</title>
<item><title>Bridge closed</title><link>%s/news/bridge</link><pubDate>Mon, 03 Mar 2025 08:00:00 GMT</pubDate></item>
<item><title>Clinic opens</title><link>%s/news/clinic</link><pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate></item>
</channel></rss>`, srvURL, srvURL)
	})
	mux.HandleFunc("/news/bridge", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("Bridge closed", "The Athi River bridge was closed to lorries on Monday after engineers found cracks in two of its piers."))
	})
	mux.HandleFunc("/news/clinic", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("Clinic opens", "A maternity clinic opened in Kitui on Tuesday, the first in the sub-county, with twelve beds and two midwives."))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	srvURL = srv.URL

	dir := t.TempDir()
	rss := filepath.Join(dir, "feed.rss")
	os.WriteFile(rss, []byte(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Lake News</title>
<item><title>Ferry service resumes</title><link>https://lakenews.example/ferry</link><pubDate>Wed, 05 Mar 2025 07:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The ferry between Mbita and Luanda Kotieno resumed service on Wednesday after repairs to its engine, the operator said.</p><p>Passengers had used longer road routes for a week.</p>]]></content:encoded></item>
</channel></rss>`), 0o644)

	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
		stored int
	}{
		{"feed file", []string{rss}, 0, "1 new", 1},
		{"feed URL without --fetch", []string{srv.URL + "/feed.xml"}, 1, "non-public address", 1},
		{"feed URL, private refused", []string{"--fetch", srv.URL + "/feed.xml"}, 1, "non-public address", 1},
		{"feed URL, fetched", []string{"--fetch", "--allow-private", "--host-interval", "1ms", srv.URL + "/feed.xml"}, 0, "2 new", 3},
	}
	db := filepath.Join(dir, "feeds.db")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, "", append([]string{"ingest", "--db", db, "--progress", "none"}, tc.args...)...)
			if code != tc.code || !strings.Contains(errOut, tc.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, tc.code, tc.stderr)
			}
			store, err := sqlite.Open(context.Background(), db, sqlite.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			if st, _ := store.Stats(context.Background()); st.Articles != tc.stored {
				t.Errorf("store holds %d articles, want %d", st.Articles, tc.stored)
			}
		})
	}
}
