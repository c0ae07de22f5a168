package sqlite

import (
	"context"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sqlstore"
)

// PutArticles stores a batch of articles in one transaction (see
// newsgraph.ArticleService). It returns after the transaction is durable.
func (d *DB) PutArticles(ctx context.Context, as []*newsgraph.Article) ([]newsgraph.PutResult, error) {
	d.wmu.Lock()
	defer d.wmu.Unlock()
	return d.st.PutArticles(ctx, as, d.noGrouping)
}

// ArticleID returns the ID the store files an article under: its own ID, else
// a hash of its URL, else of its normalised body.
func ArticleID(a *newsgraph.Article) string { return sqlstore.ArticleID(a) }

// EntityID returns the global ID of an entity: a hash of its normalised name,
// type and country, so that every writer of a store agrees on it.
func EntityID(name, typ, country string) string { return sqlstore.EntityID(name, typ, country) }

// Date returns the YYYY-MM-DD prefix of an ISO 8601 date or date-time, "" when
// s does not start with a full date.
func Date(s string) string { return sqlstore.Date(s) }

// insertBands stores an article's near-duplicate keys, one statement a key.
func insertBands(w *sqlstore.Writer, seq int64, bands []int64) error {
	for _, b := range bands {
		if _, err := w.Exec(`INSERT OR IGNORE INTO article_bands(key, article_seq) VALUES (?, ?)`, b, seq); err != nil {
			return err
		}
	}
	return nil
}

// insertTimes stores the article's times, one statement a time.
func insertTimes(w *sqlstore.Writer, seq int64, a *newsgraph.Article) error {
	for i, t := range a.Times {
		if _, err := w.Exec(`INSERT INTO times(article_seq, pos, start, "end", text, type, value, mod) VALUES (?,?,?,?,?,?,?,?)`,
			seq, i, t.Start, t.End, t.Text, t.Type, t.Value, t.Mod); err != nil {
			return err
		}
	}
	return nil
}

func entitySeq(w *sqlstore.Writer, name, typ, country string) (int64, error) {
	id := EntityID(name, typ, country)
	if s, ok := w.Entities[id]; ok {
		return s, nil
	}
	var seq int64
	err := w.QueryRow(`INSERT INTO entities(id, name, name_key, type, country) VALUES (?,?,?,?,?)
		ON CONFLICT(id) DO UPDATE SET name = name RETURNING seq`, id, strings.Join(strings.Fields(name), " "), sqlstore.NameKey(name), typ, country).Scan(&seq)
	if err != nil {
		return 0, err
	}
	w.Entities[id] = seq
	return seq, nil
}

func insertEntities(w *sqlstore.Writer, seq int64, pubDate string, a *newsgraph.Article) (map[string]int64, error) {
	local := make(map[string]int64, len(a.Entities))
	for i := range a.Entities {
		e := &a.Entities[i]
		name := sqlstore.EntityName(e)
		if name == "" {
			continue
		}
		lid := sqlstore.LocalID(e, i)
		if _, dup := local[lid]; dup {
			continue
		}
		es, err := entitySeq(w, name, e.Type, e.Country)
		if err != nil {
			return nil, err
		}
		local[lid] = es
		if _, err := w.Exec(`INSERT INTO article_entities(article_seq, local_id, entity_seq, name, roles, orgs, mentions, pos, pub_date, is_primary)
			VALUES (?,?,?,?,?,?,?,?,?,0)`,
			seq, lid, es, e.Name, sqlstore.JSONList(e.Roles), sqlstore.JSONList(e.Orgs), len(e.Mentions), i, pubDate); err != nil {
			return nil, err
		}
		if _, err := w.Exec(`UPDATE entities SET n_articles = n_articles + 1, n_mentions = n_mentions + ? WHERE seq = ?`, len(e.Mentions), es); err != nil {
			return nil, err
		}
		for _, m := range e.Mentions {
			if _, err := w.Exec(`INSERT INTO mentions(article_seq, entity_seq, local_id, start, "end", text) VALUES (?,?,?,?,?,?)`,
				seq, es, lid, m.Start, m.End, m.Text); err != nil {
				return nil, err
			}
		}
	}
	return local, nil
}

func nullSeq(local map[string]int64, id string) any {
	if s, ok := local[id]; ok && id != "" {
		return s
	}
	return nil
}

func insertQuotes(w *sqlstore.Writer, seq int64, a *newsgraph.Article, local map[string]int64) error {
	for i, q := range a.Quotes {
		dv, do, dt, dh := sqlstore.DateCols(q.Date)
		if _, err := w.Exec(`INSERT INTO quotes(article_seq, pos, start, "end", text, kind, cue_start, cue_end, cue_text,
			speaker_local, speaker_seq, speaker_start, speaker_end, speaker_text, date_value, date_origin, date_time, has_date, claim,
			stance, pieces, speakers)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			seq, i, q.Start, q.End, q.Text, q.Kind, q.Cue.Start, q.Cue.End, q.Cue.Text,
			q.Speaker, nullSeq(local, q.Speaker), q.SpeakerText.Start, q.SpeakerText.End, q.SpeakerText.Text,
			dv, do, dt, dh, q.Claim, q.Stance, sqlstore.PackSpans(q.Pieces), sqlstore.JSONList(q.Speakers)); err != nil {
			return err
		}
	}
	return nil
}

func insertEvents(w *sqlstore.Writer, seq int64, pubDate string, a *newsgraph.Article, local map[string]int64) error {
	for i, e := range a.Events {
		dv, do, dt, dh := sqlstore.DateCols(e.Date)
		evDate := Date(dv)
		if evDate == "" {
			evDate = pubDate
		}
		var eseq int64
		err := w.QueryRow(`INSERT INTO events(article_seq, pos, plover, mode, context, cameo, quad_class, goldstein,
			date_value, date_origin, date_time, has_date, event_date, place_local, place_seq, status, reported_local, reported_seq,
			sent_start, sent_end, trig_start, trig_end, trig_text, is_primary, answers)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?) RETURNING seq`,
			seq, i, e.PLOVER, e.Mode, strings.Join(e.Context, " "), e.CAMEO, e.QuadClass, e.Goldstein,
			dv, do, dt, dh, evDate, e.Place, nullSeq(local, e.Place), e.Status, e.ReportedBy, nullSeq(local, e.ReportedBy),
			e.Sentence.Start, e.Sentence.End, e.Trigger.Start, e.Trigger.End, e.Trigger.Text, e.Answers).Scan(&eseq)
		if err != nil {
			return err
		}
		for role, actors := range map[string][]newsgraph.Actor{"source": e.Source, "target": e.Target} {
			for j, ac := range actors {
				if _, err := w.Exec(`INSERT INTO event_actors(event_seq, role, pos, entity_local, entity_seq, name, country, sector) VALUES (?,?,?,?,?,?,?,?)`,
					eseq, role, j, ac.Entity, nullSeq(local, ac.Entity), ac.Name, ac.Country, ac.Sector); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
