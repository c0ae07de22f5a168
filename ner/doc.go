// Package ner recognises named entities in English news: a statistical tagger
// written in Go and trained by `newsgraph train ner` on CoNLL-2003.
//
// The model is an averaged perceptron over BILOU tags of CoNLL's four types
// (PER, ORG, LOC, MISC) with first-order Viterbi decoding. Features: the word,
// its lower-cased form, shape, prefixes and suffixes, a ±2 window, word
// bigrams, capitalisation patterns (sentence-initial, all-caps headline),
// character trigrams of capitalised words, gazetteer matches (countries,
// demonyms, places and organisations from the gazetteer package's built-in
// data, plus the few former states, regional adjectives and places it lacks
// from lists.go; people and organisations from an actor dictionary at
// training time; given names and organisation and place keywords from
// lists.go), word clusters computed from unlabeled news text, and
// document-level features: the neighbours of the word's other occurrences in
// the document, whether it also appears in lower case or title case, and, in a
// second pass, the types the first pass gave the same word elsewhere in the
// document. The shipped model is the mean of five models trained on different
// shuffles of the data. See MODEL.md for the data and its terms, and
// docs/bench/ner.md for the measured accuracy and speed.
//
// FineType derives the project's six types (PERSON, ORG, GPE, LOC, NORP, MISC)
// from CoNLL's four; Stage is the pipeline stage.
package ner
