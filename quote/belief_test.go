package quote

import "testing"

// TestBeliefCues covers the cues of beliefs, feelings, intentions and
// findings: the span of the cue and its speaker.
func TestBeliefCues(t *testing.T) {
	tests := []cueCase{
		{
			name: "a floating quantifier between the speakers and the cue",
			body: "The three council members all believe the bridge should be rebuilt.",
			want: []want{{content: "the bridge should be rebuilt", cue: "believe", speaker: "The three council members"}},
		},
		{
			name: "the not only of a correlative pair before the cue",
			body: "The audit not only found waste in every department, but also drew clear links between the contracts and two officials.",
			want: []want{{content: "waste in every department", cue: "found", speaker: "The audit"}},
		},
		{
			name: "find a way and find oneself are no findings",
			body: "The growers found a way around the new tariff. Several reporters found themselves in the middle of the crowd. The audit found that two contracts were never signed.",
			want: []want{{content: "that two contracts were never signed", cue: "found", speaker: "The audit"}},
		},
		{
			name: "a feeling adjective with a that-clause",
			body: "The growers are so angry that the tariff was doubled. Their neighbours were glad to help.",
			want: []want{{content: "that the tariff was doubled", cue: "are so angry", speaker: "The growers"}},
		},
		{
			name: "learning or forgetting to do something is no belief",
			body: "Most of the children learned to swim that summer. The clerk forgot to lock the door. The inspectors learned that the tank had leaked.",
			want: []want{{content: "that the tank had leaked", cue: "learned", speaker: "The inspectors"}},
		},
		{
			name: "the writer's hedge with seem",
			body: "The new bridge seems to have been built too low. As odd as it may seem, nobody objected. The mayor seemed to think the river would stay calm.",
			want: []want{
				{content: "The new bridge … to have been built too low", cue: "seems", speaker: ""},
				{content: "the river would stay calm", cue: "seemed to think", speaker: "The mayor"},
			},
		},
		{
			name: "an intensifying all before the preposition of the cue",
			body: "The fishermen know all about the storms of the northern coast.",
			want: []want{{content: "the storms of the northern coast", cue: "know all about", speaker: "The fishermen"}},
		},
		{
			name: "a relative clause without its pronoun takes the noun phrase before it",
			body: "To pay for the new clinics he has promised, the governor needs more revenue, which he plans to raise through a fuel levy.",
			want: []want{
				{content: "the new clinics", cue: "has promised", speaker: "he"},
				{content: "to raise through a fuel levy", cue: "plans", speaker: "he"},
			},
		},
		{
			name: "a verb with an object of its own is no relative clause without its pronoun",
			body: "Before signing these deals they should have thought about the workers.",
			want: []want{{content: "the workers", cue: "should have thought about", speaker: "they"}},
		},
		{
			name: "a pronoun subject of the hedge after a coordinated clause",
			body: "We lost to the visitors in the first round and nobody seemed to mind.",
			want: []want{{content: "nobody … to mind", cue: "seemed", speaker: ""}},
		},
		{
			name: "a modal and a bare be before the cue",
			body: "After the verdict, the defeated party could be expected to appeal. The farmers must be thinking that the rain will come.",
			want: []want{
				{content: "the defeated party … to appeal", cue: "could be expected", speaker: ""},
				{content: "that the rain will come", cue: "must be thinking", speaker: "The farmers"},
			},
		},
		{
			name: "an intention ends where a clause with its own subject is coordinated",
			body: "The mayor wants to build two new schools, but the council would have to find the money.",
			want: []want{{content: "to build two new schools", cue: "wants", speaker: "The mayor"}},
		},
		{
			name: "cannot before the cue and a state of mind after a causative",
			body: "I cannot fathom how the council approved the plan. The storm has many farmers contemplating early harvests.",
			want: []want{
				{content: "how the council approved the plan", cue: "cannot fathom", speaker: "I"},
				{content: "early harvests", cue: "contemplating", speaker: "many farmers"},
			},
		},
		{
			name: "a which-question as the content of knowing",
			body: "Buyers have no way of knowing which of the farms used the pesticide.",
			want: []want{{content: "which of the farms used the pesticide", cue: "have no way of knowing", speaker: "Buyers"}},
		},
	}
	runCueCases(t, tests)
}
