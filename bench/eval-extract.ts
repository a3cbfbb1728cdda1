// Extraction accuracy and speed: dossier's extractor against @mozilla/readability 0.6 (on linkedom),
// on the WCXB dev articles and Mozilla's readability test pages. Not part of npm test.
//
//   npm run eval:extract [-- --only wcxb|rp] [--limit N] [--worst N] [--no-readability] [--dump FILE]
//
// The word metric is WCXB's: lower-cased \w+ tokens, multiset overlap, P/R/F1 per page, averaged.
// Pages are split into two halves by id parity (even = tune, odd = check) to show over-fitting.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import { extractString } from '../src/extract/index.js';
import type { Extracted } from '../src/extract/types.js';
import { dataDir } from './data-dir.js';
import { wcxbPages, type WcxbPage } from './wcxb-pages.js';
import { metricWords, wordBag } from './word-metric.js';

const { values: opts } = parseArgs({
  options: {
    only: { type: 'string' },
    limit: { type: 'string' },
    worst: { type: 'string' },
    'no-readability': { type: 'boolean' },
    dump: { type: 'string' },
  },
});

// ---- metric -----------------------------------------------------------------------------------

const bag = (s: string): Map<string, number> => wordBag(metricWords(s));

function prf(pred: string, gold: string): { p: number; r: number; f: number } {
  const a = bag(pred);
  const b = bag(gold);
  let na = 0;
  let nb = 0;
  let common = 0;
  for (const v of a.values()) na += v;
  for (const [k, v] of b) {
    nb += v;
    common += Math.min(v, a.get(k) ?? 0);
  }
  if (!na && !nb) return { p: 1, r: 1, f: 1 };
  if (!na || !nb) return { p: 0, r: 0, f: 0 };
  const p = common / na;
  const r = common / nb;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Snippet containment on a normalised form: lower case, quotes unified, spaces collapsed. */
function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();
}

function sameTitle(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return norm(a) === norm(b);
}

// ---- systems ----------------------------------------------------------------------------------

interface SystemOut {
  body: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
}

function oursOut(ex: Extracted): SystemOut {
  // The body is every block but the title: both benchmarks score the article text without it.
  const body = ex.blocks.filter((b) => b.kind !== 'title').map((b) => ex.text.slice(b.start, b.end)).join('\n\n');
  const m = ex.meta;
  return { body, title: m.title, byline: m.byline.join(', ') || null, published: m.published, lang: m.lang };
}

type ReadabilityFn = (html: string, url: string) => SystemOut;

async function loadReadability(): Promise<ReadabilityFn | null> {
  try {
    const { Readability } = await import('@mozilla/readability');
    const { parseHTML } = await import('linkedom');
    return (html: string) => {
      const { document } = parseHTML(html);
      const art = new Readability(document as unknown as Document).parse();
      return {
        body: art?.textContent ?? '',
        title: art?.title ?? null,
        byline: art?.byline ?? null,
        published: art?.publishedTime ?? null,
        lang: art?.lang ?? null,
      };
    };
  } catch {
    return null;
  }
}

// ---- datasets ---------------------------------------------------------------------------------

/** A WCXB page, or a readability test page with the byline and language it is scored on. */
interface Page extends WcxbPage {
  byline?: string | null;
  lang?: string | null;
}

/** The visible text of expected.html, with block boundaries as line breaks. */
function htmlText(html: string): string {
  const doc = parseDocument(html);
  const parts: string[] = [];
  const visit = (n: AnyNode): void => {
    if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
    else if (n.type === 'tag' || n.type === 'root') {
      const e = n as Element;
      if (e.name === 'script' || e.name === 'style') return;
      parts.push(' ');
      for (const c of e.children) visit(c);
      parts.push(' ');
    }
  };
  visit(doc);
  return parts.join('');
}

