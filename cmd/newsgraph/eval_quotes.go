package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/pos"
	"github.com/newsgraph/newsgraph/quote"
	"github.com/newsgraph/newsgraph/quote/polnear"
	"github.com/newsgraph/newsgraph/tokenize"
)

func init() {
	registerEval(&command{
		name:    "quotes",
		usage:   "[flags] DIR",
		summary: "score quote attribution on PolNeAR (DIR holds attributions.jsonl and text/) like score-quotes.py",
		run:     runEvalQuotes,
	})
}

func runEvalQuotes(ctx context.Context, e *env, args []string) error {
	c := evalCommands["quotes"]
	fs := newFlags(c, e)
	out := fs.String("out", "", "write the predictions as JSON Lines (the format score-quotes.py reads) to `PRED.jsonl`")
	nerr := fs.Int("errors", 0, "list up to `N` missed, extra and wrongly attributed statements on stderr")
	speakers := fs.Bool("speakers", false, "also run the ner and entity stages and report how many speakers resolve to an entity")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	corpus, err := polnear.Load(fs.Arg(0))
	if err != nil {
		return err
	}
	// tokenize first (not timed: the figure is the speed of tagging and quotes)
	arts := make([]*newsgraph.Article, len(corpus.Docs))
	nsent := 0
	for i, doc := range corpus.Docs {
		a := &newsgraph.Article{ID: doc, Body: corpus.Texts[doc]}
		if err := (tokenize.Stage{}).Annotate(ctx, a); err != nil {
			return err
		}
		nsent += len(a.Sentences)
		arts[i] = a
	}
	// the predictions: quote.Extract keeps the pieces of split contents
	found := make([][]quote.Attribution, len(arts))
	for i, a := range arts {
		found[i], _ = quote.Extract(a)
	}
	// the speed: the part-of-speech stage the rules need and the whole quote
	// stage (extraction, speakers, claims, dates) on copies of the tokenized
	// articles, one goroutine; the fastest of five passes, since the machine
	// may be shared
	var elapsed time.Duration
	for pass := 0; pass < 5; pass++ {
		start := time.Now()
		for _, a := range arts {
			if err := ctx.Err(); err != nil {
				return err
			}
			b := *a
			b.Warnings = nil
			b.Tokens = append([]newsgraph.Token(nil), a.Tokens...)
			if err := (pos.Stage{}).Annotate(ctx, &b); err != nil {
				return err
			}
			if err := (quote.Stage{}).Annotate(ctx, &b); err != nil {
				return err
			}
		}
		if d := time.Since(start); pass == 0 || d < elapsed {
			elapsed = d
		}
	}
	var preds []polnear.Prediction
	for i, a := range arts {
		preds = append(preds, polnear.Predictions(a.ID, a.Body, found[i])...)
	}
	if *out != "" {
		if err := writeQuotePredictions(*out, preds); err != nil {
			return err
		}
	}
	pm, err := corpus.Convert(preds)
	if err != nil {
		return err
	}
	res := corpus.Score(pm)
	w := e.stdout
	fmt.Fprintf(w, "docs %d  gold attributions %d  predicted %d  sentences %d\n", len(corpus.Docs), res.N, len(preds), nsent)
	fmt.Fprintf(w, "%-8s %-12s %-8s %7s %7s %7s %6s %6s %6s\n", "role", "level", "match", "P", "R", "F1", "tp", "pred", "gold")
	for _, f := range res.Figures {
		p, r, f1 := f.PRF()
		level := f.Level
		if f.Role == "content" {
			level = "-"
		}
		fmt.Fprintf(w, "%-8s %-12s %-8s %7.3f %7.3f %7.3f %6d %6d %6d\n", f.Role, level, f.Match, p, r, f1, f.TP, f.Pred, f.Gold)
	}
	corpus.RecallByKind(w, pm, res, quote.CueClass)
	if *nerr > 0 {
		corpus.Errors(e.stderr, pm, res, *nerr)
	}
	secs := elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	fmt.Fprintf(w, "speed: %d sentences in %.3fs = %.0f sentences/s (pos and quote stages on tokenized articles, one goroutine, fastest of 5 passes)\n", nsent, elapsed.Seconds(), float64(nsent)/secs)
	if *speakers {
		if err := speakerRates(ctx, w, arts); err != nil {
			return err
		}
	}
	cf, sf, qf := res.Headline()
	fmt.Fprintf(w, "contentF1 %.3f sourceF1 %.3f cueF1 %.3f N %d\n", cf, sf, qf, res.N)
	return nil
}

func writeQuotePredictions(path string, preds []polnear.Prediction) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	enc := json.NewEncoder(bw)
	for _, p := range preds {
		if err := enc.Encode(p); err != nil {
			f.Close()
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// speakerRates runs ner, entity and quote on the articles and prints the share
// of statements with a speaker span whose speaker resolved to an entity, by the
// kind of span (a name, a pronoun, the first person, a description or group).
func speakerRates(ctx context.Context, w io.Writer, arts []*newsgraph.Article) error {
	type row struct{ n, resolved int }
	rows := map[string]*row{}
	order := []string{"name", "pronoun", "first person", "description", "all"}
	for _, k := range order {
		rows[k] = &row{}
	}
	for _, a0 := range arts {
		a := *a0
		a.Entities, a.Quotes, a.Warnings = nil, nil, nil
		for _, st := range []newsgraph.Stage{ner.Stage{}, entity.New(nil), quote.Stage{}} {
			if err := st.Annotate(ctx, &a); err != nil {
				return fmt.Errorf("%s on %s: %w", st.Name(), a.ID, err)
			}
		}
		for _, q := range a.Quotes {
			if q.SpeakerText.Text == "" {
				continue
			}
			kind := "description"
			t := q.SpeakerText.Text
			switch {
			case quote.IsFirstPerson(t):
				kind = "first person" // the writer's, unless an interview labels it
			case quote.IsPronoun(t):
				kind = "pronoun"
			case t[0] >= 'A' && t[0] <= 'Z' && !strings.HasPrefix(t, "The ") && !strings.HasPrefix(t, "A "):
				kind = "name"
			}
			for _, k := range []string{kind, "all"} {
				rows[k].n++
				if q.Speaker != "" || len(q.Speakers) > 0 {
					rows[k].resolved++ // one entity, or every entity of a joint source
				}
			}
		}
	}
	fmt.Fprintf(w, "speakers resolved to an entity, or to entities for a joint source (ner + entity + quote):\n")
	for _, k := range order {
		r := rows[k]
		share := 0.0
		if r.n > 0 {
			share = float64(r.resolved) / float64(r.n)
		}
		fmt.Fprintf(w, "  %-13s %5d statements  %.3f resolved\n", k, r.n, share)
	}
	return nil
}
