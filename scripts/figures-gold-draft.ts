// Drafts bench/gold/figures/<doc>.json from the current system, for hand correction. It never
// overwrites a gold file that exists (those are corrected by hand). Usage: tsx scripts/figures-gold-draft.ts
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDir } from '../bench/data-dir.js';
import { analyzeDoc, goldSelection } from '../bench/figures-docs.js';

const data = dataDir();
if (!data) {
  console.log('skipped: ../shared/data not found');
  process.exit(0);
}
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench', 'gold', 'figures');
mkdirSync(out, { recursive: true });
for (const d of goldSelection(data)) {
  const file = join(out, d.id.replace(/\//g, '__') + '.json');
  if (existsSync(file)) continue;
  const b = analyzeDoc(d);
  const figures = b.figures.filter((f) => !f.derived).map((f) => {
    const text = b.text.slice(f.start, f.end);
    let nth = 0;
    for (let i = b.text.indexOf(text); i >= 0 && i < f.start; i = b.text.indexOf(text, i + 1)) nth++;
    return {
      text, nth, value: f.value, ...(f.low !== undefined ? { low: f.low, high: f.high } : {}), unit: f.unit ?? null,
      head: f.head ?? null, subject: f.subject ?? null, ctx: b.text.slice(Math.max(0, f.start - 60), f.end + 40).replace(/\s+/g, ' '),
    };
  });
  writeFileSync(file, JSON.stringify({ doc: d.id, date: d.date ?? null, reviewed: false, figures }, null, 1) + '\n');
  console.log(`${d.id}: ${figures.length}`);
}
