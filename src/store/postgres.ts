// The shared store: PostgreSQL through pg, tsvector search. Each document goes in with one
// statement (data-modifying CTEs), so it is stored whole or not at all, and the unique hash
// with ON CONFLICT DO NOTHING lets several ingest processes write at once without duplicates.
import pg from 'pg';
import { gunzipSync } from 'node:zlib';
import type { Brief } from '../brief/types.js';
import { pickOriginal, signatureFromBuffer } from '../corpus/minhash.js';
import { normName } from '../corpus/normalize.js';
import { contradictionsFromRows, type KeyedFigureRow } from './contradiction-rows.js';
import { toWebsearch } from './fts-query.js';
import { PG_MIGRATIONS } from './postgres-schema.js';
import { briefRows, prepareDocument, unpackBrief, type BriefRows, type PreparedDocument } from './rows.js';
import { clampLimit, plainSnippet, profileFromRows, RANK_CAP } from './shared.js';
import { figureRowFrom, toDocumentRow } from './sqlite.js';
import type { AddResult, Contradiction, DocumentRow, EntityProfile, SearchHit, SearchQuery, Store, TimelineRow } from './types.js';

type Row = Record<string, unknown>;

const DOC_COLS = 'd.id, d.hash, d.url, d.title, d.published, d.site, d.lang, d.source, d.ingested_at, d.n_error, d.n_warning, d.n_info, d.duplicate_of';
const MIGRATION_LOCK = 7203518822;
const HEADLINE_OPTS = 'StartSel=«, StopSel=», MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "';

// BIGINT ids come back as strings by default; they fit a JS number.
pg.types.setTypeParser(20, (v: string) => Number(v));

/** Layer rows as JSON objects whose keys are the columns json_to_recordset declares. */
function layerJson(rows: BriefRows): string[] {
  return [
    JSON.stringify(rows.entities.map((r) => ({ eid: r.eid, key: r.key, name: r.name, type: r.type, kb_id: r.kbId, salience: r.salience, mentions: r.mentions }))),
    JSON.stringify(rows.names.map((r) => ({ name: r.name, key: r.key, eid: r.eid }))),
    JSON.stringify(rows.mentions),
    JSON.stringify(rows.times),
    JSON.stringify(rows.timeline.map((r) => ({ seq: r.seq, value: r.value, start: r.start, end: r.end, summary: r.summary, entity_keys: r.entityKeys }))),
    JSON.stringify(rows.figures.map((r) => ({
      fid: r.fid, start: r.start, end: r.end, value: r.value, low: r.low, high: r.high, unit: r.unit, approx: r.approx, measure: r.measure,
      subject: r.subject, time: r.time, k_subject: r.kSubject, k_measure: r.kMeasure, k_unit: r.kUnit, k_time: r.kTime, sentence: r.sentence,
    }))),
    JSON.stringify(rows.quotes),
    JSON.stringify(rows.claims),
    JSON.stringify(rows.findings),
    JSON.stringify(rows.bands.map((b) => ({ band: b }))),
  ];
}

