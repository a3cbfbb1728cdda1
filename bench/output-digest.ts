// Writes the brief of every article in a corpus, one JSON line each, and prints a digest, so
// that a speed change can be checked to leave every output byte-identical.
// Usage: tsx bench/output-digest.ts --corpus DIR [--limit N] [--out FILE] [--date YYYY-MM-DD|none]
// (the date defaults to 2020-01-01; `none` leaves each document's date to be estimated, as the CLI does)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeRaw } from '../src/analyze.js';
import { InputError } from '../src/core/errors.js';
import { prepareBytes } from '../src/extract/read.js';
import { corpusFiles } from './corpus-files.js';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, limit: { type: 'string', default: '100000' }, out: { type: 'string' }, date: { type: 'string', default: '2020-01-01' } } });
const options = values.date === 'none' ? {} : { date: values.date };
if (!values.corpus) {
  console.log('give --corpus DIR');
  process.exit(0);
}
const files = corpusFiles(values.corpus, Number(values.limit));
const lines: string[] = [];
for (const f of files) {
  try {
    const brief = analyzeRaw({ name: f, bytes: prepareBytes(f, readFileSync(f)), hint: /\.html?(\.gz)?$/i.test(f) ? 'html' : 'text' }, options);
    lines.push(JSON.stringify(brief));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    lines.push(JSON.stringify({ refused: e.message }));
  }
}
const text = lines.join('\n') + '\n';
if (values.out) writeFileSync(values.out, text);
console.log(`${files.length} files, sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 16)}`);
