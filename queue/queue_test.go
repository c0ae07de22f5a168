package queue

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/input"
	"github.com/newsgraph/newsgraph/queue/queuetest"
)

// textProcessor is a small stand-in for the pipeline: a text document becomes
// an article whose ID is a hash of its body; unreadable documents fail.
type textProcessor struct{}

func (textProcessor) Process(_ context.Context, d *newsgraph.Document) *newsgraph.Article {
	a := &newsgraph.Article{Origin: d.Origin, Format: d.Format, URL: d.URL, Body: string(d.Data)}
	if d.Err != nil {
		a.Error = d.Err.Error()
		return a
	}
	a.ID = Item{Kind: KindDoc, Doc: &Doc{Data: d.Data}}.ID()
	return a
}

// memStore is an idempotent in-memory store that can be told to fail.
type memStore struct {
	mu       sync.Mutex
	byID     map[string]*newsgraph.Article
	puts     int
	failures int    // fail this many PutArticles calls first
	poison   string // always fail a batch holding an article with this body
}

func (s *memStore) PutArticles(_ context.Context, as []*newsgraph.Article) ([]newsgraph.PutResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.puts++
	if s.failures > 0 {
		s.failures--
		return nil, errors.New("database is locked")
	}
	for _, a := range as {
		if s.poison != "" && a.Body == s.poison {
			return nil, errors.New("constraint failed")
		}
	}
	if s.byID == nil {
		s.byID = map[string]*newsgraph.Article{}
	}
	rs := make([]newsgraph.PutResult, len(as))
	for i, a := range as {
		rs[i] = newsgraph.PutResult{ID: a.ID, Outcome: newsgraph.Inserted}
		if _, ok := s.byID[a.ID]; ok {
			rs[i].Outcome = newsgraph.Unchanged
		}
		s.byID[a.ID] = a
	}
	return rs, nil
}

func (s *memStore) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.byID)
}

