package pipeline

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/event"
	"github.com/newsgraph/newsgraph/gazetteer"
	"github.com/newsgraph/newsgraph/lang"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/plaintext"
	"github.com/newsgraph/newsgraph/pos"
	"github.com/newsgraph/newsgraph/quote"
	"github.com/newsgraph/newsgraph/timex"
	"github.com/newsgraph/newsgraph/tokenize"
	"github.com/newsgraph/newsgraph/webpage"
)

// ExtractOnlyOptions returns the options of a pipeline that extracts clean
// text and metadata and detects the language, with no further annotation.
func ExtractOnlyOptions() Options {
	return Options{
		Extractors: map[newsgraph.Format]newsgraph.Extractor{
			newsgraph.FormatHTML: webpage.New(webpage.Options{}),
			newsgraph.FormatText: plaintext.New(),
		},
		Stages: []newsgraph.Stage{lang.Stage{}},
	}
}

// DefaultOptions returns the options of the full pipeline with the built-in
// gazetteer (see WithGazetteer).
func DefaultOptions() Options { return WithGazetteer(nil) }

// WithGazetteer returns the options of the full pipeline: extraction, then
// every annotation stage newsgraph has, in the order their inputs require:
// language, tokens and sentences, named entities, entity linking, times,
// quotes (dated by the times), events (using all of the above). Entities and
// event actors are looked up in g, which may hold a user's own actors
// (gazetteer.AddFile); nil means the built-in gazetteer.
func WithGazetteer(g *gazetteer.Gazetteer) Options {
	o := ExtractOnlyOptions()
	o.Stages = append(o.Stages,
		tokenize.Stage{},
		pos.Stage{},
		ner.Stage{},
		entity.New(g),
		timex.Stage{},
		quote.Stage{DateOf: timex.SentenceDate},
		event.Stage{Coder: event.NewCoder(event.NewGazetteerNames(g))},
	)
	return o
}

// Default returns the full pipeline with the built-in gazetteer.
func Default() *Pipeline { return New(DefaultOptions()) }
