// Figures evaluation: (1) span, value, unit, head noun and subject against the hand-checked
// gold set in bench/gold/figures; (2) a mutation test of the arithmetic checks on BBC business
// and politics articles. Usage: npm run eval:figures [-- --no-mutation] [-- --verbose]
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Brief, Figure, Finding } from '../src/brief/types.js';
import { headKey } from '../src/figures/measure.js';
import { RELATIONS_KEY, type FigureRelations } from '../src/figures/relations.js';
import { dataDir } from './data-dir.js';
import { addressDocs, analyzeDoc, bbcDocs, goldSelection, referenceDoc, type EvalDoc } from './figures-docs.js';
import { Doc } from '../src/core/doc.js';
import { Pipeline } from '../src/core/pipeline.js';
import { newContext } from '../src/core/stage.js';
import { extractString } from '../src/extract/index.js';
import { defaultStages } from '../src/stages.js';

interface GoldFigure {
  text: string;
  nth: number;
  value: number | null;
  low?: number;
  high?: number;
  unit: string | null;
  head: string | null;
  subject: string | null;
}
interface GoldDoc {
  doc: string;
  reviewed: boolean;
  figures: GoldFigure[];
}

const verbose = process.argv.includes('--verbose');
const data = dataDir();
if (!data) {
  console.log('skipped: ../shared/data not found (set DOSSIER_DATA to the shared data folder)');
  process.exit(0);
}
const goldDir = join(dirname(fileURLToPath(import.meta.url)), 'gold', 'figures');
const docs = new Map(goldSelection(data).map((d) => [d.id.replace(/\//g, '__'), d] as const));

function locate(text: string, g: GoldFigure): number {
  let at = -1;
  for (let k = 0; k <= g.nth; k++) {
    at = text.indexOf(g.text, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
function sameValue(a: Figure, g: GoldFigure): boolean {
  const eq = (x: number | null | undefined, y: number | null | undefined) =>
    (x === null || x === undefined) && (y === null || y === undefined) ? true : x != null && y != null && Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(y));
  return eq(a.value, g.value) && eq(a.low, g.low) && eq(a.high, g.high);
}
function normName(s: string | null | undefined): string[] {
  return (s ?? '').toLowerCase().replace(/['’]s\b/g, '').replace(/^the\s+/, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
function sameSubject(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = normName(a);
  const y = normName(b);
  if (!x.length || !y.length) return !x.length && !y.length;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // the same entity written another way: "TimeWarner" / "Time Warner", "UK" / "United Kingdom"
  if (short.join('') === long.join('')) return true;
  const initials = long.filter((w) => !/^(of|and|the|for|&)$/.test(w)).map((w) => w[0]).join('');
  if (short.length === 1 && long.length >= 2 && short[0] === initials) return true;
  return short.every((w) => long.includes(w));
}

/** The system's subject names an entity of the brief that the text also calls by the gold's name
 *  ("United Kingdom" for "Britain", "Liberal Democrats" for "Lib Dems"). */
function sameEntity(b: Brief, sys: string | null | undefined, gold: string | null): boolean {
  if (!sys || !gold) return false;
  const e = b.entities.find((x) => x.name === sys);
  return !!e && e.aliases.some((a) => sameSubject(a, gold));
}

// ---- (1) gold set
let tp = 0;
let tpValue = 0;
let nGold = 0;
let nSys = 0;
let unitOk = 0;
let headOk = 0;
let subjOk = 0;
let nDocs = 0;
let unresolved = 0;
const perSource = new Map<string, { gold: number; sys: number; tp: number; tpv: number }>();
for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as GoldDoc;
  const d = docs.get(file.replace(/\.json$/, ''));
  if (!d) continue;
  nDocs++;
  const b = analyzeDoc(d);
  const sys = b.figures.filter((f) => !f.derived);
  const src = d.id.split('/').slice(0, d.id.startsWith('bbc') ? 2 : 1).join('/');
  const ps = perSource.get(src) ?? { gold: 0, sys: 0, tp: 0, tpv: 0 };
  const matched = new Set<Figure>();
  for (const g of gold.figures) {
    nGold++;
    ps.gold++;
    const at = locate(b.text, g);
    if (at < 0) {
      unresolved++;
      continue;
    }
    const f = sys.find((x) => x.start === at && x.end === at + g.text.length);
    if (!f) {
      if (verbose) console.log(`  miss  ${d.id}: "${g.text}"`);
      continue;
    }
    matched.add(f);
    tp++;
    ps.tp++;
    if (sameValue(f, g)) {
      tpValue++;
      ps.tpv++;
    } else if (verbose) console.log(`  value ${d.id}: "${g.text}" gold ${g.value ?? `${g.low}-${g.high}`} sys ${f.value ?? `${f.low}-${f.high}`}`);
    if ((f.unit ?? null) === g.unit) unitOk++;
    else if (verbose) console.log(`  unit  ${d.id}: "${g.text}" gold ${g.unit} sys ${f.unit}`);
    if (headKey(f.head) === headKey(g.head)) headOk++;
    else if (verbose) console.log(`  head  ${d.id}: "${g.text}" gold ${g.head} sys ${f.head}`);
    if (sameSubject(f.subject, g.subject) || sameEntity(b, f.subject, g.subject)) subjOk++;
    else if (verbose) console.log(`  subj  ${d.id}: "${g.text}" gold ${g.subject} sys ${f.subject}`);
  }
  nSys += sys.length;
  ps.sys += sys.length;
  perSource.set(src, ps);
  if (verbose) for (const f of sys) if (!matched.has(f)) console.log(`  extra ${d.id}: "${b.text.slice(f.start, f.end)}"`);
}
const pr = (t: number, s: number, g: number) => {
  const p = s ? t / s : 0;
  const r = g ? t / g : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const f3 = (x: number) => x.toFixed(3);
console.log(`Figures gold set: ${nDocs} articles, ${nGold} gold figures, ${nSys} system figures${unresolved ? `, ${unresolved} gold spans not found in the text` : ''}`);
console.log('');
console.log('| measure | P | R | F1 |');
console.log('| --- | --- | --- | --- |');
const sp = pr(tp, nSys, nGold);
const sv = pr(tpValue, nSys, nGold);
console.log(`| span (exact) | ${f3(sp.p)} | ${f3(sp.r)} | ${f3(sp.f)} |`);
console.log(`| span + value | ${f3(sv.p)} | ${f3(sv.r)} | ${f3(sv.f)} |`);
console.log('');
console.log('| per source | gold | system | span F1 | span+value F1 |');
console.log('| --- | --- | --- | --- | --- |');
for (const [src, s] of [...perSource].sort()) {
  console.log(`| ${src} | ${s.gold} | ${s.sys} | ${f3(pr(s.tp, s.sys, s.gold).f)} | ${f3(pr(s.tpv, s.sys, s.gold).f)} |`);
}
console.log('');
console.log(`| accuracy on matched spans (n=${tp}) | |`);
console.log('| --- | --- |');
console.log(`| unit | ${f3(unitOk / Math.max(1, tp))} |`);
console.log(`| measure head noun | ${f3(headOk / Math.max(1, tp))} |`);
console.log(`| subject | ${f3(subjOk / Math.max(1, tp))} |`);

if (process.argv.includes('--no-mutation')) process.exit(0);

// ---- (2) mutation test of the checks
const ARITH = new Set(['figures.sum', 'figures.subset', 'figures.shares', 'figures.percent-of-counts', 'figures.change']);
const alarms = (fs: Finding[]) => fs.filter((f) => ARITH.has(f.rule) && f.severity !== 'info');

function analyzeWithRelations(d: EvalDoc): { brief: Brief; rel: FigureRelations; doc: Doc } {
  const ex = extractString(d.text, 'text');
  const doc = new Doc(ex.text, ex.blocks, ex.meta);
  if (d.date) doc.meta.published = d.date;
  new Pipeline(defaultStages()).run(doc, newContext(d.date));
  const rel = doc.extras.get(RELATIONS_KEY) as FigureRelations;
  return { brief: { figures: doc.get('figures'), text: doc.text } as Brief, rel, doc };
}

/** The figure's written number changed to `value`, in the same style (commas, decimals, suffix). */
function rewrite(text: string, f: Figure, value: number): string | null {
  const span = text.slice(f.start, f.end);
  const m = /\d[\d,]*(?:\.\d+)?/.exec(span);
  if (!m || f.value === null || f.value === 0) return null;
  const core = Number(m[0].replace(/,/g, ''));
  const scale = f.value / core;
  const decimals = m[0].includes('.') ? m[0].split('.')[1].length : 0;
  let n = (value / scale).toFixed(decimals);
  if (m[0].includes(',')) n = Number(n).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  if (n === m[0]) return null;
  const at = f.start + m.index;
  return text.slice(0, at) + n + text.slice(at + m[0].length);
}

interface Mutation {
  kind: string;
  text: string;
  rule: string;
}
function mutations(text: string, figs: Figure[], rel: FigureRelations): Mutation[] {
  const by = new Map(figs.map((f) => [f.id, f] as const));
  const out: Mutation[] = [];
  const push = (kind: string, rule: string, t: string | null) => {
    if (t) out.push({ kind, text: t, rule });
  };
  for (const g of rel.parts) {
    const total = by.get(g.total)!;
    const part = by.get(g.parts[0])!;
    if (total.value === null || part.value === null) continue;
    // a complete breakdown: a part off by a fifth of the total; a partial one: a part as large as the total
    const v = g.complete ? part.value + total.value * 0.2 : total.value;
    push(g.complete ? 'parts of a total (complete)' : 'parts of a total (including)', 'figures.sum', rewrite(text, part, v));
  }
  for (const s of rel.subsets) {
    const total = by.get(s.total)!;
    const part = by.get(s.part)!;
    if (total.value === null || part.value === null) continue;
    if (s.stated) {
      const pct = by.get(s.stated)!;
      if (pct.value !== null) push('percentage of counts', 'figures.percent-of-counts', rewrite(text, pct, pct.value <= 80 ? pct.value + 15 : pct.value - 15));
    }
    push('subset of a total', 'figures.subset', rewrite(text, part, total.value * 1.3));
  }
  for (const g of rel.shares) {
    const ms = g.members.map((id) => by.get(id)!).filter((f) => f.value !== null);
    if (ms.length < 2) continue;
    const sum = ms.reduce((a, f) => a + f.value!, 0);
    push('shares of one group', 'figures.shares', rewrite(text, ms[0], ms[0].value! + (100 - sum) + 15));
  }
  for (const c of rel.changes) {
    const from = by.get(c.from)!;
    const to = by.get(c.to)!;
    if (from.value === null || to.value === null || c.factor) continue;
    push('change over time', 'figures.change', rewrite(text, to, c.direction === 'up' ? from.value * 0.7 : from.value * 1.3));
  }
  return out;
}

const all = [...bbcDocs(data, 'business'), ...bbcDocs(data, 'politics')];
// more groups to mutate: the reference article and the 2022 addresses (their alarms are counted apart)
const extra = [...(referenceDoc(data) ? [referenceDoc(data)!] : []), ...addressDocs(data)];
let falseAlarms = 0;
let extraAlarms = 0;
const fired = new Map<string, { n: number; hit: number }>();
let consistent = 0;
for (const d of [...all, ...extra]) {
  const { brief, rel, doc } = analyzeWithRelations(d);
  const base = alarms(doc.findings);
  if (d.id.startsWith('bbc/')) falseAlarms += base.length;
  else extraAlarms += base.length;
  if (verbose) for (const f of base) console.log(`  alarm ${d.id}: ${f.message}`);
  // groups already flagged are not mutated; a mutation is caught when a new finding of its rule appears
  if (base.some((f) => f.severity === 'error')) continue;
  const baseMessages = new Set(base.map((f) => f.message));
  const ms = mutations(brief.text, brief.figures, rel);
  if (ms.length) consistent++;
  for (const m of ms) {
    const md: EvalDoc = { ...d, text: m.text };
    // the mutated text is analysed from scratch; offsets in d.text and doc.text agree for plain text
    let after: Finding[] = [];
    try {
      after = alarms(analyzeWithRelations({ ...md, text: reconstruct(d.text, doc.text, m.text) }).doc.findings);
    } catch {
      after = [];
    }
    const hit = after.some((f) => f.rule === m.rule && !baseMessages.has(f.message));
    const s = fired.get(m.kind) ?? { n: 0, hit: 0 };
    s.n++;
    if (hit) s.hit++;
    else if (verbose) console.log(`  no fire ${d.id} (${m.kind})`);
    fired.set(m.kind, s);
  }
}

/** Puts the mutated clean text back as the raw input (the extractor only trims and joins lines). */
function reconstruct(_raw: string, _clean: string, mutatedClean: string): string {
  return mutatedClean;
}

console.log('');
console.log(`Mutation test on ${all.length} BBC business and politics articles, the reference article and ${extra.length - 1} addresses (${consistent} articles with a consistent group to mutate; one mutation per group)`);
console.log('');
console.log('| group mutated | mutations | check fired | recall |');
console.log('| --- | --- | --- | --- |');
let n = 0;
let hit = 0;
for (const [k, s] of [...fired].sort()) {
  n += s.n;
  hit += s.hit;
  console.log(`| ${k} | ${s.n} | ${s.hit} | ${f3(s.hit / Math.max(1, s.n))} |`);
}
console.log(`| all | ${n} | ${hit} | ${f3(hit / Math.max(1, n))} |`);
console.log('');
console.log(`False alarms (arithmetic findings of severity error or warning) on the unchanged BBC articles: ${falseAlarms} in ${all.length} = ${((100 * falseAlarms) / all.length).toFixed(2)} per 100 articles`);
console.log(`(on the reference article and the addresses: ${extraAlarms} in ${extra.length}; the reference's "28% not reported" warning is one of them)`);
