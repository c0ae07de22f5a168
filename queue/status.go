package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/nats-io/nats.go/jetstream"
)

// Status is the state of the queue and its workers.
type Status struct {
	Depth       uint64        `json:"depth"`       // items in the work stream: waiting or being worked on
	Bytes       uint64        `json:"bytes"`       // the size of those items in the stream
	Waiting     uint64        `json:"waiting"`     // items no worker has taken yet
	InFlight    int           `json:"in_flight"`   // items delivered and not yet acknowledged
	Redelivered int           `json:"redelivered"` // of those, items on a second or later attempt
	Dead        uint64        `json:"dead"`        // dead letters
	Workers     []WorkerStats `json:"workers"`     // most recent first
}

// Status reads the queue depth, the dead-letter count and every worker's
// published counters.
func (q *Queue) Status(ctx context.Context) (*Status, error) {
	wi, err := q.work.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("queue: stream %s: %w", WorkStream, err)
	}
	ci, err := q.cons.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("queue: consumer %s: %w", ConsumerName, err)
	}
	di, err := q.dead.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("queue: stream %s: %w", DeadStream, err)
	}
	s := &Status{Depth: wi.State.Msgs, Bytes: wi.State.Bytes, Waiting: ci.NumPending, InFlight: ci.NumAckPending,
		Redelivered: ci.NumRedelivered, Dead: di.State.Msgs}
	keys, err := q.stats.ListKeys(ctx)
	if err != nil {
		return nil, fmt.Errorf("queue: bucket %s: %w", StatsBucket, err)
	}
	for k := range keys.Keys() {
		e, err := q.stats.Get(ctx, k)
		if errors.Is(err, jetstream.ErrKeyNotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("queue: worker %s: %w", k, err)
		}
		var ws WorkerStats
		if json.Unmarshal(e.Value(), &ws) == nil {
			s.Workers = append(s.Workers, ws)
		}
	}
	sort.Slice(s.Workers, func(i, j int) bool { return s.Workers[i].Updated.After(s.Workers[j].Updated) })
	return s, nil
}

// ForgetWorkers removes the published counters of every worker (for a new run).
func (q *Queue) ForgetWorkers(ctx context.Context) error {
	keys, err := q.stats.ListKeys(ctx)
	if err != nil {
		return fmt.Errorf("queue: bucket %s: %w", StatsBucket, err)
	}
	for k := range keys.Keys() {
		if err := q.stats.Purge(ctx, k); err != nil {
			return fmt.Errorf("queue: forget worker %s: %w", k, err)
		}
	}
	return nil
}