function readabilityPages(dir: string): Page[] {
  const out: Page[] = [];
  for (const name of readdirSync(dir).sort()) {
    const d = join(dir, name);
    if (!existsSync(join(d, 'source.html'))) continue;
    const meta = JSON.parse(readFileSync(join(d, 'expected-metadata.json'), 'utf8'));
    out.push({
      id: name,
      html: readFileSync(join(d, 'source.html'), 'utf8'),
      url: `http://fakehost/test/${name}`,
      gold: htmlText(readFileSync(join(d, 'expected.html'), 'utf8')),
      title: meta.title ?? null,
      date: meta.publishedTime ? String(meta.publishedTime).slice(0, 10) : null,
      byline: meta.byline ?? null,
      lang: meta.lang ?? null,
      with: [],
      without: [],
    });
  }
  return out;
}

// ---- evaluation -------------------------------------------------------------------------------

interface Score {
  id: string;
  p: number;
  r: number;
  f: number;
  withFound: number;
  withN: number;
  withoutKept: number;
  withoutN: number;
  title: boolean;
  dateOk: boolean | null;
  bylineOk: boolean | null;
  langOk: boolean | null;
  failed: boolean;
}

function scorePage(pg: Page, out: SystemOut | null): Score {
  const body = out?.body ?? '';
  const nb = norm(body);
  const s: Score = {
    id: pg.id, p: 0, r: 0, f: 0, withFound: 0, withN: pg.with.length, withoutKept: 0, withoutN: pg.without.length,
    title: sameTitle(out?.title, pg.title), dateOk: null, bylineOk: null, langOk: null, failed: !out,
  };
  if (pg.gold !== null) Object.assign(s, prf(body, pg.gold));
  for (const w of pg.with) if (nb.includes(norm(w))) s.withFound++;
  for (const w of pg.without) if (nb.includes(norm(w))) s.withoutKept++;
  if (pg.date) s.dateOk = !!out?.published && out.published.slice(0, 10) === pg.date;
  if (pg.byline) s.bylineOk = !!out?.byline && (norm(out.byline).includes(norm(pg.byline)) || norm(pg.byline).includes(norm(out.byline)));
  if (pg.lang) s.langOk = !!out?.lang && out.lang.toLowerCase().split('-')[0] === pg.lang.toLowerCase().split('-')[0];
  return s;
}

interface Summary {
  n: number;
  p: number;
  r: number;
  f: number;
  withPct: number;
  withoutPct: number;
  title: number;
  date: number;
  dateN: number;
  byline: number;
  lang: number;
  failed: number;
}

function summarise(scores: Score[], pages: Page[]): Summary {
  const scorable = scores.filter((_, i) => pages[i].gold !== null);
  const mean = (k: 'p' | 'r' | 'f') => scorable.reduce((a, s) => a + s[k], 0) / Math.max(1, scorable.length);
  const sum = (k: 'withFound' | 'withN' | 'withoutKept' | 'withoutN') => scores.reduce((a, s) => a + s[k], 0);
  const rate = (k: 'dateOk' | 'bylineOk' | 'langOk') => {
    const xs = scores.filter((s) => s[k] !== null);
    return { v: xs.filter((s) => s[k]).length / Math.max(1, xs.length), n: xs.length };
  };
  const d = rate('dateOk');
  return {
    n: scorable.length, p: mean('p'), r: mean('r'), f: mean('f'),
    withPct: sum('withFound') / Math.max(1, sum('withN')), withoutPct: sum('withoutKept') / Math.max(1, sum('withoutN')),
    title: scores.filter((s) => s.title).length / Math.max(1, scores.length), date: d.v, dateN: d.n,
    byline: rate('bylineOk').v, lang: rate('langOk').v, failed: scores.filter((s) => s.failed).length,
  };
}

function run(pages: Page[], sys: (pg: Page) => SystemOut | null): { scores: Score[]; seconds: number } {
  const outs: (SystemOut | null)[] = [];
  // CPU time of this (single-threaded) process: pages per second on one core, whatever else the machine runs.
  const c0 = process.cpuUsage();
  for (const pg of pages) {
    try {
      outs.push(sys(pg));
    } catch {
      outs.push(null);
    }
  }
  const c = process.cpuUsage(c0);
  const seconds = (c.user + c.system) / 1e6;
  return { scores: pages.map((pg, i) => scorePage(pg, outs[i])), seconds };
}

const pct = (x: number) => (100 * x).toFixed(1) + '%';
const f3 = (x: number) => x.toFixed(3);

