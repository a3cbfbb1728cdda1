// CPU rate of single stages alone: runs the pipeline once over a corpus, then re-runs each named
// stage over every document and reports documents per CPU-second, best of N runs. Per-stage CPU
// read around the whole loop (not per document) keeps the timer's cost out of fast stages.
// Usage: tsx bench/stage-cpu.ts --corpus DIR [--limit N] [--stages quotes,claims] [--runs 3]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { defaultPipeline } from '../src/analyze.js';
import { Doc } from '../src/core/doc.js';
import { InputError } from '../src/core/errors.js';
import { newContext } from '../src/core/stage.js';
import { extractRaw } from '../src/extract/index.js';
import { prepareBytes } from '../src/extract/read.js';
import { corpusFiles } from './corpus-files.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    limit: { type: 'string', default: '100000' },
    stages: { type: 'string', default: 'quotes,claims' },
    runs: { type: 'string', default: '3' },
  },
});
if (!values.corpus) {
  console.log('give --corpus DIR');
  process.exit(0);
}
const { pipeline, resources } = defaultPipeline();
const docs: Doc[] = [];
for (const name of corpusFiles(values.corpus, Number(values.limit))) {
  try {
    const ex = extractRaw({ name, bytes: prepareBytes(name, readFileSync(name)), hint: /\.html?(\.gz)?$/i.test(name) ? 'html' : 'text' });
    const doc = new Doc(ex.text, ex.blocks, ex.meta);
    const ctx = { ...newContext(), resources };
    for (const stage of pipeline.stages) stage.run(doc, ctx);
    docs.push(doc);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
  }
}
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
console.log(`${docs.length} docs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (const name of values.stages!.split(',')) {
  const stage = pipeline.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`no stage ${name}`);
  let best = Infinity;
  for (let r = 0; r < Number(values.runs); r++) {
    const c0 = cpuMs();
    for (const doc of docs) stage.run(doc, { ...newContext(), resources });
    best = Math.min(best, cpuMs() - c0);
  }
  console.log(`${name}: ${best.toFixed(0)} CPU ms, ${((docs.length * 1000) / best).toFixed(0)} docs/CPU-s (best of ${values.runs})`);
}
