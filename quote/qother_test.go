package quote

import "testing"

// TestOtherCues covers constructions of attribution whose cue is no verb of
// the lexicon.
func TestOtherCues(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []want
	}{
		{
			name: "a clause closed by in and a poll with a participle",
			body: "The mayor fared poorly in two phone polls taken after the flood.",
			want: []want{{content: "The mayor fared poorly", cue: "in", speaker: "two phone polls taken after the flood"}},
		},
		{
			name: "a clause after a leading despite-phrase, closed by in and a poll",
			body: "Despite a strong debate, the senator gained no ground in the latest surveys to appear.",
			want: []want{{content: "the senator gained no ground", cue: "in", speaker: "the latest surveys to appear"}},
		},
		{
			name: "a poll between two figures or after than is no source",
			body: "Support fell from 40 percent in the May poll to 35 percent. The governor did better than in earlier polls.",
			want: nil,
		},
		{
			name: "a stance adjective coordinated after the subject's first verb",
			body: "Okoth toured the clinics and came away convinced that the vaccine stocks were too low.",
			want: []want{{content: "that the vaccine stocks were too low", cue: "came away convinced", speaker: "Okoth"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCuesAndSpeakers(t, tt.body, tt.want)
		})
	}
}
