package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/dedup"
)

// PutArticles stores a batch of articles in one transaction (see
// newsgraph.ArticleService). It returns after the transaction is durable.
func (d *DB) PutArticles(ctx context.Context, as []*newsgraph.Article) ([]newsgraph.PutResult, error) {
	d.wmu.Lock()
	defer d.wmu.Unlock()
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("sqlite: begin: %w", err)
	}
	defer tx.Rollback()
	w := &writer{tx: tx, ctx: ctx, entities: map[string]int64{}, groups: map[string]bool{}, noGrouping: d.noGrouping}
	out := make([]newsgraph.PutResult, 0, len(as))
	for _, a := range as {
		r, err := w.put(a)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	for g := range w.groups {
		if err := w.electPrimary(g); err != nil {
			return nil, err
		}
	}
	for i := range out {
		if out[i].Outcome == newsgraph.Skipped {
			continue
		}
		if err := w.queryRow(`SELECT dup_group, is_primary FROM articles WHERE id = ?`, out[i].ID).Scan(&out[i].Group, &out[i].Primary); err != nil {
			return nil, fmt.Errorf("sqlite: read back %s: %w", out[i].ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: commit: %w", err)
	}
	return out, nil
}

// writer stores articles inside one transaction.
type writer struct {
	tx       *sql.Tx
	ctx      context.Context
	entities map[string]int64 // global entity ID -> seq, for this transaction
	groups   map[string]bool  // groups whose primary must be elected again
	// noGrouping skips the near-duplicate search (see Options.NoGrouping).
	noGrouping bool
	stmts      map[string]*sql.Stmt
}

// stmt returns the transaction's prepared statement for q, preparing it once.
func (w *writer) stmt(q string) (*sql.Stmt, error) {
	if s, ok := w.stmts[q]; ok {
		return s, nil
	}
	s, err := w.tx.PrepareContext(w.ctx, q)
	if err != nil {
		return nil, err
	}
	if w.stmts == nil {
		w.stmts = map[string]*sql.Stmt{}
	}
	w.stmts[q] = s
	return s, nil
}

func (w *writer) exec(q string, args ...any) (sql.Result, error) {
	s, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(w.ctx, args...)
}

// queryRow runs a prepared single-row query.
func (w *writer) queryRow(q string, args ...any) *sql.Row {
	s, err := w.stmt(q)
	if err != nil {
		return w.tx.QueryRowContext(w.ctx, q, args...) // reports the same error on Scan
	}
	return s.QueryRowContext(w.ctx, args...)
}

// ArticleID returns the ID the store files an article under: its own ID, else
// a hash of its URL, else of its normalised body.
func ArticleID(a *newsgraph.Article) string {
	if a.ID != "" {
		return a.ID
	}
	key := a.URL
	if key == "" {
		key = "body:" + dedup.BodyHash(a.Body)
	}
	h := sha256.Sum256([]byte(key))
	return hex.EncodeToString(h[:8])
}

// contentHash hashes everything stored of an article except where it was read from.
func contentHash(a *newsgraph.Article) (string, error) {
	c := *a
	c.Origin = ""
	b, err := json.Marshal(&c)
	if err != nil {
		return "", err
	}
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:16]), nil
}

// EntityID returns the global ID of an entity: a hash of its normalised name,
// type and country, so that every writer of a store agrees on it.
func EntityID(name, typ, country string) string {
	h := sha256.Sum256([]byte(nameKey(name) + "\x00" + typ + "\x00" + country))
	return hex.EncodeToString(h[:8])
}

func nameKey(name string) string { return strings.Join(strings.Fields(strings.ToLower(name)), " ") }

// Date returns the YYYY-MM-DD prefix of an ISO 8601 date or date-time, "" when
// s does not start with a full date.
func Date(s string) string {
	if len(s) < 10 {
		return ""
	}
	d := s[:10]
	if _, err := time.Parse("2006-01-02", d); err != nil {
		return ""
	}
	return d
}

func jsonList[T any](v []T) string {
	if len(v) == 0 {
		return "[]"
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "[]"
	}
	return string(b)
}

func packSpans(ss []newsgraph.Span) []byte {
	if len(ss) == 0 {
		return nil
	}
	out := make([]byte, 8*len(ss))
	for i, s := range ss {
		binary.LittleEndian.PutUint32(out[8*i:], uint32(max(s.Start, 0)))
		binary.LittleEndian.PutUint32(out[8*i+4:], uint32(max(s.End, 0)))
	}
	return out
}

func unpackSpans(b []byte) []newsgraph.Span {
	out := make([]newsgraph.Span, 0, len(b)/8)
	for i := 0; i+8 <= len(b); i += 8 {
		out = append(out, newsgraph.Span{Start: int(binary.LittleEndian.Uint32(b[i:])), End: int(binary.LittleEndian.Uint32(b[i+4:]))})
	}
	return out
}

