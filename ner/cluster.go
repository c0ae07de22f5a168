package ner

import (
	"math"
	"sort"
)

// Word clusters by distributional similarity: every word seen often enough in
// unlabeled text is described by the words to its left and right (the most
// frequent words as context dimensions, square-root-damped counts, unit
// length), and spherical k-means groups words with similar contexts. Two
// granularities are kept (fine and coarse); each becomes a feature. Only the
// cluster ids (hashed words to ids) enter the model, never the text.

// ClusterOptions control clustering.
type ClusterOptions struct {
	MinCount int // words seen fewer times get no cluster (default 3)
	Context  int // context dimensions: the most frequent words (default 300)
	Fine     int // fine clusters (default 300)
	Coarse   int // coarse clusters (default 40)
	Iter     int // k-means iterations (default 12)
}

// Clusters computes word clusters from sentences of tokens and returns, for
// each normalised lower-case word, its fine and coarse cluster ids.
func Clusters(sents [][]string, opt ClusterOptions) map[string][2]int {
	if opt.MinCount <= 0 {
		opt.MinCount = 3
	}
	if opt.Context <= 0 {
		opt.Context = 300
	}
	if opt.Fine <= 0 {
		opt.Fine = 300
	}
	if opt.Coarse <= 0 {
		opt.Coarse = 40
	}
	if opt.Iter <= 0 {
		opt.Iter = 12
	}
	count := map[string]int{}
	low := make([][]string, len(sents))
	for i, s := range sents {
		low[i] = make([]string, len(s))
		for j, w := range s {
			low[i][j] = normLower(w)
			count[low[i][j]]++
		}
	}
	words := make([]string, 0, len(count))
	for w, n := range count {
		if n >= opt.MinCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return words[i] < words[j]
	})
	nctx := min(opt.Context, len(words))
	ctx := map[string]int{}
	for i := 0; i < nctx; i++ {
		ctx[words[i]] = i
	}
	id := map[string]int{}
	for i, w := range words {
		id[w] = i
	}
	dim := 2*nctx + 2 // left contexts, right contexts, sentence start, sentence end
	vec := make([][]float32, len(words))
	for i := range vec {
		vec[i] = make([]float32, dim)
	}
	for _, s := range low {
		for j, w := range s {
			wi, ok := id[w]
			if !ok {
				continue
			}
			v := vec[wi]
			if j == 0 {
				v[2*nctx]++
			} else if c, ok := ctx[s[j-1]]; ok {
				v[c]++
			}
			if j == len(s)-1 {
				v[2*nctx+1]++
			} else if c, ok := ctx[s[j+1]]; ok {
				v[nctx+c]++
			}
		}
	}
	for _, v := range vec {
		var n float64
		for k := range v {
			v[k] = float32(math.Sqrt(float64(v[k])))
			n += float64(v[k]) * float64(v[k])
		}
		if n > 0 {
			inv := float32(1 / math.Sqrt(n))
			for k := range v {
				v[k] *= inv
			}
		}
	}
	fine := kmeans(vec, min(opt.Fine, len(vec)), opt.Iter)
	// coarse clusters: k-means over the fine centroids, weighted by nothing
	cents := centroids(vec, fine, min(opt.Fine, len(vec)))
	coarseOfFine := kmeans(cents, min(opt.Coarse, len(cents)), opt.Iter)
	out := make(map[string][2]int, len(words))
	for i, w := range words {
		out[w] = [2]int{fine[i], coarseOfFine[fine[i]]}
	}
	return out
}

func centroids(vec [][]float32, assign []int, k int) [][]float32 {
	if len(vec) == 0 {
		return nil
	}
	dim := len(vec[0])
	c := make([][]float32, k)
	for i := range c {
		c[i] = make([]float32, dim)
	}
	for i, v := range vec {
		a := c[assign[i]]
		for d := range v {
			a[d] += v[d]
		}
	}
	for _, a := range c {
		var n float64
		for _, x := range a {
			n += float64(x) * float64(x)
		}
		if n > 0 {
			inv := float32(1 / math.Sqrt(n))
			for d := range a {
				a[d] *= inv
			}
		}
	}
	return c
}

// kmeans clusters unit vectors by cosine similarity, seeded deterministically
// with evenly spaced vectors of the (frequency-sorted) input.
func kmeans(vec [][]float32, k, iter int) []int {
	assign := make([]int, len(vec))
	if k <= 0 || len(vec) == 0 {
		return assign
	}
	cent := make([][]float32, k)
	for i := range cent {
		cent[i] = append([]float32(nil), vec[i*len(vec)/k]...)
	}
	nz := make([][]int32, len(vec))
	for i, v := range vec {
		for d, x := range v {
			if x != 0 {
				nz[i] = append(nz[i], int32(d))
			}
		}
	}
	for it := 0; it < iter; it++ {
		for i, v := range vec {
			best, bs := 0, float32(-2)
			for c, ce := range cent {
				var s float32
				for _, d := range nz[i] {
					s += v[d] * ce[d]
				}
				if s > bs {
					best, bs = c, s
				}
			}
			assign[i] = best
		}
		cent = centroids(vec, assign, k)
	}
	return assign
}

// setClusters stores cluster ids as feature values keyed by the word's hash.
func (m *Model) setClusters(c map[string][2]int) {
	m.clusters = make(map[uint64][3]uint64, len(c))
	for w, ids := range c {
		m.clusters[hstr(w)] = [3]uint64{mix(uint64(ids[0])+1) | 1, mix(uint64(ids[1])+1<<20) | 1, 0}
	}
}
