// Package event codes political events (who did what to whom, when and where)
// in PLOVER v2 with their CAMEO equivalents, sentence by sentence.
//
// The coder is a dictionary coder of the project's own writing: about 750
// verb and noun trigger patterns organised by PLOVER type, each carrying a
// CAMEO code and a PLOVER mode (triggers.txt), matched over the words of a
// sentence, longest pattern first. The CAMEO code gives the quad class and the
// Goldstein score (cameo.tsv, generated from the shared ontology by
// gen_cameo.go; codebook names and GDELT Goldstein values only).
//
// Rules then rank the triggers of a sentence (the main clause's verb first;
// participles, subordinate and relative clauses, nouns and purpose clauses
// lower), find what governs them ("accused X of transferring": the transfer is
// a claim by the accuser; "denied transferring": negated; "agreed to sign":
// planned), and set their status from modals, negation and "if". Following
// PLOVER, announced cooperation becomes AGREE, announced conflict THREATEN and
// refused cooperation REJECT.
//
// Source and target actors are the nearest actors before and after the
// trigger: the article's entities (with their countries and roles), the
// gazetteer's countries, demonyms, cities and organisations, a user's actors,
// and agent words with their PLOVER sectors ("police": COP). Passive voice
// ("was attacked by X") is reversed; "X and Y" are both sources; talks and
// cooperation list all parties as sources, a visit keeps its host as target.
// An event inside a quote or a said-clause is "claimed" and reported by the
// speaker's entity. Dates come from timex.SentenceDate.
//
// Stage implements newsgraph.Stage and fills Article.Events.
package event
