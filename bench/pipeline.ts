// Throughput of the whole pipeline and of each stage, on one core and with one worker per core,
// over the BBC articles and the WCXB pages (or the folder given), with peak memory, and the cold
// start of `dossier analyze` on one article. Rates are wall-clock on a shared machine, so each is
// also given per CPU-second, with the load average.
// Usage: npm run bench [-- --corpus DIR] [--limit N] [--repeat N] [--workers N] [--cold-runs N]
// (the cold start alone: npm run bench:cold)
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { BIN, coldStartTable, DEFAULT_ARTICLE, UNBUNDLED } from './cold-start.js';
import { corpusFiles } from './corpus-files.js';
import { dataDir } from './data-dir.js';
import { INGEST_BATCH, runFiles, type RunResult } from './pipeline-worker.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    limit: { type: 'string', default: '100000' },
    repeat: { type: 'string', default: '1' },
    workers: { type: 'string', default: String(availableParallelism()) },
    'cold-runs': { type: 'string', default: '7' },
    'cold-article': { type: 'string', default: DEFAULT_ARTICLE },
  },
});
const repeat = Number(values.repeat);
const nWorkers = Number(values.workers);

function corpora(): { name: string; dir: string }[] {
  if (values.corpus) return [{ name: values.corpus, dir: values.corpus }];
  const d = dataDir();
  const found = d ? [{ name: 'BBC news', dir: join(d, 'bbc-news') }, { name: 'WCXB pages (HTML)', dir: join(d, 'wcxb-dev-articles') }].filter((c) => existsSync(c.dir)) : [];
  if (found.length) return found;
  console.log('(shared data not found: benchmarking the sample articles; set DOSSIER_DATA for BBC and WCXB)\n');
  return [{ name: 'sample articles', dir: fileURLToPath(new URL('../samples/articles', import.meta.url)) }];
}

/**
 * Runs the files split over n workers. Each worker loads, warms up on `warm` and waits; all start
 * together. `ms`/`cpuMs` cover spawn to finish, `runMs`/`runCpuMs` the analysis alone (CPU time
 * is the whole process's, so it counts every worker).
 */
async function runInWorkers(files: string[], warm: string[], n: number): Promise<{ results: RunResult[]; ms: number; cpuMs: number; runMs: number; runCpuMs: number }> {
  const chunks: string[][] = Array.from({ length: n }, () => []);
  files.forEach((f, i) => chunks[i % n].push(f));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const url = new URL('./pipeline-worker-entry.mjs', import.meta.url);
  const workers = chunks.map((chunk) => new Worker(url, { workerData: { files: chunk, warm, repeat } }));
  const next = (w: Worker) =>
    new Promise<unknown>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    });
  await Promise.all(workers.map(next));
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  const done = workers.map(next) as Promise<RunResult>[];
  for (const w of workers) w.postMessage('go');
  const results = await Promise.all(done);
  const t2 = performance.now();
  const cpu = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  await Promise.all(workers.map((w) => w.terminate()));
  return { results, ms: t2 - t0, cpuMs: cpu(process.cpuUsage(c0)), runMs: t2 - t1, runCpuMs: cpu(process.cpuUsage(c1)) };
}

const rate = (n: number, ms: number) => (ms > 0 ? (n / (ms / 1000)).toFixed(0) : '—');
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