/** The CTEs that insert every layer for the document row `d`, parameters from $first on. */
function layerInserts(first: number): string {
  const p = (i: number) => `$${first + i}::json`;
  return `
e AS (INSERT INTO entities (doc_id, eid, key, name, type, kb_id, salience, mentions)
      SELECT DISTINCT ON (x.eid) d.id, x.eid, x.key, x.name, x.type, x.kb_id, x.salience, x.mentions FROM d, json_to_recordset(${p(0)}) AS x(eid text, key text, name text, type text, kb_id text, salience real, mentions int)),
n AS (INSERT INTO entity_names (name, key, doc_id, eid)
      SELECT DISTINCT x.name, x.key, d.id, x.eid FROM d, json_to_recordset(${p(1)}) AS x(name text, key text, eid text)),
m AS (INSERT INTO mentions (doc_id, start, "end", type, eid)
      SELECT d.id, x.start, x."end", x.type, x.eid FROM d, json_to_recordset(${p(2)}) AS x(start int, "end" int, type text, eid text)),
t AS (INSERT INTO times (doc_id, start, "end", type, value)
      SELECT d.id, x.start, x."end", x.type, x.value FROM d, json_to_recordset(${p(3)}) AS x(start int, "end" int, type text, value text)),
tl AS (INSERT INTO timeline (doc_id, seq, value, start, "end", summary, entity_keys)
      SELECT d.id, x.seq, x.value, x.start, x."end", x.summary, x.entity_keys FROM d, json_to_recordset(${p(4)}) AS x(seq int, value text, start int, "end" int, summary text, entity_keys text)),
f AS (INSERT INTO figures (doc_id, fid, start, "end", value, low, high, unit, approx, measure, subject, time, k_subject, k_measure, k_unit, k_time, sentence)
      SELECT DISTINCT ON (x.fid) d.id, x.fid, x.start, x."end", x.value, x.low, x.high, x.unit, x.approx, x.measure, x.subject, x.time, x.k_subject, x.k_measure, x.k_unit, x.k_time, x.sentence
      FROM d, json_to_recordset(${p(5)}) AS x(fid text, start int, "end" int, value float8, low float8, high float8, unit text, approx text, measure text, subject text, time text, k_subject text, k_measure text, k_unit text, k_time text, sentence text)),
q AS (INSERT INTO quotes (doc_id, start, "end", kind, speaker, cue)
      SELECT d.id, x.start, x."end", x.kind, x.speaker, x.cue FROM d, json_to_recordset(${p(6)}) AS x(start int, "end" int, kind text, speaker text, cue text)),
c AS (INSERT INTO claims (doc_id, start, "end", score, label, attribution, kinds)
      SELECT d.id, x.start, x."end", x.score, x.label, x.attribution, x.kinds FROM d, json_to_recordset(${p(7)}) AS x(start int, "end" int, score real, label text, attribution text, kinds text)),
fi AS (INSERT INTO findings (doc_id, seq, rule, severity, message, spans)
      SELECT d.id, x.seq, x.rule, x.severity, x.message, x.spans FROM d, json_to_recordset(${p(8)}) AS x(seq int, rule text, severity text, message text, spans text)),
b AS (INSERT INTO minhash_bands (band, doc_id)
      SELECT DISTINCT x.band, d.id FROM d, json_to_recordset(${p(9)}) AS x(band bigint))`;
}

export class PostgresStore implements Store {
  readonly pool: pg.Pool;

  private readonly rankCap: number;

  /** `rankCap` changes the most matches a search ranks (RANK_CAP): for tests. */
  constructor(readonly url: string, poolSize = 4, opts: { rankCap?: number } = {}) {
    this.rankCap = opts.rankCap ?? RANK_CAP;
    this.pool = new pg.Pool({ connectionString: url, max: poolSize });
    // An idle client that errors (server restart) must not crash the process.
    this.pool.on('error', () => {});
  }

