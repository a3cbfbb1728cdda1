// When a figure holds: the DATE expression of its sentence from the time layer, or, when no
// time stage ran, an explicit "November 2023" or a year in the sentence.
import type { Span, TimeExpr } from '../brief/types.js';
import { MONTHS } from './lexicon.js';

const MONTH_NUM: Record<string, string> = {
  january: '01', february: '02', march: '03', april: '04', may: '05', june: '06', july: '07', august: '08',
  september: '09', october: '10', november: '11', december: '12',
};

export function timeOf(text: string, sentence: Span, figStart: number, times: readonly TimeExpr[] | undefined): string | null {
  if (times) {
    let best: TimeExpr | null = null;
    for (const t of times) {
      if (t.type !== 'DATE' || t.start < sentence.start || t.end > sentence.end) continue;
      if (!best || Math.abs(t.start - figStart) < Math.abs(best.start - figStart)) best = t;
    }
    return best ? best.value : null;
  }
  const s = text.slice(sentence.start, sentence.end);
  const m = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/.exec(s);
  if (m && MONTHS.has(m[1].toLowerCase())) return `${m[2]}-${MONTH_NUM[m[1].toLowerCase()]}`;
  const y = /\b(?:in|since|by|for|during|of|from)\s+((?:19|20)\d{2})\b(?![,.]\d)/.exec(s);
  return y ? y[1] : null;
}
