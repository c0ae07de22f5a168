package quote

import "testing"

// TestPrecision covers phrases that look like statements but report none: a
// verb of speech with only an adjunct after it, and other readings of cue
// words.
func TestPrecision(t *testing.T) {
	tests := []cueCase{
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
			body: "The mayor tweeted after hearing the news of the flood.",
			want: nil,
		},
		{
			name: "a verb of speech in an opening clause of time does not report the main clause",
			body: "After the dockers' guild objected, the trial was shifted to Mombasa. Before the senator complained, the board had approved the plan.",
			want: nil,
		},
		{
			name: "a verb that states only with a clause, before a name's possessive object",
			body: "The new owner would assume Acme's debts. Analysts assume Acme's plan will fail.",
			want: []want{{content: "Acme's plan will fail", cue: "assume", speaker: "Analysts"}},
		},
		{
			name: "a participle after a noun in a fronted phrase is a reduced passive",
			body: "In findings published last week in a journal, scientists from the university reported that the birds were thriving.",
			want: []want{{content: "that the birds were thriving", cue: "reported", speaker: "scientists from the university"}},
		},
		{
			name: "a participle after a noun before the finite verb is a reduced passive",
			body: "A study published in the journal found that the drug worked. Reasons cited for the drop include poor rains and pests.",
			want: []want{{content: "that the drug worked", cue: "found", speaker: "A study published in the journal"}},
		},
		{
			name: "a verb of speech before its adjunct and a bare clause is no participle",
			body: "Officials stated on Monday the road was closed. Police alleged the driver fled.",
			want: []want{
				{content: "the road was closed", cue: "stated", speaker: "Officials"},
				{content: "the driver fled", cue: "alleged", speaker: "Police"},
			},
		},
		{
			name: "a naming participle after an object or an indefinite noun names, it does not speak",
			body: "The engineers used a method called tunnelling. The town was a colony called New Haven. The lab sold a drug called Miralax to clinics.",
			want: nil,
		},
		{
			name: "a naming verb after its subject, also after a relative clause, speaks",
			body: "The campaign called the report false. One of the nurses who sent the petition called the plan reckless. Officials at the ministry called the memo false. The head of a union called the decision unfair. On Monday, a coalition of unions called for a strike.",
			want: []want{
				{content: "the report false", cue: "called", speaker: "The campaign"},
				{content: "the plan reckless", cue: "called", speaker: "One of the nurses who sent the petition"},
				{content: "the memo false", cue: "called", speaker: "Officials at the ministry"},
				{content: "the decision unfair", cue: "called", speaker: "The head of a union"},
				{content: "a strike", cue: "called for", speaker: "a coalition of unions"},
			},
		},
		{
			name: "a cue before a stranded preposition closes a relative clause, not a statement",
			body: "The tax would slow hiring, and that is a claim most small business owners would agree with.",
			want: nil,
		},
		{
			name: "a double hyphen closes an aside like any dash",
			body: "In the first year -- when she would not be worried about reelection -- the mayor could act.",
			want: []want{{content: "reelection", cue: "would not be worried about", speaker: "she"}},
		},
		{
			name: "a clause of reason after a comma is not what the cue before it reports",
			body: "Not that anyone on the board is arguing, since other emails reviewed by the paper suggest that the chief ignored the advice.",
			want: []want{{content: "that the chief ignored the advice", cue: "suggest", speaker: "other emails reviewed by the paper"}},
		},
		{
			name: "a title after the work it names is no content; a second gerund object continues the first",
			body: "In his 2011 guide, “Grow Your Own Savings,” Mr. Mwangi suggested checking your phone bill and asking yourself whether you use it.",
			want: []want{{content: "checking your phone bill and asking yourself whether you use it", cue: "suggested", speaker: "Mr. Mwangi"}},
		},
		{
			name: "a quotation after the work it comes from is a content",
			body: "In her memoir, “I was never afraid of them,” she writes.",
			want: []want{{content: "“I was never afraid of them,”", cue: "writes", speaker: "she"}},
		},
		{
			name: "an aside with as closing the sentence reports the clause before it",
			body: "The footage does not show whether the driver had a knife, as officers have said.",
			want: []want{{content: "The footage does not show whether the driver had a knife", cue: "have said", speaker: "officers"}},
		},
		{
			name: "observe states only with a clause: with an object it watches or keeps",
			body: "The biologists observed the nest under the bridge. Many families observe a long fast. The minister observed that the talks had stalled.",
			want: []want{{content: "that the talks had stalled", cue: "observed", speaker: "The minister"}},
		},
		{
			name: "a participle before an infinitive and the finite verb of its noun is a reduced passive",
			body: "A man suspected to have leaked the files was detained on Friday. The aides expected to leave soon.",
			want: []want{{content: "to leave soon", cue: "expected", speaker: "The aides"}},
		},
		{
			name: "a that-clause after an aside of reason is the content",
			body: "The mayor added, because the budget is tight, that no new hires would be made. She argued, although without evidence, that the vote was rigged.",
			want: []want{
				{content: "that no new hires would be made", cue: "added", speaker: "The mayor"},
				{content: "that the vote was rigged", cue: "argued", speaker: "She"},
			},
		},
		{
			name: "a verb before a phrase of time and a bare clause is no participle",
			body: "Officials warned on Monday prices would rise. Analysts predicted last year costs would fall. Experts cautioned at the hearing lawmakers would act.",
			want: []want{
				{content: "prices would rise", cue: "warned", speaker: "Officials"},
				{content: "last year costs would fall", cue: "predicted", speaker: "Analysts"},
				{content: "at the hearing lawmakers would act", cue: "cautioned", speaker: "Experts"},
			},
		},
		{
			name: "speaking on a medium or on condition of anonymity is no speaking on a topic",
			body: "The official spoke on condition of anonymity because he was not allowed to discuss the talks. The two leaders spoke on the phone on Tuesday. She also spoke on the economy.",
			want: []want{{content: "the economy", cue: "also spoke on", speaker: "She"}},
		},
		{
			name: "an adjunct before a clause is part of the content",
			body: "The minister said at a briefing on Monday the border would reopen.",
			want: []want{{content: "at a briefing on Monday the border would reopen", cue: "said", speaker: "The minister"}},
		},
	}
	runCueCases(t, tests)
}
