// Throughput of the whole pipeline and of each stage over a corpus, on one core and with one
// worker per core. Usage: npm run bench [-- --corpus DIR] [--limit N] [--repeat N]
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { corpusFiles } from './corpus-files.js';
import { runFiles, type RunResult } from './pipeline-worker.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: fileURLToPath(new URL('../samples/articles', import.meta.url)) },
    limit: { type: 'string', default: '100000' },
    repeat: { type: 'string', default: '1' },
    workers: { type: 'string', default: String(availableParallelism()) },
  },
});

const files = corpusFiles(values.corpus!, Number(values.limit));
const repeat = Number(values.repeat);
if (!files.length) {
  console.log(`no .txt/.html files under ${values.corpus}`);
  process.exit(0);
}

function runInWorkers(n: number): Promise<{ results: RunResult[]; ms: number }> {
  const chunks: string[][] = Array.from({ length: n }, () => []);
  files.forEach((f, i) => chunks[i % n].push(f));
  const t0 = performance.now();
  const url = new URL('./pipeline-worker-entry.mjs', import.meta.url);
  return Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<RunResult>((resolve, reject) => {
          const w = new Worker(url, { workerData: { files: chunk, repeat } });
          w.once('message', resolve);
          w.once('error', reject);
        }),
    ),
  ).then((results) => ({ results, ms: performance.now() - t0 }));
}

const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(0);

// Warm up (model loading, JIT), then measure on this thread: one core.
runFiles(files.slice(0, Math.min(files.length, 20)));
const one = runFiles(files, repeat);
const nWorkers = Number(values.workers);
const multi = await runInWorkers(nWorkers);
const multiDocs = multi.results.reduce((a, r) => a + r.docs, 0);
const multiTokens = multi.results.reduce((a, r) => a + r.tokens, 0);
const multiRss = Math.max(...multi.results.map((r) => r.maxRssMb));

console.log(`corpus: ${values.corpus} — ${files.length} files × ${repeat}, ${one.docs} analysed, ${one.failed} refused; ${one.tokens} tokens (${one.words} words)\n`);
console.log('| run | docs/s | tokens/s | words/s | wall s | peak RSS MB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
console.log(`| one core | ${rate(one.docs, one.ms)} | ${rate(one.tokens, one.ms)} | ${rate(one.words, one.ms)} | ${(one.ms / 1000).toFixed(2)} | ${one.maxRssMb.toFixed(0)} |`);
console.log(`| ${nWorkers} workers (incl. start-up) | ${rate(multiDocs, multi.ms)} | ${rate(multiTokens, multi.ms)} | — | ${(multi.ms / 1000).toFixed(2)} | ${multiRss.toFixed(0)} |`);
console.log('\n| stage (one core) | ms total | share | docs/s | tokens/s |');
console.log('| --- | ---: | ---: | ---: | ---: |');
const total = Object.values(one.stages).reduce((a, b) => a + b, 0);
for (const [name, ms] of Object.entries(one.stages)) {
  console.log(`| ${name} | ${ms.toFixed(1)} | ${((100 * ms) / total).toFixed(1)}% | ${rate(one.docs, ms)} | ${rate(one.tokens, ms)} |`);
}
