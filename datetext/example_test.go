package datetext_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph/datetext"
)

func Example() {
	web := datetext.Reader{MinYear: 1990, MaxYear: 2100}

	// A meta tag or a feed: the whole value is the date.
	iso, ok := web.Parse("Tue, 05 Mar 2024 10:00:00 GMT")
	fmt.Println(iso, ok)

	// A byline: the date is somewhere in the line.
	line := "By Jane Doe | Published March 5, 2024, 8:38 AM"
	iso, start, end := web.Find(line)
	fmt.Printf("%s from %q\n", iso, line[start:end])

	// Ambiguous and impossible dates are refused.
	_, ok1 := web.Parse("03/05/2024")
	_, ok2 := web.Parse("February 30, 2024")
	fmt.Println(ok1, ok2)
	// Output:
	// 2024-03-05T10:00:00Z true
	// 2024-03-05 from "March 5, 2024"
	// false false
}
