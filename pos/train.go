package pos

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand"
	"sort"
	"strings"
)

// Sentence is one sentence of training or evaluation data: its words and their
// gold tags.
type Sentence struct {
	Words []string
	Tags  []string
}

// ReadCoNLL reads CoNLL-2003 column data (token, POS tag, chunk tag, NER tag,
// separated by spaces): the token and the POS tag of each line. Blank lines end
// sentences; -DOCSTART- lines are skipped. A combined tag such as "NN|SYM"
// keeps its first part. A tag outside Tags is an error naming the line.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
			cur = Sentence{}
		}
	}
	for n := 1; sc.Scan(); n++ {
		cols := strings.Fields(sc.Text())
		if len(cols) == 0 {
			flush()
			continue
		}
		if cols[0] == "-DOCSTART-" {
			flush()
			continue
		}
		if len(cols) < 2 {
			return nil, fmt.Errorf("pos: conll line %d: want a token and a tag, got %q", n, sc.Text())
		}
		tag, _, _ := strings.Cut(cols[1], "|")
		if _, ok := tagIndex[tag]; !ok {
			return nil, fmt.Errorf("pos: conll line %d: unknown tag %q", n, cols[1])
		}
		cur.Words = append(cur.Words, cols[0])
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("pos: reading conll: %w", err)
	}
	flush()
	return out, nil
}

// TrainOptions control Train.
type TrainOptions struct {
	Iterations int     // passes over the data (default 8)
	Seed       int64   // shuffling seed; training is deterministic for a seed
	MinCount   int     // a word enters the tag dictionary when seen this often (default 20)
	MinShare   float64 // ... and with one tag at least this share of the time (default 0.97)
	Log        io.Writer
}

// trainer holds the weights being learned, with the sums for averaging.
type trainer struct {
	rows  map[uint64]int32
	w     []float32 // nTags per row
	total []float64 // running sums, brought up to date lazily
	stamp []int32   // step of the last update of each weight
	step  int32
}

func (tr *trainer) row(f uint64) int {
	r, ok := tr.rows[f]
	if !ok {
		r = int32(len(tr.rows))
		tr.rows[f] = r
		tr.w = append(tr.w, make([]float32, nTags)...)
		tr.total = append(tr.total, make([]float64, nTags)...)
		tr.stamp = append(tr.stamp, make([]int32, nTags)...)
	}
	return int(r) * nTags
}

func (tr *trainer) best(feats []uint64) int {
	var sc [nTags]float32
	for _, f := range feats {
		if r, ok := tr.rows[f]; ok {
			ws := tr.w[int(r)*nTags : int(r)*nTags+nTags]
			for c, x := range ws {
				sc[c] += x
			}
		}
	}
	b := 0
	for c := 1; c < nTags; c++ {
		if sc[c] > sc[b] {
			b = c
		}
	}
	return b
}

func (tr *trainer) update(feats []uint64, c int, d float32) {
	for _, f := range feats {
		k := tr.row(f) + c
		tr.total[k] += float64(tr.step-tr.stamp[k]) * float64(tr.w[k])
		tr.stamp[k] = tr.step
		tr.w[k] += d
	}
}

