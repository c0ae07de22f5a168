// Scratch (not committed): replicate a base store K times inside SQLite, with variants
// (new IDs and URLs, dates shifted, sources varied), for query-latency tests.
package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/newsgraph/newsgraph/sqlite"
)

func main() {
	ctx := context.Background()
	from, _ := strconv.Atoi(os.Args[2])
	k, _ := strconv.Atoi(os.Args[3])
	d, err := sqlite.Open(ctx, os.Args[1], sqlite.Options{})
	if err != nil {
		panic(err)
	}
	db := d.SQL()
	db.SetMaxOpenConns(1)
	db.Exec(`PRAGMA cache_size=-800000`)
	db.Exec(`PRAGMA synchronous=OFF`)
	var S, Q, E int64
	// The base is the first block of rows: variant 0.
	db.QueryRow(`SELECT max(seq) FROM articles WHERE id NOT LIKE '%-v%'`).Scan(&S)
	db.QueryRow(`SELECT coalesce(max(q.seq),0) FROM quotes q WHERE q.article_seq <= ?`, S).Scan(&Q)
	db.QueryRow(`SELECT coalesce(max(e.seq),0) FROM events e WHERE e.article_seq <= ?`, S).Scan(&E)
	t0 := time.Now()
	for v := from; v <= k; v++ {
		shift := (v * 37) % 730
		tx, err := db.Begin()
		if err != nil {
			panic(err)
		}
		o := int64(v) * S
		stmts := []string{
			fmt.Sprintf(`INSERT INTO articles (seq, id, origin, format, url, source, title, section, dateline, published, pub_date, modified, language,
				description, authors, contributors, images, warnings, sentences, body, body_hash, content_hash, minhash, dup_group, is_primary, ingested)
				SELECT seq + %[1]d, id || '-v%[2]d', origin, format, CASE WHEN url = '' THEN '' ELSE url || '#v%[2]d' END,
				CASE WHEN source = '' THEN '' ELSE source || ' %[4]d' END, title, section, dateline,
				CASE WHEN pub_date = '' THEN published ELSE date(pub_date, '+%[3]d days') || substr(published, 11) END,
				CASE WHEN pub_date = '' THEN '' ELSE date(pub_date, '+%[3]d days') END, modified, language,
				description, authors, contributors, images, warnings, sentences, body, body_hash || '-v%[2]d', content_hash, minhash,
				dup_group || '-v%[2]d', is_primary, ingested FROM articles WHERE seq <= %[5]d`, o, v, shift, v%25, S),
			fmt.Sprintf(`INSERT INTO boilerplate SELECT article_seq + %d, pos, kind, text FROM boilerplate WHERE article_seq <= %d`, o, S),
			fmt.Sprintf(`INSERT INTO article_entities SELECT article_seq + %d, local_id, entity_seq, name, roles, orgs, mentions, pos FROM article_entities WHERE article_seq <= %d`, o, S),
			fmt.Sprintf(`INSERT INTO mentions SELECT article_seq + %d, entity_seq, local_id, start, "end", text FROM mentions WHERE article_seq <= %d`, o, S),
			fmt.Sprintf(`INSERT INTO quotes SELECT seq + %d, article_seq + %d, pos, start, "end", text, kind, cue_start, cue_end, cue_text, speaker_local, speaker_seq,
				speaker_start, speaker_end, speaker_text, CASE WHEN length(date_value) >= 10 AND date(substr(date_value, 1, 10)) IS NOT NULL THEN date(substr(date_value, 1, 10), '+%d days') || substr(date_value, 11) ELSE date_value END,
				date_origin, date_time, has_date, claim FROM quotes WHERE seq <= %d`, int64(v)*Q, o, shift, Q),
			fmt.Sprintf(`INSERT INTO times SELECT article_seq + %d, pos, start, "end", text, type, value, mod FROM times WHERE article_seq <= %d`, o, S),
			fmt.Sprintf(`INSERT INTO events SELECT seq + %d, article_seq + %d, pos, plover, mode, context, cameo, quad_class, goldstein,
				date_value, date_origin, date_time, has_date, CASE WHEN event_date = '' THEN '' ELSE date(event_date, '+%d days') END,
				place_local, place_seq, status, reported_local, reported_seq, sent_start, sent_end, trig_start, trig_end, trig_text, is_primary
				FROM events WHERE seq <= %d`, int64(v)*E, o, shift, E),
			fmt.Sprintf(`INSERT INTO event_actors SELECT event_seq + %d, role, pos, entity_local, entity_seq, name, country, sector FROM event_actors WHERE event_seq <= %d`, int64(v)*E, E),
		}
		for _, s := range stmts {
			if _, err := tx.Exec(s); err != nil {
				panic(fmt.Sprint(err, s))
			}
		}
		if err := tx.Commit(); err != nil {
			panic(err)
		}
		if v%10 == 0 {
			fmt.Fprintf(os.Stderr, "%d variants, %s\n", v, time.Since(t0).Round(time.Second))
		}
	}
	if _, err := db.Exec(fmt.Sprintf(`UPDATE entities SET n_articles = n_articles * %d, n_mentions = n_mentions * %d`, k+1, k+1)); err != nil {
		panic(err)
	}
	db.Exec(`ANALYZE`)
	st, _ := d.Stats(ctx)
	fmt.Printf("%+v in %s\n", st, time.Since(t0).Round(time.Second))
}
