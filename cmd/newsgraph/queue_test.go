package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"github.com/newsgraph/newsgraph/postgres/pgtest"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/pipeline"
	"github.com/newsgraph/newsgraph/queue"
	"github.com/newsgraph/newsgraph/queue/queuetest"
	"github.com/newsgraph/newsgraph/sharedtest"
)

// queueCorpus writes the test corpus into dir and returns the names of the
// deliberately broken inputs (as dead letters name them) and the number of
// good documents: up to 60 Wikinews articles from ../shared when present (else
// 60 written here), 5 scraped-text files, an empty file, a binary file and a
// JSON Lines file with one good and one broken line.
func queueCorpus(t *testing.T, dir string) (broken []string, good int) {
	t.Helper()
	var lines []string
	if root := sharedtest.Root(); root != "" {
		if f, err := os.Open(filepath.Join(root, "corpus", "wikinews-2019-2020", "docs.jsonl")); err == nil {
			sc := bufio.NewScanner(f)
			sc.Buffer(make([]byte, 1<<20), 16<<20)
			for sc.Scan() && len(lines) < 60 {
				lines = append(lines, sc.Text())
			}
			f.Close()
		}
	}
	if len(lines) == 0 {
		towns := []string{"Kisumu", "Nakuru", "Eldoret", "Malindi", "Garissa", "Thika"}
		for i := range 60 {
			town := towns[i%len(towns)]
			lines = append(lines, fmt.Sprintf(`{"url":"https://news.example/%d","source":"Lake Herald","published":"2025-03-%02d","text":"Clinic %d opens in %s\n\n%s county officials opened clinic number %d on Monday. \"It will serve %d families,\" health minister Grace Otieno said. Police arrested two men after a protest at the site."}`,
				i, 1+i%28, i, town, town, i, 300+i*11))
		}
	}
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("corpus.jsonl", strings.Join(lines, "\n")+"\n")
	for i := range 5 {
		write(fmt.Sprintf("local-%d.txt", i), fmt.Sprintf("Port %d reopens after storm\n\nPublished: 2025-04-0%d\n\n"+
			"The port of Mombasa reopened berth %d on Wednesday after a storm damaged cranes, the harbour master said. "+
			"\"Ships will dock again from Thursday,\" said Amina Hassan, who heads the port authority.\n", i, i+1, i))
	}
	broken = append(broken, write("empty.txt", ""), write("binary.html", "\x00\x01\x02\x03PK\x03\x04\x00\x00\x00garbage\x00"))
	bad := write("more.jsonl", `{"text":"Bus fares rise\n\nMatatu owners raised fares on Monday, citing fuel prices, the transport union said.","published":"2025-05-02"}`+"\n"+`{"text": not json at all`+"\n")
	broken = append(broken, bad+":2")
	return broken, len(lines) + 5 + 1
}

// newsgraphProc starts the test binary as the newsgraph binary.
func newsgraphProc(t *testing.T, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "NEWSGRAPH_TEST_MAIN=1")
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &errb
}

