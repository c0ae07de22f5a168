package webpage_test

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/webpage"
)

func Example() {
	page := `<html lang="en"><head><title>Bridge reopens | The Riverside Echo</title>
<meta property="og:site_name" content="The Riverside Echo">
<meta property="article:published_time" content="2024-05-14T07:30:00+02:00">
<meta name="author" content="By Ana Costa, Transport Correspondent"></head>
<body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>Bridge reopens</h1>
<p>The old river bridge reopened to traffic on Monday after eight months of repairs, the city's roads department said.</p>
<p>Buses will return to their usual routes from Wednesday, and a weight limit of twelve tonnes will apply until the autumn.</p>
<div class="share"><a href="#">Share on Facebook</a></div></article>
<footer>© The Riverside Echo</footer></body></html>`
	ex := webpage.New(webpage.Options{})
	a, err := ex.Extract(context.Background(), &newsgraph.Document{Format: newsgraph.FormatHTML, Data: []byte(page)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title, "|", a.Source, "|", a.Published, "|", a.Authors, "|", a.Language)
	fmt.Println(a.Body)
	// Output:
	// Bridge reopens | The Riverside Echo | 2024-05-14T07:30:00+02:00 | [Ana Costa] | en
	// The old river bridge reopened to traffic on Monday after eight months of repairs, the city's roads department said.
	//
	// Buses will return to their usual routes from Wednesday, and a weight limit of twelve tonnes will apply until the autumn.
}
