package timex

import (
	"testing"
	"time"
)

// TestRound3Rules covers the rules added in the third error analysis of the
// dev set, each with a sentence where it applies and a control where it must
// not, on sentences written for the test. absent lists words that must not
// appear in any expression found.
func TestRound3Rules(t *testing.T) {
	october := time.Date(2019, 10, 30, 9, 0, 0, 0, time.UTC) // a Wednesday
	cases := []struct {
		name   string
		text   string
		anchor time.Time
		want   []want
		absent []string
	}{
		{"high noon is an idiom",
			"For the farmers of the valley, high noon comes today.", thursday,
			[]want{{"today", "DATE", "2019-03-07"}}, []string{"noon"}},
		{"High Noon is a film",
			"The poster showed a scene from the film High Noon.", thursday,
			nil, []string{"noon"}},
		{"plain noon is a clock time",
			"The council votes at noon.", thursday,
			[]want{{"noon", "TIME", "2019-03-07T12:00"}}, nil},
		{"sentence-initial Now with a comma",
			"The bridge was closed in May. Now, the mayor says, it will reopen.", thursday,
			nil, []string{"now"}},
		{"sentence-initial Currently with a comma",
			"Currently, the plant employs 300 people.", thursday,
			nil, []string{"currently"}},
		{"now inside a sentence is tagged",
			"The plant now employs 300 people.", thursday,
			[]want{{"now", "DATE", "PRESENT_REF"}}, nil},
		{"soon after a past tense",
			"The driver was soon released from hospital.", thursday,
			nil, []string{"soon"}},
		{"soon before a past tense",
			"Remittances started as a trickle that soon became a flood.", thursday,
			nil, []string{"soon"}},
		{"soon with will is the future",
			"The company will soon open a second plant.", thursday,
			[]want{{"soon", "DATE", "FUTURE_REF"}}, nil},
		{"today's world is the present age",
			"Such barriers make no sense in today's world.", thursday,
			nil, []string{"today"}},
		{"today's young voters",
			"The campaign speaks to today's young voters.", thursday,
			nil, []string{"today"}},
		{"today's vote is the day",
			"Today's vote was postponed after a walkout.", thursday,
			[]want{{"Today", "DATE", "2019-03-07"}}, nil},
		{"counted rate is not a time",
			"The airline runs four flights a week to Lima.", thursday,
			nil, []string{"week"}},
		{"a week alone is a duration",
			"The strike lasted a week.", thursday,
			[]want{{"a week", "DURATION", "P1W"}}, nil},
		{"by year-end is the last day",
			"The bank expects to close the deal by year-end.", october,
			[]want{{"year-end", "DATE", "2019-12-31"}}, nil},
		{"since year-end is the previous one",
			"The index is up 12% since year-end.", october,
			[]want{{"year-end", "DATE", "2018-12-31"}}, nil},
		{"year-end before a noun stays the year",
			"The year-end bonus was cut.", october,
			[]want{{"year-end", "DATE", "2019"}}, nil},
		{"foreseeable future is not tagged",
			"The museum will stay shut for the foreseeable future.", thursday,
			nil, []string{"future", "foreseeable"}},
		{"near future is tagged",
			"The plant will reopen in the near future.", thursday,
			[]want{{"the near future", "DATE", "FUTURE_REF"}}, nil},
		{"the previous Friday counts from the day mentioned",
			"Stocks closed lower on Friday, Oct. 25. The index was down 4% from the previous Friday.", october,
			[]want{{"Friday, Oct. 25", "DATE", "2019-10-25"}, {"the previous Friday", "DATE", "2019-10-18"}}, nil},
		{"the following Monday counts from the day mentioned",
			"The ship docked on Oct. 3, 2019. The following Monday it sailed again.", october,
			[]want{{"The following Monday", "DATE", "2019-10-07"}}, nil},
		{"a year after a name is part of it",
			"She founded a venture called Orion 1980 in Budapest.", thursday,
			nil, []string{"1980"}},
		{"a year after a preposition stays",
			"She founded the venture in 1980.", thursday,
			[]want{{"1980", "DATE", "1980"}}, nil},
		{"a past verb keeps a month in the past",
			"In its fiscal year ended Jan. 31, the chain's revenue fell 6%.", october,
			[]want{{"Jan. 31", "DATE", "2019-01-31"}}, nil},
		{"a participle after will be does not",
			"The bonus will be paid Dec. 14 to staff on the payroll.", october,
			[]want{{"Dec. 14", "DATE", "2019-12-14"}}, nil},
		{"month with a spelled year",
			"Two ferries sank. March nineteen eighty-four, a third one ran aground.", thursday,
			[]want{{"March nineteen eighty-four", "DATE", "1984-03"}}, nil},
		{"mid-afternoon with a day",
			"Shares were up 2% at mid-afternoon yesterday.", thursday,
			[]want{{"mid-afternoon yesterday", "TIME", "2019-03-06TAF"}}, nil},
		{"mid afternoon alone is the day in focus",
			"By mid afternoon, officials said the road was open.", thursday,
			[]want{{"mid afternoon", "TIME", "2019-03-07TAF"}}, nil},
		{"half of a decade",
			"Sales were flat in the last half of the '80s.", thursday,
			[]want{{"the last half of the '80s", "DATE", "198"}}, []string{"the '80s"}},
		{"first two quarters of a year",
			"Demand should stay weak through the first two quarters of 2020.", october,
			[]want{{"the first two quarters of 2020", "DATE", "2020-H1"}}, nil},
		{"past tense and tomorrow's weekday is the next day",
			"The envoy flew Friday to Oslo for the talks.", thursday,
			[]want{{"Friday", "DATE", "2019-03-08"}}, nil},
		{"reported weekday of tomorrow stays the past week",
			"The envoy said Friday that talks had stalled.", thursday,
			[]want{{"Friday", "DATE", "2019-03-01"}}, nil},
		{"past tense and an earlier weekday stays past",
			"The envoy flew Tuesday to Oslo for the talks.", thursday,
			[]want{{"Tuesday", "DATE", "2019-03-05"}}, nil},
		{"the week of a date is its ISO week",
			"The case will be heard the week of March 18.", thursday,
			[]want{{"the week of March 18", "DATE", "2019-W12"}}, nil},
		{"the day before a named day",
			"The day before last Tuesday's hearing, the lawyers met.", thursday,
			[]want{{"The day before last Tuesday", "DATE", "2019-03-04"}}, nil},
		{"the day after a date",
			"Police arrived the day after March 2 and stayed.", thursday,
			[]want{{"the day after March 2", "DATE", "2019-03-03"}}, nil},
		{"the day before an event is not a date",
			"He left the day before the vote.", thursday,
			nil, []string{"before"}},
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
