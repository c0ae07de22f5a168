package tokenize

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestForEnglish(t *testing.T) {
	done, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name     string
		ctx      context.Context
		a        *newsgraph.Article
		run      bool
		err      bool
		tokens   bool
		warnWith string
	}{
		{"English text is tokenized", context.Background(), &newsgraph.Article{Body: "The minister said so.", Language: "en"}, true, false, true, ""},
		{"unknown language counts as English", context.Background(), &newsgraph.Article{Body: "Kisumu, Kenya."}, true, false, true, ""},
		{"another language is skipped with a warning", context.Background(), &newsgraph.Article{Body: "Le ministre l'a dit.", Language: "fr"}, false, false, false, `pos: language "fr" detected`},
		{"an empty body has nothing to do", context.Background(), &newsgraph.Article{}, false, false, false, ""},
		{"a finished context stops", done, &newsgraph.Article{Body: "The minister said so."}, false, true, false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			run, err := ForEnglish(tc.ctx, tc.a, "pos", "no tokens were tagged")
			if run != tc.run || (err != nil) != tc.err {
				t.Fatalf("ForEnglish = %v, %v; want %v, error %v", run, err, tc.run, tc.err)
			}
			if (len(tc.a.Tokens) > 0) != tc.tokens {
				t.Errorf("%d tokens, want tokens: %v", len(tc.a.Tokens), tc.tokens)
			}
			warns := strings.Join(tc.a.Warnings, "|")
			if tc.warnWith == "" && warns != "" || tc.warnWith != "" && !strings.Contains(warns, tc.warnWith) {
				t.Errorf("warnings %q, want one with %q", warns, tc.warnWith)
			}
		})
	}
}
