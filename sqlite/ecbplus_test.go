package sqlite

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/dedup"
	"github.com/newsgraph/newsgraph/sharedtest"
)

type ecbDoc struct {
	ID        string  `json:"id"`
	URL       *string `json:"url"`
	Published *string `json:"published"`
	Title     string  `json:"title"`
	Text      string  `json:"text"`
}

// pair is an unordered pair of document IDs.
type pair [2]string

func mkPair(a, b string) pair {
	if a > b {
		a, b = b, a
	}
	return pair{a, b}
}

// loadLabels reads testdata/ecbplus-duplicates.tsv: doc_a, doc_b, label (1 a
// copy of one story, 0 not), note. The pairs were judged by reading both texts.
func loadLabels(t testing.TB) map[pair]bool {
	f, err := os.Open("testdata/ecbplus-duplicates.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[pair]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "doc_a") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) < 3 {
			t.Fatalf("bad label line %q", line)
		}
		out[mkPair(fs[0], fs[1])] = fs[2] == "1"
	}
	return out
}

// groupECBPlus stores the ECB+ documents and returns each document's group.
func groupECBPlus(t testing.TB) (map[string]string, []ecbDoc) {
	path := sharedtest.Path(t, "corpus/ecbplus/docs.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []ecbDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d ecbDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	d, err := Open(context.Background(), filepath.Join(t.TempDir(), "ecb.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	var as []*newsgraph.Article
	for _, doc := range docs {
		a := &newsgraph.Article{ID: doc.ID, Title: doc.Title, Body: doc.Text}
		if doc.Published != nil {
			a.Published = *doc.Published
		}
		as = append(as, a)
	}
	rs, err := d.PutArticles(context.Background(), as)
	if err != nil {
		t.Fatal(err)
	}
	groups := map[string]string{}
	for _, r := range rs {
		groups[r.ID] = r.Group
	}
	// Groups can merge after a document was written: read them back.
	rows, err := d.SQL().Query(`SELECT id, dup_group FROM articles`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, g string
		rows.Scan(&id, &g)
		groups[id] = g
	}
	return groups, docs
}

// TestECBPlusDuplicates measures the grouping of copies on ECB+ against the
// hand-labelled pairs. Every pair the store groups must be labelled; with
// NEWSGRAPH_DEDUP_DUMP set, the unlabelled grouped pairs and the candidates
// are written there for labelling.
func TestECBPlusDuplicates(t *testing.T) {
	groups, docs := groupECBPlus(t)
	labels := loadLabels(t)
	members := map[string][]string{}
	for id, g := range groups {
		members[g] = append(members[g], id)
	}
	system := map[pair]bool{}
	for _, ms := range members {
		sort.Strings(ms)
		for i := range ms {
			for j := i + 1; j < len(ms); j++ {
				system[mkPair(ms[i], ms[j])] = true
			}
		}
	}
	tp, fp, fn, unlabelled := 0, 0, 0, 0
	var missing []pair
	for p := range system {
		gold, ok := labels[p]
		switch {
		case !ok:
			unlabelled++
			missing = append(missing, p)
		case gold:
			tp++
		default:
			fp++
			t.Logf("false positive: %s %s", p[0], p[1])
		}
	}
	for p, gold := range labels {
		if gold && !system[p] {
			fn++
			t.Logf("missed copy: %s %s", p[0], p[1])
		}
	}
	prec := float64(tp) / float64(max(1, tp+fp))
	rec := float64(tp) / float64(max(1, tp+fn))
	t.Logf("ECB+ dev: %d documents, %d grouped pairs (%d labelled copies, %d labelled non-copies, %d unlabelled); precision %.3f recall %.3f",
		len(docs), len(system), tp, fp, unlabelled, prec, rec)
	if dump := os.Getenv("NEWSGRAPH_DEDUP_DUMP"); dump != "" {
		texts := map[string]string{}
		for _, d := range docs {
			texts[d.ID] = d.Text
		}
		var b strings.Builder
		for _, p := range missing {
			sa, sb := dedup.Sign(texts[p[0]]), dedup.Sign(texts[p[1]])
			j, c := dedup.Similarity(&sa, &sb)
			fmt.Fprintf(&b, "%s\t%s\t%.3f\t%.3f\n", p[0], p[1], j, c)
		}
		os.WriteFile(dump, []byte(b.String()), 0o644)
	}
	if unlabelled > 0 {
		t.Errorf("%d grouped pairs are not labelled; label them in testdata/ecbplus-duplicates.tsv", unlabelled)
	}
	if prec < 0.9 || rec < 0.8 {
		t.Errorf("precision %.3f recall %.3f, want at least 0.9 and 0.8", prec, rec)
	}
}
