// TempEval-3 task A on TBAQ-cleaned (TimeBank + AQUAINT): extraction (strict and relaxed),
// type accuracy and value F1 for dossier's recogniser, and for chrono-node alone side by side.
//   npm run eval:time [-- --errors FILE] [--set TimeBank|AQUAINT]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { parseYmd } from '../src/time/calendar.js';
import { recognise } from '../src/time/recognise.js';
import { parseTimeml, type TimemlTimex } from '../src/time/timeml.js';

interface Sys {
  rule?: string;
  start: number;
  end: number;
  type: string;
  value: string;
}

function findData(): string | null {
  if (process.env.DOSSIER_DATA) return process.env.DOSSIER_DATA;
  let dir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  for (let i = 0; i < 6; i++) {
    const cand = join(dir, 'shared', 'data');
    if (existsSync(cand)) return cand;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

class Score {
  gold = 0;
  sys = 0;
  strict = 0;
  relaxed = 0;
  type = 0;
  value = 0;
  add(gold: TimemlTimex[], sys: Sys[], log?: string[], name?: string, text?: string): void {
    this.gold += gold.length;
    this.sys += sys.length;
    const used = new Set<number>();
    for (const g of gold) {
      let best = -1;
      for (let i = 0; i < sys.length; i++) {
        if (used.has(i)) continue;
        const s = sys[i];
        if (s.start < g.end && g.start < s.end) {
          if (best < 0 || (s.start === g.start && s.end === g.end)) best = i;
        }
      }
      if (best < 0) {
        log?.push(`FN\t${name}\t${g.type}\t${g.value}\t${text!.slice(g.start, g.end)}\t${ctx(text!, g.start, g.end)}`);
        continue;
      }
      used.add(best);
      const s = sys[best];
      this.relaxed++;
      if (s.start === g.start && s.end === g.end) this.strict++;
      else log?.push(`SPAN\t${name}\t${g.type}\t${g.value}\t${text!.slice(g.start, g.end)}\t=> ${text!.slice(s.start, s.end)}`);
      if (s.type === g.type) this.type++;
      if (s.value === g.value) {
        this.value++;
        log?.push(`OK\t${s.rule ?? ''}\t${name}`);
      }
      else log?.push(`VAL\t${s.rule ?? ''}\t${name}\t${g.type}/${s.type}\t${g.value}\t=> ${s.value}\t${text!.slice(g.start, g.end)}\t${ctx(text!, g.start, g.end)}`);
    }
    sys.forEach((s, i) => {
      if (!used.has(i)) log?.push(`FP\t${s.rule ?? ''}\t${name}\t${s.type}\t${s.value}\t${text!.slice(s.start, s.end)}\t${ctx(text!, s.start, s.end)}`);
    });
  }
  row(label: string): string {
    const f = (n: number, p: number, r: number): string => {
      const P = this.sys ? n / this.sys : 0;
      const R = this.gold ? n / this.gold : 0;
      void p;
      void r;
      const F = P + R ? (2 * P * R) / (P + R) : 0;
      return `${P.toFixed(3)} ${R.toFixed(3)} ${F.toFixed(3)}`;
    };
    const typeAcc = this.relaxed ? this.type / this.relaxed : 0;
    return `${label.padEnd(22)} ${String(this.gold).padStart(5)} ${String(this.sys).padStart(5)}   ${f(this.strict, 0, 0)}   ${f(this.relaxed, 0, 0)}   ${typeAcc.toFixed(3)}   ${f(this.value, 0, 0)}`;
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

function main(): void {
  const args = process.argv.slice(2);
  const errorsAt = args.indexOf('--errors');
  const errorsFile = errorsAt >= 0 ? args[errorsAt + 1] : undefined;
  const setAt = args.indexOf('--set');
  const only = setAt >= 0 ? args[setAt + 1] : undefined;
  const skipChrono = args.includes('--no-chrono');
  const data = findData();
  const root = data ? join(data, 'tempeval3-train') : null;
  if (!root || !existsSync(root)) {
    console.log('eval:time: ../shared/data/tempeval3-train not found (set DOSSIER_DATA); nothing measured.');
    return;
  }
  const log: string[] = [];
  const header = `${'system / set'.padEnd(22)}  gold   sys   strict P R F1         relaxed P R F1        type    value P R F1`;
  const rows: string[] = [];
  const total = new Score();
  const chronoTotal = new Score();
  const perSet: [string, Score, Score][] = [];
  for (const set of ['TimeBank', 'AQUAINT']) {
    if (only && only !== set) continue;
    const dir = join(root, set);
    if (!existsSync(dir)) continue;
    const ours = new Score();
    const theirs = new Score();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.tml')).sort()) {
      const doc = parseTimeml(readFileSync(join(dir, f), 'utf8'));
      const dct = parseYmd(doc.dct);
      const found = recognise(doc.text, { dct });
      ours.add(doc.timexes, found, errorsFile ? log : undefined, f, doc.text);
      total.add(doc.timexes, found);
      if (!skipChrono) {
        const ref = dct ? new Date(Date.UTC(dct.y, dct.m - 1, dct.d, 12)) : new Date(0);
        const ch = chronoRun(doc.text, ref);
        theirs.add(doc.timexes, ch);
        chronoTotal.add(doc.timexes, ch);
      }
    }
    perSet.push([set, ours, theirs]);
  }
  for (const [set, ours] of perSet) rows.push(ours.row(`dossier ${set}`));
  rows.push(total.row('dossier total'));
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
