// The documents the figures evaluation reads: the reference article, BBC business and
// politics articles, and the 2022 Ukrainian official addresses, each with a stable id.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../src/analyze.js';
import type { Brief } from '../src/brief/types.js';

export interface EvalDoc {
  id: string;
  text: string;
  date?: string;
}

export function referenceDoc(data: string): EvalDoc | null {
  const p = join(data, '..', 'examples', 'belarus-deescalation.txt');
  return existsSync(p) ? { id: 'ref/belarus-deescalation', text: readFileSync(p, 'utf8') } : null;
}

export function bbcDocs(data: string, cat: 'business' | 'politics'): EvalDoc[] {
  const dir = join(data, 'bbc-news', cat);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d+\.txt$/.test(f))
    .sort()
    .map((f) => ({ id: `bbc/${cat}/${f.replace('.txt', '')}`, text: readFileSync(join(dir, f), 'utf8') }));
}

export function addressDocs(data: string): EvalDoc[] {
  const p = join(data, 'ua-official-addresses-2022', 'addresses-en.jsonl');
  if (!existsSync(p)) return [];
  const out: EvalDoc[] = [];
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; name: string; text: string; date: string };
    out.push({ id: `ua/${r.id}`, text: `${r.name}\n\n${r.text}`, date: r.date.slice(0, 10) });
  }
  return out;
}

/** The gold set's documents: fixed picks spread evenly over each source (not chosen by results). */
export function goldSelection(data: string): EvalDoc[] {
  const pick = <T>(xs: T[], n: number): T[] => Array.from({ length: Math.min(n, xs.length) }, (_, k) => xs[Math.floor((k * xs.length) / n)]);
  const ref = referenceDoc(data);
  const ua = addressDocs(data).filter((d) => d.text.length > 1500 && /\d/.test(d.text));
  const business = bbcDocs(data, 'business');
  // a second, offset pass over BBC business for more figures per article
  const more = pick(business.slice(11), 10).filter((d) => !pick(business, 24).includes(d));
  return [...(ref ? [ref] : []), ...pick(business, 24), ...pick(bbcDocs(data, 'politics'), 14), ...pick(ua, 10), ...more];
}

export function analyzeDoc(d: EvalDoc): Brief {
  return analyzeText(d.text, { format: 'text', date: d.date });
}
