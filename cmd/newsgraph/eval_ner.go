package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/cputime"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/tokenize"
)

func init() {
	c := &command{
		name:    "ner",
		usage:   "[--out PRED] [--model FILE] FILE",
		summary: "named-entity tagging benchmark on a CoNLL-2003 file (P/R/F1 per type, tokens/s), or on MEANTIME's docs.jsonl",
	}
	c.run = func(ctx context.Context, e *env, args []string) error { return runEvalNER(ctx, e, c, args) }
	registerEval(c)
}

func runEvalNER(ctx context.Context, e *env, c *command, args []string) error {
	fs := newFlags(c, e)
	out := fs.String("out", "", "write one \"token gold predicted\" line per token (score with score-ner.py GOLD PRED)")
	modelPath := fs.String("model", "", modelFlagUsage)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	loadStart := time.Now()
	m, err := modelOrDefault(*modelPath, ner.LoadFile, ner.Default)
	if err != nil {
		return err
	}
	loadTime := time.Since(loadStart)
	if strings.HasSuffix(fs.Arg(0), ".jsonl") {
		return evalMeantime(ctx, e, m, fs.Arg(0))
	}
	docs, err := readCoNLLFile(fs.Arg(0))
	if err != nil {
		return err
	}
	ntok := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			ntok += len(s.Words)
		}
	}
	// speed: tagging only, best of three runs, one goroutine; wall clock and
	// process CPU time (the wall clock also counts other processes' turns on
	// a shared machine)
	best, bestCPU := time.Duration(0), time.Duration(0)
	for r := 0; r < 3; r++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		start, cpu := time.Now(), cputime.Process()
		for _, d := range docs {
			words := make([][]string, len(d.Sentences))
			for si, s := range d.Sentences {
				words[si] = s.Words
			}
			m.TagDocument(words)
		}
		if el := time.Since(start); best == 0 || el < best {
			best = el
		}
		if el := cputime.Process() - cpu; el > 0 && (bestCPU == 0 || el < bestCPU) {
			bestCPU = el
		}
	}
	var sc *ner.Scorer
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		w := bufio.NewWriter(f)
		sc = m.Evaluate(docs, w)
		if err := w.Flush(); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	} else {
		sc = m.Evaluate(docs, nil)
	}
	fmt.Fprintf(e.stdout, "%s: %d documents, %d tokens; model loaded in %s\n", fs.Arg(0), len(docs), ntok, loadTime.Round(time.Millisecond))
	sc.Report(e.stdout)
	fmt.Fprintf(e.stdout, "speed %.0f tokens/s wall clock (tagging only, one goroutine, best of 3)\n", float64(ntok)/best.Seconds())
	if bestCPU > 0 {
		fmt.Fprintf(e.stdout, "speed %.0f tokens per CPU second (same runs, process CPU time incl. GC)\n", float64(ntok)/bestCPU.Seconds())
	}
	return nil
}

