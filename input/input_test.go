package input

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

const page = `<!DOCTYPE html><html><head><title>Port strike ends</title></head><body><p>Dock workers returned to work on Monday.</p></body></html>`

func gz(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

func collect(t *testing.T, paths []string, opts Options) []*newsgraph.Document {
	t.Helper()
	var docs []*newsgraph.Document
	if err := Read(paths, opts, func(d *newsgraph.Document) error { docs = append(docs, d); return nil }); err != nil {
		t.Fatalf("Read: %v", err)
	}
	return docs
}

func TestRead(t *testing.T) {
	full := gz(t, []byte(page))
	tests := []struct {
		name    string
		file    string
		data    []byte
		opts    Options
		format  newsgraph.Format
		errPart string // "" for no error
		warn    string
		dataHas string
	}{
		{name: "html", file: "a.html", data: []byte(page), format: newsgraph.FormatHTML, dataHas: "Dock workers"},
		{name: "gzipped html", file: "a.html.gz", data: full, format: newsgraph.FormatHTML, dataHas: "Dock workers"},
		{name: "gzip without .gz name", file: "a.htm", data: full, format: newsgraph.FormatHTML, dataHas: "Dock workers"},
		{name: "text", file: "a.txt", data: []byte("Politics\nPort strike ends\nDock workers returned."), format: newsgraph.FormatText},
		{name: "unknown name sniffed as html", file: "page.bin", data: []byte(page), format: newsgraph.FormatHTML},
		{name: "unknown name sniffed as text", file: "story", data: []byte("Dock workers returned to work on Monday."), format: newsgraph.FormatText},
		{name: "empty", file: "e.html", data: nil, errPart: "is empty"},
		{name: "blank", file: "e.txt", data: []byte(" \n\t\n"), errPart: "is empty"},
		{name: "binary", file: "b.html", data: []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00"), errPart: "binary"},
		{name: "truncated gzip", file: "t.html.gz", data: full[:len(full)-12], format: newsgraph.FormatHTML, warn: "read only in part"},
		{name: "too large", file: "big.html", data: []byte(page + strings.Repeat("<p>more</p>", 100)), opts: Options{MaxBytes: 200}, format: newsgraph.FormatHTML, warn: "larger than the 200-byte limit"},
		{name: "utf-16 is text", file: "u.html", data: append([]byte{0xff, 0xfe}, []byte("<\x00p\x00>\x00h\x00i\x00")...), format: newsgraph.FormatHTML},
		{name: "forced format", file: "a.html", data: []byte(page), opts: Options{Format: newsgraph.FormatText}, format: newsgraph.FormatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(p, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			docs := collect(t, []string{p}, tt.opts)
			if len(docs) != 1 {
				t.Fatalf("got %d documents, want 1", len(docs))
			}
			d := docs[0]
			if tt.errPart != "" {
				if d.Err == nil || !strings.Contains(d.Err.Error(), tt.errPart) {
					t.Fatalf("Err = %v, want one containing %q", d.Err, tt.errPart)
				}
				return
			}
			if d.Err != nil {
				t.Fatalf("unexpected Err: %v", d.Err)
			}
			if d.Format != tt.format {
				t.Errorf("Format = %q, want %q", d.Format, tt.format)
			}
			if tt.dataHas != "" && !bytes.Contains(d.Data, []byte(tt.dataHas)) {
				t.Errorf("Data lacks %q", tt.dataHas)
			}
			w := strings.Join(d.Warnings, "\n")
			if (tt.warn == "") != (w == "") || !strings.Contains(w, tt.warn) {
				t.Errorf("Warnings = %q, want %q", w, tt.warn)
			}
		})
	}
}

func TestReadMissing(t *testing.T) {
	docs := collect(t, []string{filepath.Join(t.TempDir(), "nope.html")}, Options{})
	if len(docs) != 1 || docs[0].Err == nil || !strings.Contains(docs[0].Err.Error(), "nope.html") {
		t.Fatalf("want one document with an error naming the file, got %+v", docs)
	}
}

func TestReadDirectory(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b/2.html":      page,
		"a.txt":         "Dock workers returned to work on Monday.",
		"b/notes.md":    "# not news",
		".git/x.html":   page,
		"c/d/deep.htm":  page,
		"image.png":     "\x89PNG",
		"dump.jsonl":    `{"text":"One story."}` + "\n" + `{"html":"<p>Two</p>"}` + "\n",
		"c/old.html.gz": string(gz(t, []byte(page))),
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var origins []string
	for _, d := range collect(t, []string{dir}, Options{}) {
		if d.Err != nil {
			t.Errorf("%s: %v", d.Origin, d.Err)
		}
		rel, _ := filepath.Rel(dir, strings.SplitN(d.Origin, ":", 2)[0])
		if i := strings.LastIndex(d.Origin, ":"); i > 0 && strings.HasSuffix(rel, ".jsonl") {
			rel += d.Origin[i:]
		}
		origins = append(origins, rel)
	}
	want := "a.txt b/2.html c/d/deep.htm c/old.html.gz dump.jsonl:1 dump.jsonl:2"
	if got := strings.Join(origins, " "); got != want {
		t.Errorf("read %q, want %q", got, want)
	}
}

func TestReadJSONL(t *testing.T) {
	lines := strings.Join([]string{
		`{"html": "<html><body><p>Talks resumed.</p></body></html>", "url": "https://example.org/a", "published": "2024-03-05", "source": "Example Times"}`,
		``,
		`{"text": "Scraped story text here.", "id": "x7"}`,
		`not json at all`,
		`{"url": "https://example.org/empty"}`,
		`{"text": "` + strings.Repeat("long ", 100) + `"}`,
		`{"body": "Accepted as text."}`,
	}, "\n")
	var docs []*newsgraph.Document
	err := Read([]string{"-"}, Options{Stdin: strings.NewReader(lines), MaxBytes: 300}, func(d *newsgraph.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 6 {
		t.Fatalf("got %d documents, want 6", len(docs))
	}
	checks := []struct {
		origin  string
		format  newsgraph.Format
		errPart string
	}{
		{"-:1", newsgraph.FormatHTML, ""},
		{"-:3#x7", newsgraph.FormatText, ""},
		{"-:4", "", "not a JSON object"},
		{"-:5", "", "neither"},
		{"-:6", "", "longer than"},
		{"-:7", newsgraph.FormatText, ""},
	}
	for i, c := range checks {
		d := docs[i]
		if d.Origin != c.origin {
			t.Errorf("doc %d origin = %q, want %q", i, d.Origin, c.origin)
		}
		if c.errPart != "" {
			if d.Err == nil || !strings.Contains(d.Err.Error(), c.errPart) {
				t.Errorf("%s: Err = %v, want %q", d.Origin, d.Err, c.errPart)
			}
			continue
		}
		if d.Err != nil || d.Format != c.format {
			t.Errorf("%s: Err = %v, Format = %q, want %q", d.Origin, d.Err, d.Format, c.format)
		}
	}
	if d := docs[0]; d.URL != "https://example.org/a" || d.Published != "2024-03-05" || d.Source != "Example Times" {
		t.Errorf("metadata not carried: %+v", d)
	}
}

func TestReadStdinSniff(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want newsgraph.Format
	}{
		{page, newsgraph.FormatHTML},
		{"\ufeff<html><p>x</p></html>", newsgraph.FormatHTML},
		{"Plain scraped text.\nSecond line.", newsgraph.FormatText},
	} {
		docs := collect(t, []string{"-"}, Options{Stdin: strings.NewReader(tt.in)})
		if len(docs) != 1 || docs[0].Format != tt.want {
			t.Errorf("stdin %q: got %+v, want format %q", tt.in[:10], docs, tt.want)
		}
	}
}

func TestReadStop(t *testing.T) {
	n := 0
	err := Read([]string{"-"}, Options{Stdin: strings.NewReader("{\"text\":\"a\"}\n{\"text\":\"b\"}\n")}, func(*newsgraph.Document) error {
		n++
		return ErrStop
	})
	if err != nil || n != 1 {
		t.Errorf("Read with ErrStop: err %v after %d documents, want nil after 1", err, n)
	}
}
