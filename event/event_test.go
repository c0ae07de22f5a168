package event

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/gazetteer"
	"github.com/newsgraph/newsgraph/sharedtest"
	"github.com/newsgraph/newsgraph/tokenize"
)

// article builds a tokenized article; ents maps entity IDs to a name in the
// text, its type and its country.
func article(body string, ents ...newsgraph.Entity) *newsgraph.Article {
	toks := tokenize.Tokens(body)
	a := &newsgraph.Article{Body: body, Tokens: toks, Sentences: tokenize.Sentences(body, toks), Published: "2026-03-02"}
	for _, e := range ents {
		from := 0
		for {
			i := strings.Index(body[from:], e.Name)
			if i < 0 {
				break
			}
			s := from + i
			e.Mentions = append(e.Mentions, newsgraph.Mention{Span: newsgraph.Span{Start: s, End: s + len(e.Name)}, Text: e.Name})
			from = s + len(e.Name)
		}
		a.Entities = append(a.Entities, e)
	}
	return a
}

type wantEvent struct {
	plover, cameo, status string
	source, target        string // country codes ("" = not checked), joined by "+" for several sources
	reportedBy            string
	trigger               string
}

func find(evs []newsgraph.Event, w wantEvent) *newsgraph.Event {
	for i := range evs {
		e := &evs[i]
		if e.PLOVER != w.plover || (w.cameo != "" && e.CAMEO != w.cameo) || (w.status != "" && e.Status != w.status) {
			continue
		}
		if w.trigger != "" && e.Trigger.Text != w.trigger {
			continue
		}
		if w.source != "" && countries(e.Source) != w.source {
			continue
		}
		if w.target != "" && countries(e.Target) != w.target {
			continue
		}
		if w.reportedBy != "" && e.ReportedBy != w.reportedBy {
			continue
		}
		return e
	}
	return nil
}

func countries(as []newsgraph.Actor) string {
	var cs []string
	for _, a := range as {
		cs = append(cs, a.Country)
	}
	return strings.Join(cs, "+")
}

func dump(evs []newsgraph.Event) string {
	var b strings.Builder
	for _, e := range evs {
		b.WriteString("\n  " + e.PLOVER + "/" + e.CAMEO + " " + e.Status + " [" + e.Trigger.Text + "] src=" + countries(e.Source) + " tgt=" + countries(e.Target) + " by=" + e.ReportedBy)
	}
	return b.String()
}