func connect(t *testing.T, cfg Config) *Queue {
	t.Helper()
	url := queuetest.Start(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	q, err := Connect(ctx, url, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	return q
}

// runWorkers starts n workers and returns a function that stops them and
// waits for them to end.
func runWorkers(t *testing.T, q *Queue, n int, o WorkerOptions) func() {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for i := range n {
		o := o
		o.ID = fmt.Sprintf("test-%d", i)
		w, err := q.NewWorker(o)
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.Run(ctx)
		}()
	}
	return func() { cancel(); wg.Wait() }
}

// waitIdle waits until the work stream is empty and dead letters number dead.
func waitIdle(t *testing.T, q *Queue, dead uint64, within time.Duration) *Status {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		st, err := q.Status(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if st.Depth == 0 && st.Dead == dead {
			return st
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue not drained within %s: depth %d, in flight %d, dead %d (want %d)", within, st.Depth, st.InFlight, st.Dead, dead)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func story(i int) string {
	return fmt.Sprintf("Ferry service %d resumes on Lake Victoria\n\nThe ferry between Kisumu and port %d resumed on Monday after repairs, the operator said.\n", i, i)
}

func TestWorkerStoresAndDeadLetters(t *testing.T) {
	q := connect(t, Config{MaxDeliver: 3, Backoff: []time.Duration{50 * time.Millisecond}})
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	empty := filepath.Join(dir, "empty.txt")
	binary := filepath.Join(dir, "binary.txt")
	os.WriteFile(good, []byte(story(1000)), 0o644)
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(binary, []byte("\x00\x01\x02PK\x03\x04\x00\x00"), 0o644)

	var items []Item
	for i := range 30 {
		items = append(items, Item{Kind: KindDoc, Doc: &Doc{Origin: fmt.Sprintf("doc-%d", i), Format: "text", Data: []byte(story(i))}})
	}
	items = append(items,
		Item{Kind: KindFile, Path: good},
		Item{Kind: KindFile, Path: empty},
		Item{Kind: KindFile, Path: binary},
		Item{Kind: KindFile, Path: filepath.Join(dir, "missing.html")},
		Item{Kind: KindDoc, Doc: &Doc{Origin: "unreadable", Format: "text", Error: "line 7: not a JSON object"}},
	)
	n, err := q.Enqueue(context.Background(), items...)
	if err != nil || n != len(items) {
		t.Fatalf("Enqueue = %d, %v; want %d", n, err, len(items))
	}
	// Enqueuing the same items again is a no-op within the duplicate window.
	if n, err := q.Enqueue(context.Background(), items[:5]...); err != nil || n != 0 {
		t.Fatalf("re-Enqueue = %d, %v; want 0 new", n, err)
	}

	st := &memStore{}
	stop := runWorkers(t, q, 2, WorkerOptions{Pipeline: textProcessor{}, Store: st, Batch: 4, StatsEvery: 50 * time.Millisecond})
	waitIdle(t, q, 4, 20*time.Second)
	stop()

	if got := st.count(); got != 31 {
		t.Errorf("stored %d articles, want 31", got)
	}
	dls, err := q.DeadLetters(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range dls {
		got = append(got, d.Item.String())
		if d.Reason == "" || d.Attempts != 1 {
			t.Errorf("dead letter %s: reason %q after %d attempts; want a reason after 1", d.Item, d.Reason, d.Attempts)
		}
	}
	sort.Strings(got)
	want := []string{binary, empty, filepath.Join(dir, "missing.html"), "unreadable"}
	sort.Strings(want)
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("dead letters %v, want %v", got, want)
	}
	status, err := q.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var items2, dead int64
	for _, w := range status.Workers {
		items2 += w.Items
		dead += w.Dead
		if !w.Done {
			t.Errorf("worker %s not marked done", w.ID)
		}
	}
	if len(status.Workers) != 2 || items2 != int64(len(items)) || dead != 4 {
		t.Errorf("status: %d workers, %d items, %d dead; want 2, %d, 4", len(status.Workers), items2, dead, len(items))
	}
}

func TestRetryThenDeadLetter(t *testing.T) {
	tests := []struct {
		name      string
		store     *memStore
		wantDead  uint64
		wantCount int
		reason    string
	}{
		{"transient failures are retried", &memStore{failures: 2}, 0, 6, ""},
		{"a poisoned item dies after MaxDeliver attempts, the rest is stored", &memStore{poison: story(3)}, 1, 5, "gave up after 3 attempts: store: constraint failed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := connect(t, Config{MaxDeliver: 3, Backoff: []time.Duration{20 * time.Millisecond, 40 * time.Millisecond}})
			var items []Item
			for i := range 6 {
				items = append(items, Item{Kind: KindDoc, Doc: &Doc{Origin: fmt.Sprintf("doc-%d", i), Format: "text", Data: []byte(story(i))}})
			}
			if _, err := q.Enqueue(context.Background(), items...); err != nil {
				t.Fatal(err)
			}
			stop := runWorkers(t, q, 1, WorkerOptions{Pipeline: textProcessor{}, Store: tc.store, Batch: 6})
			waitIdle(t, q, tc.wantDead, 20*time.Second)
			stop()
			if got := tc.store.count(); got != tc.wantCount {
				t.Errorf("stored %d, want %d", got, tc.wantCount)
			}
			dls, _ := q.DeadLetters(context.Background(), 0)
			if tc.reason != "" && (len(dls) != 1 || dls[0].Reason != tc.reason || dls[0].Item.String() != "doc-3") {
				t.Errorf("dead letters %+v, want doc-3 with %q", dls, tc.reason)
			}
		})
	}
}

// TestCrashedDeliveriesGoToDeadLetters takes an item the way a worker that
// then crashes would, MaxDeliver times, and checks that a live worker moves it
// to the dead letters when the server gives up on it.
func TestCrashedDeliveriesGoToDeadLetters(t *testing.T) {
	q := connect(t, Config{MaxDeliver: 2, AckWait: 200 * time.Millisecond})
	st := &memStore{}
	crash := Item{Kind: KindDoc, Doc: &Doc{Origin: "crasher", Format: "text", Data: []byte(story(9))}}
	// A consumer handle on the workers' durable consumer stands in for a worker
	// that takes the item and crashes, twice.
	cons, err := q.js.Consumer(context.Background(), WorkStream, ConsumerName)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := q.Enqueue(context.Background(), crash); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		b, err := cons.Fetch(1, jetstream.FetchMaxWait(2*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		for range b.Messages() {
			got++ // never acknowledged: the "worker" crashed
		}
		if got != 1 {
			t.Fatalf("fetched %d messages, want 1", got)
		}
	}
	stop := runWorkers(t, q, 1, WorkerOptions{Pipeline: textProcessor{}, Store: st})
	defer stop()
	waitIdle(t, q, 1, 10*time.Second)
	dls, _ := q.DeadLetters(context.Background(), 0)
	if len(dls) != 1 || dls[0].Item.String() != "crasher" || !strings.Contains(dls[0].Reason, "without an acknowledgement") {
		t.Errorf("dead letters %+v, want the crasher with the reason", dls)
	}
	if st.count() != 0 {
		t.Errorf("stored %d, want 0", st.count())
	}
}

// warcRecord builds one WARC record.
func warcRecord(typ, uri, block string) string {
	ct := "application/http; msgtype=response"
	if typ == "request" {
		ct = "application/http; msgtype=request"
	}
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2025-03-04T10:00:00Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, ct, len(block), block)
}

func httpResponse(ct, body string) string {
	return fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", ct, len(body), body)
}

func TestWARC(t *testing.T) {
	page1 := "<html><head><title>Dam opens</title></head><body><p>The dam opened on Friday.</p></body></html>"
	page2 := "Bridge closes\n\nThe bridge closed on Saturday for repairs."
	recs := []string{
		warcRecord("warcinfo", "", "software: test"),
		warcRecord("request", "https://news.example/dam", "GET /dam HTTP/1.1\r\nHost: news.example\r\n\r\n"),
		warcRecord("response", "https://news.example/dam", httpResponse("text/html; charset=utf-8", page1)),
		warcRecord("response", "<https://news.example/bridge>", httpResponse("text/plain", page2)),
	}
	dir := t.TempDir()
	plain := filepath.Join(dir, "crawl.warc")
	os.WriteFile(plain, []byte(strings.Join(recs, "")), 0o644)
	var gz bytes.Buffer
	for _, r := range recs {
		zw := gzip.NewWriter(&gz)
		zw.Write([]byte(r))
		zw.Close()
	}
	zipped := filepath.Join(dir, "crawl.warc.gz")
	os.WriteFile(zipped, gz.Bytes(), 0o644)

	for _, path := range []string{plain, zipped} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			items, err := ScanWARC(path)
			if err != nil {
				t.Fatal(err)
			}
			if len(items) != 2 {
				t.Fatalf("ScanWARC found %d response records, want 2: %+v", len(items), items)
			}
			want := []struct{ url, data string }{{"https://news.example/dam", page1}, {"https://news.example/bridge", page2}}
			for i, it := range items {
				d, err := ReadWARCRecord(it.Path, it.Offset, it.Length, 0)
				if err != nil {
					t.Fatalf("record %d: %v", i, err)
				}
				if d.URL != want[i].url || string(d.Data) != want[i].data || d.Err != nil {
					t.Errorf("record %d = %q %q %v; want %q %q", i, d.URL, d.Data, d.Err, want[i].url, want[i].data)
				}
			}
			// A range that is not a response record is a permanent failure.
			_, err = ReadWARCRecord(path, 0, items[0].Offset, 0)
			var perm *PermanentError
			if !errors.As(err, &perm) {
				t.Errorf("reading the warcinfo/request records: %v, want a permanent error", err)
			}
		})
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.html"), []byte("<p>A page.</p>"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte(story(1)), 0o644)
	os.WriteFile(filepath.Join(dir, "c.jsonl"), []byte(`{"text":"One story.","url":"https://x.example/1"}`+"\n"+`{"text":"Two."}`+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.pdf"), []byte("%PDF"), 0o644)
	os.WriteFile(filepath.Join(dir, "d.warc"), []byte(warcRecord("response", "https://x.example/d", httpResponse("text/html", "<p>D</p>"))), 0o644)
	os.Mkdir(filepath.Join(dir, ".hidden"), 0o755)
	os.WriteFile(filepath.Join(dir, ".hidden", "e.html"), []byte("<p>E</p>"), 0o644)

	tests := []struct {
		name    string
		sources []string
		want    []string
	}{
		{"directory", []string{dir}, []string{"file:a.html", "file:b.txt", "doc:c.jsonl:1", "doc:c.jsonl:2", "warc:d.warc"}},
		{"named file of unknown kind", []string{filepath.Join(dir, "notes.pdf")}, []string{"file:notes.pdf"}},
		{"URL", []string{"https://news.example/story"}, []string{"url:https://news.example/story"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			err := Expand(tc.sources, input.Options{}, func(it Item) error {
				if err := it.Validate(); err != nil {
					t.Errorf("invalid item %+v: %v", it, err)
				}
				got = append(got, string(it.Kind)+":"+strings.TrimPrefix(it.String(), dir+string(filepath.Separator)))
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			for i := range got {
				if j := strings.Index(got[i], "@"); j > 0 {
					got[i] = got[i][:j]
				}
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("Expand = %v, want %v", got, tc.want)
			}
		})
	}
	if err := Expand([]string{filepath.Join(dir, "nope")}, input.Options{}, func(Item) error { return nil }); err == nil {
		t.Error("Expand of a missing path: no error")
	}
}

func TestItemValidate(t *testing.T) {
	tests := []struct {
		item Item
		ok   bool
	}{
		{Item{Kind: KindFile, Path: "/data/a.html"}, true},
		{Item{Kind: KindFile}, false},
		{Item{Kind: KindWARC, Path: "/a.warc.gz", Offset: 0, Length: 100}, true},
		{Item{Kind: KindWARC, Path: "/a.warc.gz", Offset: 10}, false},
		{Item{Kind: KindURL, URL: "https://x.example/"}, true},
		{Item{Kind: KindURL}, false},
		{Item{Kind: KindDoc}, false},
		{Item{Kind: "video"}, false},
	}
	for _, tc := range tests {
		if err := tc.item.Validate(); (err == nil) != tc.ok {
			t.Errorf("Validate(%+v) = %v, want ok=%v", tc.item, err, tc.ok)
		}
	}
}

// TestFetchRefusesPrivate checks that a URL item pointing at a loopback
// address is a permanent failure unless private addresses are allowed.
func TestFetchRefusesPrivate(t *testing.T) {
	var hits atomic.Int32
	srv := newPageServer(t, &hits)
	_, err := (&Fetcher{}).Fetch(context.Background(), srv+"/story")
	var perm *PermanentError
	if !errors.As(err, &perm) || hits.Load() != 0 {
		t.Fatalf("Fetch of a loopback URL = %v (hits %d), want a permanent refusal", err, hits.Load())
	}
	d, err := (&Fetcher{AllowPrivate: true}).Fetch(context.Background(), srv+"/story")
	if err != nil || !strings.Contains(string(d.Data), "harbour") || d.Format != newsgraph.FormatHTML {
		t.Fatalf("Fetch with AllowPrivate = %+v, %v", d, err)
	}
	_, err = (&Fetcher{AllowPrivate: true}).Fetch(context.Background(), srv+"/gone")
	if !errors.As(err, &perm) {
		t.Errorf("Fetch of a 404: %v, want a permanent error", err)
	}
	_, err = (&Fetcher{AllowPrivate: true}).Fetch(context.Background(), srv+"/busy")
	if err == nil || errors.As(err, &perm) {
		t.Errorf("Fetch of a 503: %v, want a transient error", err)
	}
}
