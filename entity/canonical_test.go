package entity

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestCanonicalPrefersOrdinaryCase(t *testing.T) {
	body := "NAIROBI, Kenya — Traders in Nairobi said prices rose."
	a := &newsgraph.Article{Body: body}
	for _, name := range []string{"NAIROBI", "Kenya", "Nairobi"} {
		i := strings.Index(body, name)
		a.Entities = append(a.Entities, newsgraph.Entity{Name: name, Type: newsgraph.EntityGPE,
			Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: i, End: i + len(name)}, Text: name}}})
	}
	if err := New(nil).Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Entities {
		if strings.EqualFold(e.Name, "nairobi") {
			if e.Name != "Nairobi" || len(e.Mentions) != 2 {
				t.Errorf("got %q with %d mentions, want \"Nairobi\" with 2", e.Name, len(e.Mentions))
			}
			return
		}
	}
	t.Errorf("no Nairobi entity in %+v", a.Entities)
}
