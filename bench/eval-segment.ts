// Sentence-boundary precision and recall on the CoNLL-2003 dev sentences, joined back into
// text per document. Two layouts: "paragraph" joins every sentence with a space (headlines and
// datelines then have no boundary mark at all); "lines" starts a new line after a sentence that
// ends without terminal punctuation, as headlines and datelines stand in the wire copy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentText } from '../src/segment/stage.js';
import { requireData } from './data-dir.js';

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "n't", "'", "'re", "'ve", "'ll", "'d", "'m"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

function detokenize(tokens: string[]): string {
  let s = '';
  let inQuote = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let space = i > 0;
    if (NO_SPACE_BEFORE.has(t) || NO_SPACE_BEFORE.has(t.toLowerCase())) space = false;
    if (i > 0 && NO_SPACE_AFTER.has(tokens[i - 1])) space = false;
    if (t === '"') {
      if (inQuote) space = false;
      inQuote = !inQuote;
    } else if (i > 0 && tokens[i - 1] === '"' && inQuote) space = false;
    s += (space ? ' ' : '') + t;
  }
  return s;
}

function readDocs(path: string): string[][][] {
  const docs: string[][][] = [];
  let doc: string[][] = [];
  let sent: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      if (doc.length) docs.push(doc);
      doc = [];
      continue;
    }
    if (!line.trim()) {
      if (sent.length) doc.push(sent);
      sent = [];
      continue;
    }
    sent.push(line.split(' ')[0]);
  }
  if (sent.length) doc.push(sent);
  if (doc.length) docs.push(doc);
  return docs;
}

function evaluate(docs: string[][][], layout: 'paragraph' | 'lines') {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let sentences = 0;
  for (const doc of docs) {
    let text = '';
    const gold = new Set<number>();
    for (const sent of doc) {
      const s = detokenize(sent);
      if (text) text += layout === 'lines' && !/[.!?]["')]*$/.test(text) ? '\n' : ' ';
      text += s;
      gold.add(text.length);
      sentences++;
    }
    const { sentences: pred } = segmentText(text, [{ start: 0, end: text.length }]);
    const ends = new Set(pred.map((p) => p.end));
    for (const e of ends) (gold.has(e) ? tp++ : fp++);
    for (const g of gold) if (!ends.has(g)) fn++;
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return { layout, sentences, p, r, f: (2 * p * r) / (p + r) };
}

const dir = requireData('conll2003');
const docs = readDocs(join(dir, 'dev.txt'));
console.log(`CoNLL-2003 dev: ${docs.length} documents\n`);
console.log('| layout | gold sentences | precision | recall | F1 |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const layout of ['lines', 'paragraph'] as const) {
  const m = evaluate(docs, layout);
  console.log(`| ${m.layout} | ${m.sentences} | ${m.p.toFixed(4)} | ${m.r.toFixed(4)} | ${m.f.toFixed(4)} |`);
}
