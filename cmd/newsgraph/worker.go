package main

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/input"
	"github.com/newsgraph/newsgraph/pipeline"
	"github.com/newsgraph/newsgraph/queue"
)

func init() {
	c := &command{
		name:    "worker",
		usage:   "[flags]",
		summary: "take work from the queue, analyse it and store the articles (run any number, on any machines)",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(c, e)
		url := fs.String("queue", defaultQueue(), "the NATS server(s) with JetStream, nats://HOST:PORT (default from $NEWSGRAPH_QUEUE)")
		db := fs.String("db", "newsgraph.db", "the store: a SQLite file, or postgres://USER@HOST/DB for a store shared by many workers")
		id := fs.String("id", "", "the worker's name in `newsgraph status` (default HOST-PID)")
		conc := fs.Int("concurrency", runtime.GOMAXPROCS(0), "items analysed at once")
		batch := fs.Int("batch", 16, "items fetched and committed together, in one transaction")
		maxDeliver := fs.Int("max-deliver", 5, "attempts at an item before it goes to the dead letters")
		ackWait := fs.Duration("ack-wait", 60*time.Second, "how soon the items of a crashed worker are handed to another one")
		backoff := fs.String("backoff", "2s,10s,30s,60s", "delays before the 2nd, 3rd, ... attempt at a failed item (the last repeats)")
		statsEvery := fs.Duration("stats-every", 2*time.Second, "how often the worker publishes its counters for `newsgraph status`")
		idle := fs.Duration("exit-when-idle", 0, "stop once the queue has been empty this long (0: run until interrupted)")
		allowPrivate := fs.Bool("allow-private", false, "let URL items point at loopback, private and link-local addresses")
		format := fs.String("format", "", "read every file as this format (html or text) instead of deciding by name and content")
		maxBytes := fs.Int64("max-bytes", input.DefaultMaxBytes, "largest document read, in bytes")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		var delays []time.Duration
		for _, s := range strings.Split(*backoff, ",") {
			d, err := time.ParseDuration(strings.TrimSpace(s))
			if err != nil || d < 0 {
				fmt.Fprintf(e.stderr, "newsgraph worker: bad --backoff %q: want durations like 2s,10s,1m\n", *backoff)
				return errUsage
			}
			delays = append(delays, d)
		}
		// Retry opening for a while: workers started together race to create
		// a new store's schema, and a database server may still be starting.
		var store newsgraph.Store
		var err error
		for try := 0; ; try++ {
			if store, err = openStore(ctx, *db); err == nil {
				break
			}
			if try == 9 || ctx.Err() != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "worker: opening %s: %v; retrying\n", redactDB(*db), err)
			time.Sleep(time.Duration(200*(try+1)) * time.Millisecond)
		}
		defer store.Close()
		q, err := queue.Connect(ctx, *url, queue.Config{MaxDeliver: *maxDeliver, AckWait: *ackWait, Backoff: delays})
		if err != nil {
			return err
		}
		defer q.Close()
		fetch := &queue.Fetcher{AllowPrivate: *allowPrivate, MaxBytes: *maxBytes}
		w, err := q.NewWorker(queue.WorkerOptions{
			ID: *id, Pipeline: pipeline.Default(), Store: store, Concurrency: *conc, Batch: *batch,
			Input: input.Options{MaxBytes: *maxBytes, Format: newsgraph.Format(*format)},
			Fetch: fetch.Fetch, StatsEvery: *statsEvery, Log: e.stderr,
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "worker %s: taking work from %s, storing into %s\n", w.ID(), *url, redactDB(*db))
		runCtx, stop := context.WithCancel(ctx)
		defer stop()
		if *idle > 0 {
			go stopWhenIdle(runCtx, q, *idle, stop)
		}
		if err := w.Run(runCtx); err != nil {
			return err
		}
		s := w.Stats()
		fmt.Fprintf(e.stderr, "worker %s: %d items, %d articles (%d new, %d updated, %d unchanged) in %.1fs (%.1f articles/s; %.1fs storing), %d dead letters, %d retries\n",
			s.ID, s.Items, s.Articles, s.Inserted, s.Changed, s.Unchanged, s.Working, s.Rate, s.Storing, s.Dead, s.Retries)
		return nil
	}
	register(c)
}

// stopWhenIdle calls stop once the queue has been empty for idle.
func stopWhenIdle(ctx context.Context, q *queue.Queue, idle time.Duration, stop func()) {
	var since time.Time
	t := time.NewTicker(min(idle/4+time.Millisecond, 500*time.Millisecond))
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		st, err := q.Status(ctx)
		if err != nil || st.Depth > 0 {
			since = time.Time{}
			continue
		}
		if since.IsZero() {
			since = time.Now()
		}
		if time.Since(since) >= idle {
			stop()
			return
		}
	}
}

// redactDB hides a password in a database URL.
func redactDB(db string) string {
	if i := strings.Index(db, "://"); i >= 0 {
		if at := strings.LastIndex(db, "@"); at > i {
			if c := strings.Index(db[i+3:at], ":"); c >= 0 {
				return db[:i+3+c] + ":***" + db[at:]
			}
		}
	}
	return db
}
