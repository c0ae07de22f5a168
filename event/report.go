package event

import (
	"github.com/newsgraph/newsgraph"
)

// attribute sets the status and reported_by of events that sit inside a
// statement: inside one of the article's quotes, or in the complement of a
// said-clause of the sentence ("X said Y had ...", "..., X said").
func attribute(a *newsgraph.Article, ws []word, chunks []chunk, m *match, ev *newsgraph.Event) {
	for _, q := range a.Quotes {
		if q.Start <= ev.Trigger.Start && ev.Trigger.End <= q.End {
			if q.Speaker != "" && hasEntity(ev.Source, q.Speaker) {
				return // "X said it would sign": X reports its own act
			}
			if ev.Status == StatusHappened {
				ev.Status = StatusClaimed
			}
			ev.ReportedBy = q.Speaker // "" when the quote's speaker is unresolved
			return
		}
	}
	// "X said (that) ... TRIGGER"
	r := -1
	for k := m.start - 1; k >= 0 && k >= m.start-clauseReach; k-- {
		if reporting[ws[k].low] {
			r = k
			break
		}
	}
	if r < 0 {
		// "TRIGGER ..., X said"
		for k := m.end; k < len(ws) && k < m.end+clauseReach; k++ {
			if reporting[ws[k].low] && k > 0 {
				r = k
				break
			}
		}
		if r < 0 {
			return
		}
		speaker := -1
		for j := range chunks {
			if chunks[j].start >= m.end && chunks[j].end <= r+3 && chunks[j].start <= r+2 {
				speaker = j
			}
		}
		setReporter(ev, chunks, speaker)
		return
	}
	speaker := -1
	for j := range chunks {
		if chunks[j].end <= r {
			speaker = j
		} else if ws[r].low == "according" && chunks[j].start > r && chunks[j].start <= r+3 {
			speaker = j
			break
		}
	}
	setReporter(ev, chunks, speaker)
}

func setReporter(ev *newsgraph.Event, chunks []chunk, speaker int) {
	if ev.Status == StatusHappened {
		ev.Status = StatusClaimed
	}
	if speaker < 0 {
		return
	}
	// only an entity ID: agent words ("officials") name no one
	ev.ReportedBy = chunks[speaker].actor.Entity
}

// placeOf returns the entity ID of a place named after "in" or "at" in the
// sentence, "" when none.
func placeOf(a *newsgraph.Article, ws []word, chunks []chunk) string {
	for _, c := range chunks {
		if c.start == 0 || c.actor.Entity == "" {
			continue
		}
		if p := ws[c.start-1].low; p != "in" && p != "at" {
			continue
		}
		for _, e := range a.Entities {
			if e.ID == c.actor.Entity && (e.Type == newsgraph.EntityGPE || e.Type == newsgraph.EntityLoc) {
				return e.ID
			}
		}
	}
	return ""
}

func hasEntity(as []newsgraph.Actor, id string) bool {
	for _, a := range as {
		if a.Entity == id {
			return true
		}
	}
	return false
}
