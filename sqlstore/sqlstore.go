// Package sqlstore holds the database/sql code shared by the newsgraph stores
// (packages sqlite and postgres): reading an article with its annotations,
// listing article hits and near-duplicate groups, paging and building WHERE
// clauses. What differs between the databases is described by a Dialect.
package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// Dialect describes what differs between the databases a Store runs on.
type Dialect struct {
	// Name prefixes error messages ("sqlite", "postgres").
	Name string
	// Rebind rewrites a query written with ? and ?N placeholders into the
	// driver's placeholder style; nil leaves queries as written.
	Rebind func(string) string
	// RowOrder is the column that orders a table's rows by insertion
	// ("rowid" in SQLite, a serial "id" in PostgreSQL).
	RowOrder string
	// Instr is the function returning the position of its second argument
	// in its first, 0 when absent ("instr", "strpos").
	Instr string
	// PrefixOp is the operator matching a pattern ("GLOB", "LIKE") and
	// PrefixPattern returns the pattern matching strings that start with its
	// argument literally.
	PrefixOp      string
	PrefixPattern func(string) string
	// FTSQuery turns a user's search words into the full-text query that
	// QuoteMatch takes, "" when the input holds no word.
	FTSQuery func(string) string
	// QuoteMatch is the condition on quotes aliased "q" that matches the
	// full-text query given as its one parameter.
	QuoteMatch string
	// EntityRoles selects the (roles, orgs) JSON lists of the articles that
	// name the entity whose seq is its one parameter, at most 200 rows.
	EntityRoles string
	// EntityNames selects the 10 commonest surface forms of the entity whose
	// seq is its one parameter.
	EntityNames string
	// EventsQuery returns the query listing events, given the WHERE clause
	// over events aliased "ev" (see Store.EventWhere); its last two
	// parameters are the limit and offset.
	EventsQuery func(where string) string
	// NetworkQuery returns the query listing the actor network's edges,
	// given the WHERE clause over events aliased "ev"; its last parameter is
	// the limit.
	NetworkQuery func(where string) string
	// BoolInt returns the integer (0 or 1) value of a parenthesised boolean
	// expression, to compare with or store in an integer flag column.
	BoolInt func(expr string) string
	// SumTrue returns the expression counting the rows where cond holds.
	SumTrue func(cond string) string
	// BeginWrite, when set, runs first in every write transaction, given
	// the batch about to be written (to take the locks that serialise the
	// writers of every process sharing the database whose batches conflict).
	BeginWrite func(w *Writer, as []*newsgraph.Article) error
	// LockGroups, when set, runs once the batch's articles are written and
	// before the primaries are elected, given the near-duplicate groups the
	// batch joined or left in ascending order.
	LockGroups func(w *Writer, groups []string) error
	// EndWrite, when set, runs last before the transaction commits.
	EndWrite func(w *Writer) error
	// InsertBands stores the near-duplicate band and sentence keys of the
	// article whose seq is given, ignoring keys it already has.
	InsertBands func(w *Writer, seq int64, bands []int64) error
	// InsertEntities stores the article's entities, their links to the
	// global entities (cached in w.Entities) and their mentions, and returns
	// the global entity seq of each article-local entity ID (see LocalID).
	InsertEntities func(w *Writer, seq int64, pubDate string, a *newsgraph.Article) (map[string]int64, error)
	// InsertQuotes stores the article's quotes; local is what
	// InsertEntities returned.
	InsertQuotes func(w *Writer, seq int64, a *newsgraph.Article, local map[string]int64) error
	// InsertTimes stores the article's time expressions.
	InsertTimes func(w *Writer, seq int64, a *newsgraph.Article) error
	// InsertEvents stores the article's events and their actors; local is
	// what InsertEntities returned.
	InsertEvents func(w *Writer, seq int64, pubDate string, a *newsgraph.Article, local map[string]int64) error
}

