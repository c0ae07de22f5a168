package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/event"
	"github.com/newsgraph/newsgraph/pos"
	"github.com/newsgraph/newsgraph/tokenize"
)

func init() {
	c := &command{
		name:    "events",
		usage:   "[--out PRED.jsonl] [--all] [--repeat N] FILE",
		summary: "event coding benchmark: PLOVER/CAMEO/dyad scores on a gold JSON Lines file (../shared/eval/events/events_dev.jsonl)",
	}
	c.run = func(ctx context.Context, e *env, args []string) error { return runEvalEvents(ctx, e, c, args) }
	registerEval(c)
}

// goldEvents is the part of a gold record the event scorer reads.
type goldEvents struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	PLOVER []struct {
		Event   string `json:"event"`
		Derived bool   `json:"derived_from_cameo"`
		Actor   []struct {
			Code string `json:"code"`
		} `json:"actor"`
		Recipient []struct {
			Code string `json:"code"`
		} `json:"recipient"`
	} `json:"plover"`
	CAMEO []struct {
		Code   string `json:"code"`
		Silver bool   `json:"silver"`
	} `json:"cameo"`
	NoEvents    bool     `json:"no_events"`
	LabelPLOVER []string `json:"label_plover_events"`
	LabelRoots  []string `json:"label_cameo_roots"`
}

// predEvent is one predicted event in the scorer's format.
type predEvent struct {
	PLOVER    string `json:"plover"`
	CAMEO     string `json:"cameo,omitempty"`
	Actor     string `json:"actor,omitempty"`
	Recipient string `json:"recipient,omitempty"`
}

type predRecord struct {
	ID     string      `json:"id"`
	Events []predEvent `json:"events"`
}

func runEvalEvents(ctx context.Context, e *env, c *command, args []string) error {
	fs := newFlags(c, e)
	out := fs.String("out", "", "write the predictions to this file (JSON Lines, the scorer's format)")
	all := fs.Bool("all", false, "predict every event the coder finds in a sentence, not only its main event")
	repeat := fs.Int("repeat", 5, "code the sentences this many times and report the fastest run's speed")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	gold, err := loadGoldEvents(fs.Arg(0))
	if err != nil {
		return err
	}
	coder := event.NewCoder(nil)
	preds := make(map[string][]predEvent, len(gold))
	// warm up the gazetteer index outside the timed loop
	coder.CodeSentence(&newsgraph.Article{Body: "x", Tokens: tokenize.Tokens("x")}, newsgraph.Span{Start: 0, End: 1})
	var elapsed time.Duration
	for r := 0; r < max(1, *repeat); r++ {
		start := time.Now()
		for i, g := range gold {
			if i%256 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			preds[g.ID] = predictEvents(coder, g.Text, *all)
		}
		if d := time.Since(start); r == 0 || d < elapsed {
			elapsed = d
		}
	}
	if *out != "" {
		if err := writePreds(*out, gold, preds); err != nil {
			return err
		}
	}
	scoreEvents(e.stdout, gold, preds)
	fmt.Fprintf(e.stdout, "speed       %.0f sentences/s (%d sentences in %v, tokenizing and part-of-speech tagging included, one goroutine, fastest of %d runs)\n",
		float64(len(gold))/elapsed.Seconds(), len(gold), elapsed.Round(time.Millisecond), max(1, *repeat))
	return nil
}

// gsrCode writes an actor code the way the gold's PLOVER GSR does: every
// international organisation (UN bodies, EU institutions, NGOs) is "IGO".
func gsrCode(c string) string {
	switch c {
	case "UNO", "EUR", "NGO":
		return "IGO"
	}
	return c
}

// predictEvents codes one sentence (tokenized as a whole) and turns its main
// event (or all of them) into scorer records, one per source actor.
func predictEvents(coder *event.Coder, text string, all bool) []predEvent {
	a := &newsgraph.Article{Body: text, Tokens: tokenize.Tokens(text)}
	if m, err := pos.Default(); err == nil {
		pos.TagTokens(m, a.Tokens, [][2]int{{0, len(a.Tokens)}})
	}
	evs := coder.CodeSentence(a, newsgraph.Span{Start: 0, End: len(text)})
	var out []predEvent
	for i, ev := range evs {
		if i > 0 && !all {
			break
		}
		rec := ""
		for _, t := range ev.Target {
			if t.Country != "" {
				rec = gsrCode(t.Country)
				break
			}
		}
		n := 0
		for _, s := range ev.Source {
			if s.Country == "" {
				continue
			}
			r := rec
			for _, o := range ev.Source {
				if r == "" && o.Country != "" && o.Country != s.Country {
					r = gsrCode(o.Country) // symmetric events: the other party
				}
			}
			out = append(out, predEvent{PLOVER: ev.PLOVER, CAMEO: ev.CAMEO, Actor: gsrCode(s.Country), Recipient: r})
			n++
		}
		if n == 0 {
			out = append(out, predEvent{PLOVER: ev.PLOVER, CAMEO: ev.CAMEO, Recipient: rec})
		}
	}
	return out
}

func loadGoldEvents(path string) ([]goldEvents, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval events: %w", err)
	}
	defer f.Close()
	var out []goldEvents
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var g goldEvents
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			return nil, fmt.Errorf("eval events: %s:%d: %v", path, n, err)
		}
		if g.ID == "" {
			return nil, fmt.Errorf("eval events: %s:%d: record without id", path, n)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval events: reading %s: %w", path, err)
	}
	return out, nil
}

