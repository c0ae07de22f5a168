-- newsgraph store, version 2: columns and indexes for the query latency bar
-- (the same change as the SQLite store's 0002_query_latency.sql).
--
-- article_entities carries a copy of its article's pub_date and is_primary (as
-- events already carry is_primary), so an entity's per-day chart reads one
-- index instead of joining every article of the entity. The write path fills
-- both columns and electPrimary keeps is_primary in step with articles.
ALTER TABLE article_entities ADD COLUMN pub_date TEXT NOT NULL DEFAULT '';
ALTER TABLE article_entities ADD COLUMN is_primary BIGINT NOT NULL DEFAULT 1;
UPDATE article_entities ae SET pub_date = a.pub_date, is_primary = a.is_primary
    FROM articles a WHERE a.seq = ae.article_seq;
CREATE INDEX article_entities_day ON article_entities(entity_seq, is_primary, pub_date);
