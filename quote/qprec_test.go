package quote

import "testing"

// TestPrecision covers phrases that look like statements but report none: a
// verb of speech with only an adjunct after it, and other readings of cue
// words.
func TestPrecision(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []want
	}{
		{
			name: "a verb of writing with only a phrase of time and beneficiary",
			body: "The columnist wrote in 2019 for readers in that position. She also wrote for two other magazines, including a weekly one.",
			want: nil,
		},
		{
			name: "a participle of writing with only its outlet",
			body: "Writing for the majority, Judge Ames said that the law was clear.",
			want: []want{{content: "that the law was clear", cue: "said", speaker: "Judge Ames"}},
		},
		{
			name: "a verb of protest with only a phrase of time and its relative clause",
			body: "Farmers have been protesting since early May, when the ministry cut the subsidy.",
			want: nil,
		},
		{
			name: "a verb of posting with only a phrase of time",
			body: "The coach tweeted after hearing the news of the injury.",
			want: nil,
		},
		{
			name: "a verb of speech in an opening clause of time does not report the main clause",
			body: "After the nurses' union objected, the hearing was moved to Denver. Before the senator complained, the board had approved the plan.",
			want: nil,
		},
		{
			name: "a verb that states only with a clause, before a name's possessive object",
			body: "The new owner would assume Acme's debts. Analysts assume Acme's plan will fail.",
			want: []want{{content: "Acme's plan will fail", cue: "assume", speaker: "Analysts"}},
		},
		{
			name: "an adjunct before a clause is part of the content",
			body: "The minister said at a briefing on Monday the border would reopen.",
			want: []want{{content: "at a briefing on Monday the border would reopen", cue: "said", speaker: "The minister"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkCuesAndSpeakers(t, tc.body, tc.want)
		})
	}
}
