package newsgraph

import (
	"encoding/json"
	"unicode/utf8"
)

// runeIndex converts byte offsets into a text to Unicode code point offsets.
type runeIndex struct {
	text  string
	ascii bool
	// cum[i] is the number of code points before byte i, built lazily for non-ASCII text.
	cum []int32
}

func newRuneIndex(text string) *runeIndex {
	ri := &runeIndex{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ri.ascii = false
			break
		}
	}
	if !ri.ascii {
		ri.cum = make([]int32, len(text)+1)
		n := int32(0)
		for i := 0; i < len(text); {
			_, size := utf8.DecodeRuneInString(text[i:])
			for j := 0; j < size; j++ {
				ri.cum[i+j] = n
			}
			n++
			i += size
		}
		ri.cum[len(text)] = n
	}
	return ri
}

// at returns the code point offset of byte offset b, clamped to the text.
func (ri *runeIndex) at(b int) int {
	if b < 0 {
		b = 0
	}
	if b > len(ri.text) {
		b = len(ri.text)
	}
	if ri.ascii {
		return b
	}
	return int(ri.cum[b])
}

// TextSpan is the JSON form of a span: its text and code point offsets.
type TextSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

func (ri *runeIndex) span(s Span, text string) TextSpan {
	return TextSpan{Text: text, Start: ri.at(s.Start), End: ri.at(s.End)}
}

func (ri *runeIndex) optSpan(m Mention) *TextSpan {
	if m.Start == 0 && m.End == 0 && m.Text == "" {
		return nil
	}
	ts := ri.span(m.Span, m.Text)
	return &ts
}

type entityJSON struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Type     string     `json:"type"`
	Country  *string    `json:"country"`
	Roles    []string   `json:"roles"`
	Orgs     []string   `json:"orgs"`
	Mentions []TextSpan `json:"mentions"`
}

type dateJSON struct {
	Value  string `json:"value"`
	Origin string `json:"origin"`
	Time   *int   `json:"time,omitempty"`
}

func dateOut(d *DateRef) *dateJSON {
	if d == nil {
		return nil
	}
	out := &dateJSON{Value: d.Value, Origin: d.Origin}
	if d.Origin == "stated" && d.Time >= 0 {
		t := d.Time
		out.Time = &t
	}
	return out
}

type quoteJSON struct {
	Text        string    `json:"text"`
	Start       int       `json:"start"`
	End         int       `json:"end"`
	Pieces      [][2]int  `json:"pieces,omitempty"`
	Kind        string    `json:"kind"`
	Stance      string    `json:"stance,omitempty"`
	Cue         *TextSpan `json:"cue"`
	Speaker     *string   `json:"speaker"`
	Speakers    []string  `json:"speakers,omitempty"`
	SpeakerText *TextSpan `json:"speaker_text"`
	Date        *dateJSON `json:"date"`
	Claim       *int      `json:"claim,omitempty"`
}

type timeJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
}

type eventJSON struct {
	PLOVER     string    `json:"plover"`
	Mode       string    `json:"mode,omitempty"`
	Context    []string  `json:"context,omitempty"`
	CAMEO      string    `json:"cameo"`
	QuadClass  int       `json:"quad_class"`
	Goldstein  float64   `json:"goldstein"`
	Source     []Actor   `json:"source"`
	Target     []Actor   `json:"target"`
	Date       *dateJSON `json:"date"`
	Place      *string   `json:"place"`
	Status     string    `json:"status"`
	ReportedBy *string   `json:"reported_by"`
	Start      int       `json:"start"`
	End        int       `json:"end"`
	Trigger    TextSpan  `json:"trigger"`
	Answers    *int      `json:"answers,omitempty"` // index in events of the claim this event denies or answers
}

