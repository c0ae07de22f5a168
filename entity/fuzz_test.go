package entity

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// FuzzAnnotate feeds arbitrary bodies and mention spans to the stage: it must
// never panic, and every mention it keeps must lie inside the body.
func FuzzAnnotate(f *testing.F) {
	for _, st := range stories {
		f.Add(article(st.text).Body, uint64(0x0102030405060708), "PERSON")
	}
	f.Add("The U.N. (UN) said, UN (U.N.) ( ) ), ( (", uint64(99), "ORG")
	f.Add("Zoë, the minister's , , chief", uint64(7), "NORP")
	s := New(nil)
	f.Fuzz(func(t *testing.T, body string, seed uint64, typ string) {
		a := &newsgraph.Article{Body: body}
		x := seed
		next := func() int {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			return int(x % uint64(len(body)+3))
		}
		types := []string{typ, "PERSON", "ORG", "GPE", "NORP", "MISC", "LOC"}
		for i := 0; i < 12; i++ {
			st, en := next()-1, next()-1
			if i%3 == 0 && st > en {
				st, en = en, st
			}
			a.Entities = append(a.Entities, newsgraph.Entity{Type: types[i%len(types)],
				Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: st, End: en}}}})
		}
		if i := len(body) / 2; len(body) > 4 {
			a.Sentences = []newsgraph.Span{{Start: i, End: len(body)}, {Start: 0, End: i}}
		}
		if err := s.Annotate(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if !m.Valid(len(body)) || body[m.Start:m.End] != m.Text {
					t.Fatalf("bad mention %+v in %q", m, body)
				}
			}
		}
	})
}
