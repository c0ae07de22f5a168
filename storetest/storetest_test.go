package storetest

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// TestArticle checks that the fixture's spans cover the texts they claim, so
// that a store test failing on it points at the store, not the fixture.
func TestArticle(t *testing.T) {
	tests := []struct {
		name                            string
		body                            string
		entities, quotes, times, events int
	}{
		{"wire story", WireBody, 3, 1, 1, 1},
		{"with a prefix", "Dispatch from the harbour. " + WireBody, 3, 1, 1, 1},
		{"unrelated story", otherBody, 0, 0, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := Article("x", "title", tc.body, "2026-03-03")
			if len(a.Entities) != tc.entities || len(a.Quotes) != tc.quotes || len(a.Times) != tc.times || len(a.Events) != tc.events {
				t.Fatalf("%d entities %d quotes %d times %d events, want %d %d %d %d", len(a.Entities), len(a.Quotes), len(a.Times), len(a.Events),
					tc.entities, tc.quotes, tc.times, tc.events)
			}
			check := func(what string, m newsgraph.Mention) {
				t.Helper()
				if m.Start < 0 || m.End > len(tc.body) || m.Start >= m.End || tc.body[m.Start:m.End] != m.Text {
					t.Errorf("%s span %d-%d does not cover %q", what, m.Start, m.End, m.Text)
				}
			}
			for _, e := range a.Entities {
				for _, m := range e.Mentions {
					check("entity "+e.Name, m)
				}
			}
			for _, q := range a.Quotes {
				check("quote", newsgraph.Mention{Span: q.Span, Text: q.Text})
				check("cue", q.Cue)
				check("speaker", q.SpeakerText)
			}
			for _, x := range a.Times {
				check("time", newsgraph.Mention{Span: x.Span, Text: x.Text})
			}
			for _, ev := range a.Events {
				check("trigger", ev.Trigger)
				if s := ev.Sentence; s.End <= s.Start || s.Start > ev.Trigger.Start || s.End < ev.Trigger.End {
					t.Errorf("event sentence %d-%d does not hold its trigger %d-%d", s.Start, s.End, ev.Trigger.Start, ev.Trigger.End)
				}
			}
		})
	}
}

// TestJointArticle checks the joint-statement fixture's spans and that its
// quote has two speakers and no single one.
func TestJointArticle(t *testing.T) {
	a := JointArticle("x", "2026-03-02")
	if len(a.Entities) != 3 || len(a.Quotes) != 1 {
		t.Fatalf("%d entities %d quotes, want 3 1", len(a.Entities), len(a.Quotes))
	}
	q := a.Quotes[0]
	tests := []struct {
		what string
		m    newsgraph.Mention
	}{
		{"quote", newsgraph.Mention{Span: q.Span, Text: q.Text}},
		{"cue", q.Cue},
		{"speaker", q.SpeakerText},
		{"Kenya", a.Entities[0].Mentions[0]},
		{"Uganda", a.Entities[1].Mentions[0]},
		{"Kampala", a.Entities[2].Mentions[0]},
	}
	for _, tc := range tests {
		if m := tc.m; m.Start < 0 || m.End > len(a.Body) || m.Start >= m.End || a.Body[m.Start:m.End] != m.Text {
			t.Errorf("%s span %d-%d does not cover %q", tc.what, m.Start, m.End, m.Text)
		}
	}
	if q.SpeakerText.Start < q.End || q.Cue.Start < q.End {
		t.Errorf("speaker %d and cue %d do not follow the quote ending at %d", q.SpeakerText.Start, q.Cue.Start, q.End)
	}
	if q.Speaker != "" || len(q.Speakers) != 2 {
		t.Errorf("speaker %q speakers %q, want none and two", q.Speaker, q.Speakers)
	}
}
