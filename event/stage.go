package event

import (
	"context"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/pos"
)

// Stage fills Article.Events. It needs Article.Tokens and Article.Sentences
// (the tokenize stage), tags the tokens when the pos stage did not run, and
// uses Entities, Quotes and Times when they are there.
type Stage struct {
	Coder *Coder // nil: NewCoder(nil)
}

// Name implements newsgraph.Stage.
func (Stage) Name() string { return "event" }

// Annotate implements newsgraph.Stage.
func (s Stage) Annotate(ctx context.Context, a *newsgraph.Article) error {
	c := s.Coder
	if c == nil {
		c = NewCoder(nil)
	}
	if len(a.Tokens) == 0 || len(a.Sentences) == 0 {
		if a.Body != "" {
			a.Warn("event: no tokens or sentences (run the tokenize stage first); no events coded")
		}
		return nil
	}
	if a.Tokens[0].Tag == "" && (a.Language == "" || a.Language == "en") {
		if err := (pos.Stage{}).Annotate(ctx, a); err != nil {
			return err
		}
	}
	first := len(a.Events)
	defer func() { linkAnswers(a.Events, first) }()
	for i, sent := range a.Sentences {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		for _, e := range c.CodeSentence(a, sent) {
			a.Events = append(a.Events, e.Event)
		}
	}
	return nil
}
