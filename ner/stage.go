package ner

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/tokenize"
)

// Stage is the pipeline stage that tags Article.Tokens sentence by sentence and
// appends one Entity per recognised mention to Article.Entities (ID empty,
// Name the mention text, one Mention). It runs the tokenizer first when the
// article has no tokens yet.
type Stage struct {
	// Model is the tagger to use; nil means the embedded model (Default).
	Model *Model
}

// Name returns "ner".
func (Stage) Name() string { return "ner" }

// Annotate tags a. Text in a language other than English is not tagged (a
// warning says which language was detected); text mostly in capitals is
// tagged with a warning, since accuracy there is lower.
func (s Stage) Annotate(ctx context.Context, a *newsgraph.Article) error {
	if ok, err := tokenize.ForEnglish(ctx, a, "ner", "no entities were tagged"); !ok {
		return err
	}
	m := s.Model
	if m == nil {
		var err error
		if m, err = Default(); err != nil {
			a.Warn(fmt.Sprintf("ner: no entities tagged: %v", err))
			return nil
		}
	}
	sents := tokenize.SentenceRanges(a)
	doc := make([][]string, len(sents))
	caps, letters := 0, 0
	for i, r := range sents {
		words := make([]string, r[1]-r[0])
		for k := r[0]; k < r[1]; k++ {
			w := a.Tokens[k].Text
			words[k-r[0]] = w
			if c, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(c) {
				letters++
				if isAllCaps(w) {
					caps++
				}
			}
		}
		if titleCase(words) {
			// a Title Case headline: capitalisation says nothing here, so the
			// tagger sees it in capitals, like the wire headlines it learned from
			up := make([]string, len(words))
			for k, w := range words {
				up[k] = strings.ToUpper(w)
			}
			words = up
		}
		doc[i] = words
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if letters >= 20 && caps*2 > letters {
		a.Warn("ner: most of the text is in capital letters; entity types and boundaries are less reliable")
	}
	tags := m.tagDoc(doc)
	for si, r := range sents {
		names := make([]string, len(tags[si]))
		for i, t := range tags[si] {
			names[i] = tagName(t)
		}
		for _, sp := range Spans(names) {
			first, last := a.Tokens[r[0]+sp.Start], a.Tokens[r[0]+sp.End-1]
			span := newsgraph.Span{Start: first.Start, End: last.End}
			if !span.Valid(len(a.Body)) {
				continue
			}
			text := a.Body[span.Start:span.End]
			a.Entities = append(a.Entities, newsgraph.Entity{
				Name:     text,
				Type:     m.FineType(sp.Type, doc[si][sp.Start:sp.End]),
				Mentions: []newsgraph.Mention{{Span: span, Text: text}},
			})
		}
	}
	return nil
}

// titleWords are function words that only a Title Case headline capitalises.
var titleWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but of in on at to for from by with over after as into about
		is are was were be will says say said could would should has have had not its their his her new`) {
		titleWords[w] = true
	}
}

// titleCase reports whether a sentence is a Title Case headline: every word
// but short function words starts with a capital, and either a function word
// after the first is capitalised too ("Talks With IMF Will Resume") or there
// are at least five capitalised words and no comma (a list of names has commas).
func titleCase(words []string) bool {
	if len(words) < 3 || len(words) > 30 {
		return false
	}
	capsFunc, capital, commas := 0, 0, 0
	for i, w := range words {
		if w == "," {
			commas++
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		fn := titleWords[strings.ToLower(w)]
		switch {
		case unicode.IsUpper(r):
			capital++
			if i > 0 && fn && !isAllCaps(w) {
				capsFunc++
			}
		case !fn:
			return false // a lower-case content word: ordinary sentence case
		}
	}
	return capital >= 3 && (capsFunc >= 1 || capital >= 5 && commas == 0)
}

func isAllCaps(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
