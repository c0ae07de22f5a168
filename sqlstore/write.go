package sqlstore

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/dedup"
)

// PutArticles stores a batch of articles in one transaction (see
// newsgraph.ArticleService). It returns after the transaction is durable.
//
// noGrouping stores every article as a story of its own, without looking for
// near duplicates. Serialising the writers of one process is the caller's
// task; Dialect.BeginWrite may serialise those of several.
func (s *Store) PutArticles(ctx context.Context, as []*newsgraph.Article, noGrouping bool) ([]newsgraph.PutResult, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: begin: %w", s.d.Name, err)
	}
	defer tx.Rollback()
	w := &Writer{Tx: tx, Ctx: ctx, Entities: map[string]int64{}, groups: map[string]bool{}, noGrouping: noGrouping, d: &s.d}
	if s.d.BeginWrite != nil {
		if err := s.d.BeginWrite(w, as); err != nil {
			return nil, err
		}
	}
	out := make([]newsgraph.PutResult, 0, len(as))
	for _, a := range as {
		r, err := w.put(a)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	groups := make([]string, 0, len(w.groups))
	for g := range w.groups {
		groups = append(groups, g)
	}
	sort.Strings(groups)
	if s.d.LockGroups != nil {
		if err := s.d.LockGroups(w, groups); err != nil {
			return nil, err
		}
	}
	for _, g := range groups {
		if err := w.electPrimary(g); err != nil {
			return nil, err
		}
	}
	for i := range out {
		if out[i].Outcome == newsgraph.Skipped {
			continue
		}
		if err := w.QueryRow(`SELECT dup_group, is_primary FROM articles WHERE id = ?`, out[i].ID).Scan(&out[i].Group, &out[i].Primary); err != nil {
			return nil, fmt.Errorf("%s: read back %s: %w", w.d.Name, out[i].ID, err)
		}
	}
	if s.d.EndWrite != nil {
		if err := s.d.EndWrite(w); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("%s: commit: %w", w.d.Name, err)
	}
	return out, nil
}

// Writer stores articles inside one transaction; the Dialect's insert
// functions use it to store an article's annotations.
type Writer struct {
	// Tx is the write transaction.
	Tx *sql.Tx
	// Ctx is the context of the write.
	Ctx context.Context
	// Entities maps global entity IDs to their seq, for this transaction.
	Entities map[string]int64
	groups   map[string]bool // groups whose primary must be elected again
	// Local is the dialect's own state for this transaction (set by its
	// BeginWrite), nil for dialects that keep none.
	Local any
	// noGrouping skips the near-duplicate search.
	noGrouping bool
	stmts      map[string]*sql.Stmt
	d          *Dialect
}

// rebind rewrites q into the dialect's placeholder style.
func (w *Writer) rebind(q string) string {
	if w.d.Rebind == nil {
		return q
	}
	return w.d.Rebind(q)
}

// stmt returns the transaction's prepared statement for q, preparing it once.
func (w *Writer) stmt(q string) (*sql.Stmt, error) {
	if s, ok := w.stmts[q]; ok {
		return s, nil
	}
	s, err := w.Tx.PrepareContext(w.Ctx, w.rebind(q))
	if err != nil {
		return nil, err
	}
	if w.stmts == nil {
		w.stmts = map[string]*sql.Stmt{}
	}
	w.stmts[q] = s
	return s, nil
}

// Exec runs a prepared statement written with ? placeholders.
func (w *Writer) Exec(q string, args ...any) (sql.Result, error) {
	s, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(w.Ctx, args...)
}

// QueryRow runs a prepared single-row query written with ? placeholders.
func (w *Writer) QueryRow(q string, args ...any) *sql.Row {
	s, err := w.stmt(q)
	if err != nil {
		return w.Tx.QueryRowContext(w.Ctx, w.rebind(q), args...) // reports the same error on Scan
	}
	return s.QueryRowContext(w.Ctx, args...)
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
	h := sha256.Sum256([]byte(NameKey(name) + "\x00" + typ + "\x00" + country))
	return hex.EncodeToString(h[:8])
}

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

// JSONList encodes v as a JSON array, "[]" when it is empty or cannot be
// encoded.
func JSONList[T any](v []T) string {
	if len(v) == 0 {
		return "[]"
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "[]"
	}
	return string(b)
}

