package timex

import (
	"strings"
	"testing"
	"time"
)

// benchText is a news-like text written for the benchmark, dense in dates.
const benchText = `WASHINGTON (Reuters) - The central bank said on Tuesday it would keep rates on hold
until the third quarter, after inflation rose for 12 years in a row. Officials will meet on Friday
and again on March 18, 2019, a spokeswoman said at 4:49 p.m. ET. "We are watching the data every week,"
she said. Earlier this year the bank cut its forecast twice; last August it raised rates for the first
time since October 2008. Exports fell 3.2 percent in the past three months, compared with a year earlier,
and the trade gap widened to $51.1 billion in January from $49.3 billion in December. The two-day visit
ends on Thursday. Prices have risen sharply in recent days, and analysts now expect a cut next year.
The company, which employs 2,400 people and posted revenue of $100M in fiscal 2018, will report
results for the fourth quarter on Feb. 12. Its shares closed at 17.25, up 5 cents, on the New York
Stock Exchange, and were little changed in the 1990s and 2000s, a decade ago, and during the summer.
`

// BenchmarkFind measures throughput on news text (bytes per second, one goroutine).
func BenchmarkFind(b *testing.B) {
	text := strings.Repeat(benchText, 50)
	anchor := time.Date(2019, 3, 5, 12, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, anchor, true, nil)
	}
}

// BenchmarkFindLongLine measures a 1 MB line without sentence punctuation, dense
// in temporal words and numbers (the worst case for the tense scan).
func BenchmarkFindLongLine(b *testing.B) {
	text := strings.Repeat("since May 3 the talks lasted for 12 years and 1998 2019 7:30 on Friday ", 1<<20/72)
	anchor := time.Date(2019, 3, 5, 12, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, anchor, true, nil)
	}
}
