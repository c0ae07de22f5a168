package quote

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func FuzzStage(f *testing.F) {
	for _, s := range []string{
		"“We are ready,” she said, “to talk.”",
		"Smith said on Friday that the plan would not pass.",
		"\"Unclosed quote said Smith.\n\nNext paragraph \"",
		"“a ‘b “c” d’ e” said X. ” stray",
		"According to , said: ― “",
		"Officials said (D-N.Y.), and said that",
		"''NYT style,'' he said.",
		"Otieno, the former minister, bemoaned it and said",
		"Jane Doe, 45, of Nakuru, said",
		"Mr. Kamau (a view echoed by",
		"All the experts I interviewed said",
		"“Done,” said the Rev. Paul Mutua, of",
		"Though X said it, voters",
		"Farmers said it and traders accused",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		a := &newsgraph.Article{Body: body}
		if err := (Stage{}).Annotate(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		for _, q := range a.Quotes {
			for _, s := range []newsgraph.Span{q.Span, q.Cue.Span, q.SpeakerText.Span} {
				if !s.Valid(len(body)) {
					t.Fatalf("span %v outside a body of %d bytes", s, len(body))
				}
			}
			if q.Len() == 0 {
				t.Fatalf("empty content")
			}
		}
	})
}
