package newsgraph

// Article is one news article: its clean body, its metadata, what was separated
// out of it, and the annotations the pipeline's stages add. Every annotation is a
// span of byte offsets into Body.
type Article struct {
	ID          string // stable id: hash of the canonical URL when known, else of the normalised body
	Origin      string // where the input came from (path, path:line, URL)
	Format      Format // the input format
	URL         string // canonical URL, "" when unknown
	Source      string // site or publisher name, "" when unknown
	Title       string
	Section     string // e.g. "Politics"
	Dateline    string // e.g. "NAIROBI, Kenya"
	Published   string // ISO 8601 date or date-time, "" when unknown (never guessed from the clock)
	Modified    string // ISO 8601 date or date-time of the last modification, "" when unknown
	Language    string // ISO 639-1 code detected from the text, "" when unknown
	Description string // the page's own summary, if any

	Authors      []string
	Contributors []Contributor

	Body        string
	Boilerplate []Boilerplate
	Images      []Image

	// Annotations, all spans into Body. Tokens and Sentences are the language
	// core's; the others are the understanding layers'.
	Tokens    []Token
	Sentences []Span
	Entities  []Entity
	Quotes    []Quote
	Times     []Time
	Events    []Event

	Warnings []string // what could not be determined and why
	Error    string   // set only when the document could not be processed at all
}

// Warn records something the pipeline could not determine.
func (a *Article) Warn(msg string) { a.Warnings = append(a.Warnings, msg) }

// Text returns the body text a span covers, or "" for a span outside the body.
func (a *Article) Text(s Span) string {
	if !s.Valid(len(a.Body)) {
		return ""
	}
	return a.Body[s.Start:s.End]
}

// Contributor is a reporter credited in the text, with where they reported from
// ("Jane Doe reported from Nairobi").
type Contributor struct {
	Name  string `json:"name"`
	Place string `json:"place,omitempty"`
}

// BoilerplateKind labels text that was separated out of the article body.
type BoilerplateKind string

// The kinds of separated text.
const (
	KindCaption    BoilerplateKind = "caption"
	KindCredit     BoilerplateKind = "credit"
	KindSource     BoilerplateKind = "source"
	KindAuthorBio  BoilerplateKind = "author_bio"
	KindNavigation BoilerplateKind = "navigation"
	KindShare      BoilerplateKind = "share"
	KindRelated    BoilerplateKind = "related"
	KindAd         BoilerplateKind = "ad"
	KindComment    BoilerplateKind = "comment"
	KindOther      BoilerplateKind = "other"
)

// Boilerplate is a piece of page text that is not part of the story, with its kind.
type Boilerplate struct {
	Kind BoilerplateKind `json:"kind"`
	Text string          `json:"text"`
}

// Image is a picture in the article, with its caption and credit when given.
type Image struct {
	URL     string `json:"url"`
	Caption string `json:"caption,omitempty"`
	Credit  string `json:"credit,omitempty"`
}
