// npm run eval:quotes — quotation spans, kinds and speakers against the gold set in
// bench/gold/quotes/ (BBC politics, 2022 Ukrainian addresses, the reference article).
// Spans match by overlap (one-to-one, greedy by overlap size); kind and speaker accuracy are
// over matched pairs; a speaker matches when the gold surname appears in the system's speaker.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../src/analyze.js';
import type { Quote } from '../src/brief/types.js';
import { dataDir } from './data-dir.js';
import { sourceText, type GoldSource } from './quote-docs.js';

interface GoldQuote {
  text: string;
  kind: Quote['kind'];
  speaker: string | null;
  cue: string | null;
}

interface Span {
  start: number;
  end: number;
}

function locate(text: string, gold: GoldQuote[]): (GoldQuote & Span)[] {
  const out: (GoldQuote & Span)[] = [];
  let from = 0;
  for (const g of gold) {
    let i = text.indexOf(g.text, from);
    if (i < 0) i = text.indexOf(g.text);
    if (i < 0) throw new Error(`gold quote not found in text: ${g.text.slice(0, 60)}`);
    out.push({ ...g, start: i, end: i + g.text.length });
    from = i + 1;
  }
  return out;
}

/**
 * Whether the system's speaker is the gold one: the gold surname (last word) is in the speaker's
 * name or in another name the article gives the same entity ("The Tories" said, resolved to the
 * Conservative Party, whose aliases in the brief hold "Tories").
 */
export function speakerMatches(gold: string, sys: string | null | undefined, aliases: readonly string[] = []): boolean {
  if (!sys) return false;
  const surname = gold.replace(/['’]s$/, '').trim().split(/\s+/).pop()!.toLowerCase();
  return [sys, ...aliases].some((n) => n.toLowerCase().includes(surname));
}

function main(): number {
  const dir = dataDir();
  if (!dir) {
    console.log('eval:quotes: ../shared/data not found (set DOSSIER_DATA); skipped.');
    return 0;
  }
  const here = dirname(fileURLToPath(import.meta.url));
  console.log('== development set (bench/gold/quotes/): the rules were tuned while looking at its errors ==');
  evaluate(dir, join(here, 'gold', 'quotes'));
  console.log('\n== held-out set (bench/gold/quotes-heldout/): annotated after development, never tuned on ==');
  evaluate(dir, join(here, 'gold', 'quotes-heldout'));
  return 0;
}

function evaluate(dir: string, goldDir: string): void {
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  let tp = 0;
  let goldN = 0;
  let sysN = 0;
  let kindOk = 0;
  let spkN = 0;
  let spkOk = 0;
  let termsAsQuotes = 0;
  let refTermsAsQuotes = 0;
  const spoken = { tp: 0, gold: 0, sys: 0 };
  const misses: string[] = [];
  let docs = 0;
  let chars = 0;
  const t0 = performance.now();
  for (const f of files) {
    const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { source: GoldSource; quotes: GoldQuote[] };
    const raw = sourceText(dir, g.source);
    if (raw === null) continue;
    docs++;
    const brief = analyzeText(raw, { format: 'text' });
    chars += brief.text.length;
    const gold = locate(brief.text, g.quotes);
    const sys = brief.quotes;
    goldN += gold.length;
    sysN += sys.length;
    spoken.gold += gold.filter((q) => q.kind !== 'scare').length;
    spoken.sys += sys.filter((q) => q.kind !== 'scare').length;
    const pairs: [number, number, number][] = [];
    gold.forEach((a, i) => sys.forEach((b, j) => {
      const o = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      if (o > 0) pairs.push([o, i, j]);
    }));
    pairs.sort((x, y) => y[0] - x[0]);
    const usedG = new Set<number>();
    const usedS = new Set<number>();
    for (const [, i, j] of pairs) {
      if (usedG.has(i) || usedS.has(j)) continue;
      usedG.add(i);
      usedS.add(j);
      tp++;
      const a = gold[i];
      const b = sys[j];
      if (a.kind === b.kind) kindOk++;
      else misses.push(`${f}: kind ${a.kind} -> ${b.kind}: ${a.text.slice(0, 60)}`);
      if (a.kind !== 'scare' && b.kind !== 'scare') spoken.tp++;
      if (a.kind === 'scare' && b.kind !== 'scare') {
        termsAsQuotes++;
        if (g.source.corpus === 'example') refTermsAsQuotes++;
      }
      if (a.speaker && a.kind !== 'scare') {
        spkN++;
        const aliases = brief.entities.find((e) => e.id === b.speakerEntity)?.aliases;
        if (speakerMatches(a.speaker, b.speaker, aliases)) spkOk++;
        else misses.push(`${f}: speaker ${a.speaker} -> ${b.speaker ?? '-'}: ${a.text.slice(0, 50)}`);
      }
    }
    gold.forEach((a, i) => {
      if (!usedG.has(i)) misses.push(`${f}: missed ${a.kind}: ${a.text.slice(0, 60)}`);
    });
    sys.forEach((b, j) => {
      if (!usedS.has(j)) misses.push(`${f}: spurious ${b.kind}: ${brief.text.slice(b.start, Math.min(b.end, b.start + 60))}`);
    });
  }
  const ms = performance.now() - t0;
  if (!docs) {
    console.log('none of the gold documents were found in the data; skipped.');
    return;
  }
  const prf = (t: number, gN: number, sN: number) => {
    const p = sN ? t / sN : 0;
    const r = gN ? t / gN : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const all = prf(tp, goldN, sysN);
  const sp = prf(spoken.tp, spoken.gold, spoken.sys);
  console.log(`quotation gold set: ${docs} articles, ${goldN} gold items (${spoken.gold} direct or indirect, ${goldN - spoken.gold} quoted terms)\n`);
  console.log('| measure                                   | value |');
  console.log('|-------------------------------------------|-------|');
  console.log(`| span P / R / F1, all kinds (overlap)      | ${all.p.toFixed(3)} / ${all.r.toFixed(3)} / ${all.f.toFixed(3)} |`);
  console.log(`| span P / R / F1, quotations (not terms)   | ${sp.p.toFixed(3)} / ${sp.r.toFixed(3)} / ${sp.f.toFixed(3)} |`);
  console.log(`| kind accuracy (matched spans)             | ${(kindOk / (tp || 1)).toFixed(3)} (${kindOk}/${tp}) |`);
  console.log(`| speaker accuracy (matched, gold speaker)  | ${(spkOk / (spkN || 1)).toFixed(3)} (${spkOk}/${spkN}) |`);
  console.log(`| quoted terms reported as quotations      | ${termsAsQuotes} (reference article: ${refTermsAsQuotes}) |`);
  console.log(`\nspeed: ${Math.round(chars / (ms / 1000))} chars/s through the whole default pipeline`);
  if (process.argv.includes('--errors')) console.log('\n' + misses.join('\n'));
  else console.log(`\n${misses.length} differences; run with -- --errors to list them.`);
}

process.exitCode = main();
