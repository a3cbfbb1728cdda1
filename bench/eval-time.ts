// TempEval-3 task A on TBAQ-cleaned (TimeBank + AQUAINT): extraction (strict and relaxed),
// type accuracy and value F1 for dossier's recogniser, and for chrono-node alone side by side.
//   npm run eval:time [-- --errors FILE] [--set TimeBank|AQUAINT] [--no-chrono] [--split]
// --split also scores each set's every fifth document (held out while rules are developed) apart
// from the rest (dev); --errors then logs the dev documents only.
// and the time stage's speed on one core over ../shared/data/bbc-news:  npm run eval:time -- --speed
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { Doc } from '../src/core/doc.js';
import { newContext } from '../src/core/stage.js';
import { extractRaw } from '../src/extract/index.js';
import { prepareBytes } from '../src/extract/read.js';
import { segmentStage } from '../src/segment/stage.js';
import { parseYmd } from '../src/time/calendar.js';
import { recognise } from '../src/time/recognise.js';
import { timeStage } from '../src/time/stage.js';
import { parseTimeml, type TimemlTimex } from '../src/time/timeml.js';
import { dataDir } from './data-dir.js';

interface Sys {
  rule?: string;
  start: number;
  end: number;
  type: string;
  value: string;
}


/**
 * TempEval-3 task A, as its scorer counts: a gold TIMEX3 is found (relaxed) when a system one
 * overlaps it, strictly when one has its exact span; precision counts the system TIMEX3s that
 * overlap (or equal) a gold one. Type and value accuracy are over the gold TIMEX3s found, each
 * against the system one with its exact span or else the first that overlaps it; value F1 is
 * value accuracy times relaxed F1 (so value P and R are accuracy times relaxed P and R).
 */
class Score {
  gold = 0;
  sys = 0;
  goldStrict = 0;
  goldRelaxed = 0;
  sysStrict = 0;
  sysRelaxed = 0;
  type = 0;
  value = 0;
  add(gold: TimemlTimex[], sys: Sys[], log?: string[], name?: string, text?: string): void {
    this.gold += gold.length;
    this.sys += sys.length;
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
    const same = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start === b.start && a.end === b.end;
    for (const g of gold) {
      const hits = sys.filter((s) => overlaps(s, g));
      if (!hits.length) {
        log?.push(`FN\t${name}\t${g.type}\t${g.value}\t${text!.slice(g.start, g.end)}\t${ctx(text!, g.start, g.end)}`);
        continue;
      }
      const s = hits.find((h) => same(h, g)) ?? hits[0];
      this.goldRelaxed++;
      if (same(s, g)) this.goldStrict++;
      else log?.push(`SPAN\t${name}\t${g.type}\t${g.value}\t${text!.slice(g.start, g.end)}\t=> ${text!.slice(s.start, s.end)}`);
      if (s.type === g.type) this.type++;
      if (s.value === g.value) {
        this.value++;
        log?.push(`OK\t${s.rule ?? ''}\t${name}\t${g.type}/${s.type}\t${g.value}\t=> ${s.value}\t${text!.slice(g.start, g.end)}\t${ctx(text!, g.start, g.end)}`);
      } else log?.push(`VAL\t${s.rule ?? ''}\t${name}\t${g.type}/${s.type}\t${g.value}\t=> ${s.value}\t${text!.slice(g.start, g.end)}\t${ctx(text!, g.start, g.end)}`);
    }
    for (const s of sys) {
      const hits = gold.filter((g) => overlaps(s, g));
      if (hits.length) this.sysRelaxed++;
      else log?.push(`FP\t${s.rule ?? ''}\t${name}\t${s.type}\t${s.value}\t${text!.slice(s.start, s.end)}\t${ctx(text!, s.start, s.end)}`);
      if (hits.some((g) => same(g, s))) this.sysStrict++;
    }
  }
  private prf(sysHits: number, goldHits: number, scale = 1): [number, number, number] {
    const P = (this.sys ? sysHits / this.sys : 0) * scale;
    const R = (this.gold ? goldHits / this.gold : 0) * scale;
    return [P, R, P + R ? (2 * P * R) / (P + R) : 0];
  }
  /** The figures the targets are stated in. */
  figures(): { strictF1: number; relaxedF1: number; typeAcc: number; valueF1: number } {
    const valueAcc = this.goldRelaxed ? this.value / this.goldRelaxed : 0;
    return {
      strictF1: this.prf(this.sysStrict, this.goldStrict)[2],
      relaxedF1: this.prf(this.sysRelaxed, this.goldRelaxed)[2],
      typeAcc: this.goldRelaxed ? this.type / this.goldRelaxed : 0,
      valueF1: this.prf(this.sysRelaxed, this.goldRelaxed, valueAcc)[2],
    };
  }
  row(label: string): string {
    const fmt = (t: [number, number, number]): string => t.map((x) => x.toFixed(3)).join(' ');
    const valueAcc = this.goldRelaxed ? this.value / this.goldRelaxed : 0;
    const typeAcc = this.goldRelaxed ? this.type / this.goldRelaxed : 0;
    return `${label.padEnd(28)} ${String(this.gold).padStart(5)} ${String(this.sys).padStart(5)}   ${fmt(this.prf(this.sysStrict, this.goldStrict))}   ${fmt(this.prf(this.sysRelaxed, this.goldRelaxed))}   ${typeAcc.toFixed(3)}   ${fmt(this.prf(this.sysRelaxed, this.goldRelaxed, valueAcc))}`;
  }
}