func TestIssueCases(t *testing.T) {
	minister := newsgraph.Entity{ID: "e1", Name: "Maria Lindqvist", Type: newsgraph.EntityPerson, Country: "SWE", Roles: []string{"foreign minister"}}
	cases := []struct {
		name string
		body string
		ents []newsgraph.Entity
		want []wantEvent
		none bool // no event at all
	}{
		{
			name: "head of state arrives for a visit: CONSULT/042, host as target",
			body: "Kenyan President Samuel Otieno arrived in Ghana on Monday for a three-day state visit.",
			want: []wantEvent{{plover: "CONSULT", cameo: "042", status: StatusHappened, source: "KEN", target: "GHA"}},
		},
		{
			name: "two countries agree to sign a partnership: AGREE, planned",
			body: "Norway and Chile agreed on Tuesday to sign a strategic partnership on renewable energy next year.",
			want: []wantEvent{
				{plover: "AGREE", status: StatusPlanned, source: "NOR+CHL"},
				{plover: "SUPPORT", cameo: "057", status: StatusPlanned, trigger: "sign a strategic partnership"},
			},
		},
		{
			name: "soldiers cross a border and draw warning shots: MOBILIZE and THREATEN (documented choice)",
			body: "Armenian soldiers crossed the border near the village, and Azerbaijani troops fired warning shots.",
			want: []wantEvent{
				{plover: "MOBILIZE", source: "ARM"},
				{plover: "THREATEN", cameo: "138", source: "AZE"},
			},
		},
		{
			name: "accusation of illegal arms transfers: ACCUSE by the speaker, AID claimed",
			body: "Maria Lindqvist accused Belarus of illegally transferring missiles to Serbia.",
			ents: []newsgraph.Entity{minister},
			want: []wantEvent{
				{plover: "ACCUSE", status: StatusHappened, target: "BLR"},
				{plover: "AID", cameo: "072", status: StatusClaimed, source: "BLR", target: "SRB", reportedBy: "e1"},
			},
		},
		{
			name: "denial by both accused: REJECT, the transfer negated and reported by them",
			body: "Belarus and Serbia denied transferring any missiles.",
			want: []wantEvent{
				{plover: "REJECT", source: "BLR+SRB"},
				{plover: "AID", status: StatusNegated},
			},
		},
		{
			name: "government suspends a military agreement: SANCTION/16x",
			body: "The Malian government suspended its military cooperation agreement with France on Friday.",
			want: []wantEvent{{plover: "SANCTION", cameo: "160", source: "MLI", target: "FRA"}},
		},
		{
			name: "an expert's comment is not an event",
			body: "The decision is likely to be popular with voters, said Anna Berg, a political scientist at Lund University.",
			none: true,
		},
		{
			name: "a press conference is a statement, not a request",
			body: "The interior minister held a press conference in the capital on Sunday.",
			none: true,
		},
		{
			name: "passive voice: the agent after by is the source",
			body: "A convoy of Sudanese aid trucks was attacked by Chadian rebels near the border.",
			want: []wantEvent{{plover: "ASSAULT", source: "TCD", target: "SDN"}},
		},
		{
			name: "future visit: AGREE (PLOVER codes announced cooperation as AGREE), CAMEO 036, planned",
			body: "The Japanese prime minister will visit India next month.",
			want: []wantEvent{{plover: "AGREE", cameo: "036", status: StatusPlanned, source: "JPN", target: "IND"}},
		},
		{
			name: "claim inside a said-clause",
			body: "Maria Lindqvist said Russian forces had shelled the port.",
			ents: []newsgraph.Entity{minister},
			want: []wantEvent{{plover: "ASSAULT", status: StatusClaimed, source: "RUS", reportedBy: "e1"}},
		},
		{
			name: "negated cooperation becomes a refusal",
			body: "Hungary will not send humanitarian aid to the region.",
			want: []wantEvent{{plover: "REJECT", source: "HUN"}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := article(tc.body, tc.ents...)
			if err := (Stage{}).Annotate(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			if tc.none {
				if len(a.Events) != 0 {
					t.Fatalf("want no event, got %s", dump(a.Events))
				}
				return
			}
			for _, w := range tc.want {
				e := find(a.Events, w)
				if e == nil {
					t.Errorf("missing %+v; got %s", w, dump(a.Events))
					continue
				}
				if a.Text(e.Trigger.Span) != e.Trigger.Text || e.Trigger.Start < e.Sentence.Start || e.Trigger.End > e.Sentence.End {
					t.Errorf("%s: trigger %q %v not inside its sentence %v", w.plover, e.Trigger.Text, e.Trigger.Span, e.Sentence)
				}
				if c, ok := LookupCAMEO(e.CAMEO); !ok || c.QuadClass != e.QuadClass || c.Goldstein != e.Goldstein {
					t.Errorf("%s/%s: quad %d goldstein %v do not come from the CAMEO table", e.PLOVER, e.CAMEO, e.QuadClass, e.Goldstein)
				}
				if e.Date == nil || e.Date.Value != "2026-03-02" || e.Date.Origin != "published" {
					t.Errorf("%s: date %+v, want the publication date", e.PLOVER, e.Date)
				}
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	var list []string
	for _, c := range []string{"France", "Germany", "Italy", "Spain", "Kenya", "Chile", "Peru", "Japan", "India", "Egypt"} {
		list = append(list, c)
	}
	long := strings.Repeat("the soldiers of the army attacked the village and the police arrested the leaders ", 200) + "."
	cases := []struct {
		name    string
		body    string
		maxEvts int
	}{
		{"300 country names", strings.Repeat(strings.Join(list, ", ")+", ", 30) + "Norway.", 0},
		{"no verb", "Kenya, Uganda and Tanzania: figures for the week.", 0},
		{"empty", "", 0},
		{"2,000-word sentence", long, maxMatchesPerSentence},
		{"punctuation only", "?!... -- ;;; ,,,", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := article(tc.body)
			if err := (Stage{}).Annotate(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			if len(a.Events) > tc.maxEvts*max(1, len(a.Sentences)) {
				t.Errorf("got %d events, want at most %d: %s", len(a.Events), tc.maxEvts, dump(a.Events[:min(5, len(a.Events))]))
			}
		})
	}
}

func TestVerbForms(t *testing.T) {
	cases := []struct {
		verb string
		want []string
	}{
		{"attack", []string{"attack", "attacks", "attacked", "attacking"}},
		{"ban", []string{"bans", "banned", "banning"}},
		{"seize", []string{"seizes", "seized", "seizing"}},
		{"deny", []string{"denies", "denied", "denying"}},
		{"meet", []string{"met", "meets", "meeting"}},
		{"withdraw", []string{"withdrew", "withdrawn"}},
	}
	for _, tc := range cases {
		got := map[string]bool{}
		for _, f := range verbForms(tc.verb) {
			got[f] = true
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("verbForms(%q) lacks %q: %v", tc.verb, w, verbForms(tc.verb))
			}
		}
	}
}

func TestLexiconParses(t *testing.T) {
	lx, err := parseLexicon(triggersTxt)
	if err != nil {
		t.Fatal(err)
	}
	plovers := set("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
	for _, p := range lx.pats {
		if !plovers[p.plover] && !strings.HasPrefix(p.cameo, "01") {
			t.Errorf("line %d: %q is not a PLOVER v2 type (only CAMEO 01 statements may have none)", p.line, p.plover)
		}
	}
	if _, err := parseLexicon("ASSAULT 999 - attack+"); err == nil {
		t.Error("an unknown CAMEO code was accepted")
	}
	if _, err := parseLexicon("ASSAULT 190 - * attack"); err == nil {
		t.Error("a pattern starting with a gap was accepted")
	}
}

func TestPLOVERFor(t *testing.T) {
	cases := map[string]string{"042": "CONSULT", "0871": "CONCEDE", "084": "RETREAT", "163": "SANCTION", "190": "ASSAULT", "010": "", "": "", "9": ""}
	for code, want := range cases {
		if got := PLOVERFor(code); got != want {
			t.Errorf("PLOVERFor(%q) = %q, want %q", code, got, want)
		}
	}
}

func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"Kenyan President Samuel Otieno arrived in Ghana on Monday.",
		"Belarus and Serbia denied transferring any missiles.",
		"was attacked by by by",
		"to to to sign sign",
		"U.S. US us Us, the the of 's",
	} {
		f.Add(s)
	}
	c := NewCoder(nil)
	f.Fuzz(func(t *testing.T, body string) {
		a := article(body)
		for _, s := range a.Sentences {
			for _, e := range c.CodeSentence(a, s) {
				if !e.Trigger.Valid(len(body)) || e.Trigger.Start < s.Start || e.Trigger.End > s.End {
					t.Fatalf("trigger %v outside sentence %v", e.Trigger.Span, s)
				}
				if e.PLOVER == "" || e.CAMEO == "" {
					t.Fatalf("event without type: %+v", e.Event)
				}
			}
		}
	})
}

// BenchmarkCode measures the coder on single-sentence inputs, tokenizing
// included (what `newsgraph eval events` times).
func BenchmarkCode(b *testing.B) {
	sents := []string{
		"Kenyan President Samuel Otieno arrived in Ghana on Monday for a three-day state visit.",
		"Norway and Chile agreed on Tuesday to sign a strategic partnership on renewable energy next year.",
		"Armenian soldiers crossed the border near the village, and Azerbaijani troops fired warning shots.",
		"The foreign minister accused Belarus of illegally transferring missiles to Serbia, officials said.",
		"The decision is likely to be popular with voters, said Anna Berg, a political scientist at Lund University.",
		"Police in the capital arrested 40 protesters who had blocked the main road to demand the release of detained journalists.",
	}
	c := NewCoder(nil)
	c.CodeSentence(article("x"), newsgraph.Span{End: 1})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := sents[i%len(sents)]
		a := &newsgraph.Article{Body: s, Tokens: tokenize.Tokens(s)}
		c.CodeSentence(a, newsgraph.Span{End: len(s)})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func TestDateAndQuote(t *testing.T) {
	body := `Officials said on Monday that "Belarus transferred missiles to Serbia last year."`
	a := article(body)
	day := strings.Index(body, "Monday")
	a.Times = []newsgraph.Time{{Span: newsgraph.Span{Start: day, End: day + len("Monday")}, Text: "Monday", Type: "DATE", Value: "2026-03-02"}}
	q := strings.Index(body, "Belarus")
	a.Quotes = []newsgraph.Quote{{Span: newsgraph.Span{Start: q, End: len(body) - 2}, Kind: "direct", Speaker: "e7"}}
	if err := (Stage{}).Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	e := find(a.Events, wantEvent{plover: "AID", status: StatusClaimed, source: "BLR", target: "SRB", reportedBy: "e7"})
	if e == nil {
		t.Fatalf("no claimed AID event reported by the quote's speaker: %s", dump(a.Events))
	}
	if e.Date == nil || e.Date.Origin != "stated" || e.Date.Value != "2026-03-02" || e.Date.Time != 0 {
		t.Errorf("date %+v, want the stated date of a.Times[0]", e.Date)
	}
}

func TestStageWithoutTokens(t *testing.T) {
	a := &newsgraph.Article{Body: "Chile attacked Peru."}
	if err := (Stage{}).Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Events) != 0 || len(a.Warnings) != 1 {
		t.Errorf("got %d events and warnings %q, want none and one warning", len(a.Events), a.Warnings)
	}
}

// BenchmarkLongSentence codes one run-on "sentence" of about 2,000 words.
func BenchmarkLongSentence(b *testing.B) {
	s := strings.Repeat("the soldiers of the army attacked the village and the police arrested the leaders ", 140) + "."
	a := article(s)
	c := NewCoder(nil)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.Events = a.Events[:0]
		for _, sent := range a.Sentences {
			c.CodeSentence(a, sent)
		}
	}
}

// TestConcurrentCoder shares one Coder between goroutines (run with -race).
func TestConcurrentCoder(t *testing.T) {
	c := NewCoder(nil)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				a := article("Kenyan soldiers attacked rebels near the border, officials said.")
				c.CodeSentence(a, newsgraph.Span{End: len(a.Body)})
			}
		}()
	}
	wg.Wait()
}

