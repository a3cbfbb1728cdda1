import { readFileSync } from 'node:fs';
import { parseConll } from '../src/entities/tagger/conll.js';
import { loadTagger } from '../src/entities/tagger/load.js';
import { Tagger } from '../src/entities/tagger/tagger.js';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let c = cpu();
const base = loadTagger();
console.log('load cpu', (cpu() - c).toFixed(0));
const docs = parseConll(readFileSync('/work/shared/data/conll2003/dev.txt', 'utf8')).map((d) => d.sentences.map((s) => s.tokens));
const n = docs.flat(2).length;
for (let p = 0; p < 5; p++) {
  const t = new Tagger(base.model, base.featurizer.lex);
  c = cpu();
  for (const d of docs) { const x = t.newDocument(d); for (const s of d) t.tagSentence(s, x); }
  console.log('cold tok/cpu-s', Math.round(n / ((cpu() - c) / 1000)));
}
