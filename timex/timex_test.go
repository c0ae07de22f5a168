package timex

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// thursday is the anchor of most cases: Thursday 7 March 2019.
var thursday = time.Date(2019, 3, 7, 15, 0, 0, 0, time.UTC)

type want struct {
	text, typ, value string
}

func check(t *testing.T, name, text string, anchor time.Time, has bool, wants []want) {
	t.Helper()
	got := Find(text, anchor, has, nil)
	for _, w := range wants {
		found := false
		for _, g := range got {
			if g.Text == w.text {
				found = true
				if g.Value != w.value || (w.typ != "" && g.Type != w.typ) {
					t.Errorf("%s: %q = %s %s, want %s %s", name, w.text, g.Type, g.Value, w.typ, w.value)
				}
				if text[g.Start:g.End] != g.Text {
					t.Errorf("%s: span %v does not cover %q", name, g.Span, g.Text)
				}
			}
		}
		if !found {
			t.Errorf("%s: %q not found in %s", name, w.text, dump(got))
		}
	}
}

// checkAbsent reports every expression found in text that holds one of the
// words in absent (as a word, or as the whole expression).
func checkAbsent(t *testing.T, name, text string, anchor time.Time, absent []string) {
	t.Helper()
	if len(absent) == 0 {
		return
	}
	for _, g := range Find(text, anchor, true, nil) {
		for _, a := range absent {
			if containsWord(g.Text, a) || g.Text == a {
				t.Errorf("%s: %q tagged (%s %s), want no expression with %q", name, g.Text, g.Type, g.Value, a)
			}
		}
	}
}

func dump(ts []newsgraph.Time) string {
	var b strings.Builder
	b.WriteString("[")
	for _, t := range ts {
		b.WriteString(" " + t.Text + "=" + t.Type + ":" + t.Value)
	}
	b.WriteString(" ]")
	return b.String()
}

