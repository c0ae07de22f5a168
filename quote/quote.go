// Package quote finds attributed statements in news articles: direct
// quotations, partial quotations inside reported speech, indirect speech
// ("Smith said on Friday that ..."), "according to" attributions, statements of
// groups and institutions, and denials. Each statement gets its content span,
// its cue ("said", "told Reuters", "according to"), the span naming its speaker
// and, when the article's entities allow, the speaker's entity ID. Statements
// about the same proposition (a claim and its denial, one claim repeated by
// several speakers) share a claim group.
//
// The rules work on the article's tokens and sentences (the tokenize stage)
// with their part-of-speech tags (the pos stage), and use its entities (the
// ner and entity stages) when present; they never need a parser. Span conventions follow the PolNeAR corpus: the source is the
// noun phrase naming the speaker with any appositive ("Jane Doe, a spokeswoman
// for the ministry"), the cue is the verb with its auxiliaries and particles
// ("has said", "called for"), the content is the reported clause without the
// sentence's final full stop, or the whole quotation marks included.
package quote

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/pos"
	"github.com/newsgraph/newsgraph/tokenize"
)

// Extract returns the attributions of article a and warnings about broken
// quotation structure. It uses a.Tokens and a.Sentences when the tokenize stage
// filled them and tokenizes the body itself otherwise, and tags a copy of the
// tokens with the embedded part-of-speech model when the pos stage did not
// run; it does not change a.
func Extract(a *newsgraph.Article) ([]Attribution, []string) {
	toks, sents := a.Tokens, a.Sentences
	if len(toks) == 0 && a.Body != "" {
		toks = tokenize.Tokens(a.Body)
		sents = nil
	}
	if len(sents) == 0 && len(toks) > 0 {
		sents = tokenize.Sentences(a.Body, toks)
	}
	if len(toks) > 0 && toks[0].Tag == "" {
		if m, err := pos.Default(); err == nil {
			toks = append([]newsgraph.Token(nil), toks...)
			pos.TagTokens(m, toks, tokenize.SentenceRanges(&newsgraph.Article{Tokens: toks, Sentences: sents}))
		}
	}
	pass, warns := findPassages(a.Body)
	pass = excerptPassages(a.Body, pass)
	d := newDoc(a.Body, toks, sents, pass)
	d.run()
	return d.out, warns
}
