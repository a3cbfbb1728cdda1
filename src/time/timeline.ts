// The timeline: each sentence that reports something with a calendar date, oldest first.
import type { Mention, Span, TimeExpr, TimelineEntry } from '../brief/types.js';
import { summarise } from './summary.js';

/** A calendar value (not PAST_REF, not a duration) and the start date it sorts by. */
export function sortKey(value: string): string | null {
  let m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T.*)?$/.exec(value);
  if (m) return `${m[1]}-${m[2] ?? '00'}-${m[3] ?? '00'}`;
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return `${m[1]}-${String(3 * +m[2] - 2).padStart(2, '0')}-00`;
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return `${m[1]}-${m[2] === '1' ? '01' : '07'}-00`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return `${m[1]}-${{ SP: '03', SU: '06', FA: '09', WI: '12' }[m[2]]}-00`;
  m = /^(\d{4})-W(\d\d)/.exec(value);
  if (m) {
    const jan4 = new Date(Date.UTC(+m[1], 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (+m[2] - 1) * 7 * 86_400_000);
    return monday.toISOString().slice(0, 10);
  }
  m = /^(\d{3})$/.exec(value); // a decade
  if (m) return `${m[1]}0-00-00`;
  return null;
}

function precisionOf(t: TimeExpr): string {
  if (t.precision && t.precision !== 'vague') return t.precision;
  if (/^\d{4}-\d\d-\d\d/.test(t.value)) return 'day';
  if (/^\d{4}-\d\d$/.test(t.value)) return 'month';
  return 'year';
}

/** Five runs of letters, each apart from the next: tried only where a run starts, so a text with
 *  fewer runs is read at most once per run. */
const FIVE_WORDS = /(?<!\p{L})\p{L}+(?:\P{L}+\p{L}+){4}/u;

/** Enough words (five runs of letters) outside the time phrase to report something (not a
 *  dateline or a heading); the runs are found, not cut out and counted. */
function reportsEvent(text: string, sentence: Span, time: Span): boolean {
  return FIVE_WORDS.test(text.slice(sentence.start, time.start) + ' ' + text.slice(time.end, sentence.end));
}

export function buildTimeline(
  text: string,
  sentences: readonly Span[],
  times: readonly TimeExpr[],
  mentions?: readonly Mention[],
): TimelineEntry[] {
  const entries: (TimelineEntry & { key: string })[] = [];
  let ti = 0;
  for (const s of sentences) {
    while (ti < times.length && times[ti].start < s.start) ti++;
    let chosen: TimeExpr | null = null;
    for (let j = ti; j < times.length && times[j].start < s.end; j++) {
      const t = times[j];
      if (t.end > s.end || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
      if (!sortKey(t.value)) continue;
      chosen = t;
      break;
    }
    if (!chosen || !reportsEvent(text, s, chosen)) continue;
    const names: string[] = [];
    for (const m of mentions ?? []) {
      if (m.start < s.start || m.end > s.end) continue;
      const label = m.entity || text.slice(m.start, m.end);
      if (!names.includes(label)) names.push(label);
    }
    entries.push({
      value: chosen.value,
      precision: precisionOf(chosen),
      start: s.start,
      end: s.end,
      summary: summarise(text, s, chosen),
      entities: names,
      key: sortKey(chosen.value)!,
    });
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.start - b.start));
  return entries.map(({ key: _key, ...e }) => e);
}
