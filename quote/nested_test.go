package quote

import "testing"

// TestNestedContents covers outer statements whose content holds, or is
// coordinated with, another statement: the outer content runs over the inner
// one, which is not a statement of its own.
func TestNestedContents(t *testing.T) {
	tests := []cueCase{
		{
			name: "a reason clause inside a reported clause",
			body: "The aide said she was not worried about the vote because she doubted the board would oppose it.",
			want: []want{{content: "she was not worried about the vote because she doubted the board would oppose it", cue: "said", speaker: "The aide"}},
		},
		{
			name: "a coordinated clause whose cue belongs to a relative clause",
			body: "Surveys showed that few voters ranked the issue first, and the share of voters who accepted the science had fallen.",
			want: []want{{content: "that few voters ranked the issue first, and the share of voters who accepted the science had fallen", cue: "showed", speaker: "Surveys"}},
		},
		{
			name: "a second that-clause of the same statement",
			body: "The singer said that she seldom listened to the station, and that she might decide against joining its morning show.",
			want: []want{{content: "that she seldom listened to the station, and that she might decide against joining its morning show", cue: "said", speaker: "The singer"}},
		},
		{
			name: "a wh-clause coordinated with a noun phrase content after a dash",
			body: "A retired general is speaking out about the problems he sees in the ranks — and why he believes the new plan will fix them.",
			want: []want{{content: "the problems he sees in the ranks — and why he believes the new plan will fix them", cue: "is speaking out about", speaker: "A retired general"}},
		},
		{
			name: "a list after a dash with a light verb in it",
			body: "Ms. Okafor is stressing that her budget will relieve the pressures on small farmers — the price of seed, falling yields and unpaid sick leave.",
			want: []want{{content: "that her budget will relieve the pressures on small farmers — the price of seed, falling yields and unpaid sick leave", cue: "is stressing", speaker: "Ms. Okafor"}},
		},
		{
			name: "a clause of reason runs on after a parenthetical cue",
			body: "The plan would hurt the party with young voters, the senator said, since most of them accept that the climate is changing.",
			want: []want{{content: "The plan would hurt the party with young voters … since most of them accept that the climate is changing", cue: "said", speaker: "the senator"}},
		},
		{
			name: "a coordinated quotation runs on after a parenthetical cue",
			body: "Many of the guests were older, she said, and “they had waited years for this.”",
			want: []want{{content: "Many of the guests were older … and “they had waited years for this.”", cue: "said", speaker: "she"}},
		},
		{
			name: "a that-clause opening with a subordinate clause set off by commas",
			body: "The governor said that, if reelected, he would leave the budget to the legislature and veto nothing.",
			want: []want{{content: "that, if reelected, he would leave the budget to the legislature and veto nothing", cue: "said", speaker: "The governor"}},
		},
		{
			name: "a light verb in a clause of time is no statement of its own",
			body: "The director told the staff never to discuss the audit when they raised concerns.",
			want: []want{{content: "the staff never to discuss the audit when they raised concerns", cue: "told", speaker: "The director"}},
		},
		{
			name: "a cue closing the sentence reports the statement before it",
			body: "Smith had told the officers that she did not want an escort, but the chief overruled her, the aide added.",
			want: []want{{content: "Smith had told the officers that she did not want an escort, but the chief overruled her", cue: "added", speaker: "the aide"}},
		},
		{
			name: "a coordinated clause whose cue takes a particle",
			body: "The board ruled that the claim was true, but the chairman also pointed out that most cases were minor.",
			want: []want{
				{content: "that the claim was true", cue: "ruled", speaker: "The board"},
				{content: "that most cases were minor", cue: "also pointed out", speaker: "the chairman"},
			},
		},
		{
			name: "a coordinated predicate whose cue takes a particle",
			body: "The mayor praised the budget and pointed out that it would save money.",
			want: []want{
				{content: "the budget", cue: "praised", speaker: "The mayor"},
				{content: "that it would save money", cue: "pointed out", speaker: "The mayor"},
			},
		},
		{
			name: "the examples of an object noun phrase belong to it",
			body: "The senator railed against the influence of lobbyists, including the groups that funded her rival.",
			want: []want{{content: "the influence of lobbyists, including the groups that funded her rival", cue: "railed against", speaker: "The senator"}},
		},
	}
	runCueCases(t, tests)
}
