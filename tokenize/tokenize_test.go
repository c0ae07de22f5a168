package tokenize

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

func texts(toks []newsgraph.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"acronyms", "The U.S. and the U.N. met.", "The | U.S. | and | the | U.N. | met | ."},
		{"titles", "Gen. Ann Lee met Sen. Bob Ray and Dr. Kim.", "Gen. | Ann | Lee | met | Sen. | Bob | Ray | and | Dr. | Kim | ."},
		{"initials", "J. R. R. Tolkien wrote it.", "J. | R. | R. | Tolkien | wrote | it | ."},
		{"months", "On Jan. 5 and Sept. 12 they met.", "On | Jan. | 5 | and | Sept. | 12 | they | met | ."},
		{"hyphenated", "Jean-Luc Moreau, a German-born analyst, spoke.", "Jean-Luc | Moreau | , | a | German-born | analyst | , | spoke | ."},
		{"money", "It cost $1.5 billion, up 3.5%.", "It | cost | $ | 1.5 | billion | , | up | 3.5 | % | ."},
		{"euro and pound", "€20 or £1,250.75 each", "€ | 20 | or | £ | 1,250.75 | each"},
		{"ellipsis", "Well... maybe… no.", "Well | ... | maybe | … | no | ."},
		{"dateline", "PARIS (AP) — The minister resigned.", "PARIS | ( | AP | ) | — | The | minister | resigned | ."},
		{"dateline reuters", "LAGOS, Nigeria (Reuters) - Talks ended.", "LAGOS | , | Nigeria | ( | Reuters | ) | - | Talks | ended | ."},
		{"garbled twice", "President FranÃ\u0083Â§ois Hollande said", "President | FranÃ\u0083Â§ois | Hollande | said"},
		{"garbled twice, decomposed", "FranA\u0303\u0083A\u0302§ois Hollande", "FranA\u0303\u0083A\u0302§ois | Hollande"},
		{"garbled once", "Ã©tÃ© ends", "Ã©tÃ© | ends"},
		{"garbled space stays a space", "endÃ\u00a0next", "endÃ | next"},
		{"possessive straight", "Merkel's plan", "Merkel | 's | plan"},
		{"possessive curly", "Merkel’s plan", "Merkel | ’s | plan"},
		{"negation", "They don't and can't.", "They | do | n't | and | ca | n't | ."},
		{"negation curly", "She didn’t.", "She | did | n’t | ."},
		{"contractions", "We're sure they'll go, I'm told.", "We | 're | sure | they | 'll | go | , | I | 'm | told | ."},
		{"irish name", "O'Neill and D’Souza spoke.", "O'Neill | and | D’Souza | spoke | ."},
		{"plural possessive", "the workers' union", "the | workers | ' | union"},
		{"curly quotes", "“We will win,” she said.", "“ | We | will | win | , | ” | she | said | ."},
		{"straight quotes", `"No," he said.`, `" | No | , | " | he | said | .`},
		{"url", "See https://example.com/a?b=1. Then", "See | https://example.com/a?b=1 | . | Then"},
		{"url in parens", "(www.example.org/page)", "( | www.example.org/page | )"},
		{"email", "Write to jane.roe@example.org, please.", "Write | to | jane.roe@example.org | , | please | ."},
		{"time and dates", "At 10:30 a.m. on 2019-03-05 it rained.", "At | 10:30 | a.m. | on | 2019-03-05 | it | rained | ."},
		{"company", "Acme Inc. and AT&T Corp. merged.", "Acme | Inc. | and | AT&T | Corp. | merged | ."},
		{"missing space", "It ended.Then it began.", "It | ended | . | Then | it | began | ."},
		{"domain", "Amazon.com rose.", "Amazon.com | rose | ."},
		{"emoji", "Great 😀 news!!", "Great | 😀 | news | !!"},
		{"control chars", "a\x00b\u200bc\x07d", "a | b | c | d"},
		{"dashes", "yes -- no—maybe", "yes | -- | no | — | maybe"},
		{"empty", "", ""},
		{"spaces only", " \n\t ", ""},
		{"invalid utf8", "ab\xffcd", "ab | cd"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := texts(Tokens(tc.in))
			if got != tc.want {
				t.Errorf("Tokens(%q)\n got %s\nwant %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestTokenOffsetsAndSpaceAfter(t *testing.T) {
	in := "“Merkel’s” plan, he said.\n"
	toks := Tokens(in)
	for _, tok := range toks {
		if in[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q has span %v covering %q", tok.Text, tok.Span, in[tok.Start:tok.End])
		}
	}
	var sp []bool
	for _, tok := range toks {
		sp = append(sp, tok.SpaceAfter)
	}
	want := []bool{false, false, false, true, false, true, true, false, true}
	if len(sp) != len(want) {
		t.Fatalf("got %d tokens (%s), want %d", len(sp), texts(toks), len(want))
	}
	for i := range want {
		if sp[i] != want[i] {
			t.Errorf("token %d %q SpaceAfter = %v, want %v", i, toks[i].Text, sp[i], want[i])
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "The vote failed. Lawmakers left.", []string{"The vote failed.", "Lawmakers left."}},
		{"abbreviation mid-sentence", "The U.S. Senate voted. It passed.", []string{"The U.S. Senate voted.", "It passed."}},
		{"abbreviation ends sentence", "He moved to the U.S. The move was hard.", []string{"He moved to the U.S.", "The move was hard."}},
		{"titles never end", "They met Gen. Lee and Dr. Ruiz. Talks followed.", []string{"They met Gen. Lee and Dr. Ruiz.", "Talks followed."}},
		{"initials", "J. R. R. Tolkien wrote it. Fans agree.", []string{"J. R. R. Tolkien wrote it.", "Fans agree."}},
		{"months", "On Jan. 5 the firm, Acme Inc., said profit rose 3.5% to $1.5 billion. Shares fell.",
			[]string{"On Jan. 5 the firm, Acme Inc., said profit rose 3.5% to $1.5 billion.", "Shares fell."}},
		{"question in quote", `"Are you coming?" he asked. She nodded.`, []string{`"Are you coming?" he asked.`, "She nodded."}},
		{"quote spans sentences", "“We will win. We will fight,” she said. Then she left.",
			[]string{"“We will win.", "We will fight,” she said.", "Then she left."}},
		{"closing quote after period", `He said: "It is over." Then he left.`, []string{`He said: "It is over."`, "Then he left."}},
		{"ellipsis", "We waited... Nobody came.", []string{"We waited...", "Nobody came."}},
		{"ellipsis mid-sentence", "We waited... and waited.", []string{"We waited... and waited."}},
		{"dateline", "NAIROBI, Kenya (AP) — Police said Monday that protests spread. Schools closed.",
			[]string{"NAIROBI, Kenya (AP) — Police said Monday that protests spread.", "Schools closed."}},
		{"paragraph always ends", "Talks continue\n\nthe minister said", []string{"Talks continue", "the minister said"}},
		{"quote reopened per paragraph", "“The plan is simple.\n\n“We start tomorrow,” he said.",
			[]string{"“The plan is simple.", "“We start tomorrow,” he said."}},
		{"headline line", "Storm Hits Coast\nThe storm arrived at dawn.", []string{"Storm Hits Coast", "The storm arrived at dawn."}},
		{"wrapped line", "the storm arrived\nat dawn.", []string{"the storm arrived\nat dawn."}},
		{"decimal not split", "Growth was 2.5 percent. Prices rose.", []string{"Growth was 2.5 percent.", "Prices rose."}},
		{"lower case after period", "It was 5 p.m. when they left.", []string{"It was 5 p.m. when they left."}},
		{"exclamation", "Stop! Now!", []string{"Stop!", "Now!"}},
		{"parenthesis", "He won (narrowly.) Others lost.", []string{"He won (narrowly.)", "Others lost."}},
		{"no punctuation", "no punctuation at all", []string{"no punctuation at all"}},
		{"empty", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := Tokens(tc.in)
			var got []string
			for _, s := range Sentences(tc.in, toks) {
				got = append(got, tc.in[s.Start:s.End])
			}
			if strings.Join(got, "\n|") != strings.Join(tc.want, "\n|") {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestLongLineIsCut(t *testing.T) {
	in := strings.Repeat("word ", 1000)
	toks := Tokens(in)
	ss := Sentences(in, toks)
	if len(ss) != 3 {
		t.Fatalf("got %d sentences for 1000 tokens, want 3 (cut every %d)", len(ss), MaxSentenceTokens)
	}
	a := &newsgraph.Article{Body: in}
	if err := (Stage{}).Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Warnings) != 1 {
		t.Errorf("warnings = %q, want one about cut sentences", a.Warnings)
	}
}

func TestStage(t *testing.T) {
	a := &newsgraph.Article{Body: "KYIV (Reuters) — Talks resumed. Both sides agreed."}
	if err := (Stage{}).Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Tokens) != 12 || len(a.Sentences) != 2 || len(a.Warnings) != 0 {
		t.Errorf("got %d tokens, %d sentences, warnings %q; want 12, 2, none", len(a.Tokens), len(a.Sentences), a.Warnings)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := (Stage{}).Annotate(ctx, a); err == nil {
		t.Error("Annotate with a cancelled context returned no error")
	}
}

func checkInvariants(t *testing.T, in string) {
	toks := Tokens(in)
	prev := 0
	for _, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(in) {
			t.Fatalf("bad span %v after %d in %q", tok.Span, prev, in)
		}
		if in[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token text %q != body %q", tok.Text, in[tok.Start:tok.End])
		}
		if utf8.ValidString(in) && !utf8.ValidString(tok.Text) {
			t.Fatalf("token %q splits a code point", tok.Text)
		}
		prev = tok.End
	}
	ss := Sentences(in, toks)
	prev = 0
	for _, s := range ss {
		if s.Start < prev || s.End <= s.Start || s.End > len(in) {
			t.Fatalf("bad sentence %v after %d in %q", s, prev, in)
		}
		prev = s.End
	}
	if len(toks) > 0 && (len(ss) == 0 || ss[0].Start != toks[0].Start || ss[len(ss)-1].End != toks[len(toks)-1].End) {
		t.Fatalf("sentences %v do not cover tokens of %q", ss, in)
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{
		"The U.S. Senate voted. It passed.", "“We will win,” she said.", "$1.5 billion, 3.5%...",
		"https://example.com/x). jane@example.org", "Merkel’s didn’t 's '", "a\x00\xff😀\u200b",
		"PARIS (AP) — Talks.\n\nNext", ".", "'", "U.S.'s", "-- !? ...",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkInvariants(t, in)
	})
}

func BenchmarkTokens(b *testing.B) {
	para := "WASHINGTON (AP) — U.S. Sen. Jane Roe, a Democrat from Ohio, said Tuesday that the $1.5 billion plan " +
		"“won’t pass” before Jan. 30. “We’re not there yet,” she told reporters. Acme Inc. shares fell 3.5% to $12.40.\n\n"
	text := strings.Repeat(para, 200)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		toks := Tokens(text)
		Sentences(text, toks)
	}
}

func TestEnsure(t *testing.T) {
	ctx := context.Background()
	a := &newsgraph.Article{Body: "Talks resumed. Both sides agreed."}
	if err := Ensure(ctx, a); err != nil || len(a.Tokens) != 7 || len(a.Sentences) != 2 {
		t.Fatalf("Ensure: err %v, %d tokens, %d sentences", err, len(a.Tokens), len(a.Sentences))
	}
	a.Tokens[0].Tag = "NNS" // a second call keeps what is there
	if err := Ensure(ctx, a); err != nil || a.Tokens[0].Tag != "NNS" {
		t.Errorf("Ensure replaced existing tokens")
	}
	empty := &newsgraph.Article{}
	if err := Ensure(ctx, empty); err != nil || empty.Tokens != nil {
		t.Errorf("Ensure on an empty body: err %v, tokens %v", err, empty.Tokens)
	}
}
