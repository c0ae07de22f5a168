package dedup

import (
	"strings"
	"testing"
)

const story = `Heavy rain flooded parts of Kisumu overnight, cutting power to thousands of homes and forcing schools near the lake shore to close.
County officials said rescue teams had moved more than 300 families to higher ground by Wednesday morning.
The Kenya Meteorological Department warned that more rain was expected across the Lake Victoria basin until the end of the week.
Residents of Nyalenda said the water had risen above their doorsteps within an hour of the downpour starting.
"We have never seen the river come up this fast," said Rose Atieno, a trader whose shop was flooded.
The Kenya Red Cross said it had set up two temporary shelters in schools on higher ground and was distributing blankets and drinking water.`

func TestDuplicate(t *testing.T) {
	lines := strings.Split(story, "\n")
	other := `The central bank held its benchmark lending rate at 10.75 percent on Tuesday, saying inflation was within its target range.
Governor Kamau Thugge told reporters that the shilling had been stable against the dollar for three months.
Analysts had expected the bank to keep rates on hold after two cuts earlier in the year.
The monetary policy committee will meet again in February, the bank said in a statement.`
	sameTopic := `Flooding in western Kenya has displaced hundreds of families, the Red Cross said on Wednesday, after a night of torrential rain around Kisumu.
Aid workers described neighbourhoods under knee-deep water and said several roads into the city were impassable.
Forecasters expect the wet weather to continue, raising fears of landslides in the highlands east of the lake.`
	rewritten := strings.NewReplacer("Heavy rain", "Torrential rain", "thousands of", "many", "more than 300", "over 300",
		"warned", "cautioned", "Residents of Nyalenda", "People in Nyalenda").Replace(story)
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"identical", story, story, true},
		{"punctuation and case differ", story, strings.ToUpper(strings.ReplaceAll(story, ",", "")), true},
		{"new headline", story, "Floods hit Kisumu\n" + story, true},
		{"trimmed to half", story, strings.Join(lines[:3], "\n"), true},
		{"paragraph added", story, story + "\nThe governor is expected to visit the worst-hit areas on Thursday, his office said.", true},
		{"lightly rewritten", story, rewritten, true},
		{"other story", story, other, false},
		{"same event, independent report", story, sameTopic, false},
		{"too short to compare", "Rain in Kisumu.", "Rain in Kisumu today.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := Sign(tc.a), Sign(tc.b)
			ka, kb := SentenceKeys(tc.a), SentenceKeys(tc.b)
			shared := 0
			set := map[int64]bool{}
			for _, k := range ka {
				set[k] = true
			}
			for _, k := range kb {
				if set[k] {
					shared++
				}
			}
			got := Duplicate(&a, &b) || SharedSentences(shared, len(ka), len(kb))
			if got != tc.want {
				j, c := Similarity(&a, &b)
				t.Errorf("duplicate = %v, want %v (jaccard %.2f containment %.2f, %d shared sentences)", got, tc.want, j, c, shared)
			}
		})
	}
}

func TestBodyHash(t *testing.T) {
	if BodyHash("Rain, rain!  Go away.") != BodyHash("rain rain go away") {
		t.Error("normalised bodies hash differently")
	}
	if BodyHash("rain") == BodyHash("snow") {
		t.Error("different bodies hash the same")
	}
}

func TestBandsAndKeysDisjoint(t *testing.T) {
	s := Sign(story)
	for _, b := range s.Bands() {
		if b < 0 {
			t.Fatal("band key with the top bit set")
		}
	}
	for _, k := range SentenceKeys(story) {
		if k >= 0 {
			t.Fatal("sentence key without the top bit")
		}
	}
	if n := len(SentenceKeys(story)); n != 6 {
		t.Errorf("%d sentence keys, want 6", n)
	}
	short := Sign("too short")
	if short.Bands() != nil {
		t.Error("a text below MinShingles got bands")
	}
}

func TestSignatureBinary(t *testing.T) {
	s := Sign(story)
	b, _ := s.MarshalBinary()
	var r Signature
	if err := r.UnmarshalBinary(b); err != nil || r != s {
		t.Errorf("round trip failed: %v", err)
	}
	if err := r.UnmarshalBinary(b[:10]); err == nil {
		t.Error("short input accepted")
	}
}

func BenchmarkSign(b *testing.B) {
	b.SetBytes(int64(len(story)))
	for i := 0; i < b.N; i++ {
		Sign(story)
		SentenceKeys(story)
	}
}