// Train learns a model from tagged sentences.
func Train(sents []Sentence, opt TrainOptions) (*Model, error) {
	if opt.Iterations <= 0 {
		opt.Iterations = 8
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 20
	}
	if opt.MinShare <= 0 {
		opt.MinShare = 0.97
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, args...)
		}
	}
	type prepared struct {
		ws   []word
		gold []int
	}
	m := &Model{dict: buildDict(sents, opt.MinCount, opt.MinShare), lemmas: buildLemmas(sents)}
	data := make([]prepared, 0, len(sents))
	// Lemma classes for training come from the other folds of the data
	// (jackknifed): read off the same sentences they would make every
	// inflected training word look known, which unseen words are not.
	const folds = 5
	var foldModels [folds]*Model
	for k := range foldModels {
		var rest []Sentence
		for si, s := range sents {
			if si%folds != k {
				rest = append(rest, s)
			}
		}
		foldModels[k] = &Model{lemmas: buildLemmas(rest)}
	}
	for si, s := range sents {
		if len(s.Words) != len(s.Tags) {
			return nil, fmt.Errorf("pos: training sentence %d has %d words and %d tags", si, len(s.Words), len(s.Tags))
		}
		p := prepared{ws: make([]word, len(s.Words)), gold: make([]int, len(s.Tags))}
		for i, w := range s.Words {
			p.ws[i] = foldModels[si%folds].newWord(w)
			c, ok := tagIndex[s.Tags[i]]
			if !ok {
				return nil, fmt.Errorf("pos: training sentence %d: unknown tag %q", si, s.Tags[i])
			}
			p.gold[i] = c
		}
		data = append(data, p)
	}
	if len(data) == 0 {
		return nil, fmt.Errorf("pos: no training sentences")
	}
	tr := &trainer{rows: make(map[uint64]int32)}
	rng := rand.New(rand.NewSource(opt.Seed))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var buf []uint64
	for it := 0; it < opt.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, all := 0, 0
		for _, si := range order {
			p := data[si]
			var h history
			for i := range p.ws {
				t, ok := m.lookup(p.ws[i].raw)
				guess := int(t)
				if !ok {
					buf = features(buf[:0], p.ws, i, h)
					guess = tr.best(buf)
					if guess != p.gold[i] {
						tr.update(buf, p.gold[i], 1)
						tr.update(buf, guess, -1)
					}
				}
				tr.step++
				if guess == p.gold[i] {
					right++
				}
				all++
				h.push(Tags[guess])
			}
		}
		logf("pos: iteration %d/%d: training accuracy %.4f, %d features\n", it+1, opt.Iterations, float64(right)/float64(all), len(tr.rows))
	}
	m.setWeights(tr.averaged())
	return m, nil
}

// buildDict returns the words seen at least minCount times with one tag at
// least minShare of the time, keyed by the hash of their plain form.
func buildDict(sents []Sentence, minCount int, minShare float64) map[uint64]uint8 {
	counts := map[string]*[nTags]int{}
	for _, s := range sents {
		for i, w := range s.Words {
			raw := plainWord(w).raw
			c := counts[raw]
			if c == nil {
				c = new([nTags]int)
				counts[raw] = c
			}
			c[tagIndex[s.Tags[i]]]++
		}
	}
	dict := map[uint64]uint8{}
	for w, c := range counts {
		n, b := 0, 0
		for k, x := range c {
			n += x
			if x > c[b] {
				b = k
			}
		}
		if n >= minCount && float64(c[b]) >= minShare*float64(n) {
			dict[feat(0, w)] = uint8(b)
		}
	}
	return dict
}

// averaged returns the averaged weights by feature hash.
func (tr *trainer) averaged() map[uint64][]float32 {
	out := make(map[uint64][]float32, len(tr.rows))
	for f, r := range tr.rows {
		ws := make([]float32, nTags)
		for c := range ws {
			k := int(r)*nTags + c
			tot := tr.total[k] + float64(tr.step-tr.stamp[k])*float64(tr.w[k])
			ws[c] = float32(tot / float64(tr.step))
		}
		out[f] = ws
	}
	return out
}

// scale is the quantisation step of stored weights: the largest absolute
// weight maps to 32767.
func scaleOf(weights map[uint64][]float32) float64 {
	var max float64
	for _, ws := range weights {
		for _, x := range ws {
			max = math.Max(max, math.Abs(float64(x)))
		}
	}
	if max == 0 {
		return 1
	}
	return max / 32767
}

// setWeights stores weights in the model's compact form, quantised to 16 bits
// exactly as Save writes them, so a trained model and its saved copy agree.
// Weights that quantise to zero are dropped.
func (m *Model) setWeights(weights map[uint64][]float32) {
	scale := scaleOf(weights)
	keys := make([]uint64, 0, len(weights))
	for f := range weights {
		keys = append(keys, f)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	spans := make([]uint32, 0, len(keys))
	kept := keys[:0]
	var entries []entry
	for _, f := range keys {
		off := len(entries)
		for c, x := range weights[f] {
			q := math.Round(float64(x) / scale)
			if q == 0 {
				continue
			}
			entries = append(entries, entry{w: float32(q * scale), c: uint8(c)})
		}
		if n := len(entries) - off; n > 0 {
			kept = append(kept, f)
			spans = append(spans, span(off, n))
		}
	}
	m.freeze(kept, spans, entries)
}

// Accuracy tags sents and returns the share of words whose tag equals the gold tag.
func (m *Model) Accuracy(sents []Sentence) (right, all int) {
	for _, s := range sents {
		got := m.Tag(s.Words)
		for i, t := range got {
			if i < len(s.Tags) && t == s.Tags[i] {
				right++
			}
			all++
		}
	}
	return right, all
}
