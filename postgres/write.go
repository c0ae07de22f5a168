package postgres

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sqlstore"
)

// ArticleID returns the ID the store files an article under: its own ID, else
// a hash of its URL, else of its normalised body.
func ArticleID(a *newsgraph.Article) string { return sqlstore.ArticleID(a) }

// EntityID returns the global ID of an entity: a hash of its normalised name,
// type and country, so that every writer of a store agrees on it.
func EntityID(name, typ, country string) string { return sqlstore.EntityID(name, typ, country) }

// Date returns the YYYY-MM-DD prefix of an ISO 8601 date or date-time, "" when
// s does not start with a full date.
func Date(s string) string { return sqlstore.Date(s) }

// insertBands stores an article's near-duplicate keys. All keys in one
// statement: one round trip instead of one a key.
func insertBands(w *sqlstore.Writer, seq int64, bands []int64) error {
	if len(bands) == 0 {
		return nil
	}
	_, err := w.Exec(`INSERT INTO article_bands(key, article_seq) SELECT k, ? FROM unnest(?::bigint[]) AS k ON CONFLICT DO NOTHING`, seq, bands)
	return err
}

// entityLink is an article's link to a global entity.
type entityLink struct {
	lid, gid, name string // article-local ID, global ID, name stored
	e              *newsgraph.Entity
	pos            int
}

// entityLinks returns the article's links to global entities: one per
// article-local ID, entities without a name left out.
func entityLinks(a *newsgraph.Article) []entityLink {
	var links []entityLink
	seen := map[string]bool{}
	for i := range a.Entities {
		e := &a.Entities[i]
		name := sqlstore.EntityName(e)
		if name == "" {
			continue
		}
		lid := sqlstore.LocalID(e, i)
		if seen[lid] {
			continue
		}
		seen[lid] = true
		links = append(links, entityLink{lid, EntityID(name, e.Type, e.Country), name, e, i})
	}
	return links
}

// insertEntities links the article to its global entities (stored
// beforehand by storeEntities, in w.Entities) and stores its mentions: a
// couple of statements, whatever the number of entities (arrays through
// unnest), since round trips dominate the cost. The entity counters are
// added up in the transaction's state and written by endWrite.
func insertEntities(w *sqlstore.Writer, seq int64, pubDate string, a *newsgraph.Article) (map[string]int64, error) {
	links := entityLinks(a)
	local := make(map[string]int64, len(links))
	if len(links) == 0 {
		return local, nil
	}
	if _, ok := w.Local.(*writeState); !ok {
		return nil, fmt.Errorf("postgres: write transaction without its state")
	}
	var (
		lids, aeNames, roles, orgs []string
		ents, nMentions, poss      []int64
		mEnt, mStart, mEnd         []int64
		mLid, mText                []string
		counts                     = map[int64][2]int64{}
	)
	for _, l := range links {
		es, ok := w.Entities[l.gid]
		if !ok {
			return nil, fmt.Errorf("entity %s was not stored", l.gid)
		}
		local[l.lid] = es
		lids, ents, aeNames = append(lids, l.lid), append(ents, es), append(aeNames, l.e.Name)
		roles, orgs = append(roles, sqlstore.JSONList(l.e.Roles)), append(orgs, sqlstore.JSONList(l.e.Orgs))
		nMentions, poss = append(nMentions, int64(len(l.e.Mentions))), append(poss, int64(l.pos))
		c := counts[es]
		counts[es] = [2]int64{c[0] + 1, c[1] + int64(len(l.e.Mentions))}
		for _, m := range l.e.Mentions {
			mEnt, mLid, mStart, mEnd, mText = append(mEnt, es), append(mLid, l.lid), append(mStart, int64(m.Start)), append(mEnd, int64(m.End)), append(mText, m.Text)
		}
	}
	if _, err := w.Exec(`INSERT INTO article_entities(article_seq, local_id, entity_seq, name, roles, orgs, mentions, pos, pub_date, is_primary)
		SELECT $1, u.*, $9, 0 FROM unnest($2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[]) u`,
		seq, lids, ents, aeNames, roles, orgs, nMentions, poss, pubDate); err != nil {
		return nil, err
	}
	st := w.Local.(*writeState)
	for es, c := range counts {
		t := st.counts[es]
		st.counts[es] = [2]int64{t[0] + c[0], t[1] + c[1]}
	}
	if len(mEnt) > 0 {
		if _, err := w.Exec(`INSERT INTO mentions(article_seq, entity_seq, local_id, start, "end", text)
			SELECT $1, m.en, m.l, m.s, m.e, m.t FROM unnest($2::bigint[], $3::text[], $4::bigint[], $5::bigint[], $6::text[])
			WITH ORDINALITY AS m(en, l, s, e, t, n) ORDER BY m.n`, seq, mEnt, mLid, mStart, mEnd, mText); err != nil {
			return nil, err
		}
	}
	return local, nil
}

