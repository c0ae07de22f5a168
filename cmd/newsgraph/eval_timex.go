package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/timex"
)

func init() {
	c := &command{
		name:    "timex",
		usage:   "[--out DIR] [--errors N] DIR",
		summary: "score temporal expressions on TimeML .tml files (TempEval-3 Task A: strict/relaxed extent F1, type accuracy, value F1)",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(c, e)
		out := fs.String("out", "", "write one .tml file per document with the predicted TIMEX3 tags into `DIR` (for score-timex.py)")
		nerr := fs.Int("errors", 0, "print up to `N` misses, false alarms and value errors to stderr")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			fs.Usage()
			return errUsage
		}
		return evalTimex(ctx, e, fs.Arg(0), *out, *nerr)
	}
	registerEval(c)
}

func evalTimex(ctx context.Context, e *env, dir, out string, nerr int) error {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".tml") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("eval timex: reading %s: %w", dir, err)
	}
	if len(files) == 0 {
		return fmt.Errorf("eval timex: no .tml files under %s", dir)
	}
	sort.Strings(files)
	var tot timex.Counts
	var textBytes int
	var errs []string
	type job struct {
		text   string
		anchor time.Time
		ok     bool
	}
	var jobs []job
	for _, p := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("eval timex: %w", err)
		}
		doc, err := timex.ParseTimeML(string(raw))
		if err != nil {
			return fmt.Errorf("eval timex: %s: %w", p, err)
		}
		anchor, ok := timex.ParseAnchor(doc.DCT)
		pred := timex.Find(doc.Text, anchor, ok, nil)
		jobs = append(jobs, job{doc.Text, anchor, ok})
		textBytes += len(doc.Text)
		tot.Add(doc.Text, doc.Times, pred)
		rel, _ := filepath.Rel(dir, p)
		if nerr > 0 {
			errs = append(errs, timexErrors(rel, doc, pred)...)
		}
		if out != "" {
			dst := filepath.Join(out, rel)
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				return fmt.Errorf("eval timex: %w", err)
			}
			id := strings.TrimSuffix(filepath.Base(p), ".tml")
			if err := os.WriteFile(dst, []byte(timex.WriteTimeML(id, doc.DCT, doc.Text, pred)), 0o644); err != nil {
				return fmt.Errorf("eval timex: %w", err)
			}
		}
	}
	for k, s := range errs {
		if k >= nerr {
			fmt.Fprintf(e.stderr, "... %d more\n", len(errs)-nerr)
			break
		}
		fmt.Fprintln(e.stderr, s)
	}
	sp, sr, sf := tot.Strict3()
	rp, rr, rf := tot.Relaxed3()
	w := e.stdout
	fmt.Fprintf(w, "docs %d  gold timexes %d  predicted timexes %d\n", len(files), tot.Gold, tot.Pred)
	fmt.Fprintf(w, "strict   P %.4f  R %.4f  F1 %.4f\n", sp, sr, sf)
	fmt.Fprintf(w, "relaxed  P %.4f  R %.4f  F1 %.4f\n", rp, rr, rf)
	fmt.Fprintf(w, "type     acc %.4f  F1 %.4f\n", tot.TypeAcc(), rf*tot.TypeAcc())
	fmt.Fprintf(w, "value    acc %.4f  F1 %.4f\n", tot.ValueAcc(), tot.ValueF1())
	// throughput: the fastest of five passes over all texts (the machine may be shared)
	var elapsed time.Duration
	for pass := 0; pass < 5; pass++ {
		start := time.Now()
		for _, j := range jobs {
			timex.Find(j.text, j.anchor, j.ok, nil)
		}
		if d := time.Since(start); pass == 0 || d < elapsed {
			elapsed = d
		}
	}
	mbps := 0.0
	if elapsed > 0 {
		mbps = float64(textBytes) / 1e6 / elapsed.Seconds()
	}
	fmt.Fprintf(w, "speed    %d bytes of text in %s: %.1f MB/s (one goroutine, fastest of 5 passes)\n", textBytes, elapsed.Round(time.Microsecond), mbps)
	fmt.Fprintf(w, "strictF1 %.3f relaxedF1 %.3f valueF1 %.3f typeAcc %.3f N %d\n", sf, rf, tot.ValueF1(), tot.TypeAcc(), len(files))
	return nil
}

// timexErrors lists misses, false alarms and attribute errors of one document
// (a simple overlap pairing, for reading; the scores use Counts.Add).
func timexErrors(rel string, doc *timex.TimeMLDoc, pred []newsgraph.Time) []string {
	var out []string
	used := make([]bool, len(pred))
	for _, g := range doc.Times {
		found := -1
		for k, p := range pred {
			if !used[k] && p.Start < g.End && g.Start < p.End {
				found = k
				break
			}
		}
		if found < 0 {
			out = append(out, fmt.Sprintf("MISS   %s %q %s %s", rel, g.Text, g.Type, g.Value))
			continue
		}
		used[found] = true
		p := pred[found]
		if p.Value != g.Value || !strings.EqualFold(p.Type, g.Type) {
			out = append(out, fmt.Sprintf("ATTR   %s gold %q %s %s | pred %q %s %s", rel, g.Text, g.Type, g.Value, p.Text, p.Type, p.Value))
		} else if p.Start != g.Start || p.End != g.End {
			out = append(out, fmt.Sprintf("EXTENT %s gold %q | pred %q", rel, g.Text, p.Text))
		}
	}
	for k, p := range pred {
		if !used[k] {
			out = append(out, fmt.Sprintf("EXTRA  %s %q %s %s", rel, p.Text, p.Type, p.Value))
		}
	}
	return out
}
