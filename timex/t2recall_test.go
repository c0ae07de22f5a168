package timex

import (
	"testing"
)

// TestT2RecallRules covers the rules added in the second pass over the misses
// and false alarms of the dev set, each with a sentence where it applies and,
// where useful, a control, on sentences written for the test. absent lists
// words that must not appear in any expression found.
func TestT2RecallRules(t *testing.T) {
	cases := []struct {
		name   string
		text   string
		want   []want
		absent []string
	}{
		{"a set adverb before a place preposition",
			"Fans queue daily outside the stadium for tickets.",
			[]want{{"daily", "SET", "P1D"}}, nil},
		{"a set adverb before a noun is an adjective",
			"Average daily volume fell to 90 million shares.",
			nil, []string{"daily"}},
		{"a set adjective after a possessive recurs",
			"The curfew has changed his daily life.",
			[]want{{"daily", "SET", "P1D"}}, nil},
		{"a set adjective after an indefinite article recurs",
			"The square hosts a weekly farmers market.",
			[]want{{"weekly", "SET", "P1W"}}, nil},
		{"a set adjective before a publication is a name",
			"She writes for a weekly news magazine and his daily paper.",
			nil, []string{"weekly", "daily"}},
		{"quarterly before a noun is a reporting period",
			"The bank raised its quarterly dividend.",
			nil, []string{"quarterly"}},
		{"the past N summers recur",
			"Riots have broken out for the past three summers.",
			[]want{{"the past three summers", "SET", "XXXX-SU"}}, nil},
		{"the last few winters recur",
			"He spent the last few winters in Spain.",
			[]want{{"the last few winters", "SET", "XXXX-WI"}}, nil},
		{"a sentence opens after closing quotes",
			"\"The plan was a good one.\" Now, he says, it is dead.",
			nil, []string{"Now"}},
		{"now inside a quoted sentence stays tagged",
			"\"The plan is dead now.\" He left.",
			[]want{{"now", "DATE", "PRESENT_REF"}}, nil},
		{"a day earlier opening a sentence is a span",
			"The border closed. A day earlier, trucks streamed across it.",
			[]want{{"A day earlier", "DURATION", "P1D"}}, nil},
		{"a year earlier stays a date",
			"Sales rose 5%. A year earlier, they fell.",
			[]want{{"A year earlier", "DATE", "2018"}}, nil},
		{"last closing a comparison takes the unit before it",
			"The club sold twice as many tickets this year as last.",
			[]want{{"this year", "DATE", "2019"}, {"last", "DATE", "2018"}}, nil},
		{"last without a unit before it stays untagged",
			"He came first, and she came last.",
			nil, []string{"last"}},
	}
	for _, c := range cases {
		check(t, c.name, c.text, thursday, true, c.want)
		checkAbsent(t, c.name, c.text, thursday, c.absent)
	}
}
