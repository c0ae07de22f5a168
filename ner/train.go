package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand"
	"slices"
	"time"
)

// TrainOptions control training.
type TrainOptions struct {
	Iterations int    // passes over the training data (default 12)
	Seed       int64  // shuffling seed: training is deterministic for a seed
	ActorsDir  string // actor dictionaries for gazetteers ("" for the built-in lists only)
	Clusters   string // word-cluster file (word TAB bit-path), "" for none
	// ClusterText is unlabeled text (sentences of tokens) to compute word
	// clusters from (see Clusters); the training words are added to it.
	ClusterText [][]string
	Log         io.Writer  // progress, may be nil
	Dev         []Document // scored every 4 iterations (progress only)
	// Folds > 1 jackknifes the prediction history of the training documents
	// over that many folds, each with a pass-1 model of FoldIterations.
	Folds          int
	FoldIterations int
	// Ensemble > 1 trains that many models on different shuffles and keeps
	// the mean of their weights.
	Ensemble int
}

type trainer struct {
	m      *Model
	w      []float32
	u      []float64 // sum of c*delta, for averaging
	tr     [nTags + 1][nTags]float32
	tu     [nTags + 1][nTags]float64
	c      float64
	errors int
}

func (tr *trainer) row(f uint64) int {
	r, ok := tr.m.index[f]
	if !ok {
		r = int32(len(tr.m.index))
		tr.m.index[f] = r
		tr.w = append(tr.w, make([]float32, nTags)...)
		tr.u = append(tr.u, make([]float64, nTags)...)
	}
	return int(r)
}

func (tr *trainer) update(feats []uint64, tag int, d float32) {
	for _, f := range feats {
		r := tr.row(f)
		tr.w[r*nTags+tag] += d
		tr.u[r*nTags+tag] += tr.c * float64(d)
	}
}

func (tr *trainer) updateTrans(p, t int, d float32) {
	tr.tr[p][t] += d
	tr.tu[p][t] += tr.c * float64(d)
}

// learn updates the weights towards gold and away from pred for one sentence.
func (tr *trainer) learn(feats [][]uint64, extra [][]uint64, gold, pred []int) {
	tr.c++
	wrong := false
	for i := range gold {
		if gold[i] != pred[i] {
			wrong = true
			tr.update(feats[i], gold[i], 1)
			tr.update(feats[i], pred[i], -1)
			if extra != nil {
				tr.update(extra[i], gold[i], 1)
				tr.update(extra[i], pred[i], -1)
			}
		}
		gp, pp := nTags, nTags
		if i > 0 {
			gp, pp = gold[i-1], pred[i-1]
		}
		if gp != pp || gold[i] != pred[i] {
			tr.updateTrans(gp, gold[i], 1)
			tr.updateTrans(pp, pred[i], -1)
		}
	}
	if wrong {
		tr.errors++
	}
}

// bilou converts gold tags (any scheme) to BILOU tag indices.
func bilou(tags []string) ([]int, error) {
	out := make([]int, len(tags))
	for _, s := range Spans(tags) {
		k := -1
		for i, t := range conllTypes {
			if t == s.Type {
				k = i
			}
		}
		if k < 0 {
			return nil, fmt.Errorf("unknown entity type %q (want PER, ORG, LOC or MISC)", s.Type)
		}
		if s.End-s.Start == 1 {
			out[s.Start] = 1 + 4*k + posU
			continue
		}
		out[s.Start] = 1 + 4*k + posB
		for i := s.Start + 1; i < s.End-1; i++ {
			out[i] = 1 + 4*k + posI
		}
		out[s.End-1] = 1 + 4*k + posL
	}
	return out, nil
}