// evalMeantime scores the tagger's mentions against MEANTIME's gold entity
// mentions (docs.jsonl; offsets in code points). Types: PERSON -> PER, ORG ->
// ORG, GPE and LOC -> LOC; MEANTIME's PRO, FIN and MIX have no counterpart, so
// NORP and MISC predictions count as untyped only. Three figures: typed and
// span-only against the named gold mentions (syntactic_type NAM), and typed
// against every gold mention (pronouns and descriptions included) as the
// corpus README defines it. Only the annotated sentences (the first few of
// each article) are scored.
func evalMeantime(ctx context.Context, e *env, m *ner.Model, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	type rec struct {
		ID        string  `json:"id"`
		Text      string  `json:"text"`
		Sentences [][]int `json:"sentences"`
		Gold      struct {
			Markables []json.RawMessage  `json:"markables"`
			Instances []meantimeInstance `json:"instances"`
			Relations []meantimeRelation `json:"relations"`
		} `json:"gold"`
	}
	type key struct{ s, e int }
	var namTyped, namSpan, allTyped ner.Score
	perType := map[string]*ner.Score{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	ndocs := 0
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		var r rec
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		ndocs++
		instType := map[string]string{}
		for _, in := range r.Gold.Instances {
			if in.Tag == "ENTITY" {
				instType[in.ID] = in.Attrs["ent_type"]
			}
		}
		refs := map[string][]string{}
		for _, rel := range r.Gold.Relations {
			if rel.Type == "REFERS_TO" {
				for _, s := range rel.Sources {
					for _, t := range rel.Targets {
						if ty, ok := instType[t]; ok {
							refs[s] = append(refs[s], ty)
						}
					}
				}
			}
		}
		// MEANTIME annotates the first sentences of each article only: score
		// the predictions inside the sentences that hold gold markables
		limit := 0
		for _, raw := range r.Gold.Markables {
			var mk meantimeMarkable
			if json.Unmarshal(raw, &mk) == nil && mk.End > limit {
				limit = mk.End
			}
		}
		for _, s := range r.Sentences {
			if len(s) == 3 && s[1] < limit && s[2] > limit {
				limit = s[2]
			}
		}
		goldAll := map[key]string{} // type, "" when untyped
		goldNam := map[key]string{}
		for _, raw := range r.Gold.Markables {
			var mk meantimeMarkable
			if err := json.Unmarshal(raw, &mk); err != nil {
				return fmt.Errorf("%s: %s: %w", path, r.ID, err)
			}
			if mk.Tag != "ENTITY_MENTION" {
				continue
			}
			ty := ""
			if len(refs[mk.ID]) == 1 {
				ty = refs[mk.ID][0]
			}
			k := key{mk.Start, mk.End}
			goldAll[k] = ty
			if mk.Attrs["syntactic_type"] == "NAM" {
				goldNam[k] = ty
			}
		}
		a := &newsgraph.Article{Body: r.Text}
		if err := (tokenize.Stage{}).Annotate(ctx, a); err != nil {
			return err
		}
		if err := (ner.Stage{Model: m}).Annotate(ctx, a); err != nil {
			return err
		}
		// byte offsets -> code points
		cp := make([]int, len(r.Text)+1)
		n := 0
		for i := 0; i < len(r.Text); {
			_, size := utf8.DecodeRuneInString(r.Text[i:])
			for j := 0; j < size; j++ {
				cp[i+j] = n
			}
			i += size
			n++
		}
		cp[len(r.Text)] = n
		usedAll, usedNam, usedSpan := map[key]bool{}, map[key]bool{}, map[key]bool{}
		namTyped.Gold += len(goldNam)
		namSpan.Gold += len(goldNam)
		allTyped.Gold += len(goldAll)
		for _, ty := range goldNam {
			if ty != "" {
				meantimeScore(perType, ty).Gold++
			}
		}
		for _, ent := range a.Entities {
			mn := ent.Mentions[0]
			k := key{cp[mn.Start], cp[mn.End]}
			if k.e > limit {
				continue
			}
			ty := meantimeType(ent.Type)
			namTyped.Pred++
			namSpan.Pred++
			allTyped.Pred++
			if ty != "" {
				meantimeScore(perType, ty).Pred++
			}
			if _, ok := goldNam[k]; ok && !usedSpan[k] {
				usedSpan[k] = true
				namSpan.Correct++
			}
			if g, ok := goldNam[k]; ok && !usedNam[k] && (g == ty || g == "") {
				usedNam[k] = true
				namTyped.Correct++
				if ty != "" && g == ty {
					meantimeScore(perType, ty).Correct++
				}
			}
			if g, ok := goldAll[k]; ok && !usedAll[k] && (g == ty || g == "") {
				usedAll[k] = true
				allTyped.Correct++
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	fmt.Fprintf(e.stdout, "%s: %d documents (MEANTIME gold entity mentions)\n", path, ndocs)
	fmt.Fprintf(e.stdout, "%-34s %6s %6s %7s %7s %7s %7s\n", "figure", "gold", "pred", "correct", "P", "R", "F1")
	row := func(name string, s ner.Score) {
		p, r, f := s.PRF()
		fmt.Fprintf(e.stdout, "%-34s %6d %6d %7d %7.3f %7.3f %7.3f\n", name, s.Gold, s.Pred, s.Correct, p, r, f)
	}
	var types []string
	for t := range perType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		row("named, typed: "+t, *perType[t])
	}
	row("named mentions, typed", namTyped)
	row("named mentions, span only", namSpan)
	row("all mentions, typed (README metric)", allTyped)
	return nil
}

func meantimeScore(m map[string]*ner.Score, k string) *ner.Score {
	s := m[k]
	if s == nil {
		s = &ner.Score{}
		m[k] = s
	}
	return s
}

// meantimeType maps the project's entity types to MEANTIME's.
func meantimeType(t string) string {
	switch t {
	case newsgraph.EntityPerson:
		return "PER"
	case newsgraph.EntityOrg:
		return "ORG"
	case newsgraph.EntityGPE, newsgraph.EntityLoc:
		return "LOC"
	}
	return ""
}
