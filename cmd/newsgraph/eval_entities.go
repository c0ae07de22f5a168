package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/gazetteer"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/tokenize"
)

func init() {
	c := &command{
		name:    "entities",
		usage:   "[--types LIST] [--ner] [--errors N] [--actors FILE] DOCS.jsonl",
		summary: "score within-article name linking (B-cubed on gold name mentions) on MEANTIME docs.jsonl",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(c, e)
		types := fs.String("types", "NAM,PRE.NAM", "gold mention `syntactic types` to score, comma-separated (NAM, PRE.NAM, NOM, PRO, ...)")
		useNER := fs.Bool("ner", false, "link the mentions the ner stage finds instead of the gold mentions (a gold mention the tagger missed counts as an entity of its own)")
		nerr := fs.Int("errors", 0, "print up to `N` wrong merges and splits to stderr")
		actors := fs.String("actors", "", "extend the gazetteer with the user actor `FILE` (CSV or JSON)")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			fs.Usage()
			return errUsage
		}
		g := gazetteer.Default()
		if *actors != "" {
			if err := g.AddFile(*actors); err != nil {
				return err
			}
		}
		keep := map[string]bool{}
		for _, t := range strings.Split(*types, ",") {
			keep[strings.TrimSpace(t)] = true
		}
		return evalEntities(ctx, e, fs.Arg(0), keep, *nerr, *useNER, entity.New(g))
	}
	registerEval(c)
}

// bcubed accumulates B-cubed precision and recall over gold mentions.
type bcubed struct {
	p, r float64
	n    int
}

func (b *bcubed) add(sys, gold []int) {
	// sys[i] and gold[i] are the cluster labels of mention i.
	for i := range sys {
		inter, ns, ng := 0, 0, 0
		for j := range sys {
			s, g := sys[j] == sys[i], gold[j] == gold[i]
			if s {
				ns++
			}
			if g {
				ng++
			}
			if s && g {
				inter++
			}
		}
		b.p += float64(inter) / float64(ns)
		b.r += float64(inter) / float64(ng)
		b.n++
	}
}

