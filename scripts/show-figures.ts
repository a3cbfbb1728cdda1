// Prints the figures (and findings) the pipeline finds in a text file: a debugging aid.
import { readFileSync } from 'node:fs';
import { analyzeText } from '../src/analyze.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/show-figures.ts FILE [--date YYYY-MM-DD]');
  process.exit(2);
}
const di = process.argv.indexOf('--date');
const brief = analyzeText(readFileSync(file, 'utf8'), { format: 'text', date: di > 0 ? process.argv[di + 1] : undefined });
for (const f of brief.figures) {
  const val = f.value ?? `${f.low}-${f.high}`;
  console.log(`${f.id}\t${JSON.stringify(brief.text.slice(f.start, f.end))}\t${val}\t${f.unit ?? ''}\t${f.approx ?? ''}\tm=${f.measure}\ts=${f.subject ?? ''}\tq=${f.qualifier ?? ''}\tt=${f.time ?? ''}\tsrc=${f.source ?? ''}${f.partOf ? '\tpartOf=' + f.partOf : ''}${f.parts ? '\tparts=' + f.parts.join(',') : ''}${f.derived ? '\tDERIVED' : ''}`);
}
for (const x of brief.findings) console.log(`[${x.severity}] ${x.rule}: ${x.message} (${x.refs?.join(',') ?? ''})`);