// Train trains a model on CoNLL documents.
func Train(docs []Document, opt TrainOptions) (*Model, error) {
	if opt.Iterations <= 0 {
		opt.Iterations = 12
	}
	if opt.FoldIterations <= 0 {
		opt.FoldIterations = 6
	}
	logf := func(format string, a ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, a...)
		}
	}
	m := &Model{index: map[uint64]int32{}, gaz: builtinGazetteer()}
	if opt.ActorsDir != "" {
		if err := m.gaz.LoadActors(opt.ActorsDir); err != nil {
			return nil, err
		}
	}
	if opt.Clusters != "" {
		if err := m.loadClusterFile(opt.Clusters); err != nil {
			return nil, err
		}
	}
	if len(opt.ClusterText) > 0 {
		text := opt.ClusterText
		for _, d := range docs {
			for _, s := range d.Sentences {
				text = append(text, s.Words)
			}
		}
		start := time.Now()
		m.setClusters(Clusters(text, ClusterOptions{}))
		logf("clusters from %d sentences in %s\n", len(text), time.Since(start).Round(time.Millisecond))
	}
	logf("gazetteer: %d phrases; clusters: %d words\n", len(m.gaz), len(m.clusters))
	var data []*prepared
	for di, d := range docs {
		words := make([][]string, len(d.Sentences))
		gold := make([][]int, len(d.Sentences))
		for si, s := range d.Sentences {
			words[si] = s.Words
			g, err := bilou(s.Gold)
			if err != nil {
				return nil, fmt.Errorf("document %d sentence %d: %w", di+1, si+1, err)
			}
			gold[si] = g
		}
		data = append(data, &prepared{st: m.prepare(words), gold: gold})
	}
	if opt.Folds > 1 {
		// jackknife: the pass-2 history of each training document comes from a
		// pass-1 model that never saw it, as at prediction time
		start := time.Now()
		for f := 0; f < opt.Folds; f++ {
			var in, out []*prepared
			for i, d := range data {
				if i%opt.Folds == f {
					out = append(out, d)
				} else {
					in = append(in, d)
				}
			}
			fm := &Model{index: map[uint64]int32{}, gaz: m.gaz, clusters: m.clusters}
			ft := &trainer{m: fm}
			runEpochs(ft, in, opt.FoldIterations, opt.Seed+int64(f)+1, false, nil, nil)
			avg := ft.averaged()
			for _, d := range out {
				d.hpreds = avg.pass1(d.st)
				d.hist = history(d.st, d.hpreds)
			}
		}
		logf("jackknifed history over %d folds in %s\n", opt.Folds, time.Since(start).Round(time.Millisecond))
	}
	if opt.Ensemble <= 1 {
		tr := &trainer{m: m}
		runEpochs(tr, data, opt.Iterations, opt.Seed, true, logf, opt.Dev)
		return tr.averaged(), nil
	}
	// parameter mixing: the mean of models trained on different orders
	var models []*Model
	for k := 0; k < opt.Ensemble; k++ {
		mk := &Model{index: map[uint64]int32{}, gaz: m.gaz, clusters: m.clusters}
		tr := &trainer{m: mk}
		runEpochs(tr, data, opt.Iterations, opt.Seed+int64(k)*1000, true, logf, opt.Dev)
		models = append(models, tr.averaged())
	}
	mean := mixModels(models)
	if len(opt.Dev) > 0 {
		p, r, f := mean.Evaluate(opt.Dev, nil).All.PRF()
		logf("  dev (mean of %d models): P %.4f R %.4f F1 %.4f\n", len(models), p, r, f)
	}
	return mean, nil
}

// mixModels returns the mean of the weights of models (same gazetteer and
// clusters), features in a deterministic order.
func mixModels(models []*Model) *Model {
	out := &Model{index: map[uint64]int32{}, gaz: models[0].gaz, clusters: models[0].clusters}
	var keys []uint64
	for _, m := range models {
		for k := range m.indexMap() {
			if _, ok := out.index[k]; !ok {
				out.index[k] = 0
				keys = append(keys, k)
			}
		}
	}
	slices.Sort(keys)
	out.weights = make([]float32, len(keys)*nTags)
	inv := 1 / float32(len(models))
	for i, k := range keys {
		out.index[k] = int32(i)
		for _, m := range models {
			if r, ok := m.index[k]; ok {
				for t := 0; t < nTags; t++ {
					out.weights[i*nTags+t] += m.weights[int(r)*nTags+t] * inv
				}
			}
		}
	}
	for _, m := range models {
		for p := range m.trans {
			for t := range m.trans[p] {
				out.trans[p][t] += m.trans[p][t] * inv
			}
		}
	}
	return out
}

// prepared is one training document: features, gold tags and, when
// jackknifed, the pass-1 predictions of a model that did not see it.
type prepared struct {
	st     *docState
	gold   [][]int
	hpreds [][]int
	hist   map[uint64][4]int
}

// pass1 returns the pass-1 predictions of a prepared document.
func (m *Model) pass1(st *docState) [][]int {
	preds := make([][]int, len(st.feats))
	var back [][nTags]uint8
	for si, fs := range st.feats {
		em := make([][nTags]float32, len(fs))
		for i, f := range fs {
			m.emission(f, &em[i])
		}
		if len(fs) > len(back) {
			back = make([][nTags]uint8, len(fs))
		}
		preds[si] = viterbi(em, &m.trans, nil, back)
	}
	return preds
}

