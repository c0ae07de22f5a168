package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/input"
	"github.com/newsgraph/newsgraph/pipeline"
)

// Store is what a worker needs of a newsgraph.Store: a transactional,
// idempotent batch write.
type Store interface {
	PutArticles(ctx context.Context, as []*newsgraph.Article) ([]newsgraph.PutResult, error)
}

// Processor turns a document into an article; *pipeline.Pipeline is one.
type Processor interface {
	Process(ctx context.Context, doc *newsgraph.Document) *newsgraph.Article
}

var _ Processor = (*pipeline.Pipeline)(nil)

// WorkerOptions configure a Worker. Pipeline and Store are required.
type WorkerOptions struct {
	// ID names the worker in `newsgraph status` (default host-pid).
	ID string
	// Pipeline analyses each document.
	Pipeline Processor
	// Store receives the articles.
	Store Store
	// Concurrency is how many items are analysed at once (default 1).
	Concurrency int
	// Batch is how many items are fetched, analysed and committed together,
	// in one transaction (default 16).
	Batch int
	// Input tunes reading file items.
	Input input.Options
	// Fetch downloads URL items (default: Fetcher{}.Fetch, which refuses
	// private addresses).
	Fetch func(ctx context.Context, url string) (*newsgraph.Document, error)
	// StatsEvery is how often the worker publishes its counters (default 2s).
	StatsEvery time.Duration
	// Log receives one line per dead letter and per retry (default: none).
	Log io.Writer
}

// WorkerStats are a worker's counters, published for `newsgraph status`.
type WorkerStats struct {
	ID        string    `json:"id"`
	Host      string    `json:"host"`
	Started   time.Time `json:"started"`
	Updated   time.Time `json:"updated"`
	Items     int64     `json:"items"`    // items acknowledged
	Articles  int64     `json:"articles"` // articles committed
	Inserted  int64     `json:"inserted"`
	Changed   int64     `json:"changed"`   // articles updated
	Unchanged int64     `json:"unchanged"` // repeats the store already held
	Dead      int64     `json:"dead"`      // dead letters this worker published
	Retries   int64     `json:"retries"`   // items handed back for another attempt
	// Working is the time from the first item fetched to the last commit;
	// Rate is Articles divided by it.
	Working float64 `json:"working_seconds"`
	Rate    float64 `json:"articles_per_second"`
	// Storing is the time spent in the store's PutArticles (waiting for the
	// writer lock included): how close the store is to being the bottleneck.
	Storing float64 `json:"storing_seconds"`
	Done    bool    `json:"done"` // the worker stopped
}

// Worker consumes work items, analyses them and stores the articles.
type Worker struct {
	q *Queue
	o WorkerOptions

	mu          sync.Mutex
	st          WorkerStats
	first, last time.Time
}

// PermanentError marks a failure that retrying cannot cure; the item goes to
// the dead letters at once.
type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return e.Err.Error() }
func (e *PermanentError) Unwrap() error { return e.Err }

// Permanent wraps err as a PermanentError.
func Permanent(err error) error { return &PermanentError{Err: err} }

var badKey = regexp.MustCompile(`[^-_=a-zA-Z0-9]+`)