func (w *writer) put(a *newsgraph.Article) (newsgraph.PutResult, error) {
	id := ArticleID(a)
	res := newsgraph.PutResult{ID: id}
	if a.Error != "" {
		res.Outcome = newsgraph.Skipped
		return res, nil
	}
	ch, err := contentHash(a)
	if err != nil {
		return res, fmt.Errorf("sqlite: hash article %s: %w", id, err)
	}
	var (
		oldSeq   int64
		oldHash  string
		oldGroup string
	)
	err = w.queryRow(`SELECT seq, content_hash, dup_group FROM articles WHERE id = ?`, id).Scan(&oldSeq, &oldHash, &oldGroup)
	switch {
	case err == nil && oldHash == ch:
		res.Outcome = newsgraph.Unchanged
		return res, nil
	case err == nil:
		res.Outcome = newsgraph.Updated
		if err := w.delete(oldSeq); err != nil {
			return res, err
		}
		w.groups[oldGroup] = true
	case errors.Is(err, sql.ErrNoRows):
		res.Outcome = newsgraph.Inserted
	default:
		return res, fmt.Errorf("sqlite: look up article %s: %w", id, err)
	}
	if err := w.insert(id, ch, a); err != nil {
		return res, err
	}
	return res, nil
}

// delete removes an article and its annotations, keeping the entity counters right.
func (w *writer) delete(seq int64) error {
	if _, err := w.exec(`UPDATE entities SET n_articles = n_articles - 1,
		n_mentions = n_mentions - (SELECT ae.mentions FROM article_entities ae WHERE ae.article_seq = ? AND ae.entity_seq = entities.seq LIMIT 1)
		WHERE seq IN (SELECT entity_seq FROM article_entities WHERE article_seq = ?)`, seq, seq); err != nil {
		return fmt.Errorf("sqlite: update entity counts: %w", err)
	}
	if _, err := w.exec(`DELETE FROM articles WHERE seq = ?`, seq); err != nil {
		return fmt.Errorf("sqlite: delete article: %w", err)
	}
	return nil
}

// findGroup returns the near-duplicate group a new article belongs to, "" for a new group.
func (w *writer) findGroup(bodyHash string, sig *dedup.Signature, bands []int64, sentences int) (string, error) {
	if bodyHash != "" {
		var g string
		err := w.queryRow(`SELECT dup_group FROM articles WHERE body_hash = ? LIMIT 1`, bodyHash).Scan(&g)
		if err == nil {
			return g, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return "", fmt.Errorf("sqlite: exact duplicate lookup: %w", err)
		}
	}
	if len(bands) == 0 {
		return "", nil
	}
	ph := strings.TrimSuffix(strings.Repeat("?,", len(bands)), ",")
	args := make([]any, len(bands))
	for i, b := range bands {
		args[i] = b
	}
	// Candidates share a band or a sentence key; sentence keys are the negative ones.
	rows, err := w.tx.QueryContext(w.ctx, `WITH c AS (SELECT article_seq, sum(key < 0) AS sents, count(*) AS n FROM article_bands
		WHERE key IN (`+ph+`) GROUP BY article_seq ORDER BY n DESC LIMIT 50)
		SELECT a.dup_group, a.minhash, c.sents, (SELECT count(*) FROM article_bands b WHERE b.article_seq = c.article_seq AND b.key < 0)
		FROM c JOIN articles a ON a.seq = c.article_seq`, args...)
	if err != nil {
		return "", fmt.Errorf("sqlite: near duplicate lookup: %w", err)
	}
	defer rows.Close()
	best, bestScore := "", 0.0
	for rows.Next() {
		var g string
		var blob []byte
		var shared, theirs int
		if err := rows.Scan(&g, &blob, &shared, &theirs); err != nil {
			return "", err
		}
		var other dedup.Signature
		if other.UnmarshalBinary(blob) != nil {
			continue
		}
		j, c := dedup.Similarity(sig, &other)
		score := max(j, c)
		if !dedup.Duplicate(sig, &other) {
			if !dedup.SharedSentences(shared, sentences, theirs) {
				continue
			}
			score = float64(shared) / float64(max(1, min(sentences, theirs)))
		}
		if score > bestScore {
			best, bestScore = g, score
		}
	}
	return best, rows.Err()
}

