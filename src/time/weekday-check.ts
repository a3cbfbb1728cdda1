// A date stated with a weekday that does not fall on it ("Friday, July 13, 2024" was a Saturday).
import type { Finding } from '../brief/types.js';
import { parseYmd, weekday } from './calendar.js';
import { WEEKDAY_NAMES } from './lexicon.js';
import type { FoundTime } from './recognise.js';

export function weekdayMismatches(times: readonly FoundTime[]): Finding[] {
  const out: Finding[] = [];
  for (const t of times) {
    // only where the year is stated: an inferred year may be the wrong one, not the weekday
    if (t.weekday === undefined || t.anchor !== 'absolute') continue;
    const d = parseYmd(t.value);
    if (!d || !/^\d{4}-\d\d-\d\d$/.test(t.value)) continue;
    const real = weekday(d);
    if (real === t.weekday) continue;
    out.push({
      rule: 'time.weekday-mismatch',
      severity: 'warning',
      message: `${t.value} was a ${WEEKDAY_NAMES[real]}, not a ${WEEKDAY_NAMES[t.weekday]}`,
      spans: [{ start: t.start, end: t.end }],
      expected: WEEKDAY_NAMES[real],
      actual: WEEKDAY_NAMES[t.weekday],
    });
  }
  return out;
}
