-- newsgraph store, version 1: articles with their annotations as tables,
-- full-text search over bodies and quotes, and the near-duplicate index.
-- Offsets are byte offsets into articles.body, as in the Go types.

CREATE TABLE articles (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    origin       TEXT NOT NULL DEFAULT '',
    format       TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    section      TEXT NOT NULL DEFAULT '',
    dateline     TEXT NOT NULL DEFAULT '',
    published    TEXT NOT NULL DEFAULT '',
    pub_date     TEXT NOT NULL DEFAULT '',   -- YYYY-MM-DD of published, '' when unknown
    modified     TEXT NOT NULL DEFAULT '',
    language     TEXT NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT '',
    authors      TEXT NOT NULL DEFAULT '[]', -- JSON array of names (display only)
    contributors TEXT NOT NULL DEFAULT '[]', -- JSON array (display only)
    images       TEXT NOT NULL DEFAULT '[]', -- JSON array (display only)
    warnings     TEXT NOT NULL DEFAULT '[]', -- JSON array (display only)
    sentences    BLOB,                       -- packed little-endian uint32 start/end pairs
    body         TEXT NOT NULL DEFAULT '',
    body_hash    TEXT NOT NULL DEFAULT '',   -- hash of the normalised body: exact copies share it
    content_hash TEXT NOT NULL DEFAULT '',   -- hash of the whole record: unchanged re-ingests are skipped
    minhash      BLOB,                       -- dedup.Signature
    dup_group    TEXT NOT NULL,              -- id of the group's first-seen article
    is_primary   INTEGER NOT NULL DEFAULT 1, -- the group's earliest (then longest) copy
    ingested     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX articles_pub ON articles(pub_date DESC, seq DESC);
CREATE INDEX articles_source ON articles(source, pub_date);
CREATE INDEX articles_body_hash ON articles(body_hash);
CREATE INDEX articles_group ON articles(dup_group, is_primary);
CREATE INDEX articles_primary ON articles(is_primary, pub_date);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
END;

-- Locality-sensitive hashing keys of articles' MinHash signatures.
CREATE TABLE article_bands (
    key         INTEGER NOT NULL,
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    PRIMARY KEY (key, article_seq)
) WITHOUT ROWID;
CREATE INDEX article_bands_article ON article_bands(article_seq);

CREATE TABLE boilerplate (
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    pos         INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (article_seq, pos)
) WITHOUT ROWID;

-- Entities linked across articles by canonical name, type and country.
CREATE TABLE entities (
    seq     INTEGER PRIMARY KEY,
    id      TEXT NOT NULL UNIQUE,  -- hash of name key, type and country
    name    TEXT NOT NULL,
    name_key TEXT NOT NULL,        -- lower-cased, space-normalised name
    type    TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    n_articles INTEGER NOT NULL DEFAULT 0, -- articles (all copies) mentioning it
    n_mentions INTEGER NOT NULL DEFAULT 0,
    UNIQUE (name_key, type, country)
);
CREATE INDEX entities_type ON entities(type, country, n_articles DESC);
CREATE INDEX entities_rank ON entities(n_articles DESC);

-- One row per entity per article: the article-local ID and what the article says of it.
CREATE TABLE article_entities (
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,
    entity_seq  INTEGER NOT NULL REFERENCES entities(seq),
    name        TEXT NOT NULL,           -- the name as this article gives it
    roles       TEXT NOT NULL DEFAULT '[]',
    orgs        TEXT NOT NULL DEFAULT '[]',
    mentions    INTEGER NOT NULL DEFAULT 0,
    pos         INTEGER NOT NULL,
    PRIMARY KEY (article_seq, local_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities(entity_seq, article_seq);

CREATE TABLE mentions (
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    entity_seq  INTEGER NOT NULL REFERENCES entities(seq),
    local_id    TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_seq);
CREATE INDEX mentions_entity ON mentions(entity_seq, article_seq);

CREATE TABLE quotes (
    seq          INTEGER PRIMARY KEY,
    article_seq  INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    pos          INTEGER NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         TEXT NOT NULL,
    kind         TEXT NOT NULL DEFAULT '',
    cue_start    INTEGER NOT NULL DEFAULT 0,
    cue_end      INTEGER NOT NULL DEFAULT 0,
    cue_text     TEXT NOT NULL DEFAULT '',
    speaker_local TEXT NOT NULL DEFAULT '',
    speaker_seq  INTEGER REFERENCES entities(seq),
    speaker_start INTEGER NOT NULL DEFAULT 0,
    speaker_end  INTEGER NOT NULL DEFAULT 0,
    speaker_text TEXT NOT NULL DEFAULT '',
    date_value   TEXT NOT NULL DEFAULT '',
    date_origin  TEXT NOT NULL DEFAULT '',
    date_time    INTEGER NOT NULL DEFAULT -1,
    has_date     INTEGER NOT NULL DEFAULT 0,
    claim        INTEGER NOT NULL DEFAULT -1
);
CREATE INDEX quotes_article ON quotes(article_seq);
CREATE INDEX quotes_speaker ON quotes(speaker_seq, article_seq);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content='quotes', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.seq, new.text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;

CREATE TABLE times (
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    pos         INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL DEFAULT '',
    value       TEXT NOT NULL DEFAULT '',
    mod         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article_seq, pos)
) WITHOUT ROWID;
CREATE INDEX times_value ON times(value);

CREATE TABLE events (
    seq          INTEGER PRIMARY KEY,
    article_seq  INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    pos          INTEGER NOT NULL,
    plover       TEXT NOT NULL DEFAULT '',
    mode         TEXT NOT NULL DEFAULT '',
    context      TEXT NOT NULL DEFAULT '',  -- space-separated PLOVER context labels
    cameo        TEXT NOT NULL DEFAULT '',
    quad_class   INTEGER NOT NULL DEFAULT 0,
    goldstein    REAL NOT NULL DEFAULT 0,
    date_value   TEXT NOT NULL DEFAULT '',
    date_origin  TEXT NOT NULL DEFAULT '',
    date_time    INTEGER NOT NULL DEFAULT -1,
    has_date     INTEGER NOT NULL DEFAULT 0,
    event_date   TEXT NOT NULL DEFAULT '',  -- YYYY-MM-DD from the date, else the publication date
    place_local  TEXT NOT NULL DEFAULT '',
    place_seq    INTEGER REFERENCES entities(seq),
    status       TEXT NOT NULL DEFAULT '',
    reported_local TEXT NOT NULL DEFAULT '',
    reported_seq INTEGER REFERENCES entities(seq),
    sent_start   INTEGER NOT NULL DEFAULT 0,
    sent_end     INTEGER NOT NULL DEFAULT 0,
    trig_start   INTEGER NOT NULL DEFAULT 0,
    trig_end     INTEGER NOT NULL DEFAULT 0,
    trig_text    TEXT NOT NULL DEFAULT '',
    is_primary   INTEGER NOT NULL DEFAULT 1  -- copy of articles.is_primary, for aggregates
);
CREATE INDEX events_article ON events(article_seq);
CREATE INDEX events_date ON events(is_primary, event_date, quad_class);
CREATE INDEX events_type ON events(plover, event_date);
CREATE INDEX events_cameo ON events(cameo);

CREATE TABLE event_actors (
    event_seq   INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
    role        TEXT NOT NULL,   -- 'source' or 'target'
    pos         INTEGER NOT NULL,
    entity_local TEXT NOT NULL DEFAULT '',
    entity_seq  INTEGER REFERENCES entities(seq),
    name        TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    sector      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_seq, role, pos)
) WITHOUT ROWID;
CREATE INDEX event_actors_entity ON event_actors(entity_seq, role);
CREATE INDEX event_actors_country ON event_actors(country);
