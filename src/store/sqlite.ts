// The embedded store: one SQLite file in WAL mode (better-sqlite3), FTS5 for search.
import Database from 'better-sqlite3';
import { gunzipSync } from 'node:zlib';
import type { Brief } from '../brief/types.js';
import { pickOriginal, signatureFromBuffer } from '../corpus/minhash.js';
import { normName } from '../corpus/normalize.js';
import { contradictionsFromRows, type KeyedFigureRow } from './contradiction-rows.js';
import { toFts5 } from './fts-query.js';
import { briefRows, prepareDocument, unpackBrief, type BriefRows, type PreparedDocument } from './rows.js';
import { SQLITE_MIGRATIONS } from './sqlite-schema.js';
import type { AddResult, Contradiction, DocumentRow, EntityProfile, SearchHit, SearchQuery, Store, TimelineRow } from './types.js';
import { clampLimit, plainSnippet, profileFromRows, RANK_CAP } from './shared.js';

type Row = Record<string, unknown>;

/** Title matches weigh four times body matches. */
const BM25_WEIGHTS = '4.0, 1.0';

/** Up to this many filtered documents, FTS5 looks each up rather than scanning every match. */
const FEW_DOCUMENTS = 1000;

const DOC_COLS = 'd.id, d.hash, d.url, d.title, d.published, d.site, d.lang, d.source, d.ingested_at, d.n_error, d.n_warning, d.n_info, d.duplicate_of';

export function toDocumentRow(r: Row): DocumentRow {
  return {
    id: Number(r.id),
    hash: String(r.hash),
    url: (r.url as string) ?? null,
    title: (r.title as string) ?? null,
    published: (r.published as string) ?? null,
    site: (r.site as string) ?? null,
    lang: (r.lang as string) ?? null,
    source: (r.source as string) ?? null,
    ingestedAt: r.ingested_at instanceof Date ? r.ingested_at.toISOString() : String(r.ingested_at),
    findings: { error: Number(r.n_error), warning: Number(r.n_warning), info: Number(r.n_info) },
    duplicateOf: r.duplicate_of === null || r.duplicate_of === undefined ? null : Number(r.duplicate_of),
  };
}

export class SqliteStore implements Store {
  readonly db: Database.Database;

  private readonly statements = new Map<string, Database.Statement>();

  /** A prepared statement, prepared once per store. */
  private st(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private readonly rankCap: number;
  private readonly fewDocuments: number;

  /** `rankCap` and `fewDocuments` change search's thresholds (see RANK_CAP, FEW_DOCUMENTS): for tests. */
  constructor(readonly path: string, opts: { rankCap?: number; fewDocuments?: number } = {}) {
    this.rankCap = opts.rankCap ?? RANK_CAP;
    this.fewDocuments = opts.fewDocuments ?? FEW_DOCUMENTS;
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('cache_size = -65536');
  }

  async migrate(): Promise<void> {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const done = new Set((this.db.prepare('SELECT version FROM schema_version').all() as Row[]).map((r) => Number(r.version)));
    for (const m of SQLITE_MIGRATIONS) {
      if (done.has(m.version)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
      }).immediate();
    }
  }

  async hasHash(hash: string): Promise<number | null> {
    const r = this.st('SELECT id FROM documents WHERE hash = ?').get(hash) as Row | undefined;
    return r ? Number(r.id) : null;
  }

  private findOriginal(rows: BriefRows, selfId: number | null): number | null {
    if (!rows.doc.signature || !rows.bands.length) return null;
    const ph = rows.bands.map(() => '?').join(',');
    const cands = this.db
      .prepare(`SELECT d.id, d.signature, d.duplicate_of FROM documents d WHERE d.id IN (SELECT DISTINCT doc_id FROM minhash_bands WHERE band IN (${ph})) AND d.signature IS NOT NULL ORDER BY d.id LIMIT 200`)
      .all(...rows.bands) as Row[];
    const sig = signatureFromBuffer(rows.doc.signature);
    return pickOriginal(
      sig,
      cands
        .filter((c) => Number(c.id) !== selfId && (selfId === null || Number(c.id) < selfId))
        .map((c) => ({ id: Number(c.id), signature: signatureFromBuffer(c.signature as Buffer), duplicateOf: c.duplicate_of === null ? null : Number(c.duplicate_of) })),
    );
  }

