// Package timex finds temporal expressions in news text and normalises them
// TIMEX3-style (TimeML) against the article's publication date: "Tuesday",
// "last August", "the third quarter", "for 12 years", "every week",
// "4:49 p.m. ET", "two years ago", "recently".
//
// The recogniser is a hand-written grammar over a light tokenisation of the
// raw text (no regular expressions, linear in the text), with tense guessed from
// the sentence to resolve weekdays and month names that come without a year.
// Extents follow the TimeBank conventions: leading determiners and modifiers
// are part of the expression ("the past two months", "about a decade",
// "late November"), prepositions are not ("in 1998", "for 12 years").
//
// Without a publication date nothing is anchored on the clock: relative
// expressions keep X placeholders ("XXXX-XX-XX", "XXXX-WXX-2", "XXXX-05-03").
package timex

import (
	"context"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// Stage fills Article.Times. The zero value is ready to use.
type Stage struct{}

// Name returns "timex".
func (Stage) Name() string { return "timex" }

// Annotate finds every temporal expression in a.Body, anchored on a.Published.
// When the publication date is missing or unreadable it records a warning and
// leaves relative expressions unresolved.
func (Stage) Annotate(ctx context.Context, a *newsgraph.Article) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	anchor, ok := ParseAnchor(a.Published)
	if !ok {
		if a.Published == "" {
			a.Warn("timex: no publication date; relative times left unresolved")
		} else {
			a.Warn("timex: unreadable publication date " + quote(a.Published) + "; relative times left unresolved")
		}
	}
	a.Times = Find(a.Body, anchor, ok, a.Sentences)
	return nil
}

func quote(s string) string {
	if len(s) > 40 {
		s = s[:40] + "..."
	}
	return "\"" + s + "\""
}

// ParseAnchor reads an ISO 8601 date or date-time ("2019-03-05",
// "2019-03-05T10:04:00Z", "1998-03-04T18:30", "19980304"). It reports false for
// anything else, including years outside 1..9999.
func ParseAnchor(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	layouts := []string{
		time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05",
		"2006-01-02T15:04:05Z0700", "2006-01-02", "20060102", "2006-01-02T15",
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1 || t.Year() > 9999 {
				return time.Time{}, false
			}
			return t, true
		}
	}
	if len(s) > 10 && s[10] == 'T' || len(s) > 10 && s[10] == ' ' {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// Find returns the temporal expressions of text in order, with byte spans into
// text. anchor is the publication date (used only when hasAnchor); sentences,
// when given, are byte spans of the text's sentences (used to guess tense);
// otherwise Find splits sentences itself.
func Find(text string, anchor time.Time, hasAnchor bool, sentences []newsgraph.Span) []newsgraph.Time {
	f := &finder{text: text, t: lex(text), anchor: anchor, has: hasAnchor, lastMonth: -1}
	if !hasAnchor {
		f.anchor = time.Time{}
	}
	f.segment(sentences)
	f.run()
	return f.out
}

// segment assigns each token a sentence number, from the given spans or from
// punctuation.
func (f *finder) segment(spans []newsgraph.Span) {
	f.sent = make([]int32, len(f.t))
	f.sStart = f.sStart[:0]
	if len(f.t) == 0 {
		f.sStart = append(f.sStart, 0)
		return
	}
	if len(spans) > 0 {
		si := 0
		f.sStart = append(f.sStart, 0)
		for k := range f.t {
			for si+1 < len(spans) && f.tk(k).s >= spans[si+1].Start {
				si++
				if k > f.sStart[len(f.sStart)-1] {
					f.sStart = append(f.sStart, k)
				}
			}
			f.sent[k] = int32(len(f.sStart) - 1)
		}
		return
	}
	f.sStart = append(f.sStart, 0)
	split := -1 // a sentence start found past closing quotes
	for k := range f.t {
		if k == split {
			f.sStart = append(f.sStart, k)
		}
		f.sent[k] = int32(len(f.sStart) - 1)
		tk := f.tk(k)
		if tk.k != kPunct || k+1 >= len(f.t) {
			continue
		}
		end := false
		switch tk.w {
		case "!", "?":
			end = true
		case ".":
			nx := f.tk(k + 1)
			if (nx.cap || nx.k != kWord || nx.nl) && !(k > 0 && f.tk(k-1).k == kWord && f.glued(k) && abbrevBeforePeriod[f.tk(k-1).w]) {
				end = nx.sp || nx.nl
			}
			if !end {
				split = f.afterQuotes(k + 1)
			}
		}
		if !end && f.tk(k+1).nl && k > 0 && f.tk(k).nl {
			end = true
		}
		if end {
			f.sStart = append(f.sStart, k+1)
		}
	}
}

// afterQuotes returns the token after the closing quotes glued at k (the
// quotes of `withdraw." Now, he says`) when it opens a new sentence: a
// capitalised word after a space. Else -1.
func (f *finder) afterQuotes(k int) int {
	j := k
	for j < len(f.t) && (f.w(j) == "\"" || f.w(j) == "'") && !f.tk(j).sp && !f.tk(j).nl {
		j++
	}
	if j == k || j >= len(f.t) || !(f.tk(j).sp || f.tk(j).nl) || !f.tk(j).cap {
		return -1
	}
	return j
}

// SentenceDate returns the date governing a sentence of a: the first DATE (or
// TIME) in the sentence whose value is a resolved calendar date, month, year,
// week or quarter, marked Origin "stated"; else the publication date, marked
// "published"; nil when neither is known. a.Times must have been filled.
func SentenceDate(a *newsgraph.Article, sentence newsgraph.Span) *newsgraph.DateRef {
	best := -1
	for k, t := range a.Times {
		if t.Start < sentence.Start || t.End > sentence.End {
			continue
		}
		if (t.Type == "DATE" || t.Type == "TIME") && resolved(t.Value) {
			// a day beats a coarser date
			if best < 0 || granularity(t.Value) > granularity(a.Times[best].Value) {
				best = k
			}
		}
	}
	if best >= 0 {
		v := a.Times[best].Value
		if i := strings.IndexByte(v, 'T'); i > 0 {
			v = v[:i]
		}
		return &newsgraph.DateRef{Value: v, Origin: "stated", Time: best}
	}
	if t, ok := ParseAnchor(a.Published); ok {
		return &newsgraph.DateRef{Value: t.Format("2006-01-02"), Origin: "published", Time: -1}
	}
	return nil
}

// resolved reports whether a TIMEX3 value names a definite calendar period.
func resolved(v string) bool {
	if len(v) < 4 || strings.Contains(v, "X") || strings.HasSuffix(v, "_REF") || v[0] == 'P' {
		return false
	}
	for i := 0; i < 4; i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}

func granularity(v string) int {
	switch {
	case len(v) >= 10 && v[4] == '-' && v[7] == '-':
		return 4
	case strings.Contains(v, "-W"):
		return 3
	case len(v) == 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '9':
		return 2
	}
	return 1
}
