package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuiltinParses(t *testing.T) {
	tb := builtin()
	if tb.err != nil {
		t.Fatalf("embedded data: %v", tb.err)
	}
	if n := len(tb.countries); n < 200 {
		t.Errorf("%d countries, want at least 200", n)
	}
	if n := len(Default().Orgs()); n < 100 {
		t.Errorf("%d organisations, want at least 100", n)
	}
}

func TestCountry(t *testing.T) {
	g := Default()
	tests := []struct {
		in, want string
	}{
		{"KEN", "KEN"}, {"KE", "KEN"}, {"Kenya", "KEN"}, {"Republic of Kenya", "KEN"},
		{"U.S.", "USA"}, {"US", "USA"}, {"United States", "USA"}, {"the United States", "USA"},
		{"America", "USA"}, {"U.K.", "GBR"}, {"Britain", "GBR"}, {"Burma", "MMR"},
		{"Côte d’Ivoire", "CIV"}, {"Cote d'Ivoire", "CIV"}, {"DRC", "COD"}, {"Türkiye", "TUR"},
		{"the Netherlands", "NLD"}, {"Russia's", "RUS"}, {"can", ""}, {"GM", "GMB"}, {"Narnia", ""}, {"", ""},
	}
	for _, tt := range tests {
		c, ok := g.Country(tt.in)
		if got := c.Alpha3; got != tt.want || ok != (tt.want != "") {
			t.Errorf("Country(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestCountryByDemonym(t *testing.T) {
	g := Default()
	tests := []struct {
		in, want string
	}{
		{"Kenyan", "KEN"}, {"Kenyans", "KEN"}, {"French", "FRA"}, {"Frenchmen", "FRA"},
		{"Brazilian", "BRA"}, {"Britons", "GBR"}, {"North Korean", "PRK"}, {"South Korean", "KOR"},
		{"Iraqis", "IRQ"}, {"Filipinos", "PHL"}, {"Congolese", "COD"}, {"Swiss", "CHE"},
		{"Saudi", "SAU"}, {"Israeli", "ISR"}, {"Palestinians", "PSE"}, {"Martian", ""},
	}
	for _, tt := range tests {
		c, _ := g.CountryByDemonym(tt.in)
		if c.Alpha3 != tt.want {
			t.Errorf("CountryByDemonym(%q) = %q, want %q", tt.in, c.Alpha3, tt.want)
		}
	}
}

func TestPlace(t *testing.T) {
	g := Default()
	tests := []struct {
		in, want  string
		isCountry bool
	}{
		{"Nairobi", "KEN", false}, {"Lagos", "NGA", false}, {"Tripoli", "LBY", false},
		{"Kyiv", "UKR", false}, {"Kiev", "UKR", false}, {"Singapore", "SGP", true},
		{"France", "FRA", true}, {"UK", "GBR", true}, {"GM", "", false}, {"FRA", "", false}, {"São Paulo", "BRA", false},
		{"Ohio", "USA", false}, {"Tigray", "ETH", false}, {"Ontario", "CAN", false},
		{"Springfield", "", false},
	}
	for _, tt := range tests {
		c, isC, _ := g.Place(tt.in)
		if c.Alpha3 != tt.want || (tt.want != "" && isC != tt.isCountry) {
			t.Errorf("Place(%q) = %q country=%v, want %q country=%v", tt.in, c.Alpha3, isC, tt.want, tt.isCountry)
		}
	}
}

func TestOrg(t *testing.T) {
	g := Default()
	tests := []struct {
		in, want string
	}{
		{"UN", "United Nations"}, {"U.N.", "United Nations"}, {"the United Nations", "United Nations"},
		{"NATO", "North Atlantic Treaty Organization"}, {"Nato", "North Atlantic Treaty Organization"},
		{"EU", "European Union"}, {"AU", "African Union"}, {"WHO", "World Health Organization"},
		{"IMF", "International Monetary Fund"}, {"CPJ", "Committee to Protect Journalists"},
		{"Foreign Office", "Foreign, Commonwealth and Development Office"}, {"Acme Widgets", ""},
	}
	for _, tt := range tests {
		e, _ := g.Org(tt.in)
		if e.Name != tt.want {
			t.Errorf("Org(%q) = %q, want %q", tt.in, e.Name, tt.want)
		}
	}
}

func TestActor(t *testing.T) {
	g := Default()
	tests := []struct {
		in, country, agent, sector string
		ok                         bool
	}{
		{"Kenyan police", "KEN", "police", "COP", true},
		{"the Brazilian Foreign Ministry", "BRA", "foreign ministry", "GOV", true},
		{"Russia's defence ministry", "RUS", "defence ministry", "MIL", true},
		{"U.S. troops", "USA", "troops", "MIL", true},
		{"South Korean lawmakers", "KOR", "lawmaker", "LEG", true},
		{"Nigerian journalists", "NGA", "journalist", "JRN", true},
		{"army spokesman", "", "spokesman", "GOV", true},
		{"Kenyan runners", "", "", "", false},
		{"", "", "", "", false},
	}
	for _, tt := range tests {
		a, ok := g.Actor(tt.in)
		sec := ""
		if len(a.Sectors) > 0 {
			sec = a.Sectors[0]
		}
		if ok != tt.ok || a.Country != tt.country || a.Agent != tt.agent || sec != tt.sector {
			t.Errorf("Actor(%q) = %+v %v, want %s %s %s %v", tt.in, a, ok, tt.country, tt.agent, tt.sector, tt.ok)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.N.", "un"}, {"  The   United\tNations ", "united nations"}, {"Merkel’s", "merkel"},
		{"Médecins Sans Frontières", "medecins sans frontieres"}, {"", ""}, {"\x00\xff", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLoadAndValidity(t *testing.T) {
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "actors.csv")
	csvData := "name,aliases,type,country,role,valid_from,valid_to\n" +
		"Amina Odhiambo,Odhiambo|A. Odhiambo,PERSON,KE,Interior Minister,2024-01,2026-06-30\n" +
		"Lake Region Water Board,LRWB,ORG,Kenya,,,\n"
	jsonPath := filepath.Join(dir, "actors.json")
	jsonData := `{"actors":[{"name":"Jonas Berg","aliases":["Berg"],"type":"PER","country":"SWE","role":"Prime Minister","from":"2022"}]}`
	if err := os.WriteFile(csvPath, []byte(csvData), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(jsonPath, []byte(jsonData), 0o644); err != nil {
		t.Fatal(err)
	}
	g := Default()
	for _, p := range []string{csvPath, jsonPath} {
		if err := g.AddFile(p); err != nil {
			t.Fatalf("AddFile(%s): %v", p, err)
		}
	}
	tests := []struct {
		name, date, wantCountry, wantRole string
		n                                 int
	}{
		{"A. Odhiambo", "2025-03-01", "KEN", "Interior Minister", 1},
		{"Odhiambo", "2026-07-01", "", "", 0},
		{"Odhiambo", "2023-12-31T10:00:00Z", "", "", 0},
		{"Odhiambo", "", "KEN", "Interior Minister", 1},
		{"LRWB", "2025-01-01", "KEN", "", 1},
		{"Berg", "2021-12-31", "", "", 0},
		{"berg", "2024-05-05", "SWE", "Prime Minister", 1},
	}
	for _, tt := range tests {
		got := g.LookupAt(tt.name, tt.date)
		if len(got) != tt.n {
			t.Errorf("LookupAt(%q, %q) = %d entries, want %d", tt.name, tt.date, len(got), tt.n)
			continue
		}
		if tt.n > 0 && (got[0].Country != tt.wantCountry || got[0].Role != tt.wantRole) {
			t.Errorf("LookupAt(%q, %q) = %+v", tt.name, tt.date, got[0])
		}
	}
	if len(Default().Lookup("Odhiambo")) != 0 {
		t.Error("AddFile on one gazetteer changed another")
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct{ format, data, want string }{
		{"csv", "name,type\n,PERSON\n", "no name"},
		{"csv", "name,type\nX,ALIEN\n", "unknown type"},
		{"csv", "name,valid_from\nX,last year\n", "valid_from"},
		{"json", `[{"name": 3`, "JSON"},
		{"xml", "<a/>", "unknown actor file format"},
	}
	for _, tt := range tests {
		_, err := Load(strings.NewReader(tt.data), tt.format)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Load(%s, %q) error = %v, want one containing %q", tt.format, tt.data, err, tt.want)
		}
	}
}
