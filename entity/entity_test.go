package entity

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/gazetteer"
)

var stories = []struct {
	name     string
	text     string
	want     []want
	entities int // number of entities expected (0: not checked)
}{
	{
		name: "summit: titles, demonyms, surnames",
		text: "BERLIN — [German|NORP] Chancellor [Angela Merkel|PERSON] and [French|NORP] President " +
			"[Emmanuel Macron|PERSON] met in [Berlin|GPE] on Tuesday to discuss the budget of the " +
			"[European Union|ORG].\n[Merkel|PERSON] said the two leaders agreed on a timetable. " +
			"\"We are not there yet,\" [Macron|PERSON] told reporters, adding that the [EU|ORG] " +
			"needed a decision by March. [Merkel's|PERSON] spokesman declined to comment.",
		want: []want{
			{name: "Angela Merkel", typ: "PERSON", country: "DEU", roles: []string{"Chancellor"},
				mentions: []string{"Angela Merkel", "Merkel", "Merkel's"}},
			{name: "Emmanuel Macron", typ: "PERSON", country: "FRA", roles: []string{"President"},
				mentions: []string{"Emmanuel Macron", "Macron"}},
			{name: "European Union", typ: "ORG", mentions: []string{"European Union", "EU"}},
			{name: "Berlin", typ: "GPE", country: "DEU"},
			{name: "German", typ: "NORP", country: "DEU"},
		},
		entities: 6,
	},
	{
		name: "a role with the place of its office before the name",
		text: "Guests included the Prime Minister of [Singapore|GPE], Mr. [Lee Hsien Loong|PERSON], and " +
			"President of [Kenya|GPE] [William Ruto|PERSON]. The chairman of the [Federal Reserve|ORG], " +
			"[Jerome Powell|PERSON], spoke later.",
		want: []want{
			{name: "Lee Hsien Loong", typ: "PERSON", country: "SGP", roles: []string{"Prime Minister"}},
			{name: "William Ruto", typ: "PERSON", country: "KEN", roles: []string{"President"}},
			{name: "Jerome Powell", typ: "PERSON", country: "USA", roles: []string{"chairman"}, orgs: []string{"Federal Reserve"}},
		},
	},
	{
		name: "a name the tagger calls a person, introduced as a company",
		text: "International car company [DaimlerChrysler|PERSON] said on Wednesday it would cut jobs. " +
			"[DaimlerChrysler|PERSON] also plans to sell a plant. Executive [Ann Lee|PERSON] agreed.",
		want: []want{
			{name: "DaimlerChrysler", typ: "ORG", mentions: []string{"DaimlerChrysler", "DaimlerChrysler"}},
			{name: "Ann Lee", typ: "PERSON"},
		},
	},
	{
		name: "hyphenated name and institution premodifier",
		text: "[European Commission|ORG] President [Jean-Claude Juncker|PERSON] warned " +
			"[London|GPE] on Friday. [Juncker|PERSON], speaking in [Strasbourg|GPE], said the " +
			"[Commission|ORG] would not reopen the deal.",
		want: []want{
			{name: "Jean-Claude Juncker", country: "", roles: []string{"President"},
				orgs: []string{"European Commission"}, mentions: []string{"Jean-Claude Juncker", "Juncker"}},
			{name: "London", country: "GBR"},
		},
	},
	{
		name: "acronyms: U.N., UN, United Nations; CPJ defined in the text",
		text: "The [U.N.|ORG] said on Monday that aid convoys had reached the city. A spokesman for " +
			"the [United Nations|ORG] said more were planned. The [Committee to Protect Journalists|ORG] " +
			"(CPJ) said two reporters were detained. [UN|ORG] officials and CPJ have asked for their " +
			"release, and the [CPJ|ORG] said it had written to the authorities.",
		want: []want{
			{name: "United Nations", typ: "ORG", mentions: []string{"U.N.", "United Nations", "UN"}},
			{name: "Committee to Protect Journalists", typ: "ORG",
				mentions: []string{"Committee to Protect Journalists", "CPJ", "CPJ", "CPJ"}},
		},
		entities: 2,
	},
	{
		name: "tagger kept the acronym inside the name",
		text: "The [International Atomic Energy Agency (IAEA)|ORG] sent inspectors. The [IAEA|ORG] " +
			"said access was limited.",
		want: []want{
			{name: "International Atomic Energy Agency", mentions: []string{"International Atomic Energy Agency", "IAEA", "IAEA"}},
		},
		entities: 1,
	},
	{
		name: "shared surname: the reporter is not the president",
		text: "SEOUL — [South Korean|NORP] President [Moon Jae-in|PERSON] said on Thursday he was " +
			"ready to meet [Kim Jong Un|PERSON]. [Moon|PERSON] made the offer in a speech in [Seoul|GPE]. " +
			"Aides said [Moon|PERSON] would travel to the border next week.\n" +
			"[Jane Moon|PERSON] reported from [Lagos|GPE].",
		want: []want{
			{name: "Moon Jae-in", country: "KOR", roles: []string{"President"},
				mentions: []string{"Moon Jae-in", "Moon", "Moon"}},
			{name: "Jane Moon", mentions: []string{"Jane Moon"}, noRoles: true},
			{name: "Kim Jong Un", mentions: []string{"Kim Jong Un"}},
			{name: "Lagos", country: "NGA"},
			{name: "Seoul", country: "KOR"},
		},
	},
	{
		name: "two full names with one surname stay two; the short form takes the latest",
		text: "[John Okafor|PERSON], a farmer in [Kaduna|GPE], lost his harvest. His sister " +
			"[Grace Okafor|PERSON], a nurse, said the family had nothing left. \"We will rebuild,\" " +
			"[Okafor|PERSON] said.",
		want: []want{
			{name: "John Okafor", roles: []string{"farmer"}, mentions: []string{"John Okafor"}},
			{name: "Grace Okafor", roles: []string{"nurse"}, mentions: []string{"Grace Okafor", "Okafor"}},
			{name: "Kaduna", country: "NGA"},
		},
	},
	{
		name: "roles from appositives and premodifiers",
		text: "[Foreign Office|ORG] spokeswoman [Jane Roe|PERSON] said the talks would resume. " +
			"[John Doe|PERSON], the minister's chief of staff, declined to comment. " +
			"[Mary Major|PERSON], professor of economics at [Some University|ORG], said the plan " +
			"would fail. [Peter Quill|PERSON], a spokesman for the [Ministry of Finance|ORG], disagreed.",
		want: []want{
			{name: "Jane Roe", country: "GBR", roles: []string{"spokeswoman"}, orgs: []string{"Foreign Office"}},
			{name: "John Doe", roles: []string{"chief of staff"}},
			{name: "Mary Major", roles: []string{"professor of economics"}, orgs: []string{"Some University"}},
			{name: "Peter Quill", roles: []string{"spokesman"}, orgs: []string{"Ministry of Finance"}},
		},
	},
	{
		name: "countries from demonyms, institutions and the office held",
		text: "NAIROBI — [Kenyan|NORP] police fired tear gas at protesters in [Nairobi|GPE] on " +
			"Saturday. The [Brazilian|NORP] [Foreign Ministry|ORG] said it was monitoring the " +
			"situation, and [Brazilian Foreign Ministry|ORG] spokesman [João Silva|PERSON] urged calm. " +
			"[U.S.|GPE] Secretary of State [Antony Blinken|PERSON] spoke to [Kenya|GPE]'s " +
			"Interior Minister [Kithure Kindiki|PERSON] by phone.",
		want: []want{
			{name: "Kenyan police", typ: "ORG", country: "KEN"},
			{name: "Nairobi", country: "KEN"},
			{name: "Brazilian Foreign Ministry", typ: "ORG", country: "BRA",
				mentions: []string{"Foreign Ministry", "Brazilian Foreign Ministry"}},
			{name: "João Silva", country: "BRA", roles: []string{"spokesman"}, orgs: []string{"Brazilian Foreign Ministry"}},
			{name: "Antony Blinken", country: "USA", roles: []string{"Secretary of State"}},
			{name: "Kithure Kindiki", country: "KEN", roles: []string{"Interior Minister"}},
			{name: "Kenya", typ: "GPE", country: "KEN"},
		},
	},
	{
		name: "title inside the tagged span, country variants",
		text: "[President Joe Biden|PERSON] said the [United States|GPE] would act. [Biden|PERSON] " +
			"spoke after [Mr. Zelensky|PERSON] visited [Washington|GPE]. [America|GPE] and the " +
			"[U.S.|GPE] Congress were divided, and [Zelensky|PERSON] left for [Kyiv|GPE].",
		want: []want{
			{name: "Joe Biden", roles: []string{"President"}, mentions: []string{"President Joe Biden", "Biden"}},
			{name: "United States", typ: "GPE", country: "USA", mentions: []string{"United States", "America", "U.S."}},
			{name: "Zelensky", mentions: []string{"Mr. Zelensky", "Zelensky"}},
			{name: "Kyiv", country: "UKR"},
			{name: "Washington", country: "USA"},
		},
	},
	{
		name: "possessive countries, ages and short institution names",
		text: "MOSCOW — [Russian|NORP] Foreign Minister [Sergei Lavrov|PERSON] met [WHO|ORG] " +
			"Director-General [Tedros Adhanom Ghebreyesus|PERSON] on Monday. [Lavrov|PERSON], " +
			"[Russia|GPE]'s top diplomat since 2004, said little. [Olga Petrova|PERSON], " +
			"[Russia|GPE]'s deputy health minister, attended. [Mary Major|PERSON], 52, a senior " +
			"economist at [Acme Bank|ORG], said sanctions would bite. [Tedros|PERSON] left for " +
			"[Geneva|GPE]. The [European Commission|ORG] said the [Commission|ORG] was not invited.",
		want: []want{
			{name: "Sergei Lavrov", country: "RUS", roles: []string{"Foreign Minister"}, mentions: []string{"Sergei Lavrov", "Lavrov"}},
			{name: "Tedros Adhanom Ghebreyesus", roles: []string{"Director-General"}, orgs: []string{"WHO"},
				mentions: []string{"Tedros Adhanom Ghebreyesus", "Tedros"}},
			{name: "Olga Petrova", country: "RUS", roles: []string{"deputy health minister"}},
			{name: "Mary Major", roles: []string{"senior economist"}, orgs: []string{"Acme Bank"}},
			{name: "Russia", typ: "GPE", country: "RUS", mentions: []string{"Russia", "Russia"}},
			{name: "Geneva", country: "CHE"},
			{name: "European Commission", mentions: []string{"European Commission", "Commission"}},
		},
	},
	{
		name: "company short forms; a family name that is also the company's",
		text: "[Apple Computer|ORG] said on Tuesday that sales rose. [Apple|ORG] shares gained 3% " +
			"in [New York|GPE], where [Apple|ORG] is listed. Separately, [Ford Motor Company|ORG] " +
			"chairman [William Clay Ford Jr.|PERSON] said [Ford|ORG] would cut jobs, and " +
			"[Uralsib analyst Chris Weafer|PERSON] said [Weafer|PERSON]'s forecast stood.",
		want: []want{
			{name: "Apple Computer", typ: "ORG", mentions: []string{"Apple Computer", "Apple", "Apple"}},
			{name: "Ford Motor Company", typ: "ORG", mentions: []string{"Ford Motor Company", "Ford"}},
			{name: "William Clay Ford Jr.", roles: []string{"chairman"}, orgs: []string{"Ford Motor Company"},
				mentions: []string{"William Clay Ford Jr."}},
			{name: "Chris Weafer", roles: []string{"analyst"}, orgs: []string{"Uralsib"},
				mentions: []string{"Uralsib analyst Chris Weafer", "Weafer"}},
			{name: "New York", country: "USA"},
		},
	},
	{
		name: "two companies sharing a first word stay two",
		text: "The [Apple Corps|ORG] label, which sued [Apple Inc.|ORG] in 2006, said [Apple|ORG] " +
			"had settled. [Apple Corps|ORG] declined to comment.",
		want: []want{
			{name: "Apple Corps", typ: "ORG", mentions: []string{"Apple Corps", "Apple Corps"}},
			{name: "Apple Inc.", typ: "ORG", mentions: []string{"Apple Inc.", "Apple"}},
		},
		entities: 2,
	},
	{
		name: "portfolios, states and acronyms that look like places",
		text: "OTTAWA — [Paul Tremblay|PERSON], [Canada|GPE]'s Minister of [Industry|GPE], said the " +
			"loans were final. Ohio Congresswoman [Linda Park|PERSON] objected, and [Sam Ortiz|PERSON], " +
			"the [GAO|ORG]'s managing associate general counsel, declined to comment. Sen. " +
			"[Ruth Kwan|PERSON] agreed; [Sen. Kwan|PERSON] will hold hearings.",
		want: []want{
			{name: "Paul Tremblay", country: "CAN", roles: []string{"Minister of Industry"}},
			{name: "Linda Park", country: "USA", roles: []string{"Congresswoman"}},
			{name: "Sam Ortiz", country: "", roles: []string{"managing associate general counsel"}, orgs: []string{"GAO"}},
			{name: "Ruth Kwan", roles: []string{"Senator"}, mentions: []string{"Ruth Kwan", "Sen. Kwan"}},
		},
	},
	{
		name: "a role before the name, set off by commas",
		text: "[Kenya|GPE]'s interior minister, [Grace Wanjiru|PERSON], said the curfew would end. " +
			"After meeting the minister, [Tom Otieno|PERSON] said nothing. The company's chief " +
			"executive, [Ann Lee|PERSON].",
		want: []want{
			{name: "Grace Wanjiru", country: "KEN", roles: []string{"interior minister"}},
			{name: "Tom Otieno", country: "", noRoles: true},
			{name: "Ann Lee", roles: []string{"chief executive"}},
		},
	},
	{
		name: "tagger inconsistency: surname once tagged ORG",
		text: "[Amina Yusuf|PERSON], a lawyer for the families, said the case would go to the " +
			"[High Court|ORG]. [Yusuf|ORG] added that a date had not been set.",
		want: []want{
			{name: "Amina Yusuf", typ: "PERSON", roles: []string{"lawyer"}, mentions: []string{"Amina Yusuf", "Yusuf"}},
		},
	},
}