func (w *Writer) put(a *newsgraph.Article) (newsgraph.PutResult, error) {
	id := ArticleID(a)
	res := newsgraph.PutResult{ID: id}
	if a.Error != "" {
		res.Outcome = newsgraph.Skipped
		return res, nil
	}
	ch, err := contentHash(a)
	if err != nil {
		return res, fmt.Errorf("%s: hash article %s: %w", w.d.Name, id, err)
	}
	var (
		oldSeq   int64
		oldHash  string
		oldGroup string
	)
	err = w.QueryRow(`SELECT seq, content_hash, dup_group FROM articles WHERE id = ?`, id).Scan(&oldSeq, &oldHash, &oldGroup)
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
		return res, fmt.Errorf("%s: look up article %s: %w", w.d.Name, id, err)
	}
	if err := w.insert(id, ch, a); err != nil {
		return res, err
	}
	return res, nil
}

// delete removes an article and its annotations, keeping the entity counters right.
func (w *Writer) delete(seq int64) error {
	if _, err := w.Exec(`UPDATE entities SET n_articles = n_articles - 1,
		n_mentions = n_mentions - (SELECT ae.mentions FROM article_entities ae WHERE ae.article_seq = ? AND ae.entity_seq = entities.seq LIMIT 1)
		WHERE seq IN (SELECT entity_seq FROM article_entities WHERE article_seq = ?)`, seq, seq); err != nil {
		return fmt.Errorf("%s: update entity counts: %w", w.d.Name, err)
	}
	if _, err := w.Exec(`DELETE FROM articles WHERE seq = ?`, seq); err != nil {
		return fmt.Errorf("%s: delete article: %w", w.d.Name, err)
	}
	return nil
}

