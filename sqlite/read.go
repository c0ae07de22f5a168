package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sqlstore"
)

// FTSQuery turns a user's search words into a safe FTS5 query: every word or
// "quoted phrase" becomes a quoted string (so FTS5 operators and syntax in
// the input are taken literally), a trailing * keeps prefix matching, and all
// terms must match. It returns "" when the input holds no word.
func FTSQuery(s string) string {
	var terms []string
	for _, term := range sqlstore.SearchTerms(s) {
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
	limit, offset := sqlstore.Limits(f.Page)
	var w sqlstore.Where
	fts := FTSQuery(f.Query)
	if fts == "" && strings.TrimSpace(f.Query) != "" {
		return []*newsgraph.ArticleHit{}, 0, nil
	}
	d.st.ArticleWhere(&w, f)
	cols := `a.id, a.title, a.source, a.url, a.published, substr(a.body, 1, 240), a.dup_group, a.is_primary,
		(SELECT count(*) FROM articles b WHERE b.dup_group = a.dup_group)`
	var (
		hits []*newsgraph.ArticleHit
		err  error
		from = "articles a"
	)
	if fts == "" {
		hits, err = d.st.Hits(ctx, `SELECT `+cols+` FROM articles a`+w.SQL()+` ORDER BY a.pub_date DESC, a.seq DESC LIMIT ? OFFSET ?`,
			append(w.Args, limit, offset)...)
	} else {
		w.Add("articles_fts MATCH ?", fts)
		// Matches are checked against the filters in the small covering index
		// articles_seq_filter, not in the wide rows: a common word with a narrow
		// date range checks many matches (migration 0002).
		from = "articles_fts JOIN articles a INDEXED BY articles_seq_filter ON a.seq = articles_fts.rowid"
		hits, err = d.st.Hits(ctx, `SELECT `+cols+` FROM (SELECT articles_fts.rowid AS s, articles_fts.rank AS k FROM `+from+w.SQL()+
			` ORDER BY articles_fts.rowid DESC LIMIT `+fmt.Sprint(rankWindow)+`) c JOIN articles a ON a.seq = c.s ORDER BY c.k, c.s DESC LIMIT ? OFFSET ?`,
			append(w.Args, limit, offset)...)
		if err == nil {
			err = d.snippets(ctx, fts, hits)
		}
	}
	if err != nil {
		return nil, 0, err
	}
	total := offset + len(hits)
	if len(hits) == limit || offset > 0 {
		err = d.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM `+from+w.SQL()+` LIMIT `+fmt.Sprint(countCap)+`)`, w.Args...).Scan(&total)
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