func TestStories(t *testing.T) {
	s := New(nil)
	for _, st := range stories {
		t.Run(st.name, func(t *testing.T) {
			a := article(st.text)
			run(t, s, a)
			for _, w := range st.want {
				check(t, a, w)
			}
			if st.entities > 0 && len(a.Entities) != st.entities {
				t.Errorf("%d entities, want %d: %v", len(a.Entities), st.entities, names(a))
			}
			checkInvariants(t, a)
		})
	}
}

// checkInvariants: IDs e1.. in order of first mention, mentions sorted and
// inside the body, every entity typed and named.
func checkInvariants(t *testing.T, a *newsgraph.Article) {
	t.Helper()
	last := -1
	for i, e := range a.Entities {
		if e.ID != fmt.Sprintf("e%d", i+1) {
			t.Errorf("entity %d has ID %q", i, e.ID)
		}
		if e.Name == "" || e.Type == "" || len(e.Mentions) == 0 {
			t.Errorf("entity %s incomplete: %+v", e.ID, e)
			continue
		}
		if e.Mentions[0].Start <= last {
			t.Errorf("entity %s out of order", e.ID)
		}
		last = e.Mentions[0].Start
		for j, m := range e.Mentions {
			if !m.Valid(len(a.Body)) || (j > 0 && m.Start < e.Mentions[j-1].Start) {
				t.Errorf("entity %s: bad mention %+v", e.ID, m)
			}
		}
	}
}

