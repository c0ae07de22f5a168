package polnear

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/quote"
)

// Predictions converts the attributions quote.Extract found in the article
// doc (its text body) into predictions on code point offsets, the pieces of a
// split content kept apart. An attribution with no content is left out.
func Predictions(doc, body string, found []quote.Attribution) []Prediction {
	cp := NewCodePoints(body)
	conv := func(s newsgraph.Span) [][2]int {
		if s.End <= s.Start {
			return nil
		}
		return [][2]int{{cp.At(s.Start), cp.At(s.End)}}
	}
	var preds []Prediction
	for _, at := range found {
		p := Prediction{Doc: doc, Source: conv(at.Source), Cue: conv(at.Cue)}
		for _, pc := range at.Pieces {
			p.Content = append(p.Content, conv(pc)...)
		}
		if p.Content == nil {
			continue
		}
		preds = append(preds, p)
	}
	return preds
}