// findGroup returns the near-duplicate group a new article belongs to, "" for a new group.
func (w *Writer) findGroup(bodyHash string, sig *dedup.Signature, bands []int64, sentences int) (string, error) {
	if bodyHash != "" {
		var g string
		err := w.QueryRow(`SELECT dup_group FROM articles WHERE body_hash = ? LIMIT 1`, bodyHash).Scan(&g)
		if err == nil {
			return g, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return "", fmt.Errorf("%s: exact duplicate lookup: %w", w.d.Name, err)
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
	rows, err := w.Tx.QueryContext(w.Ctx, w.rebind(`WITH c AS (SELECT article_seq, `+w.d.SumTrue("key < 0")+` AS sents, count(*) AS n FROM article_bands
		WHERE key IN (`+ph+`) GROUP BY article_seq ORDER BY n DESC LIMIT 50)
		SELECT a.dup_group, a.minhash, c.sents, (SELECT count(*) FROM article_bands b WHERE b.article_seq = c.article_seq AND b.key < 0)
		FROM c JOIN articles a ON a.seq = c.article_seq`), args...)
	if err != nil {
		return "", fmt.Errorf("%s: near duplicate lookup: %w", w.d.Name, err)
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

func (w *Writer) insert(id, contentHash string, a *newsgraph.Article) error {
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
	err = w.QueryRow(`INSERT INTO articles (id, origin, format, url, source, title, section, dateline,
		published, pub_date, modified, language, description, authors, contributors, images, warnings, sentences,
		body, body_hash, content_hash, minhash, dup_group, is_primary, ingested)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?) RETURNING seq`,
		id, a.Origin, string(a.Format), a.URL, a.Source, a.Title, a.Section, a.Dateline,
		a.Published, pubDate, a.Modified, a.Language, a.Description, JSONList(a.Authors), JSONList(a.Contributors),
		JSONList(a.Images), JSONList(a.Warnings), PackSpans(a.Sentences),
		a.Body, bodyHash, contentHash, blob, group, time.Now().UTC().Format(time.RFC3339)).Scan(&seq)
	if err != nil {
		return fmt.Errorf("%s: insert article %s: %w", w.d.Name, id, err)
	}
	if err := w.d.InsertBands(w, seq, bands); err != nil {
		return fmt.Errorf("%s: insert bands of %s: %w", w.d.Name, id, err)
	}
	for i, b := range a.Boilerplate {
		if _, err := w.Exec(`INSERT INTO boilerplate(article_seq, pos, kind, text) VALUES (?,?,?,?)`, seq, i, string(b.Kind), b.Text); err != nil {
			return fmt.Errorf("%s: insert boilerplate of %s: %w", w.d.Name, id, err)
		}
	}
	local, err := w.d.InsertEntities(w, seq, pubDate, a)
	if err != nil {
		return fmt.Errorf("%s: insert entities of %s: %w", w.d.Name, id, err)
	}
	if err := w.d.InsertQuotes(w, seq, a, local); err != nil {
		return fmt.Errorf("%s: insert quotes of %s: %w", w.d.Name, id, err)
	}
	if err := w.insertJointSpeakers(seq, a, local); err != nil {
		return fmt.Errorf("%s: insert joint speakers of %s: %w", w.d.Name, id, err)
	}
	if err := w.d.InsertTimes(w, seq, a); err != nil {
		return fmt.Errorf("%s: insert times of %s: %w", w.d.Name, id, err)
	}
	if err := w.d.InsertEvents(w, seq, pubDate, a, local); err != nil {
		return fmt.Errorf("%s: insert events of %s: %w", w.d.Name, id, err)
	}
	return nil
}

// EntityName returns the name an entity is stored under: its own, else the
// text of its first mention; "" when that is blank too.
func EntityName(e *newsgraph.Entity) string {
	name := e.Name
	if strings.TrimSpace(name) == "" && len(e.Mentions) > 0 {
		name = e.Mentions[0].Text
	}
	if strings.TrimSpace(name) == "" {
		return ""
	}
	return name
}

// LocalID is the article-local ID of entity i: its own, or a made-up one for
// mentions that were never linked.
func LocalID(e *newsgraph.Entity, i int) string {
	if e.ID != "" {
		return e.ID
	}
	return fmt.Sprintf("_%d", i)
}

// insertJointSpeakers indexes the entities of each joint source ("Kenya and
// Uganda said") in quote_speakers; quotes with one speaker are not listed.
func (w *Writer) insertJointSpeakers(seq int64, a *newsgraph.Article, local map[string]int64) error {
	for i, q := range a.Quotes {
		seen := map[int64]bool{}
		for _, id := range q.Speakers {
			es, ok := local[id]
			if !ok || seen[es] {
				continue
			}
			seen[es] = true
			if _, err := w.Exec(`INSERT INTO quote_speakers(article_seq, quote_pos, entity_seq) VALUES (?,?,?)`, seq, i, es); err != nil {
				return err
			}
		}
	}
	return nil
}

// DateCols returns the stored columns of a date reference: value, origin,
// time and whether there is one (time -1 when d is nil).
func DateCols(d *newsgraph.DateRef) (value, origin string, tm, has int) {
	if d == nil {
		return "", "", -1, 0
	}
	return d.Value, d.Origin, d.Time, 1
}

// electPrimary marks the group's primary copy: the earliest publication day,
// then the most complete (longest) copy, then the earliest time, then the
// first stored; and copies the flag to the group's events and entity links.
func (w *Writer) electPrimary(group string) error {
	var primary sql.NullInt64
	err := w.Tx.QueryRowContext(w.Ctx, w.rebind(`SELECT seq FROM articles WHERE dup_group = ?
		ORDER BY pub_date = '', pub_date, length(body) DESC, published, seq LIMIT 1`), group).Scan(&primary)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%s: elect primary of %s: %w", w.d.Name, group, err)
	}
	if _, err := w.Exec(`UPDATE articles SET is_primary = `+w.d.BoolInt("(seq = ?)")+` WHERE dup_group = ? AND is_primary != `+w.d.BoolInt("(seq = ?)"), primary, group, primary); err != nil {
		return fmt.Errorf("%s: elect primary of %s: %w", w.d.Name, group, err)
	}
	if _, err := w.Exec(`UPDATE events SET is_primary = `+w.d.BoolInt("(article_seq = ?)")+` WHERE article_seq IN (SELECT seq FROM articles WHERE dup_group = ?)
		AND is_primary != `+w.d.BoolInt("(article_seq = ?)"), primary, group, primary); err != nil {
		return fmt.Errorf("%s: elect primary of %s: %w", w.d.Name, group, err)
	}
	if _, err := w.Exec(`UPDATE article_entities SET is_primary = `+w.d.BoolInt("(article_seq = ?)")+` WHERE article_seq IN (SELECT seq FROM articles WHERE dup_group = ?)
		AND is_primary != `+w.d.BoolInt("(article_seq = ?)"), primary, group, primary); err != nil {
		return fmt.Errorf("%s: elect primary of %s: %w", w.d.Name, group, err)
	}
	return nil
}