// insertTimes stores the article's times in one statement.
func insertTimes(w *sqlstore.Writer, seq int64, a *newsgraph.Article) error {
	if len(a.Times) == 0 {
		return nil
	}
	var pos, starts, ends []int64
	var texts, types, values, mods []string
	for i, t := range a.Times {
		pos, starts, ends = append(pos, int64(i)), append(starts, int64(t.Start)), append(ends, int64(t.End))
		texts, types, values, mods = append(texts, t.Text), append(types, t.Type), append(values, t.Value), append(mods, t.Mod)
	}
	_, err := w.Exec(`INSERT INTO times(article_seq, pos, start, "end", text, type, value, mod)
		SELECT $1, * FROM unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[])`,
		seq, pos, starts, ends, texts, types, values, mods)
	return err
}

// seqOrZero returns the global entity seq of a local ID, 0 (stored as NULL) when unknown.
func seqOrZero(local map[string]int64, id string) int64 {
	if s, ok := local[id]; ok && id != "" {
		return s
	}
	return 0
}

// insertQuotes stores the article's quotes in one statement.
func insertQuotes(w *sqlstore.Writer, seq int64, a *newsgraph.Article, local map[string]int64) error {
	if len(a.Quotes) == 0 {
		return nil
	}
	n := len(a.Quotes)
	ints := make([][]int64, 11) // pos start end cue_start cue_end speaker_seq speaker_start speaker_end date_time has_date claim
	strs := make([][]string, 9) // text kind cue_text speaker_local speaker_text date_value date_origin stance speakers
	pieces := make([][]byte, 0, n)
	for k := range ints {
		ints[k] = make([]int64, 0, n)
	}
	for i, q := range a.Quotes {
		dv, do, dt, dh := sqlstore.DateCols(q.Date)
		pieces = append(pieces, sqlstore.PackSpans(q.Pieces))
		for k, v := range []int64{int64(i), int64(q.Start), int64(q.End), int64(q.Cue.Start), int64(q.Cue.End), seqOrZero(local, q.Speaker),
			int64(q.SpeakerText.Start), int64(q.SpeakerText.End), int64(dt), int64(dh), int64(q.Claim)} {
			ints[k] = append(ints[k], v)
		}
		for k, v := range []string{q.Text, q.Kind, q.Cue.Text, q.Speaker, q.SpeakerText.Text, dv, do,
			q.Stance, sqlstore.JSONList(q.Speakers)} {
			strs[k] = append(strs[k], v)
		}
	}
	_, err := w.Exec(`INSERT INTO quotes(article_seq, pos, start, "end", text, kind, cue_start, cue_end, cue_text,
		speaker_local, speaker_seq, speaker_start, speaker_end, speaker_text, date_value, date_origin, date_time, has_date, claim,
		stance, pieces, speakers)
		SELECT $1, q.pos, q.s, q.e, q.text, q.kind, q.cs, q.ce, q.ct, q.sl, nullif(q.sq, 0), q.ss, q.se, q.st, q.dv, q.dor, q.dt, q.dh, q.cl,
			q.sn, q.pc, q.sp
		FROM unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::text[], $6::text[], $7::bigint[], $8::bigint[], $9::text[],
			$10::text[], $11::bigint[], $12::bigint[], $13::bigint[], $14::text[], $15::text[], $16::text[], $17::bigint[], $18::bigint[], $19::bigint[],
			$20::text[], $21::bytea[], $22::text[])
		AS q(pos, s, e, text, kind, cs, ce, ct, sl, sq, ss, se, st, dv, dor, dt, dh, cl, sn, pc, sp) ORDER BY q.pos`,
		seq, ints[0], ints[1], ints[2], strs[0], strs[1], ints[3], ints[4], strs[2],
		strs[3], ints[5], ints[6], ints[7], strs[4], strs[5], strs[6], ints[8], ints[9], ints[10],
		strs[7], pieces, strs[8])
	return err
}

