package quote

import "testing"

// TestNounCues covers cues that are not finite speech verbs: statement and
// stance nouns, with or without a holder named for them.
func TestNounCues(t *testing.T) {
	tests := []cueCase{
		{
			name: "a claim noun no one is named for keeps its adjectives and article",
			body: "The ministers met in Lisbon amid mounting fears that the harvest would fail. The drought forced a recognition that the dams were too small.",
			want: []want{
				{content: "that the harvest would fail", cue: "mounting fears", speaker: ""},
				{content: "that the dams were too small", cue: "a recognition", speaker: ""},
			},
		},
		{
			name: "a passive cue leaves the agent's by out",
			body: "The levy was condemned by the fishermen's cooperative.",
			want: []want{{content: "The levy", cue: "was condemned", speaker: "the fishermen's cooperative"}},
		},
		{
			name: "answering questions about a topic",
			body: "Wanjiru spoke for an hour, answering questions about how the levy would be spent.",
			want: []want{{content: "how the levy would be spent", cue: "answering questions about", speaker: "Wanjiru"}},
		},
		{
			name: "a manner adverb between a phrasal cue and its particle",
			body: "The bishop spoke warmly of the volunteers who rebuilt the school.",
			want: []want{{content: "the volunteers who rebuilt the school", cue: "spoke warmly of", speaker: "The bishop"}},
		},
		{
			name: "allegations no one is named for, and a stance noun in a title-case headline",
			body: "Harbour Board Faces Allegations of Bribery. Crowds Gather Outside City Hall Over Her Refusal To Close The Harbour.",
			want: []want{
				{content: "Bribery", cue: "Allegations of", speaker: ""},
				{content: "To Close The Harbour", cue: "Refusal", speaker: "Her"},
			},
		},
		{
			name: "a stance noun inside a leading despite-phrase after and",
			body: "The vote was close, and despite the mayor's allegations of vote buying, Otieno certified it.",
			want: []want{{content: "vote buying", cue: "allegations of", speaker: "the mayor's"}},
		},
		{
			name: "an absolute with-phrase holding a claim noun ends the content before it",
			body: "The guards have been accused of beating prisoners, with allegations of torture at two camps.",
			want: []want{
				{content: "The guards … beating prisoners", cue: "have been accused of", speaker: ""},
				{content: "torture at two camps", cue: "allegations of", speaker: ""},
			},
		},
		{
			name: "a speech gerund after for or despite with a that-clause",
			body: "Kamau was suspended for saying that the audit was rigged. Wanjiru kept her post despite admitting that the pumps had failed. The lab won an award for promoting safety.",
			want: []want{
				{content: "that the audit was rigged", cue: "saying", speaker: "Kamau"},
				{content: "that the pumps had failed", cue: "admitting", speaker: "Wanjiru"},
			},
		},
		{
			name: "a participle after a medium in an adjunct",
			body: "In a letter announcing the merger, the two unions praised the workers. \"We will rebuild the harbour together,\" Otieno said at a news conference announcing that the port would reopen.",
			want: []want{
				{content: "the merger", cue: "announcing", speaker: "a letter"},
				{content: "the workers", cue: "praised", speaker: "the two unions"},
				{content: "\"We will rebuild the harbour together,\"", cue: "said", speaker: "Otieno"},
				{content: "that the port would reopen", cue: "announcing", speaker: "Otieno"},
			},
		},
		{
			name: "a question put to the subject in a when-clause",
			body: "When pressed by the host about how he would pay for it, Kamau changed the subject. The clerk left, and when asked on why the office had closed, Wanjiru shrugged.",
			want: []want{
				{content: "how he would pay for it", cue: "pressed", speaker: "the host"},
				{content: "why the office had closed", cue: "asked on", speaker: ""},
			},
		},
		{
			name: "an agentless passive of a view with as",
			body: "The new port was widely viewed as a gift to the shipping lines.",
			want: []want{{content: "The new port … as a gift to the shipping lines", cue: "was widely viewed", speaker: ""}},
		},
		{
			name: "a statement opening the sentence after In is the cue of the subject",
			body: "In a statement released on Monday, the governor was far more cautious than his deputies.",
			want: []want{{content: "was far more cautious than his deputies", cue: "a statement", speaker: "the governor"}},
		},
		{
			name: "by someone's own admission",
			body: "By Otieno's own admission, the ferry was overloaded.",
			want: []want{{content: "the ferry was overloaded", cue: "own admission", speaker: "Otieno's"}},
		},
		{
			name: "an acknowledgment no one is named for, its modifier after an article",
			body: "The speech carried a warmer tone, and a tacit acknowledgment that the plan had failed.",
			want: []want{{content: "that the plan had failed", cue: "a tacit acknowledgment", speaker: ""}},
		},
		{
			name: "reports no one is named for",
			body: "Following initial reports of a blast at the depot, the police closed the road.",
			want: []want{{content: "a blast at the depot", cue: "initial reports of", speaker: ""}},
		},
		{
			name: "a name's report before a comma is a noun",
			body: "In the wake of the Star report, the senator has portrayed herself as a target of the brokers.",
			want: []want{{content: "herself as a target of the brokers", cue: "has portrayed", speaker: "the senator"}},
		},
		{
			name: "sum up, a phrasal cue",
			body: "\"We have a long way to go,\" said the chairwoman, summing up two days of talks. The minister summed up the mood in one word.",
			want: []want{
				{content: "\"We have a long way to go,\"", cue: "said", speaker: "the chairwoman"},
				{content: "two days of talks", cue: "summing up", speaker: "the chairwoman"},
				{content: "the mood in one word", cue: "summed up", speaker: "The minister"},
			},
		},
		{
			name: "reactions that dismiss or resent a claim",
			body: "The minister has pooh-poohed the report that the dam leaks. The mayors bristled at the suggestion that they had lied.",
			want: []want{
				{content: "the report that the dam leaks", cue: "has pooh-poohed", speaker: "The minister"},
				{content: "the suggestion that they had lied", cue: "bristled at", speaker: "The mayors"},
			},
		},
	}
	runCueCases(t, tests)
}
