// Figure rows read from either store, grouped by key and turned into Contradiction records.
import { conflictingPairs, type KeyedFigure } from '../corpus/contradictions.js';
import type { Contradiction } from './types.js';

export interface KeyedFigureRow {
  docId: number;
  title: string | null;
  duplicateOf: number | null;
  docYear: string | null;
  fid: string;
  value: number | null;
  low: number | null;
  high: number | null;
  approx: string | null;
  start: number;
  end: number;
  measure: string;
  subject: string | null;
  kSubject: string;
  kMeasure: string;
  kUnit: string;
  kTime: string | null;
  unit: string | null;
  sentence: string;
}

function fmt(n: number, unit: string | null): string {
  const s = n.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return unit ? (unit === '%' ? `${s}%` : `${s} ${unit}`) : s;
}

/** Rows must arrive sorted by key; each key's figures are compared once. */
export function contradictionsFromRows(rows: KeyedFigureRow[]): Contradiction[] {
  const out: Contradiction[] = [];
  let i = 0;
  while (i < rows.length) {
    let j = i + 1;
    const k = rows[i];
    while (j < rows.length && rows[j].kSubject === k.kSubject && rows[j].kMeasure === k.kMeasure && rows[j].kUnit === k.kUnit) j++;
    const group = rows.slice(i, j);
    i = j;
    if (new Set(group.map((r) => r.docId)).size < 2) continue;
    const byRef = new Map<KeyedFigure, KeyedFigureRow>();
    const figs = group.map((r) => {
      const f: KeyedFigure = {
        docId: r.docId, figureId: r.fid, group: r.duplicateOf ?? r.docId, time: r.kTime, docYear: r.docYear,
        value: r.value, low: r.low, high: r.high, approx: r.approx,
      };
      byRef.set(f, r);
      return f;
    });
    for (const [fa, fb] of conflictingPairs(figs)) {
      const a = byRef.get(fa)!;
      const b = byRef.get(fb)!;
      const va = a.value ?? a.low ?? 0;
      const vb = b.value ?? b.low ?? 0;
      const time = a.kTime ?? b.kTime ?? a.docYear ?? b.docYear;
      const what = `${a.measure}${a.subject ? ` of ${a.subject}` : ''}${time ? ` (${time})` : ''}`;
      out.push({
        finding: {
          rule: 'corpus.contradiction',
          severity: 'warning',
          message: `Articles disagree on ${what}: #${a.docId} "${a.title ?? 'untitled'}" says ${fmt(va, a.unit)} ("${a.sentence}"), #${b.docId} "${b.title ?? 'untitled'}" says ${fmt(vb, b.unit)} ("${b.sentence}")`,
          spans: [{ start: a.start, end: a.end }, { start: b.start, end: b.end }],
          expected: va,
          actual: vb,
          refs: [`doc:${a.docId}#${a.fid}`, `doc:${b.docId}#${b.fid}`],
        },
        subject: a.kSubject,
        measure: a.kMeasure,
        time,
        a: { docId: a.docId, title: a.title, figureId: a.fid, value: va, sentence: a.sentence },
        b: { docId: b.docId, title: b.title, figureId: b.fid, value: vb, sentence: b.sentence },
      });
    }
  }
  return out;
}
