-- newsgraph store, version 4: quote_speakers indexes the entities of joint
-- sources, so that "quotes by speaker" finds "Kenya and Uganda said ..." under
-- Kenya and under Uganda (quotes.speaker_seq holds single speakers only).
CREATE TABLE quote_speakers (
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    quote_pos   INTEGER NOT NULL,
    entity_seq  INTEGER NOT NULL REFERENCES entities(seq),
    PRIMARY KEY (entity_seq, article_seq, quote_pos)
) WITHOUT ROWID;
CREATE INDEX quote_speakers_article ON quote_speakers(article_seq);
