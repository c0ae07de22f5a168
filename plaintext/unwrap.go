package plaintext

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Hard-wrapped text (a terminal browser's dump, a plain-text e-mail) breaks
// paragraphs into lines of about the same width and separates paragraphs with
// blank lines. unwrap joins such lines back into one line per paragraph.
const (
	minWrapLines = 8   // lines of some length needed to tell the wrap width
	maxWrapWidth = 110 // wider than this, lines are not hard-wrapped
	minWrapShare = 0.5 // share of long lines close to the wrap width
	wrapSlack    = 0.6 // a line shorter than this share of the width ends its paragraph
)

// unwrap returns text with hard-wrapped paragraphs joined, and whether it did.
func unwrap(text string) (string, bool) {
	if !strings.Contains(text, "\n\n") && !strings.Contains(text, "\n \n") {
		return text, false
	}
	raw := strings.Split(text, "\n")
	var lens []int
	for _, l := range raw {
		if n := utf8.RuneCountInString(strings.TrimSpace(l)); n >= 20 {
			lens = append(lens, n)
		}
	}
	if len(lens) < minWrapLines {
		return text, false
	}
	sort.Ints(lens)
	width := lens[len(lens)*9/10]
	if width > maxWrapWidth {
		return text, false
	}
	near := 0
	for _, n := range lens {
		if float64(n) >= wrapSlack*float64(width) && n <= width+1 {
			near++
		}
	}
	if float64(near) < minWrapShare*float64(len(lens)) {
		return text, false
	}
	var out []string
	var cur strings.Builder // the paragraph being built
	open := false           // whether its last line was wrapped
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	last := ""
	for _, l := range raw {
		l = strings.TrimSpace(l)
		switch {
		case l == "":
			flush()
			open = false
			continue
		case cur.Len() > 0 && open:
			if !strings.HasSuffix(last, "-") || strings.HasSuffix(last, " -") {
				cur.WriteByte(' ')
			} // else a word broken at the line end keeps its hyphen: it may be a compound
		default:
			flush()
		}
		cur.WriteString(l)
		last = l
		open = float64(utf8.RuneCountInString(l)) >= wrapSlack*float64(width)
	}
	flush()
	return strings.Join(out, "\n"), true
}
