package queue

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/textproto"
	"os"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/input"
)

// countingReader counts the bytes read through it. It is a byte reader, so
// that the gzip reader reads no further than the end of a member.
type countingReader struct {
	r *bufio.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

// readLine reads one line, its end included, through the counting reader.
func readLine(cr *countingReader) ([]byte, error) {
	var line []byte
	for {
		b, err := cr.ReadByte()
		if err != nil {
			if len(line) > 0 && errors.Is(err, io.EOF) {
				return line, io.ErrUnexpectedEOF
			}
			return line, err
		}
		line = append(line, b)
		if b == '\n' {
			return line, nil
		}
		if len(line) > 1<<16 {
			return line, errors.New("header line too long")
		}
	}
}

// warcHeader reads a WARC record's version line and named fields.
func warcHeader(br *bufio.Reader) (textproto.MIMEHeader, error) {
	line, err := br.ReadString('\n')
	for err == nil && strings.TrimSpace(line) == "" {
		line, err = br.ReadString('\n')
	}
	if err != nil {
		return nil, err
	}
	if !strings.HasPrefix(line, "WARC/") {
		return nil, fmt.Errorf("not a WARC record (it opens with %q)", strings.TrimSpace(line))
	}
	h, err := textproto.NewReader(br).ReadMIMEHeader()
	if err != nil {
		return nil, fmt.Errorf("bad WARC record header: %w", err)
	}
	return h, nil
}

// isPage reports whether a WARC record is an HTTP response worth analysing.
func isPage(h textproto.MIMEHeader) bool {
	return h.Get("WARC-Type") == "response" && strings.HasPrefix(h.Get("Content-Type"), "application/http")
}

// ScanWARC lists the HTTP response records of a WARC file (.warc, or
// .warc.gz with one gzip member a record as the standard recommends) as work
// items: path, offset and length of each record.
func ScanWARC(path string) ([]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	defer f.Close()
	cr := &countingReader{r: bufio.NewReaderSize(f, 1<<16)}
	magic, _ := cr.r.Peek(2)
	gz := len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b
	var items []Item
	for {
		if _, err := cr.r.Peek(1); err == io.EOF {
			return items, nil
		}
		start := cr.n
		var h textproto.MIMEHeader
		if gz {
			zr, err := gzip.NewReader(cr)
			if err != nil {
				return items, fmt.Errorf("queue: %s at byte %d: %w", path, start, err)
			}
			zr.Multistream(false)
			br := bufio.NewReader(zr)
			h, err = warcHeader(br)
			if err != nil {
				return items, fmt.Errorf("queue: %s at byte %d: %w", path, start, err)
			}
			if _, err := io.Copy(io.Discard, br); err != nil {
				return items, fmt.Errorf("queue: %s at byte %d: %w", path, start, err)
			}
		} else {
			var head []byte
			for {
				line, err := readLine(cr)
				if err != nil {
					if len(head) == 0 && errors.Is(err, io.EOF) {
						return items, nil
					}
					return items, fmt.Errorf("queue: %s at byte %d: truncated record header", path, start)
				}
				head = append(head, line...)
				if strings.TrimSpace(string(line)) == "" && strings.TrimSpace(string(head)) != "" {
					break
				}
			}
			h, err = warcHeader(bufio.NewReader(bytes.NewReader(head)))
			if err != nil {
				return items, fmt.Errorf("queue: %s at byte %d: %w", path, start, err)
			}
			n, err := strconv.ParseInt(h.Get("Content-Length"), 10, 64)
			if err != nil || n < 0 {
				return items, fmt.Errorf("queue: %s at byte %d: bad Content-Length %q", path, start, h.Get("Content-Length"))
			}
			if _, err := io.CopyN(io.Discard, cr, n); err != nil {
				return items, fmt.Errorf("queue: %s at byte %d: truncated record", path, start)
			}
			for {
				b, err := cr.r.Peek(1)
				if err != nil || (b[0] != '\r' && b[0] != '\n') {
					break
				}
				cr.ReadByte()
			}
		}
		if isPage(h) {
			items = append(items, Item{Kind: KindWARC, Path: path, Offset: start, Length: cr.n - start})
		}
	}
}

// ReadWARCRecord reads the record at [offset, offset+length) of a WARC file
// and returns the HTTP response it holds as a document. A record that is not
// an HTML or text response is a permanent failure.
func ReadWARCRecord(path string, offset, length, maxBytes int64) (*newsgraph.Document, error) {
	if maxBytes <= 0 {
		maxBytes = input.DefaultMaxBytes
	}
	origin := fmt.Sprintf("%s@%d", path, offset)
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, Permanent(fmt.Errorf("queue: %w", err))
		}
		return nil, fmt.Errorf("queue: %w", err)
	}
	defer f.Close()
	var r io.Reader = io.NewSectionReader(f, offset, length)
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, Permanent(fmt.Errorf("%s: bad gzip member: %w", origin, err))
		}
		br = bufio.NewReader(zr)
	}
	h, err := warcHeader(br)
	if err != nil {
		return nil, Permanent(fmt.Errorf("%s: %w", origin, err))
	}
	if !isPage(h) {
		return nil, Permanent(fmt.Errorf("%s: a %q record, not an HTTP response", origin, h.Get("WARC-Type")))
	}
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return nil, Permanent(fmt.Errorf("%s: bad HTTP response: %w", origin, err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, Permanent(fmt.Errorf("%s: the archived response is %s", origin, resp.Status))
	}
	var body io.Reader = resp.Body
	if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, Permanent(fmt.Errorf("%s: bad gzip body: %w", origin, err))
		}
		body = zr
	}
	data, err := io.ReadAll(io.LimitReader(body, maxBytes+1))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, Permanent(fmt.Errorf("%s: %w", origin, err))
	}
	ct := resp.Header.Get("Content-Type")
	doc := &newsgraph.Document{Origin: origin, Format: newsgraph.FormatHTML, ContentType: ct,
		URL: strings.Trim(h.Get("WARC-Target-URI"), "<>")}
	if mt, _, err := mime.ParseMediaType(ct); err == nil {
		switch mt {
		case "text/plain":
			doc.Format = newsgraph.FormatText
		case "text/html", "application/xhtml+xml":
		default:
			return nil, Permanent(fmt.Errorf("%s: %s is not a page newsgraph reads", origin, mt))
		}
	}
	if int64(len(data)) > maxBytes {
		data = data[:maxBytes]
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("the page is larger than %d bytes and was cut", maxBytes))
	}
	doc.Data = data
	if len(bytes.TrimSpace(data)) == 0 {
		doc.Err = fmt.Errorf("%s: the archived page is empty", origin)
	}
	return doc, nil
}