func TestHardCases(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []want
	}{
		{"weekday past", "The probe landed on Tuesday after a seven-month flight.", []want{{"Tuesday", "DATE", "2019-03-05"}, {"seven-month", "DURATION", "P7M"}}},
		{"weekday future", "Ministers will meet on Friday to discuss the budget.", []want{{"Friday", "DATE", "2019-03-08"}}},
		{"weekday future next week", "The court will rule on Tuesday, lawyers said.", []want{{"Tuesday", "DATE", "2019-03-12"}}},
		{"weekday today", "Shares fell sharply on Thursday in Tokyo.", []want{{"Thursday", "DATE", "2019-03-07"}}},
		{"last weekday", "The ceasefire collapsed last Friday.", []want{{"last Friday", "DATE", "2019-03-01"}}},
		{"next weekday", "Talks resume next Monday in Geneva.", []want{{"next Monday", "DATE", "2019-03-11"}}},
		{"weekday with part of day", "Police arrived on Sunday night.", []want{{"Sunday night", "DATE", "2019-03-03"}}},
		{"yesterday with part of day", "Police arrived yesterday morning.", []want{{"yesterday morning", "TIME", "2019-03-06TMO"}}},
		{"last month name", "Prices peaked last August before the slump.", []want{{"last August", "DATE", "2018-08"}}},
		{"since month", "Unemployment has risen since October.", []want{{"October", "DATE", "2018-10"}}},
		{"month day ahead", "The vote is scheduled for May 3.", []want{{"May 3", "DATE", "2019-05-03"}}},
		{"month day behind", "The bridge was closed on Jan. 14 after the storm.", []want{{"Jan. 14", "DATE", "2019-01-14"}}},
		{"month day year", "He was born on August 7, 1961, in Honolulu.", []want{{"August 7, 1961", "DATE", "1961-08-07"}}},
		{"day month year", "The treaty was signed on 12 May 2004 in Lisbon.", []want{{"12 May 2004", "DATE", "2004-05-12"}}},
		{"month year", "The plant opened in July 1997.", []want{{"July 1997", "DATE", "1997-07"}}},
		{"this month", "Sales jumped this month.", []want{{"this month", "DATE", "2019-03"}}},
		{"last week", "The minister resigned last week.", []want{{"last week", "DATE", "2019-W09"}}},
		{"next year", "Elections are due next year.", []want{{"next year", "DATE", "2020"}}},
		{"years ago", "The company was founded two years ago.", []want{{"two years ago", "DATE", "2017"}}},
		{"days ago", "The ship sank 10 days ago.", []want{{"10 days ago", "DATE", "2019-02-25"}}},
		{"earlier this year", "Earlier this year the bank cut rates.", []want{{"Earlier this year", "DATE", "2019"}}},
		{"past few months", "Inflation has eased over the past few months.", []want{{"the past few months", "DURATION", "PXM"}}},
		{"past two months", "Exports fell in the past two months.", []want{{"the past two months", "DURATION", "P2M"}}},
		{"recent days", "Fighting has intensified in recent days.", []want{{"recent days", "DURATION", "PXD"}}},
		{"now", "The party is now the largest in parliament.", []want{{"now", "DATE", "PRESENT_REF"}}},
		{"currently", "He is currently on leave.", []want{{"currently", "DATE", "PRESENT_REF"}}},
		{"recently", "The law was recently amended.", []want{{"recently", "DATE", "PAST_REF"}}},
		{"today yesterday tomorrow", "Officials said yesterday that the plan, approved today, takes effect tomorrow.", []want{{"yesterday", "DATE", "2019-03-06"}, {"today", "DATE", "2019-03-07"}, {"tomorrow", "DATE", "2019-03-08"}}},
		{"duration for", "She served as mayor for 12 years.", []want{{"12 years", "DURATION", "P12Y"}}},
		{"duration adjective", "He began a two-day visit to Paris.", []want{{"two-day", "DURATION", "P2D"}}},
		{"duration with modifier", "The talks lasted about five hours.", []want{{"about five hours", "DURATION", "PT5H"}}},
		{"half", "The trial lasted 2 1/2 years.", []want{{"2 1/2 years", "DURATION", "P2Y6M"}}},
		{"vague duration", "The repairs will take several weeks.", []want{{"several weeks", "DURATION", "PXW"}}},
		{"year range", "He led the country from 1950-1953.", []want{{"1950", "DATE", "1950"}, {"1953", "DATE", "1953"}}},
		{"weekday range", "The summit will run from Monday to Wednesday.", []want{{"Monday", "", "2019-03-11"}, {"Wednesday", "", "2019-03-13"}}},
		{"set every", "The committee meets every week.", []want{{"every week", "SET", "P1W"}}},
		{"set adverb", "The figures are published weekly.", []want{{"weekly", "SET", "P1W"}}},
		{"set weekday", "The market opens each Thursday.", []want{{"each Thursday", "SET", "XXXX-WXX-4"}}},
		{"time with zone", "The quake struck at 4:49 p.m. ET on Thursday.", []want{{"4:49 p.m. ET on Thursday", "TIME", "2019-03-07T16:49"}}},
		{"time alone", "The polls close at 10 a.m.", []want{{"10 a.m.", "TIME", "2019-03-07T10:00"}}},
		{"noon", "The deadline will expire at noon Saturday.", []want{{"noon Saturday", "TIME", "2019-03-09T12:00"}}},
		{"fiscal year", "Profit in fiscal 1998 doubled.", []want{{"fiscal 1998", "DATE", "1998"}}},
		{"quarter past", "Profit rose 12% in the fourth quarter.", []want{{"the fourth quarter", "DATE", "2018-Q4"}}},
		{"quarter explicit", "Output fell in the first quarter of 2017.", []want{{"the first quarter of 2017", "DATE", "2017-Q1"}}},
		{"quarter adjective", "Third-quarter profit rose 5%.", []want{{"Third-quarter", "DATE", "2018-Q3"}}},
		{"year earlier quarter", "Net income rose in the fourth quarter from $5 million a year earlier.", []want{{"a year earlier", "DATE", "2017-Q4"}}},
		{"last summer", "The drought began last summer.", []want{{"last summer", "DATE", "2018-SU"}}},
		{"this summer", "The stadium will open this summer.", []want{{"this summer", "DATE", "2019-SU"}}},
		{"season year", "The bridge opened in the winter of 2012.", []want{{"the winter of 2012", "DATE", "2012-WI"}}},
		{"decade", "Growth was strong in the 1990s.", []want{{"the 1990s", "DATE", "199"}}},
		{"decade apostrophe", "It was a hit in the '80s.", []want{{"the '80s", "DATE", "198"}}},
		{"century", "The church dates from the 12th century.", []want{{"the 12th century", "DATE", "11"}}},
		{"late month", "The report is due in late November.", []want{{"late November", "DATE", "2019-11"}}},
		{"year end", "The merger should close by the end of 2019.", []want{{"the end of 2019", "DATE", "2019"}}},
		{"holiday", "Stores were packed on Thanksgiving Day.", []want{{"Thanksgiving Day", "DATE", "2018-11-22"}}},
		{"iso date", "The filing is dated 2019-02-28.", []want{{"2019-02-28", "DATE", "2019-02-28"}}},
		{"mid year", "Sales slowed in mid-1996.", []want{{"mid-1996", "DATE", "1996"}}},
		{"adjectival month", "The May elections were postponed.", []want{{"May", "DATE", "2019-05"}}},
		{"conjoined days", "The summit will be held on April 24 and 25.", []want{{"April 24", "DATE", "2019-04-24"}, {"25", "DATE", "2019-04-25"}}},
		{"anaphoric day", "The strike began on Jan. 12, 2019. Talks collapsed the next day.", []want{{"the next day", "DATE", "2019-01-13"}}},
		{"past century", "Sea levels rose over the past century.", []want{{"the past century", "DURATION", "P100Y"}}},
		{"spelled year", "He first ran in nineteen ninety-six.", []want{{"nineteen ninety-six", "DATE", "1996"}}},
	}
	for _, c := range cases {
		check(t, c.name, c.text, thursday, true, c.want)
	}
}

