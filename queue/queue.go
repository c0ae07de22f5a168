package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Names of the JetStream streams, subjects, consumer and bucket the queue uses.
const (
	WorkStream   = "NEWSGRAPH_WORK"
	WorkSubject  = "newsgraph.work"
	DeadStream   = "NEWSGRAPH_DEAD"
	DeadSubject  = "newsgraph.dead"
	ConsumerName = "workers"
	StatsBucket  = "newsgraph_workers"
)

// Config tunes the queue. Zero fields take the defaults below.
type Config struct {
	// MaxDeliver is how many times an item is tried before it goes to the
	// dead letters (default 5).
	MaxDeliver int
	// AckWait is how long the server waits for a worker's acknowledgement
	// before it redelivers an item to another worker (default 60s). Workers
	// extend it while they are busy with an item, so it bounds how soon the
	// items of a crashed worker come back, not how long an item may take.
	AckWait time.Duration
	// Backoff are the delays before the 2nd, 3rd, ... attempt of an item
	// that failed (the last one repeats; default 2s, 10s, 30s, 60s).
	Backoff []time.Duration
	// Replicas is the number of copies JetStream keeps of each stream
	// (default 1; 3 on a three-node cluster).
	Replicas int
}

func (c Config) withDefaults() Config {
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = 5
	}
	if c.AckWait <= 0 {
		c.AckWait = 60 * time.Second
	}
	if len(c.Backoff) == 0 {
		c.Backoff = []time.Duration{2 * time.Second, 10 * time.Second, 30 * time.Second, 60 * time.Second}
	}
	if c.Replicas <= 0 {
		c.Replicas = 1
	}
	return c
}

// delay returns the wait before attempt n+1 after attempt n (n ≥ 1) failed.
func (c Config) delay(n uint64) time.Duration {
	i := int(n) - 1
	if i < 0 {
		i = 0
	}
	if i >= len(c.Backoff) {
		i = len(c.Backoff) - 1
	}
	return c.Backoff[i]
}

// Queue is a connection to the work queue.
type Queue struct {
	nc    *nats.Conn
	js    jetstream.JetStream
	cfg   Config
	work  jetstream.Stream
	dead  jetstream.Stream
	cons  jetstream.Consumer
	stats jetstream.KeyValue
}

// Connect connects to the NATS server at url (nats://host:port; several
// comma-separated for a cluster) and creates or updates the streams, the
// consumer and the stats bucket.
func Connect(ctx context.Context, url string, cfg Config) (*Queue, error) {
	cfg = cfg.withDefaults()
	nc, err := nats.Connect(url, nats.Name("newsgraph"), nats.MaxReconnects(-1), nats.ReconnectWait(time.Second))
	if err != nil {
		return nil, fmt.Errorf("queue: connect to %s: %w", url, err)
	}
	q := &Queue{nc: nc, cfg: cfg}
	if err := q.setup(ctx); err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue: set up JetStream on %s: %w", url, err)
	}
	return q, nil
}

func (q *Queue) setup(ctx context.Context) error {
	js, err := jetstream.New(q.nc)
	if err != nil {
		return err
	}
	q.js = js
	q.work, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        WorkStream,
		Description: "newsgraph work items: files, WARC record ranges, URLs, inline documents",
		Subjects:    []string{WorkSubject},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Replicas:    q.cfg.Replicas,
		Duplicates:  10 * time.Minute,
		MaxMsgSize:  -1,
	})
	if err != nil {
		return fmt.Errorf("stream %s: %w", WorkStream, err)
	}
	q.dead, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        DeadStream,
		Description: "newsgraph dead letters: work items that failed for good, with the reason",
		Subjects:    []string{DeadSubject},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		Replicas:    q.cfg.Replicas,
		Duplicates:  10 * time.Minute,
	})
	if err != nil {
		return fmt.Errorf("stream %s: %w", DeadStream, err)
	}
	q.cons, err = js.CreateOrUpdateConsumer(ctx, WorkStream, jetstream.ConsumerConfig{
		Durable:       ConsumerName,
		Description:   "newsgraph workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.cfg.AckWait,
		MaxDeliver:    q.cfg.MaxDeliver,
		MaxAckPending: 10000,
		DeliverPolicy: jetstream.DeliverAllPolicy,
	})
	if err != nil {
		return fmt.Errorf("consumer %s: %w", ConsumerName, err)
	}
	q.stats, err = js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      StatsBucket,
		Description: "newsgraph worker counters",
		TTL:         24 * time.Hour,
		Replicas:    q.cfg.Replicas,
	})
	if err != nil {
		return fmt.Errorf("bucket %s: %w", StatsBucket, err)
	}
	return nil
}

