package sqlite

import (
	"fmt"

	"github.com/newsgraph/newsgraph/sqlstore"
)

// dialect is what the shared queries of package sqlstore need to know of SQLite.
var dialect = sqlstore.Dialect{
	Name:          "sqlite",
	RowOrder:      "rowid",
	Instr:         "instr",
	PrefixOp:      "GLOB",
	PrefixPattern: globPrefix,
	FTSQuery:      FTSQuery,
	// The newest quotes among the latest matches: full-text search is bounded like SearchArticles.
	QuoteMatch: "q.seq IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT " + fmt.Sprint(rankWindow) + ")",
	// Roles, affiliations and surface forms come from the entity's latest 2,000 articles and mentions.
	EntityRoles: `SELECT roles, orgs FROM (SELECT ae.roles, ae.orgs FROM article_entities ae INDEXED BY article_entities_entity WHERE ae.entity_seq = ?
		ORDER BY ae.article_seq DESC LIMIT 2000) WHERE roles != '[]' OR orgs != '[]' LIMIT 200`,
	EntityNames: `SELECT text FROM (SELECT text FROM mentions WHERE entity_seq = ? ORDER BY article_seq DESC LIMIT 2000)
		GROUP BY text ORDER BY count(*) DESC LIMIT 10`,
	EventsQuery: func(where string) string {
		return `SELECT ev.seq, a.id, ev.event_date, ev.plover, ev.cameo, ev.quad_class, ev.goldstein, ev.status,
		coalesce(p.name, ''), ev.trig_text, CAST(substr(CAST(a.body AS BLOB), ev.sent_start + 1, ev.sent_end - ev.sent_start) AS TEXT), a.url, a.source
		FROM (SELECT ev.seq AS seq FROM events ev` + where + ` ORDER BY ev.event_date DESC, ev.seq DESC LIMIT ? OFFSET ?) k
		JOIN events ev ON ev.seq = k.seq JOIN articles a ON a.seq = ev.article_seq LEFT JOIN entities p ON p.seq = ev.place_seq
		ORDER BY ev.event_date DESC, ev.seq DESC`
	},
	NetworkQuery: func(where string) string {
		// Edges are grouped by entity seq (or lower-cased name for actors not
		// linked to an entity) before the entities are joined, so the entities are
		// looked up once per edge rather than once per event. Ties are broken by
		// the actors' keys, so that equal stores return the same edges.
		return `SELECT coalesce(se.id, 'name:' || g.sk), coalesce(se.name, g.sn), coalesce(nullif(se.country, ''), g.sc), coalesce(se.type, ''),
		coalesce(te.id, 'name:' || g.tk), coalesce(te.name, g.tn), coalesce(nullif(te.country, ''), g.tc), coalesce(te.type, ''),
		g.coop, g.conf
		FROM (SELECT s.entity_seq AS ss, CASE WHEN s.entity_seq IS NULL THEN lower(s.name) ELSE '' END AS sk, max(s.name) AS sn, max(s.country) AS sc,
			t.entity_seq AS ts, CASE WHEN t.entity_seq IS NULL THEN lower(t.name) ELSE '' END AS tk, max(t.name) AS tn, max(t.country) AS tc,
			sum(ev.quad_class IN (1, 2)) AS coop, sum(ev.quad_class IN (3, 4)) AS conf, count(*) AS n
			FROM events ev
			JOIN event_actors s ON s.event_seq = ev.seq AND s.role = 'source'
			JOIN event_actors t ON t.event_seq = ev.seq AND t.role = 'target'` + where + `
			GROUP BY ss, sk, ts, tk HAVING NOT (ss IS ts AND sk = tk)) g
		LEFT JOIN entities se ON se.seq = g.ss
		LEFT JOIN entities te ON te.seq = g.ts
		ORDER BY g.n DESC, 1, 5 LIMIT ?`
	},
	BoolInt:        func(expr string) string { return expr },
	SumTrue:        func(cond string) string { return "sum(" + cond + ")" },
	InsertBands:    insertBands,
	InsertEntities: insertEntities,
	InsertQuotes:   insertQuotes,
	InsertTimes:    insertTimes,
	InsertEvents:   insertEvents,
}
