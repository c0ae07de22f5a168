package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sqlstore"
)

// FTSQuery turns a user's search words into a safe PostgreSQL tsquery for
// to_tsquery('simple', ...): every word or "quoted phrase" must match (a
// phrase as adjacent words), a trailing * matches a prefix, and operator
// characters in the input are taken as separators, never as operators. It
// returns "" when the input holds no word.
func FTSQuery(s string) string {
	var terms []string
	for _, term := range sqlstore.SearchTerms(s) {
		prefix := strings.HasSuffix(term, "*")
		words := strings.FieldsFunc(term, func(r rune) bool {
			return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127)
		})
		if len(words) == 0 {
			continue
		}
		for i, w := range words {
			words[i] = "'" + strings.ToLower(w) + "'"
		}
		if prefix {
			words[len(words)-1] += ":*"
		}
		if len(words) == 1 {
			terms = append(terms, words[0])
		} else {
			terms = append(terms, "("+strings.Join(words, " <-> ")+")")
		}
	}
	return strings.Join(terms, " & ")
}

const countCap = 10000

// SearchArticles finds articles (see newsgraph.ArticleService). The total is
// capped at 10,000.
func (d *DB) SearchArticles(ctx context.Context, f newsgraph.ArticleFilter) ([]*newsgraph.ArticleHit, int, error) {
	limit, offset := sqlstore.Limits(f.Page)
	var w sqlstore.Where
	from := "articles a"
	snippet := "substr(a.body, 1, 240)"
	order := "a.pub_date DESC, a.seq DESC"
	if q := FTSQuery(f.Query); q != "" {
		from = "articles a CROSS JOIN to_tsquery('simple', ?) AS fq"
		w.Args = append(w.Args, q)
		w.Add("a.tsv @@ fq")
		snippet = "ts_headline('simple', a.body, fq, 'StartSel=\"\", StopSel=\"\", MaxWords=32, MinWords=12, FragmentDelimiter=\" … \"')"
		order = "ts_rank(a.tsv, fq) DESC, a.seq DESC"
	} else if strings.TrimSpace(f.Query) != "" {
		return []*newsgraph.ArticleHit{}, 0, nil
	}
	d.st.ArticleWhere(&w, f)
	q := `SELECT a.id, a.title, a.source, a.url, a.published, ` + snippet + `, a.dup_group, a.is_primary,
		(SELECT count(*) FROM articles b WHERE b.dup_group = a.dup_group)
		FROM ` + from + w.SQL() + ` ORDER BY ` + order + ` LIMIT ? OFFSET ?`
	hits, err := d.st.Hits(ctx, q, append(w.Args, limit, offset)...)
	if err != nil {
		return nil, 0, err
	}
	total := offset + len(hits)
	if len(hits) == limit || offset > 0 {
		err = d.queryRow(ctx, `SELECT count(*) FROM (SELECT 1 FROM `+from+w.SQL()+` LIMIT `+fmt.Sprint(countCap)+`) AS c`, w.Args...).Scan(&total)
		if err != nil {
			return nil, 0, fmt.Errorf("postgres: count search: %w", err)
		}
	}
	return hits, total, nil
}

// likePrefix returns a LIKE pattern matching strings that start with s literally.
func likePrefix(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`)
	return r.Replace(s) + "%"
}