// insertEvents stores the article's events in one statement and their
// actors in another.
func insertEvents(w *sqlstore.Writer, seq int64, pubDate string, a *newsgraph.Article, local map[string]int64) error {
	if len(a.Events) == 0 {
		return nil
	}
	n := len(a.Events)
	ints := make([][]int64, 11)  // pos quad_class date_time has_date place_seq reported_seq sent_start sent_end trig_start trig_end answers
	strs := make([][]string, 11) // plover mode context cameo date_value date_origin event_date place_local status reported_local trig_text
	gold := make([]float64, 0, n)
	for i, e := range a.Events {
		dv, do, dt, dh := sqlstore.DateCols(e.Date)
		evDate := Date(dv)
		if evDate == "" {
			evDate = pubDate
		}
		for k, v := range []int64{int64(i), int64(e.QuadClass), int64(dt), int64(dh), seqOrZero(local, e.Place), seqOrZero(local, e.ReportedBy),
			int64(e.Sentence.Start), int64(e.Sentence.End), int64(e.Trigger.Start), int64(e.Trigger.End), int64(e.Answers)} {
			ints[k] = append(ints[k], v)
		}
		for k, v := range []string{e.PLOVER, e.Mode, strings.Join(e.Context, " "), e.CAMEO, dv, do, evDate, e.Place, e.Status, e.ReportedBy, e.Trigger.Text} {
			strs[k] = append(strs[k], v)
		}
		gold = append(gold, e.Goldstein)
	}
	rows, err := w.Tx.QueryContext(w.Ctx, `INSERT INTO events(article_seq, pos, plover, mode, context, cameo, quad_class, goldstein,
		date_value, date_origin, date_time, has_date, event_date, place_local, place_seq, status, reported_local, reported_seq,
		sent_start, sent_end, trig_start, trig_end, trig_text, is_primary, answers)
		SELECT $1, v.pos, v.pl, v.mo, v.cx, v.ca, v.qc, v.gs, v.dv, v.dor, v.dt, v.dh, v.ed, v.plc, nullif(v.ps, 0), v.st, v.rl, nullif(v.rs, 0),
			v.ss, v.se, v.ts, v.te, v.tt, 0, v.an
		FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::float8[], $9::text[], $10::text[],
			$11::bigint[], $12::bigint[], $13::text[], $14::text[], $15::bigint[], $16::text[], $17::text[], $18::bigint[],
			$19::bigint[], $20::bigint[], $21::bigint[], $22::bigint[], $23::text[], $24::bigint[])
		AS v(pos, pl, mo, cx, ca, qc, gs, dv, dor, dt, dh, ed, plc, ps, st, rl, rs, ss, se, ts, te, tt, an) ORDER BY v.pos
		RETURNING seq, pos`,
		seq, ints[0], strs[0], strs[1], strs[2], strs[3], ints[1], gold, strs[4], strs[5],
		ints[2], ints[3], strs[6], strs[7], ints[4], strs[8], strs[9], ints[5],
		ints[6], ints[7], ints[8], ints[9], strs[10], ints[10])
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
	_, err = w.Exec(`INSERT INTO event_actors(event_seq, role, pos, entity_local, entity_seq, name, country, sector)
		SELECT x.ev, x.ro, x.po, x.el, nullif(x.en, 0), x.na, x.co, x.se
		FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::bigint[], $6::text[], $7::text[], $8::text[])
		AS x(ev, ro, po, el, en, na, co, se)`, evs, roles, poss, elocals, ents, names, countries, sectors)
	return err
}
