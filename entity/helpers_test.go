package entity

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// article builds an article from marked-up text: "[Angela Merkel|PERSON] said"
// gives the body "Angela Merkel said" with one PERSON mention, as the ner stage
// leaves it (one entity per mention, no ID).
func article(marked string) *newsgraph.Article {
	var body strings.Builder
	var ents []newsgraph.Entity
	for {
		i := strings.IndexByte(marked, '[')
		if i < 0 {
			body.WriteString(marked)
			break
		}
		j := strings.IndexByte(marked[i:], ']')
		if j < 0 {
			body.WriteString(marked)
			break
		}
		j += i
		body.WriteString(marked[:i])
		inner := marked[i+1 : j]
		text, typ, _ := strings.Cut(inner, "|")
		start := body.Len()
		body.WriteString(text)
		ents = append(ents, newsgraph.Entity{Name: text, Type: typ, Mentions: []newsgraph.Mention{
			{Span: newsgraph.Span{Start: start, End: body.Len()}, Text: text}}})
		marked = marked[j+1:]
	}
	return &newsgraph.Article{Body: body.String(), Entities: ents}
}

// want is the expected description of one entity, found by its name.
type want struct {
	name     string
	typ      string
	country  string
	roles    []string // each must be among the entity's roles
	orgs     []string // each must be among the entity's orgs
	mentions []string // the entity's mention texts, in order (nil: not checked)
	noRoles  bool     // the entity must have no roles
}

func run(t *testing.T, s *Stage, a *newsgraph.Article) {
	t.Helper()
	if err := s.Annotate(context.Background(), a); err != nil {
		t.Fatalf("Annotate: %v", err)
	}
}

func byName(a *newsgraph.Article, name string) *newsgraph.Entity {
	for i := range a.Entities {
		if a.Entities[i].Name == name {
			return &a.Entities[i]
		}
	}
	return nil
}

func names(a *newsgraph.Article) []string {
	var out []string
	for _, e := range a.Entities {
		out = append(out, e.ID+"="+e.Name+"/"+e.Type)
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func check(t *testing.T, a *newsgraph.Article, w want) {
	t.Helper()
	e := byName(a, w.name)
	if e == nil {
		t.Errorf("no entity named %q; have %v", w.name, names(a))
		return
	}
	if w.typ != "" && e.Type != w.typ {
		t.Errorf("%s: type %s, want %s", w.name, e.Type, w.typ)
	}
	if e.Country != w.country {
		t.Errorf("%s: country %q, want %q", w.name, e.Country, w.country)
	}
	for _, r := range w.roles {
		if !contains(e.Roles, r) {
			t.Errorf("%s: roles %q, want %q among them", w.name, e.Roles, r)
		}
	}
	if w.noRoles && len(e.Roles) > 0 {
		t.Errorf("%s: roles %q, want none", w.name, e.Roles)
	}
	for _, o := range w.orgs {
		if !contains(e.Orgs, o) {
			t.Errorf("%s: orgs %q, want %q among them", w.name, e.Orgs, o)
		}
	}
	if w.mentions != nil {
		var got []string
		for _, m := range e.Mentions {
			got = append(got, m.Text)
			if a.Body[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %q does not match its span %v", w.name, m.Text, m.Span)
			}
		}
		if strings.Join(got, "|") != strings.Join(w.mentions, "|") {
			t.Errorf("%s: mentions %q, want %q", w.name, got, w.mentions)
		}
	}
}
