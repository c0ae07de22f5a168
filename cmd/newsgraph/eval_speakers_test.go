package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// speakerDoc writes one MEANTIME-style document whose gold coreference links
// each named span to the instance given for it.
func speakerDoc(t *testing.T, text string, refs map[string]string) string {
	t.Helper()
	var ms []meantimeMarkable
	var rs []meantimeRelation
	for span, inst := range refs {
		i := strings.Index(text, span)
		if i < 0 {
			t.Fatalf("%q not in the text", span)
		}
		id := "m" + span
		ms = append(ms, meantimeMarkable{id, "ENTITY_MENTION", i, i + len(span), map[string]string{"syntactic_type": "NAM"}})
		rs = append(rs, meantimeRelation{"REFERS_TO", []string{id}, []string{inst}})
	}
	doc := map[string]any{"id": "doc1", "published": "2020-03-02", "text": text,
		"gold": map[string]any{"markables": ms, "relations": rs}}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "docs.jsonl")
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestEvalSpeakers(t *testing.T) {
	text := "Acme Motors cut 500 jobs on Monday. The company said sales would recover. " +
		"Jane Doe, its chief executive, said the cuts were painful. She said more would follow. " +
		"Analysts said the shares would fall."
	tests := []struct {
		name     string
		refs     map[string]string
		wantAll  string
		wantErrs []string
	}{
		{
			name:    "every speaker resolved to its gold entity",
			refs:    map[string]string{"Acme Motors": "E1", "The company": "E1", "Jane Doe": "E2", "She": "E2"},
			wantAll: "precision 1.000 recall 1.000 judged 3",
		},
		{
			// the gold (made wrong on purpose) says "She" is the company: the
			// resolution to Jane Doe is then counted wrong
			name:     "a resolution to another entity than the gold's is wrong",
			refs:     map[string]string{"Acme Motors": "E1", "The company": "E1", "Jane Doe": "E2", "She": "E1"},
			wantAll:  "precision 0.667 recall 0.667 judged 3",
			wantErrs: []string{`WRONG      doc1 "She" -> "Jane Doe" (gold Acme Motors)`},
		},
		{
			name:     "a speaker the gold links and newsgraph does not is unresolved",
			refs:     map[string]string{"Analysts": "E3", "Jane Doe": "E2", "She": "E2"},
			wantAll:  "precision 1.000 recall 0.667 judged 3",
			wantErrs: []string{`UNRESOLVED doc1 "Analysts" -> ""`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", "eval", "speakers", "--errors", "10", speakerDoc(t, text, tc.refs))
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if !strings.Contains(out, tc.wantAll) {
				t.Errorf("output lacks %q:\n%s", tc.wantAll, out)
			}
			for _, w := range tc.wantErrs {
				if !strings.Contains(errOut, w) {
					t.Errorf("errors lack %q:\n%s", w, errOut)
				}
			}
		})
	}
}

func TestSpeakerInstance(t *testing.T) {
	gold := []goldMention{
		{newsgraph.Span{Start: 0, End: 8}, "E1"},   // "Jane Doe"
		{newsgraph.Span{Start: 0, End: 30}, "E1"},  // "Jane Doe, its chief executive"
		{newsgraph.Span{Start: 14, End: 30}, "E2"}, // "chief executive" read as its own entity
		{newsgraph.Span{Start: 40, End: 45}, "E3"},
	}
	tests := []struct {
		span newsgraph.Span
		want string
	}{
		{newsgraph.Span{Start: 0, End: 31}, "E1"},  // the longest mention at the start
		{newsgraph.Span{Start: 10, End: 31}, "E2"}, // else the first inside
		{newsgraph.Span{Start: 38, End: 44}, ""},   // a mention running past the span is not inside
		{newsgraph.Span{Start: 50, End: 60}, ""},
	}
	for _, tc := range tests {
		if got := speakerInstance(gold, tc.span); got != tc.want {
			t.Errorf("speakerInstance(%v) = %q, want %q", tc.span, got, tc.want)
		}
	}
}
