package pipeline

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/lang"
)

// ExtractOnlyOptions returns the options of a pipeline that extracts clean
// text and metadata and detects the language, with no further annotation.
func ExtractOnlyOptions() Options {
	return Options{
		Extractors: map[newsgraph.Format]newsgraph.Extractor{},
		Stages:     []newsgraph.Stage{lang.Stage{}},
	}
}

// DefaultOptions returns the options of the full pipeline: extraction, then
// every annotation stage newsgraph has.
func DefaultOptions() Options {
	o := ExtractOnlyOptions()
	return o
}

// Default returns the full pipeline.
func Default() *Pipeline { return New(DefaultOptions()) }
