package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/newsgraph/newsgraph/queue"
)

func init() {
	c := &command{
		name:    "status",
		usage:   "[flags]",
		summary: "show the work queue: depth, throughput per worker, failures and dead letters",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(c, e)
		url := fs.String("queue", defaultQueue(), "the NATS server(s) with JetStream, nats://HOST:PORT (default from $NEWSGRAPH_QUEUE)")
		asJSON := fs.Bool("json", false, "print the status as JSON")
		dead := fs.Int("dead", 10, "list this many dead letters with their reasons (0: none, -1: all)")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		q, err := queue.Connect(ctx, *url, queue.Config{})
		if err != nil {
			return err
		}
		defer q.Close()
		st, err := q.Status(ctx)
		if err != nil {
			return err
		}
		var dls []queue.DeadLetter
		if *dead != 0 {
			if dls, err = q.DeadLetters(ctx, max(*dead, 0)); err != nil {
				return err
			}
		}
		if *asJSON {
			enc := json.NewEncoder(e.stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(struct {
				*queue.Status
				DeadLetters []queue.DeadLetter `json:"dead_letters,omitempty"`
			}{st, dls})
		}
		printStatus(e, *url, st, dls)
		return nil
	}
	register(c)
}

func printStatus(e *env, url string, st *queue.Status, dls []queue.DeadLetter) {
	fmt.Fprintf(e.stdout, "queue %s: %d items, %d bytes (%d waiting, %d in flight, %d of them redelivered), %d dead letters\n",
		url, st.Depth, st.Bytes, st.Waiting, st.InFlight, st.Redelivered, st.Dead)
	if len(st.Workers) > 0 {
		var items, arts, dead, retries int64
		var rate float64
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "worker\tstate\titems\tarticles\tarticles/s\tstoring s\tdead\tretries\tlast seen\t")
		for _, w := range st.Workers {
			state := "running"
			switch {
			case w.Done:
				state = "stopped"
			case time.Since(w.Updated) > 30*time.Second:
				state = "silent" // crashed, or cut off from the queue
			}
			rate += w.Rate
			items, arts, dead, retries = items+w.Items, arts+w.Articles, dead+w.Dead, retries+w.Retries
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%.1f\t%.1f\t%d\t%d\t%s ago\t\n", w.ID, state, w.Items, w.Articles, w.Rate, w.Storing, w.Dead, w.Retries,
				time.Since(w.Updated).Round(time.Second))
		}
		fmt.Fprintf(tw, "total\t\t%d\t%d\t%.1f\t\t%d\t%d\t\t\n", items, arts, rate, dead, retries)
		tw.Flush()
	}
	for _, d := range dls {
		origin := d.Item.String()
		if d.Origin != "" && d.Origin != origin {
			origin += " (" + d.Origin + ")"
		}
		fmt.Fprintf(e.stdout, "dead: %s: %s [%d attempts, %s]\n", origin, d.Reason, d.Attempts, d.Time.Format(time.RFC3339))
	}
}
