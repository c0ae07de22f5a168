package input

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// record is one line of a JSON Lines dump.
type record struct {
	HTML        *string `json:"html"`
	Text        *string `json:"text"`
	Body        *string `json:"body"`    // accepted as text
	Content     *string `json:"content"` // accepted as text
	URL         string  `json:"url"`
	Published   string  `json:"published"`
	Date        string  `json:"date"` // accepted as published
	Source      string  `json:"source"`
	ContentType string  `json:"content_type"`
	ID          string  `json:"id"`
}

// readJSONL reads one object a line. Blank lines are skipped; a line that is
// not a JSON object, or has neither "html" nor "text", yields a Document with
// Err naming the line.
func readJSONL(origin string, r io.Reader, opts Options, fn func(*newsgraph.Document) error) error {
	br := bufio.NewReaderSize(r, 1<<20)
	limit := opts.maxBytes()
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, limit)
		if err != nil && !errors.Is(err, io.EOF) {
			if len(line) == 0 {
				return fn(&newsgraph.Document{Origin: fmt.Sprintf("%s:%d", origin, n), Err: fmt.Errorf("cannot read %s at line %d: %w", origin, n, err)})
			}
		}
		eof := err != nil
		here := fmt.Sprintf("%s:%d", origin, n)
		switch {
		case tooLong:
			if e := fn(&newsgraph.Document{Origin: here, Err: fmt.Errorf("%s: line is longer than the %d-byte limit (--max-bytes)", here, limit)}); e != nil {
				return e
			}
		case strings.TrimSpace(string(line)) == "":
		default:
			if e := fn(parseRecord(here, line, opts)); e != nil {
				return e
			}
		}
		if eof {
			return nil
		}
	}
}

// readLine reads one line without its newline. When the line is longer than
// limit, the rest of it is skipped and tooLong is set.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, isPrefix, e := br.ReadLine()
		if !tooLong {
			if int64(len(line)+len(chunk)) > limit {
				tooLong = true
				line = nil
			} else {
				line = append(line, chunk...)
			}
		}
		if e != nil {
			return line, tooLong, e
		}
		if !isPrefix {
			return line, tooLong, nil
		}
	}
}

func parseRecord(origin string, line []byte, opts Options) *newsgraph.Document {
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return &newsgraph.Document{Origin: origin, Err: fmt.Errorf("%s: not a JSON object: %v", origin, err)}
	}
	doc := &newsgraph.Document{Origin: origin, URL: rec.URL, Published: rec.Published, Source: rec.Source, ContentType: rec.ContentType}
	if doc.Published == "" {
		doc.Published = rec.Date
	}
	if rec.ID != "" {
		doc.Origin = origin + "#" + rec.ID
	}
	text := firstOf(rec.Text, rec.Body, rec.Content)
	switch {
	case rec.HTML != nil && strings.TrimSpace(*rec.HTML) != "":
		doc.Format = newsgraph.FormatHTML
		doc.Data = []byte(*rec.HTML)
	case text != nil:
		doc.Format = newsgraph.FormatText
		doc.Data = []byte(*text)
	default:
		doc.Err = fmt.Errorf("%s: the object has neither \"html\" nor \"text\"", origin)
		return doc
	}
	if opts.Format != "" {
		doc.Format = opts.Format
	}
	if err := checkContent(origin, doc.Data); err != nil {
		doc.Err = err
	}
	return doc
}

func firstOf(ss ...*string) *string {
	for _, s := range ss {
		if s != nil && strings.TrimSpace(*s) != "" {
			return s
		}
	}
	return nil
}
