// The SQLite schema, as numbered migrations applied in order and recorded in schema_version.
// Never edit a released migration: add the next one.

export const SQLITE_MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  url TEXT, title TEXT, published TEXT, year TEXT, site TEXT, lang TEXT, source TEXT,
  ingested_at TEXT NOT NULL,
  analyzed_at TEXT NOT NULL,
  n_error INTEGER NOT NULL DEFAULT 0, n_warning INTEGER NOT NULL DEFAULT 0, n_info INTEGER NOT NULL DEFAULT 0,
  duplicate_of INTEGER REFERENCES documents(id),
  signature BLOB,
  body TEXT NOT NULL,
  brief_gz BLOB NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
CREATE TABLE raw_inputs (doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE, name TEXT NOT NULL, bytes_gz BLOB NOT NULL);
CREATE VIRTUAL TABLE doc_fts USING fts5(title, body, content='documents', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
CREATE TABLE entities (doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, eid TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, kb_id TEXT, salience REAL, mentions INTEGER, PRIMARY KEY (doc_id, eid)) WITHOUT ROWID;
CREATE INDEX entities_key ON entities(key, doc_id);
CREATE TABLE entity_names (name TEXT NOT NULL, key TEXT NOT NULL, doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, eid TEXT NOT NULL, PRIMARY KEY (name, key, doc_id, eid)) WITHOUT ROWID;
CREATE INDEX entity_names_doc ON entity_names(doc_id);
CREATE TABLE mentions (doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, start INTEGER NOT NULL, "end" INTEGER NOT NULL, type TEXT NOT NULL, eid TEXT);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE TABLE times (doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, start INTEGER NOT NULL, "end" INTEGER NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL);
CREATE INDEX times_doc ON times(doc_id);
CREATE TABLE timeline (doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, seq INTEGER NOT NULL, value TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, summary TEXT NOT NULL, entity_keys TEXT NOT NULL, PRIMARY KEY (doc_id, seq)) WITHOUT ROWID;
CREATE INDEX timeline_value ON timeline(value);
CREATE TABLE figures (doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, fid TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, value REAL, low REAL, high REAL, unit TEXT, approx TEXT, measure TEXT NOT NULL, subject TEXT, time TEXT, k_subject TEXT, k_measure TEXT, k_unit TEXT, k_time TEXT, sentence TEXT NOT NULL, PRIMARY KEY (doc_id, fid)) WITHOUT ROWID;
CREATE INDEX figures_key ON figures(k_subject, k_measure, k_unit) WHERE k_subject IS NOT NULL;
CREATE TABLE quotes (doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL, speaker TEXT, cue TEXT);
CREATE INDEX quotes_doc ON quotes(doc_id);
CREATE TABLE claims (doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, start INTEGER NOT NULL, "end" INTEGER NOT NULL, score REAL NOT NULL, label TEXT NOT NULL, attribution TEXT NOT NULL, kinds TEXT NOT NULL);
CREATE INDEX claims_doc ON claims(doc_id);
CREATE TABLE findings (doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, seq INTEGER NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL, spans TEXT NOT NULL, PRIMARY KEY (doc_id, seq)) WITHOUT ROWID;
CREATE TABLE minhash_bands (band INTEGER NOT NULL, doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, PRIMARY KEY (band, doc_id)) WITHOUT ROWID;
CREATE INDEX minhash_bands_doc ON minhash_bands(doc_id);
`,
  },
  {
    // Title matches weigh four times body matches; set as FTS5's rank so ORDER BY rank uses it.
    version: 2,
    sql: `INSERT INTO doc_fts (doc_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');`,
  },
  {
    // Search filters without a scan of the documents table (whose rows carry the text): the
    // documents with findings to look at, and entities by type.
    version: 3,
    sql: `
CREATE INDEX documents_flagged ON documents(published) WHERE n_error + n_warning > 0;
CREATE INDEX entities_type ON entities(type, doc_id);
`,
  },
];
