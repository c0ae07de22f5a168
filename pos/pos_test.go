package pos

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sharedtest"
	"github.com/newsgraph/newsgraph/tokenize"
)

func mustDefault(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// The distinctions later stages rely on, in sentences written for these tests.
func TestTagDistinctions(t *testing.T) {
	m := mustDefault(t)
	tests := []struct {
		sentence string
		word     string // the first token with this text is checked
		want     string // its tag must be one of these, separated by "|"
	}{
		{"The state said on Monday that the bridge would reopen .", "state", "NN|NNP"},
		{"The police chief reports that crime fell .", "reports", "VBZ"},
		{"The reports were denied by the ministry .", "reports", "NNS"},
		{"The ministry reports that exports rose 4 percent .", "reports", "VBZ"},
		{"Her claims about the election were false .", "claims", "NNS"},
		{"She claims the election was stolen .", "claims", "VBZ"},
		{"The governor said the plan would cost $ 3 billion .", "said", "VBD"},
		{"The plan , announced on Tuesday , drew criticism .", "announced", "VBN|VBD"},
		{"The plan drew criticism from unions .", "drew", "VBD"},
		{"Twenty-seven states are challenging the rule in court .", "states", "NNS"},
		{"Protesters marched to the capitol .", "marched", "VBD"},
		{"He did n't comment .", "n't", "RB"},
		{"The company 's chief executive resigned .", "'s", "POS"},
		{"The company ’s chief executive resigned .", "’s", "POS"},
		{"Smith will meet Jones in Geneva .", "will", "MD"},
		{"Smith will meet Jones in Geneva .", "Geneva", "NNP"},
		{"Talks resumed in 2019 after a pause .", "2019", "CD"},
		{"Experts warn that prices could rise .", "warn", "VBP"},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.sentence)
		got := m.Tag(words)
		k := -1
		for i, w := range words {
			if w == tt.word {
				k = i
				break
			}
		}
		if k < 0 {
			t.Fatalf("test sentence %q has no word %q", tt.sentence, tt.word)
		}
		ok := false
		for _, w := range strings.Split(tt.want, "|") {
			ok = ok || got[k] == w
		}
		if !ok {
			t.Errorf("%q: %q tagged %s, want %s (all: %v)", tt.sentence, tt.word, got[k], tt.want, got)
		}
	}
}

