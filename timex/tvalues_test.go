package timex

import (
	"testing"
	"time"
)

// TestValueRules covers value rules added after the round-3 error analysis,
// each with a sentence where it applies and a control where it must not, on
// sentences written for the test.
func TestValueRules(t *testing.T) {
	october := time.Date(2019, 10, 30, 9, 0, 0, 0, time.UTC) // a Wednesday
	cases := []struct {
		name   string
		text   string
		anchor time.Time
		want   []want
	}{
		{"year-ago period after a forecast quarter",
			"Analysts see losses through the second quarter of 2020. In the year-ago period, the mill earned $4 million.", october,
			[]want{{"the year-ago period", "DATE", "2018-Q3"}}},
		{"a year earlier after a forecast quarter",
			"Losses will last through the third quarter of 2020. Revenue climbed to $7 million from $5 million a year earlier.", october,
			[]want{{"a year earlier", "DATE", "2018-Q3"}}},
		{"year-ago period after a reported quarter",
			"The mill earned $2 million in the second quarter. In the year-ago period, it earned $4 million.", october,
			[]want{{"the year-ago period", "DATE", "2018-Q2"}}},
		{"the current quarter may be a fiscal one",
			"For the fiscal fourth quarter, net rose to $3 million from $2 million a year earlier.", october,
			[]want{{"a year earlier", "DATE", "2018-Q4"}}},
		{"by a month is a deadline",
			"The chain, which sold three stores in August, agreed to repay the loan by February.", october,
			[]want{{"February", "DATE", "2020-02"}}},
		{"by a month with a past perfect looks back",
			"By March, sales had doubled.", october,
			[]want{{"March", "DATE", "2019-03"}}},
		{"a fronted month takes the tense of its clause",
			"The merger closed this week. In January, the board hired a new chief executive.", october,
			[]want{{"January", "DATE", "2019-01"}}},
		{"a fronted month before a future",
			"In January, the board will hire a new chief executive.", october,
			[]want{{"January", "DATE", "2020-01"}}},
		{"the quarter ended on a day",
			"In the quarter ended July 31, the retailer earned $2 million.", october,
			[]want{{"the quarter", "DATE", "2019-Q2"}, {"July 31", "DATE", "2019-07-31"}}},
		{"the quarter ended after a fiscal quarter",
			"Sales rose in the fiscal first quarter. For the quarter ended Sept. 30, net was $4 million.", october,
			[]want{{"the quarter", "DATE", "2019-Q1"}}},
		{"the quarter a year ago is one expression",
			"Net rose in the third quarter. For the quarter a year ago, the bank earned $3 million.", october,
			[]want{{"the quarter a year ago", "DATE", "2018-Q3"}}},
		{"the period last year is one expression",
			"Net rose in the second quarter, against a loss in the period last year.", october,
			[]want{{"the period last year", "DATE", "2018-Q2"}}},
		{"that same day after a month is a day of that month",
			"The mayor spoke on Tuesday. The plant was shut last October. Its permit was revoked that same day.", thursday,
			[]want{{"that same day", "DATE", "2018-10-XX"}}},
		{"that day after a day is that day",
			"The plant was shut on Oct. 3. Its permit was revoked that day.", thursday,
			[]want{{"that day", "DATE", "2018-10-03"}}},
		{"a weekday with a plural part of day is a set",
			"The ferry sails on Monday and Tuesday nights, and once on Friday night.", thursday,
			[]want{{"Monday", "SET", "XXXX-WXX-1TNI"}, {"Tuesday nights", "SET", "XXXX-WXX-2TNI"}, {"Friday night", "DATE", "2019-03-08"}}},
		{"one day after a modal is some day",
			"The town hopes the bridge will one day reopen.", thursday,
			[]want{{"one day", "DATE", "FUTURE_REF"}}},
		{"one day as a length",
			"The strike lasted one day.", thursday,
			[]want{{"one day", "DURATION", "P1D"}}},
		{"were planning to looks ahead",
			"Protesters were planning to march to the port on Monday.", thursday,
			[]want{{"Monday", "DATE", "2019-03-11"}}},
		{"was scheduled to is a past plan",
			"The ship was scheduled to leave port on Monday.", thursday,
			[]want{{"Monday", "DATE", "2019-03-04"}}},
		{"centuries with no number",
			"The valley was ruled from the coast for centuries.", thursday,
			[]want{{"centuries", "DURATION", "PXC"}}},
		{"decades with no number",
			"The two towns have quarrelled for decades.", thursday,
			[]want{{"decades", "DURATION", "PXE"}}},
		{"counted decades are years",
			"The two towns have quarrelled for two decades.", thursday,
			[]want{{"two decades", "DURATION", "P20Y"}}},
		{"a holiday week is the ISO week of the holiday",
			"The pilgrims arrive for Easter week.", thursday,
			[]want{{"Easter week", "DATE", "2019-W16"}}},
		{"a holiday alone is its day",
			"The pilgrims arrive for Easter.", thursday,
			[]want{{"Easter", "DATE", "2019-04-21"}}},
	}
	for _, c := range cases {
		check(t, c.name, c.text, c.anchor, true, c.want)
	}
}