func (b *bcubed) prf() (p, r, f float64) {
	if b.n == 0 {
		return 0, 0, 0
	}
	p, r = b.p/float64(b.n), b.r/float64(b.n)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func evalEntities(ctx context.Context, e *env, path string, keep map[string]bool, nerr int, useNER bool, stage *entity.Stage) error {
	var sys, exact, single, nerExact bcubed
	docs, clusters, goldClusters, found, relaxed, linked := 0, 0, 0, 0, 0, 0
	var elapsed time.Duration
	var errs []string
	err := readMeantime(ctx, "eval entities", path, func(d *meantimeDoc) error {
		byteAt := d.byteOffsets()
		inst := d.referents() // mention id -> instance id
		itype := map[string]string{}
		for _, in := range d.Gold.Instances {
			if in.Tag == "ENTITY" {
				itype[in.ID] = in.Attrs["ent_type"]
			}
		}
		a := &newsgraph.Article{ID: d.ID, Body: d.Text, Published: d.Published}
		var goldLabel []string
		for _, m := range d.Gold.Markables {
			if m.Tag != "ENTITY_MENTION" || !keep[m.Attrs["syntactic_type"]] || inst[m.ID] == "" {
				continue
			}
			if m.Start < 0 || m.End > len(byteAt)-1 || m.Start >= m.End {
				continue
			}
			sp := newsgraph.Span{Start: byteAt[m.Start], End: byteAt[m.End]}
			typ, ok := meantimeTypes[itype[inst[m.ID]]]
			if !ok {
				typ = newsgraph.EntityMisc
			}
			a.Entities = append(a.Entities, newsgraph.Entity{Type: typ,
				Mentions: []newsgraph.Mention{{Span: sp, Text: d.Text[sp.Start:sp.End]}}})
			goldLabel = append(goldLabel, inst[m.ID])
		}
		if len(a.Entities) == 0 {
			return nil
		}
		docs++
		// Baselines: exact text, and every mention alone.
		n := len(a.Entities)
		labels := func(key func(i int) string) []int {
			ids := map[string]int{}
			out := make([]int, n)
			for i := range out {
				k := key(i)
				if _, ok := ids[k]; !ok {
					ids[k] = len(ids)
				}
				out[i] = ids[k]
			}
			return out
		}
		gold := labels(func(i int) string { return goldLabel[i] })
		spans := make([]newsgraph.Span, len(a.Entities))
		for i, en := range a.Entities {
			spans[i] = en.Mentions[0].Span
		}
		exact.add(labels(func(i int) string { return gazetteer.Key(a.Entities[i].Mentions[0].Text) }), gold)
		single.add(labels(func(i int) string { return fmt.Sprint(i) }), gold)
		if useNER {
			a.Entities = nil
			if err := (tokenize.Stage{}).Annotate(ctx, a); err != nil {
				return fmt.Errorf("eval entities: %s: %w", d.ID, err)
			}
			if err := (ner.Stage{}).Annotate(ctx, a); err != nil {
				return fmt.Errorf("eval entities: %s: %w", d.ID, err)
			}
		}
		for _, en := range a.Entities {
			linked += len(en.Mentions)
		}
		start := time.Now()
		if err := stage.Annotate(ctx, a); err != nil {
			return fmt.Errorf("eval entities: %s: %w", d.ID, err)
		}
		elapsed += time.Since(start)
		bySpan := map[newsgraph.Span]string{}
		byEnd := map[int][]newsgraph.Span{}
		for _, en := range a.Entities {
			for _, m := range en.Mentions {
				bySpan[m.Span] = en.ID
				byEnd[m.End] = append(byEnd[m.End], m.Span)
			}
		}
		// match finds the predicted mention for gold mention i: the same span,
		// else (relaxed) the longest predicted mention inside the gold one that
		// ends where it ends ("United States" in "the United States").
		match := func(i int) (newsgraph.Span, bool) {
			if _, ok := bySpan[spans[i]]; ok {
				return spans[i], true
			}
			g := spans[i]
			var best newsgraph.Span
			ends := []int{g.End}
			for _, poss := range []string{"'s", "’s"} {
				if strings.HasSuffix(d.Text[:g.End], poss) {
					ends = append(ends, g.End-len(poss))
				}
			}
			for _, end := range ends {
				for _, sp := range byEnd[end] {
					if sp.Start >= g.Start && (best.End == 0 || sp.Start < best.Start) {
						best = sp
					}
				}
			}
			return best, best.End > 0
		}
		pred := labels(func(i int) string {
			sp, ok := match(i)
			switch {
			case !ok:
				return fmt.Sprint("lost", i)
			case sp == spans[i]:
				found++
			default:
				relaxed++
			}
			return bySpan[sp]
		})
		if useNER {
			// The baseline on the tagger's mentions: the same text is one entity.
			nerExact.add(labels(func(i int) string {
				if sp, ok := match(i); ok {
					return gazetteer.Key(d.Text[sp.Start:sp.End])
				}
				return fmt.Sprint("lost", i)
			}), gold)
		}
		sys.add(pred, gold)
		clusters += len(a.Entities)
		goldClusters += countLabels(gold)
		if nerr > 0 && len(errs) < nerr {
			errs = append(errs, linkErrors(d.ID, d.Text, spans, pred, gold)...)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if docs == 0 {
		return fmt.Errorf("eval entities: no scored mentions in %s", path)
	}
	fmt.Fprintf(e.stdout, "documents %d, gold name mentions %d, gold entities %d, predicted entities %d\n",
		docs, sys.n, goldClusters, clusters)
	if useNER {
		fmt.Fprintf(e.stdout, "mentions from the ner stage; gold name mentions found: %d with the exact span, %d more inside the gold span with the same end, of %d\n", found, relaxed, sys.n)
	}
	fmt.Fprintf(e.stdout, "%-30s %6s %6s %6s\n", "B-cubed", "P", "R", "F1")
	for _, row := range []struct {
		name string
		b    *bcubed
	}{{"newsgraph entity stage", &sys}, {"baseline: same text (gold)", &exact}, {"baseline: each alone (gold)", &single},
		{"baseline: same text (ner)", &nerExact}} {
		if row.b.n == 0 {
			continue
		}
		p, r, f1 := row.b.prf()
		fmt.Fprintf(e.stdout, "%-30s %6.3f %6.3f %6.3f\n", row.name, p, r, f1)
	}
	fmt.Fprintf(e.stdout, "linking speed: %.0f mentions/s (%s for %d mentions, gazetteer %s)\n",
		float64(linked)/max(elapsed.Seconds(), 1e-9), elapsed.Round(time.Microsecond), linked, gazetteer.Version)
	for i, s := range errs {
		if i >= nerr {
			break
		}
		fmt.Fprintln(e.stderr, s)
	}
	return nil
}

func countLabels(l []int) int {
	seen := map[int]bool{}
	for _, x := range l {
		seen[x] = true
	}
	return len(seen)
}

// linkErrors lists predicted clusters that join different gold entities
// ("merge") and gold entities split over predicted clusters ("split").
func linkErrors(doc, text string, spans []newsgraph.Span, pred, gold []int) []string {
	var out []string
	group := func(lab []int) map[int][]int {
		m := map[int][]int{}
		for i, l := range lab {
			m[l] = append(m[l], i)
		}
		return m
	}
	show := func(idx []int, other []int) string {
		var parts []string
		for _, i := range idx {
			t := text[spans[i].Start:spans[i].End]
			if !utf8.ValidString(t) {
				t = "?"
			}
			parts = append(parts, fmt.Sprintf("%q#%d", t, other[i]))
		}
		return strings.Join(parts, " ")
	}
	emit := func(kind string, lab, other []int) {
		g := group(lab)
		keys := make([]int, 0, len(g))
		for k := range g {
			keys = append(keys, k)
		}
		sort.Ints(keys)
		for _, k := range keys {
			if countLabels(pick(other, g[k])) > 1 {
				out = append(out, fmt.Sprintf("%s %s: %s", doc, kind, show(g[k], other)))
			}
		}
	}
	emit("merge", pred, gold)
	emit("split", gold, pred)
	return out
}

func pick(l []int, idx []int) []int {
	out := make([]int, len(idx))
	for i, j := range idx {
		out[i] = l[j]
	}
	return out
}
