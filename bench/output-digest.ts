// Writes the brief of every article in a corpus, one JSON line each, and prints a digest, so
// that a speed change can be checked to leave every output byte-identical.
// Usage: tsx bench/output-digest.ts --corpus DIR [--limit N] [--out FILE] [--date YYYY-MM-DD|none] [--batch N]
// (--batch N analyses N documents at a time, stage by stage, as ingest does: the digest must not change)
// (the date defaults to 2020-01-01; `none` leaves each document's date to be estimated, as the CLI does)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeExtracted, analyzeExtractedBatch, type AnalyzeOptions, type BatchOutcome } from '../src/analyze.js';
import { extractRaw, type Extracted } from '../src/extract/index.js';
import { InputError } from '../src/core/errors.js';
import { prepareBytes } from '../src/extract/read.js';
import { corpusFiles } from './corpus-files.js';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, limit: { type: 'string', default: '100000' }, out: { type: 'string' }, date: { type: 'string', default: '2020-01-01' }, batch: { type: 'string', default: '1' } } });
const options = values.date === 'none' ? {} : { date: values.date };
if (!values.corpus) {
  console.log('give --corpus DIR');
  process.exit(0);
}
const files = corpusFiles(values.corpus, Number(values.limit));
const refused = (e: unknown) => {
  if (!(e instanceof InputError)) throw e;
  return JSON.stringify({ refused: e.message });
};
const raw = (f: string) => ({ name: f, bytes: prepareBytes(f, readFileSync(f)), hint: /\.html?(\.gz)?$/i.test(f) ? 'html' as const : 'text' as const });
const lines: string[] = [];
const batch = Number(values.batch);
for (let b = 0; b < files.length; b += batch) {
  const slots: (string | { ex: Extracted; opts: AnalyzeOptions })[] = files.slice(b, b + batch).map((f) => {
    try {
      return { ex: extractRaw(raw(f)), opts: options };
    } catch (e) {
      return refused(e);
    }
  });
  const work = slots.filter((s): s is { ex: Extracted; opts: AnalyzeOptions } => typeof s !== 'string');
  const one = (w: { ex: Extracted; opts: AnalyzeOptions }): BatchOutcome => {
    try {
      return { ok: true, brief: analyzeExtracted(w.ex, w.opts) };
    } catch (error) {
      return { ok: false, error };
    }
  };
  const outs = batch === 1 ? work.map(one) : analyzeExtractedBatch(work);
  let k = 0;
  for (const s of slots) {
    if (typeof s === 'string') lines.push(s);
    else {
      const o = outs[k++];
      lines.push(o.ok ? JSON.stringify(o.brief) : refused(o.error));
    }
  }
}
const text = lines.join('\n') + '\n';
if (values.out) writeFileSync(values.out, text);
console.log(`${files.length} files, sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 16)}`);
