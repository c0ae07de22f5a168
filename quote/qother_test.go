package quote

import "testing"

// TestOtherCues covers constructions of attribution whose cue is no verb of
// the lexicon.
func TestOtherCues(t *testing.T) {
	tests := []cueCase{
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
			name: "a poll between two figures, after than, or what a poll held is no source",
			body: "Support fell from 40 percent in the May poll to 35 percent. The governor did better than in earlier polls. The question was asked in a phone survey. Kamau participated in several surveys.",
			want: nil,
		},
		{
			name: "that as a demonstrative after an unlisted verb opens no clause",
			body: "Wekesa bested that record in 2019 as the club's captain. And I really liked that.",
			want: nil,
		},
		{
			name: "a stance adjective coordinated after the subject's first verb",
			body: "Okoth toured the clinics and came away convinced that the vaccine stocks were too low.",
			want: []want{{content: "that the vaccine stocks were too low", cue: "came away convinced", speaker: "Okoth"}},
		},
		{
			name: "refer to a person as something",
			body: "The governor referred to the striking nurses as saboteurs.",
			want: []want{{content: "the striking nurses as saboteurs", cue: "referred to", speaker: "The governor"}},
		},
		{
			name: "refer to coordinated inside a that-clause belongs to the clause",
			body: "The magazine claimed that during the visit, the minister skipped the memorial and referred to the veterans as freeloaders.",
			want: []want{{content: "that during the visit, the minister skipped the memorial and referred to the veterans as freeloaders", cue: "claimed", speaker: "The magazine"}},
		},
		{
			name: "a medium after on is no speaker",
			body: "Otieno repeatedly called the audit a sham, and on Facebook referred to the auditors as clowns.",
			want: []want{{content: "the audit a sham, and on Facebook referred to the auditors as clowns", cue: "repeatedly called", speaker: "Otieno"}},
		},
		{
			name: "a feeling caused in someone: the object feels it about the subject",
			body: "The new levy has regularly angered dairy farmers.",
			want: []want{{content: "The new levy", cue: "has regularly angered", speaker: "dairy farmers"}},
		},
		{
			name: "a feeling caused after a relative pronoun",
			body: "Turnout fell in the west, which is something that troubles Wanjiru Kamau.",
			want: []want{{content: "that", cue: "troubles", speaker: "Wanjiru Kamau"}},
		},
		{
			name: "a participle of feeling before a noun, or concern in the sense of being about, is no cue",
			body: "The firm bought troubled clinics in two counties. The case concerns a land dispute.",
			want: nil,
		},
		{
			name: "a participle of feeling after a comma: the clause before it is the content",
			body: "The ministry has lagged in paying the nurses, frustrating the mayor.",
			want: []want{{content: "The ministry has lagged in paying the nurses", cue: "frustrating", speaker: "the mayor"}},
		},
		{
			name: "have and a stance held about something",
			body: "The ministry has serious concerns about the audit. Many farmers have had such reservations about the levy. The mayor has a genuine interest in water policy.",
			want: []want{
				{content: "the audit", cue: "has serious concerns about", speaker: "The ministry"},
				{content: "the levy", cue: "have had such reservations about", speaker: "Many farmers"},
				{content: "water policy", cue: "has a genuine interest in", speaker: "The mayor"},
			},
		},
		{
			name: "have and support somewhere is no stance",
			body: "The governor has strong support in the north.",
			want: nil,
		},
	}
	runCueCases(t, tests)
}