// ArticleJSON is the public output record of an article: the contract of
// `newsgraph extract`. Offsets are Unicode code point offsets into Body.
type ArticleJSON struct {
	ID           string        `json:"id"`
	Origin       string        `json:"origin,omitempty"`
	Format       Format        `json:"format,omitempty"`
	URL          *string       `json:"url"`
	Source       *string       `json:"source"`
	Title        *string       `json:"title"`
	Section      *string       `json:"section"`
	Dateline     *string       `json:"dateline"`
	Published    *string       `json:"published"`
	Modified     *string       `json:"modified,omitempty"`
	Language     *string       `json:"language"`
	Description  *string       `json:"description,omitempty"`
	Authors      []string      `json:"authors"`
	Contributors []Contributor `json:"contributors"`
	Body         string        `json:"body"`
	Boilerplate  []Boilerplate `json:"boilerplate"`
	Images       []Image       `json:"images"`
	Sentences    [][2]int      `json:"sentences,omitempty"`
	Entities     []entityJSON  `json:"entities"`
	Quotes       []quoteJSON   `json:"quotes"`
	Times        []timeJSON    `json:"times"`
	Events       []eventJSON   `json:"events"`
	Warnings     []string      `json:"warnings"`
	Error        string        `json:"error,omitempty"`
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// JSON returns the public output record of the article, with every offset
// converted from bytes to Unicode code points.
func (a *Article) JSON() *ArticleJSON {
	ri := newRuneIndex(a.Body)
	out := &ArticleJSON{
		ID: a.ID, Origin: a.Origin, Format: a.Format,
		URL: nullable(a.URL), Source: nullable(a.Source), Title: nullable(a.Title),
		Section: nullable(a.Section), Dateline: nullable(a.Dateline),
		Published: nullable(a.Published), Modified: nullable(a.Modified),
		Language: nullable(a.Language), Description: nullable(a.Description),
		Authors: orEmpty(a.Authors), Contributors: orEmpty(a.Contributors),
		Body: a.Body, Boilerplate: orEmpty(a.Boilerplate), Images: orEmpty(a.Images),
		Entities: []entityJSON{}, Quotes: []quoteJSON{}, Times: []timeJSON{}, Events: []eventJSON{},
		Warnings: orEmpty(a.Warnings), Error: a.Error,
	}
	for _, s := range a.Sentences {
		out.Sentences = append(out.Sentences, [2]int{ri.at(s.Start), ri.at(s.End)})
	}
	for _, e := range a.Entities {
		ej := entityJSON{ID: e.ID, Name: e.Name, Type: e.Type, Country: nullable(e.Country),
			Roles: orEmpty(e.Roles), Orgs: orEmpty(e.Orgs), Mentions: []TextSpan{}}
		for _, m := range e.Mentions {
			ej.Mentions = append(ej.Mentions, ri.span(m.Span, m.Text))
		}
		out.Entities = append(out.Entities, ej)
	}
	for _, q := range a.Quotes {
		qj := quoteJSON{Text: q.Text, Start: ri.at(q.Start), End: ri.at(q.End), Kind: q.Kind,
			Cue: ri.optSpan(q.Cue), Speaker: nullable(q.Speaker), Speakers: q.Speakers, SpeakerText: ri.optSpan(q.SpeakerText),
			Date: dateOut(q.Date), Stance: q.Stance}
		for _, p := range q.Pieces {
			qj.Pieces = append(qj.Pieces, [2]int{ri.at(p.Start), ri.at(p.End)})
		}
		if q.Claim >= 0 {
			c := q.Claim
			qj.Claim = &c
		}
		out.Quotes = append(out.Quotes, qj)
	}
	for _, t := range a.Times {
		out.Times = append(out.Times, timeJSON{Text: t.Text, Start: ri.at(t.Start), End: ri.at(t.End),
			Type: t.Type, Value: t.Value, Mod: t.Mod})
	}
	for _, e := range a.Events {
		var answers *int
		if i, ok := e.Answered(); ok {
			answers = &i
		}
		out.Events = append(out.Events, eventJSON{Answers: answers, PLOVER: e.PLOVER, Mode: e.Mode, Context: e.Context,
			CAMEO: e.CAMEO, QuadClass: e.QuadClass, Goldstein: e.Goldstein,
			Source: orEmpty(e.Source), Target: orEmpty(e.Target), Date: dateOut(e.Date),
			Place: nullable(e.Place), Status: e.Status, ReportedBy: nullable(e.ReportedBy),
			Start: ri.at(e.Sentence.Start), End: ri.at(e.Sentence.End),
			Trigger: ri.span(e.Trigger.Span, e.Trigger.Text)})
	}
	return out
}

// MarshalJSON writes the article's public record (see Article.JSON).
func (a *Article) MarshalJSON() ([]byte, error) { return json.Marshal(a.JSON()) }
