-- newsgraph store, version 5: quote_speakers rows for the joint sources of the
-- quotes stored by version 3, which kept quotes.speakers but had no
-- quote_speakers table to index them in (version 4 indexes new writes only).
-- The same change as the SQLite store's 0005_quote_speakers_backfill.sql.
--
-- Each article-local entity ID in quotes.speakers is resolved through the
-- article's article_entities rows, as the writer resolves it: an ID naming no
-- stored entity is skipped and an entity named twice gets one row. Quotes that
-- already have rows (written by version 4) and quotes whose speakers are '[]'
-- or NULL are left alone, so running this again adds nothing.
INSERT INTO quote_speakers(article_seq, quote_pos, entity_seq)
SELECT DISTINCT q.article_seq, q.pos, ae.entity_seq
    FROM quotes q
    CROSS JOIN LATERAL jsonb_array_elements_text(q.speakers::jsonb) AS j(local_id)
    JOIN article_entities ae ON ae.article_seq = q.article_seq AND ae.local_id = j.local_id
    WHERE q.speakers != '[]'
        AND NOT EXISTS (SELECT 1 FROM quote_speakers qs WHERE qs.article_seq = q.article_seq AND qs.quote_pos = q.pos);