// Store runs the shared queries on one database.
type Store struct {
	db *sql.DB
	d  Dialect
}

// New returns a Store running queries on db in dialect d.
func New(db *sql.DB, d Dialect) *Store { return &Store{db: db, d: d} }

// Queries are the reads of newsgraph.Store that a Store answers the same way
// on every database: all of them but SearchArticles, whose full-text search is
// each database's own. A store's DB type embeds Queries, set to its Store, so
// that these become its own methods while the Store's lower-level ones (Query,
// Hits, PutArticles, ...) stay out of its API.
type Queries interface {
	// Article returns one stored article with all its annotations.
	Article(ctx context.Context, id string) (*newsgraph.StoredArticle, error)
	// DuplicateGroups lists near-duplicate groups with more than one member,
	// largest first.
	DuplicateGroups(ctx context.Context, p newsgraph.Page) ([]*newsgraph.DuplicateGroup, error)
	// Entities lists entities matching f, most mentioned first.
	Entities(ctx context.Context, f newsgraph.EntityFilter) ([]*newsgraph.EntitySummary, error)
	// Entity returns one entity's page: what the articles say of it and its
	// mentions per day (primary copies only).
	Entity(ctx context.Context, id string) (*newsgraph.EntityDetail, error)
	// Quotes lists quotes matching f, newest first. A joint statement ("Kenya
	// and Uganda said") is listed under each of its speakers.
	Quotes(ctx context.Context, f newsgraph.QuoteFilter) ([]*newsgraph.QuoteRecord, error)
	// Events lists events matching f, newest first.
	Events(ctx context.Context, f newsgraph.EventFilter) ([]*newsgraph.EventRecord, error)
	// Timeline counts events matching f per day and quad class.
	Timeline(ctx context.Context, f newsgraph.EventFilter) ([]newsgraph.TimelineBucket, error)
	// Network returns the actor network of the events matching f: the
	// heaviest edges (at most f.Limit, default 200) and the actors they link.
	Network(ctx context.Context, f newsgraph.EventFilter) (*newsgraph.Network, error)
	// Stats counts what the store holds.
	Stats(ctx context.Context) (*newsgraph.StoreStats, error)
}

var _ Queries = (*Store)(nil)

// Query runs a query written with ? placeholders.
func (s *Store) Query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if s.d.Rebind != nil {
		q = s.d.Rebind(q)
	}
	return s.db.QueryContext(ctx, q, args...)
}

// QueryRow runs a query written with ? placeholders that returns one row.
func (s *Store) QueryRow(ctx context.Context, q string, args ...any) *sql.Row {
	if s.d.Rebind != nil {
		q = s.d.Rebind(q)
	}
	return s.db.QueryRowContext(ctx, q, args...)
}

const (
	defaultLimit = 50
	// MaxLimit is the largest page a listing returns.
	MaxLimit = 1000
)

// Limits returns the limit and offset of page p: a limit of 0 or less means
// 50, limits are capped at MaxLimit and negative offsets count as 0.
func Limits(p newsgraph.Page) (int, int) {
	l := p.Limit
	if l <= 0 {
		l = defaultLimit
	}
	l = min(l, MaxLimit)
	return l, max(p.Offset, 0)
}

// Where accumulates SQL conditions and their parameters.
type Where struct {
	// Conds are the conditions, all of which must hold.
	Conds []string
	// Args are the conditions' parameters, in order.
	Args []any
}

// Add appends a condition and its parameters.
func (w *Where) Add(cond string, args ...any) {
	w.Conds = append(w.Conds, cond)
	w.Args = append(w.Args, args...)
}

// SQL returns " WHERE " and the conditions joined by AND, or "" when there
// is none.
func (w *Where) SQL() string {
	if len(w.Conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.Conds, " AND ")
}

