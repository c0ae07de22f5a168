package queue

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/input"
)

// Expand turns ingest sources into work items and calls fn with each:
//   - an http or https URL: a URL item;
//   - a WARC file (.warc, .warc.gz): one item per HTTP response record;
//   - a JSON Lines file (.jsonl, .ndjson, optionally .gz) or "-": one inline
//     document item per record, read here;
//   - any other file: a file item with its absolute path, read by the worker
//     (so workers on other machines need the same path mounted);
//   - a directory: all of the above for the files in it that newsgraph reads.
func Expand(sources []string, opts input.Options, fn func(Item) error) error {
	for _, src := range sources {
		if err := expand(src, opts, fn); err != nil {
			return err
		}
	}
	return nil
}

func expand(src string, opts input.Options, fn func(Item) error) error {
	if strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://") {
		return fn(Item{Kind: KindURL, URL: src})
	}
	if src == "-" {
		return readInline(src, opts, fn)
	}
	st, err := os.Stat(src)
	if err != nil {
		return fmt.Errorf("queue: %w", err)
	}
	if !st.IsDir() {
		return expandFile(src, true, opts, fn)
	}
	var files []string
	err = filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != src && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		return fmt.Errorf("queue: walk %s: %w", src, err)
	}
	sort.Strings(files)
	for _, f := range files {
		if err := expandFile(f, false, opts, fn); err != nil {
			return err
		}
	}
	return nil
}

// fileKind sorts a file name into warc, jsonl, page or "" (not read from directories).
func fileKind(name string) string {
	n := strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch filepath.Ext(n) {
	case ".warc":
		return "warc"
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".html", ".htm", ".xhtml", ".shtml", ".txt", ".text":
		return "page"
	}
	return ""
}

func expandFile(path string, named bool, opts input.Options, fn func(Item) error) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("queue: %w", err)
	}
	switch fileKind(path) {
	case "warc":
		items, err := ScanWARC(abs)
		if err != nil {
			return err
		}
		for _, it := range items {
			if err := fn(it); err != nil {
				return err
			}
		}
		return nil
	case "jsonl":
		return readInline(abs, opts, fn)
	case "":
		if !named {
			return nil
		}
	}
	return fn(Item{Kind: KindFile, Path: abs})
}

// readInline reads the documents of a stream or JSON Lines file here and
// enqueues them inline.
func readInline(path string, opts input.Options, fn func(Item) error) error {
	return input.Read([]string{path}, opts, func(d *newsgraph.Document) error { return fn(DocItem(d)) })
}
