package timex

import (
	"testing"
	"time"
)

// TestRecallRules covers the rules added for misses and false alarms of
// reference words, vague durations and compound expressions, each with a
// sentence where it applies and, where useful, a control, on sentences written
// for the test. absent lists words that must not appear in any expression found.
func TestRecallRules(t *testing.T) {
	october := time.Date(2019, 10, 30, 9, 0, 0, 0, time.UTC) // a Wednesday
	cases := []struct {
		name   string
		text   string
		anchor time.Time
		want   []want
		absent []string
	}{
		{"the quarter a year ago is one expression",
			"Profit rose in the third quarter. In the quarter a year ago, the bank lost $4 million.", october,
			[]want{{"the quarter a year ago", "DATE", "2018-Q3"}}, nil},
		{"the period a year earlier with no quarter is the year before",
			"Sales fell 3%. In the period a year earlier, they rose.", october,
			[]want{{"the period a year earlier", "DATE", "2018"}}, nil},
		{"the quarter alone is the quarter in focus",
			"Profit rose in the third quarter. In the quarter, the bank earned $4 million.", october,
			[]want{{"the quarter", "DATE", "2019-Q3"}}, nil},
		{"today is the Nth day of an event",
			"Today is the fifth day of the siege of the embassy.", thursday,
			[]want{{"the fifth day", "DATE", "2019-03-07"}}, nil},
		{"it's the Nth day of an event",
			"It's the third day of a strike by the dockers.", thursday,
			[]want{{"the third day", "DATE", "2019-03-07"}}, nil},
		{"a past Nth day of is not the publication day",
			"It was the third day of a strike by the dockers.", thursday,
			nil, []string{"day"}},
		{"then current is a past reference",
			"Holders may buy shares at half the then current market price.", thursday,
			[]want{{"then current", "DATE", "PAST_REF"}}, nil},
		{"then-current with a hyphen",
			"The deal was signed by the then-current owner of the mill.", thursday,
			[]want{{"then-current", "DATE", "PAST_REF"}}, nil},
		{"current alone stays the present",
			"Under current market conditions, the mill will not reopen.", thursday,
			[]want{{"current", "DATE", "PRESENT_REF"}}, nil},
		{"one day after a modal is the future",
			"The mayor said the city could one day host the games.", thursday,
			[]want{{"one day", "DATE", "FUTURE_REF"}}, nil},
		{"some day after a modal is the future",
			"Engineers hope the probe will some day land on Europa.", thursday,
			[]want{{"some day", "DATE", "FUTURE_REF"}}, nil},
		{"one day as a span stays a duration",
			"The strike lasted one day.", thursday,
			[]want{{"one day", "DURATION", "P1D"}}, nil},
		{"for a while is an unknown span",
			"The valley will have to do without power for a while.", thursday,
			[]want{{"a while", "DURATION", "PXX"}}, nil},
		{"a while ago is the past",
			"The couple moved to Lyon a while ago.", thursday,
			[]want{{"a while ago", "DATE", "PAST_REF"}}, nil},
		{"once in a while is not a time",
			"The ferry runs late once in a while.", thursday,
			nil, []string{"while"}},
		{"a later date is the future",
			"The board will set the price of the shares at a later date.", thursday,
			[]want{{"a later date", "DATE", "FUTURE_REF"}}, nil},
		{"some future date is the future",
			"The talks were put off to some future date.", thursday,
			[]want{{"some future date", "DATE", "FUTURE_REF"}}, nil},
		{"over the years is an unknown span",
			"Over the years the village has lost half its people.", thursday,
			[]want{{"the years", "DURATION", "PXY"}}, nil},
		{"the weeks ahead",
			"Traders expect more selling in the weeks ahead.", thursday,
			[]want{{"the weeks ahead", "DURATION", "PXW"}}, nil},
		{"the years that followed",
			"The mine closed in 1985. In the years that followed, the town shrank.", thursday,
			[]want{{"the years", "DURATION", "PXY"}}, nil},
		{"the weeks before an event are not tagged",
			"His car was seen near the house in the weeks before the fire.", thursday,
			nil, []string{"weeks"}},
		{"a hundred years",
			"The crown has ruled the islands for almost a hundred years.", thursday,
			[]want{{"almost a hundred years", "DURATION", "P100Y"}}, nil},
		{"a thousand years",
			"The abbey stood for a thousand years.", thursday,
			[]want{{"a thousand years", "DURATION", "P1000Y"}}, nil},
		{"several quarters of losses is a span",
			"The maker turned a profit after several quarters of losses.", thursday,
			[]want{{"several quarters", "DURATION", "PXQ"}}, nil},
		{"three quarters of a whole is a fraction",
			"The country imports three quarters of its grain.", thursday,
			nil, []string{"quarters"}},
		{"in some quarters means circles",
			"The plan drew criticism in some quarters of the party.", thursday,
			nil, []string{"quarters"}},
		{"the future of something is its fate",
			"The vote will decide the future of the shipyard.", thursday,
			nil, []string{"future"}},
		{"in the future is a time",
			"The shipyard may build ferries in the future.", thursday,
			[]want{{"the future", "DATE", "FUTURE_REF"}}, nil},
		{"the cars of tomorrow are an age",
			"The show displays the cars of tomorrow.", thursday,
			nil, []string{"tomorrow"}},
		{"the people of tomorrow",
			"Schools must train the people of tomorrow, the minister said.", thursday,
			nil, []string{"tomorrow"}},
		{"the meeting of tomorrow is the day",
			"The agenda of tomorrow's meeting was published.", thursday,
			[]want{{"tomorrow", "DATE", "2019-03-08"}}, nil},
		{"most recently before a date",
			"Floods hit the town three times, most recently last October.", thursday,
			[]want{{"last October", "DATE", "2018-10"}}, []string{"recently"}},
		{"most recently in a year",
			"The party has won twice, most recently in 2014.", thursday,
			[]want{{"2014", "DATE", "2014"}}, []string{"recently"}},
		{"recently alone stays",
			"The party recently won a seat in the north.", thursday,
			[]want{{"recently", "DATE", "PAST_REF"}}, nil},
		{"a quarterly of five cents is a dividend",
			"The bank declared its initial quarterly of ten cents a share.", thursday,
			nil, []string{"quarterly"}},
		{"paid quarterly is a set",
			"Interest on the notes is paid quarterly.", thursday,
			[]want{{"quarterly", "SET", "P3M"}}, nil},
		{"day-long is one day",
			"Lawyers left their third day-long meeting with officials.", thursday,
			[]want{{"day-long", "DURATION", "P1D"}}, nil},
		{"year-long is one year",
			"The year-long strike ended in May.", thursday,
			[]want{{"year-long", "DURATION", "P1Y"}}, nil},
		{"ahead of the weekend is the coming one",
			"Traders had sold shares ahead of the weekend.", thursday,
			[]want{{"the weekend", "DATE", "2019-W10-WE"}}, nil},
		{"over the weekend is the past one",
			"Traders sold shares over the weekend.", thursday,
			[]want{{"the weekend", "DATE", "2019-W09-WE"}}, nil},
		{"habitual paired quarters are sets",
			"Most of the toy maker's sales usually come in the third and fourth quarters.", october,
			[]want{{"third", "SET", "XXXX-Q3"}, {"fourth quarters", "SET", "XXXX-Q4"}}, nil},
		{"paired quarters of a year",
			"Sales fell in the first and second quarters of 2018.", october,
			[]want{{"first", "DATE", "2018-Q1"}, {"second quarters of 2018", "DATE", "2018-Q2"}}, nil},
		{"paired quarters in a past clause",
			"Profit rose in the second and third quarters.", october,
			[]want{{"second", "DATE", "2019-Q2"}, {"third quarters", "DATE", "2019-Q3"}}, nil},
	}
	for _, c := range cases {
		check(t, c.name, c.text, c.anchor, true, c.want)
		for _, g := range Find(c.text, c.anchor, true, nil) {
			for _, a := range c.absent {
				if containsWord(g.Text, a) || g.Text == a {
					t.Errorf("%s: %q tagged (%s %s), want no expression with %q", c.name, g.Text, g.Type, g.Value, a)
				}
			}
		}
	}
}
