// Scratch: ingest the demo with the stages available now (not committed).
package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/demo"
	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/event"
	"github.com/newsgraph/newsgraph/input"
	"github.com/newsgraph/newsgraph/lang"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/pipeline"
	"github.com/newsgraph/newsgraph/plaintext"
	"github.com/newsgraph/newsgraph/quote"
	"github.com/newsgraph/newsgraph/sqlite"
	"github.com/newsgraph/newsgraph/timex"
	"github.com/newsgraph/newsgraph/tokenize"
	"github.com/newsgraph/newsgraph/webpage"
)

func main() {
	ctx := context.Background()
	p := pipeline.New(pipeline.Options{
		Extractors: map[newsgraph.Format]newsgraph.Extractor{newsgraph.FormatHTML: webpage.New(webpage.Options{}), newsgraph.FormatText: &plaintext.Extractor{}},
		Stages:     []newsgraph.Stage{lang.Stage{}, tokenize.Stage{}, ner.Stage{}, timex.Stage{}, &entity.Stage{}, quote.Stage{DateOf: timex.SentenceDate}, event.Stage{}},
	})
	dir, _ := os.MkdirTemp("", "dl")
	demo.WriteTo(dir)
	os.Remove(os.Args[1])
	st, err := sqlite.Open(ctx, os.Args[1], sqlite.Options{})
	if err != nil {
		panic(err)
	}
	var as []*newsgraph.Article
	input.Read([]string{filepath.Join(dir)}, input.Options{}, func(d *newsgraph.Document) error {
		a := p.Process(ctx, d)
		fmt.Println(a.Origin, a.Error, len(a.Entities), len(a.Quotes), len(a.Events), a.Title, a.Published)
		as = append(as, a)
		return nil
	})
	rs, err := st.PutArticles(ctx, as)
	fmt.Println(rs, err)
	st.Close()
}