func (w *writer) insert(id, contentHash string, a *newsgraph.Article) error {
	bodyHash := ""
	if strings.TrimSpace(a.Body) != "" {
		bodyHash = dedup.BodyHash(a.Body)
	}
	var err error
	sig := dedup.Sign(a.Body)
	sents := dedup.SentenceKeys(a.Body)
	bands := append(sig.Bands(), sents...)
	group := ""
	if !w.noGrouping {
		group, err = w.findGroup(bodyHash, &sig, bands, len(sents))
		if err != nil {
			return err
		}
	}
	if group == "" {
		group = id
	}
	w.groups[group] = true
	blob, _ := sig.MarshalBinary()
	pubDate := Date(a.Published)
	var seq int64
	err = w.queryRow(`INSERT INTO articles (id, origin, format, url, source, title, section, dateline,
		published, pub_date, modified, language, description, authors, contributors, images, warnings, sentences,
		body, body_hash, content_hash, minhash, dup_group, is_primary, ingested)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?) RETURNING seq`,
		id, a.Origin, string(a.Format), a.URL, a.Source, a.Title, a.Section, a.Dateline,
		a.Published, pubDate, a.Modified, a.Language, a.Description, jsonList(a.Authors), jsonList(a.Contributors),
		jsonList(a.Images), jsonList(a.Warnings), packSpans(a.Sentences),
		a.Body, bodyHash, contentHash, blob, group, time.Now().UTC().Format(time.RFC3339)).Scan(&seq)
	if err != nil {
		return fmt.Errorf("sqlite: insert article %s: %w", id, err)
	}
	for _, b := range bands {
		if _, err := w.exec(`INSERT OR IGNORE INTO article_bands(key, article_seq) VALUES (?, ?)`, b, seq); err != nil {
			return fmt.Errorf("sqlite: insert bands of %s: %w", id, err)
		}
	}
	for i, b := range a.Boilerplate {
		if _, err := w.exec(`INSERT INTO boilerplate(article_seq, pos, kind, text) VALUES (?,?,?,?)`, seq, i, string(b.Kind), b.Text); err != nil {
			return fmt.Errorf("sqlite: insert boilerplate of %s: %w", id, err)
		}
	}
	local, err := w.insertEntities(seq, pubDate, a)
	if err != nil {
		return fmt.Errorf("sqlite: insert entities of %s: %w", id, err)
	}
	if err := w.insertQuotes(seq, a, local); err != nil {
		return fmt.Errorf("sqlite: insert quotes of %s: %w", id, err)
	}
	for i, t := range a.Times {
		if _, err := w.exec(`INSERT INTO times(article_seq, pos, start, "end", text, type, value, mod) VALUES (?,?,?,?,?,?,?,?)`,
			seq, i, t.Start, t.End, t.Text, t.Type, t.Value, t.Mod); err != nil {
			return fmt.Errorf("sqlite: insert times of %s: %w", id, err)
		}
	}
	if err := w.insertEvents(seq, pubDate, a, local); err != nil {
		return fmt.Errorf("sqlite: insert events of %s: %w", id, err)
	}
	return nil
}

// localID is the article-local ID of entity i: its own, or a made-up one for
// mentions that were never linked.
func localID(e *newsgraph.Entity, i int) string {
	if e.ID != "" {
		return e.ID
	}
	return fmt.Sprintf("_%d", i)
}

func (w *writer) entitySeq(name, typ, country string) (int64, error) {
	id := EntityID(name, typ, country)
	if s, ok := w.entities[id]; ok {
		return s, nil
	}
	var seq int64
	err := w.queryRow(`INSERT INTO entities(id, name, name_key, type, country) VALUES (?,?,?,?,?)
		ON CONFLICT(id) DO UPDATE SET name = name RETURNING seq`, id, strings.Join(strings.Fields(name), " "), nameKey(name), typ, country).Scan(&seq)
	if err != nil {
		return 0, err
	}
	w.entities[id] = seq
	return seq, nil
}

