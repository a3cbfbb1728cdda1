// Per-stage time on each hostile input at size n and 8n: finds the stage that grows faster than
// linearly. Usage: npm run bench:hostile [-- --only NAME] [--scale K]
import { parseArgs } from 'node:util';
import { defaultPipeline } from '../src/analyze.js';
import { Doc } from '../src/core/doc.js';
import { InputError } from '../src/core/errors.js';
import { newContext } from '../src/core/stage.js';
import { extractRaw } from '../src/extract/index.js';
import { prepareBytes } from '../src/extract/read.js';
import { HOSTILE } from '../test/hostile-inputs.js';

const { values } = parseArgs({ options: { only: { type: 'string' }, scale: { type: 'string', default: '1' } } });
const scale = Number(values.scale);

function run(bytes: Buffer, html: boolean): Record<string, number> | string {
  const times: Record<string, number> = {};
  try {
    const t0 = performance.now();
    const ex = extractRaw({ name: 'x', bytes: prepareBytes('x', bytes), hint: html ? 'html' : 'text' });
    times.extract = performance.now() - t0;
    const { pipeline, resources } = defaultPipeline();
    const timings: { name: string; ms: number }[] = [];
    pipeline.run(new Doc(ex.text, ex.blocks, ex.meta), { ...newContext(), resources }, timings);
    for (const t of timings) times[t.name] = t.ms;
    return times;
  } catch (e) {
    if (e instanceof InputError) return `InputError: ${e.message.slice(0, 60)}`;
    return `CRASH ${(e as Error).name}: ${(e as Error).message.slice(0, 80)}`;
  }
}

console.log('| input | stage | ms at n | ms at 8n | ratio |');
console.log('| --- | --- | ---: | ---: | ---: |');
for (const h of HOSTILE) {
  if (values.only && !h.name.includes(values.only)) continue;
  const n = Math.max(1, Math.round(h.base * scale));
  const small = h.make(n);
  const large = h.make(n * 8);
  run(small.bytes, small.html);
  const a = run(small.bytes, small.html);
  const b = run(large.bytes, large.html);
  if (typeof a === 'string' || typeof b === 'string') {
    console.log(`| ${h.name} | — | ${typeof a === 'string' ? a : 'ok'} | ${typeof b === 'string' ? b : 'ok'} | |`);
    continue;
  }
  for (const stage of Object.keys(b)) {
    const r = b[stage] / Math.max(a[stage] ?? 0, 0.5);
    const flag = r > 16 && b[stage] > 50 ? ' ⚠' : '';
    console.log(`| ${h.name} | ${stage} | ${(a[stage] ?? 0).toFixed(1)} | ${b[stage].toFixed(1)} | ${r.toFixed(1)}${flag} |`);
  }
}
