package quote

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// firstPerson are the speakers that name whoever is writing or talking. The
// rules find no statements inside a quotation, so outside an interview's
// answers (see interviewee) "I" and "we" are the writer, who is not an entity
// of the article: such a speaker stays unknown rather than taking the nearest
// name.
var firstPerson = set("i", "me", "my", "we", "us", "our")

// IsFirstPerson reports whether a speaker span is in the first person ("I",
// "we", "our"); "US", the country, is not.
func IsFirstPerson(speaker string) bool {
	s := strings.TrimSpace(speaker)
	return s != "US" && firstPerson[strings.ToLower(s)]
}

const (
	// maxLabel bounds the length of an interview speaker label.
	maxLabel = 60
	// answerReach bounds how far back, in bytes, an answer's label is looked
	// for: an interview answer runs a few paragraphs, and a long article
	// with many first-person statements stays linear.
	answerReach = 16 << 10
)

// interviewee returns the entity ID of the person named by the nearest
// speaker label at the start of a paragraph before off, "" when the nearest
// label names nobody in the article's entities (the interviewer) or there is
// none.
func interviewee(a *newsgraph.Article, off int) string {
	body := a.Body
	for end := off; end > 0 && off-end < answerReach; {
		start := strings.LastIndexByte(body[:end], '\n') + 1
		if s, e, ok := speakerLabel(body, start); ok {
			if question(body, start) {
				return "" // the interviewer's question: who answers is not labelled
			}
			return entityWithin(a, s, e)
		}
		if start == 0 {
			break
		}
		end = start - 1
	}
	return ""
}

// speakerLabel finds a label that opens the paragraph at start: a name in
// double parentheses ("((Jane Doe))") or a short capitalised name before a
// colon ("Jane Doe:", "DOE:"), and returns the name's span.
func speakerLabel(body string, start int) (int, int, bool) {
	line := body[start:]
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	if strings.HasPrefix(line, "((") {
		if i := strings.Index(line, "))"); i > 2 && i <= maxLabel {
			return start + 2, start + i, true
		}
		return 0, 0, false
	}
	i := strings.IndexByte(line, ':')
	if i <= 0 || i > maxLabel/2 || i+1 < len(line) && line[i+1] != ' ' {
		return 0, 0, false
	}
	words := strings.Fields(line[:i])
	if len(words) == 0 || len(words) > 4 {
		return 0, 0, false
	}
	for _, w := range words {
		if c := w[0]; c < 'A' || c > 'Z' {
			return 0, 0, false
		}
	}
	return start, start + i, true
}

// question reports whether the paragraph at start ends with a question mark.
func question(body string, start int) bool {
	line := body[start:]
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	return strings.HasSuffix(strings.TrimRight(line, " \t\r\u00a0"), "?")
}

// entityWithin returns the ID of the person whose mention overlaps [s, e), or
// "" when none does.
func entityWithin(a *newsgraph.Article, s, e int) string {
	for _, ent := range a.Entities {
		if ent.Type != newsgraph.EntityPerson {
			continue
		}
		for _, m := range ent.Mentions {
			if m.Start < e && s < m.End {
				return ent.ID
			}
		}
	}
	return ""
}