function ctx(text: string, s: number, e: number): string {
  return (text.slice(Math.max(0, s - 50), s) + '[[' + text.slice(s, e) + ']]' + text.slice(e, e + 40)).replace(/\s+/g, ' ');
}

/** chrono-node alone: each result as a DATE at the granularity chrono is certain of. */
function chronoRun(text: string, dct: Date): Sys[] {
  return chrono.parse(text, dct).map((r) => {
    const c = r.start;
    const y = String(c.get('year')).padStart(4, '0');
    const m = String(c.get('month')).padStart(2, '0');
    const d = String(c.get('day')).padStart(2, '0');
    let value = `${y}-${m}-${d}`;
    if (!c.isCertain('day') && !c.isCertain('weekday')) value = c.isCertain('month') ? `${y}-${m}` : y;
    return { start: r.index, end: r.index + r.text.length, type: 'DATE', value };
  });
}

/**
 * CPU time of the time stage alone (texts segmented beforehand), best of three passes: CPU
 * time rather than wall time, as the machine is shared.
 */
function speed(data: string | null): void {
  const dir = data ? join(data, 'bbc-news') : null;
  if (!dir || !existsSync(dir)) {
    console.log('eval:time --speed: ../shared/data/bbc-news not found (set DOSSIER_DATA); nothing measured.');
    return;
  }
  const texts: { name: string; raw: Buffer }[] = [];
  for (const cat of readdirSync(dir, { withFileTypes: true })) {
    if (!cat.isDirectory()) continue;
    for (const f of readdirSync(join(dir, cat.name)).sort()) if (/\.txt$/.test(f)) texts.push({ name: f, raw: readFileSync(join(dir, cat.name, f)) });
  }
  let best = Infinity;
  let chars = 0;
  for (let pass = 0; pass < 3; pass++) {
    const docs = texts.map(({ name, raw }) => {
      const ex = extractRaw({ name, bytes: prepareBytes(name, raw), hint: 'text' });
      const d = new Doc(ex.text, ex.blocks, ex.meta);
      segmentStage.run(d, newContext());
      return d;
    });
    chars = docs.reduce((a, d) => a + d.text.length, 0);
    const c0 = process.cpuUsage();
    for (const d of docs) timeStage.run(d, newContext());
    const cu = process.cpuUsage(c0);
    best = Math.min(best, (cu.user + cu.system) / 1000);
  }
  const s = best / 1000;
  console.log(`time stage on ${texts.length} BBC articles (${(chars / 1e6).toFixed(2)} M chars), CPU time, best of 3:`);
  console.log(`  ${best.toFixed(0)} ms = ${(chars / 1e6 / s).toFixed(2)} MB/s, ${(texts.length / s).toFixed(0)} articles/s, ${((1000 * best) / texts.length).toFixed(0)} µs per article`);
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--speed')) return speed(dataDir());
  const errorsAt = args.indexOf('--errors');
  const errorsFile = errorsAt >= 0 ? args[errorsAt + 1] : undefined;
  const setAt = args.indexOf('--set');
  const only = setAt >= 0 ? args[setAt + 1] : undefined;
  const skipChrono = args.includes('--no-chrono');
  const split = args.includes('--split');
  const data = dataDir();
  const root = data ? join(data, 'tempeval3-train') : null;
  if (!root || !existsSync(root)) {
    console.log('eval:time: ../shared/data/tempeval3-train not found (set DOSSIER_DATA); nothing measured.');
    return;
  }
  const log: string[] = [];
  const header = `${'system / set'.padEnd(28)}  gold   sys   strict P R F1         relaxed P R F1        type    value P R F1`;
  const rows: string[] = [];
  const total = new Score();
  const chronoTotal = new Score();
  const perSet: [string, Score, Score][] = [];
  const splitRows: [string, Score][] = [];
  for (const set of ['TimeBank', 'AQUAINT']) {
    if (only && only !== set) continue;
    const dir = join(root, set);
    if (!existsSync(dir)) continue;
    const ours = new Score();
    const theirs = new Score();
    const dev = new Score();
    const held = new Score();
    const files = readdirSync(dir).filter((n) => n.endsWith('.tml')).sort();
    for (const [i, f] of files.entries()) {
      const doc = parseTimeml(readFileSync(join(dir, f), 'utf8'));
      const dct = parseYmd(doc.dct);
      const found = recognise(doc.text, { dct });
      const isHeld = i % 5 === 4;
      ours.add(doc.timexes, found, errorsFile && !(split && isHeld) ? log : undefined, f, doc.text);
      (isHeld ? held : dev).add(doc.timexes, found);
      total.add(doc.timexes, found);
      if (!skipChrono) {
        const ref = dct ? new Date(Date.UTC(dct.y, dct.m - 1, dct.d, 12)) : new Date(0);
        const ch = chronoRun(doc.text, ref);
        theirs.add(doc.timexes, ch);
        chronoTotal.add(doc.timexes, ch);
      }
    }
    perSet.push([set, ours, theirs]);
    splitRows.push([`${set} dev`, dev], [`${set} held-out`, held]);
  }
  for (const [set, ours] of perSet) rows.push(ours.row(`dossier ${set}`));
  rows.push(total.row('dossier total'));
  if (split) for (const [label, sc] of splitRows) rows.push(sc.row(`dossier ${label}`));
  if (!skipChrono) {
    for (const [set, , theirs] of perSet) rows.push(theirs.row(`chrono-node ${set}`));
    rows.push(chronoTotal.row('chrono-node total'));
  }
  console.log(header);
  for (const r of rows) console.log(r);
  if (errorsFile) {
    writeFileSync(errorsFile, log.join('\n') + '\n');
    console.log(`errors written to ${errorsFile}`);
  }
}

main();