// Close closes the connection, flushing what was published.
func (q *Queue) Close() {
	q.nc.Drain()
	q.nc.Close()
}

// Config returns the queue's configuration with its defaults filled in.
func (q *Queue) Config() Config { return q.cfg }

// Enqueue publishes items on the work stream and waits for the server to
// store each one. It returns how many were new (an item already enqueued in
// the last ten minutes is not enqueued again).
func (q *Queue) Enqueue(ctx context.Context, items ...Item) (int, error) {
	const window = 256 // publishes in flight at once
	added := 0
	for start := 0; start < len(items); start += window {
		end := min(start+window, len(items))
		futures := make([]jetstream.PubAckFuture, 0, end-start)
		for _, it := range items[start:end] {
			if err := it.Validate(); err != nil {
				return added, fmt.Errorf("queue: enqueue %s: %w", it, err)
			}
			b, err := json.Marshal(it)
			if err != nil {
				return added, fmt.Errorf("queue: enqueue %s: %w", it, err)
			}
			f, err := q.js.PublishAsync(WorkSubject, b, jetstream.WithMsgID(it.ID()))
			if err != nil {
				return added, fmt.Errorf("queue: enqueue %s: %w", it, err)
			}
			futures = append(futures, f)
		}
		for i, f := range futures {
			select {
			case ack := <-f.Ok():
				if !ack.Duplicate {
					added++
				}
			case err := <-f.Err():
				return added, fmt.Errorf("queue: enqueue %s: %w", items[start+i], err)
			case <-ctx.Done():
				return added, ctx.Err()
			}
		}
	}
	return added, nil
}

// DeadLetter is an item that failed for good, with why.
type DeadLetter struct {
	Item     Item      `json:"item"`
	Origin   string    `json:"origin,omitempty"` // the document that failed, when the item holds several
	Reason   string    `json:"reason"`
	Attempts int       `json:"attempts"`
	Worker   string    `json:"worker,omitempty"`
	Time     time.Time `json:"time"`
}

// deadLetter publishes d on the dead-letter stream; id makes a repeat (after a
// worker crashed between publishing and acknowledging) a no-op.
func (q *Queue) deadLetter(ctx context.Context, id string, d DeadLetter) error {
	if d.Time.IsZero() {
		d.Time = time.Now().UTC()
	}
	b, err := json.Marshal(d)
	if err != nil {
		return err
	}
	_, err = q.js.Publish(ctx, DeadSubject, b, jetstream.WithMsgID(id))
	if err != nil {
		return fmt.Errorf("queue: publish dead letter for %s: %w", d.Item, err)
	}
	return nil
}

// DeadLetters returns up to limit dead letters, oldest first (limit ≤ 0: all).
func (q *Queue) DeadLetters(ctx context.Context, limit int) ([]DeadLetter, error) {
	info, err := q.dead.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("queue: dead letters: %w", err)
	}
	var out []DeadLetter
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && seq > 0; seq++ {
		if limit > 0 && len(out) >= limit {
			break
		}
		m, err := q.dead.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return out, fmt.Errorf("queue: dead letter %d: %w", seq, err)
		}
		var d DeadLetter
		if err := json.Unmarshal(m.Data, &d); err != nil {
			d = DeadLetter{Reason: "unreadable dead letter: " + strings.TrimSpace(string(m.Data))}
		}
		out = append(out, d)
	}
	return out, nil
}