func TestTagEdges(t *testing.T) {
	m := mustDefault(t)
	if got := m.Tag(nil); got != nil {
		t.Errorf("Tag(nil) = %v, want nil", got)
	}
	var nilModel *Model
	if got := nilModel.Tag([]string{"a"}); got != nil {
		t.Errorf("nil model Tag = %v, want nil", got)
	}
	// odd tokens: no panic, one tag each
	words := []string{"", "\x00", "\xff\xfe", "😀", strings.Repeat("x", 5000), "1,000,000", "--", "U.S."}
	if got := m.Tag(words); len(got) != len(words) {
		t.Errorf("Tag gave %d tags for %d words", len(got), len(words))
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	sents := []Sentence{
		{Words: strings.Fields("The minister said the talks failed ."), Tags: strings.Fields("DT NN VBD DT NNS VBD .")},
		{Words: strings.Fields("Officials say the talks will resume ."), Tags: strings.Fields("NNS VBP DT NNS MD VB .")},
		{Words: strings.Fields("The talks resume today ."), Tags: strings.Fields("DT NNS VBP NN .")},
	}
	m, err := Train(sents, TrainOptions{Iterations: 5, Seed: 3, MinCount: 2, MinShare: 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	first := append([]byte(nil), buf.Bytes()...)
	m2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		a, b := m.Tag(s.Words), m2.Tag(s.Words)
		if strings.Join(a, " ") != strings.Join(b, " ") {
			t.Errorf("saved model tags %v, trained model %v", b, a)
		}
		if strings.Join(a, " ") != strings.Join(s.Tags, " ") {
			t.Errorf("trained model does not fit its own training sentence: %v, want %v", a, s.Tags)
		}
	}
	var again bytes.Buffer
	if err := m2.Save(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, again.Bytes()) {
		t.Error("saving a loaded model gave different bytes")
	}
}

func TestLoadRejectsBadInput(t *testing.T) {
	for name, data := range map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("hello"),
		"truncated": truncatedModel(t),
	} {
		if _, err := Load(bytes.NewReader(data)); err == nil {
			t.Errorf("%s: Load accepted it", name)
		}
	}
}

func truncatedModel(t *testing.T) []byte {
	f, err := embedded.ReadFile("model/pos.bin.gz")
	if err != nil {
		t.Fatal(err)
	}
	return f[:len(f)/2]
}

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- -X- O\n\nThe DT B-NP O\nvote NN I-NP O\n\nA DT B-NP O\n$ $ I-NP O\nrose NN|SYM O O\n"
	got, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || strings.Join(got[1].Tags, " ") != "DT $ NN" {
		t.Fatalf("ReadCoNLL = %+v", got)
	}
	if _, err := ReadCoNLL(strings.NewReader("word ZZZ O O\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("unknown tag: err = %v, want one naming line 1", err)
	}
}

func TestTagsTable(t *testing.T) {
	if len(Tags) != nTags {
		t.Fatalf("len(Tags) = %d, nTags = %d", len(Tags), nTags)
	}
	for _, tt := range []struct {
		tag                string
		verb, noun, finite bool
	}{
		{"VBD", true, false, true}, {"VBN", true, false, false}, {"MD", true, false, true},
		{"NNS", false, true, false}, {"NNP", false, true, false}, {"JJ", false, false, false}, {"", false, false, false},
	} {
		if IsVerb(tt.tag) != tt.verb || IsNoun(tt.tag) != tt.noun || IsFinite(tt.tag) != tt.finite {
			t.Errorf("%q: IsVerb %v IsNoun %v IsFinite %v", tt.tag, IsVerb(tt.tag), IsNoun(tt.tag), IsFinite(tt.tag))
		}
	}
}

func TestStage(t *testing.T) {
	a := &newsgraph.Article{Body: "The police chief reports that crime fell. The reports said so."}
	if err := (Stage{}).Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	var tags []string
	for _, tk := range a.Tokens {
		if tk.Tag == "" {
			t.Fatalf("token %q untagged", tk.Text)
		}
		tags = append(tags, tk.Text+"/"+tk.Tag)
	}
	joined := strings.Join(tags, " ")
	if !strings.Contains(joined, "reports/VBZ") || !strings.Contains(joined, "reports/NNS") {
		t.Errorf("tags: %s", joined)
	}
	other := &newsgraph.Article{Body: "Die Regierung sagte am Montag.", Language: "de"}
	other.Tokens = tokenize.Tokens(other.Body)
	if err := (Stage{}).Annotate(context.Background(), other); err != nil {
		t.Fatal(err)
	}
	if other.Tokens[0].Tag != "" || len(other.Warnings) == 0 {
		t.Errorf("German text: tag %q, warnings %v", other.Tokens[0].Tag, other.Warnings)
	}
}

// TestAccuracyCoNLL checks the embedded model on the CoNLL-2003 dev set
// (eng.testa, whose POS tags the training data's tagger produced).
func TestAccuracyCoNLL(t *testing.T) {
	path := sharedtest.Path(t, "eval/ner/eng.testa")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	right, all := mustDefault(t).Accuracy(sents)
	if acc := float64(right) / float64(all); acc < 0.95 {
		t.Errorf("accuracy on eng.testa %.4f, want >= 0.95", acc)
	}
}

func FuzzStage(f *testing.F) {
	for _, s := range []string{"The ministry reports that exports rose.", "", "\xff\xfe", "“Ça va?” said Ngugi", "1,000,000 -- U.S. ’s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		a := &newsgraph.Article{Body: body}
		if err := (Stage{}).Annotate(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		for _, tk := range a.Tokens {
			if tk.Tag == "" {
				t.Fatalf("token %q left untagged", tk.Text)
			}
		}
	})
}