// NewWorker returns a worker consuming from q.
func (q *Queue) NewWorker(o WorkerOptions) (*Worker, error) {
	if o.Pipeline == nil || o.Store == nil {
		return nil, errors.New("queue: a worker needs a pipeline and a store")
	}
	host, _ := os.Hostname()
	if o.ID == "" {
		o.ID = fmt.Sprintf("%s-%d", host, os.Getpid())
	}
	o.ID = badKey.ReplaceAllString(o.ID, "_")
	if o.Concurrency <= 0 {
		o.Concurrency = 1
	}
	if o.Batch <= 0 {
		o.Batch = 16
	}
	if o.Fetch == nil {
		o.Fetch = (&Fetcher{}).Fetch
	}
	if o.StatsEvery <= 0 {
		o.StatsEvery = 2 * time.Second
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	return &Worker{q: q, o: o, st: WorkerStats{ID: o.ID, Host: host, Started: time.Now().UTC()}}, nil
}

// ID returns the worker's name.
func (w *Worker) ID() string { return w.o.ID }

// Stats returns a snapshot of the worker's counters.
func (w *Worker) Stats() WorkerStats {
	w.mu.Lock()
	defer w.mu.Unlock()
	s := w.st
	if !w.first.IsZero() {
		s.Working = w.last.Sub(w.first).Seconds()
		if s.Working > 0 {
			s.Rate = float64(s.Articles) / s.Working
		}
	}
	s.Updated = time.Now().UTC()
	return s
}

func (w *Worker) publishStats(ctx context.Context) {
	b, _ := json.Marshal(w.Stats())
	if _, err := w.q.stats.Put(ctx, w.o.ID, b); err != nil {
		fmt.Fprintf(w.o.Log, "worker %s: publish stats: %v\n", w.o.ID, err)
	}
}

// Run consumes items until ctx is done. An item being worked on when ctx is
// cancelled is finished (analysed, committed, acknowledged) first.
func (w *Worker) Run(ctx context.Context) error {
	work := context.WithoutCancel(ctx) // never store an article half-analysed
	sub, err := w.q.nc.QueueSubscribe("$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES."+WorkStream+"."+ConsumerName,
		"newsgraph-dead-letters", func(m *nats.Msg) { w.maxDeliveries(work, m.Data) })
	if err != nil {
		return fmt.Errorf("queue: subscribe to delivery advisories: %w", err)
	}
	defer sub.Unsubscribe()

	statsDone := make(chan struct{})
	go func() {
		defer close(statsDone)
		t := time.NewTicker(w.o.StatsEvery)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				w.publishStats(work)
			}
		}
	}()
	defer func() {
		<-statsDone
		w.mu.Lock()
		w.st.Done = true
		w.mu.Unlock()
		w.publishStats(work)
	}()

	for ctx.Err() == nil {
		batch, err := w.q.cons.Fetch(w.o.Batch, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			fmt.Fprintf(w.o.Log, "worker %s: fetch: %v\n", w.o.ID, err)
			sleep(ctx, time.Second)
			continue
		}
		var msgs []jetstream.Msg
		for m := range batch.Messages() {
			msgs = append(msgs, m)
		}
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && len(msgs) == 0 && ctx.Err() == nil {
			fmt.Fprintf(w.o.Log, "worker %s: fetch: %v\n", w.o.ID, err)
			sleep(ctx, time.Second)
		}
		if len(msgs) > 0 {
			w.handle(work, msgs)
		}
	}
	return nil
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

// job is one message of a batch and what became of it.
type job struct {
	msg       jetstream.Msg
	seq       uint64 // stream sequence
	delivered uint64 // this is delivery number delivered
	item      Item
	good      []*newsgraph.Article
	failed    []*newsgraph.Article // documents that cannot be processed: dead letters
	err       error                // a failure that another attempt may cure
	stored    []newsgraph.PutResult
}

