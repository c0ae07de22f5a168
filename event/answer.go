package event

import "github.com/newsgraph/newsgraph"

// linkAnswers links each denial or rejection in events to the claim it
// answers: the nearest earlier accusation (ACCUSE) that names one of the
// denial's sources among its actors, else the nearest earlier event reported
// as claimed that does. A
// negated event in the same sentence as a denial ("denied transferring
// missiles") is linked to the nearest earlier claimed event of the same type.
// Links are written to Event.Answers; events before first are not relinked.
// A claim is looked for among the maxLookback events before the denial, which
// keeps the work linear in long articles.
func linkAnswers(events []newsgraph.Event, first int) {
	for i := first; i < len(events); i++ {
		d := &events[i]
		switch {
		case d.PLOVER == "REJECT" && d.Status != StatusNegated:
			// An accusation is the claim a denial answers first; a claim
			// reported some other way ("said Belarus had sent ...") next.
			for _, accusation := range []bool{true, false} {
				for j := i - 1; j >= 0 && j >= i-maxLookback && d.Answers == 0; j-- {
					c := &events[j]
					if (c.PLOVER == "ACCUSE") == accusation && (accusation || c.Status == StatusClaimed) &&
						c.Sentence != d.Sentence && sharesActor(d.Source, c.Source, c.Target) {
						d.Answers = j + 1
					}
				}
			}
		case d.Status == StatusNegated && deniedIn(events, i):
			for j := i - 1; j >= 0 && j >= i-maxLookback; j-- {
				c := &events[j]
				if c.Status == StatusClaimed && c.PLOVER == d.PLOVER && c.Sentence != d.Sentence {
					d.Answers = j + 1
					break
				}
			}
		}
	}
}

// maxLookback bounds how far back a denial looks for its claim.
const maxLookback = 200

// deniedIn reports whether events[i] shares its sentence with a REJECT event.
// Events come in sentence order, so only the neighbours need a look.
func deniedIn(events []newsgraph.Event, i int) bool {
	for _, step := range []int{-1, 1} {
		for j := i + step; j >= 0 && j < len(events) && events[j].Sentence == events[i].Sentence; j += step {
			if events[j].PLOVER == "REJECT" {
				return true
			}
		}
	}
	return false
}

// sharesActor reports whether any actor of who appears in one of the lists,
// by entity ID or, failing that, by country.
func sharesActor(who []newsgraph.Actor, lists ...[]newsgraph.Actor) bool {
	for _, w := range who {
		for _, l := range lists {
			for _, o := range l {
				if (w.Entity != "" && w.Entity == o.Entity) || (w.Country != "" && w.Country == o.Country) {
					return true
				}
			}
		}
	}
	return false
}
