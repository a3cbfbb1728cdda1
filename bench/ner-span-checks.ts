// npm run eval:ner-spans — span faults of the tagger's mentions that can be counted on unlabelled
// news without gold: names that take in post-nominal letters ("Paul Boateng MP", "Labour MPs"),
// start with a courtesy title ("Mr Brown"), are a plural acronym ("PCs", "DVDs"), open with a
// capitalised function word at a sentence start ("If Labour"; not "The", which opens titles
// such as "The History Boys"), or keep a possessive ("Russia's").
// Each --model FILE adds a column beside the committed model, tagging the same articles.
// Usage: tsx bench/ner-span-checks.ts [--corpus DIR] [--limit N] [--model FILE ...]
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Doc } from '../src/core/doc.js';
import { Pipeline } from '../src/core/pipeline.js';
import { newContext } from '../src/core/stage.js';
import { extractString } from '../src/extract/index.js';
import { loadLexicon, loadTagger, modelsDir, MODEL_FILE } from '../src/entities/tagger/load.js';
import { Model } from '../src/entities/tagger/model.js';
import { NER_RESOURCE, nerStage } from '../src/entities/tagger/stage.js';
import { Tagger } from '../src/entities/tagger/tagger.js';
import { segmentStage } from '../src/segment/stage.js';
import { corpusFiles } from './corpus-files.js';
import { requireData } from './data-dir.js';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, limit: { type: 'string', default: '100000' }, model: { type: 'string', multiple: true, default: [] } } });
const corpus = values.corpus ?? requireData('bbc-news');
const files = corpusFiles(corpus, Number(values.limit));

const SENTENCE_OPENERS = new Set(
  'if with when but and as after before while although though for from in on at by so then under over since because once until unless whether yet or nor'.split(' '),
);
interface Check {
  name: string;
  /** The mention's surface, and whether it starts a sentence. */
  test: (surface: string, sentenceStart: boolean) => boolean;
}
const CHECKS: Check[] = [
  { name: 'ends in post-nominal letters ("Labour MP")', test: (s) => /(^|\s)(MPs?|MSPs?|MEPs?|AMs?|MLAs?|TDs?|QC|KC|CBE|OBE|MBE)$/.test(s) },
  { name: 'starts with a courtesy title ("Mr Brown")', test: (s) => /^(Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s/.test(s) },
  { name: 'is a plural acronym ("PCs")', test: (s) => /^\p{Lu}{2,}s$/u.test(s) },
  { name: 'opens with a sentence-initial function word ("If Labour")', test: (s, start) => start && /\s/.test(s) && SENTENCE_OPENERS.has(s.split(/\s/)[0].toLowerCase()) },
  { name: "keeps a possessive (\"Russia's\")", test: (s) => /['’]s$/.test(s) },
];

interface Column {
  label: string;
  tagger: Tagger;
  mentions: number;
  counts: number[];
  examples: Map<string, number>[];
}
const columns: Column[] = [{ label: `committed ${MODEL_FILE}`, tagger: loadTagger() }, ...(values.model ?? []).map((f) => ({ label: basename(join(f, '..')) + '/' + basename(f), tagger: new Tagger(Model.deserialize(readFileSync(f)), loadLexicon(modelsDir())) }))].map(
  (c) => ({ ...c, mentions: 0, counts: CHECKS.map(() => 0), examples: CHECKS.map(() => new Map<string, number>()) }),
);

let articles = 0;
let refused = 0;
for (const f of files) {
  let ex;
  try {
    const bytes = readFileSync(f);
    ex = extractString((f.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'), /\.html?(\.gz)?$/i.test(f) ? 'html' : 'text');
  } catch {
    refused++;
    continue;
  }
  articles++;
  for (const col of columns) {
    const doc = new Doc(ex.text, ex.blocks);
    const ctx = newContext();
    ctx.resources.set(NER_RESOURCE, col.tagger);
    new Pipeline([segmentStage, nerStage]).run(doc, ctx);
    const starts = new Set(doc.get('sentences').map((s) => s.start));
    for (const m of doc.get('mentions')) {
      col.mentions++;
      const surface = ex.text.slice(m.start, m.end);
      CHECKS.forEach((c, i) => {
        if (!c.test(surface, starts.has(m.start))) return;
        col.counts[i]++;
        col.examples[i].set(surface, (col.examples[i].get(surface) ?? 0) + 1);
      });
    }
  }
}

const per1k = (n: number, of: number) => (of ? ((1000 * n) / of).toFixed(2) : '-');
const top = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([s, n]) => `${s} (${n})`)
    .join(', ');
console.log(`${articles} articles from ${corpus}${refused ? ` (${refused} refused by extraction, left out)` : ''}\n`);
console.log(`| span fault | ${columns.map((c) => `${c.label}: count (per 1,000 mentions)`).join(' | ')} | most frequent, ${columns[0].label} |`);
console.log(`| --- | ${columns.map(() => '---').join(' | ')} | --- |`);
console.log(`| mentions | ${columns.map((c) => c.mentions).join(' | ')} | |`);
CHECKS.forEach((check, i) => {
  console.log(`| ${check.name} | ${columns.map((c) => `${c.counts[i]} (${per1k(c.counts[i], c.mentions)})`).join(' | ')} | ${top(columns[0].examples[i])} |`);
});
