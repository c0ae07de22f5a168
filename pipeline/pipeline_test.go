package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// fakeExtractor returns the document's bytes as the body.
type fakeExtractor struct{}

func (fakeExtractor) Extract(_ context.Context, d *newsgraph.Document) (*newsgraph.Article, error) {
	s := string(d.Data)
	switch {
	case s == "fail":
		return nil, errors.New("cannot extract")
	case s == "panic":
		panic("boom")
	case strings.HasPrefix(s, "url:"):
		return &newsgraph.Article{URL: strings.TrimPrefix(s, "url:"), Body: "x", Published: "2024-01-02"}, nil
	}
	return &newsgraph.Article{Body: s, Published: "2024-01-02"}, nil
}

type stageFunc struct {
	name string
	fn   func(*newsgraph.Article) error
}

func (s stageFunc) Name() string { return s.name }
func (s stageFunc) Annotate(_ context.Context, a *newsgraph.Article) error {
	return s.fn(a)
}

func testPipeline() *Pipeline {
	return New(Options{
		Extractors: map[newsgraph.Format]newsgraph.Extractor{newsgraph.FormatText: fakeExtractor{}},
		Stages: []newsgraph.Stage{
			stageFunc{"count", func(a *newsgraph.Article) error { a.Title = fmt.Sprint(len(a.Body)); return nil }},
			stageFunc{"picky", func(a *newsgraph.Article) error {
				if a.Body == "picky" {
					return errors.New("does not like it")
				}
				return nil
			}},
			stageFunc{"fragile", func(a *newsgraph.Article) error {
				if a.Body == "crash" {
					var m map[string]int
					m["x"]++
				}
				return nil
			}},
		},
	})
}

func TestProcess(t *testing.T) {
	tests := []struct {
		name      string
		doc       newsgraph.Document
		wantErr   string
		wantWarn  string
		wantTitle string
		wantPub   string
	}{
		{name: "ok", doc: newsgraph.Document{Format: newsgraph.FormatText, Data: []byte("hello")}, wantTitle: "5", wantPub: "2024-01-02"},
		{name: "input error", doc: newsgraph.Document{Origin: "x.html", Err: errors.New("x.html is empty")}, wantErr: "x.html is empty"},
		{name: "no extractor", doc: newsgraph.Document{Origin: "a", Format: newsgraph.FormatHTML, Data: []byte("<p>")}, wantErr: "no extractor"},
		{name: "extractor error", doc: newsgraph.Document{Format: newsgraph.FormatText, Data: []byte("fail")}, wantErr: "cannot extract"},
		{name: "extractor panic", doc: newsgraph.Document{Format: newsgraph.FormatText, Data: []byte("panic")}, wantErr: "internal error"},
		{name: "stage error is a warning", doc: newsgraph.Document{Format: newsgraph.FormatText, Data: []byte("picky")}, wantWarn: "picky: does not like it", wantTitle: "5"},
		{name: "stage panic is a warning", doc: newsgraph.Document{Format: newsgraph.FormatText, Data: []byte("crash")}, wantWarn: "fragile: internal error", wantTitle: "5"},
		{name: "published override", doc: newsgraph.Document{Format: newsgraph.FormatText, Data: []byte("hi"), Published: "March 5, 2024"}, wantPub: "2024-03-05", wantTitle: "2"},
		{name: "bad published override", doc: newsgraph.Document{Format: newsgraph.FormatText, Data: []byte("hi"), Published: "soon"}, wantPub: "2024-01-02", wantWarn: "not a date", wantTitle: "2"},
	}
	p := testPipeline()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := p.Process(context.Background(), &tt.doc)
			if a == nil {
				t.Fatal("Process returned nil")
			}
			if tt.wantErr != "" {
				if !strings.Contains(a.Error, tt.wantErr) {
					t.Errorf("Error = %q, want %q", a.Error, tt.wantErr)
				}
				if a.ID == "" {
					t.Error("a failed record still needs an id")
				}
				return
			}
			if a.Error != "" {
				t.Fatalf("unexpected Error %q", a.Error)
			}
			if a.Title != tt.wantTitle {
				t.Errorf("Title = %q, want %q (later stages must run)", a.Title, tt.wantTitle)
			}
			if tt.wantPub != "" && a.Published != tt.wantPub {
				t.Errorf("Published = %q, want %q", a.Published, tt.wantPub)
			}
			w := strings.Join(a.Warnings, "\n")
			if tt.wantWarn != "" && !strings.Contains(w, tt.wantWarn) {
				t.Errorf("Warnings = %q, want %q", w, tt.wantWarn)
			}
		})
	}
}

