package newsgraph

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// runeSlice returns the code points [start, end) of s, as Python would slice it.
func runeSlice(s string, start, end int) string {
	r := []rune(s)
	return string(r[start:end])
}

func TestJSONOffsetsAreCodePoints(t *testing.T) {
	body := "Zürich — Ангела Меркель met “Emmanuel Macron” 😀 in Genève."
	find := func(sub string) Span {
		i := strings.Index(body, sub)
		return Span{Start: i, End: i + len(sub)}
	}
	merkel, macron, geneve := find("Ангела Меркель"), find("Emmanuel Macron"), find("Genève")
	a := &Article{
		Body: body,
		Entities: []Entity{
			{ID: "e1", Name: "Ангела Меркель", Type: EntityPerson, Mentions: []Mention{{Span: merkel, Text: "Ангела Меркель"}}},
			{ID: "e2", Name: "Genève", Type: EntityGPE, Country: "CHE", Mentions: []Mention{{Span: geneve, Text: "Genève"}}},
		},
		Quotes: []Quote{{Span: macron, Text: "Emmanuel Macron", Kind: "direct", Claim: -1}},
		Times:  []Time{{Span: geneve, Text: "Genève", Type: "DATE", Value: "XXXX"}},
	}
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Body     string `json:"body"`
		Entities []struct {
			Mentions []TextSpan `json:"mentions"`
			Country  *string    `json:"country"`
		} `json:"entities"`
		Quotes []struct {
			Start, End int
			Cue        *TextSpan `json:"cue"`
			Claim      *int      `json:"claim"`
		} `json:"quotes"`
		Times []TextSpan `json:"times"`
		URL   *string    `json:"url"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	for _, e := range out.Entities {
		for _, m := range e.Mentions {
			if got := runeSlice(out.Body, m.Start, m.End); got != m.Text {
				t.Errorf("mention [%d,%d) slices to %q, want %q", m.Start, m.End, got, m.Text)
			}
		}
	}
	q := out.Quotes[0]
	if got := runeSlice(out.Body, q.Start, q.End); got != "Emmanuel Macron" {
		t.Errorf("quote slices to %q", got)
	}
	if q.Cue != nil || q.Claim != nil {
		t.Errorf("empty cue and claim -1 must be null/absent, got %+v", q)
	}
	if tm := out.Times[0]; runeSlice(out.Body, tm.Start, tm.End) != "Genève" {
		t.Errorf("time slices wrongly: %+v", tm)
	}
	if out.URL != nil {
		t.Errorf("unknown url must be null")
	}
	if out.Entities[0].Country != nil || *out.Entities[1].Country != "CHE" {
		t.Errorf("country: unknown must be null, known kept")
	}
}

func TestJSONEmptyListsNotNull(t *testing.T) {
	data, _ := json.Marshal(&Article{})
	for _, f := range []string{"authors", "contributors", "boilerplate", "images", "entities", "quotes", "times", "events", "warnings"} {
		if !strings.Contains(string(data), `"`+f+`":[]`) {
			t.Errorf("%s is not an empty list in %s", f, data)
		}
	}
}

func TestRuneIndexClamps(t *testing.T) {
	ri := newRuneIndex("héllo")
	for _, tt := range []struct{ b, want int }{{-3, 0}, {0, 0}, {1, 1}, {3, 2}, {6, 5}, {99, 5}} {
		if got := ri.at(tt.b); got != tt.want {
			t.Errorf("at(%d) = %d, want %d", tt.b, got, tt.want)
		}
	}
	if utf8.RuneCountInString("héllo") != 5 {
		t.Fatal("test text changed")
	}
}

func TestSpan(t *testing.T) {
	a := &Article{Body: "abc"}
	if a.Text(Span{1, 3}) != "bc" || a.Text(Span{2, 9}) != "" || a.Text(Span{2, 1}) != "" {
		t.Error("Article.Text does not guard its span")
	}
}
