package postgres

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
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("postgres: begin: %w", err)
	}
	defer tx.Rollback()
	// One writer at a time across every process sharing the database, so
	// that the near-duplicate index each writer consults is complete.
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, writerLock); err != nil {
		return nil, fmt.Errorf("postgres: take the writer lock: %w", err)
	}
	w := &writer{tx: tx, ctx: ctx, entities: map[string]int64{}, groups: map[string]bool{}}
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
			return nil, fmt.Errorf("postgres: read back %s: %w", out[i].ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("postgres: commit: %w", err)
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
	s, err := w.tx.PrepareContext(w.ctx, rebind(q))
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
		return w.tx.QueryRowContext(w.ctx, rebind(q), args...) // reports the same error on Scan
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
		return res, fmt.Errorf("postgres: hash article %s: %w", id, err)
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
		return res, fmt.Errorf("postgres: look up article %s: %w", id, err)
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
		return fmt.Errorf("postgres: update entity counts: %w", err)
	}
	if _, err := w.exec(`DELETE FROM articles WHERE seq = ?`, seq); err != nil {
		return fmt.Errorf("postgres: delete article: %w", err)
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
			return "", fmt.Errorf("postgres: exact duplicate lookup: %w", err)
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
	rows, err := w.tx.QueryContext(w.ctx, rebind(`WITH c AS (SELECT article_seq, sum((key < 0)::int) AS sents, count(*) AS n FROM article_bands
		WHERE key IN (`+ph+`) GROUP BY article_seq ORDER BY n DESC LIMIT 50)
		SELECT a.dup_group, a.minhash, c.sents, (SELECT count(*) FROM article_bands b WHERE b.article_seq = c.article_seq AND b.key < 0)
		FROM c JOIN articles a ON a.seq = c.article_seq`), args...)
	if err != nil {
		return "", fmt.Errorf("postgres: near duplicate lookup: %w", err)
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
		return fmt.Errorf("postgres: insert article %s: %w", id, err)
	}
	// All keys in one statement: one round trip instead of one a key.
	if len(bands) > 0 {
		if _, err := w.exec(`INSERT INTO article_bands(key, article_seq) SELECT k, ? FROM unnest(?::bigint[]) AS k ON CONFLICT DO NOTHING`, seq, bands); err != nil {
			return fmt.Errorf("postgres: insert bands of %s: %w", id, err)
		}
	}
	for i, b := range a.Boilerplate {
		if _, err := w.exec(`INSERT INTO boilerplate(article_seq, pos, kind, text) VALUES (?,?,?,?)`, seq, i, string(b.Kind), b.Text); err != nil {
			return fmt.Errorf("postgres: insert boilerplate of %s: %w", id, err)
		}
	}
	local, err := w.insertEntities(seq, pubDate, a)
	if err != nil {
		return fmt.Errorf("postgres: insert entities of %s: %w", id, err)
	}
	if err := w.insertQuotes(seq, a, local); err != nil {
		return fmt.Errorf("postgres: insert quotes of %s: %w", id, err)
	}
	if err := w.insertTimes(seq, a); err != nil {
		return fmt.Errorf("postgres: insert times of %s: %w", id, err)
	}
	if err := w.insertEvents(seq, pubDate, a, local); err != nil {
		return fmt.Errorf("postgres: insert events of %s: %w", id, err)
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

// insertEntities stores the article's entities, their links to the global
// entities and their mentions: a handful of statements, whatever the number
// of entities (arrays through unnest), since round trips dominate the cost.
func (w *writer) insertEntities(seq int64, pubDate string, a *newsgraph.Article) (map[string]int64, error) {
	type link struct {
		lid, gid string
		e        *newsgraph.Entity
		pos      int
	}
	var links []link
	seen := map[string]bool{}
	pending := map[string]bool{}
	var ids, names, keys, types, countries []string
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
		if seen[lid] {
			continue
		}
		seen[lid] = true
		gid := EntityID(name, e.Type, e.Country)
		links = append(links, link{lid, gid, e, i})
		if _, ok := w.entities[gid]; !ok && !pending[gid] {
			pending[gid] = true
			ids, names, keys = append(ids, gid), append(names, strings.Join(strings.Fields(name), " ")), append(keys, nameKey(name))
			types, countries = append(types, e.Type), append(countries, e.Country)
		}
	}
	local := make(map[string]int64, len(links))
	if len(links) == 0 {
		return local, nil
	}
	if len(ids) > 0 {
		rows, err := w.tx.QueryContext(w.ctx, `INSERT INTO entities(id, name, name_key, type, country)
			SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
			ON CONFLICT(id) DO UPDATE SET name = entities.name RETURNING id, seq`, ids, names, keys, types, countries)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id string
			var s int64
			if err := rows.Scan(&id, &s); err != nil {
				rows.Close()
				return nil, err
			}
			w.entities[id] = s
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	var (
		lids, aeNames, roles, orgs []string
		ents, nMentions, poss      []int64
		mEnt, mStart, mEnd         []int64
		mLid, mText                []string
		counts                     = map[int64][2]int64{}
	)
	for _, l := range links {
		es, ok := w.entities[l.gid]
		if !ok {
			return nil, fmt.Errorf("entity %s was not stored", l.gid)
		}
		local[l.lid] = es
		lids, ents, aeNames = append(lids, l.lid), append(ents, es), append(aeNames, l.e.Name)
		roles, orgs = append(roles, jsonList(l.e.Roles)), append(orgs, jsonList(l.e.Orgs))
		nMentions, poss = append(nMentions, int64(len(l.e.Mentions))), append(poss, int64(l.pos))
		c := counts[es]
		counts[es] = [2]int64{c[0] + 1, c[1] + int64(len(l.e.Mentions))}
		for _, m := range l.e.Mentions {
			mEnt, mLid, mStart, mEnd, mText = append(mEnt, es), append(mLid, l.lid), append(mStart, int64(m.Start)), append(mEnd, int64(m.End)), append(mText, m.Text)
		}
	}
	if _, err := w.exec(`INSERT INTO article_entities(article_seq, local_id, entity_seq, name, roles, orgs, mentions, pos, pub_date, is_primary)
		SELECT $1, u.*, $9, 0 FROM unnest($2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[]) u`,
		seq, lids, ents, aeNames, roles, orgs, nMentions, poss, pubDate); err != nil {
		return nil, err
	}
	var cSeq, cArts, cMents []int64
	for es, c := range counts {
		cSeq, cArts, cMents = append(cSeq, es), append(cArts, c[0]), append(cMents, c[1])
	}
	if _, err := w.exec(`UPDATE entities e SET n_articles = e.n_articles + v.a, n_mentions = e.n_mentions + v.m
		FROM unnest($1::bigint[], $2::bigint[], $3::bigint[]) AS v(seq, a, m) WHERE e.seq = v.seq`, cSeq, cArts, cMents); err != nil {
		return nil, err
	}
	if len(mEnt) > 0 {
		if _, err := w.exec(`INSERT INTO mentions(article_seq, entity_seq, local_id, start, "end", text)
			SELECT $1, m.en, m.l, m.s, m.e, m.t FROM unnest($2::bigint[], $3::text[], $4::bigint[], $5::bigint[], $6::text[])
			WITH ORDINALITY AS m(en, l, s, e, t, n) ORDER BY m.n`, seq, mEnt, mLid, mStart, mEnd, mText); err != nil {
			return nil, err
		}
	}
	return local, nil
}

// insertTimes stores the article's times in one statement.
func (w *writer) insertTimes(seq int64, a *newsgraph.Article) error {
	if len(a.Times) == 0 {
		return nil
	}
	var pos, starts, ends []int64
	var texts, types, values, mods []string
	for i, t := range a.Times {
		pos, starts, ends = append(pos, int64(i)), append(starts, int64(t.Start)), append(ends, int64(t.End))
		texts, types, values, mods = append(texts, t.Text), append(types, t.Type), append(values, t.Value), append(mods, t.Mod)
	}
	_, err := w.exec(`INSERT INTO times(article_seq, pos, start, "end", text, type, value, mod)
		SELECT $1, * FROM unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[])`,
		seq, pos, starts, ends, texts, types, values, mods)
	return err
}

func dateCols(d *newsgraph.DateRef) (value, origin string, tm, has int) {
	if d == nil {
		return "", "", -1, 0
	}
	return d.Value, d.Origin, d.Time, 1
}

// seqOrZero returns the global entity seq of a local ID, 0 (stored as NULL) when unknown.
func seqOrZero(local map[string]int64, id string) int64 {
	if s, ok := local[id]; ok && id != "" {
		return s
	}
	return 0
}

// insertQuotes stores the article's quotes in one statement.
func (w *writer) insertQuotes(seq int64, a *newsgraph.Article, local map[string]int64) error {
	if len(a.Quotes) == 0 {
		return nil
	}
	n := len(a.Quotes)
	ints := make([][]int64, 11) // pos start end cue_start cue_end speaker_seq speaker_start speaker_end date_time has_date claim
	strs := make([][]string, 7) // text kind cue_text speaker_local speaker_text date_value date_origin
	for k := range ints {
		ints[k] = make([]int64, 0, n)
	}
	for i, q := range a.Quotes {
		dv, do, dt, dh := dateCols(q.Date)
		for k, v := range []int64{int64(i), int64(q.Start), int64(q.End), int64(q.Cue.Start), int64(q.Cue.End), seqOrZero(local, q.Speaker),
			int64(q.SpeakerText.Start), int64(q.SpeakerText.End), int64(dt), int64(dh), int64(q.Claim)} {
			ints[k] = append(ints[k], v)
		}
		for k, v := range []string{q.Text, q.Kind, q.Cue.Text, q.Speaker, q.SpeakerText.Text, dv, do} {
			strs[k] = append(strs[k], v)
		}
	}
	_, err := w.exec(`INSERT INTO quotes(article_seq, pos, start, "end", text, kind, cue_start, cue_end, cue_text,
		speaker_local, speaker_seq, speaker_start, speaker_end, speaker_text, date_value, date_origin, date_time, has_date, claim)
		SELECT $1, q.pos, q.s, q.e, q.text, q.kind, q.cs, q.ce, q.ct, q.sl, nullif(q.sq, 0), q.ss, q.se, q.st, q.dv, q.dor, q.dt, q.dh, q.cl
		FROM unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::text[], $6::text[], $7::bigint[], $8::bigint[], $9::text[],
			$10::text[], $11::bigint[], $12::bigint[], $13::bigint[], $14::text[], $15::text[], $16::text[], $17::bigint[], $18::bigint[], $19::bigint[])
		AS q(pos, s, e, text, kind, cs, ce, ct, sl, sq, ss, se, st, dv, dor, dt, dh, cl) ORDER BY q.pos`,
		seq, ints[0], ints[1], ints[2], strs[0], strs[1], ints[3], ints[4], strs[2],
		strs[3], ints[5], ints[6], ints[7], strs[4], strs[5], strs[6], ints[8], ints[9], ints[10])
	return err
}

// insertEvents stores the article's events in one statement and their
// actors in another.
func (w *writer) insertEvents(seq int64, pubDate string, a *newsgraph.Article, local map[string]int64) error {
	if len(a.Events) == 0 {
		return nil
	}
	n := len(a.Events)
	ints := make([][]int64, 11)  // pos quad_class date_time has_date place_seq reported_seq sent_start sent_end trig_start trig_end (unused)
	strs := make([][]string, 11) // plover mode context cameo date_value date_origin event_date place_local status reported_local trig_text
	gold := make([]float64, 0, n)
	for i, e := range a.Events {
		dv, do, dt, dh := dateCols(e.Date)
		evDate := Date(dv)
		if evDate == "" {
			evDate = pubDate
		}
		for k, v := range []int64{int64(i), int64(e.QuadClass), int64(dt), int64(dh), seqOrZero(local, e.Place), seqOrZero(local, e.ReportedBy),
			int64(e.Sentence.Start), int64(e.Sentence.End), int64(e.Trigger.Start), int64(e.Trigger.End)} {
			ints[k] = append(ints[k], v)
		}
		for k, v := range []string{e.PLOVER, e.Mode, strings.Join(e.Context, " "), e.CAMEO, dv, do, evDate, e.Place, e.Status, e.ReportedBy, e.Trigger.Text} {
			strs[k] = append(strs[k], v)
		}
		gold = append(gold, e.Goldstein)
	}
	rows, err := w.tx.QueryContext(w.ctx, `INSERT INTO events(article_seq, pos, plover, mode, context, cameo, quad_class, goldstein,
		date_value, date_origin, date_time, has_date, event_date, place_local, place_seq, status, reported_local, reported_seq,
		sent_start, sent_end, trig_start, trig_end, trig_text, is_primary)
		SELECT $1, v.pos, v.pl, v.mo, v.cx, v.ca, v.qc, v.gs, v.dv, v.dor, v.dt, v.dh, v.ed, v.plc, nullif(v.ps, 0), v.st, v.rl, nullif(v.rs, 0),
			v.ss, v.se, v.ts, v.te, v.tt, 0
		FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::float8[], $9::text[], $10::text[],
			$11::bigint[], $12::bigint[], $13::text[], $14::text[], $15::bigint[], $16::text[], $17::text[], $18::bigint[],
			$19::bigint[], $20::bigint[], $21::bigint[], $22::bigint[], $23::text[])
		AS v(pos, pl, mo, cx, ca, qc, gs, dv, dor, dt, dh, ed, plc, ps, st, rl, rs, ss, se, ts, te, tt) ORDER BY v.pos
		RETURNING seq, pos`,
		seq, ints[0], strs[0], strs[1], strs[2], strs[3], ints[1], gold, strs[4], strs[5],
		ints[2], ints[3], strs[6], strs[7], ints[4], strs[8], strs[9], ints[5],
		ints[6], ints[7], ints[8], ints[9], strs[10])
	if err != nil {
		return err
	}
	bySeq := make([]int64, n)
	for rows.Next() {
		var es, pos int64
		if err := rows.Scan(&es, &pos); err != nil {
			rows.Close()
			return err
		}
		if pos >= 0 && pos < int64(n) {
			bySeq[pos] = es
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var evs, poss, ents []int64
	var roles, elocals, names, countries, sectors []string
	for i, e := range a.Events {
		for _, r := range []struct {
			role   string
			actors []newsgraph.Actor
		}{{"source", e.Source}, {"target", e.Target}} {
			for j, ac := range r.actors {
				evs, roles, poss = append(evs, bySeq[i]), append(roles, r.role), append(poss, int64(j))
				elocals, ents = append(elocals, ac.Entity), append(ents, seqOrZero(local, ac.Entity))
				names, countries, sectors = append(names, ac.Name), append(countries, ac.Country), append(sectors, ac.Sector)
			}
		}
	}
	if len(evs) == 0 {
		return nil
	}
	_, err = w.exec(`INSERT INTO event_actors(event_seq, role, pos, entity_local, entity_seq, name, country, sector)
		SELECT x.ev, x.ro, x.po, x.el, nullif(x.en, 0), x.na, x.co, x.se
		FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::bigint[], $6::text[], $7::text[], $8::text[])
		AS x(ev, ro, po, el, en, na, co, se)`, evs, roles, poss, elocals, ents, names, countries, sectors)
	return err
}

// electPrimary marks the group's primary copy: the earliest publication day,
// then the most complete (longest) copy, then the earliest time, then the
// first stored; and copies the flag to the group's events and entity links.
func (w *writer) electPrimary(group string) error {
	var primary sql.NullInt64
	err := w.tx.QueryRowContext(w.ctx, rebind(`SELECT seq FROM articles WHERE dup_group = ?
		ORDER BY pub_date = '', pub_date, length(body) DESC, published, seq LIMIT 1`), group).Scan(&primary)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("postgres: elect primary of %s: %w", group, err)
	}
	if _, err := w.exec(`UPDATE articles SET is_primary = (seq = ?)::int WHERE dup_group = ? AND is_primary != (seq = ?)::int`, primary, group, primary); err != nil {
		return fmt.Errorf("postgres: elect primary of %s: %w", group, err)
	}
	if _, err := w.exec(`UPDATE events SET is_primary = (article_seq = ?)::int WHERE article_seq IN (SELECT seq FROM articles WHERE dup_group = ?)
		AND is_primary != (article_seq = ?)::int`, primary, group, primary); err != nil {
		return fmt.Errorf("postgres: elect primary of %s: %w", group, err)
	}
	if _, err := w.exec(`UPDATE article_entities SET is_primary = (article_seq = ?)::int WHERE article_seq IN (SELECT seq FROM articles WHERE dup_group = ?)
		AND is_primary != (article_seq = ?)::int`, primary, group, primary); err != nil {
		return fmt.Errorf("postgres: elect primary of %s: %w", group, err)
	}
	return nil
}
