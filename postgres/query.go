package postgres

import "github.com/newsgraph/newsgraph/sqlstore"

// dialect is what the shared queries of package sqlstore need to know of PostgreSQL.
var dialect = sqlstore.Dialect{
	Name:          "postgres",
	Rebind:        rebind,
	RowOrder:      "id",
	Instr:         "strpos",
	PrefixOp:      "LIKE",
	PrefixPattern: likePrefix,
	FTSQuery:      FTSQuery,
	QuoteMatch:    "q.tsv @@ to_tsquery('simple', ?)",
	EntityRoles: `SELECT ae.roles, ae.orgs FROM article_entities ae WHERE ae.entity_seq = ?
		AND (ae.roles != '[]' OR ae.orgs != '[]') ORDER BY ae.article_seq DESC LIMIT 200`,
	EntityNames: `SELECT text FROM mentions WHERE entity_seq = ? GROUP BY text ORDER BY count(*) DESC LIMIT 10`,
	EventsQuery: func(where string) string {
		return `SELECT ev.seq, a.id, ev.event_date, ev.plover, ev.cameo, ev.quad_class, ev.goldstein, ev.status,
		coalesce(p.name, ''), ev.trig_text, convert_from(substring(convert_to(a.body, 'UTF8') from (ev.sent_start + 1)::int for greatest(ev.sent_end - ev.sent_start, 0)::int), 'UTF8'), a.url, a.source
		FROM events ev JOIN articles a ON a.seq = ev.article_seq LEFT JOIN entities p ON p.seq = ev.place_seq` + where +
			` ORDER BY ev.event_date DESC, ev.seq DESC LIMIT ? OFFSET ?`
	},
	NetworkQuery: func(where string) string {
		key := func(x, e string) string {
			return "coalesce(" + e + ".id, 'name:' || lower(" + x + ".name))"
		}
		return `SELECT ` + key("s", "se") + `, max(coalesce(se.name, s.name)), max(coalesce(nullif(se.country, ''), s.country)), max(coalesce(se.type, '')),
		` + key("t", "te") + `, max(coalesce(te.name, t.name)), max(coalesce(nullif(te.country, ''), t.country)), max(coalesce(te.type, '')),
		sum((ev.quad_class IN (1, 2))::int), sum((ev.quad_class IN (3, 4))::int)
		FROM events ev
		JOIN event_actors s ON s.event_seq = ev.seq AND s.role = 'source'
		JOIN event_actors t ON t.event_seq = ev.seq AND t.role = 'target'
		LEFT JOIN entities se ON se.seq = s.entity_seq
		LEFT JOIN entities te ON te.seq = t.entity_seq` + where + `
		GROUP BY 1, 5 HAVING ` + key("s", "se") + ` != ` + key("t", "te") + ` ORDER BY count(*) DESC, 1, 5 LIMIT ?`
	},
	BoolInt:        func(expr string) string { return expr + "::int" },
	SumTrue:        func(cond string) string { return "sum((" + cond + ")::int)" },
	BeginWrite:     beginWrite,
	LockGroups:     lockGroups,
	EndWrite:       endWrite,
	InsertBands:    insertBands,
	InsertEntities: insertEntities,
	InsertQuotes:   insertQuotes,
	InsertTimes:    insertTimes,
	InsertEvents:   insertEvents,
}