// runEpochs trains tr on data: per document, pass 1 and (when pass2) pass 2
// with the prediction history, updating after each sentence.
func runEpochs(tr *trainer, data []*prepared, iters int, seed int64, pass2 bool, logf func(string, ...any), dev []Document) {
	m := tr.m
	rng := rand.New(rand.NewSource(seed))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var back [][nTags]uint8
	var em [][nTags]float32
	var extra [][]uint64
	for it := 1; it <= iters; it++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		tr.errors = 0
		nsent := 0
		for _, di := range order {
			d := data[di]
			m.weights = tr.w
			preds := make([][]int, len(d.st.feats))
			for si, fs := range d.st.feats {
				em = em[:0]
				for _, f := range fs {
					var sc [nTags]float32
					m.emission(f, &sc)
					em = append(em, sc)
				}
				if len(fs) > len(back) {
					back = make([][nTags]uint8, len(fs))
				}
				preds[si] = viterbi(em, &tr.tr, nil, back)
				tr.learn(fs, nil, d.gold[si], preds[si])
				m.weights = tr.w
				nsent++
			}
			if !pass2 {
				continue
			}
			// pass 2 with the document's prediction history
			h, hp := d.hist, d.hpreds
			if h == nil {
				h, hp = history(d.st, preds), preds
			}
			for si, fs := range d.st.feats {
				em = em[:0]
				extra = extra[:0]
				for i, f := range fs {
					var sc [nTags]float32
					m.emission(f, &sc)
					var x []uint64
					if t := &d.st.toks[si][i]; t.initCap {
						x = histFeatures(nil, ownHist(h, t, hp[si][i]))
						m.emission(x, &sc)
					}
					extra = append(extra, x)
					em = append(em, sc)
				}
				p2 := viterbi(em, &tr.tr, nil, back)
				tr.learn(fs, extra, d.gold[si], p2)
				m.weights = tr.w
			}
		}
		if logf == nil {
			continue
		}
		logf("iteration %d: %d sentences wrong (pass 1 and 2), %d features, %s\n",
			it, tr.errors, len(m.index), time.Since(start).Round(time.Millisecond))
		if len(dev) > 0 && (it%4 == 0 || it == iters) {
			sc := tr.averaged().Evaluate(dev, nil)
			p, r, f := sc.All.PRF()
			logf("  dev (averaged): P %.4f R %.4f F1 %.4f\n", p, r, f)
		}
	}
}

// averaged returns a model with the averaged weights.
func (tr *trainer) averaged() *Model {
	m := &Model{index: tr.m.index, gaz: tr.m.gaz, clusters: tr.m.clusters}
	m.weights = make([]float32, len(tr.w))
	c := tr.c
	if c == 0 {
		c = 1
	}
	for i := range tr.w {
		m.weights[i] = float32(float64(tr.w[i]) - tr.u[i]/c)
	}
	for p := range tr.tr {
		for t := range tr.tr[p] {
			m.trans[p][t] = float32(float64(tr.tr[p][t]) - tr.tu[p][t]/c)
		}
	}
	return m
}

// Evaluate tags docs and scores the result against their gold tags. When out
// is not nil it receives one "token gold predicted" line per token, with blank
// lines between sentences.
func (m *Model) Evaluate(docs []Document, out io.Writer) *Scorer {
	sc := &Scorer{}
	for _, d := range docs {
		words := make([][]string, len(d.Sentences))
		for si, s := range d.Sentences {
			words[si] = s.Words
		}
		pred := m.TagDocument(words)
		for si, s := range d.Sentences {
			sc.Add(s.Gold, pred[si])
			if out != nil {
				for i, w := range s.Words {
					fmt.Fprintf(out, "%s %s %s\n", w, s.Gold[i], pred[si][i])
				}
				fmt.Fprintln(out)
			}
		}
	}
	return sc
}

// Prune drops features whose largest absolute weight is below min and returns
// how many remain.
func (m *Model) Prune(min float32) int {
	idx := map[uint64]int32{}
	var w []float32
	for f, r := range m.indexMap() {
		row := m.weights[int(r)*nTags : int(r)*nTags+nTags]
		keep := false
		for _, x := range row {
			if float32(math.Abs(float64(x))) >= min {
				keep = true
				break
			}
		}
		if keep {
			idx[f] = int32(len(idx))
			w = append(w, row...)
		}
	}
	m.index, m.weights, m.table = idx, w, nil
	return len(idx)
}
