package quote_test

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/quote"
	"github.com/newsgraph/newsgraph/tokenize"
)

func Example() {
	a := &newsgraph.Article{Body: "“We are ready,” Amina Yusuf said, “to talk.” " +
		"The ministry said in a statement that its border posts would reopen on Monday."}
	ctx := context.Background()
	_ = tokenize.Stage{}.Annotate(ctx, a)
	_ = quote.Stage{}.Annotate(ctx, a)
	for _, q := range a.Quotes {
		fmt.Printf("%s | %s | %s | %s\n", q.SpeakerText.Text, q.Cue.Text, q.Kind, q.Text)
	}
	// Output:
	// Amina Yusuf | said | direct | “We are ready,” … “to talk.”
	// The ministry | said | indirect | that its border posts would reopen on Monday
}