console.log(`node ${process.version}, ${availableParallelism()} cores; load average at start ${load()}\n`);
for (const { name, dir } of corpora()) {
  const files = corpusFiles(dir, Number(values.limit));
  if (!files.length) {
    console.log(`${name}: no .txt/.html files under ${dir}\n`);
    continue;
  }
  // Warm up (model loading, JIT), then measure on this thread: one core.
  const warm = files.slice(0, Math.min(files.length, 20));
  runFiles(warm);
  const c0 = process.cpuUsage();
  const one = runFiles(files, repeat);
  const c1 = process.cpuUsage(c0);
  const oneCpu = (c1.user + c1.system) / 1000;
  // The same, document after document (as `dossier analyze` goes through its files).
  const s0 = process.cpuUsage();
  const single = runFiles(files, repeat, false, 1);
  const s1 = process.cpuUsage(s0);
  const singleCpu = (s1.user + s1.system) / 1000;
  const multi = await runInWorkers(files, warm, nWorkers);
  const multiDocs = multi.results.reduce((a, r) => a + r.docs, 0);
  const multiTokens = multi.results.reduce((a, r) => a + r.tokens, 0);
  const multiWords = multi.results.reduce((a, r) => a + r.words, 0);

  console.log(`## ${name}\n`);
  console.log(`${dir} — ${files.length} files × ${repeat}: ${one.docs} analysed, ${one.failed} refused; ${one.tokens} tokens (${one.words} words); load average now ${load()}\n`);
  console.log('| run | docs/s | tokens/s | words/s | wall s | CPU s | docs/CPU-s | tokens/CPU-s | peak RSS MB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(`| one core, batches of ${INGEST_BATCH} (as ingest) | ${rate(one.docs, one.ms)} | ${rate(one.tokens, one.ms)} | ${rate(one.words, one.ms)} | ${(one.ms / 1000).toFixed(2)} | ${(oneCpu / 1000).toFixed(2)} | ${rate(one.docs, oneCpu)} | ${rate(one.tokens, oneCpu)} | ${one.maxRssMb.toFixed(0)} |`);
  console.log(`| one core, one document at a time (as analyze) | ${rate(single.docs, single.ms)} | ${rate(single.tokens, single.ms)} | ${rate(single.words, single.ms)} | ${(single.ms / 1000).toFixed(2)} | ${(singleCpu / 1000).toFixed(2)} | ${rate(single.docs, singleCpu)} | ${rate(single.tokens, singleCpu)} | ${single.maxRssMb.toFixed(0)} |`);
  console.log(`| ${nWorkers} workers, incl. start-up | ${rate(multiDocs, multi.ms)} | ${rate(multiTokens, multi.ms)} | ${rate(multiWords, multi.ms)} | ${(multi.ms / 1000).toFixed(2)} | ${(multi.cpuMs / 1000).toFixed(2)} | ${rate(multiDocs, multi.cpuMs)} | ${rate(multiTokens, multi.cpuMs)} | ${Math.max(...multi.results.map((r) => r.maxRssMb)).toFixed(0)} |`);
  console.log(`| ${nWorkers} workers, analysis only (loaded and warmed up) | ${rate(multiDocs, multi.runMs)} | ${rate(multiTokens, multi.runMs)} | ${rate(multiWords, multi.runMs)} | ${(multi.runMs / 1000).toFixed(2)} | ${(multi.runCpuMs / 1000).toFixed(2)} | ${rate(multiDocs, multi.runCpuMs)} | ${rate(multiTokens, multi.runCpuMs)} | — |`);
  console.log(`\n| stage (one core, batches of ${INGEST_BATCH}) | wall ms | share | docs/s | tokens/s | CPU ms | docs/CPU-s | tokens/CPU-s |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const total = Object.values(one.stages).reduce((a, b) => a + b, 0);
  const totalCpu = Object.values(one.stageCpu).reduce((a, b) => a + b, 0);
  const row = (stage: string, ms: number, cpu: number) =>
    `| ${stage} | ${ms.toFixed(1)} | ${((100 * ms) / total).toFixed(1)}% | ${rate(one.docs, ms)} | ${rate(one.tokens, ms)} | ${cpu.toFixed(1)} | ${rate(one.docs, cpu)} | ${rate(one.tokens, cpu)} |`;
  for (const [stage, ms] of Object.entries(one.stages)) console.log(row(stage, ms, one.stageCpu[stage] ?? 0));
  console.log(row('all stages', total, totalCpu));
  console.log('\n(peak RSS is the process high-water mark so far; the workers share one process)\n');
}

const runs = Number(values['cold-runs']);
if (runs > 0) {
  console.log('## cold start of `dossier analyze` on one article\n');
  console.log(`${values['cold-article']}, ${runs} fresh processes each; load average ${load()}\n`);
  for (const line of coldStartTable(values['cold-article']!, runs, [['bin/dossier.cjs (the bin)', BIN], ['dist/cli/main.js (unbundled)', UNBUNDLED]])) console.log(line);
}
