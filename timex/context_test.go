package timex

import (
	"testing"
	"time"
)

// TestContextRules covers the tense, anchoring and extent rules added after
// the first error analysis of the dev set, on sentences written for the test.
// absent lists words that must not start or form an expression.
func TestContextRules(t *testing.T) {
	october := time.Date(2019, 10, 30, 9, 0, 0, 0, time.UTC) // a Wednesday in Q4
	cases := []struct {
		name   string
		text   string
		anchor time.Time
		want   []want
		absent []string
	}{
		{"said weekday despite quoted will",
			`"We will shut two plants next year," the chairman said Monday.`, thursday,
			[]want{{"Monday", "DATE", "2019-03-04"}}, nil},
		{"announced on weekday",
			"The agency announced on Tuesday that fares would rise.", thursday,
			[]want{{"Tuesday", "DATE", "2019-03-05"}}, nil},
		{"would points ahead",
			"The minister said the delegation would travel to Oslo on Monday.", thursday,
			[]want{{"Monday", "DATE", "2019-03-11"}}, nil},
		{"possessive weekday is past",
			"Lawyers will appeal Tuesday's verdict.", thursday,
			[]want{{"Tuesday", "DATE", "2019-03-05"}}, nil},
		{"predicted weekday is the report",
			"Analysts predicted Monday that the central bank will cut rates.", thursday,
			[]want{{"Monday", "DATE", "2019-03-04"}}, nil},
		{"earlier this week leaves earlier out",
			"The ministry said earlier this week that talks had stalled.", thursday,
			[]want{{"this week", "DATE", "2019-W10"}}, []string{"earlier"}},
		{"earlier this month keeps it",
			"The ministry said earlier this month that talks had stalled.", thursday,
			[]want{{"earlier this month", "DATE", "2019-03"}}, nil},
		{"weekday evening keeps its part of day",
			"The blast happened on Tuesday evening near the port.", thursday,
			[]want{{"Tuesday evening", "DATE", "2019-03-05TEV"}}, nil},
		{"next to is not future",
			"Two shops next to the station burned down on Wednesday.", thursday,
			[]want{{"Wednesday", "DATE", "2019-03-06"}}, nil},
		{"until with past perfect",
			"Until Tuesday, police had not named a suspect.", thursday,
			[]want{{"Tuesday", "DATE", "2019-03-05"}}, nil},
		{"until without past perfect",
			"The deadline was extended until Tuesday.", thursday,
			[]want{{"Tuesday", "DATE", "2019-03-12"}}, nil},
		{"as early as",
			"The envoy could arrive in Cairo as early as Monday.", thursday,
			[]want{{"Monday", "DATE", "2019-03-11"}}, nil},
		{"plans to",
			"On Tuesday, the union plans to hold a march downtown.", thursday,
			[]want{{"Tuesday", "DATE", "2019-03-12"}}, nil},
		{"plans without to stays past",
			"The plans were approved on Tuesday by the council.", thursday,
			[]want{{"Tuesday", "DATE", "2019-03-05"}}, nil},
		{"latest quarter is a completed one",
			"The firm expects a weak fourth quarter. Profit in the latest quarter rose 5%.", october,
			[]want{{"fourth quarter", "DATE", "2019-Q4"}, {"the latest quarter", "DATE", "2019-Q3"}}, nil},
		{"later is outside a duration",
			"The rebels seized the airport. Three days later they withdrew.", thursday,
			[]want{{"Three days", "DURATION", "P3D"}}, []string{"later"}},
		{"ago stays a date",
			"The rebels seized the airport three days ago.", thursday,
			[]want{{"three days ago", "DATE", "2019-03-04"}}, nil},
		{"recent adjective is not tagged",
			"Shares fell after the recent merger.", thursday,
			nil, []string{"recent"}},
		{"recent years still tagged",
			"Imports have grown in recent years.", thursday,
			[]want{{"recent years", "", "PAST_REF"}}, nil},
		{"following month after a stated month",
			"The mine closed in June 2017. The following month, the town lost its bank.", thursday,
			[]want{{"June 2017", "DATE", "2017-06"}, {"The following month", "DATE", "2017-07"}}, nil},
		{"following month past the calendar",
			"The lease runs to December 9999. The following month nothing happens.", thursday,
			nil, nil},
		{"following month with nothing to follow",
			"The following month was quieter.", thursday,
			nil, []string{"following"}},
	}
	for _, c := range cases {
		check(t, c.name, c.text, c.anchor, true, c.want)
		for _, g := range Find(c.text, c.anchor, true, nil) {
			if g.Value == "" || len(g.Value) > 4 && g.Value[0] >= '0' && g.Value[0] <= '9' && g.Value[4] >= '0' && g.Value[4] <= '9' {
				t.Errorf("%s: %q has value %q, want a TIMEX3 value within years 1-9999", c.name, g.Text, g.Value)
			}
			for _, a := range c.absent {
				if containsWord(g.Text, a) {
					t.Errorf("%s: %q tagged (%s %s), want no expression with %q", c.name, g.Text, g.Type, g.Value, a)
				}
			}
		}
	}
}

func containsWord(s, w string) bool {
	for _, f := range splitWords(s) {
		if f == w {
			return true
		}
	}
	return false
}

func splitWords(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, toLower(s[start:i]))
			start = -1
		}
	}
	return out
}

func toLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
