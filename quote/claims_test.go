package quote

import (
	"strings"
	"testing"
)

// claimCase is a hand-written article with the pairs of statements (by a word
// of their content) that are about the same proposition.
type claimCase struct {
	body  string
	links [][2]string // each pair: a word unique to each statement's content
}

var claimCases = []claimCase{
	{
		body: "State media reported that rebels had seized the airport. The army denied the reports. " +
			"A resident said the shops were closed.",
		links: [][2]string{{"airport", "denied"}},
	},
	{
		body: "The minister said the dam would be finished by June. Engineers said the dam would not be finished by June. " +
			"The minister also said that wages would rise.",
		links: [][2]string{{"minister said the dam", "Engineers"}},
	},
	{
		body: "Police said three protesters were arrested on Monday. Organisers said three protesters were arrested. " +
			"A hospital spokesman said two people were injured.",
		links: [][2]string{{"Police", "Organisers"}},
	},
	{
		body: "The company claimed its factory met every safety standard. Inspectors rejected the claim. " +
			"The mayor said the town needed the jobs.",
		links: [][2]string{{"factory", "rejected"}},
	},
	{
		body: "Opposition leaders said the election was rigged. The electoral commission denied that the election was rigged. " +
			"Observers said turnout was high.",
		links: [][2]string{{"Opposition", "denied"}},
	},
	{
		body: "The governor said the bridge was safe. Residents said the river had flooded twice this year. " +
			"The governor said the budget was balanced.",
	},
	{
		body: "Kenyan officials said the border would reopen on Friday. Ugandan officials also said the border would reopen on Friday. " +
			"Traders said prices had doubled.",
		links: [][2]string{{"Kenyan", "Ugandan"}},
	},
	{
		body: "The ministry said the vaccine was safe. A doctors' union said the vaccine was safe and effective. " +
			"Critics said the rollout was slow.",
		links: [][2]string{{"ministry", "union"}},
	},
}

// TestClaimLinks measures claim grouping on the hand-written cases: pairs of
// statements linked (same group) against the pairs that should be.
func TestClaimLinks(t *testing.T) {
	tp, fp, fn := 0, 0, 0
	for ci, c := range claimCases {
		a := article(t, c.body)
		annotate(t, a)
		// a statement is found by a word of its speaker, cue or content
		locate := func(w string) int {
			for i, q := range a.Quotes {
				if strings.Contains(q.SpeakerText.Text+" "+q.Cue.Text+" "+q.Text, w) {
					return i
				}
			}
			return -1
		}
		want := map[[2]int]bool{}
		for _, l := range c.links {
			x, y := locate(l[0]), locate(l[1])
			if x < 0 || y < 0 || x == y {
				t.Errorf("case %d: statements %q / %q not found:%s", ci, l[0], l[1], describe(a.Quotes))
				fn++
				continue
			}
			want[[2]int{min(x, y), max(x, y)}] = true
		}
		for i := range a.Quotes {
			for j := i + 1; j < len(a.Quotes); j++ {
				linked := a.Quotes[i].Claim >= 0 && a.Quotes[i].Claim == a.Quotes[j].Claim
				switch {
				case linked && want[[2]int{i, j}]:
					tp++
				case linked:
					fp++
					t.Logf("case %d: extra link %q -- %q", ci, a.Quotes[i].Text, a.Quotes[j].Text)
				case want[[2]int{i, j}]:
					fn++
					t.Logf("case %d: missed link %q -- %q", ci, a.Quotes[i].Text, a.Quotes[j].Text)
				}
			}
		}
	}
	p := float64(tp) / float64(max(1, tp+fp))
	r := float64(tp) / float64(max(1, tp+fn))
	t.Logf("claim links on %d articles: tp %d fp %d fn %d precision %.2f recall %.2f", len(claimCases), tp, fp, fn, p, r)
	if p < 0.8 || r < 0.8 {
		t.Errorf("claim links precision %.2f recall %.2f, want both >= 0.8", p, r)
	}
}
