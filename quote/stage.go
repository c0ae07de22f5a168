package quote

import (
	"context"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// Stage is the pipeline stage that fills Article.Quotes. It reads the
// article's tokens and sentences (tokenizing the body itself when the tokenize
// stage did not run) and resolves speakers to Article.Entities when present.
type Stage struct {
	// DateOf, when set, gives each quote the date governing its cue's
	// sentence; the pipeline sets it to timex.SentenceDate (a stated date in
	// the sentence, else the publication date). Nil leaves Quote.Date nil.
	DateOf func(a *newsgraph.Article, sentence newsgraph.Span) *newsgraph.DateRef
}

// Name returns "quote".
func (Stage) Name() string { return "quote" }

// Annotate replaces a.Quotes with the statements of a.Body and adds a warning
// for broken quotation structure (marks that never close, stray closing marks).
func (s Stage) Annotate(ctx context.Context, a *newsgraph.Article) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ats, warns := Extract(a)
	for _, w := range warns {
		a.Warn(w)
	}
	a.Quotes = Quotes(a, ats)
	if s.DateOf != nil {
		for i := range a.Quotes {
			a.Quotes[i].Date = s.DateOf(a, ats[i].Sentence)
		}
	}
	return nil
}

// Quotes turns attributions into newsgraph.Quotes: content text, kind, cue,
// speaker span, the speaker's entity ID when it can be resolved within the
// article, and claim groups.
func Quotes(a *newsgraph.Article, ats []Attribution) []newsgraph.Quote {
	if len(ats) == 0 {
		return nil
	}
	out := make([]newsgraph.Quote, len(ats))
	r := newResolver(a)
	var firsts []int // statements whose speaker speaks in the first person
	for i, at := range ats {
		q := newsgraph.Quote{Span: at.Content(), Kind: at.Kind, Claim: -1}
		parts := make([]string, 0, len(at.Pieces))
		for _, p := range at.Pieces {
			parts = append(parts, a.Text(p))
		}
		q.Text = strings.Join(parts, " … ")
		if len(at.Pieces) > 1 {
			q.Pieces = append([]newsgraph.Span(nil), at.Pieces...)
		}
		q.Stance = "asserts"
		if Polarity(at, a.Body) < 0 {
			q.Stance = "denies"
		}
		if at.Cue.End > at.Cue.Start {
			q.Cue = newsgraph.Mention{Span: at.Cue, Text: a.Text(at.Cue)}
		}
		if at.Source.End > at.Source.Start {
			q.SpeakerText = newsgraph.Mention{Span: at.Source, Text: a.Text(at.Source)}
			switch ids := r.joint(at.Source); {
			case ids != nil:
				q.Speakers = ids // "Norway and Chile agreed": no single speaker
			case IsFirstPerson(q.SpeakerText.Text):
				firsts = append(firsts, i)
			default:
				q.Speaker = r.resolve(at.Source)
			}
		}
		out[i] = q
	}
	for _, i := range firsts {
		out[i].Speaker = interviewee(a, ats[i].Cue.Start)
	}
	groupClaims(a, ats, out)
	return out
}

// CueClass names the class of a cue text: "speech", "belief", "finding",
// "according", "punct" (a colon or dash) or "other". It is used to report
// recall by kind.
func CueClass(cue string) string {
	f := strings.Fields(strings.ToLower(cue))
	if len(f) == 0 {
		return "none"
	}
	if f[0] == "according" {
		return "according"
	}
	for i := len(f) - 1; i >= 0; i-- {
		w := strings.Trim(f[i], ".,:;")
		if ci, ok := cueWords[w]; ok {
			switch ci.class {
			case classBelief:
				return "belief"
			case classFinding:
				return "finding"
			default:
				return "speech"
			}
		}
	}
	if strings.Trim(cue, " :―—–-\u00a0") == "" {
		return "punct"
	}
	return "other"
}

// IsPronoun reports whether a speaker span is a personal or relative pronoun
// ("he", "They", "who").
func IsPronoun(speaker string) bool {
	w := strings.ToLower(strings.TrimSpace(speaker))
	return personPronouns[w] || groupPronouns[w] || w == "you" || w == "who"
}
