package tokenize

import (
	"context"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/lang"
)

// ForEnglish prepares a for a stage whose models read English tokens. It
// reports whether the stage should run: not when ctx is done (its error is
// returned), not when the text is in another language (a warning names stage
// and what it skipped, as lang.SkipUnlessEnglish words it), and not when a
// has no tokens after tokenizing. It tokenizes a when the tokenize stage did
// not run.
func ForEnglish(ctx context.Context, a *newsgraph.Article, stage, skipped string) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	if lang.SkipUnlessEnglish(a, stage, skipped) {
		return false, nil
	}
	if err := Ensure(ctx, a); err != nil {
		return false, err
	}
	return len(a.Tokens) > 0, nil
}