func TestFalseFriends(t *testing.T) {
	cases := []struct{ name, text string }{
		{"May the name", "Theresa May said the deal was dead."},
		{"May the modal", "Officials may decide to extend the deadline."},
		{"march the verb", "Thousands will march on the capital."},
		{"March the noun", "The March on Washington drew crowds."},
		{"march lowercase", "The march ended peacefully."},
		{"long number", "The account number is 2882015."},
		{"phone", "Call the hotline on 555-1998 or (212) 555-2011."},
		{"money", "The startup raised $100M from investors."},
		{"product", "The Apple 7 sold out quickly."},
		{"count", "Police said 2000 protesters gathered."},
		{"percent", "Turnout was 1998 percent higher, a typo."},
		{"age", "A 39-year-old man was arrested."},
		{"fraction", "About three-quarters of voters agreed."},
		{"newspaper", "The Sunday Times reported the story."},
		{"tv show", "He spoke to 60 Minutes about the case."},
		{"ordinal second", "She is seeking a second term."},
		{"programme title", "He appeared on This Week with the host."},
		{"daily paper", "The Communist Party daily newspaper criticised him."},
	}
	for _, c := range cases {
		if got := Find(c.text, thursday, true, nil); len(got) != 0 {
			t.Errorf("%s: found %s in %q, want nothing", c.name, dump(got), c.text)
		}
	}
}

func TestMayMonth(t *testing.T) {
	check(t, "May month", "The law takes effect in May.", thursday, true, []want{{"May", "DATE", "2019-05"}})
	check(t, "March month", "Parliament voted in March.", thursday, true, []want{{"March", "DATE", "2019-03"}})
}

func TestBadInput(t *testing.T) {
	cases := []struct{ name, text string }{
		{"february 30", "The vote is set for February 30."},
		{"february 29 common year", "It happened on Feb. 29, 2019."},
		{"day 32", "The deadline is March 32."},
		{"year 99999", "The colony will be founded in the year 99999."},
		{"iso impossible", "Filed 2019-13-45."},
	}
	for _, c := range cases {
		for _, g := range Find(c.text, thursday, true, nil) {
			if strings.Contains(g.Text, "30") || strings.Contains(g.Text, "29") || strings.Contains(g.Text, "32") || strings.Contains(g.Text, "99999") || strings.Contains(g.Text, "13") {
				t.Errorf("%s: emitted %q = %s for an impossible date", c.name, g.Text, g.Value)
			}
		}
	}
	// a time stated after the publication date is kept as stated; a past-tense
	// weekday never lands after it
	check(t, "future timestamp", "The update was posted on March 9, 2019.", thursday, true, []want{{"March 9, 2019", "DATE", "2019-03-09"}})
	for _, g := range Find("The rebels attacked the town on Saturday.", thursday, true, nil) {
		if g.Value > "2019-03-07" {
			t.Errorf("past-tense weekday resolved to %s, after the anchor", g.Value)
		}
	}
	// every other word a number
	var b strings.Builder
	for i := 0; i < 5000; i++ {
		b.WriteString("word ")
		b.WriteString([]string{"1998", "12", "3", "2019", "31", "7:30", "1/2", "99999"}[i%8])
		b.WriteString(" ")
	}
	for _, g := range Find(b.String(), thursday, true, nil) {
		if g.Value == "" {
			t.Fatalf("empty value for %q", g.Text)
		}
	}
	// a 1 MB line without punctuation: linear time, no panic
	line := strings.Repeat("the talks lasted for years and years on Friday since May ", 1<<20/58)
	if got := Find(line, thursday, true, nil); len(got) == 0 {
		t.Errorf("1 MB line: nothing found")
	}
}

func TestNoAnchor(t *testing.T) {
	cases := []struct{ text, expr, value string }{
		{"The ship sank on Tuesday.", "Tuesday", "XXXX-WXX-2"},
		{"The vote is on May 3.", "May 3", "XXXX-05-03"},
		{"The minister resigned yesterday.", "yesterday", "XXXX-XX-XX"},
		{"Prices rose last year.", "last year", "XXXX"},
		{"It opened in July 1997.", "July 1997", "1997-07"},
		{"She served for 12 years.", "12 years", "P12Y"},
		{"He is now in Paris.", "now", "PRESENT_REF"},
	}
	for _, c := range cases {
		check(t, c.text, c.text, time.Time{}, false, []want{{c.expr, "", c.value}})
	}
	a := &newsgraph.Article{Body: "The bank cut rates on Tuesday."}
	if err := (Stage{}).Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Warnings) == 0 {
		t.Errorf("no warning for a missing publication date")
	}
	if len(a.Times) != 1 || a.Times[0].Value != "XXXX-WXX-2" {
		t.Errorf("times without anchor = %s", dump(a.Times))
	}
}

