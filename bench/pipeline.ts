// Throughput of the whole pipeline and of each stage, on one core and with one worker per core,
// over the BBC articles and the WCXB pages (or the folder given), with peak memory, and the cold
// start of `dossier analyze` on one article; on BBC, the same texts through compromise and
// wink-nlp. Rates are wall-clock on a shared machine, so each is also given per CPU-second, with
// the load average.
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
import { compareTable } from './compare.js';
import { CORPUS_BATCH } from '../src/analyze.js';
import type { RunRequest, RunResult } from './pipeline-worker.js';
import { WARM_SOURCE, warmTexts } from './warm-texts.js';

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
/** Articles the comparison with compromise and wink-nlp runs on (they are slow). */
const COMPARE_DOCS = 500;

function corpora(): { name: string; dir: string }[] {
  if (values.corpus) return [{ name: values.corpus, dir: values.corpus }];
  const d = dataDir();
  const found = d ? [{ name: 'BBC news', dir: join(d, 'bbc-news') }, { name: 'WCXB pages (HTML)', dir: join(d, 'wcxb-dev-articles') }].filter((c) => existsSync(c.dir)) : [];
  if (found.length) return found;
  console.log('(shared data not found: benchmarking the sample articles; set DOSSIER_DATA for BBC and WCXB)\n');
  return [{ name: 'sample articles', dir: fileURLToPath(new URL('../samples/articles', import.meta.url)) }];
}

/**
 * Runs the files split over n fresh workers (each its own caches, as a new ingest process has).
 * Each loads, warms up as `req` says and waits; all start together. `ms`/`cpuMs` cover spawn to
 * finish, `runMs`/`runCpuMs` the analysis alone (CPU time is the whole process's: every worker).
 */
