// Package queue spreads ingest work over any number of machines through a
// NATS JetStream work queue: `newsgraph ingest --queue` (or `newsgraph
// enqueue`) publishes work items, `newsgraph worker` processes them through
// the pipeline, stores the articles and acknowledges each item only once the
// store has committed.
//
// Streams and subjects (created on first use, idempotently):
//   - NEWSGRAPH_WORK, subject newsgraph.work, work-queue retention: the items.
//     One durable pull consumer, "workers", shared by every worker; a message
//     leaves the stream when it is acknowledged.
//   - NEWSGRAPH_DEAD, subject newsgraph.dead: dead letters, each the item and
//     the reason it failed, kept until an operator deletes them.
//   - Key-value bucket newsgraph_workers: every worker's counters, for
//     `newsgraph status`.
//
// Delivery is at least once: a worker killed in the middle of an item loses
// nothing, the item is redelivered after the ack wait, and the store's
// idempotent upsert (the same article stored twice is one article) makes the
// repeat harmless. Failures are retried with growing delays; after MaxDeliver
// attempts, or at once for a permanent failure (an input that cannot be read
// as a document: empty, binary, not found), the item goes to the dead-letter
// stream with its reason.
package queue

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/newsgraph/newsgraph"
)

// Kind says what a work item points at.
type Kind string

// The kinds of work items.
const (
	KindFile Kind = "file" // a file (or directory) path every worker can read, read by package input
	KindWARC Kind = "warc" // one record of a WARC file: path, byte offset and length
	KindURL  Kind = "url"  // a page to download
	KindDoc  Kind = "doc"  // a document carried in the item itself
)

// Item is one unit of work on the queue.
type Item struct {
	Kind   Kind   `json:"kind"`
	Path   string `json:"path,omitempty"`   // KindFile, KindWARC
	Offset int64  `json:"offset,omitempty"` // KindWARC: where the record starts (its gzip member, for .warc.gz)
	Length int64  `json:"length,omitempty"` // KindWARC: the record's length in the file
	URL    string `json:"url,omitempty"`    // KindURL
	Doc    *Doc   `json:"doc,omitempty"`    // KindDoc
}

// Doc is a document carried inline in an Item.
type Doc struct {
	Origin      string `json:"origin,omitempty"`
	Format      string `json:"format"` // "html" or "text"
	Data        []byte `json:"data"`   // base64 in JSON
	ContentType string `json:"content_type,omitempty"`
	URL         string `json:"url,omitempty"`
	Published   string `json:"published,omitempty"`
	Source      string `json:"source,omitempty"`
	// Error is set when the enqueuer could not read the document; the item
	// is then a permanent failure that goes straight to the dead letters.
	Error string `json:"error,omitempty"`
}

// DocItem wraps a document read by package input in an Item.
func DocItem(d *newsgraph.Document) Item {
	doc := &Doc{Origin: d.Origin, Format: string(d.Format), Data: d.Data, ContentType: d.ContentType,
		URL: d.URL, Published: d.Published, Source: d.Source}
	if d.Err != nil {
		doc.Error = d.Err.Error()
	}
	return Item{Kind: KindDoc, Doc: doc}
}

// Document returns the newsgraph document an inline Doc carries.
func (d *Doc) Document() *newsgraph.Document {
	doc := &newsgraph.Document{Origin: d.Origin, Format: newsgraph.Format(d.Format), Data: d.Data,
		ContentType: d.ContentType, URL: d.URL, Published: d.Published, Source: d.Source}
	if doc.Origin == "" {
		doc.Origin = d.URL
	}
	if d.Error != "" {
		doc.Err = errors.New(d.Error)
	}
	return doc
}

// Validate reports what is wrong with an item, nil when it can be processed.
func (it Item) Validate() error {
	switch it.Kind {
	case KindFile:
		if it.Path == "" {
			return errors.New("file item without a path")
		}
	case KindWARC:
		if it.Path == "" || it.Offset < 0 || it.Length <= 0 {
			return fmt.Errorf("WARC item needs a path, an offset ≥ 0 and a length > 0 (got %q, %d, %d)", it.Path, it.Offset, it.Length)
		}
	case KindURL:
		if it.URL == "" {
			return errors.New("URL item without a URL")
		}
	case KindDoc:
		if it.Doc == nil {
			return errors.New("document item without a document")
		}
	default:
		return fmt.Errorf("unknown work item kind %q", it.Kind)
	}
	return nil
}

// ID returns a stable identifier of the item's content, used as the JetStream
// message ID so that enqueuing the same item twice within the stream's
// duplicate window stores it once.
func (it Item) ID() string {
	b, _ := json.Marshal(it) // an Item always marshals
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:16])
}

// String names the item for logs and dead letters.
func (it Item) String() string {
	switch it.Kind {
	case KindFile:
		return it.Path
	case KindWARC:
		return fmt.Sprintf("%s@%d+%d", it.Path, it.Offset, it.Length)
	case KindURL:
		return it.URL
	case KindDoc:
		if it.Doc != nil {
			if it.Doc.Origin != "" {
				return it.Doc.Origin
			}
			return it.Doc.URL
		}
	}
	return string(it.Kind)
}
