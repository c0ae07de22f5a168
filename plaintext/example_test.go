package plaintext_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph/plaintext"
)

// Extract a story and its metadata from text a scraper returned.
func Example() {
	scraped := `Skip to content
Home
World
Africa
Port strike ends after three weeks
NAIROBI, Kenya —
Dock workers in Mombasa returned to work on Monday after the union accepted a pay offer, ending a three-week strike that had left ships queueing outside the port.
Cranes are idle at the port of Mombasa on Friday.Getty Imagesvia AFP
The agreement raises wages by 12 percent over two years, the union's secretary general told reporters outside the port gates.
Shipping lines said it would take about ten days to clear the backlog of containers.
Amina Said reported from Mombasa, and Peter Otieno from Nairobi.
Share this article
Back to top button`
	a := plaintext.New().ExtractText(scraped)
	fmt.Println("title:", a.Title)
	fmt.Println("section:", a.Section)
	fmt.Println("dateline:", a.Dateline)
	fmt.Println("contributors:", a.Contributors)
	fmt.Println(a.Body)
	for _, b := range a.Boilerplate {
		if b.Kind == "caption" || b.Kind == "credit" {
			fmt.Printf("%s: %s\n", b.Kind, b.Text)
		}
	}
	// Output:
	// title: Port strike ends after three weeks
	// section: Africa
	// dateline: NAIROBI, Kenya
	// contributors: [{Amina Said Mombasa} {Peter Otieno Nairobi}]
	// Dock workers in Mombasa returned to work on Monday after the union accepted a pay offer, ending a three-week strike that had left ships queueing outside the port.
	//
	// The agreement raises wages by 12 percent over two years, the union's secretary general told reporters outside the port gates.
	//
	// Shipping lines said it would take about ten days to clear the backlog of containers.
	// caption: Cranes are idle at the port of Mombasa on Friday.
	// credit: Getty Imagesvia AFP
	// credit: Amina Said reported from Mombasa, and Peter Otieno from Nairobi.
}