func writePreds(path string, gold []goldEvents, preds map[string][]predEvent) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("eval events: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, g := range gold {
		evs := preds[g.ID]
		if evs == nil {
			evs = []predEvent{}
		}
		if err := enc.Encode(predRecord{ID: g.ID, Events: evs}); err != nil {
			f.Close()
			return fmt.Errorf("eval events: writing %s: %w", path, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("eval events: writing %s: %w", path, err)
	}
	return f.Close()
}

// matchSets is the scorer's set matching: each gold label (which may list
// alternatives as "A|B") takes one unused predicted label.
func matchSets(gold []string, pred map[string]bool) (tp, fp, fn int) {
	used := map[string]bool{}
	for _, g := range gold {
		var hits []string
		for _, alt := range strings.Split(g, "|") {
			if pred[alt] && !used[alt] {
				hits = append(hits, alt)
			}
		}
		if len(hits) > 0 {
			sort.Strings(hits)
			used[hits[0]] = true
			tp++
		}
	}
	return tp, len(pred) - len(used), len(gold) - tp
}

func prf(tp, fp, fn int) (f, p, r float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// scoreEvents prints the figures of ../shared/eval/scorers/score-events.py,
// computed the same way.
func scoreEvents(w io.Writer, gold []goldEvents, preds map[string][]predEvent) {
	var ptp, pfp, pfn, rtp, rfp, rfn, codeHit, codeTot, dtp, dfp, dfn, rHit, rTot, negHit, negTot int
	classHit, classTot := map[string]int{}, map[string]int{}
	for _, g := range gold {
		evs := preds[g.ID]
		if len(g.LabelPLOVER) > 0 {
			p := map[string]bool{}
			for _, e := range evs {
				if e.PLOVER != "" {
					p[strings.ToUpper(e.PLOVER)] = true
				}
			}
			a, b, c := matchSets(g.LabelPLOVER, p)
			ptp, pfp, pfn = ptp+a, pfp+b, pfn+c
			for _, lab := range g.LabelPLOVER {
				classTot[lab]++
				for _, alt := range strings.Split(lab, "|") {
					if p[alt] {
						classHit[lab]++
						break
					}
				}
			}
		}
		if len(g.LabelRoots) > 0 {
			p := map[string]bool{}
			for _, e := range evs {
				if e.CAMEO != "" {
					p[e.CAMEO[:min(2, len(e.CAMEO))]] = true
				}
			}
			a, b, c := matchSets(g.LabelRoots, p)
			rtp, rfp, rfn = rtp+a, rfp+b, rfn+c
		}
		var manual []string
		for _, c := range g.CAMEO {
			if !c.Silver {
				manual = append(manual, c.Code)
			}
		}
		if len(manual) > 0 {
			codeTot++
		hit:
			for _, m := range manual {
				for _, e := range evs {
					if e.CAMEO == m {
						codeHit++
						break hit
					}
				}
			}
		}
		gp := map[string]bool{}
		grec := map[string]map[string]bool{}
		var gpl []string
		for _, ann := range g.PLOVER {
			if ann.Derived || ann.Event == "" {
				continue
			}
			for _, ac := range ann.Actor {
				if ac.Code == "" {
					continue
				}
				k := ann.Event + "@" + ac.Code[:min(3, len(ac.Code))]
				if !gp[k] {
					gpl = append(gpl, k)
				}
				gp[k] = true
				rs := map[string]bool{}
				for _, r := range ann.Recipient {
					if r.Code != "" {
						rs[r.Code[:min(3, len(r.Code))]] = true
					}
				}
				grec[k] = rs
			}
		}
		if len(gp) > 0 {
			pp := map[string]string{}
			ps := map[string]bool{}
			for _, e := range evs {
				if e.PLOVER != "" && e.Actor != "" {
					k := strings.ToUpper(e.PLOVER) + "@" + e.Actor[:min(3, len(e.Actor))]
					pp[k] = e.Recipient[:min(3, len(e.Recipient))]
					ps[k] = true
				}
			}
			a, b, c := matchSets(gpl, ps)
			dtp, dfp, dfn = dtp+a, dfp+b, dfn+c
			for k := range gp {
				if ps[k] && len(grec[k]) > 0 {
					rTot++
					if grec[k][pp[k]] {
						rHit++
					}
				}
			}
		}
		if g.NoEvents {
			negTot++
			if len(evs) == 0 {
				negHit++
			}
		}
	}
	line := func(name string, tp, fp, fn int) {
		f, p, r := prf(tp, fp, fn)
		fmt.Fprintf(w, "%-11s F1 %.3f P %.3f R %.3f N %d\n", name, f, p, r, tp+fn)
	}
	acc := func(h, t int) float64 {
		if t == 0 {
			return 0
		}
		return float64(h) / float64(t)
	}
	line("cameo_root", rtp, rfp, rfn)
	line("dyad", dtp, dfp, dfn)
	fmt.Fprintf(w, "cameo_code  acc %.3f (%d/%d)\n", acc(codeHit, codeTot), codeHit, codeTot)
	fmt.Fprintf(w, "recipient   acc %.3f (%d/%d matched dyads with gold recipient)\n", acc(rHit, rTot), rHit, rTot)
	fmt.Fprintf(w, "negatives   acc %.3f (%d/%d)\n", acc(negHit, negTot), negHit, negTot)
	var classes []string
	for c := range classTot {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	for _, c := range classes {
		fmt.Fprintf(w, "  recall %-16s %.3f (%d/%d)\n", c, acc(classHit[c], classTot[c]), classHit[c], classTot[c])
	}
	f, p, r := prf(ptp, pfp, pfn)
	fmt.Fprintf(w, "F1 %.3f P %.3f R %.3f N %d\n", f, p, r, ptp+pfn)
}
