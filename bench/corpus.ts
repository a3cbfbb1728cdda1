// The corpus benchmark (`npm run bench:corpus`):
//  1. ingest ../shared/data/bbc-news with the full pipeline: articles/s on one worker and on
//     all cores, CPU seconds, database size per article — SQLite, and PostgreSQL when
//     DOSSIER_BENCH_PG (or DOSSIER_TEST_PG) names a server;
//  2. contradictions: false alarms on the unchanged corpus, then recall on copies of real
//     articles with one figure changed (another outlet giving a different number);
//  3. a synthetic corpus (default 100,000 articles, DOSSIER_BENCH_SYNTH=N to change) made by
//     recombining BBC paragraphs, BULK-LOADED WITHOUT THE ANALYSIS PIPELINE (text, blocks and
//     near-duplicate signatures only: analysing 100k articles would take too long here), then
//     search latency p50/p95 over 200 varied queries — SQLite, and PostgreSQL
//     (DOSSIER_BENCH_PG_SYNTH=N, default the same N).
// Options: --quick (BBC on all cores only, synthetic 10,000); --contradictions-only.

import { mkdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { BRIEF_SCHEMA_ID, type Block, type Brief } from '../src/brief/types.js';
import { figureKey } from '../src/corpus/figure-key.js';
import { makeAnalyzer } from '../src/corpus/ingest/pool.js';
import { ingest } from '../src/corpus/ingest/run.js';
import { readItems, type Source } from '../src/corpus/ingest/sources.js';
import { openStore, type CorpusStore } from '../src/store/open.js';
import { prepareDocument } from '../src/store/rows.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { corpusFiles } from './corpus-files.js';
import { corpusParagraphs, rng, searchQueries } from './corpus-queries.js';
import { requireData } from './data-dir.js';

const quick = process.argv.includes('--quick');
/** BBC on all cores and the contradiction measures only (to run where a figures stage is merged). */
const onlyContradictions = process.argv.includes('--contradictions-only');
const SYNTH = Number(process.env.DOSSIER_BENCH_SYNTH ?? (quick ? 10_000 : 100_000));
const PG_SYNTH = Number(process.env.DOSSIER_BENCH_PG_SYNTH ?? SYNTH);
const PG_URL = process.env.DOSSIER_BENCH_PG ?? process.env.DOSSIER_TEST_PG ?? '';
const OUT = join(process.cwd(), '.bench-out', 'corpus');
const CORES = availableParallelism();

const bbc = requireData('bbc-news');
const files = corpusFiles(bbc, Number(process.env.DOSSIER_BENCH_BBC_LIMIT ?? Infinity));
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const rows: string[][] = [];
const row = (...cells: (string | number)[]) => {
  rows.push(cells.map(String));
  console.log(cells.join('  |  '));
};

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

async function pgDatabase(name: string): Promise<string | null> {
  if (!PG_URL) return null;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const u = new URL(PG_URL);
  u.pathname = '/' + name;
  return u.toString();
}

async function dbBytes(store: CorpusStore, url: string): Promise<number> {
  if (store instanceof SqliteStore) {
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    return statSync(url).size;
  }
  const r = await (store as unknown as { pool: pg.Pool }).pool.query('SELECT pg_database_size(current_database()) AS n');
  return Number(r.rows[0].n);
}

async function ingestRun(label: string, url: string, workers: number, sources: Source[]) {
  const store = await openStore(url);
  const analyzer = makeAnalyzer(workers);
  const t0 = performance.now();
  const c0 = cpuSeconds();
  const stats = await ingest({ store, items: readItems(sources), analyzer });
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds() - c0;
  await analyzer.close();
  const bytes = await dbBytes(store, url);
  row(label, `${stats.seen} inputs, ${stats.added} added (${stats.nearDuplicates} near-dup), ${stats.unchanged} same hash, ${stats.failed} failed`,
    `${wall.toFixed(1)} s wall = ${(stats.seen / wall).toFixed(1)} art/s`, `${cpu.toFixed(1)} CPU s = ${(stats.seen / cpu).toFixed(1)} art/CPU-s`,
    `${(bytes / Math.max(1, stats.added) / 1024).toFixed(1)} KB/article`);
  return store;
}

// ---- 1. BBC with the full pipeline -------------------------------------------------------
/** How busy the machine is: ms for a fixed integer loop (about 10 ms on an idle core). */
function calibrate(): number {
  let x = 0;
  const t = performance.now();
  for (let i = 0; i < 1e7; i++) x = (x + Math.imul(i, 2654435761)) | 0;
  return x === 0.5 ? 0 : performance.now() - t;
}
console.log(`# corpus bench: ${files.length} BBC articles, ${CORES} cores, load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}, ` +
  `calibration loop ${calibrate().toFixed(0)} ms (about 10 ms when the machine is idle)`);
const bbcSources: Source[] = files.map((f) => ({ kind: 'file', name: f }));
if (!quick && !onlyContradictions) (await ingestRun('BBC SQLite, 1 worker', join(OUT, 'bbc-1.db'), 1, bbcSources)).close();
const bbcStore = await ingestRun(`BBC SQLite, ${CORES} workers`, join(OUT, 'bbc.db'), CORES, bbcSources);
const pgBbc = onlyContradictions ? null : await pgDatabase('dossier_bench_bbc');
if (pgBbc) await (await ingestRun(`BBC PostgreSQL, ${CORES} workers`, pgBbc, CORES, bbcSources)).close();

// ---- 2. Contradictions: false alarms, then planted conflicts --------------------------------
{
  const ids = await bbcStore.ids();
  const baseline = await bbcStore.contradictions();
  const keyed: { id: number; brief: Brief; fig: Brief['figures'][number] }[] = [];
  let withFigures = 0;
  const rand = rng(7);
  for (const id of ids) {
    const b = (await bbcStore.getBrief(id))!;
    if (b.figures.length) withFigures++;
    const doc = await bbcStore.getDocument(id);
    if (doc?.duplicateOf !== null) continue;
    // A changed bound ("over 50" → "over 65") need not conflict: plant in stated values only.
    const cands = b.figures.filter((f) => f.value !== null && f.value !== 0 && figureKey(f, b) && /\d/.test(b.text.slice(f.start, f.end)) &&
      !/^(over|more|above|at-least|at least|exceed|under|less|below|at-most|at most|up-to|up to|fewer)/.test(f.approx ?? ''));
    if (cands.length) keyed.push({ id, brief: b, fig: cands[Math.floor(rand() * cands.length)] });
  }
  row('unchanged corpus', `${ids.length} articles, ${withFigures} with figures, ${keyed.length} originals with a keyed figure`,
    `${baseline.length} contradictions reported = ${((1000 * baseline.length) / ids.length).toFixed(2)} false alarms per 1,000 articles (all counted as false)`);
  if (!keyed.length) {
    row('planted', 'no keyed figures: the pipeline has no figures stage (or none with subject and measure) - recall not measurable here; matching is tested on hand-built briefs');
  } else {
    const planted = keyed.slice(0, 300);
    const plantDir = join(OUT, 'planted');
    mkdirSync(plantDir, { recursive: true });
    const { writeFileSync } = await import('node:fs');
    const copies = new Map<string, number>();
    planted.forEach((p, i) => {
      const span = p.brief.text.slice(p.fig.start, p.fig.end);
      const factor = 1.2 + rand() * 0.3;
      const changed = span.replace(/\d[\d,]*(\.\d+)?/, (m) => {
        const v = Number(m.replace(/,/g, ''));
        const dec = m.includes('.') ? m.split('.')[1].length : 0;
        const nv = v * factor;
        return m.includes(',') ? Math.round(nv).toLocaleString('en-US') : nv.toFixed(dec);
      });
      const text = p.brief.text.slice(0, p.fig.start) + changed + p.brief.text.slice(p.fig.end);
      const file = join(plantDir, `copy-${i}.txt`);
      writeFileSync(file, text + '\n\nThis report was syndicated by another outlet.\n');
      copies.set(file, p.id);
    });
    await ingest({ store: bbcStore, items: readItems([...copies.keys()].map((f) => ({ kind: 'file' as const, name: f }))), analyzer: makeAnalyzer(CORES) }).then(async (s) => {
      const after = await bbcStore.contradictions();
      const docOf = new Map<number, number>();
      for (const id of await bbcStore.ids()) {
        const d = await bbcStore.getDocument(id);
        const orig = d?.source ? copies.get(d.source) : undefined;
        if (orig !== undefined) docOf.set(id, orig);
      }
      let found = 0;
      const seen = new Set<number>();
      for (const c of after) {
        for (const [x, y] of [[c.a.docId, c.b.docId], [c.b.docId, c.a.docId]]) {
          const orig = docOf.get(y);
          if (orig !== undefined && !seen.has(y)) {
            const od = await bbcStore.getDocument(x);
            if (x === orig || od?.duplicateOf === orig) {
              seen.add(y);
              found++;
            }
          }
        }
      }
      row('planted conflicts', `${planted.length} copies with one figure changed by 20-50% (${s.added} stored)`,
        `recall ${(found / planted.length).toFixed(3)} (${found}/${planted.length})`, `${after.length - baseline.length} new contradictions in all`);
    });
  }
  await bbcStore.close();
}

// ---- 3. Synthetic corpus, bulk-loaded; search latency ----------------------------------------
const { titles, paragraphs } = corpusParagraphs(files);

function synthetic(i: number, rand: () => number): { brief: Brief; raw: Buffer; name: string } {
  const title = `${titles[Math.floor(rand() * titles.length)]} (${i})`;
  const n = 3 + Math.floor(rand() * 6);
  const paras: string[] = [];
  for (let k = 0; k < n; k++) paras.push(paragraphs[Math.floor(rand() * paragraphs.length)]);
  const text = [title, ...paras].join('\n\n');
  const blocks: Block[] = [];
  let at = 0;
  [title, ...paras].forEach((p, k) => {
    blocks.push({ kind: k ? 'paragraph' : 'title', start: at, end: at + p.length });
    at += p.length + 2;
  });
  const year = 2000 + Math.floor(rand() * 24);
  const published = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  const brief: Brief = {
    schema: BRIEF_SCHEMA_ID,
    meta: { title, subtitle: null, byline: [], published, site: 'synthetic', lang: 'en', url: `https://example.org/${i}` },
    text, blocks, sentences: [], entities: [], mentions: [], times: [], timeline: [], figures: [], quotes: [], claims: [], findings: [],
  };
  return { brief, raw: Buffer.from(text), name: `synthetic/${i}.txt` };
}

async function searchLatency(label: string, store: CorpusStore, n: number) {
  const qs = searchQueries(paragraphs, 200);
  for (const q of qs.slice(0, 10)) await store.search({ q, limit: 20 }); // warm the cache
  const times: number[] = [];
  let hits = 0;
  for (const q of qs) {
    const t = performance.now();
    const r = await store.search({ q, limit: 20 });
    times.push(performance.now() - t);
    hits += r.total;
  }
  times.sort((a, b) => a - b);
  console.log(`# calibration loop now ${calibrate().toFixed(0)} ms (about 10 ms idle)`);
  const p = (x: number) => times[Math.min(times.length - 1, Math.floor(x * times.length))].toFixed(1);
  row(`search ${label}`, `${n} articles, 200 queries (1-2 words, phrases, OR/NOT), top 20 with snippets`, `p50 ${p(0.5)} ms`, `p95 ${p(0.95)} ms`, `max ${times[times.length - 1].toFixed(1)} ms`, `mean matches ${(hits / qs.length).toFixed(0)}`);
}

async function bulkLoad(label: string, url: string, n: number) {
  const store = await openStore(url, { poolSize: 8 });
  const rand = rng(1234);
  const t0 = performance.now();
  const BATCH = 500;
  let added = 0;
  for (let i = 0; i < n; i += BATCH) {
    const batch = [];
    for (let k = i; k < Math.min(n, i + BATCH); k++) batch.push(prepareDocument(synthetic(k, rand)));
    if (store instanceof SqliteStore) added += store.addPreparedMany(batch).filter((r) => r.created).length;
    else added += (await Promise.all(batch.map((d) => store.addPrepared(d)))).filter((r) => r.created).length;
    if ((i / BATCH) % 20 === 0) process.stderr.write(`\r${label}: ${i + batch.length}/${n}`);
  }
  process.stderr.write('\n');
  const wall = (performance.now() - t0) / 1000;
  const bytes = await dbBytes(store, url);
  row(`synthetic ${label}`, `${added} articles bulk-loaded (no analysis pipeline)`, `${wall.toFixed(1)} s = ${(n / wall).toFixed(0)} art/s`, `${(bytes / n / 1024).toFixed(1)} KB/article`);
  await searchLatency(label, store, n);
  await store.close();
}

if (!onlyContradictions) {
  await bulkLoad('SQLite', join(OUT, 'synthetic.db'), SYNTH);
  const pgSynth = await pgDatabase('dossier_bench_synth');
  if (pgSynth && PG_SYNTH > 0) await bulkLoad('PostgreSQL', pgSynth, PG_SYNTH);
}
if (!PG_URL && !onlyContradictions) row('PostgreSQL', 'skipped: set DOSSIER_BENCH_PG or DOSSIER_TEST_PG (e.g. eval "$(.ci/postgres.sh start)")');

console.log('\n| step | what | result | | | |\n| --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
