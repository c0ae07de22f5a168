package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// NameKey is the form of an entity name that name searches match: lower
// case, with runs of white space as one space.
func NameKey(name string) string { return strings.Join(strings.Fields(strings.ToLower(name)), " ") }

// Entities lists entities matching f, most mentioned first.
func (s *Store) Entities(ctx context.Context, f newsgraph.EntityFilter) ([]*newsgraph.EntitySummary, error) {
	limit, offset := Limits(f.Page)
	var w Where
	w.Add("n_articles > 0")
	if k := NameKey(f.Query); k != "" {
		w.Add(s.d.Instr+"(name_key, ?) > 0", k)
	}
	if f.Type != "" {
		w.Add("type = ?", f.Type)
	}
	if f.Country != "" {
		w.Add("country = ?", f.Country)
	}
	rows, err := s.Query(ctx, `SELECT id, name, type, country, n_articles, n_mentions FROM entities`+w.SQL()+
		` ORDER BY n_articles DESC, seq LIMIT ? OFFSET ?`, append(w.Args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("%s: entities: %w", s.d.Name, err)
	}
	defer rows.Close()
	out := []*newsgraph.EntitySummary{}
	for rows.Next() {
		var e newsgraph.EntitySummary
		if err := rows.Scan(&e.ID, &e.Name, &e.Type, &e.Country, &e.Articles, &e.Mentions); err != nil {
			return nil, err
		}
		out = append(out, &e)
	}
	return out, rows.Err()
}

// Entity returns one entity's page: what the articles say of it and its
// mentions per day (primary copies only).
func (s *Store) Entity(ctx context.Context, id string) (*newsgraph.EntityDetail, error) {
	var e newsgraph.EntityDetail
	var seq int64
	err := s.QueryRow(ctx, `SELECT seq, id, name, type, country, n_articles, n_mentions FROM entities WHERE id = ?`, id).
		Scan(&seq, &e.ID, &e.Name, &e.Type, &e.Country, &e.Articles, &e.Mentions)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("entity %q: %w", id, newsgraph.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: entity %s: %w", s.d.Name, id, err)
	}
	e.Roles, e.Orgs, e.Names, e.PerDay = []string{}, []string{}, []string{}, []newsgraph.DateCount{}
	rows, err := s.Query(ctx, s.d.EntityRoles, seq)
	if err != nil {
		return nil, fmt.Errorf("%s: entity %s: %w", s.d.Name, id, err)
	}
	roles, orgs := map[string]int{}, map[string]int{}
	for rows.Next() {
		var r, o string
		if err := rows.Scan(&r, &o); err != nil {
			rows.Close()
			return nil, err
		}
		var rs, os []string
		json.Unmarshal([]byte(r), &rs)
		json.Unmarshal([]byte(o), &os)
		for _, x := range rs {
			roles[x]++
		}
		for _, x := range os {
			orgs[x]++
		}
	}
	rows.Close()
	e.Roles, e.Orgs = ranked(roles, 10), ranked(orgs, 10)
	rows, err = s.Query(ctx, s.d.EntityNames, seq)
	if err != nil {
		return nil, fmt.Errorf("%s: entity %s names: %w", s.d.Name, id, err)
	}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return nil, err
		}
		e.Names = append(e.Names, s)
	}
	rows.Close()
	rows, err = s.Query(ctx, `SELECT pub_date, count(*) FROM article_entities
		WHERE entity_seq = ? AND is_primary = 1 AND pub_date != '' GROUP BY pub_date ORDER BY pub_date`, seq)
	if err != nil {
		return nil, fmt.Errorf("%s: entity %s per day: %w", s.d.Name, id, err)
	}
	for rows.Next() {
		var dc newsgraph.DateCount
		if err := rows.Scan(&dc.Date, &dc.Count); err != nil {
			rows.Close()
			return nil, err
		}
		e.PerDay = append(e.PerDay, dc)
	}
	rows.Close()
	err = s.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM quotes WHERE speaker_seq = ?1) + (SELECT count(*) FROM quote_speakers WHERE entity_seq = ?1),
		(SELECT count(*) FROM event_actors WHERE entity_seq = ?1 AND role = 'source'),
		(SELECT count(*) FROM event_actors WHERE entity_seq = ?1 AND role = 'target')`, seq).Scan(&e.Quotes, &e.AsSource, &e.AsTarget)
	if err != nil {
		return nil, fmt.Errorf("%s: entity %s counts: %w", s.d.Name, id, err)
	}
	return &e, nil
}

func ranked(m map[string]int, n int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if m[out[i]] != m[out[j]] {
			return m[out[i]] > m[out[j]]
		}
		return out[i] < out[j]
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// Quotes lists quotes matching f, newest first. A joint statement ("Kenya
// and Uganda said") is listed under each of its speakers.
func (s *Store) Quotes(ctx context.Context, f newsgraph.QuoteFilter) ([]*newsgraph.QuoteRecord, error) {
	limit, offset := Limits(f.Page)
	var w Where
	from := "quotes q"
	if q := s.d.FTSQuery(f.Query); q != "" {
		w.Add(s.d.QuoteMatch, q)
	} else if strings.TrimSpace(f.Query) != "" {
		return []*newsgraph.QuoteRecord{}, nil
	}
	if f.Speaker != "" {
		// single speakers by their column, joint ones ("Kenya and Uganda said") by quote_speakers
		w.Add(`q.seq IN (SELECT q1.seq FROM quotes q1 WHERE q1.speaker_seq = (SELECT seq FROM entities WHERE id = ?)
			UNION ALL SELECT q2.seq FROM quote_speakers qs JOIN quotes q2 ON q2.article_seq = qs.article_seq AND q2.pos = qs.quote_pos
			WHERE qs.entity_seq = (SELECT seq FROM entities WHERE id = ?))`, f.Speaker, f.Speaker)
	}
	if f.From != "" {
		w.Add("a.pub_date >= ?", f.From)
	}
	if f.To != "" {
		w.Add("a.pub_date != '' AND a.pub_date <= ?", f.To)
	}
	rows, err := s.Query(ctx, `SELECT a.id, a.title, a.published, q.text, q.kind, coalesce(e.id, ''),
		coalesce(e.name, q.speaker_text), q.date_value
		FROM `+from+` JOIN articles a ON a.seq = q.article_seq LEFT JOIN entities e ON e.seq = q.speaker_seq`+w.SQL()+
		` ORDER BY a.pub_date DESC, q.seq DESC LIMIT ? OFFSET ?`, append(w.Args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("%s: quotes: %w", s.d.Name, err)
	}
	defer rows.Close()
	out := []*newsgraph.QuoteRecord{}
	for rows.Next() {
		var q newsgraph.QuoteRecord
		if err := rows.Scan(&q.Article, &q.Title, &q.Published, &q.Text, &q.Kind, &q.Speaker, &q.SpeakerName, &q.Date); err != nil {
			return nil, err
		}
		out = append(out, &q)
	}
	return out, rows.Err()
}

// EventWhere builds the conditions of an EventFilter over events aliased "ev".
func (s *Store) EventWhere(f newsgraph.EventFilter) *Where {
	w := &Where{}
	if !f.AllCopies {
		w.Add("ev.is_primary = 1")
	}
	if f.From != "" {
		w.Add("ev.event_date >= ?", f.From)
	}
	if f.To != "" {
		w.Add("ev.event_date != '' AND ev.event_date <= ?", f.To)
	}
	if f.QuadClass > 0 {
		w.Add("ev.quad_class = ?", f.QuadClass)
	}
	if f.EventType != "" {
		w.Add("(ev.plover = ? OR ev.cameo "+s.d.PrefixOp+" ?)", f.EventType, s.d.PrefixPattern(f.EventType))
	}
	if f.Entity != "" {
		w.Add("ev.seq IN (SELECT event_seq FROM event_actors WHERE entity_seq = (SELECT seq FROM entities WHERE id = ?))", f.Entity)
	}
	if f.Country != "" {
		w.Add("ev.seq IN (SELECT event_seq FROM event_actors WHERE country = ?)", f.Country)
	}
	return w
}

// Events lists events matching f, newest first.
func (s *Store) Events(ctx context.Context, f newsgraph.EventFilter) ([]*newsgraph.EventRecord, error) {
	limit, offset := Limits(f.Page)
	w := s.EventWhere(f)
	rows, err := s.Query(ctx, s.d.EventsQuery(w.SQL()), append(w.Args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("%s: events: %w", s.d.Name, err)
	}
	out := []*newsgraph.EventRecord{}
	bySeq := map[int64]*newsgraph.EventRecord{}
	var seqs []any
	for rows.Next() {
		var r newsgraph.EventRecord
		var seq int64
		if err := rows.Scan(&seq, &r.Article, &r.Date, &r.PLOVER, &r.CAMEO, &r.QuadClass, &r.Goldstein, &r.Status,
			&r.Place, &r.Trigger, &r.Sentence, &r.URL, &r.ArticleSource); err != nil {
			rows.Close()
			return nil, err
		}
		r.Source, r.Target, r.SourceIDs, r.TargetIDs = []newsgraph.Actor{}, []newsgraph.Actor{}, []string{}, []string{}
		out = append(out, &r)
		bySeq[seq] = &r
		seqs = append(seqs, seq)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(seqs) == 0 {
		return out, nil
	}
	ph := strings.TrimSuffix(strings.Repeat("?,", len(seqs)), ",")
	rows, err = s.Query(ctx, `SELECT x.event_seq, x.role, x.name, x.country, x.sector, coalesce(e.id, '')
		FROM event_actors x LEFT JOIN entities e ON e.seq = x.entity_seq WHERE x.event_seq IN (`+ph+`) ORDER BY x.event_seq, x.role, x.pos`, seqs...)
	if err != nil {
		return nil, fmt.Errorf("%s: event actors: %w", s.d.Name, err)
	}
	defer rows.Close()
	for rows.Next() {
		var seq int64
		var role, gid string
		var ac newsgraph.Actor
		if err := rows.Scan(&seq, &role, &ac.Name, &ac.Country, &ac.Sector, &gid); err != nil {
			return nil, err
		}
		r := bySeq[seq]
		if r == nil {
			continue
		}
		ac.Entity = gid
		if role == "source" {
			r.Source = append(r.Source, ac)
			r.SourceIDs = append(r.SourceIDs, gid)
		} else {
			r.Target = append(r.Target, ac)
			r.TargetIDs = append(r.TargetIDs, gid)
		}
	}
	return out, rows.Err()
}

// Timeline counts events matching f per day and quad class.
func (s *Store) Timeline(ctx context.Context, f newsgraph.EventFilter) ([]newsgraph.TimelineBucket, error) {
	w := s.EventWhere(f)
	w.Add("ev.event_date != ''")
	rows, err := s.Query(ctx, `SELECT ev.event_date, ev.quad_class, count(*) FROM events ev`+w.SQL()+
		` GROUP BY ev.event_date, ev.quad_class ORDER BY ev.event_date, ev.quad_class`, w.Args...)
	if err != nil {
		return nil, fmt.Errorf("%s: timeline: %w", s.d.Name, err)
	}
	defer rows.Close()
	out := []newsgraph.TimelineBucket{}
	for rows.Next() {
		var b newsgraph.TimelineBucket
		if err := rows.Scan(&b.Date, &b.QuadClass, &b.Count); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// Network returns the actor network of the events matching f: the heaviest
// edges (at most f.Limit, default 200) and the actors they link.
func (s *Store) Network(ctx context.Context, f newsgraph.EventFilter) (*newsgraph.Network, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = 200
	}
	limit = min(limit, MaxLimit)
	w := s.EventWhere(f)
	rows, err := s.Query(ctx, s.d.NetworkQuery(w.SQL()), append(w.Args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("%s: network: %w", s.d.Name, err)
	}
	defer rows.Close()
	net := &newsgraph.Network{Nodes: []newsgraph.NetworkNode{}, Edges: []newsgraph.NetworkEdge{}}
	nodes := map[string]int{}
	node := func(id, name, country, typ string, n int) {
		i, ok := nodes[id]
		if !ok {
			i = len(net.Nodes)
			nodes[id] = i
			net.Nodes = append(net.Nodes, newsgraph.NetworkNode{ID: id, Name: name, Country: country, Type: typ})
		}
		net.Nodes[i].Events += n
	}
	for rows.Next() {
		var e newsgraph.NetworkEdge
		var sn, sc, st, tn, tc, tt string
		if err := rows.Scan(&e.Source, &sn, &sc, &st, &e.Target, &tn, &tc, &tt, &e.Cooperation, &e.Conflict); err != nil {
			return nil, err
		}
		node(e.Source, sn, sc, st, e.Cooperation+e.Conflict)
		node(e.Target, tn, tc, tt, e.Cooperation+e.Conflict)
		net.Edges = append(net.Edges, e)
	}
	return net, rows.Err()
}

// ArticleWhere adds the conditions of f other than its full-text query to w,
// over articles aliased "a".
func (s *Store) ArticleWhere(w *Where, f newsgraph.ArticleFilter) {
	if f.Entity != "" {
		w.Add("a.seq IN (SELECT ae.article_seq FROM article_entities ae WHERE ae.entity_seq = (SELECT seq FROM entities WHERE id = ?))", f.Entity)
	}
	if f.Country != "" {
		w.Add("a.seq IN (SELECT ae.article_seq FROM article_entities ae JOIN entities e ON e.seq = ae.entity_seq WHERE e.country = ?)", f.Country)
	}
	if f.EventType != "" {
		w.Add("a.seq IN (SELECT article_seq FROM events WHERE plover = ? OR cameo "+s.d.PrefixOp+" ?)", f.EventType, s.d.PrefixPattern(f.EventType))
	}
	if f.Source != "" {
		w.Add("a.source = ?", f.Source)
	}
	if f.From != "" {
		w.Add("a.pub_date >= ?", f.From)
	}
	if f.To != "" {
		w.Add("a.pub_date != '' AND a.pub_date <= ?", f.To)
	}
	if f.Primary {
		w.Add("a.is_primary = 1")
	}
}