// handle processes one batch: analyse every item, publish dead letters for
// what cannot be processed, commit the rest in one transaction, and only then
// acknowledge.
func (w *Worker) handle(ctx context.Context, msgs []jetstream.Msg) {
	w.mu.Lock()
	if w.first.IsZero() {
		w.first = time.Now()
	}
	w.mu.Unlock()

	// Keep the server from redelivering the batch while it is worked on.
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		t := time.NewTicker(max(w.q.cfg.AckWait/3, 100*time.Millisecond))
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				for _, m := range msgs {
					m.InProgress()
				}
			}
		}
	}()

	jobs := make([]*job, 0, len(msgs))
	for _, m := range msgs {
		j := &job{msg: m}
		if md, err := m.Metadata(); err == nil {
			j.seq, j.delivered = md.Sequence.Stream, md.NumDelivered
		}
		if err := json.Unmarshal(m.Data(), &j.item); err != nil {
			j.err = Permanent(fmt.Errorf("malformed work item: %v", err))
		} else if err := j.item.Validate(); err != nil {
			j.err = Permanent(err)
		}
		jobs = append(jobs, j)
	}

	// Analyse, Concurrency items at a time.
	next := make(chan *job)
	var wg sync.WaitGroup
	for range min(w.o.Concurrency, len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				w.analyse(ctx, j)
			}
		}()
	}
	for _, j := range jobs {
		if j.err == nil {
			next <- j
		}
	}
	close(next)
	wg.Wait()

	// Dead letters for the documents that cannot be processed.
	for _, j := range jobs {
		if j.err != nil {
			continue
		}
		for i, a := range j.failed {
			d := DeadLetter{Item: j.item, Origin: a.Origin, Reason: a.Error, Attempts: int(j.delivered), Worker: w.o.ID}
			if err := w.q.deadLetter(ctx, fmt.Sprintf("dead-%d-%d", j.seq, i), d); err != nil {
				j.err = err
				break
			}
			w.count(func(s *WorkerStats) { s.Dead++ })
			fmt.Fprintf(w.o.Log, "worker %s: dead letter: %s: %s\n", w.o.ID, j.item, a.Error)
		}
	}

	// Commit the good articles of the batch in one transaction; if that
	// fails, item by item, so that one bad item does not hold back the rest.
	var all []*newsgraph.Article
	var with []*job
	for _, j := range jobs {
		if j.err == nil {
			all = append(all, j.good...)
			with = append(with, j)
		}
	}
	putStart := time.Now()
	if len(all) > 0 {
		rs, err := w.o.Store.PutArticles(ctx, all)
		if err == nil && len(rs) == len(all) {
			k := 0
			for _, j := range with {
				j.stored = rs[k : k+len(j.good)]
				k += len(j.good)
			}
		} else {
			for _, j := range with {
				if len(j.good) == 0 {
					continue
				}
				rs, err := w.o.Store.PutArticles(ctx, j.good)
				if err != nil {
					j.err = fmt.Errorf("store: %w", err)
					continue
				}
				j.stored = rs
			}
		}
	}
	w.count(func(s *WorkerStats) { s.Storing += time.Since(putStart).Seconds() })

	// Acknowledge what is committed; hand back or bury the rest.
	for _, j := range jobs {
		if j.err == nil {
			if err := j.msg.Ack(); err != nil {
				fmt.Fprintf(w.o.Log, "worker %s: ack %s: %v (it will be redelivered and found unchanged)\n", w.o.ID, j.item, err)
			}
			w.count(func(s *WorkerStats) {
				s.Items++
				for _, r := range j.stored {
					switch r.Outcome {
					case newsgraph.Inserted:
						s.Inserted++
					case newsgraph.Updated:
						s.Changed++
					case newsgraph.Unchanged:
						s.Unchanged++
					}
					if r.Outcome != newsgraph.Skipped {
						s.Articles++
					}
				}
			})
			continue
		}
		var perm *PermanentError
		if errors.As(j.err, &perm) || j.delivered >= uint64(w.q.cfg.MaxDeliver) {
			reason := j.err.Error()
			if perm == nil {
				reason = fmt.Sprintf("gave up after %d attempts: %v", j.delivered, j.err)
			}
			d := DeadLetter{Item: j.item, Reason: reason, Attempts: int(j.delivered), Worker: w.o.ID}
			if err := w.q.deadLetter(ctx, fmt.Sprintf("dead-%d", j.seq), d); err != nil {
				fmt.Fprintf(w.o.Log, "worker %s: %v; the item will be retried\n", w.o.ID, err)
				j.msg.NakWithDelay(w.q.cfg.delay(j.delivered))
				continue
			}
			j.msg.TermWithReason(reason)
			w.count(func(s *WorkerStats) { s.Dead++ })
			fmt.Fprintf(w.o.Log, "worker %s: dead letter: %s: %s\n", w.o.ID, j.item, reason)
			continue
		}
		delay := w.q.cfg.delay(j.delivered)
		j.msg.NakWithDelay(delay)
		w.count(func(s *WorkerStats) { s.Retries++ })
		fmt.Fprintf(w.o.Log, "worker %s: attempt %d of %s failed, retrying in %s: %v\n", w.o.ID, j.delivered, j.item, delay, j.err)
	}
	w.mu.Lock()
	w.last = time.Now()
	w.mu.Unlock()
}

