package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
)

const (
	defaultLimit = 50
	maxLimit     = 1000
)

func limits(p newsgraph.Page) (int, int) {
	l := p.Limit
	if l <= 0 {
		l = defaultLimit
	}
	l = min(l, maxLimit)
	return l, max(p.Offset, 0)
}

// FTSQuery turns a user's search words into a safe FTS5 query: every word or
// "quoted phrase" becomes a quoted string (so FTS5 operators and syntax in
// the input are taken literally), a trailing * keeps prefix matching, and all
// terms must match. It returns "" when the input holds no word.
func FTSQuery(s string) string {
	var terms []string
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
		prefix := strings.HasSuffix(term, "*")
		term = strings.TrimRight(term, "*")
		if !hasWord(term) {
			continue
		}
		q := `"` + strings.ReplaceAll(term, `"`, `""`) + `"`
		if prefix {
			q += "*"
		}
		terms = append(terms, q)
	}
	return strings.Join(terms, " ")
}

func hasWord(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 {
			return true
		}
	}
	return false
}

// where accumulates SQL conditions and their parameters.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// Article returns one stored article with all its annotations.
func (d *DB) Article(ctx context.Context, id string) (*newsgraph.StoredArticle, error) {
	var (
		seq                                         int64
		a                                           newsgraph.Article
		format, authors, contribs, images, warnings string
		sentences                                   []byte
		sa                                          newsgraph.StoredArticle
	)
	err := d.db.QueryRowContext(ctx, `SELECT seq, id, origin, format, url, source, title, section, dateline, published, modified,
		language, description, authors, contributors, images, warnings, sentences, body, dup_group, is_primary, ingested
		FROM articles WHERE id = ?`, id).Scan(&seq, &a.ID, &a.Origin, &format, &a.URL, &a.Source, &a.Title, &a.Section, &a.Dateline,
		&a.Published, &a.Modified, &a.Language, &a.Description, &authors, &contribs, &images, &warnings, &sentences, &a.Body,
		&sa.Group, &sa.Primary, &sa.Ingested)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %q: %w", id, newsgraph.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: read article %s: %w", id, err)
	}
	a.Format = newsgraph.Format(format)
	json.Unmarshal([]byte(authors), &a.Authors)
	json.Unmarshal([]byte(contribs), &a.Contributors)
	json.Unmarshal([]byte(images), &a.Images)
	json.Unmarshal([]byte(warnings), &a.Warnings)
	a.Sentences = unpackSpans(sentences)
	if err := d.readAnnotations(ctx, seq, &a, &sa); err != nil {
		return nil, fmt.Errorf("sqlite: read article %s: %w", id, err)
	}
	sa.Article = &a
	copies, err := d.hits(ctx, `SELECT a.id, a.title, a.source, a.url, a.published, substr(a.body, 1, 200), a.dup_group, a.is_primary, 0
		FROM articles a WHERE a.dup_group = ? AND a.seq != ? ORDER BY a.pub_date, a.seq LIMIT 100`, sa.Group, seq)
	if err != nil {
		return nil, err
	}
	sa.Copies = copies
	return &sa, nil
}