// Article returns one stored article with all its annotations.
func (s *Store) Article(ctx context.Context, id string) (*newsgraph.StoredArticle, error) {
	var (
		seq                                         int64
		a                                           newsgraph.Article
		format, authors, contribs, images, warnings string
		sentences                                   []byte
		sa                                          newsgraph.StoredArticle
	)
	err := s.QueryRow(ctx, `SELECT seq, id, origin, format, url, source, title, section, dateline, published, modified,
		language, description, authors, contributors, images, warnings, sentences, body, dup_group, is_primary, ingested
		FROM articles WHERE id = ?`, id).Scan(&seq, &a.ID, &a.Origin, &format, &a.URL, &a.Source, &a.Title, &a.Section, &a.Dateline,
		&a.Published, &a.Modified, &a.Language, &a.Description, &authors, &contribs, &images, &warnings, &sentences, &a.Body,
		&sa.Group, &sa.Primary, &sa.Ingested)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %q: %w", id, newsgraph.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: read article %s: %w", s.d.Name, id, err)
	}
	a.Format = newsgraph.Format(format)
	json.Unmarshal([]byte(authors), &a.Authors)
	json.Unmarshal([]byte(contribs), &a.Contributors)
	json.Unmarshal([]byte(images), &a.Images)
	json.Unmarshal([]byte(warnings), &a.Warnings)
	a.Sentences = UnpackSpans(sentences)
	if err := s.readAnnotations(ctx, seq, &a, &sa); err != nil {
		return nil, fmt.Errorf("%s: read article %s: %w", s.d.Name, id, err)
	}
	sa.Article = &a
	copies, err := s.Hits(ctx, `SELECT a.id, a.title, a.source, a.url, a.published, substr(a.body, 1, 200), a.dup_group, a.is_primary, 0
		FROM articles a WHERE a.dup_group = ? AND a.seq != ? ORDER BY a.pub_date, a.seq LIMIT 100`, sa.Group, seq)
	if err != nil {
		return nil, err
	}
	sa.Copies = copies
	return &sa, nil
}

