// The paragraphs of the BBC corpus (the material of the synthetic corpus) and the 200 varied
// search queries bench:corpus times: shared by bench/corpus.ts and bench/search-latency.ts.
import { readFileSync } from 'node:fs';

/** A small seeded generator, so runs are comparable. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    s ^= s >>> 12;
    return (s >>> 0) / 4294967296;
  };
}

/** Titles (first paragraphs) and body paragraphs of at least 80 characters. */
export function corpusParagraphs(files: string[]): { titles: string[]; paragraphs: string[] } {
  const paragraphs: string[] = [];
  const titles: string[] = [];
  for (const f of files) {
    const t = readFileSync(f, 'latin1').replace(/\r/g, '').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    if (t.length) titles.push(t[0]);
    for (const p of t.slice(1)) if (p.length >= 80) paragraphs.push(p);
  }
  return { titles, paragraphs };
}

const STOP = new Set('about after again against their there these those which while would could should other being where because before between during through under until above below'.split(' '));

/** n queries: one word, two words, a quoted phrase, and "a OR b -c", in turn. */
export function searchQueries(paragraphs: string[], n: number): string[] {
  const rand = rng(99);
  const words = (p: string) => (p.match(/[A-Za-z]{5,}/g) ?? []).filter((w) => !STOP.has(w.toLowerCase()));
  const out: string[] = [];
  while (out.length < n) {
    const w = words(paragraphs[Math.floor(rand() * paragraphs.length)]);
    if (w.length < 3) continue;
    const k = Math.floor(rand() * (w.length - 2));
    const kind = out.length % 5;
    if (kind === 0 || kind === 1) out.push(w[k]);
    else if (kind === 2) out.push(`${w[k]} ${w[k + 2]}`);
    else if (kind === 3) out.push(`"${w[k]} ${w[k + 1]}"`);
    else out.push(`${w[k]} OR ${w[k + 1]} -${w[k + 2]}`);
  }
  return out;
}
