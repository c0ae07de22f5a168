package sqlstore

import (
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestSearchTerms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"   ", nil},
		{"port strike", []string{"port", "strike"}},
		{`"harbour authority" vote*`, []string{"harbour authority", "vote*"}},
		{`ministry "open ended`, []string{"ministry", "open ended"}},
		{"a\tb\nc", []string{"a", "b", "c"}},
		{`x"y"`, []string{"x", "y"}},
	} {
		if got := SearchTerms(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("SearchTerms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLimits(t *testing.T) {
	for _, tc := range []struct {
		p             newsgraph.Page
		limit, offset int
	}{
		{newsgraph.Page{}, 50, 0},
		{newsgraph.Page{Limit: -3, Offset: -1}, 50, 0},
		{newsgraph.Page{Limit: 20, Offset: 40}, 20, 40},
		{newsgraph.Page{Limit: 5000}, MaxLimit, 0},
	} {
		if l, o := Limits(tc.p); l != tc.limit || o != tc.offset {
			t.Errorf("Limits(%+v) = %d, %d, want %d, %d", tc.p, l, o, tc.limit, tc.offset)
		}
	}
}

func TestWhere(t *testing.T) {
	var w Where
	if got := w.SQL(); got != "" {
		t.Errorf("empty Where: %q", got)
	}
	w.Add("a = ?", 1)
	w.Add("b = 1")
	w.Add("c IN (?, ?)", "x", "y")
	if got, want := w.SQL(), " WHERE a = ? AND b = 1 AND c IN (?, ?)"; got != want {
		t.Errorf("SQL() = %q, want %q", got, want)
	}
	if want := []any{1, "x", "y"}; !reflect.DeepEqual(w.Args, want) {
		t.Errorf("Args = %v, want %v", w.Args, want)
	}
}

func TestSpans(t *testing.T) {
	for _, tc := range []struct {
		in, want []newsgraph.Span
	}{
		{nil, []newsgraph.Span{}},
		{[]newsgraph.Span{{Start: 0, End: 12}, {Start: 13, End: 40}}, []newsgraph.Span{{Start: 0, End: 12}, {Start: 13, End: 40}}},
		{[]newsgraph.Span{{Start: -4, End: 7}}, []newsgraph.Span{{Start: 0, End: 7}}},
	} {
		if got := UnpackSpans(PackSpans(tc.in)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("spans %v came back as %v, want %v", tc.in, got, tc.want)
		}
	}
	if got := UnpackSpans([]byte{1, 2, 3}); len(got) != 0 {
		t.Errorf("partial pair decoded as %v", got)
	}
}
