package gazetteer

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Formats of user actor files.
const (
	FormatCSV  = "csv"  // comma-separated, header row (tab-separated with ".tsv" files)
	FormatJSON = "json" // a JSON array of objects, {"actors": [...]}, or one object a line
)

// LoadFile reads a user's actor file, choosing the format from the extension
// (.json, .jsonl, .csv, .tsv) or, failing that, from its first character.
func LoadFile(path string) ([]Entry, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: reading actor file: %w", err)
	}
	format := FormatCSV
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json", ".jsonl", ".ndjson":
		format = FormatJSON
	case ".csv", ".tsv", ".txt":
	default:
		if t := bytes.TrimSpace(b); len(t) > 0 && (t[0] == '[' || t[0] == '{') {
			format = FormatJSON
		}
	}
	sep := ','
	if strings.EqualFold(filepath.Ext(path), ".tsv") {
		sep = '\t'
	}
	entries, err := load(bytes.NewReader(b), format, sep)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for i := range entries {
		entries[i].Source = path
	}
	return entries, nil
}

// Load reads a user's actor file in format (FormatCSV or FormatJSON).
//
// CSV has a header row naming its columns, in any order: name (required),
// aliases (separated by "|" or ";"), type (PERSON, ORG, GPE, LOC, NORP, MISC; also
// PER; default PERSON), country (alpha-3, alpha-2 or name), role, sectors
// (PLOVER codes, e.g. "GOV" or "GOV|MIL"), valid_from and valid_to (YYYY,
// YYYY-MM or YYYY-MM-DD; "from"/"to" also accepted). JSON objects have the same
// keys; aliases and sectors may be arrays or strings.
//
// Each entry's Kind is KindActor and its Source "user"; LoadFile sets the path.
func Load(r io.Reader, format string) ([]Entry, error) {
	return load(r, strings.ToLower(format), ',')
}

func load(r io.Reader, format string, sep rune) ([]Entry, error) {
	var (
		rows []map[string]any
		err  error
	)
	switch format {
	case FormatCSV, "tsv":
		if format == "tsv" {
			sep = '\t'
		}
		rows, err = readCSV(r, sep)
	case FormatJSON:
		rows, err = readJSON(r)
	default:
		return nil, fmt.Errorf("gazetteer: unknown actor file format %q (want csv or json)", format)
	}
	if err != nil {
		return nil, err
	}
	out := make([]Entry, 0, len(rows))
	for i, row := range rows {
		e, err := entryFromRow(row)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: actor %d: %w", i+1, err)
		}
		out = append(out, e)
	}
	return out, nil
}

func readCSV(r io.Reader, sep rune) ([]map[string]any, error) {
	cr := csv.NewReader(r)
	cr.Comma = sep
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	cr.Comment = '#'
	head, err := cr.Read()
	if err == io.EOF {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("gazetteer: reading actor CSV header: %w", err)
	}
	for i := range head {
		head[i] = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(head[i], "\ufeff")))
	}
	var rows []map[string]any
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("gazetteer: reading actor CSV: %w", err)
		}
		row := map[string]any{}
		for i, v := range rec {
			if i < len(head) {
				row[head[i]] = strings.TrimSpace(v)
			}
		}
		rows = append(rows, row)
	}
}

func readJSON(r io.Reader) ([]map[string]any, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: reading actor JSON: %w", err)
	}
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return nil, nil
	}
	if b[0] == '[' {
		var rows []map[string]any
		if err := json.Unmarshal(b, &rows); err != nil {
			return nil, fmt.Errorf("gazetteer: reading actor JSON array: %w", err)
		}
		return rows, nil
	}
	var wrapped struct {
		Actors []map[string]any `json:"actors"`
	}
	if err := json.Unmarshal(b, &wrapped); err == nil && wrapped.Actors != nil {
		return wrapped.Actors, nil
	}
	// JSON Lines.
	var rows []map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	for {
		var row map[string]any
		err := dec.Decode(&row)
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("gazetteer: reading actor JSON object %d: %w", len(rows)+1, err)
		}
		rows = append(rows, row)
	}
}

func field(row map[string]any, names ...string) any {
	for _, n := range names {
		if v, ok := row[n]; ok && v != nil {
			return v
		}
	}
	return nil
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case float64:
		return strings.TrimSpace(fmt.Sprint(x))
	}
	return ""
}

func list(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		for _, p := range strings.FieldsFunc(x, func(r rune) bool { return r == '|' || r == ';' }) {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	case []any:
		for _, y := range x {
			if s := str(y); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

var typeNames = map[string]string{
	"PERSON": "PERSON", "PER": "PERSON", "PEOPLE": "PERSON", "ORG": "ORG", "ORGANIZATION": "ORG",
	"ORGANISATION": "ORG", "GPE": "GPE", "LOC": "LOC", "LOCATION": "LOC", "NORP": "NORP", "MISC": "MISC",
}

func entryFromRow(row map[string]any) (Entry, error) {
	e := Entry{
		Name:      str(field(row, "name")),
		Aliases:   list(field(row, "aliases", "alias")),
		Kind:      KindActor,
		Country:   strings.ToUpper(str(field(row, "country"))),
		Role:      str(field(row, "role")),
		ValidFrom: str(field(row, "valid_from", "from", "start")),
		ValidTo:   str(field(row, "valid_to", "to", "end")),
		Source:    "user",
	}
	if e.Name == "" {
		return e, errors.New("no name")
	}
	typ := strings.ToUpper(str(field(row, "type")))
	if typ == "" {
		typ = "PERSON"
	}
	t, ok := typeNames[typ]
	if !ok {
		return e, fmt.Errorf("%q: unknown type %q (want PERSON, ORG, GPE, LOC, NORP or MISC)", e.Name, typ)
	}
	e.Type = t
	for _, s := range list(field(row, "sectors", "sector")) {
		e.Sectors = append(e.Sectors, sectors(s)...)
	}
	if e.ValidFrom != "" && normDate(e.ValidFrom, false) == "" {
		return e, fmt.Errorf("%q: valid_from %q is not YYYY, YYYY-MM or YYYY-MM-DD", e.Name, e.ValidFrom)
	}
	if e.ValidTo != "" && normDate(e.ValidTo, true) == "" {
		return e, fmt.Errorf("%q: valid_to %q is not YYYY, YYYY-MM or YYYY-MM-DD", e.Name, e.ValidTo)
	}
	return e, nil
}
