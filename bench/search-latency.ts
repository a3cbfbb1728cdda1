// Search latency on an existing store (each query's best of three runs), with the slowest
// queries named: for profiling the
// search path without rebuilding the 100,000-article corpus each time.
//   tsx bench/search-latency.ts DB_URL_OR_PATH [--plan] [--filters]
// DB is a SQLite path (e.g. .bench-out/corpus/synthetic.db after `npm run bench:corpus`) or a
// postgres:// URL. --plan prints SQLite's query plans; --filters adds date and entity filters.
import { loadavg } from 'node:os';
import { openStore } from '../src/store/open.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { SearchQuery } from '../src/store/types.js';
import { corpusFiles } from './corpus-files.js';
import { corpusParagraphs, searchQueries } from './corpus-queries.js';
import { requireData } from './data-dir.js';

const url = process.argv[2];
if (!url) {
  console.log('usage: tsx bench/search-latency.ts DB [--plan] [--filters]');
  process.exit(0);
}
const files = corpusFiles(requireData('bbc-news'));
const { paragraphs } = corpusParagraphs(files);
const qs: SearchQuery[] = searchQueries(paragraphs, 200).map((q, i) => {
  if (!process.argv.includes('--filters')) return { q, limit: 20 };
  return i % 3 === 0 ? { q, limit: 20, from: '2010-01-01', to: '2015-12-31' } : i % 3 === 1 ? { q, limit: 20, hasFindings: true } : { q, limit: 20 };
});
const store = await openStore(url);
for (const q of qs.slice(0, 10)) await store.search(q);
const times: { ms: number; cpu: number; q: SearchQuery; total: number }[] = [];
const c0 = process.cpuUsage();
for (const q of qs) {
  // The best of three runs: on a shared machine the slowest run mostly measures the neighbours.
  let best = { ms: Infinity, cpu: Infinity, q, total: 0 };
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    const c = process.cpuUsage();
    const r = await store.search(q);
    const u = process.cpuUsage(c);
    const ms = performance.now() - t;
    if (ms < best.ms) best = { ms, cpu: (u.user + u.system) / 1000, q, total: r.total };
  }
  times.push(best);
}
const cpu = process.cpuUsage(c0);
const sorted = [...times].sort((a, b) => a.ms - b.ms);
const p = (x: number) => sorted[Math.min(sorted.length - 1, Math.floor(x * sorted.length))].ms.toFixed(1);
console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`${qs.length} queries: p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${sorted[sorted.length - 1].ms.toFixed(1)} ms; ` +
  `CPU ${((cpu.user + cpu.system) / 1000 / qs.length / 3).toFixed(1)} ms per query (this process)`);
const cpus = times.map((t) => t.cpu).sort((a, b) => a - b);
const pc = (x: number) => cpus[Math.min(cpus.length - 1, Math.floor(x * cpus.length))].toFixed(1);
console.log(`CPU time per query (SQLite runs in this process; not PostgreSQL's): p50 ${pc(0.5)} ms, p95 ${pc(0.95)} ms`);
for (const t of sorted.slice(-8).reverse()) console.log(`  ${t.ms.toFixed(1)} ms (${t.cpu.toFixed(1)} CPU)  ${t.total} matches  ${JSON.stringify(t.q)}`);
if (process.argv.includes('--plan') && store instanceof SqliteStore) {
  const { toFts5 } = await import('../src/store/fts-query.js');
  const slow = sorted[sorted.length - 1].q;
  for (const r of store.db.prepare('EXPLAIN QUERY PLAN SELECT rowid, rank FROM doc_fts WHERE doc_fts MATCH ? ORDER BY rank LIMIT 20').all(toFts5(slow.q!)))
    console.log('  plan:', JSON.stringify(r));
}
await store.close();
