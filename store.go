package newsgraph

import (
	"context"
	"errors"
)

// ErrNotFound is returned by a Store when the article, entity or group asked
// for does not exist.
var ErrNotFound = errors.New("not found")

// Store is the knowledge base that `newsgraph ingest` writes and `newsgraph
// serve` reads. The SQLite store (package sqlite) implements it; a PostgreSQL
// store can implement the same interface and pass the same tests.
//
// Entities are linked across articles by canonical name, type and country and
// get a global, stable ID (a hash of those three), so that every writer of a
// shared store agrees on it. Aggregates (timelines, networks, counts) count a
// story once: only the primary copy of each near-duplicate group is counted.
type Store interface {
	ArticleService
	EntityService
	QuoteService
	EventService
	// Stats returns the store's counts.
	Stats(ctx context.Context) (*StoreStats, error)
	// Close releases the store.
	Close() error
}

// ArticleService stores and finds articles.
type ArticleService interface {
	// PutArticles stores a batch of articles in one transaction: either all of
	// them are committed or none. An article whose ID is already stored with
	// the same content is left as is (Unchanged); with changed content it is
	// replaced (Updated). Articles with Error set are not stored (Skipped).
	PutArticles(ctx context.Context, as []*Article) ([]PutResult, error)
	// Article returns one stored article with all its annotations.
	Article(ctx context.Context, id string) (*StoredArticle, error)
	// SearchArticles finds articles matching f, newest first (best match first
	// when f.Query is set), and the total number of matches.
	SearchArticles(ctx context.Context, f ArticleFilter) ([]*ArticleHit, int, error)
	// DuplicateGroups lists the groups of near-duplicate articles with more
	// than one member, largest first.
	DuplicateGroups(ctx context.Context, f Page) ([]*DuplicateGroup, error)
}

// EntityService finds the entities linked across articles.
type EntityService interface {
	// Entities lists entities matching f, most mentioned first.
	Entities(ctx context.Context, f EntityFilter) ([]*EntitySummary, error)
	// Entity returns one entity with its roles, affiliations and mentions per day.
	Entity(ctx context.Context, id string) (*EntityDetail, error)
}

// QuoteService finds attributed statements.
type QuoteService interface {
	// Quotes lists quotes matching f, newest first.
	Quotes(ctx context.Context, f QuoteFilter) ([]*QuoteRecord, error)
}

// EventService finds coded events and their aggregates.
type EventService interface {
	// Events lists events matching f, newest first.
	Events(ctx context.Context, f EventFilter) ([]*EventRecord, error)
	// Timeline counts events matching f per day and quad class.
	Timeline(ctx context.Context, f EventFilter) ([]TimelineBucket, error)
	// Network returns the actor network of the events matching f.
	Network(ctx context.Context, f EventFilter) (*Network, error)
}

// PutOutcome tells what PutArticles did with one article.
type PutOutcome string

// The outcomes of storing an article.
const (
	Inserted  PutOutcome = "inserted"
	Updated   PutOutcome = "updated"
	Unchanged PutOutcome = "unchanged"
	Skipped   PutOutcome = "skipped"
)

// PutResult is the outcome of storing one article.
type PutResult struct {
	ID      string
	Outcome PutOutcome
	Group   string // the ID of the near-duplicate group's first article
	Primary bool   // whether the article is its group's primary copy
}

// Page limits a listing.
type Page struct {
	Limit  int // 0 means a default chosen by the store
	Offset int
}

// ArticleFilter selects articles. Zero fields do not filter.
type ArticleFilter struct {
	Query     string // full-text query over titles and bodies (plain words; quoted phrases)
	Entity    string // global entity ID mentioned in the article
	Country   string // ISO 3166 alpha-3 of an entity mentioned
	EventType string // PLOVER type or CAMEO code prefix of an event in the article
	Source    string // publisher or site name
	From, To  string // publication date range, inclusive, YYYY-MM-DD
	Primary   bool   // only the primary copy of each near-duplicate group
	Page
}

// ArticleHit is one search result.
type ArticleHit struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Snippet   string `json:"snippet"` // plain text; matched words are not marked up
	Group     string `json:"group"`
	Primary   bool   `json:"primary"`
	Copies    int    `json:"copies"` // members of the article's near-duplicate group
}

// StoredArticle is an article as the store holds it, with what the store adds.
type StoredArticle struct {
	Article *Article
	// EntityIDs maps the article's local entity IDs ("e3") to global ones.
	EntityIDs map[string]string
	Group     string
	Primary   bool
	// Copies are the other members of the article's near-duplicate group.
	Copies   []*ArticleHit
	Ingested string // RFC 3339 time the article was last written
}

