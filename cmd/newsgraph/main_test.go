package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// runCLI runs the command line and returns its exit status and outputs.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}, args)
	return code, out.String(), errb.String()
}

func TestHelp(t *testing.T) {
	code, out, _ := runCLI(t, "", "help")
	if code != 0 || !strings.Contains(out, "extract") || !strings.Contains(out, "eval") {
		t.Fatalf("help: exit %d, output %q", code, out)
	}
	for name := range commands {
		code, _, errOut := runCLI(t, "", name, "-h")
		if code != 0 || !strings.Contains(errOut, "Usage: newsgraph "+name) {
			t.Errorf("%s -h: exit %d, stderr %q", name, code, errOut)
		}
	}
	if code, _, _ := runCLI(t, "", "no-such-command"); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
}

// records decodes JSON Lines output.
func records(t *testing.T, out string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var r map[string]any
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("output is not JSON Lines: %v\n%s", err, out)
		}
		recs = append(recs, r)
	}
	return recs
}

func TestExtractContract(t *testing.T) {
	dir := t.TempDir()
	page := `<!DOCTYPE html><html lang="en"><head><title>Harbour strike ends after three weeks</title>
<meta property="og:site_name" content="The Coastal Herald">
<meta property="article:published_time" content="2024-03-05T09:30:00Z"></head>
<body><article><h1>Harbour strike ends after three weeks</h1>
<p>Dock workers at the northern harbour returned to work on Tuesday after union leaders accepted a revised pay offer from the port authority.</p>
<p>The strike had halted most container traffic since mid-February, and shipping companies said it would take weeks to clear the backlog of vessels waiting offshore.</p>
<p>"We got most of what we asked for," the union's regional secretary told reporters outside the port gates on Tuesday morning.</p>
</article></body></html>`
	os.WriteFile(filepath.Join(dir, "story.html"), []byte(page), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.html"), nil, 0o644)
	code, out, errOut := runCLI(t, "", "extract", dir)
	if code != 1 {
		t.Errorf("exit %d with one failed input, want 1 (stderr %q)", code, errOut)
	}
	recs := records(t, out)
	if len(recs) != 2 {
		t.Fatalf("got %d records, want 2", len(recs))
	}
	fields := []string{"id", "url", "source", "title", "section", "dateline", "published", "language", "authors",
		"contributors", "body", "boilerplate", "images", "entities", "quotes", "times", "events", "warnings"}
	for _, f := range fields {
		if _, ok := recs[1][f]; !ok {
			t.Errorf("record lacks field %q", f)
		}
	}
	if recs[0]["error"] == nil || !strings.Contains(recs[0]["error"].(string), "empty") {
		t.Errorf("empty file: error = %v", recs[0]["error"])
	}
	if body, _ := recs[1]["body"].(string); !strings.Contains(body, "Dock workers") {
		t.Errorf("body = %q", body)
	}
}

func TestExtractOverrides(t *testing.T) {
	in := `{"text": "Dock workers returned to work on Tuesday after union leaders accepted a revised pay offer from the port authority, ending a strike that had lasted three weeks."}`
	code, out, errOut := runCLI(t, in, "extract", "--published", "2024-03-05", "--url", "https://example.org/harbour", "--source", "Herald", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	r := records(t, out)[0]
	if r["published"] != "2024-03-05" || r["url"] != "https://example.org/harbour" || r["source"] != "Herald" {
		t.Errorf("overrides not applied: %v %v %v", r["published"], r["url"], r["source"])
	}
	if code, _, _ := runCLI(t, in, "extract", "--published", "someday", "-"); code != 2 {
		t.Errorf("bad --published: exit %d, want 2", code)
	}
	if code, _, _ := runCLI(t, in, "extract"); code != 2 {
		t.Errorf("no paths: exit %d, want 2", code)
	}
}

// TestExtractBadInput runs every kind of bad input through the whole command:
// each gets a record (with error or warnings), none stops the run.
func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	var gzPage bytes.Buffer
	zw := gzip.NewWriter(&gzPage)
	zw.Write([]byte("<html><body><p>" + strings.Repeat("Ministers met in the capital on Monday to discuss the budget. ", 40) + "</p></body></html>"))
	zw.Close()
	files := map[string][]byte{
		"1-empty.html":        nil,
		"2-binary.html":       {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 0, 3},
		"3-truncated.html.gz": gzPage.Bytes()[:gzPage.Len()/2],
		"4-invalid-utf8.txt":  []byte("Ministers met \xff\xfe in the capital on Monday \xc3 to discuss the budget, officials said."),
		"5-deep.html":         []byte("<html><body>" + strings.Repeat("<div>", 100000) + "<p>Deep.</p>" + strings.Repeat("</div>", 100000) + "</body></html>"),
		"6-no-article.html":   []byte("<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav></body></html>"),
		"7-control.txt":       []byte("Ministers met\x01 in the capital 😀 on Monday.\u200b"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, _ := runCLI(t, "", "extract", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 (some inputs failed)", code)
	}
	recs := records(t, out)
	if len(recs) != len(files) {
		t.Fatalf("got %d records for %d inputs", len(recs), len(files))
	}
	wantError := map[string]bool{"1-empty.html": true, "2-binary.html": true}
	for _, r := range recs {
		name := filepath.Base(r["origin"].(string))
		_, hasErr := r["error"]
		warnings, _ := r["warnings"].([]any)
		if wantError[name] != hasErr {
			t.Errorf("%s: error present = %v, want %v (%v)", name, hasErr, wantError[name], r["error"])
		}
		if !hasErr && len(warnings) == 0 && name != "4-invalid-utf8.txt" && name != "7-control.txt" {
			t.Errorf("%s: a partial result needs a warning saying what is missing", name)
		}
		if body, _ := r["body"].(string); !utf8.ValidString(body) {
			t.Errorf("%s: body is not valid UTF-8", name)
		}
	}
}
