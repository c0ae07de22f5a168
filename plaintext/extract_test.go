package plaintext

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestExtractArticles runs the extractor on scraped articles written for the
// project in several sites' conventions and checks every field.
func TestExtractArticles(t *testing.T) {
	tests := []struct {
		name         string
		title        string
		section      string
		dateline     string
		authors      []string
		contributors []newsgraph.Contributor
		source       string
		published    string
		modified     string
		description  string
		// boilerplate entries that must be present.
		boilerplate []newsgraph.Boilerplate
	}{
		{
			name:      "wire",
			title:     "EU ministers agree to cap on fishing fleet subsidies",
			section:   "World",
			dateline:  "BRUSSELS",
			authors:   []string{"Marta Kowalczyk", "Pierre Lambert"},
			source:    "World News",
			published: "2024-03-12",
			contributors: []newsgraph.Contributor{
				{Name: "Marta Kowalczyk", Place: "Brussels"},
				{Name: "Pierre Lambert", Place: "Paris"},
			},
			boilerplate: []newsgraph.Boilerplate{
				{Kind: newsgraph.KindCaption, Text: "Fishing boats are moored in the harbour of Concarneau, France, on Monday."},
				{Kind: newsgraph.KindCredit, Text: "Getty Imagesvia AFP"},
				{Kind: newsgraph.KindCredit, Text: "A.P."},
				{Kind: newsgraph.KindAd, Text: "Advertisement"},
				{Kind: newsgraph.KindShare, Text: "Share this article"},
				{Kind: newsgraph.KindCredit, Text: "(Reporting by Marta Kowalczyk in Brussels and Pierre Lambert in Paris; Editing by Helen Carter)"},
				{Kind: newsgraph.KindRelated, Text: "More from World"},
			},
		},
		{
			name:     "allkinds",
			title:    "Parliament passes contested security bill after marathon debate",
			section:  "Politics",
			dateline: "NAIROBI, Kenya",
			authors:  []string{"Samuel Kiprop"},
			source:   "East Africa Wire",
			contributors: []newsgraph.Contributor{
				{Name: "Jane Doe", Place: "Nairobi"},
				{Name: "John Roe", Place: "Addis Ababa"},
			},
			boilerplate: []newsgraph.Boilerplate{
				{Kind: newsgraph.KindNavigation, Text: "Skip to content\nMenu\nSearch"},
				{Kind: newsgraph.KindShare, Text: "Share this article"},
				{Kind: newsgraph.KindCaption, Text: "Opposition lawmakers walk out of the chamber during the vote outside parliament on Monday."},
				{Kind: newsgraph.KindCredit, Text: "Getty Imagesvia AFP"},
				{Kind: newsgraph.KindCredit, Text: "A.P."},
				{Kind: newsgraph.KindRelated, Text: "Read more:"},
				{Kind: newsgraph.KindRelated, Text: "Police chief defends use of tear gas at rally"},
				{Kind: newsgraph.KindRelated, Text: "What the new security bill says"},
				{Kind: newsgraph.KindCredit, Text: "Jane Doe reported from Nairobi, and John Roe from Addis Ababa."},
				{Kind: newsgraph.KindSource, Text: "News Source : East Africa Wire"},
				{Kind: newsgraph.KindAuthorBio, Text: "Samuel Kiprop is a political correspondent for East Africa Wire. He has covered parliament since 2016."},
				{Kind: newsgraph.KindNavigation, Text: "Back to top button"},
				{Kind: newsgraph.KindOther, Text: "We use cookies to give you the best experience. By continuing you accept our cookie policy."},
			},
		},
		{
			name:    "wrapped",
			title:   "Harbour authority approves new ferry terminal",
			authors: []string{"Ingrid Solberg"},
			boilerplate: []newsgraph.Boilerplate{
				{Kind: newsgraph.KindNavigation, Text: "Home | News | Sport | Weather"},
				{Kind: newsgraph.KindShare, Text: "Share this article"},
				{Kind: newsgraph.KindOther, Text: "(c) 2024 Harbour Post"},
			},
		},
		{
			name:      "contentfarm",
			title:     "Lawmakers Pass Budget Bill After All Night Session",
			section:   "Politics",
			source:    "Capital Daily Ledger",
			published: "2024-05-02",
			boilerplate: []newsgraph.Boilerplate{
				{Kind: newsgraph.KindSource, Text: "News Source : Capital Daily Ledger"},
				{Kind: newsgraph.KindNavigation, Text: "Back to top button"},
				{Kind: newsgraph.KindRelated, Text: "Related Articles"},
				{Kind: newsgraph.KindComment, Text: "Leave a Reply Cancel reply"},
			},
		},
		{
			name:     "rewrite",
			title:    "Drought pushes maize prices to record high across East Africa",
			section:  "Africa",
			dateline: "NAIROBI, Kenya",
			contributors: []newsgraph.Contributor{
				{Name: "Jane Wanjiru", Place: "Nairobi"},
				{Name: "Tesfaye Bekele", Place: "Addis Ababa"},
			},
			boilerplate: []newsgraph.Boilerplate{
				{Kind: newsgraph.KindCaption, Text: "Women carry sacks of maize at a market in Mwingi, Kenya, on Friday."},
				{Kind: newsgraph.KindCredit, Text: "Photo: Ahmed Farah/AFP"},
				{Kind: newsgraph.KindShare, Text: "Facebook Twitter WhatsApp Email"},
				{Kind: newsgraph.KindRelated, Text: "Most Read"},
			},
		},
		{
			name:      "localbio",
			title:     "Library expansion wins final approval from county board",
			section:   "Local News",
			authors:   []string{"Rachel Okafor"},
			published: "2024-02-06",
			modified:  "2024-02-07",
			boilerplate: []newsgraph.Boilerplate{
				{Kind: newsgraph.KindAuthorBio, Text: "Rachel Okafor is a staff reporter for The Millbrook Gazette. She covers county government and education. Reach her at rokafor@example.com."},
			},
		},
		{
			name:        "readmore",
			title:       "Chipmaker delays new plant as demand for phones slows",
			description: "The company blamed weak sales of smartphones and laptops for the delay.",
			section:     "Technology",
			authors:     []string{"Tom Becker"},
			boilerplate: []newsgraph.Boilerplate{
				{Kind: newsgraph.KindRelated, Text: "Read more:"},
				{Kind: newsgraph.KindRelated, Text: "Phone sales fall for sixth straight quarter"},
				{Kind: newsgraph.KindRelated, Text: "Read more: Memory prices slide as inventories pile up"},
				{Kind: newsgraph.KindAuthorBio, Text: "Tom Becker is a technology correspondent based in San Francisco. He has covered the semiconductor industry since 2015."},
			},
		},
	}
	x := New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := readTestdata(t, tc.name+".txt")
			want := strings.TrimSpace(readTestdata(t, tc.name+".body.txt"))
			a, err := x.Extract(context.Background(), &newsgraph.Document{Origin: tc.name, Format: newsgraph.FormatText, Data: []byte(in)})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if a.Body != want {
				t.Errorf("body:\n got: %q\nwant: %q", a.Body, want)
			}
			check := func(field, got, want string) {
				if got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("title", a.Title, tc.title)
			check("section", a.Section, tc.section)
			check("dateline", a.Dateline, tc.dateline)
			check("source", a.Source, tc.source)
			check("published", a.Published, tc.published)
			check("modified", a.Modified, tc.modified)
			check("description", a.Description, tc.description)
			if !slices.Equal(a.Authors, tc.authors) {
				t.Errorf("authors = %q, want %q", a.Authors, tc.authors)
			}
			if !reflect.DeepEqual(a.Contributors, tc.contributors) {
				t.Errorf("contributors = %+v, want %+v", a.Contributors, tc.contributors)
			}
			for _, b := range tc.boilerplate {
				if !slices.Contains(a.Boilerplate, b) {
					t.Errorf("boilerplate lacks %+v; have %+v", b, a.Boilerplate)
				}
			}
			// Nothing of the story is reported as boilerplate, and nothing is lost:
			// every input line is in the body, the boilerplate or a metadata field.
			paras := strings.Split(a.Body, "\n\n")
			for _, b := range a.Boilerplate {
				for _, bl := range strings.Split(b.Text, "\n") {
					if slices.Contains(paras, bl) {
						t.Errorf("boilerplate %+v is also a body paragraph", b)
					}
				}
			}
			var kept strings.Builder
			for _, b := range a.Boilerplate {
				kept.WriteString(b.Text + "\n")
			}
			fields := strings.Join(append([]string{a.Body, a.Title, a.Section, a.Dateline, kept.String()}, a.Authors...), "\n")
			for _, ln := range strings.Split(in, "\n") {
				if ln = strings.TrimSpace(ln); ln == "" {
					continue
				}
				c, cr := splitCaption(ln)
				if !strings.Contains(fields, ln) && !(strings.Contains(fields, c) && strings.Contains(fields, cr)) && !isMetaLine(ln) {
					t.Errorf("input line %q is in no field", ln)
				}
			}
			if a.ID == "" || a.Error != "" {
				t.Errorf("ID %q, Error %q", a.ID, a.Error)
			}
		})
	}
}

