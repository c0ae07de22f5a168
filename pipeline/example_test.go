package pipeline_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/pipeline"
)

// Process one HTML page through the full pipeline.
func Example() {
	page := `<html><head><title>Harbour strike ends | The Coastal Herald</title>
<meta property="article:published_time" content="2024-03-05T09:30:00Z"></head>
<body><article><h1>Harbour strike ends</h1>
<p>Dock workers at the northern harbour returned to work on Tuesday after union leaders accepted a revised pay offer from the port authority.</p>
<p>The strike had halted most container traffic since mid-February, and shipping companies said it would take weeks to clear the backlog.</p>
</article></body></html>`
	p := pipeline.Default()
	a := p.Process(context.Background(), &newsgraph.Document{Origin: "harbour.html", Format: newsgraph.FormatHTML, Data: []byte(page)})
	fmt.Println(a.Title)
	fmt.Println(a.Published, a.Language)
	fmt.Println(strings.SplitN(a.Body, "\n\n", 2)[0])
	// Output:
	// Harbour strike ends
	// 2024-03-05T09:30:00Z en
	// Dock workers at the northern harbour returned to work on Tuesday after union leaders accepted a revised pay offer from the port authority.
}

// Process a stream of documents on all cores, in input order.
func ExamplePipeline_Stream() {
	in := make(chan *newsgraph.Document)
	go func() {
		defer close(in)
		for i, text := range []string{
			"Talks between the two unions resumed on Monday after a week-long pause, officials said.",
			"", // an empty document still yields a record, with its error
		} {
			in <- &newsgraph.Document{Origin: fmt.Sprintf("memo-%d", i+1), Format: newsgraph.FormatText, Data: []byte(text), Published: "2024-03-05"}
		}
	}()
	p := pipeline.New(pipeline.ExtractOnlyOptions())
	for a := range p.Stream(context.Background(), in, 0) {
		fmt.Printf("%q error=%q\n", a.Body, a.Error)
	}
	// Output:
	// "Talks between the two unions resumed on Monday after a week-long pause, officials said." error=""
	// "" error="plaintext: memo-2: no text: the input is empty"
}
