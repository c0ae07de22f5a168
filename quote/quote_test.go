package quote

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/tokenize"
)

// article builds a tokenized article; ents lists "ID|TYPE|mention|mention..."
// and every occurrence of each mention text becomes a mention of that entity.
func article(t testing.TB, body string, ents ...string) *newsgraph.Article {
	t.Helper()
	a := &newsgraph.Article{Body: body}
	if err := (tokenize.Stage{}).Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	for _, spec := range ents {
		f := strings.Split(spec, "|")
		e := newsgraph.Entity{ID: f[0], Type: f[1], Name: f[2]}
		for _, m := range f[2:] {
			if strings.HasPrefix(m, "role:") {
				e.Roles = append(e.Roles, strings.TrimPrefix(m, "role:"))
				continue
			}
			for off := 0; ; {
				i := strings.Index(body[off:], m)
				if i < 0 {
					break
				}
				s := off + i
				e.Mentions = append(e.Mentions, newsgraph.Mention{Span: newsgraph.Span{Start: s, End: s + len(m)}, Text: m})
				off = s + len(m)
			}
		}
		a.Entities = append(a.Entities, e)
	}
	return a
}

// want describes one expected quote; empty fields are not checked.
type want struct {
	content string // the content text (pieces joined by " … ")
	cue     string
	speaker string // speaker_text
	id      string // resolved entity ID ("-" for none)
	kind    string
}

func annotate(t testing.TB, a *newsgraph.Article) {
	t.Helper()
	if err := (Stage{}).Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
}

func describe(qs []newsgraph.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "\n  {%q cue=%q speaker=%q id=%q kind=%s claim=%d}", q.Text, q.Cue.Text, q.SpeakerText.Text, q.Speaker, q.Kind, q.Claim)
	}
	return b.String()
}

// find returns the quote whose content is w.content.
func find(qs []newsgraph.Quote, content string) *newsgraph.Quote {
	for i := range qs {
		if qs[i].Text == content {
			return &qs[i]
		}
	}
	return nil
}

