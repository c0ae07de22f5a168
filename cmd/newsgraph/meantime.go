package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph"
)

// meantimeDoc is the part of a MEANTIME docs.jsonl record the evaluations
// read: the text, the publication date and the gold annotation.
type meantimeDoc struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Text      string `json:"text"`
	Gold      struct {
		Markables []meantimeMarkable `json:"markables"`
		Instances []meantimeInstance `json:"instances"`
		Relations []meantimeRelation `json:"relations"`
	} `json:"gold"`
}

// meantimeMarkable is one annotated span (an entity or event mention, a
// TIMEX3), its offsets in code points into the text.
type meantimeMarkable struct {
	ID    string            `json:"id"`
	Tag   string            `json:"tag"`
	Start int               `json:"start"`
	End   int               `json:"end"`
	Attrs map[string]string `json:"attrs"`
}

// meantimeInstance is one unanchored instance (an entity, an event).
type meantimeInstance struct {
	ID    string            `json:"id"`
	Tag   string            `json:"tag"`
	Attrs map[string]string `json:"attrs"`
}

// meantimeRelation links markables and instances (REFERS_TO is coreference).
type meantimeRelation struct {
	Type    string   `json:"type"`
	Sources []string `json:"sources"`
	Targets []string `json:"targets"`
}

var meantimeTypes = map[string]string{"PER": newsgraph.EntityPerson, "ORG": newsgraph.EntityOrg,
	"LOC": newsgraph.EntityGPE}

// byteOffsets maps code point offsets into d.Text to byte offsets; index
// len(result)-1 is the end of the text.
func (d *meantimeDoc) byteOffsets() []int {
	byteAt := make([]int, 0, len(d.Text)+1)
	for i := range d.Text {
		byteAt = append(byteAt, i)
	}
	return append(byteAt, len(d.Text))
}

// referents maps each markable ID that refers to exactly one instance to
// that instance's ID.
func (d *meantimeDoc) referents() map[string]string {
	inst := map[string]string{}
	for _, r := range d.Gold.Relations {
		if r.Type == "REFERS_TO" && len(r.Targets) == 1 {
			for _, s := range r.Sources {
				inst[s] = r.Targets[0]
			}
		}
	}
	return inst
}

// readMeantime calls each for every document of the docs.jsonl at path, in
// order; errors name the command, the file and the line.
func readMeantime(ctx context.Context, command, path string, each func(d *meantimeDoc) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%s: %w", command, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		var d meantimeDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return fmt.Errorf("%s: %s line %d: %w", command, path, line, err)
		}
		if err := each(&d); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %s: %w", command, path, err)
	}
	return nil
}