  private insertLayers(id: number, rows: BriefRows): void {
    const ins = (sql: string) => this.st(sql);
    const e = ins('INSERT INTO entities (doc_id, eid, key, name, type, kb_id, salience, mentions) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING');
    for (const r of rows.entities) e.run(id, r.eid, r.key, r.name, r.type, r.kbId, r.salience, r.mentions);
    const n = ins('INSERT OR IGNORE INTO entity_names (name, key, doc_id, eid) VALUES (?,?,?,?)');
    for (const r of rows.names) n.run(r.name, r.key, id, r.eid);
    const m = ins('INSERT INTO mentions (doc_id, start, "end", type, eid) VALUES (?,?,?,?,?)');
    for (const r of rows.mentions) m.run(id, r.start, r.end, r.type, r.eid);
    const t = ins('INSERT INTO times (doc_id, start, "end", type, value) VALUES (?,?,?,?,?)');
    for (const r of rows.times) t.run(id, r.start, r.end, r.type, r.value);
    const tl = ins('INSERT INTO timeline (doc_id, seq, value, start, "end", summary, entity_keys) VALUES (?,?,?,?,?,?,?)');
    for (const r of rows.timeline) tl.run(id, r.seq, r.value, r.start, r.end, r.summary, r.entityKeys);
    const f = ins('INSERT OR IGNORE INTO figures (doc_id, fid, start, "end", value, low, high, unit, approx, measure, subject, time, k_subject, k_measure, k_unit, k_time, sentence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
    for (const r of rows.figures) f.run(id, r.fid, r.start, r.end, r.value, r.low, r.high, r.unit, r.approx, r.measure, r.subject, r.time, r.kSubject, r.kMeasure, r.kUnit, r.kTime, r.sentence);
    const q = ins('INSERT INTO quotes (doc_id, start, "end", kind, speaker, cue) VALUES (?,?,?,?,?,?)');
    for (const r of rows.quotes) q.run(id, r.start, r.end, r.kind, r.speaker, r.cue);
    const c = ins('INSERT INTO claims (doc_id, start, "end", score, label, attribution, kinds) VALUES (?,?,?,?,?,?,?)');
    for (const r of rows.claims) c.run(id, r.start, r.end, r.score, r.label, r.attribution, r.kinds);
    const fi = ins('INSERT INTO findings (doc_id, seq, rule, severity, message, spans) VALUES (?,?,?,?,?,?)');
    for (const r of rows.findings) fi.run(id, r.seq, r.rule, r.severity, r.message, r.spans);
    const b = ins('INSERT OR IGNORE INTO minhash_bands (band, doc_id) VALUES (?,?)');
    for (const band of rows.bands) b.run(band, id);
  }

  private deleteLayers(id: number): void {
    for (const t of ['entities', 'entity_names', 'mentions', 'times', 'timeline', 'figures', 'quotes', 'claims', 'findings', 'minhash_bands']) {
      this.st(`DELETE FROM ${t} WHERE doc_id = ?`).run(id);
    }
  }

  async addDocument(input: { brief: Brief; raw: Buffer; name: string }): Promise<AddResult> {
    return this.addPrepared(prepareDocument(input));
  }

  async addPrepared(p: PreparedDocument): Promise<AddResult> {
    return this.db.transaction(() => this.insertPrepared(p)).immediate();
  }

  private insertPrepared(p: PreparedDocument): AddResult {
    const { hash, rows, rawGz } = p;
    {
      const existing = this.st('SELECT id, duplicate_of FROM documents WHERE hash = ?').get(hash) as Row | undefined;
      if (existing) return { id: Number(existing.id), created: false, duplicateOf: existing.duplicate_of === null ? null : Number(existing.duplicate_of) };
      const dup = this.findOriginal(rows, null);
      const now = new Date().toISOString();
      const d = rows.doc;
      const info = this.db
        .prepare(`INSERT INTO documents (hash, url, title, published, year, site, lang, source, ingested_at, analyzed_at, n_error, n_warning, n_info, duplicate_of, signature, body, brief_gz)
                  VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
        .run(hash, d.url, d.title, d.published, d.year, d.site, d.lang, d.source, now, now, d.nError, d.nWarning, d.nInfo, dup, d.signature, d.body, d.briefGz);
      const id = Number(info.lastInsertRowid);
      this.st('INSERT INTO doc_fts (rowid, title, body) VALUES (?,?,?)').run(id, d.title ?? '', d.body);
      this.st('INSERT INTO raw_inputs (doc_id, name, bytes_gz) VALUES (?,?,?)').run(id, p.name, rawGz);
      this.insertLayers(id, rows);
      return { id, created: true, duplicateOf: dup };
    }
  }

  async addPreparedBatch(docs: PreparedDocument[]): Promise<AddResult[]> {
    return this.addPreparedMany(docs);
  }

  /** Many prepared documents in one transaction: for bulk loads, where a commit per document costs too much. */
  addPreparedMany(docs: PreparedDocument[]): AddResult[] {
    return this.db.transaction(() => docs.map((d) => this.insertPrepared(d))).immediate();
  }

  async getDocument(id: number): Promise<DocumentRow | null> {
    const r = this.st(`SELECT ${DOC_COLS} FROM documents d WHERE d.id = ?`).get(id) as Row | undefined;
    return r ? toDocumentRow(r) : null;
  }

  async getBrief(id: number): Promise<Brief | null> {
    const r = this.st('SELECT body, brief_gz FROM documents WHERE id = ?').get(id) as Row | undefined;
    return r ? unpackBrief(r.brief_gz as Buffer, String(r.body)) : null;
  }

  async getRaw(id: number): Promise<{ name: string; bytes: Buffer } | null> {
    const r = this.st('SELECT name, bytes_gz FROM raw_inputs WHERE doc_id = ?').get(id) as Row | undefined;
    return r ? { name: String(r.name), bytes: gunzipSync(r.bytes_gz as Buffer) } : null;
  }

  async replaceBrief(id: number, brief: Brief): Promise<void> {
    const old = this.st('SELECT title, body, source FROM documents WHERE id = ?').get(id) as Row | undefined;
    if (!old) throw new Error(`no document ${id}`);
    const rows = briefRows(brief, (old.source as string) ?? null);
    this.db.transaction(() => {
      const d = rows.doc;
      this.st("INSERT INTO doc_fts (doc_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)").run(id, old.title ?? '', old.body);
      this.deleteLayers(id);
      this.db
        .prepare(`UPDATE documents SET url=?, title=?, published=?, year=?, site=?, lang=?, analyzed_at=?, n_error=?, n_warning=?, n_info=?, signature=?, body=?, brief_gz=? WHERE id=?`)
        .run(d.url, d.title, d.published, d.year, d.site, d.lang, new Date().toISOString(), d.nError, d.nWarning, d.nInfo, d.signature, d.body, d.briefGz, id);
      this.st('INSERT INTO doc_fts (rowid, title, body) VALUES (?,?,?)').run(id, d.title ?? '', d.body);
      this.insertLayers(id, rows);
    }).immediate();
  }

  /** Entity keys a name, key or knowledge-base id stands for. */
  private entityKeys(name: string): string[] {
    const keys = new Set<string>();
    for (const r of this.st('SELECT DISTINCT key FROM entities WHERE key = ? OR kb_id = ?').all(name, name) as Row[]) keys.add(String(r.key));
    for (const r of this.st('SELECT DISTINCT key FROM entity_names WHERE name = ?').all(normName(name)) as Row[]) keys.add(String(r.key));
    return [...keys].slice(0, 500);
  }

  /**
   * The condition that keeps FTS matches to the documents `filterSql` selects, or null when it
   * selects none. Given `rowid IN (...)`, FTS5 looks each listed rowid up in the index: quick
   * for a few documents, but seconds for tens of thousands. `+rowid` keeps the condition out
   * of FTS5's hands, so SQLite scans the matches once and tests each against the list.
   */
  private ftsFilter(filterSql: string, params: unknown[]): string | null {
    const n = Number((this.st(`SELECT count(*) n FROM (${filterSql} LIMIT ${this.fewDocuments + 1})`).get(...params) as Row).n);
    if (n === 0) return null;
    return n <= this.fewDocuments ? ` AND rowid IN (${filterSql})` : ` AND +rowid IN (${filterSql})`;
  }

  async search(q: SearchQuery): Promise<{ total: number; hits: SearchHit[] }> {
    const limit = clampLimit(q.limit);
    const offset = Math.max(0, Math.floor(q.offset ?? 0));
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.entity) {
      const keys = this.entityKeys(q.entity);
      if (!keys.length) return { total: 0, hits: [] };
      where.push(`d.id IN (SELECT doc_id FROM entities WHERE key IN (${keys.map(() => '?').join(',')})${q.type ? ' AND type = ?' : ''})`);
      params.push(...keys);
      if (q.type) params.push(q.type);
    } else if (q.type) {
      where.push('d.id IN (SELECT doc_id FROM entities WHERE type = ?)');
      params.push(q.type);
    }
    if (q.from) { where.push('d.published >= ?'); params.push(q.from); }
    if (q.to) { where.push('d.published <= ?'); params.push(q.to.length === 10 ? q.to + '\uffff' : q.to); }
    if (q.hasFindings) where.push('d.n_error + d.n_warning > 0');
    const fts = q.q ? toFts5(q.q) : null;
    if (q.q && !fts) return { total: 0, hits: [] };
    if (fts) {
      // Rank and page on the FTS index alone, then fetch rows and snippets for the page only:
      // computing a snippet per match before sorting is what makes common words slow.
      const filter = where.length ? this.ftsFilter(`SELECT d.id FROM documents d WHERE ${where.join(' AND ')}`, params) : '';
      if (filter === null) return { total: 0, hits: [] };
      let total: number;
      let top: Row[];
      if (filter) {
        // One pass over the filtered matches ranks and counts them: the filter's id list is
        // built once rather than once per statement.
        top = this.st(`SELECT id, score, count(*) OVER () AS total FROM (SELECT rowid AS id, bm25(doc_fts, ${BM25_WEIGHTS}) AS score FROM doc_fts WHERE doc_fts MATCH ?${filter}) ORDER BY score LIMIT ? OFFSET ?`)
          .all(fts, ...params, limit, offset) as Row[];
        total = top.length ? Number(top[0].total) : offset > 0 ? Number((this.st(`SELECT count(*) n FROM doc_fts WHERE doc_fts MATCH ?${filter}`).get(fts, ...params) as Row).n) : 0;
      } else {
        total = Number((this.st('SELECT count(*) n FROM doc_fts WHERE doc_fts MATCH ?').get(fts) as Row).n);
        // bm25 costs about half a microsecond a match, so a query matching half the corpus would
        // spend most of its time ranking. Beyond RANK_CAP matches, rank the RANK_CAP most recently
        // added ones (FTS5 walks rowids in order, and takes a rowid bound into its index scan);
        // pages past that point rank every match.
        let floor = 0;
        if (total > this.rankCap && offset + limit <= this.rankCap) {
          const r = this.st('SELECT rowid AS id FROM doc_fts WHERE doc_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?').get(fts, this.rankCap - 1) as Row | undefined;
          floor = r ? Number(r.id) : 0;
        }
        // bm25() called directly costs about half what ORDER BY rank does (FTS5's sorted-rank
        // plan looks every row up a second time); the weights are those of migration 2.
        top = this.st(`SELECT rowid AS id, bm25(doc_fts, ${BM25_WEIGHTS}) AS score FROM doc_fts WHERE doc_fts MATCH ? AND rowid >= ? ORDER BY score LIMIT ? OFFSET ?`)
          .all(fts, floor, limit, offset) as Row[];
      }
      const docStmt = this.st(`SELECT ${DOC_COLS} FROM documents d WHERE d.id = ?`);
      const snipStmt = this.st(`SELECT snippet(doc_fts, 1, '«', '»', '…', 24) AS snip FROM doc_fts WHERE doc_fts MATCH ? AND rowid = ?`);
      const hits = top.map((t) => {
        const r = docStmt.get(t.id) as Row;
        const snip = snipStmt.get(fts, t.id) as Row | undefined;
        return { ...toDocumentRow(r), snippet: String(snip?.snip ?? ''), rank: -Number(t.score) };
      });
      return { total, hits };
    }
    const w = where.length ? ' WHERE ' + where.join(' AND ') : '';
    const total = Number((this.st(`SELECT count(*) n FROM documents d${w}`).get(...params) as Row).n);
    const rows = this.db
      .prepare(`SELECT ${DOC_COLS}, substr(d.body, 1, 400) AS head FROM documents d${w} ORDER BY d.published DESC, d.id DESC LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as Row[];
    return { total, hits: rows.map((r) => ({ ...toDocumentRow(r), snippet: plainSnippet(String(r.head)), rank: 0 })) };
  }

  async entityProfile(key: string): Promise<EntityProfile | null> {
    const keys = this.entityKeys(key);
    if (!keys.length) return null;
    // The key named most often, when a name stands for several.
    const ph = keys.map(() => '?').join(',');
    const main = this.st(`SELECT key, name, type, kb_id, count(*) n FROM entities WHERE key IN (${ph}) GROUP BY key ORDER BY n DESC LIMIT 1`).get(...keys) as Row;
    const k = String(main.key);
    const articles = this.db
      .prepare(`SELECT d.id, d.title, d.published FROM entities e JOIN documents d ON d.id = e.doc_id WHERE e.key = ? GROUP BY d.id ORDER BY d.published, d.id LIMIT 1000`)
      .all(k) as Row[];
    const co = this.db
      .prepare(`SELECT o.key, max(o.name) name, max(o.type) type, count(DISTINCT o.doc_id) n FROM entities e JOIN entities o ON o.doc_id = e.doc_id AND o.key <> e.key
                WHERE e.key = ? GROUP BY o.key ORDER BY n DESC, o.key LIMIT 30`)
      .all(k) as Row[];
    const names = (this.st('SELECT DISTINCT name FROM entity_names WHERE key = ?').all(k) as Row[]).map((r) => String(r.name));
    const figs = this.figureRowsForSubjects([k, ...names]);
    const contradicted = new Set(this.contradictionsFor(figs.map((f) => f.kSubject)).flatMap((c) => [`${c.a.docId}#${c.a.figureId}`, `${c.b.docId}#${c.b.figureId}`]));
    return profileFromRows(main, articles, co, figs, contradicted);
  }

  private figureRowsForSubjects(subjects: string[]): KeyedFigureRow[] {
    if (!subjects.length) return [];
    const uniq = [...new Set(subjects)].slice(0, 200);
    return this.figureRows(`f.k_subject IN (${uniq.map(() => '?').join(',')})`, uniq);
  }

  private figureRows(where: string, params: unknown[]): KeyedFigureRow[] {
    const rows = this.db
      .prepare(`SELECT f.doc_id, d.title, d.duplicate_of, d.year, f.fid, f.value, f.low, f.high, f.approx, f.start, f."end", f.measure, f.subject, f.k_subject, f.k_measure, f.k_unit, f.k_time, f.unit, f.sentence
                FROM figures f JOIN documents d ON d.id = f.doc_id WHERE f.k_subject IS NOT NULL AND ${where}
                ORDER BY f.k_subject, f.k_measure, f.k_unit, f.doc_id, f.fid`)
      .all(...params) as Row[];
    return rows.map(figureRowFrom);
  }

  private contradictionsFor(subjects: string[]): Contradiction[] {
    const uniq = [...new Set(subjects)];
    if (!uniq.length) return [];
    return contradictionsFromRows(this.figureRowsForSubjects(uniq));
  }

  async contradictions(opts: { limit?: number; offset?: number } = {}): Promise<Contradiction[]> {
    // Only keys stated by two or more documents can conflict.
    const rows = this.db
      .prepare(`SELECT f.doc_id, d.title, d.duplicate_of, d.year, f.fid, f.value, f.low, f.high, f.approx, f.start, f."end", f.measure, f.subject, f.k_subject, f.k_measure, f.k_unit, f.k_time, f.unit, f.sentence
                FROM figures f JOIN documents d ON d.id = f.doc_id
                JOIN (SELECT k_subject, k_measure, k_unit FROM figures WHERE k_subject IS NOT NULL GROUP BY 1,2,3 HAVING count(DISTINCT doc_id) > 1) g
                  ON g.k_subject = f.k_subject AND g.k_measure = f.k_measure AND g.k_unit = f.k_unit
                ORDER BY f.k_subject, f.k_measure, f.k_unit, f.doc_id, f.fid`)
      .all() as Row[];
    const all = contradictionsFromRows(rows.map(figureRowFrom));
    const off = Math.max(0, opts.offset ?? 0);
    return all.slice(off, off + (opts.limit ?? all.length));
  }

  async timeline(opts: { from?: string; to?: string; entity?: string } = {}): Promise<TimelineRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (opts.from) { where.push('t.value >= ?'); params.push(opts.from); }
    if (opts.to) { where.push('t.value <= ?'); params.push(opts.to + '\uffff'); }
    if (opts.entity) {
      const keys = this.entityKeys(opts.entity);
      if (!keys.length) return [];
      where.push('(' + keys.map(() => 't.entity_keys LIKE ?').join(' OR ') + ')');
      params.push(...keys.map((k) => `%|${k.replace(/[%_]/g, '')}|%`));
    }
    const rows = this.db
      .prepare(`SELECT t.doc_id, d.title, t.value, t.summary, t.entity_keys FROM timeline t JOIN documents d ON d.id = t.doc_id
                ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY t.value, t.doc_id, t.seq LIMIT 5000`)
      .all(...params) as Row[];
    return rows.map((r) => ({ docId: Number(r.doc_id), title: (r.title as string) ?? null, value: String(r.value), summary: String(r.summary), entities: String(r.entity_keys).split('|').filter(Boolean) }));
  }

  async ids(): Promise<number[]> {
    return (this.st('SELECT id FROM documents ORDER BY id').all() as Row[]).map((r) => Number(r.id));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

export function figureRowFrom(r: Row): KeyedFigureRow {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    docId: Number(r.doc_id), title: (r.title as string) ?? null, duplicateOf: num(r.duplicate_of), docYear: (r.year as string) ?? null,
    fid: String(r.fid), value: num(r.value), low: num(r.low), high: num(r.high), approx: (r.approx as string) ?? null,
    start: Number(r.start), end: Number(r.end), measure: String(r.measure), subject: (r.subject as string) ?? null,
    kSubject: String(r.k_subject), kMeasure: String(r.k_measure), kUnit: String(r.k_unit ?? ''), kTime: (r.k_time as string) ?? null,
    unit: (r.unit as string) ?? null, sentence: String(r.sentence),
  };
}
