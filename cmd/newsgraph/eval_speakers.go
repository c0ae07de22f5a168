package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/gazetteer"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/pos"
	"github.com/newsgraph/newsgraph/quote"
	"github.com/newsgraph/newsgraph/tokenize"
)

func init() {
	c := &command{
		name:    "speakers",
		usage:   "[--errors N] DOCS.jsonl",
		summary: "score the entity each quote's speaker resolves to against MEANTIME's gold coreference",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(c, e)
		nerr := fs.Int("errors", 0, "print up to `N` wrong and unresolved speakers to stderr")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			fs.Usage()
			return errUsage
		}
		return evalSpeakers(ctx, e.stdout, e.stderr, fs.Arg(0), *nerr)
	}
	registerEval(c)
}

// speakerTally counts, for one kind of speaker span, the statements whose
// span the gold annotates as a mention of an entity, how many of them
// newsgraph resolved to an entity, and how many to the right one.
type speakerTally struct{ judged, resolved, right, resolvedUnjudged, unjudged int }

// goldMention is a gold entity mention with the entity instance it refers to.
type goldMention struct {
	span     newsgraph.Span
	instance string
}

// evalSpeakers runs the tokenize, pos, ner, entity and quote stages on each
// MEANTIME document and judges every quote's speaker against the gold
// coreference: the speaker span's gold mention (the longest one starting
// where the span starts, else the first inside it) names the gold entity; a
// resolution is right when some mention of the resolved entity overlaps a gold
// mention of that same gold entity.
func evalSpeakers(ctx context.Context, stdout, stderr io.Writer, path string, nerr int) error {
	order := []string{"name", "pronoun", "first person", "description", "all"}
	rows := map[string]*speakerTally{}
	for _, k := range order {
		rows[k] = &speakerTally{}
	}
	stages := []newsgraph.Stage{tokenize.Stage{}, pos.Stage{}, ner.Stage{}, entity.New(gazetteer.Default()), quote.Stage{}}
	docs, errs := 0, 0
	err := readMeantime(ctx, "eval speakers", path, func(d *meantimeDoc) error {
		docs++
		gold := meantimeMentions(d)
		a := &newsgraph.Article{ID: d.ID, Body: d.Text, Published: d.Published}
		for _, st := range stages {
			if err := st.Annotate(ctx, a); err != nil {
				return fmt.Errorf("eval speakers: %s on %s: %w", st.Name(), d.ID, err)
			}
		}
		byID := map[string]*newsgraph.Entity{}
		for i := range a.Entities {
			byID[a.Entities[i].ID] = &a.Entities[i]
		}
		for _, q := range a.Quotes {
			if q.SpeakerText.Text == "" || len(q.Speakers) > 0 {
				continue // no speaker span, or a joint source of several entities
			}
			kind := speakerKind(q.SpeakerText.Text)
			inst := speakerInstance(gold, q.SpeakerText.Span)
			e := byID[q.Speaker]
			verdict := ""
			for _, k := range []string{kind, "all"} {
				t := rows[k]
				switch {
				case inst == "":
					t.unjudged++
					if e != nil {
						t.resolvedUnjudged++
					}
				case e == nil:
					t.judged++
					verdict = "UNRESOLVED"
				default:
					t.judged++
					t.resolved++
					if refersTo(e, gold, inst) {
						t.right++
					} else {
						verdict = "WRONG"
					}
				}
			}
			if verdict != "" && errs < nerr {
				errs++
				name := ""
				if e != nil {
					name = e.Name
				}
				fmt.Fprintf(stderr, "%-10s %s %q -> %q (gold %s) cue %q\n", verdict, d.ID, q.SpeakerText.Text, name,
					goldName(gold, inst, d.Text), q.Cue.Text)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "speakers of %d documents judged against the gold coreference (a speaker span the gold marks as a mention of an entity):\n", docs)
	fmt.Fprintf(stdout, "  %-13s %6s %9s %9s %9s %9s\n", "span", "judged", "resolved", "precision", "recall", "unjudged")
	for _, k := range order {
		t := rows[k]
		fmt.Fprintf(stdout, "  %-13s %6d %9d %9.3f %9.3f %9d\n", k, t.judged, t.resolved, ratio(t.right, t.resolved), ratio(t.right, t.judged), t.unjudged)
	}
	all := rows["all"]
	fmt.Fprintf(stdout, "precision %.3f recall %.3f judged %d\n", ratio(all.right, all.resolved), ratio(all.right, all.judged), all.judged)
	return nil
}

// ratio returns n/d, 0 when d is 0.
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// speakerKind names the kind of a speaker span as eval quotes -speakers does.
func speakerKind(t string) string {
	switch {
	case quote.IsFirstPerson(t):
		return "first person"
	case quote.IsPronoun(t):
		return "pronoun"
	case t[0] >= 'A' && t[0] <= 'Z' && !strings.HasPrefix(t, "The ") && !strings.HasPrefix(t, "A "):
		return "name"
	}
	return "description"
}

// meantimeMentions returns the gold entity mentions of d that refer to one
// entity instance, with byte offsets into d.Text.
func meantimeMentions(d *meantimeDoc) []goldMention {
	byteAt, inst := d.byteOffsets(), d.referents()
	var out []goldMention
	for _, m := range d.Gold.Markables {
		if m.Tag != "ENTITY_MENTION" || inst[m.ID] == "" || m.Start < 0 || m.End >= len(byteAt) || m.Start >= m.End {
			continue
		}
		out = append(out, goldMention{newsgraph.Span{Start: byteAt[m.Start], End: byteAt[m.End]}, inst[m.ID]})
	}
	return out
}

// speakerInstance returns the gold entity instance a speaker span names: that
// of the longest gold mention starting where the span starts, else of the
// first gold mention inside the span; "" when there is none.
func speakerInstance(gold []goldMention, sp newsgraph.Span) string {
	best, bestLen, first := "", 0, ""
	firstStart := sp.End
	for _, g := range gold {
		if g.span.Start < sp.Start || g.span.End > sp.End {
			continue
		}
		if g.span.Start == sp.Start && g.span.End-g.span.Start > bestLen {
			best, bestLen = g.instance, g.span.End-g.span.Start
		}
		if g.span.Start < firstStart {
			first, firstStart = g.instance, g.span.Start
		}
	}
	if best != "" {
		return best
	}
	return first
}

// refersTo reports whether a mention of e overlaps a gold mention of inst.
func refersTo(e *newsgraph.Entity, gold []goldMention, inst string) bool {
	for _, m := range e.Mentions {
		for _, g := range gold {
			if g.instance == inst && m.Start < g.span.End && g.span.Start < m.End {
				return true
			}
		}
	}
	return false
}

// goldName returns the text of the longest gold mention of inst (the first
// of equally long ones, whatever the order of gold), for error listings.
func goldName(gold []goldMention, inst, text string) string {
	name, start := "", -1
	for _, g := range gold {
		if g.instance != inst || g.span.End > len(text) {
			continue
		}
		if n := g.span.End - g.span.Start; n > len(name) || n == len(name) && g.span.Start < start {
			name, start = text[g.span.Start:g.span.End], g.span.Start
		}
	}
	return name
}