func (s *Store) readAnnotations(ctx context.Context, seq int64, a *newsgraph.Article, sa *newsgraph.StoredArticle) error {
	rows, err := s.Query(ctx, `SELECT kind, text FROM boilerplate WHERE article_seq = ? ORDER BY pos`, seq)
	if err != nil {
		return err
	}
	for rows.Next() {
		var b newsgraph.Boilerplate
		var k string
		if err := rows.Scan(&k, &b.Text); err != nil {
			rows.Close()
			return err
		}
		b.Kind = newsgraph.BoilerplateKind(k)
		a.Boilerplate = append(a.Boilerplate, b)
	}
	rows.Close()

	sa.EntityIDs = map[string]string{}
	idx := map[string]int{}
	rows, err = s.Query(ctx, `SELECT ae.local_id, e.id, ae.name, e.type, e.country, ae.roles, ae.orgs
		FROM article_entities ae JOIN entities e ON e.seq = ae.entity_seq WHERE ae.article_seq = ? ORDER BY ae.pos`, seq)
	if err != nil {
		return err
	}
	for rows.Next() {
		var e newsgraph.Entity
		var gid, roles, orgs string
		if err := rows.Scan(&e.ID, &gid, &e.Name, &e.Type, &e.Country, &roles, &orgs); err != nil {
			rows.Close()
			return err
		}
		json.Unmarshal([]byte(roles), &e.Roles)
		json.Unmarshal([]byte(orgs), &e.Orgs)
		sa.EntityIDs[e.ID] = gid
		idx[e.ID] = len(a.Entities)
		if strings.HasPrefix(e.ID, "_") {
			e.ID = ""
		}
		a.Entities = append(a.Entities, e)
	}
	rows.Close()
	rows, err = s.Query(ctx, `SELECT local_id, start, "end", text FROM mentions WHERE article_seq = ? ORDER BY `+s.d.RowOrder, seq)
	if err != nil {
		return err
	}
	for rows.Next() {
		var lid string
		var m newsgraph.Mention
		if err := rows.Scan(&lid, &m.Start, &m.End, &m.Text); err != nil {
			rows.Close()
			return err
		}
		if i, ok := idx[lid]; ok {
			a.Entities[i].Mentions = append(a.Entities[i].Mentions, m)
		}
	}
	rows.Close()

	rows, err = s.Query(ctx, `SELECT start, "end", text, kind, cue_start, cue_end, cue_text, speaker_local,
		speaker_start, speaker_end, speaker_text, date_value, date_origin, date_time, has_date, claim, stance, pieces, speakers
		FROM quotes WHERE article_seq = ? ORDER BY pos`, seq)
	if err != nil {
		return err
	}
	for rows.Next() {
		var q newsgraph.Quote
		var dr newsgraph.DateRef
		var has bool
		var pieces []byte
		var speakers string
		if err := rows.Scan(&q.Start, &q.End, &q.Text, &q.Kind, &q.Cue.Start, &q.Cue.End, &q.Cue.Text, &q.Speaker,
			&q.SpeakerText.Start, &q.SpeakerText.End, &q.SpeakerText.Text, &dr.Value, &dr.Origin, &dr.Time, &has, &q.Claim,
			&q.Stance, &pieces, &speakers); err != nil {
			rows.Close()
			return err
		}
		if len(pieces) > 0 {
			q.Pieces = UnpackSpans(pieces)
		}
		if speakers != "" && speakers != "[]" {
			json.Unmarshal([]byte(speakers), &q.Speakers)
		}
		if has {
			q.Date = &dr
		}
		a.Quotes = append(a.Quotes, q)
	}
	rows.Close()

	rows, err = s.Query(ctx, `SELECT start, "end", text, type, value, mod FROM times WHERE article_seq = ? ORDER BY pos`, seq)
	if err != nil {
		return err
	}
	for rows.Next() {
		var t newsgraph.Time
		if err := rows.Scan(&t.Start, &t.End, &t.Text, &t.Type, &t.Value, &t.Mod); err != nil {
			rows.Close()
			return err
		}
		a.Times = append(a.Times, t)
	}
	rows.Close()

	rows, err = s.Query(ctx, `SELECT seq, plover, mode, context, cameo, quad_class, goldstein, date_value, date_origin,
		date_time, has_date, place_local, status, reported_local, sent_start, sent_end, trig_start, trig_end, trig_text, answers
		FROM events WHERE article_seq = ? ORDER BY pos`, seq)
	if err != nil {
		return err
	}
	evIdx := map[int64]int{}
	for rows.Next() {
		var e newsgraph.Event
		var eseq int64
		var ctxs string
		var dr newsgraph.DateRef
		var has bool
		if err := rows.Scan(&eseq, &e.PLOVER, &e.Mode, &ctxs, &e.CAMEO, &e.QuadClass, &e.Goldstein, &dr.Value, &dr.Origin,
			&dr.Time, &has, &e.Place, &e.Status, &e.ReportedBy, &e.Sentence.Start, &e.Sentence.End,
			&e.Trigger.Start, &e.Trigger.End, &e.Trigger.Text, &e.Answers); err != nil {
			rows.Close()
			return err
		}
		e.Context = strings.Fields(ctxs)
		if has {
			e.Date = &dr
		}
		evIdx[eseq] = len(a.Events)
		a.Events = append(a.Events, e)
	}
	rows.Close()
	if len(evIdx) == 0 {
		return nil
	}
	rows, err = s.Query(ctx, `SELECT x.event_seq, x.role, x.entity_local, x.name, x.country, x.sector
		FROM event_actors x JOIN events e ON e.seq = x.event_seq WHERE e.article_seq = ? ORDER BY x.event_seq, x.role, x.pos`, seq)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var eseq int64
		var role string
		var ac newsgraph.Actor
		if err := rows.Scan(&eseq, &role, &ac.Entity, &ac.Name, &ac.Country, &ac.Sector); err != nil {
			return err
		}
		i, ok := evIdx[eseq]
		if !ok {
			continue
		}
		if role == "source" {
			a.Events[i].Source = append(a.Events[i].Source, ac)
		} else {
			a.Events[i].Target = append(a.Events[i].Target, ac)
		}
	}
	return rows.Err()
}