// isMetaLine reports whether a line is a byline, date or dateline line, whose
// content goes into the article's fields rather than verbatim.
func isMetaLine(ln string) bool {
	switch classify(newLine(ln)) {
	case kindByline, kindDate, kindDateline:
		return true
	}
	return false
}

// TestGluedCredit checks that credits glued to a caption's last word are split off.
func TestGluedCredit(t *testing.T) {
	tests := []struct {
		in, caption, credit string
	}{
		{"Protesters gather outside parliament on Monday.Getty Imagesvia AFP", "Protesters gather outside parliament on Monday.", "Getty Imagesvia AFP"},
		{"The minister speaks to reporters in Lagos.Reuters", "The minister speaks to reporters in Lagos.", "Reuters"},
		{"Fans celebrate after the final whistle (AP Photo/Jane Doe)", "Fans celebrate after the final whistle", "AP Photo/Jane Doe"},
		{"The rover's first image of the crater rim.Credit...NASA/JPL", "The rover's first image of the crater rim.", "Credit...NASA/JPL"},
		{"Officials said the U.S. Army would help.", "Officials said the U.S. Army would help.", ""},
		{"Prices rose 2.5% in May, the agency said.", "Prices rose 2.5% in May, the agency said.", ""},
	}
	for _, tc := range tests {
		c, cr := splitCaption(tc.in)
		if c != tc.caption || cr != tc.credit {
			t.Errorf("splitCaption(%q) = %q, %q; want %q, %q", tc.in, c, cr, tc.caption, tc.credit)
		}
	}
}