func TestStage(t *testing.T) {
	a := &newsgraph.Article{
		Published: "2019-03-07T15:04:05Z",
		Body:      "The central bank said on Tuesday it would cut rates. Markets rallied. Analysts expect another cut in June.",
	}
	if (Stage{}).Name() != "timex" {
		t.Errorf("name = %q", Stage{}.Name())
	}
	if err := (Stage{}).Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Warnings) != 0 {
		t.Errorf("warnings: %v", a.Warnings)
	}
	if len(a.Times) != 2 || a.Times[0].Value != "2019-03-05" || a.Times[1].Value != "2019-06" {
		t.Fatalf("times = %s", dump(a.Times))
	}
	s1 := newsgraph.Span{Start: 0, End: 53}
	s2 := newsgraph.Span{Start: 54, End: 70}
	if d := SentenceDate(a, s1); d == nil || d.Value != "2019-03-05" || d.Origin != "stated" || d.Time != 0 {
		t.Errorf("sentence 1 date = %+v", d)
	}
	if d := SentenceDate(a, s2); d == nil || d.Value != "2019-03-07" || d.Origin != "published" || d.Time != -1 {
		t.Errorf("sentence 2 date = %+v", d)
	}
	b := &newsgraph.Article{Body: "Markets rallied."}
	if d := SentenceDate(b, newsgraph.Span{Start: 0, End: 16}); d != nil {
		t.Errorf("no date known, got %+v", d)
	}
}

func TestParseAnchor(t *testing.T) {
	cases := []struct {
		in   string
		ok   bool
		want string
	}{
		{"2019-03-05", true, "2019-03-05"},
		{"2019-03-05T10:04:00Z", true, "2019-03-05"},
		{"2019-03-05T10:04:00+02:00", true, "2019-03-05"},
		{"1998-03-04T18:30", true, "1998-03-04"},
		{"19980304", true, "1998-03-04"},
		{"", false, ""},
		{"yesterday", false, ""},
		{"2019-02-30", false, ""},
	}
	for _, c := range cases {
		got, ok := ParseAnchor(c.in)
		if ok != c.ok || ok && got.Format("2006-01-02") != c.want {
			t.Errorf("ParseAnchor(%q) = %v %v, want %v %s", c.in, got, ok, c.ok, c.want)
		}
	}
}

func TestTimeMLRoundTrip(t *testing.T) {
	src := `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2019-03-07" functionInDocument="CREATION_TIME">20190307</TIMEX3></DCT>
<TEXT>The bank raised rates on <TIMEX3 tid="t1" type="DATE" value="2019-03-05">Tuesday</TIMEX3> &amp; will meet <TIMEX3 tid="t2" type="SET" value="P1W">every week</TIMEX3>.</TEXT></TimeML>`
	doc, err := ParseTimeML(src)
	if err != nil {
		t.Fatal(err)
	}
	if doc.DCT != "2019-03-07" || !strings.Contains(doc.Text, "& will") || len(doc.Times) != 2 || doc.Times[0].Text != "Tuesday" {
		t.Fatalf("parsed %+v", doc)
	}
	anchor, _ := ParseAnchor(doc.DCT)
	pred := Find(doc.Text, anchor, true, nil)
	var c Counts
	c.Add(doc.Text, doc.Times, pred)
	if _, _, f := c.Strict3(); f != 1 || c.ValueF1() != 1 {
		t.Errorf("self score strict %v value %v: %s", f, c.ValueF1(), dump(pred))
	}
	back, err := ParseTimeML(WriteTimeML("d", doc.DCT, doc.Text, pred))
	if err != nil || back.Text != doc.Text || len(back.Times) != 2 || back.Times[1].Value != "P1W" {
		t.Errorf("round trip: %+v %v", back, err)
	}
	// scoring: a partial overlap is relaxed, not strict
	var c2 Counts
	c2.Add("on Sunday morning", []newsgraph.Time{{Span: newsgraph.Span{Start: 3, End: 17}, Type: "TIME", Value: "X"}}, []newsgraph.Time{{Span: newsgraph.Span{Start: 3, End: 9}, Type: "DATE", Value: "X"}})
	if c2.Strict != 0 || c2.Relaxed != 1 || c2.TypeOK != 0 || c2.ValueOK != 1 {
		t.Errorf("counts %+v", c2)
	}
}
