package timex

import (
	"testing"
	"time"
)

// TestT2ValueRules covers value and anchoring rules added after the second
// round of value analysis, each with a sentence where it applies and a
// control where it must not, on sentences written for the test.
func TestT2ValueRules(t *testing.T) {
	october := time.Date(2019, 10, 30, 9, 0, 0, 0, time.UTC) // a Wednesday
	cases := []struct {
		name   string
		text   string
		anchor time.Time
		want   []want
	}{
		{"a fronted month with a long subject takes its clause's past",
			"In November, two weeks after the floods of the rainy season in the north, a landslide near the old mining town killed four people.", october,
			[]want{{"November", "DATE", "2018-11"}}},
		{"a fronted month with a long subject before a future",
			"In November, two weeks after the floods of the rainy season in the north, the new road to the old mining town will open.", october,
			[]want{{"November", "DATE", "2019-11"}}},
		{"a past verb heads the phrase that ends in the month",
			"The club moved its home games to a new arena in December.", october,
			[]want{{"December", "DATE", "2018-12"}}},
		{"an infinitive heads the phrase",
			"The club agreed to move its home games to a new arena in December.", october,
			[]want{{"December", "DATE", "2019-12"}}},
		{"an -ed adjective does not head the phrase",
			"The grant will be paid on a still undisclosed date in December.", october,
			[]want{{"December", "DATE", "2019-12"}}},
		{"will heads the phrase that ends in the month",
			"She will be named captain of the research ship for a voyage in December.", thursday,
			[]want{{"December", "DATE", "2019-12"}}},
		{"will and the current month",
			"She will be named captain of the research ship for a voyage in March.", thursday,
			[]want{{"March", "DATE", "2019-03"}}},
		{"a past verb heads the same phrase",
			"She was named captain of the research ship for a voyage in December.", thursday,
			[]want{{"December", "DATE", "2018-12"}}},
		{"the latest fiscal year is the last one completed",
			"The stores made 27% of its sales in the latest fiscal year.", october,
			[]want{{"the latest fiscal year", "DATE", "2018"}}},
		{"the latest fiscal year with its end date",
			"The stores made 27% of its sales in the latest fiscal year, which ended in June.", october,
			[]want{{"the latest fiscal year", "DATE", "2019"}}},
		{"the current fiscal year is the anchor's",
			"The stores should make 30% of its sales in the current fiscal year.", october,
			[]want{{"the current fiscal year", "DATE", "2019"}}},
		{"this quarter's results after a reported quarter",
			"The mill reported a loss for the third quarter. This quarter's loss includes a charge for the closing.", october,
			[]want{{"This quarter", "DATE", "2019-Q3"}}},
		{"this quarter in a forecast is the anchor's",
			"The mill reported a loss for the third quarter. It expects a profit this quarter.", october,
			[]want{{"this quarter", "DATE", "2019-Q4"}}},
		{"this quarter's results with no quarter reported",
			"This quarter's sales should rise.", october,
			[]want{{"This quarter", "DATE", "2019-Q4"}}},
		{"a year earlier after the nine months compares years",
			"Net rose 5% in the third quarter. For the nine months, net rose to $9 million from $8 million a year earlier.", october,
			[]want{{"a year earlier", "DATE", "2018"}}},
		{"a year earlier after a quarter compares quarters",
			"Net rose to $3 million in the third quarter from $2 million a year earlier.", october,
			[]want{{"a year earlier", "DATE", "2018-Q3"}}},
		{"the year-ago quarter after the nine months stays a quarter",
			"Net rose 5% in the third quarter. For the nine months, net was $9 million. In the year-ago quarter, the mill lost money.", october,
			[]want{{"the year-ago quarter", "DATE", "2018-Q3"}}},
		{"the 2018 period after the nine months is the year",
			"Net rose 5% in the third quarter. For the nine months, net was $9 million, against $8 million in the 2018 period.", october,
			[]want{{"the 2018 period", "DATE", "2018"}}},
		{"the 2018 period after a quarter is the quarter",
			"Net rose 5% in the third quarter to $3 million, against $2 million in the 2018 period.", october,
			[]want{{"the 2018 period", "DATE", "2018-Q3"}}},
		{"throughout the fiscal year is a span",
			"Margins should widen throughout the fiscal year.", october,
			[]want{{"the fiscal year", "DURATION", "P1Y"}}},
		{"in the fiscal year is the year",
			"Margins should widen in the fiscal year.", october,
			[]want{{"the fiscal year", "DATE", "2019"}}},
		{"a past verb does not reach past a noun's preposition",
			"Talks resumed on Monday with a deadline in December.", october,
			[]want{{"December", "DATE", "2019-12"}}},
		{"a timetable verb in the present names a coming weekday",
			"The two leaders meet separately Monday with the envoy.", thursday,
			[]want{{"Monday", "DATE", "2019-03-11"}}},
		{"the same verb in the past stays in the past week",
			"The two leaders met separately Monday with the envoy.", thursday,
			[]want{{"Monday", "DATE", "2019-03-04"}}},
		{"the past week late in a week is the anchor's week",
			"The envoy has been in Oslo for the past week.", thursday,
			[]want{{"the past week", "DATE", "2019-W10"}}},
		{"the last week early in a week is the week before",
			"The envoy has been in Oslo for the last week.", time.Date(2019, 3, 4, 9, 0, 0, 0, time.UTC),
			[]want{{"the last week", "DATE", "2019-W09"}}},
		{"last week is the week before",
			"The envoy was in Oslo last week.", thursday,
			[]want{{"last week", "DATE", "2019-W09"}}},
	}
	for _, c := range cases {
		check(t, c.name, c.text, c.anchor, true, c.want)
	}
}