  private async all(sql: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(sql, params)).rows as Row[];
  }

  async migrate(): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await c.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
      const done = new Set((await c.query('SELECT version FROM schema_version')).rows.map((r: Row) => Number(r.version)));
      for (const m of PG_MIGRATIONS) {
        if (done.has(m.version)) continue;
        await c.query('BEGIN');
        try {
          await c.query(m.sql);
          await c.query('INSERT INTO schema_version (version) VALUES ($1)', [m.version]);
          await c.query('COMMIT');
        } catch (e) {
          await c.query('ROLLBACK');
          throw e;
        }
      }
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
      c.release();
    }
  }

  async hasHash(hash: string): Promise<number | null> {
    const r = await this.all('SELECT id FROM documents WHERE hash = $1', [hash]);
    return r.length ? Number(r[0].id) : null;
  }

  private async findOriginal(rows: BriefRows, selfId: number | null): Promise<number | null> {
    if (!rows.doc.signature || !rows.bands.length) return null;
    const cands = await this.all(
      `SELECT d.id, d.signature, d.duplicate_of FROM documents d
       WHERE d.id IN (SELECT DISTINCT doc_id FROM minhash_bands WHERE band = ANY($1::bigint[])) AND d.signature IS NOT NULL ORDER BY d.id LIMIT 200`,
      [rows.bands],
    );
    return pickOriginal(
      signatureFromBuffer(rows.doc.signature),
      cands
        .filter((c) => selfId === null || Number(c.id) < selfId)
        .map((c) => ({ id: Number(c.id), signature: signatureFromBuffer(c.signature as Buffer), duplicateOf: c.duplicate_of === null ? null : Number(c.duplicate_of) })),
    );
  }

  async addDocument(input: { brief: Brief; raw: Buffer; name: string }): Promise<AddResult> {
    return this.addPrepared(prepareDocument(input));
  }

  async addPrepared(pd: PreparedDocument): Promise<AddResult> {
    const { hash, rows } = pd;
    const existing = await this.all('SELECT id, duplicate_of FROM documents WHERE hash = $1', [hash]);
    if (existing.length) return { id: Number(existing[0].id), created: false, duplicateOf: existing[0].duplicate_of === null ? null : Number(existing[0].duplicate_of) };
    const dup = await this.findOriginal(rows, null);
    const d = rows.doc;
    const params: unknown[] = [
      hash, d.url, d.title, d.published, d.year, d.site, d.lang, d.source, d.nError, d.nWarning, d.nInfo, dup, d.signature, d.body, d.briefGz,
      pd.name, pd.rawGz, ...layerJson(rows),
    ];
    const sql = `WITH d AS (
        INSERT INTO documents (hash, url, title, published, year, site, lang, source, n_error, n_warning, n_info, duplicate_of, signature, body, brief_gz)
        VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15) ON CONFLICT (hash) DO NOTHING RETURNING id),
      r AS (INSERT INTO raw_inputs (doc_id, name, bytes_gz) SELECT d.id, $16, $17 FROM d),
      ${layerInserts(18)}
      SELECT id FROM d`;
    const res = await this.all(sql, params);
    if (res.length) return { id: Number(res[0].id), created: true, duplicateOf: dup };
    // Another process stored the same content between our check and our insert.
    const again = await this.all('SELECT id, duplicate_of FROM documents WHERE hash = $1', [hash]);
    return { id: Number(again[0].id), created: false, duplicateOf: again[0].duplicate_of === null ? null : Number(again[0].duplicate_of) };
  }

  async getDocument(id: number): Promise<DocumentRow | null> {
    const r = await this.all(`SELECT ${DOC_COLS} FROM documents d WHERE d.id = $1`, [id]);
    return r.length ? toDocumentRow(r[0]) : null;
  }

  async getBrief(id: number): Promise<Brief | null> {
    const r = await this.all('SELECT body, brief_gz FROM documents WHERE id = $1', [id]);
    return r.length ? unpackBrief(r[0].brief_gz as Buffer, String(r[0].body)) : null;
  }

  async getRaw(id: number): Promise<{ name: string; bytes: Buffer } | null> {
    const r = await this.all('SELECT name, bytes_gz FROM raw_inputs WHERE doc_id = $1', [id]);
    return r.length ? { name: String(r[0].name), bytes: gunzipSync(r[0].bytes_gz as Buffer) } : null;
  }

  async replaceBrief(id: number, brief: Brief): Promise<void> {
    const old = await this.all('SELECT source FROM documents WHERE id = $1', [id]);
    if (!old.length) throw new Error(`no document ${id}`);
    const rows = briefRows(brief, (old[0].source as string) ?? null);
    const d = rows.doc;
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      for (const t of ['entities', 'entity_names', 'mentions', 'times', 'timeline', 'figures', 'quotes', 'claims', 'findings', 'minhash_bands']) {
        await c.query(`DELETE FROM ${t} WHERE doc_id = $1`, [id]);
      }
      await c.query(
        `WITH d AS (UPDATE documents SET url=$2, title=$3, published=$4, year=$5, site=$6, lang=$7, analyzed_at=now(), n_error=$8, n_warning=$9, n_info=$10, signature=$11, body=$12, brief_gz=$13
                    WHERE id=$1 RETURNING id),
         ${layerInserts(14)}
         SELECT id FROM d`,
        [id, d.url, d.title, d.published, d.year, d.site, d.lang, d.nError, d.nWarning, d.nInfo, d.signature, d.body, d.briefGz, ...layerJson(rows)],
      );
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  private async entityKeys(name: string): Promise<string[]> {
    const r = await this.all(
      `SELECT key FROM entities WHERE key = $1 OR kb_id = $1 UNION SELECT key FROM entity_names WHERE name = $2 LIMIT 500`,
      [name, normName(name)],
    );
    return r.map((x) => String(x.key));
  }

  async search(q: SearchQuery): Promise<{ total: number; hits: SearchHit[] }> {
    const limit = clampLimit(q.limit);
    const offset = Math.max(0, Math.floor(q.offset ?? 0));
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (q.entity) {
      const keys = await this.entityKeys(q.entity);
      if (!keys.length) return { total: 0, hits: [] };
      where.push(`d.id IN (SELECT doc_id FROM entities WHERE key = ANY(${p(keys)}::text[])${q.type ? ` AND type = ${p(q.type)}` : ''})`);
    } else if (q.type) where.push(`d.id IN (SELECT doc_id FROM entities WHERE type = ${p(q.type)})`);
    if (q.from) where.push(`d.published >= ${p(q.from)}`);
    if (q.to) where.push(`d.published <= ${p(q.to.length === 10 ? q.to + '\uffff' : q.to)}`);
    if (q.hasFindings) where.push('(d.n_error + d.n_warning) > 0');
    const ws = q.q ? toWebsearch(q.q) : null;
    if (q.q && !ws) return { total: 0, hits: [] };
    if (ws) {
      const qp = p(ws);
      const w = where.length ? ' AND ' + where.join(' AND ') : '';
      const matches = `FROM documents d, websearch_to_tsquery('english', ${qp}) query WHERE d.tsv @@ query${w}`;
      const c = await this.pool.connect();
      try {
        await c.query('BEGIN READ ONLY');
        // Matches through the GIN index only: the planner picks a scan of every row for a common
        // word, and that scan unpacks every document's (TOASTed) tsvector to test it.
        await c.query('SET LOCAL enable_seqscan = off');
        const total = Number((await c.query(`SELECT count(*) AS n ${matches}`, params)).rows[0].n);
        // As in SQLite: ranking unpacks each match's tsvector, so a broad query ranks only the
        // RANK_CAP most recently added matches (pages past that point rank them all).
        let floor = 0;
        if (total > this.rankCap && offset + limit <= this.rankCap) {
          const r = await c.query(`SELECT d.id ${matches} ORDER BY d.id DESC OFFSET ${this.rankCap - 1} LIMIT 1`, params);
          floor = r.rows.length ? Number(r.rows[0].id) : 0;
        }
        const rows = (await c.query(
          `SELECT h.*, ts_headline('english', left(d2.body, 100000), websearch_to_tsquery('english', ${qp}), '${HEADLINE_OPTS}') AS snip
           FROM (SELECT ${DOC_COLS}, ts_rank_cd(d.tsv, query, 32) AS rank ${matches} AND d.id >= ${p(floor)}
                 ORDER BY rank DESC, d.id LIMIT ${p(limit)} OFFSET ${p(offset)}) h
           JOIN documents d2 ON d2.id = h.id ORDER BY h.rank DESC, h.id`,
          params,
        )).rows as Row[];
        await c.query('COMMIT');
        return { total, hits: rows.map((r) => ({ ...toDocumentRow(r), snippet: String(r.snip), rank: Number(r.rank) })) };
      } catch (e) {
        await c.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        c.release();
      }
    }
    const w = where.length ? ' WHERE ' + where.join(' AND ') : '';
    const total = Number((await this.all(`SELECT count(*) n FROM documents d${w}`, params))[0].n);
    const rows = await this.all(
      `SELECT ${DOC_COLS}, left(d.body, 400) AS head FROM documents d${w} ORDER BY d.published DESC NULLS LAST, d.id DESC LIMIT ${p(limit)} OFFSET ${p(offset)}`,
      params,
    );
    return { total, hits: rows.map((r) => ({ ...toDocumentRow(r), snippet: plainSnippet(String(r.head)), rank: 0 })) };
  }

  async entityProfile(key: string): Promise<EntityProfile | null> {
    const keys = await this.entityKeys(key);
    if (!keys.length) return null;
    const main = (await this.all(`SELECT key, max(name) AS name, max(type) AS type, max(kb_id) AS kb_id, count(*) n FROM entities WHERE key = ANY($1::text[]) GROUP BY key ORDER BY n DESC, key LIMIT 1`, [keys]))[0];
    const k = String(main.key);
    const articles = await this.all(
      `SELECT d.id, d.title, d.published FROM documents d WHERE d.id IN (SELECT doc_id FROM entities WHERE key = $1) ORDER BY d.published NULLS LAST, d.id LIMIT 1000`,
      [k],
    );
    const co = await this.all(
      `SELECT o.key, max(o.name) AS name, max(o.type) AS type, count(DISTINCT o.doc_id) n FROM entities e JOIN entities o ON o.doc_id = e.doc_id AND o.key <> e.key
       WHERE e.key = $1 GROUP BY o.key ORDER BY n DESC, o.key LIMIT 30`,
      [k],
    );
    const names = (await this.all('SELECT DISTINCT name FROM entity_names WHERE key = $1', [k])).map((r) => String(r.name));
    const subjects = [...new Set([k, ...names])].slice(0, 200);
    const figs = await this.figureRows('f.k_subject = ANY($1::text[])', [subjects]);
    const contradicted = new Set(contradictionsFromRows(figs).flatMap((c) => [`${c.a.docId}#${c.a.figureId}`, `${c.b.docId}#${c.b.figureId}`]));
    return profileFromRows(main, articles, co, figs, contradicted);
  }

  private async figureRows(where: string, params: unknown[]): Promise<KeyedFigureRow[]> {
    const rows = await this.all(
      `SELECT f.doc_id, d.title, d.duplicate_of, d.year, f.fid, f.value, f.low, f.high, f.approx, f.start, f."end", f.measure, f.subject, f.k_subject, f.k_measure, f.k_unit, f.k_time, f.unit, f.sentence
       FROM figures f JOIN documents d ON d.id = f.doc_id WHERE f.k_subject IS NOT NULL AND ${where}
       ORDER BY f.k_subject, f.k_measure, f.k_unit, f.doc_id, f.fid`,
      params,
    );
    return rows.map(figureRowFrom);
  }

  async contradictions(opts: { limit?: number; offset?: number } = {}): Promise<Contradiction[]> {
    const rows = await this.figureRows(
      `(f.k_subject, f.k_measure, f.k_unit) IN (SELECT k_subject, k_measure, k_unit FROM figures WHERE k_subject IS NOT NULL GROUP BY 1,2,3 HAVING count(DISTINCT doc_id) > 1)`,
      [],
    );
    // Sort as JavaScript compares, so grouping matches SQLite's whatever the collation.
    const all = contradictionsFromRows(rows);
    const off = Math.max(0, opts.offset ?? 0);
    return all.slice(off, off + (opts.limit ?? all.length));
  }

  async timeline(opts: { from?: string; to?: string; entity?: string } = {}): Promise<TimelineRow[]> {
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (opts.from) where.push(`t.value >= ${p(opts.from)}`);
    if (opts.to) where.push(`t.value <= ${p(opts.to + '\uffff')}`);
    if (opts.entity) {
      const keys = await this.entityKeys(opts.entity);
      if (!keys.length) return [];
      where.push(`t.entity_keys LIKE ANY(${p(keys.map((k) => `%|${k.replace(/[%_\\]/g, '')}|%`))}::text[])`);
    }
    const rows = await this.all(
      `SELECT t.doc_id, d.title, t.value, t.summary, t.entity_keys FROM timeline t JOIN documents d ON d.id = t.doc_id
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY t.value COLLATE "C", t.doc_id, t.seq LIMIT 5000`,
      params,
    );
    return rows.map((r) => ({ docId: Number(r.doc_id), title: (r.title as string) ?? null, value: String(r.value), summary: String(r.summary), entities: String(r.entity_keys).split('|').filter(Boolean) }));
  }

  async ids(): Promise<number[]> {
    return (await this.all('SELECT id FROM documents ORDER BY id')).map((r) => Number(r.id));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