func (w *Worker) count(f func(*WorkerStats)) {
	w.mu.Lock()
	f(&w.st)
	w.mu.Unlock()
}

// analyse reads the item's documents and runs them through the pipeline.
func (w *Worker) analyse(ctx context.Context, j *job) {
	docs, err := w.documents(ctx, j.item)
	if err != nil {
		j.err = err
		return
	}
	if len(docs) == 0 {
		j.err = Permanent(fmt.Errorf("%s holds no document newsgraph reads", j.item))
		return
	}
	for _, d := range docs {
		a := w.o.Pipeline.Process(ctx, d)
		if a.Error != "" {
			j.failed = append(j.failed, a)
		} else {
			j.good = append(j.good, a)
		}
	}
}

// documents returns the raw documents an item stands for.
func (w *Worker) documents(ctx context.Context, it Item) ([]*newsgraph.Document, error) {
	switch it.Kind {
	case KindDoc:
		return []*newsgraph.Document{it.Doc.Document()}, nil
	case KindFile:
		var docs []*newsgraph.Document
		err := input.Read([]string{it.Path}, w.o.Input, func(d *newsgraph.Document) error {
			docs = append(docs, d)
			return nil
		})
		return docs, err
	case KindURL:
		d, err := w.o.Fetch(ctx, it.URL)
		if err != nil {
			return nil, err
		}
		return []*newsgraph.Document{d}, nil
	case KindWARC:
		d, err := ReadWARCRecord(it.Path, it.Offset, it.Length, w.o.Input.MaxBytes)
		if err != nil {
			return nil, err
		}
		return []*newsgraph.Document{d}, nil
	}
	return nil, Permanent(fmt.Errorf("unknown work item kind %q", it.Kind))
}

// maxDeliveries handles the server's advisory that an item was delivered
// MaxDeliver times without being acknowledged (the workers holding it
// crashed or hung): the item moves to the dead letters.
func (w *Worker) maxDeliveries(ctx context.Context, data []byte) {
	var adv struct {
		StreamSeq  uint64 `json:"stream_seq"`
		Deliveries uint64 `json:"deliveries"`
	}
	if json.Unmarshal(data, &adv) != nil || adv.StreamSeq == 0 {
		return
	}
	m, err := w.q.work.GetMsg(ctx, adv.StreamSeq)
	if err != nil {
		return // already gone
	}
	var it Item
	if err := json.Unmarshal(m.Data, &it); err != nil {
		it = Item{Kind: "unreadable"}
	}
	reason := fmt.Sprintf("gave up after %d deliveries without an acknowledgement (the workers holding it crashed or timed out)", adv.Deliveries)
	d := DeadLetter{Item: it, Reason: reason, Attempts: int(adv.Deliveries), Worker: w.o.ID}
	if err := w.q.deadLetter(ctx, fmt.Sprintf("dead-%d", adv.StreamSeq), d); err != nil {
		fmt.Fprintf(w.o.Log, "worker %s: %v\n", w.o.ID, err)
		return
	}
	if err := w.q.work.DeleteMsg(ctx, adv.StreamSeq); err != nil && !errors.Is(err, jetstream.ErrMsgNotFound) {
		fmt.Fprintf(w.o.Log, "worker %s: remove dead item %d: %v\n", w.o.ID, adv.StreamSeq, err)
	}
	w.count(func(s *WorkerStats) { s.Dead++ })
	fmt.Fprintf(w.o.Log, "worker %s: dead letter: %s: %s\n", w.o.ID, it, reason)
}
