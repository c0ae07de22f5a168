package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/newsgraph/newsgraph/pos"
)

func init() {
	c := &command{
		name:    "pos",
		usage:   "[--data FILE] [--out FILE] [--iter N] [--seed N]",
		summary: "train the part-of-speech tagger (averaged perceptron) on CoNLL-2003's POS column",
	}
	c.run = func(ctx context.Context, e *env, args []string) error { return runTrainPOS(ctx, e, c, args) }
	registerTrain(c)
}

func runTrainPOS(ctx context.Context, e *env, c *command, args []string) error {
	fs := newFlags(c, e)
	data := fs.String("data", filepath.Join("..", "shared", "eval", "ner", "eng.train"), "CoNLL training file (token, POS tag, ...)")
	out := fs.String("out", filepath.Join("pos", "model", "pos.bin.gz"), "where to write the model (the embedded asset by default)")
	iter := fs.Int("iter", 8, "training iterations")
	seed := fs.Int64("seed", 1, "shuffling seed (training is deterministic for a seed)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return errUsage
	}
	sents, err := readPOSFile(*data)
	if err != nil {
		return err
	}
	start := time.Now()
	m, err := pos.Train(sents, pos.TrainOptions{Iterations: *iter, Seed: *seed, Log: e.stderr})
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := m.SaveFile(*out); err != nil {
		return err
	}
	st, err := os.Stat(*out)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "trained on %s (%d sentences) in %s; wrote %s (%d bytes)\n", *data, len(sents), time.Since(start).Round(time.Millisecond), *out, st.Size())
	return nil
}

func readPOSFile(path string) ([]pos.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := pos.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return sents, nil
}
