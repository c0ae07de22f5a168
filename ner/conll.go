package ner

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Sentence is one sentence of CoNLL data: its tokens and, when known, their
// gold tags (any of IOB1, IOB2, BILOU/BIOES; normalised by Spans).
type Sentence struct {
	Words []string
	Gold  []string
}

// Document is a run of sentences between -DOCSTART- lines: the unit over which
// document-level consistency features are computed.
type Document struct {
	Sentences []Sentence
}

// ReadCoNLL reads CoNLL-2003 column data: one token a line, the token first and
// the NER tag last; blank lines end sentences and -DOCSTART- lines start
// documents. A file without -DOCSTART- lines is one document.
func ReadCoNLL(r io.Reader) ([]Document, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var docs []Document
	var cur Document
	var sent Sentence
	endSent := func() {
		if len(sent.Words) > 0 {
			cur.Sentences = append(cur.Sentences, sent)
			sent = Sentence{}
		}
	}
	endDoc := func() {
		endSent()
		if len(cur.Sentences) > 0 {
			docs = append(docs, cur)
			cur = Document{}
		}
	}
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r\n")
		if strings.TrimSpace(line) == "" {
			endSent()
			continue
		}
		cols := strings.Fields(line)
		if cols[0] == "-DOCSTART-" {
			endDoc()
			continue
		}
		if len(cols) < 2 {
			return nil, fmt.Errorf("conll line %d has fewer than 2 columns: %q", n, line)
		}
		sent.Words = append(sent.Words, cols[0])
		sent.Gold = append(sent.Gold, cols[len(cols)-1])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading conll: %w", err)
	}
	endDoc()
	return docs, nil
}

// Span is one entity of a tag sequence: tokens [Start, End) of one type.
type Span struct {
	Start, End int
	Type       string
}

// Spans decodes a tag sequence in any of IOB1, IOB2, BIOES/BILOU or IO into
// entity spans, by the conlleval rule the project's scorer uses.
func Spans(tags []string) []Span {
	var out []Span
	start := -1
	cur := ""
	prevPrefix := byte('O')
	for i, tag := range tags {
		prefix, typ := splitTag(tag)
		begins := false
		switch prefix {
		case 'B', 'S':
			begins = true
		case 'I', 'E':
			begins = start < 0 || typ != cur || prevPrefix == 'E' || prevPrefix == 'S'
		}
		if start >= 0 && (prefix == 'O' || begins) {
			out = append(out, Span{start, i, cur})
			start, cur = -1, ""
		}
		if begins {
			start, cur = i, typ
		}
		if (prefix == 'E' || prefix == 'S') && start >= 0 {
			out = append(out, Span{start, i + 1, cur})
			start, cur = -1, ""
		}
		prevPrefix = prefix
	}
	if start >= 0 {
		out = append(out, Span{start, len(tags), cur})
	}
	return out
}

func splitTag(tag string) (byte, string) {
	switch tag {
	case "O", "0", "-", "_", "":
		return 'O', ""
	}
	if len(tag) > 2 && (tag[1] == '-' || tag[1] == '_') && strings.IndexByte("BIESLUbieslu", tag[0]) >= 0 {
		p := tag[0] &^ 0x20 // upper case
		switch p {
		case 'L':
			p = 'E'
		case 'U':
			p = 'S'
		}
		return p, tag[2:]
	}
	return 'I', tag
}

// Score holds entity-level counts for one type or for all.
type Score struct {
	Gold, Pred, Correct int
}

// PRF returns precision, recall and F1.
func (s Score) PRF() (p, r, f float64) {
	if s.Pred > 0 {
		p = float64(s.Correct) / float64(s.Pred)
	}
	if s.Gold > 0 {
		r = float64(s.Correct) / float64(s.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// Scorer accumulates entity-level exact-match counts, micro-averaged, per type
// and overall (the CoNLL metric).
type Scorer struct {
	All    Score
	ByType map[string]*Score
}

// Add scores the predicted tags of one sentence against its gold tags.
func (sc *Scorer) Add(gold, pred []string) {
	if sc.ByType == nil {
		sc.ByType = map[string]*Score{}
	}
	get := func(t string) *Score {
		s := sc.ByType[t]
		if s == nil {
			s = &Score{}
			sc.ByType[t] = s
		}
		return s
	}
	g := Spans(gold)
	p := Spans(pred)
	gs := map[Span]bool{}
	for _, s := range g {
		gs[s] = true
		sc.All.Gold++
		get(s.Type).Gold++
	}
	for _, s := range p {
		sc.All.Pred++
		get(s.Type).Pred++
		if gs[s] {
			sc.All.Correct++
			get(s.Type).Correct++
		}
	}
}

// Report writes the per-type table and a final line in the format of the
// project's scorer (score-ner.py).
func (sc *Scorer) Report(w io.Writer) {
	fmt.Fprintf(w, "%-10s %8s %8s %8s %7s %7s %7s\n", "type", "gold", "pred", "correct", "P", "R", "F1")
	var types []string
	for t := range sc.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		s := sc.ByType[t]
		p, r, f := s.PRF()
		fmt.Fprintf(w, "%-10s %8d %8d %8d %7.3f %7.3f %7.3f\n", t, s.Gold, s.Pred, s.Correct, p, r, f)
	}
	p, r, f := sc.All.PRF()
	fmt.Fprintf(w, "%-10s %8d %8d %8d %7.3f %7.3f %7.3f\n", "ALL", sc.All.Gold, sc.All.Pred, sc.All.Correct, p, r, f)
	fmt.Fprintf(w, "F1 %.3f P %.3f R %.3f N %d\n", f, p, r, sc.All.Gold)
}
