package lang

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"english", "The finance minister said on Tuesday that the government would not raise taxes before the election, despite pressure from its coalition partners.", "en"},
		{"french", "Le ministre des Finances a déclaré mardi que le gouvernement n'augmenterait pas les impôts avant les élections, malgré la pression de ses partenaires.", "fr"},
		{"german", "Der Finanzminister sagte am Dienstag, die Regierung werde die Steuern vor der Wahl nicht erhöhen, trotz des Drucks ihrer Koalitionspartner.", "de"},
		{"spanish", "El ministro de Hacienda dijo el martes que el gobierno no subiría los impuestos antes de las elecciones, pese a la presión de sus socios.", "es"},
		{"russian", "Министр финансов заявил во вторник, что правительство не будет повышать налоги до выборов, несмотря на давление партнеров по коалиции.", "ru"},
		{"too short", "Hello there", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text).Code; got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestStage(t *testing.T) {
	en := "The finance minister said on Tuesday that the government would not raise taxes before the election, despite pressure from its coalition partners in parliament."
	tests := []struct {
		name, declared, body, want string
		warn                       string
	}{
		{"text confirms declaration", "en-GB", en, "en", ""},
		{"text overrides wrong declaration", "fr", en, "en", "declares"},
		{"short text keeps declaration", "de", "Kurz.", "de", "too short"},
		{"nothing known", "", "Ok.", "", "too short"},
		{"bad tag ignored", "english", en, "en", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &newsgraph.Article{Language: tt.declared, Body: tt.body}
			if err := (Stage{}).Annotate(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			if a.Language != tt.want {
				t.Errorf("Language = %q, want %q", a.Language, tt.want)
			}
			joined := strings.Join(a.Warnings, "\n")
			if tt.warn == "" && joined != "" {
				t.Errorf("unexpected warnings: %q", joined)
			}
			if tt.warn != "" && !strings.Contains(joined, tt.warn) {
				t.Errorf("warnings %q lack %q", joined, tt.warn)
			}
		})
	}
}

func BenchmarkDetect(b *testing.B) {
	text := strings.Repeat("The finance minister said on Tuesday that the government would not raise taxes. ", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Detect(text)
	}
}

func TestSkipUnlessEnglish(t *testing.T) {
	for _, tt := range []struct {
		lang string
		skip bool
	}{{"", false}, {"en", false}, {"de", true}, {"sw", true}} {
		a := &newsgraph.Article{Language: tt.lang}
		if got := SkipUnlessEnglish(a, "ner", "no entities were tagged"); got != tt.skip || tt.skip != (len(a.Warnings) == 1) {
			t.Errorf("%q: skip %v, warnings %v", tt.lang, got, a.Warnings)
		}
	}
	a := &newsgraph.Article{Language: "de"}
	SkipUnlessEnglish(a, "pos", "no tokens were tagged")
	if want := `pos: language "de" detected; the tagger is trained on English only, so no tokens were tagged`; a.Warnings[0] != want {
		t.Errorf("warning %q, want %q", a.Warnings[0], want)
	}
}
