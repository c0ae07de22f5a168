-- newsgraph store, version 3: the statement fields that version 1 did not keep,
-- so that an article read back from the store equals the one written.
--
-- quotes.stance   "asserts" or "denies"
-- quotes.pieces   the content pieces of a split quotation, packed like articles.sentences; NULL for one piece
-- quotes.speakers the article-local entity IDs of a joint source ("Norway and Chile"), a JSON list
-- events.answers  1 + the index of the claim a denial answers, 0 for none
ALTER TABLE quotes ADD COLUMN stance TEXT NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN pieces BLOB;
ALTER TABLE quotes ADD COLUMN speakers TEXT NOT NULL DEFAULT '[]';
ALTER TABLE events ADD COLUMN answers INTEGER NOT NULL DEFAULT 0;
