// Package pos tags English news tokens with Penn Treebank part-of-speech tags
// ("NNP", "VBD", "IN", ...): a greedy averaged perceptron written in Go and
// trained by `newsgraph train pos`.
//
// Later stages read the tags to tell a verb from a noun of the same spelling
// ("the reports said" / "the ministry reports that"), and to find where a
// noun phrase begins and ends. Features: the lower-cased word, its shape,
// prefix and suffixes, the words two to each side with their suffixes, the two
// previous tags, whether a finite verb was already tagged in the sentence, and
// what the training data used the word's possible base forms as (verb, noun),
// so that an unseen "-s" or "-ed" form of a known verb reads as a verb. Words
// seen often enough with one tag in the training data take that tag from a
// dictionary stored in the model, hashed.
//
// Tag tags a sentence of words; Stage is the pipeline stage, filling
// newsgraph.Token.Tag. See MODEL.md for the data the shipped weights were
// trained from and its terms, and docs/bench/pos.md for accuracy and speed.
package pos