async function runInWorkers(files: string[], req: Omit<RunRequest, 'files'>, n: number): Promise<{ results: RunResult[]; ms: number; cpuMs: number; runMs: number; runCpuMs: number }> {
  const chunks: string[][] = Array.from({ length: n }, () => []);
  files.forEach((f, i) => chunks[i % n].push(f));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const url = new URL('./pipeline-worker-entry.mjs', import.meta.url);
  const workers = chunks.map((chunk) => new Worker(url, { workerData: { ...req, files: chunk, repeat } satisfies RunRequest }));
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
const sum = (rs: RunResult[], k: 'docs' | 'tokens' | 'words') => rs.reduce((a, r) => a + r[k], 0);

console.log(`node ${process.version}, ${availableParallelism()} cores; load average at start ${load()}\n`);
const warm = warmTexts();
for (const { name, dir } of corpora()) {
  const files = corpusFiles(dir, Number(values.limit));
  if (!files.length) {
    console.log(`${name}: no .txt/.html files under ${dir}\n`);
    continue;
  }
  // One core, each run in a fresh worker: "first sight" warms up on 20 of the measured articles
  // (every other word is new to the tagger's caches, as in a fresh ingest of this corpus);
  // "steady" warms up on other articles first, as an ingest that has been running a while.
  const warmFiles = files.slice(0, Math.min(files.length, 20));
  const steadyWarm = warm.length ? { warmTexts: warm } : { warmFiles };
  const first = await runInWorkers(files, { warmFiles, batch: CORPUS_BATCH, stageCpu: true }, 1);
  const single = await runInWorkers(files, { warmFiles, batch: 1 }, 1);
  const steady = await runInWorkers(files, { ...steadyWarm, batch: CORPUS_BATCH, stageCpu: true }, 1);
  const multi = await runInWorkers(files, { ...steadyWarm, batch: CORPUS_BATCH }, nWorkers);
  const one = steady.results[0];

  console.log(`## ${name}\n`);
  console.log(`${dir} — ${files.length} files × ${repeat}: ${one.docs} analysed, ${one.failed} refused; ${one.tokens} tokens (${one.words} words); load average now ${load()}\n`);
  const steadyNote = warm.length ? `after ${warm.length} ${WARM_SOURCE} articles` : 'after 20 of these articles';
  console.log('| run | docs/s | tokens/s | words/s | wall s | CPU s | of it, analysing threads | docs/CPU-s | tokens/CPU-s | peak RSS MB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const row = (label: string, r: Awaited<ReturnType<typeof runInWorkers>>, ms: number, cpuMs: number, rss: string, withThreads = true) => {
    const docs = sum(r.results, 'docs'), tokens = sum(r.results, 'tokens'), words = sum(r.results, 'words');
    const threads = r.results.every((x) => x.threadCpuMs !== null) && withThreads ? (r.results.reduce((a, x) => a + x.threadCpuMs!, 0) / 1000).toFixed(2) : '—';
    console.log(`| ${label} | ${rate(docs, ms)} | ${rate(tokens, ms)} | ${rate(words, ms)} | ${(ms / 1000).toFixed(2)} | ${(cpuMs / 1000).toFixed(2)} | ${threads} | ${rate(docs, cpuMs)} | ${rate(tokens, cpuMs)} | ${rss} |`);
  };
  const rss = (r: Awaited<ReturnType<typeof runInWorkers>>) => Math.max(...r.results.map((x) => x.maxRssMb)).toFixed(0);
  row(`one core, batches of ${CORPUS_BATCH} (as ingest), steady: ${steadyNote}`, steady, steady.runMs, steady.runCpuMs, rss(steady));
  row(`one core, batches of ${CORPUS_BATCH}, first sight: after 20 of these articles`, first, first.runMs, first.runCpuMs, rss(first));
  row('one core, one document at a time (as analyze), first sight', single, single.runMs, single.runCpuMs, rss(single));
  row(`${nWorkers} workers, batches of ${CORPUS_BATCH}, incl. start-up and warm-up`, multi, multi.ms, multi.cpuMs, rss(multi), false);
  row(`${nWorkers} workers, batches of ${CORPUS_BATCH}, analysis only (steady)`, multi, multi.runMs, multi.runCpuMs, '—');

  const firstOne = first.results[0];
  console.log(`\n| stage (one core, batches of ${CORPUS_BATCH}, steady) | wall ms | share | docs/s | tokens/s | thread CPU ms | docs/CPU-s | tokens/CPU-s | first sight docs/CPU-s |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const total = Object.values(one.stages).reduce((a, b) => a + b, 0);
  const totalCpu = Object.values(one.stageCpu).reduce((a, b) => a + b, 0);
  const firstCpu = Object.values(firstOne.stageCpu).reduce((a, b) => a + b, 0);
  const stageRow = (stage: string, ms: number, cpu: number, cpuFirst: number) =>
    `| ${stage} | ${ms.toFixed(1)} | ${((100 * ms) / total).toFixed(1)}% | ${rate(one.docs, ms)} | ${rate(one.tokens, ms)} | ${cpu.toFixed(1)} | ${rate(one.docs, cpu)} | ${rate(one.tokens, cpu)} | ${rate(firstOne.docs, cpuFirst)} |`;
  for (const [stage, ms] of Object.entries(one.stages)) console.log(stageRow(stage, ms, one.stageCpu[stage] ?? 0, firstOne.stageCpu[stage] ?? 0));
  console.log(stageRow('all stages', total, totalCpu, firstCpu));
  console.log('\n(each run is a fresh worker thread; peak RSS is the process high-water mark so far. CPU s and docs/CPU-s are the whole');
  console.log('process\'s: the analysing thread plus V8\'s compiler and garbage-collector threads, which run beside it on the other');
  console.log('core; a process held to one core would approach docs/CPU-s. The stage table\'s CPU is the analysing thread\'s own.)\n');
  if (/bbc/i.test(dir)) {
    console.log(`### against compromise and wink-nlp (the first ${Math.min(COMPARE_DOCS, files.length)} articles)\n`);
    for (const line of compareTable(files.slice(0, COMPARE_DOCS), dir)) console.log(line);
    console.log('');
  }
}

const runs = Number(values['cold-runs']);
if (runs > 0) {
  console.log('## cold start of `dossier analyze` on one article\n');
  console.log(`${values['cold-article']}, ${runs} fresh processes each; load average ${load()}\n`);
  for (const line of coldStartTable(values['cold-article']!, runs, [['bin/dossier.cjs (the bin)', BIN], ['dist/cli/main.js (unbundled)', UNBUNDLED]])) console.log(line);
}
