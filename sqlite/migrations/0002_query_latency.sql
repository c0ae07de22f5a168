-- newsgraph store, version 2: columns and indexes for the query latency bar.
--
-- article_entities carries a copy of its article's pub_date and is_primary (as
-- events already carry is_primary), so an entity's per-day chart reads one
-- index instead of joining every article of the entity. The write path fills
-- both columns and electPrimary keeps is_primary in step with articles.
ALTER TABLE article_entities ADD COLUMN pub_date TEXT NOT NULL DEFAULT '';
ALTER TABLE article_entities ADD COLUMN is_primary INTEGER NOT NULL DEFAULT 1;
UPDATE article_entities SET pub_date = a.pub_date, is_primary = a.is_primary
    FROM articles a WHERE a.seq = article_entities.article_seq;
CREATE INDEX article_entities_day ON article_entities(entity_seq, is_primary, pub_date);

-- A small covering index keyed by seq: full-text matches are checked against
-- date, copy and source filters here rather than in the wide articles rows
-- (a common word with a narrow date range checks every match of the word).
CREATE INDEX articles_seq_filter ON articles(seq, pub_date, is_primary, source);