// EntityFilter selects entities. Zero fields do not filter.
type EntityFilter struct {
	Query   string // name prefix or words, case-insensitive
	Type    string
	Country string
	Page
}

// EntitySummary is one entity in a listing.
type EntitySummary struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Type     string `json:"type"`
	Country  string `json:"country"`
	Articles int    `json:"articles"` // distinct stories (primary copies) mentioning it
	Mentions int    `json:"mentions"`
}

// DateCount is a count on one day.
type DateCount struct {
	Date  string `json:"date"` // YYYY-MM-DD
	Count int    `json:"count"`
}

// EntityDetail is one entity's page.
type EntityDetail struct {
	EntitySummary
	Roles    []string    `json:"roles"`
	Orgs     []string    `json:"orgs"`
	Names    []string    `json:"names"` // surface forms seen
	PerDay   []DateCount `json:"per_day"`
	Quotes   int         `json:"quotes"`
	AsSource int         `json:"as_source"` // events with the entity as source actor
	AsTarget int         `json:"as_target"`
}

// QuoteFilter selects quotes. Zero fields do not filter.
type QuoteFilter struct {
	Query    string // full-text query over quote texts
	Speaker  string // global entity ID of the speaker
	From, To string // date range of the article, inclusive, YYYY-MM-DD
	Page
}

// QuoteRecord is one stored quote with its article and speaker.
type QuoteRecord struct {
	Article     string `json:"article"`
	Title       string `json:"title"`
	Published   string `json:"published"`
	Text        string `json:"text"`
	Kind        string `json:"kind"`
	Speaker     string `json:"speaker"` // global entity ID, "" when unresolved
	SpeakerName string `json:"speaker_name"`
	Date        string `json:"date"`
}

// EventFilter selects events. Zero fields do not filter.
type EventFilter struct {
	Entity    string // global entity ID as source or target actor
	Country   string // ISO 3166 alpha-3 of an actor
	EventType string // PLOVER type or CAMEO code prefix
	QuadClass int    // 1-4, 0 for all
	From, To  string // event date range, inclusive, YYYY-MM-DD
	// AllCopies counts every copy of a syndicated story; by default only the
	// primary copy of each near-duplicate group counts.
	AllCopies bool
	Page
}

// EventRecord is one stored event, flattened GDELT-style.
type EventRecord struct {
	Article       string   `json:"article"`
	Date          string   `json:"date"`
	PLOVER        string   `json:"plover"`
	CAMEO         string   `json:"cameo"`
	QuadClass     int      `json:"quad_class"`
	Goldstein     float64  `json:"goldstein"`
	Status        string   `json:"status"`
	Source        []Actor  `json:"source"`
	Target        []Actor  `json:"target"`
	SourceIDs     []string `json:"source_ids"` // global entity IDs, "" where unresolved
	TargetIDs     []string `json:"target_ids"`
	Place         string   `json:"place"`
	Trigger       string   `json:"trigger"`
	Sentence      string   `json:"sentence"`
	URL           string   `json:"url"`
	ArticleSource string   `json:"article_source"`
}

// TimelineBucket counts events on one day in one quad class.
type TimelineBucket struct {
	Date      string `json:"date"`
	QuadClass int    `json:"quad_class"`
	Count     int    `json:"count"`
}

// Network is an actor network: nodes are actors, edges count events between
// them split by cooperation (quad classes 1-2) and conflict (3-4).
type Network struct {
	Nodes []NetworkNode `json:"nodes"`
	Edges []NetworkEdge `json:"edges"`
}

// NetworkNode is one actor of a Network.
type NetworkNode struct {
	ID      string `json:"id"` // global entity ID, or "name:<name>" for unresolved actors
	Name    string `json:"name"`
	Country string `json:"country"`
	Type    string `json:"type"`
	Events  int    `json:"events"`
}

// NetworkEdge links a source actor to a target actor.
type NetworkEdge struct {
	Source      string `json:"source"`
	Target      string `json:"target"`
	Cooperation int    `json:"cooperation"`
	Conflict    int    `json:"conflict"`
}

// DuplicateGroup is a set of copies of one story.
type DuplicateGroup struct {
	ID      string        `json:"id"`
	Primary string        `json:"primary"`
	Members []*ArticleHit `json:"members"`
}

// StoreStats counts what a store holds.
type StoreStats struct {
	Articles int `json:"articles"`
	Groups   int `json:"groups"` // distinct stories
	Entities int `json:"entities"`
	Mentions int `json:"mentions"`
	Quotes   int `json:"quotes"`
	Times    int `json:"times"`
	Events   int `json:"events"`
}