// TestQueueKillWorker runs the distributed ingest for real: a NATS server
// with JetStream, three worker processes sharing one store, one of them
// killed with SIGKILL in the middle of the run. Every article must be stored
// exactly once, the aggregates must equal a single-process ingest of the same
// corpus, and the dead letters must be exactly the broken inputs. With
// NEWSGRAPH_TEST_POSTGRES set the workers share that PostgreSQL database;
// otherwise a SQLite file.
func TestQueueKillWorker(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a NATS server and worker processes")
	}
	probe := pipeline.Default().Process(context.Background(), &newsgraph.Document{Origin: "probe", Format: newsgraph.FormatText,
		Data: []byte("A probe.\n\nThe council met on Monday to discuss the budget for the coming year.")})
	if probe.Error != "" {
		t.Skipf("the default pipeline cannot read text in this build: %s", probe.Error)
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "corpus")
	os.Mkdir(src, 0o755)
	broken, good := queueCorpus(t, src)
	ctx := context.Background()

	// The reference: one process, one SQLite file.
	base := filepath.Join(dir, "single.db")
	var out, errb bytes.Buffer
	if code := run(ctx, &env{stdout: &out, stderr: &errb}, []string{"ingest", "--db", base, "--progress", "none", src}); code != 1 {
		t.Fatalf("single-process ingest exited %d (want 1: the broken inputs fail): %s", code, errb.String())
	}

	db := filepath.Join(dir, "shared.db")
	if pg := pgtest.DSN(t, "queue"); pg != "" {
		db = pg
		resetPostgres(t, pg)
	}
	url := queuetest.Start(t)
	if code := run(ctx, &env{stdout: &out, stderr: &errb}, []string{"enqueue", "--queue", url, src}); code != 0 {
		t.Fatalf("enqueue exited %d: %s", code, errb.String())
	}
	q, err := queue.Connect(ctx, url, queue.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	st, err := q.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := uint64(good - 1 + len(broken) + 1); st.Depth != want { // the JSON Lines records are items, the files too
		t.Fatalf("queue depth after enqueue = %d, want %d", st.Depth, want)
	}

	workers := make([]*exec.Cmd, 3)
	logs := make([]*bytes.Buffer, 3)
	for i := range workers {
		workers[i], logs[i] = newsgraphProc(t, "worker", "--queue", url, "--db", db, "--id", fmt.Sprintf("w%d", i),
			"--batch", "2", "--concurrency", "1", "--ack-wait", "2s", "--backoff", "100ms", "--stats-every", "50ms", "--exit-when-idle", "1500ms")
	}
	defer func() {
		for _, w := range workers {
			if w.ProcessState == nil {
				w.Process.Kill()
				w.Wait()
			}
		}
	}()

	// Kill w0 once it has committed work and while work remains.
	deadline := time.Now().Add(60 * time.Second)
	for killed := false; !killed; {
		if time.Now().After(deadline) {
			t.Fatalf("worker w0 committed nothing within 60s: %s", logs[0].String())
		}
		st, err := q.Status(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range st.Workers {
			if w.ID == "w0" && w.Items > 0 {
				if st.Depth == 0 {
					t.Fatal("the whole corpus was processed before a worker could be killed; the test needs a larger corpus")
				}
				if err := workers[0].Process.Signal(syscall.SIGKILL); err != nil {
					t.Fatal(err)
				}
				workers[0].Wait()
				t.Logf("killed w0 after %d items, %d items left in the queue", w.Items, st.Depth)
				killed = true
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	for i, w := range workers[1:] {
		done := make(chan error, 1)
		go func() { done <- w.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("worker w%d: %v\n%s", i+1, err, logs[i+1].String())
			}
		case <-time.After(90 * time.Second):
			t.Fatalf("worker w%d did not finish within 90s:\n%s", i+1, logs[i+1].String())
		}
	}

	st, err = q.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Depth != 0 {
		t.Errorf("queue depth at the end = %d, want 0", st.Depth)
	}
	dls, err := q.DeadLetters(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	var dead []string
	for _, d := range dls {
		name := d.Item.String()
		if d.Origin != "" {
			name = d.Origin
		}
		dead = append(dead, name)
		if d.Reason == "" {
			t.Errorf("dead letter %s has no reason", name)
		}
	}
	sort.Strings(dead)
	sort.Strings(broken)
	if !reflect.DeepEqual(dead, broken) {
		t.Errorf("dead letters = %q, want exactly the broken inputs %q", dead, broken)
	}

	// `newsgraph status` shows the drained queue, the dead letters with their reasons and the workers.
	out.Reset()
	if code := run(ctx, &env{stdout: &out, stderr: &errb}, []string{"status", "--queue", url, "--dead", "-1"}); code != 0 {
		t.Fatalf("status exited %d: %s", code, errb.String())
	}
	status := out.String()
	for _, want := range []string{": 0 items", fmt.Sprintf("%d dead letters", len(broken)), "w1", "w2", "stopped", "dead: " + broken[0]} {
		if !strings.Contains(status, want) {
			t.Errorf("status output lacks %q:\n%s", want, status)
		}
	}

	single, err := openStore(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	defer single.Close()
	shared, err := openStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer shared.Close()
	compareStores(t, single, shared, good)
}

// compareStores checks that two stores hold the same articles, once each,
// and the same aggregates.
func compareStores(t *testing.T, want, got newsgraph.Store, n int) {
	t.Helper()
	ctx := context.Background()
	ids := func(s newsgraph.Store) []string {
		hits, total, err := s.SearchArticles(ctx, newsgraph.ArticleFilter{Page: newsgraph.Page{Limit: 10 * n}})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range hits {
			out = append(out, h.ID)
		}
		sort.Strings(out)
		if total != len(out) {
			t.Errorf("search total %d, listed %d", total, len(out))
		}
		return out
	}
	wi, gi := ids(want), ids(got)
	if len(gi) != n || !reflect.DeepEqual(wi, gi) {
		t.Errorf("stored articles: %d (single process: %d, corpus: %d); equal sets: %v", len(gi), len(wi), n, reflect.DeepEqual(wi, gi))
	}
	ws, err := want.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gs, err := got.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if *ws != *gs {
		t.Errorf("store stats: distributed %+v, single process %+v", *gs, *ws)
	}
	for _, f := range []newsgraph.EventFilter{{Page: newsgraph.Page{Limit: 1000}}, {AllCopies: true, Page: newsgraph.Page{Limit: 1000}}} {
		wt, err1 := want.Timeline(ctx, f)
		gt, err2 := got.Timeline(ctx, f)
		if err1 != nil || err2 != nil || !reflect.DeepEqual(wt, gt) {
			t.Errorf("timeline (all copies %v) differs: %v %v\n%v\n%v", f.AllCopies, err1, err2, gt, wt)
		}
		wn, err1 := want.Network(ctx, f)
		gn, err2 := got.Network(ctx, f)
		if err1 == nil && err2 == nil {
			sortNetwork(wn)
			sortNetwork(gn)
		}
		if err1 != nil || err2 != nil || !reflect.DeepEqual(wn, gn) {
			t.Errorf("network (all copies %v) differs: %v %v", f.AllCopies, err1, err2)
		}
	}
	we, err1 := want.Entities(ctx, newsgraph.EntityFilter{Page: newsgraph.Page{Limit: 100000}})
	ge, err2 := got.Entities(ctx, newsgraph.EntityFilter{Page: newsgraph.Page{Limit: 100000}})
	sortEntities := func(es []*newsgraph.EntitySummary) {
		sort.Slice(es, func(i, j int) bool { return es[i].ID < es[j].ID })
	}
	sortEntities(we)
	sortEntities(ge)
	if err1 != nil || err2 != nil || !reflect.DeepEqual(we, ge) {
		t.Errorf("entities differ: %v %v (%d vs %d)", err1, err2, len(ge), len(we))
	}
	wg, err1 := want.DuplicateGroups(ctx, newsgraph.Page{Limit: 100000})
	gg, err2 := got.DuplicateGroups(ctx, newsgraph.Page{Limit: 100000})
	if err1 != nil || err2 != nil || len(wg) != len(gg) {
		t.Errorf("duplicate groups differ: %v %v (%d vs %d)", err1, err2, len(gg), len(wg))
	}
}

// sortNetwork orders a network's nodes and edges by ID, so that networks
// listed in different orders (ties broken differently) compare equal.
func sortNetwork(n *newsgraph.Network) {
	sort.Slice(n.Nodes, func(i, j int) bool { return n.Nodes[i].ID < n.Nodes[j].ID })
	sort.Slice(n.Edges, func(i, j int) bool {
		a, b := n.Edges[i], n.Edges[j]
		return a.Source < b.Source || a.Source == b.Source && a.Target < b.Target
	})
}
