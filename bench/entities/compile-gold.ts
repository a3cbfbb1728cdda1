// Compiles the hand-written gold annotation (bench/gold/entities/spec.txt) into per-article JSON
// with character offsets, checking every mention against the text. Needs ../shared/data.
// Run: tsx bench/entities/compile-gold.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSharedData, GOLD_DIR, loadSource, type GoldDoc, type GoldEntity } from './corpus.js';

const isWordChar = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);

function occurrences(text: string, s: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + s.length])) out.push(i);
  }
  return out;
}

function main(): void {
  const data = findSharedData();
  if (!data) {
    console.log('compile-gold: ../shared/data not found; nothing compiled');
    return;
  }
  const lines = readFileSync(join(GOLD_DIR, 'spec.txt'), 'utf8').split('\n');
  const docs: { doc: GoldDoc; specs: { e: GoldEntity; items: string[] }[] }[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('@source ')) {
      docs.push({ doc: { source: line.slice(8).trim(), entities: [] }, specs: [] });
      continue;
    }
    const cur = docs[docs.length - 1];
    if (line.startsWith('@miss ')) {
      const [a, b] = line.slice(6).split('=>').map((x) => x.trim());
      cur.doc.misspellings = { ...(cur.doc.misspellings ?? {}), [a]: b };
      continue;
    }
    const colon = line.indexOf(': ');
    const [name, type, kb] = line.slice(0, colon).split('|');
    const items = line.slice(colon + 2).split(/,\s+/);
    cur.specs.push({ e: { name, type, kb: kb === '-' ? null : kb, mentions: [] }, items });
  }
  let errors = 0;
  docs.forEach(({ doc, specs }, n) => {
    const { text } = loadSource(data, doc.source);
    // First the explicit mentions, then "text*" (every occurrence not inside an explicit name).
    const taken: [number, number][] = [];
    const stars: { e: GoldEntity; s: string }[] = [];
    for (const { e, items } of specs) {
      for (let item of items) {
        const via = item.startsWith('r:') ? 'role' : item.startsWith('p:') ? 'pronoun' : undefined;
        item = item.replace(/^[rp]:/, '');
        if (item.endsWith('*')) {
          stars.push({ e, s: item.slice(0, -1) });
          continue;
        }
        const tilde = item.lastIndexOf('~');
        const [s, from] = tilde > 0 ? [item.slice(0, tilde), Number(item.slice(tilde + 1))] : [item, 0];
        const at = occurrences(text, s).find((o) => o >= from);
        if (at === undefined) {
          console.error(`${doc.source}: no "${s}" at or after ${from}`);
          errors++;
          continue;
        }
        e.mentions.push(via ? [at, at + s.length, s, via] : [at, at + s.length, s]);
        // Role descriptions may contain a nationality mention ("Belarusian leader").
        if (via !== 'role') taken.push([at, at + s.length]);
      }
    }
    // Longer starred names first, so "Labour*" skips the "Labour" inside "Labour Party*".
    stars.sort((a, b) => b.s.length - a.s.length);
    for (const { e, s } of stars) {
      const occ = occurrences(text, s).filter((o) => !taken.some(([a, b]) => o >= a && o + s.length <= b && !(a === o && b === o + s.length)));
      if (occ.length === 0) {
        console.error(`${doc.source}: no "${s}" anywhere`);
        errors++;
      }
      for (const o of occ) {
        if (!e.mentions.some((m) => m[0] === o)) e.mentions.push([o, o + s.length, s]);
        taken.push([o, o + s.length]);
      }
    }
    for (const { e } of specs) {
      e.mentions.sort((a, b) => a[0] - b[0]);
      doc.entities.push(e);
    }
    const file = `${String(n + 1).padStart(2, '0')}-${doc.source.replace(/^.*\//, '').replace(/\.txt$/, '').replace('addresses-en.jsonl#', 'ua-')}.json`;
    writeFileSync(join(GOLD_DIR, file), JSON.stringify(doc, null, 1) + '\n');
  });
  console.log(`compile-gold: ${docs.length} articles, ${errors} errors`);
  if (errors) process.exitCode = 1;
}

main();
