package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// record builds one WARC record around an HTTP message.
func record(typ, uri, http string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-000000000000>\r\n"+
		"WARC-Date: 2025-03-11T08:00:00Z\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\n"+
		"Content-Length: %d\r\n\r\n%s\r\n\r\n", typ, len(uri)+len(http), uri, len(http), http)
}

func httpResponse(status, ctype, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ctype, len(body), body)
}

func TestRead(t *testing.T) {
	page := "<html><head><title>Port reopens</title></head><body><p>Mombasa port reopened on Friday.</p></body></html>"
	recs := []string{
		record("response", "https://www.coastaltimes.example/news/port", httpResponse("200 OK", "text/html; charset=utf-8", page)),
		record("response", "https://www.coastaltimes.example/logo.png", httpResponse("200 OK", "image/png", "PNG")),
		record("response", "https://www.coastaltimes.example/missing", httpResponse("404 Not Found", "text/html", "<p>gone</p>")),
		record("response", "https://meridian.example/world/eu", httpResponse("200 OK", "text/html", "<p>The EU warned Serbia.</p>")),
	}
	dir := t.TempDir()
	plain := filepath.Join(dir, "crawl.warc")
	os.WriteFile(plain, []byte(strings.Join(recs, "")), 0o644)
	// A .warc.gz holds one gzip member per record.
	var gz bytes.Buffer
	for _, r := range recs {
		zw := gzip.NewWriter(&gz)
		zw.Write([]byte(r))
		zw.Close()
	}
	compressed := filepath.Join(dir, "crawl.warc.gz")
	os.WriteFile(compressed, gz.Bytes(), 0o644)

	for _, path := range []string{plain, compressed} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			if !IsWARC(path) {
				t.Error("IsWARC = false")
			}
			var docs []*newsgraph.Document
			if err := Read(path, Options{}, func(d *newsgraph.Document) error { docs = append(docs, d); return nil }); err != nil {
				t.Fatal(err)
			}
			if len(docs) != 2 {
				t.Fatalf("%d documents, want the 2 HTML pages with status 200", len(docs))
			}
			if docs[0].URL != "https://www.coastaltimes.example/news/port" || string(docs[0].Data) != page || docs[0].Err != nil {
				t.Errorf("first document = %+v", docs[0])
			}
			if docs[1].URL != "https://meridian.example/world/eu" {
				t.Errorf("second URL = %s", docs[1].URL)
			}
		})
	}
	if err := Read(filepath.Join(dir, "none.warc"), Options{}, func(*newsgraph.Document) error { return nil }); err == nil {
		t.Error("a missing file gave no error")
	}
	bad := filepath.Join(dir, "bad.warc")
	os.WriteFile(bad, []byte("this is not a WARC file at all\r\n\r\n"), 0o644)
	n := 0
	Read(bad, Options{}, func(d *newsgraph.Document) error {
		n++
		if d.Err == nil {
			t.Error("a damaged record gave no error")
		}
		return nil
	})
	if n != 1 {
		t.Errorf("damaged file gave %d documents, want one error document", n)
	}
}