func TestNormaliseDate(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"2024-03-05", "2024-03-05", true},
		{"2024-03-05T14:30:00Z", "2024-03-05T14:30:00Z", true},
		{"2024-03-05T14:30:00+02:00", "2024-03-05T14:30:00+02:00", true},
		{"Tue, 05 Mar 2024 14:30:00 GMT", "2024-03-05T14:30:00Z", true},
		{"March 5, 2024", "2024-03-05", true},
		{"2024-03", "2024-03", true},
		{"2024-03-05T14:30", "2024-03-05T14:30:00", true},
		{"Tue, 05 Mar 2024 14:30:00 EST", "2024-03-05T14:30:00-05:00", true},
		{"5 March 2024", "2024-03-05", true},
		{"Mar. 5, 2024", "2024-03-05", true},
		{"March 2024", "2024-03", true},
		{"2024", "2024", true},
		{"1850-06-01", "1850-06-01", true},
		{"03/05/2024", "", false},
		{"2024-02-30", "", false},
		{"99999", "", false},
		{"", "", false},
		{"yesterday", "", false},
	}
	for _, tt := range tests {
		got, ok := NormaliseDate(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("NormaliseDate(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestStreamOrder(t *testing.T) {
	p := testPipeline()
	in := make(chan *newsgraph.Document)
	go func() {
		for i := 0; i < 200; i++ {
			in <- &newsgraph.Document{Origin: fmt.Sprint(i), Format: newsgraph.FormatText, Data: []byte(strings.Repeat("x", i%17+1))}
		}
		close(in)
	}()
	i := 0
	for a := range p.Stream(context.Background(), in, 4) {
		if a.Origin != fmt.Sprint(i) {
			t.Fatalf("article %d came out as %s", i, a.Origin)
		}
		i++
	}
	if i != 200 {
		t.Fatalf("got %d articles, want 200", i)
	}
}

func TestStreamCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan *newsgraph.Document)
	out := testPipeline().Stream(ctx, in, 2)
	cancel()
	for range out { // must close without in being closed
	}
}

func TestProcessBoundsAnnotation(t *testing.T) {
	para := strings.Repeat("word ", 40) + "end."
	body := strings.Repeat(para+"\n\n", 100) // about 20 KB
	var seen int
	p := New(Options{
		Extractors: map[newsgraph.Format]newsgraph.Extractor{newsgraph.FormatText: fakeExtractor{}},
		Stages: []newsgraph.Stage{stageFunc{"measure", func(a *newsgraph.Article) error {
			seen = len(a.Body)
			a.Times = append(a.Times, newsgraph.Time{Span: newsgraph.Span{Start: 0, End: 4}, Text: "word"})
			a.Warn("measure: looked")
			return nil
		}}},
		MaxAnnotateBytes: 5000,
	})
	a := p.Process(context.Background(), &newsgraph.Document{Format: newsgraph.FormatText, Data: []byte(body)})
	if a.Body != body {
		t.Fatalf("the body was changed: %d bytes, want %d", len(a.Body), len(body))
	}
	if seen == 0 || seen > 5000 || !strings.HasSuffix(body[:seen], "end.") {
		t.Errorf("the stage saw %d bytes, want a paragraph-aligned prefix of at most 5000", seen)
	}
	if len(a.Times) != 1 || a.Text(a.Times[0].Span) != "word" {
		t.Errorf("annotations of the prefix were not kept: %+v", a.Times)
	}
	w := strings.Join(a.Warnings, "\n")
	if !strings.Contains(w, "only its first") || !strings.Contains(w, "measure: looked") {
		t.Errorf("warnings = %q", w)
	}
}
