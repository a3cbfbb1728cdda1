// Extracts every page of the extraction eval's corpora (WCXB dev articles, readability test pages)
// and prints a digest of the output (text, blocks, metadata) and the CPU time of the extraction, so
// that a speed change can be checked to leave every extracted byte the same.
// Usage: tsx bench/extract-digest.ts [--out FILE] [--runs N]
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractString } from '../src/extract/index.js';
import { dataDir } from './data-dir.js';
import { wcxbPages } from './wcxb-pages.js';

const { values } = parseArgs({ options: { out: { type: 'string' }, runs: { type: 'string', default: '1' } } });
const data = dataDir();
if (!data) {
  console.log('extract-digest: ../shared/data not found (set DOSSIER_DATA)');
  process.exit(0);
}
const pages: { id: string; html: string; url: string }[] = wcxbPages(join(data, 'wcxb-dev-articles'));
const rp = join(data, 'readability-pages');
for (const name of existsSync(rp) ? readdirSync(rp).sort() : []) {
  const f = join(rp, name, 'source.html');
  if (existsSync(f)) pages.push({ id: `rp/${name}`, html: readFileSync(f, 'utf8'), url: `http://fakehost/test/${name}` });
}
let lines: string[] = [];
const times: number[] = [];
for (let r = 0; r < Number(values.runs); r++) {
  lines = [];
  const c0 = process.cpuUsage();
  for (const p of pages) {
    try {
      const ex = extractString(p.html, 'html', p.url);
      lines.push(JSON.stringify({ id: p.id, meta: ex.meta, blocks: ex.blocks, text: ex.text }));
    } catch (e) {
      lines.push(JSON.stringify({ id: p.id, error: String(e) }));
    }
  }
  const c = process.cpuUsage(c0);
  times.push((c.user + c.system) / 1e6);
}
const text = lines.join('\n') + '\n';
if (values.out) writeFileSync(values.out, text);
console.log(`${pages.length} pages, sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 16)}, ` +
  `CPU s per run: ${times.map((t) => t.toFixed(2)).join(' ')} (best ${Math.min(...times).toFixed(2)})`);