func TestUserActors(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "actors.csv")
	data := "name,aliases,type,country,role,valid_from,valid_to\n" +
		"Amina Odhiambo,Odhiambo,PERSON,KEN,Interior Minister,2024-01-01,2026-06-30\n" +
		"Robert Mwangi,Bob Mwangi,PERSON,KE,Governor of Nakuru,,\n" +
		"Lake Basin Authority,LBA,ORG,KEN,,,\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	g := gazetteer.Default()
	if err := g.AddFile(path); err != nil {
		t.Fatal(err)
	}
	s := New(g)
	text := "[Odhiambo|PERSON] told reporters that [Robert Mwangi|PERSON] had been warned. " +
		"[Bob Mwangi|PERSON] denied it. The [Lake Basin Authority|ORG] said the [LBA|ORG] would investigate."
	tests := []struct {
		published string
		want      []want
	}{
		{"2025-05-02", []want{
			{name: "Odhiambo", country: "KEN", roles: []string{"Interior Minister"}},
			{name: "Robert Mwangi", country: "KEN", roles: []string{"Governor of Nakuru"},
				mentions: []string{"Robert Mwangi", "Bob Mwangi"}},
			{name: "Lake Basin Authority", country: "KEN", mentions: []string{"Lake Basin Authority", "LBA"}},
		}},
		{"2027-01-10", []want{
			{name: "Odhiambo", country: ""}, // no longer in office
			{name: "Robert Mwangi", country: "KEN", mentions: []string{"Robert Mwangi", "Bob Mwangi"}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.published, func(t *testing.T) {
			a := article(text)
			a.Published = tt.published
			run(t, s, a)
			for _, w := range tt.want {
				check(t, a, w)
			}
			if e := byName(a, "Odhiambo"); e != nil && tt.published > "2026-06-30" && len(e.Roles) > 0 {
				t.Errorf("expired role kept: %q", e.Roles)
			}
		})
	}
}

func TestOddInput(t *testing.T) {
	s := &Stage{} // the zero value must work
	mk := func(body string, spans ...newsgraph.Span) *newsgraph.Article {
		a := &newsgraph.Article{Body: body}
		for _, sp := range spans {
			a.Entities = append(a.Entities, newsgraph.Entity{Type: "PERSON",
				Mentions: []newsgraph.Mention{{Span: sp, Text: "x"}}})
		}
		return a
	}
	tests := []struct {
		name     string
		a        *newsgraph.Article
		entities int
		warn     bool
	}{
		{"empty", &newsgraph.Article{}, 0, false},
		{"empty body, stray mention", mk("", newsgraph.Span{Start: 0, End: 3}), 0, true},
		{"reversed, negative and outside spans", mk("Jane Roe spoke.",
			newsgraph.Span{Start: 5, End: 2}, newsgraph.Span{Start: -4, End: 3},
			newsgraph.Span{Start: 10, End: 99}, newsgraph.Span{Start: 0, End: 8}), 1, true},
		{"empty span", mk("Jane Roe spoke.", newsgraph.Span{Start: 4, End: 4}), 0, true},
		{"duplicate spans", mk("Jane Roe spoke.", newsgraph.Span{Start: 0, End: 8}, newsgraph.Span{Start: 0, End: 8}), 1, false},
		{"split UTF-8", mk("Zoë Ñandú", newsgraph.Span{Start: 0, End: 3}, newsgraph.Span{Start: 5, End: 8}), 2, false},
		{"brackets everywhere", article("[A|ORG] (AB) [Ab Cd|ORG] (AC) ( ) (ABCDEFGHIJKLMNOP) [(|ORG] [)|MISC] [,|PERSON]"), 0, false},
		{"no mentions", &newsgraph.Article{Body: "Nothing here."}, 0, false},
		{"unknown type", &newsgraph.Article{Body: "Acme", Entities: []newsgraph.Entity{{Type: "WIDGET",
			Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: 0, End: 4}}}}}}, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.Annotate(context.Background(), tt.a)
			if err != nil {
				t.Fatal(err)
			}
			if tt.entities > 0 && len(tt.a.Entities) != tt.entities {
				t.Errorf("%d entities, want %d: %v", len(tt.a.Entities), tt.entities, names(tt.a))
			}
			if tt.entities == 0 && tt.name != "brackets everywhere" && len(tt.a.Entities) != 0 {
				t.Errorf("%d entities, want none", len(tt.a.Entities))
			}
			if got := len(tt.a.Warnings) > 0; got != tt.warn {
				t.Errorf("warnings %q, want some: %v", tt.a.Warnings, tt.warn)
			}
			checkInvariants(t, tt.a)
		})
	}
	if err := s.Annotate(context.Background(), nil); err != nil {
		t.Errorf("nil article: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Annotate(ctx, article("[Jane Roe|PERSON]")); err == nil {
		t.Error("cancelled context: no error")
	}
}

