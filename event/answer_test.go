package event

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/tokenize"
)

func TestDenialAnswersClaim(t *testing.T) {
	tests := []struct {
		name string
		body string
		// want maps the PLOVER type and status of an answering event to the
		// PLOVER type and status of the claim it must answer.
		want map[[2]string][2]string
	}{
		{
			name: "accusation then denial by both accused",
			body: "Maria Lindqvist accused Belarus of illegally transferring missiles to Serbia. Belarus and Serbia denied transferring any missiles.",
			want: map[[2]string][2]string{
				{"REJECT", StatusHappened}: {"ACCUSE", StatusHappened},
				{"AID", StatusNegated}:     {"AID", StatusClaimed},
			},
		},
		{
			name: "denial by someone else answers nothing",
			body: "Maria Lindqvist accused Belarus of illegally transferring missiles to Serbia. Chile denied any role in the talks.",
			want: map[[2]string][2]string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &newsgraph.Article{Body: tt.body}
			if err := (tokenize.Stage{}).Annotate(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			if err := (Stage{}).Annotate(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			got := map[[2]string][2]string{}
			for _, e := range a.Events {
				if j, ok := e.Answered(); ok {
					c := a.Events[j]
					got[[2]string{e.PLOVER, e.Status}] = [2]string{c.PLOVER, c.Status}
				}
			}
			if len(got) != len(tt.want) {
				t.Errorf("links %v, want %v (events %+v)", got, tt.want, a.Events)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%v answers %v, want %v", k, got[k], v)
				}
			}
		})
	}
}
