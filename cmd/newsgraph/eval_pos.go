package main

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/newsgraph/newsgraph/pos"
)

func init() {
	c := &command{
		name:    "pos",
		usage:   "[--model FILE] FILE",
		summary: "part-of-speech tagging benchmark on a CoNLL-2003 file (accuracy, commonest confusions, tokens/s)",
	}
	c.run = func(ctx context.Context, e *env, args []string) error { return runEvalPOS(ctx, e, c, args) }
	registerEval(c)
}

func runEvalPOS(ctx context.Context, e *env, c *command, args []string) error {
	fs := newFlags(c, e)
	modelPath := fs.String("model", "", modelFlagUsage)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	m, err := modelOrDefault(*modelPath, pos.LoadFile, pos.Default)
	if err != nil {
		return err
	}
	sents, err := readPOSFile(fs.Arg(0))
	if err != nil {
		return err
	}
	confused := map[string]int{}
	right, all := 0, 0
	verbs, verbsRight := 0, 0
	for _, s := range sents {
		if err := ctx.Err(); err != nil {
			return err
		}
		got := m.Tag(s.Words)
		for i, t := range got {
			all++
			if pos.IsVerb(s.Tags[i]) {
				verbs++
				if pos.IsVerb(t) {
					verbsRight++
				}
			}
			if t == s.Tags[i] {
				right++
			} else {
				confused[s.Tags[i]+" as "+t]++
			}
		}
	}
	// speed: the fastest of five passes, one goroutine
	var best time.Duration
	for pass := 0; pass < 5; pass++ {
		start := time.Now()
		for _, s := range sents {
			m.Tag(s.Words)
		}
		if d := time.Since(start); pass == 0 || d < best {
			best = d
		}
	}
	w := e.stdout
	fmt.Fprintf(w, "sentences %d  tokens %d\n", len(sents), all)
	fmt.Fprintf(w, "accuracy %.4f (%d of %d)\n", float64(right)/float64(max(all, 1)), right, all)
	fmt.Fprintf(w, "verbs read as verbs (any verb tag) %.4f (%d of %d)\n", float64(verbsRight)/float64(max(verbs, 1)), verbsRight, verbs)
	type kv struct {
		k string
		v int
	}
	var l []kv
	for k, v := range confused {
		l = append(l, kv{k, v})
	}
	sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v || l[i].v == l[j].v && l[i].k < l[j].k })
	fmt.Fprintf(w, "commonest confusions (gold as predicted):")
	for i := 0; i < len(l) && i < 8; i++ {
		fmt.Fprintf(w, "  %s %d", l[i].k, l[i].v)
	}
	fmt.Fprintln(w)
	secs := max(best.Seconds(), 1e-9)
	fmt.Fprintf(w, "speed: %d tokens in %.3fs = %.0f tokens/s (one goroutine, fastest of 5 passes)\n", all, best.Seconds(), float64(all)/secs)
	return nil
}
