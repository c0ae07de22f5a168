package polnear

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/quote"
	"github.com/newsgraph/newsgraph/sharedtest"
	"github.com/newsgraph/newsgraph/tokenize"
)

// TestDevBars runs the quote rules on the PolNeAR dev articles and guards the
// bars of issue 5, the figures `newsgraph eval quotes` prints: content overlap
// F1 at least 0.85, source and cue attribution-level exact F1 at least 0.80
// (measured 0.884, 0.840 and 0.806 after the tenth pass; see
// docs/bench/quotes.md).
func TestDevBars(t *testing.T) {
	c, err := Load(sharedtest.Path(t, "eval/quotes"))
	if err != nil {
		t.Fatal(err)
	}
	var preds []Prediction
	for _, doc := range c.Docs {
		a := &newsgraph.Article{ID: doc, Body: c.Texts[doc]}
		if err := (tokenize.Stage{}).Annotate(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		found, _ := quote.Extract(a)
		preds = append(preds, Predictions(doc, a.Body, found)...)
	}
	pm, err := c.Convert(preds)
	if err != nil {
		t.Fatal(err)
	}
	content, source, cue := c.Score(pm).Headline()
	t.Logf("contentF1 %.5f sourceF1 %.5f cueF1 %.5f (%d predictions)", content, source, cue, len(preds))
	for _, f := range []struct {
		name      string
		got, want float64
	}{{"content overlap", content, 0.85}, {"source exact", source, 0.80}, {"cue exact", cue, 0.80}} {
		if f.got < f.want {
			t.Errorf("%s F1 %.4f, below the bar %.2f", f.name, f.got, f.want)
		}
	}
}
