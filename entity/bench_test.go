package entity

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// benchArticle joins the test stories into one article of about 700 words and
// 90 mentions, a long news story.
func benchArticle() *newsgraph.Article {
	var parts []string
	for _, st := range stories {
		parts = append(parts, st.text)
	}
	return article(strings.Join(parts, "\n"))
}

func benchmarkStage(b *testing.B, a *newsgraph.Article) {
	s := New(nil)
	orig := a.Entities
	mentions := 0
	for _, e := range orig {
		mentions += len(e.Mentions)
	}
	words := len(strings.Fields(a.Body))
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.Entities = orig
		a.Warnings = nil
		if err := s.Annotate(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	sec := b.Elapsed().Seconds()
	if sec > 0 {
		b.ReportMetric(float64(b.N)/sec, "articles/s")
		b.ReportMetric(float64(b.N*mentions)/sec, "mentions/s")
		b.ReportMetric(float64(b.N*words)/sec, "words/s")
	}
}

// BenchmarkStage measures linking one long news story.
func BenchmarkStage(b *testing.B) { benchmarkStage(b, benchArticle()) }

// BenchmarkStage10k measures an article with over 10,000 mentions.
func BenchmarkStage10k(b *testing.B) { benchmarkStage(b, manyMentions(5000)) }