// Hits runs a query whose columns are those of an ArticleHit.
func (s *Store) Hits(ctx context.Context, q string, args ...any) ([]*newsgraph.ArticleHit, error) {
	rows, err := s.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: search: %w", s.d.Name, err)
	}
	defer rows.Close()
	out := []*newsgraph.ArticleHit{}
	for rows.Next() {
		var h newsgraph.ArticleHit
		if err := rows.Scan(&h.ID, &h.Title, &h.Source, &h.URL, &h.Published, &h.Snippet, &h.Group, &h.Primary, &h.Copies); err != nil {
			return nil, err
		}
		h.Snippet = strings.Join(strings.Fields(h.Snippet), " ")
		out = append(out, &h)
	}
	return out, rows.Err()
}

// DuplicateGroups lists near-duplicate groups with more than one member,
// largest first.
func (s *Store) DuplicateGroups(ctx context.Context, p newsgraph.Page) ([]*newsgraph.DuplicateGroup, error) {
	limit, offset := Limits(p)
	rows, err := s.Query(ctx, `SELECT dup_group FROM articles GROUP BY dup_group HAVING count(*) > 1
		ORDER BY count(*) DESC, dup_group LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, fmt.Errorf("%s: duplicate groups: %w", s.d.Name, err)
	}
	var ids []string
	for rows.Next() {
		var g string
		if err := rows.Scan(&g); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, g)
	}
	rows.Close()
	out := []*newsgraph.DuplicateGroup{}
	for _, g := range ids {
		members, err := s.Hits(ctx, `SELECT a.id, a.title, a.source, a.url, a.published, substr(a.body, 1, 200), a.dup_group, a.is_primary,
			(SELECT count(*) FROM articles b WHERE b.dup_group = a.dup_group) FROM articles a WHERE a.dup_group = ? ORDER BY a.is_primary DESC, a.pub_date, a.seq`, g)
		if err != nil {
			return nil, err
		}
		dg := &newsgraph.DuplicateGroup{ID: g, Members: members}
		for _, m := range members {
			if m.Primary {
				dg.Primary = m.ID
			}
		}
		out = append(out, dg)
	}
	return out, nil
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (*newsgraph.StoreStats, error) {
	var st newsgraph.StoreStats
	err := s.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM articles WHERE is_primary = 1),
		(SELECT count(*) FROM entities WHERE n_articles > 0),
		(SELECT count(*) FROM mentions),
		(SELECT count(*) FROM quotes),
		(SELECT count(*) FROM times),
		(SELECT count(*) FROM events)`).Scan(&st.Articles, &st.Groups, &st.Entities, &st.Mentions, &st.Quotes, &st.Times, &st.Events)
	if err != nil {
		return nil, fmt.Errorf("%s: stats: %w", s.d.Name, err)
	}
	return &st, nil
}

// SearchTerms splits a user's search words into terms as written: every word
// (separated by white space or quotes) or "quoted phrase" is one term, and an
// unclosed quote runs to the end of s.
func SearchTerms(s string) []string {
	var out []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		var term string
		if s[0] == '"' {
			end := strings.IndexByte(s[1:], '"')
			if end < 0 {
				term, s = s[1:], ""
			} else {
				term, s = s[1:1+end], s[2+end:]
			}
		} else {
			end := strings.IndexAny(s, " \t\n\"")
			if end < 0 {
				term, s = s, ""
			} else {
				term, s = s[:end], s[end:]
			}
		}
		out = append(out, term)
	}
	return out
}