// TestClassify checks single-line patterns, including lines that only look like junk.
func TestClassify(t *testing.T) {
	tests := []struct {
		in   string
		want kind
	}{
		{"Skip to content", kindNav},
		{"Back to top button", kindNav},
		{"Share this article", kindShare},
		{"Facebook Twitter LinkedIn Email", kindShare},
		{"Read more: Ten things to know about the budget", kindRelated},
		{"You may also like", kindRelated},
		{"Advertisement", kindAd},
		{"News Source : Some Site", kindSource},
		{"A.P.", kindCredit},
		{"Reuters", kindCredit},
		{"AP Photo/Evan Vucci", kindCredit},
		{"By Jane Doe and John Roe", kindByline},
		{"By clicking Accept, you agree to the terms of service.", kindLegal},
		{"Published: Friday, June 4, 2021 10:15 AM", kindDate},
		{"NAIROBI, Kenya —", kindDateline},
		{"Jane Doe reported from Nairobi, and John Roe from Accra.", kindContributor},
		{"12 Comments", kindComment},
		{"By Friday, the council will decide whether to reopen the bridge.", kindNone},
		{"Follow me on Twitter", kindShare},
		{"sportsfan99 says:", kindComment},
		{"The ministry said the plan would be reviewed next year.", kindNone},
		{"Share prices rose sharply after the announcement, traders said.", kindNone},
		{"The report was shared widely on social media before it was deleted.", kindNone},
	}
	for _, tc := range tests {
		if got := classify(newLine(tc.in)); got != tc.want {
			t.Errorf("classify(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestContributors checks the contributor line shapes.
func TestContributors(t *testing.T) {
	tests := []struct {
		in   string
		want []newsgraph.Contributor
	}{
		{"Jane Doe reported from Nairobi, and John Roe from Addis Ababa.", []newsgraph.Contributor{{Name: "Jane Doe", Place: "Nairobi"}, {Name: "John Roe", Place: "Addis Ababa"}}},
		{"Ana Lima and Rui Costa reported from Lisbon, Portugal.", []newsgraph.Contributor{{Name: "Ana Lima", Place: "Lisbon, Portugal"}, {Name: "Rui Costa", Place: "Lisbon, Portugal"}}},
		{"Keith Brandt contributed reporting from Hong Kong.", []newsgraph.Contributor{{Name: "Keith Brandt", Place: "Hong Kong"}}},
		{"Associated Press writers Mia Stone and Omar Haddad contributed to this report.", []newsgraph.Contributor{{Name: "Mia Stone", Place: ""}, {Name: "Omar Haddad", Place: ""}}},
		{"(Reporting by Lena Vogt in Berlin; Additional reporting by Sam Okoye; Editing by Kim Ray)", []newsgraph.Contributor{{Name: "Lena Vogt", Place: "Berlin"}, {Name: "Sam Okoye", Place: ""}}},
	}
	for _, tc := range tests {
		if got := parseContributors(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("parseContributors(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

// TestAuthors checks that bylines yield person names only.
func TestAuthors(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"By Jane Doe", []string{"Jane Doe"}},
		{"By LISA MARTIN, MARY ELLEN HALL and TOM WU", []string{"Lisa Martin", "Mary Ellen Hall", "Tom Wu"}},
		{"By Tom Becker, Technology Correspondent", []string{"Tom Becker"}},
		{"By Ana Ruiz - Staff Writer 2019-11-19T12:48:14Z", []string{"Ana Ruiz"}},
		{"By Michael HarrisBusiness Columnist", []string{"Michael Harris"}},
		{"By Jo Lee | The Daily Record", []string{"Jo Lee"}},
		{"By Sam Cole @samcole / 2 days", []string{"Sam Cole"}},
		{"By REUTERS", nil},
		{"By JANE DOE Associated Press", []string{"Jane Doe"}},
		{"By Kwame Asante The Daily Graphic", []string{"Kwame Asante"}},
		{"By Staff Reporter", nil},
		{"By Amy Kuper | NJ Advance Media for NJ.com", []string{"Amy Kuper"}},
		{"By LISA MARTIN, ERIC TUCKER Associated Press", []string{"Lisa Martin", "Eric Tucker"}},
	}
	for _, tc := range tests {
		got := parseNames(bylineRest(tc.in))
		if !slices.Equal(got, tc.want) {
			t.Errorf("parseNames(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestDates checks date parsing: no invented days, no ambiguous numeric dates.
func TestDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"November 18, 2019", "2019-11-18"},
		{"Published 7:02 a.m. ET Feb. 6, 2024", "2024-02-06"},
		{"19 NOV 2019", "2019-11-19"},
		{"2019-11-19T12:48:14Z", "2019-11-19T12:48:14Z"},
		{"27/09/2018", "2018-09-27"},
		{"03/04/2018", ""},
		{"March 2020", "2020-03"},
		{"February 30, 2020", ""},
		{"no date here", ""},
	}
	for _, tc := range tests {
		if got, _, _ := dateIn(tc.in); got != tc.want {
			t.Errorf("dateIn(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestBadInput checks that bad input gets an error or a labelled partial
// result, never a panic.
func TestBadInput(t *testing.T) {
	long := strings.Repeat("word ", 200000) + "\n" // a 1 MB single line
	tests := []struct {
		name      string
		data      []byte
		wantErr   bool
		wantWarn  string // a substring of some warning
		wantEmpty bool
	}{
		{name: "empty", data: nil, wantErr: true},
		{name: "whitespace", data: []byte(" \n\t\n"), wantErr: true},
		{name: "binary", data: append([]byte("PK\x03\x04"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 500)...), wantErr: true},
		{name: "invalid utf8", data: []byte("Caf\xe9 owners say the new rules will force them to close earlier than they would like, and several said they would appeal the decision.\n"), wantWarn: "not valid UTF-8"},
		{name: "1MB line", data: []byte(long), wantWarn: ""},
		{name: "no article", data: []byte("Home\nNews\nSports\nContact us\nLog in\n"), wantWarn: "no story text found", wantEmpty: true},
		{name: "NUL bytes inside", data: []byte("The council met on Monday and agreed the plan after a long debate about costs.\x00\n"), wantWarn: ""},
	}
	x := &Extractor{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := x.Extract(context.Background(), &newsgraph.Document{Origin: tc.name, Format: newsgraph.FormatText, Data: tc.data})
			if a == nil {
				t.Fatal("nil article")
			}
			if (err != nil) != tc.wantErr || (a.Error != "") != tc.wantErr {
				t.Fatalf("err = %v, Error = %q, want error %v", err, a.Error, tc.wantErr)
			}
			if tc.wantWarn != "" && !strings.Contains(strings.Join(a.Warnings, "\n"), tc.wantWarn) {
				t.Errorf("warnings %q lack %q", a.Warnings, tc.wantWarn)
			}
			if tc.wantEmpty && a.Body != "" {
				t.Errorf("body = %q, want empty", a.Body)
			}
			if !strings.Contains(a.Body, "\x00") && strings.ContainsRune(a.Title, 0) {
				t.Errorf("NUL in title")
			}
		})
	}
}

// TestLimits checks that the size limits cut input off with a warning.
func TestLimits(t *testing.T) {
	in := strings.Repeat("The committee heard evidence from residents about the flooding on the river.\n", 100)
	x := &Extractor{MaxBytes: 1000, MaxLines: 5}
	a := x.ExtractText(in)
	w := strings.Join(a.Warnings, "\n")
	if !strings.Contains(w, "limit of 1000") || !strings.Contains(w, "more than 5 lines") {
		t.Errorf("warnings = %q", a.Warnings)
	}
}

// TestNilAndFailedDocument checks documents that could not be read.
func TestNilAndFailedDocument(t *testing.T) {
	x := New()
	if a, err := x.Extract(context.Background(), nil); err == nil || a == nil || a.Error == "" {
		t.Errorf("nil doc: %v %+v", err, a)
	}
	a, err := x.Extract(context.Background(), &newsgraph.Document{Origin: "x.txt", Err: os.ErrNotExist})
	if err == nil || a.Error == "" || a.Origin != "x.txt" {
		t.Errorf("failed doc: %v %+v", err, a)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.Extract(ctx, &newsgraph.Document{Data: []byte("text")}); err == nil {
		t.Error("cancelled context: no error")
	}
}

// TestDocumentOverrides checks that what the input said wins over the text.
func TestDocumentOverrides(t *testing.T) {
	in := readTestdata(t, "wire.txt")
	a, err := New().Extract(context.Background(), &newsgraph.Document{Data: []byte(in), Published: "2024-03-13", Source: "Wire", URL: "https://example.com/a"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "2024-03-13" || a.Source != "Wire" || a.URL != "https://example.com/a" {
		t.Errorf("published %q source %q url %q", a.Published, a.Source, a.URL)
	}
	b := New().ExtractText(in)
	if a.ID == b.ID || b.ID != New().ExtractText(in).ID {
		t.Errorf("ids: with URL %q, without %q: want different and stable", a.ID, b.ID)
	}
}

// TestUnwrap checks that hard-wrapped paragraphs are joined and that other
// layouts are left alone.
func TestUnwrap(t *testing.T) {
	wrapped := "Title of the story\n\n" +
		"The city council voted on Tuesday to extend the night bus network to\n" +
		"three new districts, after a year-long trial that carried more than\n" +
		"a million passengers.\n\n" +
		"The extension will cost about two million euros a year and start in\n" +
		"May, the transport department said in a statement on its web-\n" +
		"site, adding that fares would not change for the time being at all.\n\n" +
		"Opposition members said the money should have gone to more day\n" +
		"services on the busiest routes, which are often full at rush hour.\n"
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{name: "one block per line", in: "Home\nNews\nThe council voted on Tuesday to extend the night bus network to three new districts.\n", want: "", ok: false},
		{name: "menu with blank lines", in: "Home\n\nNews\n\nSport\n\nWeather\n", want: "", ok: false},
		{name: "wrapped", in: wrapped, ok: true, want: "Title of the story\n" +
			"The city council voted on Tuesday to extend the night bus network to three new districts, after a year-long trial that carried more than a million passengers.\n" +
			"The extension will cost about two million euros a year and start in May, the transport department said in a statement on its web-site, adding that fares would not change for the time being at all.\n" +
			"Opposition members said the money should have gone to more day services on the busiest routes, which are often full at rush hour."},
	}
	for _, tc := range tests {
		got, ok := unwrap(tc.in)
		if ok != tc.ok || ok && got != tc.want || !ok && got != tc.in {
			t.Errorf("%s: unwrap = %q, %v; want %q, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

// TestStripDateline checks the option that takes an opening dateline out of
// the first paragraph.
func TestStripDateline(t *testing.T) {
	tests := []struct {
		in, dateline, first, credit string
	}{
		{in: readTestdata(t, "wire.txt"), dateline: "BRUSSELS", first: "European Union fisheries ministers agreed", credit: "Reuters"},
		{in: "Politics\nVote delayed\nNAIROBI, Kenya — “We need more time,” the speaker told members of parliament on Tuesday as the vote was put off.\nThe vote is now expected next month, after a committee reviews the bill and hears from the public.\n",
			dateline: "NAIROBI, Kenya", first: "“We need more time,”"},
	}
	x := &Extractor{StripDateline: true}
	for _, tc := range tests {
		a := x.ExtractText(tc.in)
		if a.Dateline != tc.dateline || !strings.HasPrefix(a.Body, tc.first) {
			t.Errorf("dateline %q, body %.60q; want %q, %q", a.Dateline, a.Body, tc.dateline, tc.first)
		}
		if tc.credit != "" && !slices.Contains(a.Boilerplate, newsgraph.Boilerplate{Kind: newsgraph.KindCredit, Text: tc.credit}) {
			t.Errorf("no credit %q in %+v", tc.credit, a.Boilerplate)
		}
	}
}

// TestMojibake checks that text encoded as UTF-8 and read back as
// Windows-1252 (once or twice) is repaired, with a warning, and that clean
// accented text is left alone.
func TestMojibake(t *testing.T) {
	tests := []struct {
		name, in, want string
		warn           bool
	}{
		{"once", "French President FranÃ§ois Hollande said on Monday that the talks wouldnâ€™t resume before the summit in Brussels next month.\n",
			"French President François Hollande said on Monday that the talks wouldn’t resume before the summit in Brussels next month.", true},
		{"twice, with a C1 control byte", "French President FranÃ\u0083Â§ois Hollande said on Monday that the talks would resume after the summit in Brussels next month.\n",
			"French President François Hollande said on Monday that the talks would resume after the summit in Brussels next month.", true},
		{"clean accented text", "The mayor of São Paulo said on Monday that the new metro line to the Zürich-built depot would open in the spring, ahead of plan.\n",
			"The mayor of São Paulo said on Monday that the new metro line to the Zürich-built depot would open in the spring, ahead of plan.", false},
	}
	x := &Extractor{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := x.Extract(context.Background(), &newsgraph.Document{Origin: tc.name, Format: newsgraph.FormatText, Data: []byte(tc.in)})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Body, tc.want) {
				t.Errorf("body = %q, want it to hold %q", a.Body, tc.want)
			}
			if got := strings.Contains(strings.Join(a.Warnings, "\n"), "mojibake"); got != tc.warn {
				t.Errorf("mojibake warning %v, want %v (warnings %q)", got, tc.warn, a.Warnings)
			}
		})
	}
}