func TestStageCases(t *testing.T) {
	tests := []struct {
		name string
		body string
		ents []string
		want []want
	}{
		{
			name: "direct after the cue",
			body: "Talks\n\nJohn Kamau said: “We will not sign this deal.”",
			ents: []string{"e1|PERSON|John Kamau"},
			want: []want{{content: "“We will not sign this deal.”", cue: "said:", speaker: "John Kamau", id: "e1", kind: "direct"}},
		},
		{
			name: "a relative pronoun speaker resolves to the name before it",
			body: "Talks stalled after the Treasury Ministry, which denied that the loan was late, walked out.",
			ents: []string{"e1|ORG|Treasury Ministry"},
			want: []want{{content: "that the loan was late", cue: "denied", speaker: "which", id: "e1"}},
		},
		{
			name: "a relative pronoun after a time zone does not resolve to it",
			body: "The blaze broke out at 9:52 a.m. (0652 UTC), Officer Kiptoo said, and the chief, who said more later, agreed.",
			ents: []string{"e1|MISC|UTC", "e2|PERSON|Kiptoo"},
			want: []want{
				{content: "The blaze broke out at 9:52 a.m. (0652 UTC)", cue: "said", speaker: "Officer Kiptoo", id: "e2"},
				{content: "more later", cue: "said", speaker: "who", id: "-"},
			},
		},
		{
			name: "a possessive speaker resolves like its pronoun",
			body: "Grace Wanjiru spoke on Monday. Her plan to cut fees drew praise.",
			ents: []string{"e1|PERSON|Grace Wanjiru"},
			want: []want{{content: "to cut fees", cue: "plan", speaker: "Her", id: "e1"}},
		},
		{
			name: "a writer's first person is nobody in the article, not the nearest name",
			body: "When the minister, Ruth Odhiambo, came to see me last week, I didn't expect her to raise the old dispute.",
			ents: []string{"e1|PERSON|Ruth Odhiambo"},
			want: []want{{content: "her to raise the old dispute", cue: "didn't expect", speaker: "I", id: "-"}},
		},
		{
			name: "first person in an interview answer is the labelled interviewee",
			body: "The interview took place in May.\n\n((Desk)) What made you start the clinic?\n\n((Amina Yusuf)) It was hard at first.\n\nNow we want to open a second clinic next year.",
			ents: []string{"e1|PERSON|Amina Yusuf"},
			want: []want{{content: "to open a second clinic next year", cue: "want", speaker: "we", id: "e1"}},
		},
		{
			name: "first person after an interviewer's question stays unknown",
			body: "Amina Yusuf opened the clinic.\n\nDESK: Did you expect the money to run out?\n\nI thought it would last a year.",
			ents: []string{"e1|PERSON|Amina Yusuf"},
			want: []want{
				{content: "Did you expect the money to run out?", cue: ":", speaker: "DESK", id: "-"},
				{content: "it would last a year", cue: "thought", speaker: "I", id: "-"},
			},
		},
		{
			name: "the company is the organisation named last; a possessive description is its own",
			body: "Shares of Acme Motors fell on Monday. The company said sales would recover. The drivers' union said the plant would close.",
			ents: []string{"e1|ORG|Acme Motors"},
			want: []want{
				{content: "sales would recover", cue: "said", speaker: "The company", id: "e1"},
				{content: "the plant would close", cue: "said", speaker: "The drivers' union", id: "-"},
			},
		},
		{
			name: "a role of a place before the name is the person's",
			body: "The mayor of Springfield, Ann Lee, said the bridge would reopen. President of Kenya William Ruto said the same. " +
				"Kenya's interior minister, Kithure Kindiki, said it was safe.",
			ents: []string{"e1|GPE|Springfield|Kenya", "e2|PERSON|Ann Lee", "e3|PERSON|William Ruto", "e4|PERSON|Kithure Kindiki"},
			want: []want{
				{content: "the bridge would reopen", cue: "said", speaker: "The mayor of Springfield, Ann Lee,", id: "e2"},
				{content: "the same", cue: "said", speaker: "President of Kenya William Ruto", id: "e3"},
				{content: "it was safe", cue: "said", speaker: "Kenya's interior minister, Kithure Kindiki,", id: "e4"},
			},
		},
		{
			name: "US is the country, not us",
			body: "The US said the talks would resume on Monday.",
			ents: []string{"e1|GPE|US"},
			want: []want{{content: "the talks would resume on Monday", cue: "said", speaker: "US", id: "e1"}},
		},
		{
			name: "direct before the cue",
			body: "“We will not sign this deal,” John Kamau said on Monday.",
			ents: []string{"e1|PERSON|John Kamau"},
			want: []want{{content: "“We will not sign this deal,”", cue: "said", speaker: "John Kamau", id: "e1", kind: "direct"}},
		},
		{
			name: "inverted order with an appositive",
			body: "\"The budget is a fantasy,\" said Maria Lopez, a senator from Texas.",
			ents: []string{"e1|PERSON|Maria Lopez"},
			want: []want{{content: "\"The budget is a fantasy,\"", cue: "said", speaker: "Maria Lopez, a senator from Texas", id: "e1", kind: "direct"}},
		},
		{
			name: "an aside between dashes, resolved to the name before it",
			body: "Aparna Garg — the manager of the Mysore Division for two years — said the crew would be all women.",
			ents: []string{"e1|PERSON|Aparna Garg", "e2|LOCATION|Mysore Division"},
			want: []want{{content: "the crew would be all women", cue: "said", speaker: "Aparna Garg — the manager of the Mysore Division for two years —", id: "e1"}},
		},
		{
			name: "members of an organisation speak for it, other plurals do not",
			body: "The ministry said the dam was safe. Officials said inspections would continue. Analysts say the dam is too old.",
			ents: []string{"e1|ORG|The ministry"},
			want: []want{
				{content: "the dam was safe", cue: "said", speaker: "The ministry", id: "e1"},
				{content: "inspections would continue", cue: "said", speaker: "Officials", id: "e1"},
				{content: "the dam is too old", cue: "say", speaker: "Analysts", id: "-"},
			},
		},
		{
			name: "split around the cue",
			body: "Anna Berg spoke after the vote. “We are ready,” she said, “to talk.”",
			ents: []string{"e1|PERSON|Anna Berg"},
			want: []want{{content: "“We are ready,” … “to talk.”", cue: "said", speaker: "she", id: "e1", kind: "direct"}},
		},
		{
			name: "quote continues in the next sentence",
			body: "“The river is rising,” the mayor said. “We have moved 300 families.”",
			want: []want{{content: "“The river is rising,” … “We have moved 300 families.”", cue: "said", speaker: "the mayor", kind: "direct"}},
		},
		{
			name: "multi-paragraph quote reopening at each paragraph",
			body: "Pedro Alves said:\n\n“The first problem is the money.\n\n“The second problem is the time. We have neither.”\n\nThe meeting ended.",
			ents: []string{"e1|PERSON|Pedro Alves"},
			want: []want{{content: "“The first problem is the money. … “The second problem is the time. We have neither.”", cue: "said:", speaker: "Pedro Alves", id: "e1", kind: "direct"}},
		},
		{
			name: "excerpt pasted with opening marks only: its statements are found",
			body: "The weekly's portrait ran on Friday.\n\n\"Amina thought the fee was outrageous. She was quiet.\n\n\"Kiprop walked onto the pitch, chanting “K-O-R! K-O-R!”\n\nThe match ended.",
			want: []want{
				{content: "the fee was outrageous", cue: "thought", speaker: "Amina", kind: "indirect"},
				{content: "“K-O-R! K-O-R!”", cue: "chanting", speaker: "Kiprop", kind: "direct"},
			},
		},
		{
			name: "partial quote inside reported speech",
			body: "The opposition leader called the proposal a “dead end” for the region.",
			want: []want{{content: "the proposal a “dead end” for the region", cue: "called", speaker: "The opposition leader", kind: "partial"}},
		},
		{
			name: "indirect speech with that and a date adjunct",
			body: "Smith said on Friday that the plan would not pass the senate.",
			ents: []string{"e1|PERSON|Smith"},
			want: []want{{content: "that the plan would not pass the senate", cue: "said", speaker: "Smith", id: "e1", kind: "indirect"}},
		},
		{
			name: "cue in the middle of unquoted speech",
			body: "The new tariffs on maize, the trade minister said, will be lifted in May.",
			want: []want{{content: "The new tariffs on maize … will be lifted in May", cue: "said", speaker: "the trade minister", kind: "indirect"}},
		},
		{
			name: "according to, after the content",
			body: "The border will reopen next week, according to two officials.",
			want: []want{{content: "The border will reopen next week", cue: "according to", speaker: "two officials", kind: "indirect"}},
		},
		{
			name: "according to, before the content",
			body: "According to the ministry, the border will reopen next week.",
			ents: []string{"e1|ORG|Ministry of Interior|the ministry"},
			want: []want{{content: "the border will reopen next week", cue: "According to", speaker: "the ministry", id: "e1"}},
		},
		{
			name: "told AFP that",
			body: "Ochieng told AFP that the border would reopen.",
			ents: []string{"e1|PERSON|Ochieng", "e2|ORG|AFP"},
			want: []want{{content: "that the border would reopen", cue: "told", speaker: "Ochieng", id: "e1"}},
		},
		{
			name: "group statements",
			body: "Officials said the road was closed. The ministry said in a statement that repairs would take a month. State media in Kampala reported that two bridges had collapsed.",
			ents: []string{"e1|ORG|Ministry of Works|The ministry", "e2|GPE|Kampala"},
			want: []want{
				{content: "the road was closed", cue: "said", speaker: "Officials", id: "-"},
				{content: "that repairs would take a month", cue: "said", speaker: "The ministry", id: "e1"},
				{content: "that two bridges had collapsed", cue: "reported", speaker: "State media in Kampala", id: "-"},
			},
		},
		{
			name: "pronoun and description speakers",
			body: "Jane Muthoni, a professor at Nairobi University, said the study was flawed. “The sample is too small,” the professor added. Kenyan officials said the talks had failed. They said a new round was planned.",
			ents: []string{"e1|PERSON|Jane Muthoni|role:professor", "e2|ORG|Nairobi University", "e3|GPE|Kenya|Kenyan"},
			want: []want{
				{content: "the study was flawed", speaker: "Jane Muthoni, a professor at Nairobi University,", id: "e1"},
				{content: "“The sample is too small,”", cue: "added", speaker: "the professor", id: "e1"},
				{content: "the talks had failed", speaker: "Kenyan officials", id: "e3"},
				{content: "a new round was planned", speaker: "They", id: "e3"},
			},
		},
		{
			name: "he said after a named speaker",
			body: "Tom Okello spoke to reporters in Kampala. “We are ready,” he said.",
			ents: []string{"e1|PERSON|Tom Okello", "e2|GPE|Kampala"},
			want: []want{{content: "“We are ready,”", speaker: "he", id: "e1"}},
		},
		{
			name: "denial",
			body: "State media reported that troops had crossed the border. Both governments have denied the reports.",
			want: []want{
				{content: "that troops had crossed the border", cue: "reported", speaker: "State media"},
				{content: "the reports", cue: "have denied", speaker: "Both governments"},
			},
		},
		{
			name: "warned and wrote in an op-ed",
			body: "The central bank warned that inflation would rise. Ruth Adeyemi wrote in an op-ed that the currency was overvalued.",
			ents: []string{"e1|ORG|The central bank", "e2|PERSON|Ruth Adeyemi"},
			want: []want{
				{content: "that inflation would rise", cue: "warned", speaker: "The central bank", id: "e1"},
				{content: "that the currency was overvalued", cue: "wrote in an op-ed", speaker: "Ruth Adeyemi", id: "e2"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article(t, tc.body, tc.ents...)
			annotate(t, a)
			if len(a.Quotes) != len(tc.want) {
				t.Fatalf("got %d quotes, want %d:%s", len(a.Quotes), len(tc.want), describe(a.Quotes))
			}
			for _, w := range tc.want {
				q := find(a.Quotes, w.content)
				if q == nil {
					t.Errorf("no quote with content %q:%s", w.content, describe(a.Quotes))
					continue
				}
				if w.cue != "" && q.Cue.Text != w.cue {
					t.Errorf("%q: cue %q, want %q", w.content, q.Cue.Text, w.cue)
				}
				if w.speaker != "" && q.SpeakerText.Text != w.speaker {
					t.Errorf("%q: speaker %q, want %q", w.content, q.SpeakerText.Text, w.speaker)
				}
				if w.id == "-" && q.Speaker != "" {
					t.Errorf("%q: speaker id %q, want none", w.content, q.Speaker)
				}
				if w.id != "" && w.id != "-" && q.Speaker != w.id {
					t.Errorf("%q: speaker id %q, want %q", w.content, q.Speaker, w.id)
				}
				if w.kind != "" && q.Kind != w.kind {
					t.Errorf("%q: kind %q, want %q", w.content, q.Kind, w.kind)
				}
				if a.Text(q.Cue.Span) != q.Cue.Text || a.Text(q.SpeakerText.Span) != q.SpeakerText.Text {
					t.Errorf("%q: spans do not point at their texts", w.content)
				}
			}
		})
	}
}

func TestClaims(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		same  [][2]string // contents that must share a claim group
		apart [][2]string // contents that must not
	}{
		{
			name: "claim and denial by reference",
			body: "State media reported that troops had crossed the border. Both governments have denied the reports.",
			same: [][2]string{{"that troops had crossed the border", "the reports"}},
		},
		{
			name: "claim repeated and denied with the same words",
			body: "Omondi said the dam would be finished by June. The contractor also said the dam would be finished by June. Wanjiru denied that the dam would be finished by June. Omondi said the weather was fine.",
			same: [][2]string{
				{"the dam would be finished by June", "that the dam would be finished by June"},
			},
			apart: [][2]string{{"the dam would be finished by June", "the weather was fine"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article(t, tc.body)
			annotate(t, a)
			for _, p := range tc.same {
				x, y := find(a.Quotes, p[0]), find(a.Quotes, p[1])
				if x == nil || y == nil {
					t.Fatalf("missing %q or %q:%s", p[0], p[1], describe(a.Quotes))
				}
				if x.Claim < 0 || x.Claim != y.Claim {
					t.Errorf("%q (claim %d) and %q (claim %d) should share a claim group", p[0], x.Claim, p[1], y.Claim)
				}
			}
			for _, p := range tc.apart {
				x, y := find(a.Quotes, p[0]), find(a.Quotes, p[1])
				if x == nil || y == nil {
					t.Fatalf("missing %q or %q:%s", p[0], p[1], describe(a.Quotes))
				}
				if x.Claim >= 0 && x.Claim == y.Claim {
					t.Errorf("%q and %q should not share claim group %d", p[0], p[1], x.Claim)
				}
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	many := strings.Repeat("“We will win,” the coach said. ", 200)
	tests := []struct {
		name      string
		body      string
		nQuotes   int  // -1: do not check
		warn      bool // a warning is expected
		maxQuoted int  // no quote content longer than this many bytes
	}{
		{"unbalanced closing mark", "The minister said” the deal was off. Later he left.", -1, true, 60},
		{"quote never closes", "“We will never agree, the minister said.\n\nThe second paragraph is plain news text about the harvest and prices.\n\nA third paragraph follows with more plain text.", -1, true, 60},
		{"200 quotes", many, 200, false, 40},
		{"nested three deep", "Ali said: “She told me ‘he shouted “stop” at us’ before noon.” Then he left.", 1, false, 80},
		{"mixed straight and curly", "“We are ready,\" said Ana Silva. \"So are we,” said Rui Costa.", 2, false, 40},
		{"empty", "", 0, false, 0},
		{"only marks", "\"\"\"“”“”''", 0, -1 == 0, 20},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article(t, tc.body)
			annotate(t, a)
			if tc.nQuotes >= 0 && len(a.Quotes) != tc.nQuotes {
				t.Errorf("got %d quotes, want %d:%s", len(a.Quotes), tc.nQuotes, describe(a.Quotes))
			}
			if tc.warn && len(a.Warnings) == 0 {
				t.Errorf("no warning for broken quotation structure")
			}
			for _, q := range a.Quotes {
				if q.Len() > tc.maxQuoted {
					t.Errorf("quote of %d bytes runs too far: %q", q.Len(), q.Text)
				}
				if !q.Valid(len(a.Body)) {
					t.Errorf("quote span %v outside the body", q.Span)
				}
			}
		})
	}
}

func TestWithoutTokens(t *testing.T) {
	// the stage tokenizes the body itself when the tokenize stage did not run
	a := &newsgraph.Article{Body: "“It is over,” the coach said."}
	annotate(t, a)
	if len(a.Quotes) != 1 || a.Quotes[0].SpeakerText.Text != "the coach" {
		t.Fatalf("got:%s", describe(a.Quotes))
	}
	if a.Quotes[0].Speaker != "" {
		t.Errorf("speaker %q resolved without entities", a.Quotes[0].Speaker)
	}
}

func TestDate(t *testing.T) {
	a := article(t, "Smith said the plan would fail. Jones said on Friday it would not.")
	var got []newsgraph.Span
	st := Stage{DateOf: func(a *newsgraph.Article, s newsgraph.Span) *newsgraph.DateRef {
		got = append(got, s)
		return &newsgraph.DateRef{Value: "2024-03-05", Origin: "published", Time: -1}
	}}
	if err := st.Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 2 || len(got) != 2 {
		t.Fatalf("quotes %d, DateOf calls %d:%s", len(a.Quotes), len(got), describe(a.Quotes))
	}
	for i, q := range a.Quotes {
		if q.Date == nil || q.Date.Value != "2024-03-05" {
			t.Errorf("quote %d: date %+v", i, q.Date)
		}
		if s := got[i]; q.Cue.Start < s.Start || q.Cue.End > s.End {
			t.Errorf("quote %d: DateOf got sentence %q, not the one holding the cue %q", i, a.Text(s), q.Cue.Text)
		}
	}
	// without DateOf, no date
	b := article(t, "Smith said the plan would fail.")
	annotate(t, b)
	if len(b.Quotes) != 1 || b.Quotes[0].Date != nil {
		t.Errorf("date without DateOf: %+v", b.Quotes)
	}
}
