package pos

import (
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/tokenize"
)

// BenchmarkTag measures tagging of tokenized text, one goroutine; it reports
// tokens per second.
func BenchmarkTag(b *testing.B) {
	m := mustDefault(b)
	body := ""
	for i := 0; i < 200; i++ {
		body += "The ministry said on Tuesday that talks with the union would resume next week, " +
			"and officials state that the 12 disputed clauses are “close to settled.” "
	}
	a := &newsgraph.Article{Body: body}
	a.Tokens = tokenize.Tokens(body)
	a.Sentences = tokenize.Sentences(body, a.Tokens)
	sents := tokenize.SentenceRanges(a)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		TagTokens(m, a.Tokens, sents)
	}
	b.ReportMetric(float64(len(a.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
