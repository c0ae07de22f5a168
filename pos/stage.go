package pos

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/tokenize"
)

// Stage is the pipeline stage that sets Tag on every token of Article.Tokens,
// sentence by sentence. It runs the tokenizer first when the article has no
// tokens yet. Text in a language other than English is left untagged, with a
// warning.
type Stage struct {
	// Model is the tagger to use; nil means the embedded model (Default).
	Model *Model
}

// Name returns "pos".
func (Stage) Name() string { return "pos" }

// Annotate tags a's tokens.
func (s Stage) Annotate(ctx context.Context, a *newsgraph.Article) error {
	if ok, err := tokenize.ForEnglish(ctx, a, "pos", "no tokens were tagged"); !ok {
		return err
	}
	m := s.Model
	if m == nil {
		var err error
		if m, err = Default(); err != nil {
			a.Warn(fmt.Sprintf("pos: no tokens tagged: %v", err))
			return nil
		}
	}
	TagTokens(m, a.Tokens, tokenize.SentenceRanges(a))
	return nil
}

// TagTokens sets Tag on toks, one sentence (a token range [start, end)) at a time.
func TagTokens(m *Model, toks []newsgraph.Token, sents [][2]int) {
	var ws []word
	var tags []uint8
	for _, r := range sents {
		ws = ws[:0]
		for k := r[0]; k < r[1]; k++ {
			ws = append(ws, m.newWord(toks[k].Text))
		}
		tags = m.tag(ws, tags[:0])
		for i, t := range tags {
			toks[r[0]+i].Tag = Tags[t]
		}
	}
}
