// Contradictions between articles: two figures with the same key whose values cannot both be
// right once each is read with the precision it was stated in ("48,000" covers 47,500–48,500;
// "about 48,000" a little more; "over 48,000" everything above).

export interface StatedValue {
  value: number | null;
  low?: number | null;
  high?: number | null;
  approx?: string | null;
}

/** The significant step of a stated number: 48000 → 1000, 47850 → 10, 1.25 → 0.01. */
export function roundingStep(v: number): number {
  if (!Number.isFinite(v) || v === 0) return 1;
  const a = Math.abs(v);
  // The number as written, without float noise, then its last significant digit.
  const s = a.toPrecision(12).replace(/\.?0+$/, '');
  if (s.includes('e')) return Math.pow(10, Math.floor(Math.log10(a)) - 11);
  const [int, frac = ''] = s.split('.');
  if (frac) return Math.pow(10, -frac.length);
  const trailing = int.length - int.replace(/0+$/, '').length;
  return Math.pow(10, trailing);
}

/** The interval of true values a stated figure allows. */
export function interval(f: StatedValue): [number, number] | null {
  if (f.low != null && f.high != null && Number.isFinite(f.low) && Number.isFinite(f.high)) {
    return [Math.min(f.low, f.high), Math.max(f.low, f.high)];
  }
  if (f.value == null || !Number.isFinite(f.value)) return null;
  const v = f.value;
  // Trailing zeros may or may not be significant ("100", "2,000"): a round number is read as
  // rounded to its last non-zero digit, but never as more than 5% off.
  const half = Math.min(roundingStep(v) / 2, Math.abs(v) * 0.05);
  const approx = (f.approx ?? '').toLowerCase();
  if (/^(over|more|above|at-least|at least|exceed)/.test(approx)) return [v - half, Infinity];
  if (/^(under|less|below|at-most|at most|up-to|up to|fewer)/.test(approx)) return [-Infinity, v + half];
  if (approx) {
    // "about", "nearly", "almost", "some": a tenth either way of what was said.
    const slack = Math.max(half, Math.abs(v) * 0.1);
    return [v - slack, v + slack];
  }
  return [v - half, v + half];
}

/** True when the two statements cannot both hold: their intervals do not meet. */
export function contradicts(a: StatedValue, b: StatedValue): boolean {
  const x = interval(a);
  const y = interval(b);
  if (!x || !y) return false;
  // A tiny tolerance for values converted between units or typed with float noise.
  const eps = 1e-9 * Math.max(1, ...[...x, ...y].filter(Number.isFinite).map(Math.abs));
  return x[1] + eps < y[0] || y[1] + eps < x[0];
}

export interface KeyedFigure extends StatedValue {
  docId: number;
  figureId: string;
  /** The document's original when it is a near-duplicate (copies state the same moment). */
  group: number;
  time: string | null;
  /** The article's year, the time of figures that state none. */
  docYear: string | null;
}

/**
 * The conflicting pairs among figures that share subject, measure and unit. Each figure is
 * paired with at most one earlier figure it contradicts, so ten articles against one give
 * ten findings, not forty-five, and copies of a story (one group) add none. Figures are comparable when their times match; a figure
 * without a time takes its article's year, and copies of one story (same group) share time.
 */
export function conflictingPairs(figs: KeyedFigure[]): [KeyedFigure, KeyedFigure][] {
  const sorted = [...figs].sort((p, q) => p.docId - q.docId || (p.figureId < q.figureId ? -1 : 1));
  const byDoc = new Map<number, KeyedFigure[]>();
  for (const f of sorted) {
    const list = byDoc.get(f.docId);
    if (list) list.push(f);
    else byDoc.set(f.docId, [f]);
  }
  // A document that also states a value compatible with the other's ("from 60 to 65" read in
  // both) does not contradict it: the disagreement must hold for some figure against all of
  // the other document's figures of that key.
  const allows = (docId: number, f: KeyedFigure) => byDoc.get(docId)!.some((g) => !contradicts(g, f));
  // A document that gives two values that cannot both hold for one key and time ("2.4 million
  // barrels a day now, against 474,000 in 1973", both read as 1973) shows that the key does not
  // pin down one quantity there: its figures of that key and time are not compared with
  // another story's.
  const ambiguous = new Set<string>();
  for (const list of byDoc.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (sameTime(list[i], list[j]) && contradicts(list[i], list[j])) ambiguous.add(`${list[i].docId}|${list[i].time ?? list[i].docYear}`);
      }
    }
  }
  const usable = (f: KeyedFigure) => !ambiguous.has(`${f.docId}|${f.time ?? f.docYear}`);
  const out: [KeyedFigure, KeyedFigure][] = [];
  // Copies of one story repeat its figures: one finding per pair of stories is enough.
  const reported = new Set<string>();
  for (let j = 0; j < sorted.length; j++) {
    const b = sorted[j];
    for (let i = 0; i < j; i++) {
      const a = sorted[i];
      if (a.docId === b.docId) continue;
      // Copies of one story state their figures one for one, so ambiguity does not matter there.
      if (a.group !== b.group && (!usable(a) || !usable(b))) continue;
      if (!sameTime(a, b)) continue;
      if (contradicts(a, b) && (!allows(a.docId, b) || !allows(b.docId, a))) {
        const pair = a.group < b.group ? `${a.group}:${b.group}` : `${b.group}:${a.group}`;
        if (!reported.has(pair)) out.push([a, b]);
        reported.add(pair);
        break;
      }
    }
  }
  return out;
}

/** TIMEX3's PRESENT_REF, PAST_REF, FUTURE_REF: "now", "recently" — relative to the article's date. */
const RELATIVE = /_REF$/;

function sameTime(a: KeyedFigure, b: KeyedFigure): boolean {
  // One article's "now" is another's only in a copy of the same story, or when both are dated
  // in the same year.
  if (a.time && RELATIVE.test(a.time) && a.time === b.time && a.group !== b.group) return a.docYear !== null && a.docYear === b.docYear;
  if (a.time && b.time) return a.time === b.time;
  if (!a.time && !b.time && a.group === b.group) return true;
  const ta = a.time ?? a.docYear;
  const tb = b.time ?? b.docYear;
  return ta !== null && ta === tb;
}
