// Package warc reads web archives (WARC files, plain or gzip-compressed) into
// newsgraph documents: every response record holding an HTML page with a 2xx
// status becomes one HTML Document. It reads records with
// github.com/nlnwa/gowarc.
package warc

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	gowarc "github.com/nlnwa/gowarc/v3"

	"github.com/newsgraph/newsgraph"
)

// IsWARC reports whether a file name is that of a WARC file.
func IsWARC(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
}

// Options control reading.
type Options struct {
	MaxBytes int64 // largest page read; larger ones are cut with a warning (default 32 MiB)
}

// ErrStop may be returned by the callback to stop reading without an error.
var ErrStop = errors.New("stop reading")

// Read calls fn with a Document for each HTML response record of the WARC
// file at path, in file order. A record that cannot be read yields a Document
// with Err set; a file that cannot be opened is an error.
func Read(path string, opts Options, fn func(*newsgraph.Document) error) error {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 32 << 20
	}
	r, err := gowarc.NewWarcFileReader(path, 0, gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore))
	if err != nil {
		return fmt.Errorf("warc: open %s: %w", path, err)
	}
	defer r.Close()
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			// A damaged record: report it and stop, as the reader cannot resynchronise.
			ferr := fn(&newsgraph.Document{Origin: fmt.Sprintf("%s@%d", path, rec.Offset), Format: newsgraph.FormatHTML,
				Err: fmt.Errorf("warc: %s: record at offset %d: %w", path, rec.Offset, err)})
			if errors.Is(ferr, ErrStop) {
				return nil
			}
			return ferr
		}
		doc := document(path, rec, opts)
		rec.Close()
		if doc == nil {
			continue
		}
		if err := fn(doc); err != nil {
			if errors.Is(err, ErrStop) {
				return nil
			}
			return err
		}
	}
}

// document turns an HTML response record into a Document, nil for other records.
func document(path string, rec gowarc.Record, opts Options) *newsgraph.Document {
	wr := rec.WarcRecord
	if wr == nil || wr.Type() != gowarc.Response {
		return nil
	}
	blk, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil
	}
	if c := blk.HttpStatusCode(); c < 200 || c > 299 {
		return nil
	}
	ctype := ""
	if h := blk.HttpHeader(); h != nil {
		ctype = h.Get("Content-Type")
	}
	mt, _, _ := mime.ParseMediaType(ctype)
	if mt != "text/html" && mt != "application/xhtml+xml" {
		return nil
	}
	target := wr.WarcHeader().Get("WARC-Target-URI")
	target = strings.Trim(target, "<>")
	doc := &newsgraph.Document{Origin: fmt.Sprintf("%s@%d", path, rec.Offset), Format: newsgraph.FormatHTML, URL: target, ContentType: ctype}
	pr, err := blk.PayloadBytes()
	if err != nil {
		doc.Err = fmt.Errorf("warc: %s: payload of %s: %w", path, target, err)
		return doc
	}
	data, err := io.ReadAll(io.LimitReader(pr, opts.MaxBytes+1))
	if err != nil {
		doc.Err = fmt.Errorf("warc: %s: payload of %s: %w", path, target, err)
		return doc
	}
	if int64(len(data)) > opts.MaxBytes {
		data = data[:opts.MaxBytes]
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("warc: the page was cut at %d bytes", opts.MaxBytes))
	}
	doc.Data = data
	return doc
}
