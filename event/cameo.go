package event

import (
	_ "embed"
	"strconv"
	"strings"
)

//go:embed cameo.tsv
var cameoTSV string

// CAMEOCode is one entry of the CAMEO event code table.
type CAMEOCode struct {
	Code      string  // 2 to 4 digits, e.g. "042"
	Root      string  // the two-digit root, e.g. "04"
	Name      string  // the codebook name, e.g. "Make a visit"
	QuadClass int     // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict (ICEWS convention)
	Goldstein float64 // the Goldstein score (GDELT lookup)
}

var cameoTable = parseCAMEO(cameoTSV)

func parseCAMEO(s string) map[string]CAMEOCode {
	m := make(map[string]CAMEOCode, 320)
	for _, line := range strings.Split(s, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < 5 {
			continue
		}
		q, _ := strconv.Atoi(c[3])
		g, err := strconv.ParseFloat(c[4], 64)
		if err != nil {
			// No score in the table: inherit the parent code's.
			for p := c[0][:len(c[0])-1]; len(p) >= 2; p = p[:len(p)-1] {
				if pc, ok := m[p]; ok {
					g = pc.Goldstein
					break
				}
			}
		}
		m[c[0]] = CAMEOCode{Code: c[0], Root: c[1], Name: c[2], QuadClass: q, Goldstein: g}
	}
	return m
}

// LookupCAMEO returns the table entry of a CAMEO event code.
func LookupCAMEO(code string) (CAMEOCode, bool) {
	c, ok := cameoTable[code]
	return c, ok
}

// rootPLOVER is the coder's own mapping of CAMEO roots to PLOVER v2 types,
// used when a pattern gives only a CAMEO code. Root 01 (plain statements) has
// no PLOVER type; root 08 splits by code (see ploverOf).
var rootPLOVER = map[string]string{
	"02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT",
	"06": "COOPERATE", "07": "AID", "08": "RETREAT", "09": "ACCUSE",
	"10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN",
	"14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
	"18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}

// PLOVERFor returns the PLOVER v2 type of a CAMEO code, "" for plain
// statements (root 01) and unknown codes.
func PLOVERFor(code string) string {
	if len(code) < 2 {
		return ""
	}
	switch {
	case code == "055" || code == "056":
		return "CONCEDE" // apologise, forgive
	case strings.HasPrefix(code, "081"), strings.HasPrefix(code, "082"), strings.HasPrefix(code, "083"):
		return "CONCEDE" // easing restrictions, acceding to demands
	case code == "0871":
		return "CONCEDE" // declared ceasefire
	case strings.HasPrefix(code, "16"):
		return "SANCTION"
	}
	return rootPLOVER[code[:2]]
}