func TestUserActors(t *testing.T) {
	g := gazetteer.Default()
	g.Add(gazetteer.Entry{Name: "Northern Dune Brigade", Kind: gazetteer.KindActor, Type: newsgraph.EntityOrg, Country: "MLI", Sectors: []string{"REB"}})
	c := NewCoder(NewGazetteerNames(g))
	a := article("The Northern Dune Brigade attacked an army convoy near the Niger border.")
	evs := c.CodeSentence(a, a.Sentences[0])
	if len(evs) == 0 || evs[0].PLOVER != "ASSAULT" || len(evs[0].Source) == 0 || evs[0].Source[0].Country != "MLI" || evs[0].Source[0].Sector != "REB" {
		var got []newsgraph.Event
		for _, e := range evs {
			got = append(got, e.Event)
		}
		t.Fatalf("want ASSAULT by the user's MLI/REB actor, got %s", dump(got))
	}
}

// BenchmarkCodeDev codes the sentences of the shared DEV gold set, tokenizing
// included (skipped when ../shared is absent).
func BenchmarkCodeDev(b *testing.B) {
	path := sharedtest.Path(b, "eval/events/events_dev.jsonl")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	for _, line := range strings.Split(string(data), "\n") {
		var r struct {
			Text string `json:"text"`
		}
		if json.Unmarshal([]byte(line), &r) == nil && r.Text != "" {
			texts = append(texts, r.Text)
		}
	}
	c := NewCoder(nil)
	c.CodeSentence(article("x"), newsgraph.Span{End: 1})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := texts[i%len(texts)]
		a := &newsgraph.Article{Body: s, Tokens: tokenize.Tokens(s)}
		c.CodeSentence(a, newsgraph.Span{End: len(s)})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
