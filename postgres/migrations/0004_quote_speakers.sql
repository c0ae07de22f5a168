-- newsgraph store, version 4: quote_speakers indexes the entities of joint
-- sources, so that "quotes by speaker" finds "Kenya and Uganda said ..." under
-- Kenya and under Uganda (quotes.speaker_seq holds single speakers only). The
-- same change as the SQLite store's 0004_quote_speakers.sql.
CREATE TABLE quote_speakers (
    article_seq BIGINT NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    quote_pos   BIGINT NOT NULL,
    entity_seq  BIGINT NOT NULL REFERENCES entities(seq),
    PRIMARY KEY (entity_seq, article_seq, quote_pos)
);
CREATE INDEX quote_speakers_article ON quote_speakers(article_seq);