// manyMentions builds an article with n person mentions over n/4 distinct people.
func manyMentions(n int) *newsgraph.Article {
	var b strings.Builder
	for i := 0; b.Len() >= 0 && i < n; i++ {
		p := i % (n/4 + 1)
		if i%2 == 0 {
			fmt.Fprintf(&b, "[Person%d Surname%d|PERSON], a spokesman for the [Agency%d|ORG], said. ", p, p%97, p)
		} else {
			fmt.Fprintf(&b, "[Surname%d|PERSON] added that [Kenya|GPE] agreed. ", p%97)
		}
	}
	return article(b.String())
}

func TestTenThousandMentions(t *testing.T) {
	a := manyMentions(5000) // two or three mentions per sentence: over 10,000
	n := 0
	for _, e := range a.Entities {
		n += len(e.Mentions)
	}
	if n < 10000 {
		t.Fatalf("built %d mentions, want at least 10,000", n)
	}
	run(t, New(nil), a)
	total := 0
	for _, e := range a.Entities {
		total += len(e.Mentions)
	}
	if total != n {
		t.Errorf("%d mentions after linking, want %d", total, n)
	}
	checkInvariants(t, a)
	if e := byName(a, "Kenya"); e == nil || e.Country != "KEN" {
		t.Errorf("Kenya not linked: %+v", e)
	}
}

