// Package input reads what people have into raw documents: HTML pages
// (.html, .htm, optionally gzip-compressed), scraped text (.txt), JSON Lines
// dumps (.jsonl, one object a line with "html" or "text"), standard input ("-")
// and directories of all of these, recursively.
//
// Every item read yields one *newsgraph.Document. An item that cannot be read
// still yields a Document, with Err set, so that the caller can report it and
// go on with the next one.
package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// DefaultMaxBytes is the default limit on one document's size.
const DefaultMaxBytes = 32 << 20

// Options controls reading.
type Options struct {
	// MaxBytes bounds one document (one file, or one JSON Lines record) after
	// decompression. A larger file is cut at the limit and labelled with a
	// warning; a larger JSON Lines record is an error. 0 means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Format forces the format of every file ("html" or "text"); "" decides by
	// file name and content.
	Format newsgraph.Format
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// ErrStop may be returned by the callback of Read to stop reading early
// without an error.
var ErrStop = errors.New("stop reading")

// Read reads every path and calls fn with each document, in order: files of a
// directory in lexical order, records of a JSON Lines file in line order.
// Directories are walked recursively and only files with a known extension
// are read from them; a file named explicitly is read whatever its name,
// its format sniffed from its content. Read stops at the first error fn
// returns (ErrStop stops it quietly); errors reading one item are reported
// in that item's Document.Err instead.
func Read(paths []string, opts Options, fn func(*newsgraph.Document) error) error {
	for _, p := range paths {
		err := readPath(p, opts, fn)
		if errors.Is(err, ErrStop) {
			return nil
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func readPath(p string, opts Options, fn func(*newsgraph.Document) error) error {
	if p == "-" {
		in := opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		return readStream("-", "", in, opts, fn)
	}
	st, err := os.Stat(p)
	if err != nil {
		return fn(&newsgraph.Document{Origin: p, Err: fmt.Errorf("cannot read %s: %w", p, err)})
	}
	if !st.IsDir() {
		return readFile(p, opts, fn)
	}
	var files []string
	walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			files = append(files, path) // reported when read
			return nil
		}
		if d.IsDir() {
			if path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if kindOf(path) != kindUnknown {
			files = append(files, path)
		}
		return nil
	})
	if walkErr != nil {
		return fmt.Errorf("cannot walk %s: %w", p, walkErr)
	}
	sort.Strings(files)
	for _, f := range files {
		if err := readFile(f, opts, fn); err != nil {
			return err
		}
	}
	return nil
}

func readFile(path string, opts Options, fn func(*newsgraph.Document) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(&newsgraph.Document{Origin: path, Err: fmt.Errorf("cannot open %s: %w", path, err)})
	}
	defer f.Close()
	return readStream(path, path, f, opts, fn)
}

// kind is what a file name says about its content.
type kind int

const (
	kindUnknown kind = iota
	kindHTML
	kindText
	kindJSONL
)

func kindOf(name string) kind {
	n := strings.ToLower(name)
	n = strings.TrimSuffix(n, ".gz")
	switch filepath.Ext(n) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return kindHTML
	case ".txt", ".text":
		return kindText
	case ".jsonl", ".ndjson":
		return kindJSONL
	}
	return kindUnknown
}

// readStream reads one file or standard input. name is the file name used to
// decide the format ("" for standard input: the content decides).
func readStream(origin, name string, r io.Reader, opts Options, fn func(*newsgraph.Document) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var warnings []string
	var src io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fn(&newsgraph.Document{Origin: origin, Err: fmt.Errorf("%s: bad gzip header: %w", origin, err)})
		}
		defer zr.Close()
		src = zr
	}
	k := kindOf(name)
	if name == "" || k == kindUnknown {
		k = sniffKind(src, &src)
	}
	if k == kindJSONL {
		return readJSONL(origin, src, opts, fn)
	}
	limit := opts.maxBytes()
	data, err := io.ReadAll(io.LimitReader(src, limit+1))
	if err != nil {
		if len(data) == 0 {
			return fn(&newsgraph.Document{Origin: origin, Err: fmt.Errorf("cannot read %s: %w", origin, err)})
		}
		warnings = append(warnings, fmt.Sprintf("input: %s was read only in part (%d bytes) before an error: %v", origin, len(data), err))
	}
	if int64(len(data)) > limit {
		data = data[:limit]
		warnings = append(warnings, fmt.Sprintf("input: %s is larger than the %d-byte limit (--max-bytes); only its first %d bytes were read", origin, limit, limit))
	}
	doc := &newsgraph.Document{Origin: origin, Data: data, Warnings: warnings}
	switch {
	case opts.Format != "":
		doc.Format = opts.Format
	case k == kindText:
		doc.Format = newsgraph.FormatText
	default:
		doc.Format = newsgraph.FormatHTML
	}
	if err := checkContent(origin, data); err != nil {
		doc.Err = err
	}
	return fn(doc)
}

// sniffKind looks at the start of src to tell JSON Lines, HTML and plain text
// apart, and sets *rest to a reader that still yields every byte.
func sniffKind(src io.Reader, rest *io.Reader) kind {
	br := bufio.NewReaderSize(src, 4096)
	*rest = br
	head, _ := br.Peek(1024)
	head = bytes.TrimLeft(head, " \t\r\n\ufeff")
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	switch {
	case len(head) > 0 && head[0] == '{':
		return kindJSONL
	case looksHTML(head):
		return kindHTML
	default:
		return kindText
	}
}

func looksHTML(head []byte) bool {
	h := bytes.ToLower(head)
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<article", "<div", "<p>", "<?xml", "<!--"} {
		if bytes.Contains(h, []byte(tag)) {
			return true
		}
	}
	return false
}

// checkContent rejects what is plainly not a document: empty input and binary
// data (NUL bytes or mostly control characters in its opening).
func checkContent(origin string, data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return fmt.Errorf("%s is empty", origin)
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if isUTF16(head) {
		return nil
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return fmt.Errorf("%s looks binary (it holds NUL bytes), not an HTML page or text", origin)
	}
	ctrl := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	if ctrl*10 > len(head) {
		return fmt.Errorf("%s looks binary (%d control bytes in its first %d), not an HTML page or text", origin, ctrl, len(head))
	}
	return nil
}

// isUTF16 reports whether data opens with a UTF-16 byte order mark; such pages
// hold NUL bytes but are text.
func isUTF16(data []byte) bool {
	return len(data) >= 2 && ((data[0] == 0xff && data[1] == 0xfe) || (data[0] == 0xfe && data[1] == 0xff))
}