func (d *DB) readAnnotations(ctx context.Context, seq int64, a *newsgraph.Article, sa *newsgraph.StoredArticle) error {
	rows, err := d.db.QueryContext(ctx, `SELECT kind, text FROM boilerplate WHERE article_seq = ? ORDER BY pos`, seq)
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
	rows, err = d.db.QueryContext(ctx, `SELECT ae.local_id, e.id, ae.name, e.type, e.country, ae.roles, ae.orgs
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
	rows, err = d.db.QueryContext(ctx, `SELECT local_id, start, "end", text FROM mentions WHERE article_seq = ? ORDER BY rowid`, seq)
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

	rows, err = d.db.QueryContext(ctx, `SELECT start, "end", text, kind, cue_start, cue_end, cue_text, speaker_local,
		speaker_start, speaker_end, speaker_text, date_value, date_origin, date_time, has_date, claim FROM quotes WHERE article_seq = ? ORDER BY pos`, seq)
	if err != nil {
		return err
	}
	for rows.Next() {
		var q newsgraph.Quote
		var dr newsgraph.DateRef
		var has bool
		if err := rows.Scan(&q.Start, &q.End, &q.Text, &q.Kind, &q.Cue.Start, &q.Cue.End, &q.Cue.Text, &q.Speaker,
			&q.SpeakerText.Start, &q.SpeakerText.End, &q.SpeakerText.Text, &dr.Value, &dr.Origin, &dr.Time, &has, &q.Claim); err != nil {
			rows.Close()
			return err
		}
		if has {
			q.Date = &dr
		}
		a.Quotes = append(a.Quotes, q)
	}
	rows.Close()

	rows, err = d.db.QueryContext(ctx, `SELECT start, "end", text, type, value, mod FROM times WHERE article_seq = ? ORDER BY pos`, seq)
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

	rows, err = d.db.QueryContext(ctx, `SELECT seq, plover, mode, context, cameo, quad_class, goldstein, date_value, date_origin,
		date_time, has_date, place_local, status, reported_local, sent_start, sent_end, trig_start, trig_end, trig_text
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
			&e.Trigger.Start, &e.Trigger.End, &e.Trigger.Text); err != nil {
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
	rows, err = d.db.QueryContext(ctx, `SELECT x.event_seq, x.role, x.entity_local, x.name, x.country, x.sector
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

// hits runs a query whose columns are those of an ArticleHit.
func (d *DB) hits(ctx context.Context, q string, args ...any) ([]*newsgraph.ArticleHit, error) {
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
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

const countCap = 10000

// rankWindow is how many of the most recently stored matches of a full-text
// query are ranked by relevance: ranking every match of a common word in a
// large store would cost far more than the page it fills.
const rankWindow = 2000

// SearchArticles finds articles (see newsgraph.ArticleService). A full-text
// query returns the best matches among the 2,000 most recently stored
// matching articles; other listings are newest first. The total is capped at
// 10,000.
func (d *DB) SearchArticles(ctx context.Context, f newsgraph.ArticleFilter) ([]*newsgraph.ArticleHit, int, error) {
	limit, offset := limits(f.Page)
	var w where
	fts := FTSQuery(f.Query)
	if fts == "" && strings.TrimSpace(f.Query) != "" {
		return []*newsgraph.ArticleHit{}, 0, nil
	}
	if f.Entity != "" {
		w.add("a.seq IN (SELECT ae.article_seq FROM article_entities ae WHERE ae.entity_seq = (SELECT seq FROM entities WHERE id = ?))", f.Entity)
	}
	if f.Country != "" {
		w.add("a.seq IN (SELECT ae.article_seq FROM article_entities ae JOIN entities e ON e.seq = ae.entity_seq WHERE e.country = ?)", f.Country)
	}
	if f.EventType != "" {
		w.add("a.seq IN (SELECT article_seq FROM events WHERE plover = ? OR cameo GLOB ?)", f.EventType, globPrefix(f.EventType))
	}
	if f.Source != "" {
		w.add("a.source = ?", f.Source)
	}
	if f.From != "" {
		w.add("a.pub_date >= ?", f.From)
	}
	if f.To != "" {
		w.add("a.pub_date != '' AND a.pub_date <= ?", f.To)
	}
	if f.Primary {
		w.add("a.is_primary = 1")
	}
	cols := `a.id, a.title, a.source, a.url, a.published, substr(a.body, 1, 240), a.dup_group, a.is_primary,
		(SELECT count(*) FROM articles b WHERE b.dup_group = a.dup_group)`
	var (
		hits []*newsgraph.ArticleHit
		err  error
		from = "articles a"
	)
	if fts == "" {
		hits, err = d.hits(ctx, `SELECT `+cols+` FROM articles a`+w.sql()+` ORDER BY a.pub_date DESC, a.seq DESC LIMIT ? OFFSET ?`,
			append(w.args, limit, offset)...)
	} else {
		w.add("articles_fts MATCH ?", fts)
		// Matches are checked against the filters in the small covering index
		// articles_seq_filter, not in the wide rows: a common word with a narrow
		// date range checks many matches (migration 0002).
		from = "articles_fts JOIN articles a INDEXED BY articles_seq_filter ON a.seq = articles_fts.rowid"
		hits, err = d.hits(ctx, `SELECT `+cols+` FROM (SELECT articles_fts.rowid AS s, articles_fts.rank AS k FROM `+from+w.sql()+
			` ORDER BY articles_fts.rowid DESC LIMIT `+fmt.Sprint(rankWindow)+`) c JOIN articles a ON a.seq = c.s ORDER BY c.k, c.s DESC LIMIT ? OFFSET ?`,
			append(w.args, limit, offset)...)
		if err == nil {
			err = d.snippets(ctx, fts, hits)
		}
	}
	if err != nil {
		return nil, 0, err
	}
	total := offset + len(hits)
	if len(hits) == limit || offset > 0 {
		err = d.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM `+from+w.sql()+` LIMIT `+fmt.Sprint(countCap)+`)`, w.args...).Scan(&total)
		if err != nil {
			return nil, 0, fmt.Errorf("sqlite: count search: %w", err)
		}
	}
	return hits, total, nil
}

// snippets replaces the hits' snippets with the passages matching the query.
func (d *DB) snippets(ctx context.Context, fts string, hits []*newsgraph.ArticleHit) error {
	if len(hits) == 0 {
		return nil
	}
	byID := map[string]*newsgraph.ArticleHit{}
	args := []any{fts}
	for _, h := range hits {
		byID[h.ID] = h
		args = append(args, h.ID)
	}
	ph := strings.TrimSuffix(strings.Repeat("?,", len(hits)), ",")
	rows, err := d.db.QueryContext(ctx, `SELECT a.id, snippet(articles_fts, 1, '', '', ' … ', 32) FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
		WHERE articles_fts MATCH ? AND articles_fts.rowid IN (SELECT seq FROM articles WHERE id IN (`+ph+`))`, args...)
	if err != nil {
		return fmt.Errorf("sqlite: snippets: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, snip string
		if err := rows.Scan(&id, &snip); err != nil {
			return err
		}
		if h := byID[id]; h != nil && strings.TrimSpace(snip) != "" {
			h.Snippet = strings.Join(strings.Fields(snip), " ")
		}
	}
	return rows.Err()
}

// globPrefix returns a GLOB pattern matching strings that start with s literally.
func globPrefix(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '*', '?', '[', ']':
			b.WriteString("[" + string(r) + "]")
		default:
			b.WriteRune(r)
		}
	}
	return b.String() + "*"
}

// DuplicateGroups lists near-duplicate groups with more than one member.
func (d *DB) DuplicateGroups(ctx context.Context, p newsgraph.Page) ([]*newsgraph.DuplicateGroup, error) {
	limit, offset := limits(p)
	rows, err := d.db.QueryContext(ctx, `SELECT dup_group FROM articles GROUP BY dup_group HAVING count(*) > 1
		ORDER BY count(*) DESC, dup_group LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, fmt.Errorf("sqlite: duplicate groups: %w", err)
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
		members, err := d.hits(ctx, `SELECT a.id, a.title, a.source, a.url, a.published, substr(a.body, 1, 200), a.dup_group, a.is_primary,
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
