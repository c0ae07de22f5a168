package tokenize

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph"
)

// Stage is the pipeline stage that fills Article.Tokens and Article.Sentences
// from Article.Body.
type Stage struct{}

// Name returns "tokenize".
func (Stage) Name() string { return "tokenize" }

// Annotate replaces a.Tokens and a.Sentences with those of a.Body. It warns when
// a sentence had to be cut at MaxSentenceTokens (text without sentence
// punctuation), since later stages see arbitrary sentence boundaries there.
func (Stage) Annotate(ctx context.Context, a *newsgraph.Article) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	a.Tokens = Tokens(a.Body)
	a.Sentences = Sentences(a.Body, a.Tokens)
	cut := 0
	k := 0
	for _, s := range a.Sentences {
		n := 0
		for k < len(a.Tokens) && a.Tokens[k].End <= s.End {
			n++
			k++
		}
		if n >= MaxSentenceTokens {
			cut++
		}
	}
	if cut > 0 {
		a.Warn(fmt.Sprintf("tokenize: %d sentence(s) of %d tokens or more without sentence punctuation were cut; sentence boundaries there are arbitrary", cut, MaxSentenceTokens))
	}
	return nil
}

// Ensure runs the stage on a when a has a body but no tokens yet, so that a
// later stage can run on its own.
func Ensure(ctx context.Context, a *newsgraph.Article) error {
	if len(a.Tokens) > 0 || a.Body == "" {
		return nil
	}
	return Stage{}.Annotate(ctx, a)
}
