package main

import (
	"context"
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/input"
	"github.com/newsgraph/newsgraph/queue"
)

// defaultQueue is the NATS server used when --queue is not given.
func defaultQueue() string {
	if u := os.Getenv("NEWSGRAPH_QUEUE"); u != "" {
		return u
	}
	return "nats://127.0.0.1:4222"
}

func init() {
	c := &command{
		name:    "enqueue",
		usage:   "[flags] SOURCE...",
		summary: "put files, directories, WARC files, JSON Lines and URLs on the work queue for `newsgraph worker`",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(c, e)
		url := fs.String("queue", defaultQueue(), "the NATS server(s) with JetStream, nats://HOST:PORT (default from $NEWSGRAPH_QUEUE)")
		format := fs.String("format", "", "read every file as this format (html or text) instead of deciding by name and content")
		maxBytes := fs.Int64("max-bytes", input.DefaultMaxBytes, "largest document read, in bytes")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			fmt.Fprintln(e.stderr, "newsgraph enqueue: no SOURCE given")
			fs.Usage()
			return errUsage
		}
		return enqueueSources(ctx, e, *url, fs.Args(), input.Options{MaxBytes: *maxBytes, Stdin: e.stdin, Format: newsgraph.Format(*format)})
	}
	register(c)
}

// enqueueSources turns sources into work items (see queue.Expand) and puts
// them on the queue at url; `ingest --queue URL` is this.
func enqueueSources(ctx context.Context, e *env, url string, sources []string, opts input.Options) error {
	q, err := queue.Connect(ctx, url, queue.Config{})
	if err != nil {
		return err
	}
	defer q.Close()
	var batch []queue.Item
	total, added := 0, 0
	flush := func() error {
		n, err := q.Enqueue(ctx, batch...)
		added += n
		total += len(batch)
		batch = batch[:0]
		return err
	}
	err = queue.Expand(sources, opts, func(it queue.Item) error {
		batch = append(batch, it)
		if len(batch) >= 1000 {
			return flush()
		}
		return ctx.Err()
	})
	if err == nil {
		err = flush()
	}
	fmt.Fprintf(e.stderr, "enqueued %d work items on %s (%d were already queued)\n", added, url, total-added)
	return err
}