function report(label: string, pages: Page[], systems: [string, (pg: Page) => SystemOut | null][], meta: 'wcxb' | 'rp'): void {
  console.log(`\n## ${label} (${pages.length} pages)\n`);
  const head = meta === 'wcxb'
    ? '| system | half | pages | P | R | F1 | with found | without kept | title exact | date same day | failed |'
    : '| system | half | pages | P | R | F1 | title exact | byline | date same day | lang | failed |';
  const rows: string[] = [head, head.replace(/[^|]+/g, ' --- ')];
  const speed: string[] = [];
  const worst = Number(opts.worst ?? 0);
  for (const [name, sys] of systems) {
    const { scores, seconds } = run(pages, sys);
    const halves: [string, (i: number) => boolean][] = [
      ['all', () => true],
      ['tune (even)', (i) => i % 2 === 0],
      ['check (odd)', (i) => i % 2 === 1],
    ];
    for (const [h, keep] of halves) {
      const idx = pages.map((_, i) => i).filter(keep);
      const s = summarise(idx.map((i) => scores[i]), idx.map((i) => pages[i]));
      rows.push(meta === 'wcxb'
        ? `| ${name} | ${h} | ${s.n} | ${f3(s.p)} | ${f3(s.r)} | ${f3(s.f)} | ${pct(s.withPct)} | ${pct(s.withoutPct)} | ${pct(s.title)} | ${pct(s.date)} of ${s.dateN} | ${s.failed} |`
        : `| ${name} | ${h} | ${s.n} | ${f3(s.p)} | ${f3(s.r)} | ${f3(s.f)} | ${pct(s.title)} | ${pct(s.byline)} | ${pct(s.date)} of ${s.dateN} | ${pct(s.lang)} | ${s.failed} |`);
    }
    speed.push(`${name}: ${(pages.length / seconds).toFixed(1)} pages/s (${seconds.toFixed(2)} s CPU)`);
    if (worst && name === 'dossier') {
      const bad = scores.filter((_, i) => pages[i].gold !== null).sort((a, b) => a.f - b.f).slice(0, worst);
      console.log('worst pages: ' + bad.map((s) => `${s.id} F${f3(s.f)} P${f3(s.p)} R${f3(s.r)}`).join(', '));
    }
    if (opts.dump && name === 'dossier') writeFileSync(`${opts.dump}.${meta}.json`, JSON.stringify(scores));
  }
  console.log(rows.join('\n'));
  console.log('\nspeed (one core, parse + extract, in this process): ' + speed.join('; '));
}

async function main(): Promise<void> {
  const data = dataDir();
  if (!data) {
    console.log('eval:extract: ../shared/data not found (set DOSSIER_DATA); nothing to evaluate.');
    return;
  }
  const readability = opts['no-readability'] ? null : await loadReadability();
  if (!readability && !opts['no-readability']) console.log('(@mozilla/readability or linkedom not installed: dossier only)');
  const limit = opts.limit ? Number(opts.limit) : Infinity;
  const ours = (pg: Page) => oursOut(extractString(pg.html, 'html', pg.url));
  const systems: [string, (pg: Page) => SystemOut | null][] = [['dossier', ours]];
  if (readability) systems.push(['readability 0.6', (pg) => readability(pg.html, pg.url)]);

  const wcxbDir = join(data, 'wcxb-dev-articles');
  if (opts.only !== 'rp') {
    if (existsSync(wcxbDir)) report('WCXB dev articles', wcxbPages(wcxbDir).slice(0, limit), systems, 'wcxb');
    else console.log('eval:extract: wcxb-dev-articles missing; skipped.');
  }
  const rpDir = join(data, 'readability-pages');
  if (opts.only !== 'wcxb') {
    if (existsSync(rpDir)) report('Mozilla readability test pages', readabilityPages(rpDir).slice(0, limit), systems, 'rp');
    else console.log('eval:extract: readability-pages missing; skipped.');
  }
  console.log('\nTargets: WCXB F1 >= 0.95, with >= 95%, without <= 3%; readability pages F1 >= 0.96; title >= 90%; date >= 85%; >= 3x readability pages/s.');
}

await main();