// TestConcurrent runs one stage from several goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	s := New(nil)
	done := make(chan bool)
	for w := 0; w < 4; w++ {
		go func() {
			for _, st := range stories {
				a := article(st.text)
				if err := s.Annotate(context.Background(), a); err != nil {
					t.Error(err)
				}
			}
			done <- true
		}()
	}
	for w := 0; w < 4; w++ {
		<-done
	}
}

func TestContributorsAreNotAntecedents(t *testing.T) {
	text := "SEOUL — President [Moon Jae-in|PERSON] said talks would resume. The question came from " +
		"[Jane Moon|PERSON] of [Reuters|ORG]. [Moon|PERSON] answered that no date was set."
	tests := []struct {
		contributors []newsgraph.Contributor
		wantShortOf  string
	}{
		{nil, "Jane Moon"}, // no credit known: the most recent full name
		{[]newsgraph.Contributor{{Name: "Jane Moon", Place: "Seoul"}}, "Moon Jae-in"},
	}
	for _, tt := range tests {
		a := article(text)
		a.Contributors = tt.contributors
		run(t, New(nil), a)
		e := byName(a, tt.wantShortOf)
		if e == nil || e.Mentions[len(e.Mentions)-1].Text != "Moon" {
			t.Errorf("contributors %v: \"Moon\" not linked to %s: %v", tt.contributors, tt.wantShortOf, names(a))
		}
		if j := byName(a, "Jane Moon"); j == nil || !contains(j.Orgs, "Reuters") {
			t.Errorf("Jane Moon of Reuters: %+v", j)
		}
	}
}