func (w *writer) insertEntities(seq int64, pubDate string, a *newsgraph.Article) (map[string]int64, error) {
	local := make(map[string]int64, len(a.Entities))
	for i := range a.Entities {
		e := &a.Entities[i]
		name := e.Name
		if strings.TrimSpace(name) == "" && len(e.Mentions) > 0 {
			name = e.Mentions[0].Text
		}
		if strings.TrimSpace(name) == "" {
			continue
		}
		lid := localID(e, i)
		if _, dup := local[lid]; dup {
			continue
		}
		es, err := w.entitySeq(name, e.Type, e.Country)
		if err != nil {
			return nil, err
		}
		local[lid] = es
		if _, err := w.exec(`INSERT INTO article_entities(article_seq, local_id, entity_seq, name, roles, orgs, mentions, pos, pub_date, is_primary)
			VALUES (?,?,?,?,?,?,?,?,?,0)`,
			seq, lid, es, e.Name, jsonList(e.Roles), jsonList(e.Orgs), len(e.Mentions), i, pubDate); err != nil {
			return nil, err
		}
		if _, err := w.exec(`UPDATE entities SET n_articles = n_articles + 1, n_mentions = n_mentions + ? WHERE seq = ?`, len(e.Mentions), es); err != nil {
			return nil, err
		}
		for _, m := range e.Mentions {
			if _, err := w.exec(`INSERT INTO mentions(article_seq, entity_seq, local_id, start, "end", text) VALUES (?,?,?,?,?,?)`,
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

func dateCols(d *newsgraph.DateRef) (value, origin string, tm, has int) {
	if d == nil {
		return "", "", -1, 0
	}
	return d.Value, d.Origin, d.Time, 1
}

func (w *writer) insertQuotes(seq int64, a *newsgraph.Article, local map[string]int64) error {
	for i, q := range a.Quotes {
		dv, do, dt, dh := dateCols(q.Date)
		if _, err := w.exec(`INSERT INTO quotes(article_seq, pos, start, "end", text, kind, cue_start, cue_end, cue_text,
			speaker_local, speaker_seq, speaker_start, speaker_end, speaker_text, date_value, date_origin, date_time, has_date, claim)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			seq, i, q.Start, q.End, q.Text, q.Kind, q.Cue.Start, q.Cue.End, q.Cue.Text,
			q.Speaker, nullSeq(local, q.Speaker), q.SpeakerText.Start, q.SpeakerText.End, q.SpeakerText.Text,
			dv, do, dt, dh, q.Claim); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) insertEvents(seq int64, pubDate string, a *newsgraph.Article, local map[string]int64) error {
	for i, e := range a.Events {
		dv, do, dt, dh := dateCols(e.Date)
		evDate := Date(dv)
		if evDate == "" {
			evDate = pubDate
		}
		var eseq int64
		err := w.queryRow(`INSERT INTO events(article_seq, pos, plover, mode, context, cameo, quad_class, goldstein,
			date_value, date_origin, date_time, has_date, event_date, place_local, place_seq, status, reported_local, reported_seq,
			sent_start, sent_end, trig_start, trig_end, trig_text, is_primary)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0) RETURNING seq`,
			seq, i, e.PLOVER, e.Mode, strings.Join(e.Context, " "), e.CAMEO, e.QuadClass, e.Goldstein,
			dv, do, dt, dh, evDate, e.Place, nullSeq(local, e.Place), e.Status, e.ReportedBy, nullSeq(local, e.ReportedBy),
			e.Sentence.Start, e.Sentence.End, e.Trigger.Start, e.Trigger.End, e.Trigger.Text).Scan(&eseq)
		if err != nil {
			return err
		}
		for role, actors := range map[string][]newsgraph.Actor{"source": e.Source, "target": e.Target} {
			for j, ac := range actors {
				if _, err := w.exec(`INSERT INTO event_actors(event_seq, role, pos, entity_local, entity_seq, name, country, sector) VALUES (?,?,?,?,?,?,?,?)`,
					eseq, role, j, ac.Entity, nullSeq(local, ac.Entity), ac.Name, ac.Country, ac.Sector); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// electPrimary marks the group's primary copy: the earliest publication day,
// then the most complete (longest) copy, then the earliest time, then the
// first stored; and copies the flag to the group's events and entity links.
func (w *writer) electPrimary(group string) error {
	var primary sql.NullInt64
	err := w.tx.QueryRowContext(w.ctx, `SELECT seq FROM articles WHERE dup_group = ?
		ORDER BY pub_date = '', pub_date, length(body) DESC, published, seq LIMIT 1`, group).Scan(&primary)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("sqlite: elect primary of %s: %w", group, err)
	}
	if _, err := w.exec(`UPDATE articles SET is_primary = (seq = ?) WHERE dup_group = ? AND is_primary != (seq = ?)`, primary, group, primary); err != nil {
		return fmt.Errorf("sqlite: elect primary of %s: %w", group, err)
	}
	if _, err := w.exec(`UPDATE events SET is_primary = (article_seq = ?) WHERE article_seq IN (SELECT seq FROM articles WHERE dup_group = ?)
		AND is_primary != (article_seq = ?)`, primary, group, primary); err != nil {
		return fmt.Errorf("sqlite: elect primary of %s: %w", group, err)
	}
	if _, err := w.exec(`UPDATE article_entities SET is_primary = (article_seq = ?) WHERE article_seq IN (SELECT seq FROM articles WHERE dup_group = ?)
		AND is_primary != (article_seq = ?)`, primary, group, primary); err != nil {
		return fmt.Errorf("sqlite: elect primary of %s: %w", group, err)
	}
	return nil
}
