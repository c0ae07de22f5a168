package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/tokenize"
)

func init() {
	c := &command{
		name:    "ner",
		usage:   "[--data FILE] [--out FILE] [--iter N] [--actors DIR] [--dev FILE]",
		summary: "train the named-entity tagger (averaged perceptron) on CoNLL-2003 data",
	}
	c.run = func(ctx context.Context, e *env, args []string) error { return runTrainNER(ctx, e, c, args) }
	registerTrain(c)
}

func runTrainNER(ctx context.Context, e *env, c *command, args []string) error {
	fs := newFlags(c, e)
	data := fs.String("data", filepath.Join("..", "shared", "eval", "ner", "eng.train"), "CoNLL training file")
	out := fs.String("out", filepath.Join("ner", "model", "ner.bin.gz"), "where to write the model (the embedded asset by default)")
	iter := fs.Int("iter", 10, "training iterations")
	seed := fs.Int64("seed", 1, "shuffling seed (training is deterministic for a seed)")
	actors := fs.String("actors", filepath.Join("..", "shared", "eval", "events", "actors"), "actor dictionaries for gazetteer features (\"\" for the built-in lists only)")
	clusters := fs.String("clusters", "", "precomputed word clusters (word TAB path), \"\" for none")
	clusterText := fs.String("cluster-text", filepath.Join("..", "shared", "corpus", "ecbplus", "docs.jsonl")+","+filepath.Join("..", "shared", "corpus", "wikinews-2019-2020", "docs.jsonl"),
		"comma-separated JSON Lines files whose \"text\" is unlabeled text to compute word clusters from (only cluster ids enter the model); \"\" for none")
	ensemble := fs.Int("ensemble", 5, "train this many models on different shuffles and keep the mean of their weights")
	folds := fs.Int("folds", 0, "jackknife the document-history features over this many folds (0: off)")
	dev := fs.String("dev", "", "CoNLL file to score every 4 iterations (progress only)")
	prune := fs.Float64("prune", 0, "drop features whose largest absolute weight is below this")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return errUsage
	}
	docs, err := readCoNLLFile(*data)
	if err != nil {
		return err
	}
	opt := ner.TrainOptions{Iterations: *iter, Seed: *seed, ActorsDir: *actors, Clusters: *clusters,
		Ensemble: *ensemble, Folds: *folds, Log: e.stderr}
	if *clusterText != "" {
		for _, p := range strings.Split(*clusterText, ",") {
			sents, err := readTextSentences(p)
			if err != nil {
				return err
			}
			opt.ClusterText = append(opt.ClusterText, sents...)
		}
	}
	if *dev != "" {
		if opt.Dev, err = readCoNLLFile(*dev); err != nil {
			return err
		}
	}
	start := time.Now()
	m, err := ner.Train(docs, opt)
	if err != nil {
		return err
	}
	if *prune > 0 {
		n := m.Prune(float32(*prune))
		fmt.Fprintf(e.stderr, "pruned to %d features\n", n)
	}
	if err := m.SaveFile(*out); err != nil {
		return err
	}
	st, err := os.Stat(*out)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "trained on %s in %s; wrote %s (%d bytes)\n", *data, time.Since(start).Round(time.Second), *out, st.Size())
	return nil
}

func readCoNLLFile(path string) ([]ner.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := ner.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// readTextSentences reads the "text" of every JSON Lines record in path and
// returns its sentences as tokens.
func readTextSentences(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		toks := tokenize.Tokens(rec.Text)
		k := 0
		for _, s := range tokenize.Sentences(rec.Text, toks) {
			var words []string
			for k < len(toks) && toks[k].End <= s.End {
				words = append(words, toks[k].Text)
				k++
			}
			out = append(out, words)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}
