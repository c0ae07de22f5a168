package postgres

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

// Entities lists entities matching f, most mentioned first.
func (d *DB) Entities(ctx context.Context, f newsgraph.EntityFilter) ([]*newsgraph.EntitySummary, error) {
	limit, offset := limits(f.Page)
	var w where
	w.add("n_articles > 0")
	if k := nameKey(f.Query); k != "" {
		w.add("strpos(name_key, ?) > 0", k)
	}
	if f.Type != "" {
		w.add("type = ?", f.Type)
	}
	if f.Country != "" {
		w.add("country = ?", f.Country)
	}
	rows, err := d.query(ctx, `SELECT id, name, type, country, n_articles, n_mentions FROM entities`+w.sql()+
		` ORDER BY n_articles DESC, seq LIMIT ? OFFSET ?`, append(w.args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("postgres: entities: %w", err)
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
func (d *DB) Entity(ctx context.Context, id string) (*newsgraph.EntityDetail, error) {
	var e newsgraph.EntityDetail
	var seq int64
	err := d.queryRow(ctx, `SELECT seq, id, name, type, country, n_articles, n_mentions FROM entities WHERE id = ?`, id).
		Scan(&seq, &e.ID, &e.Name, &e.Type, &e.Country, &e.Articles, &e.Mentions)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("entity %q: %w", id, newsgraph.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: entity %s: %w", id, err)
	}
	e.Roles, e.Orgs, e.Names, e.PerDay = []string{}, []string{}, []string{}, []newsgraph.DateCount{}
	rows, err := d.query(ctx, `SELECT ae.roles, ae.orgs FROM article_entities ae WHERE ae.entity_seq = ?
		AND (ae.roles != '[]' OR ae.orgs != '[]') ORDER BY ae.article_seq DESC LIMIT 200`, seq)
	if err != nil {
		return nil, fmt.Errorf("postgres: entity %s: %w", id, err)
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
	rows, err = d.query(ctx, `SELECT text FROM mentions WHERE entity_seq = ? GROUP BY text ORDER BY count(*) DESC LIMIT 10`, seq)
	if err != nil {
		return nil, fmt.Errorf("postgres: entity %s names: %w", id, err)
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
	rows, err = d.query(ctx, `SELECT pub_date, count(*) FROM article_entities
		WHERE entity_seq = ? AND is_primary = 1 AND pub_date != '' GROUP BY pub_date ORDER BY pub_date`, seq)
	if err != nil {
		return nil, fmt.Errorf("postgres: entity %s per day: %w", id, err)
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
	err = d.queryRow(ctx, `SELECT
		(SELECT count(*) FROM quotes WHERE speaker_seq = ?1),
		(SELECT count(*) FROM event_actors WHERE entity_seq = ?1 AND role = 'source'),
		(SELECT count(*) FROM event_actors WHERE entity_seq = ?1 AND role = 'target')`, seq).Scan(&e.Quotes, &e.AsSource, &e.AsTarget)
	if err != nil {
		return nil, fmt.Errorf("postgres: entity %s counts: %w", id, err)
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

// Quotes lists quotes matching f, newest first.
func (d *DB) Quotes(ctx context.Context, f newsgraph.QuoteFilter) ([]*newsgraph.QuoteRecord, error) {
	limit, offset := limits(f.Page)
	var w where
	from := "quotes q"
	if q := FTSQuery(f.Query); q != "" {
		w.add("q.tsv @@ to_tsquery('simple', ?)", q)
	} else if strings.TrimSpace(f.Query) != "" {
		return []*newsgraph.QuoteRecord{}, nil
	}
	if f.Speaker != "" {
		w.add("q.speaker_seq = (SELECT seq FROM entities WHERE id = ?)", f.Speaker)
	}
	if f.From != "" {
		w.add("a.pub_date >= ?", f.From)
	}
	if f.To != "" {
		w.add("a.pub_date != '' AND a.pub_date <= ?", f.To)
	}
	rows, err := d.query(ctx, `SELECT a.id, a.title, a.published, q.text, q.kind, coalesce(e.id, ''),
		coalesce(e.name, q.speaker_text), q.date_value
		FROM `+from+` JOIN articles a ON a.seq = q.article_seq LEFT JOIN entities e ON e.seq = q.speaker_seq`+w.sql()+
		` ORDER BY a.pub_date DESC, q.seq DESC LIMIT ? OFFSET ?`, append(w.args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("postgres: quotes: %w", err)
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

// eventWhere builds the conditions of an EventFilter over events aliased "ev".
func eventWhere(f newsgraph.EventFilter) *where {
	w := &where{}
	if !f.AllCopies {
		w.add("ev.is_primary = 1")
	}
	if f.From != "" {
		w.add("ev.event_date >= ?", f.From)
	}
	if f.To != "" {
		w.add("ev.event_date != '' AND ev.event_date <= ?", f.To)
	}
	if f.QuadClass > 0 {
		w.add("ev.quad_class = ?", f.QuadClass)
	}
	if f.EventType != "" {
		w.add("(ev.plover = ? OR ev.cameo LIKE ?)", f.EventType, likePrefix(f.EventType))
	}
	if f.Entity != "" {
		w.add("ev.seq IN (SELECT event_seq FROM event_actors WHERE entity_seq = (SELECT seq FROM entities WHERE id = ?))", f.Entity)
	}
	if f.Country != "" {
		w.add("ev.seq IN (SELECT event_seq FROM event_actors WHERE country = ?)", f.Country)
	}
	return w
}

// Events lists events matching f, newest first.
func (d *DB) Events(ctx context.Context, f newsgraph.EventFilter) ([]*newsgraph.EventRecord, error) {
	limit, offset := limits(f.Page)
	w := eventWhere(f)
	rows, err := d.query(ctx, `SELECT ev.seq, a.id, ev.event_date, ev.plover, ev.cameo, ev.quad_class, ev.goldstein, ev.status,
		coalesce(p.name, ''), ev.trig_text, convert_from(substring(convert_to(a.body, 'UTF8') from (ev.sent_start + 1)::int for greatest(ev.sent_end - ev.sent_start, 0)::int), 'UTF8'), a.url, a.source
		FROM events ev JOIN articles a ON a.seq = ev.article_seq LEFT JOIN entities p ON p.seq = ev.place_seq`+w.sql()+
		` ORDER BY ev.event_date DESC, ev.seq DESC LIMIT ? OFFSET ?`, append(w.args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("postgres: events: %w", err)
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
	rows, err = d.query(ctx, `SELECT x.event_seq, x.role, x.name, x.country, x.sector, coalesce(e.id, '')
		FROM event_actors x LEFT JOIN entities e ON e.seq = x.entity_seq WHERE x.event_seq IN (`+ph+`) ORDER BY x.event_seq, x.role, x.pos`, seqs...)
	if err != nil {
		return nil, fmt.Errorf("postgres: event actors: %w", err)
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
func (d *DB) Timeline(ctx context.Context, f newsgraph.EventFilter) ([]newsgraph.TimelineBucket, error) {
	w := eventWhere(f)
	w.add("ev.event_date != ''")
	rows, err := d.query(ctx, `SELECT ev.event_date, ev.quad_class, count(*) FROM events ev`+w.sql()+
		` GROUP BY ev.event_date, ev.quad_class ORDER BY ev.event_date, ev.quad_class`, w.args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: timeline: %w", err)
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
func (d *DB) Network(ctx context.Context, f newsgraph.EventFilter) (*newsgraph.Network, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = 200
	}
	limit = min(limit, maxLimit)
	w := eventWhere(f)
	key := func(x, e string) string {
		return "coalesce(" + e + ".id, 'name:' || lower(" + x + ".name))"
	}
	rows, err := d.query(ctx, `SELECT `+key("s", "se")+`, max(coalesce(se.name, s.name)), max(coalesce(nullif(se.country, ''), s.country)), max(coalesce(se.type, '')),
		`+key("t", "te")+`, max(coalesce(te.name, t.name)), max(coalesce(nullif(te.country, ''), t.country)), max(coalesce(te.type, '')),
		sum((ev.quad_class IN (1, 2))::int), sum((ev.quad_class IN (3, 4))::int)
		FROM events ev
		JOIN event_actors s ON s.event_seq = ev.seq AND s.role = 'source'
		JOIN event_actors t ON t.event_seq = ev.seq AND t.role = 'target'
		LEFT JOIN entities se ON se.seq = s.entity_seq
		LEFT JOIN entities te ON te.seq = t.entity_seq`+w.sql()+`
		GROUP BY 1, 5 HAVING `+key("s", "se")+` != `+key("t", "te")+` ORDER BY count(*) DESC, 1, 5 LIMIT ?`, append(w.args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("postgres: network: %w", err)
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
