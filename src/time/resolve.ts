// Reckoning partial dates against the document date: which year a "July 13" falls in, which
// Friday a "Friday" is, which quarter "the quarter" is.
import { addDays, addMonths, dayDiff, formatWeek, formatYm, formatYmd, quarterOf, weekday, type Ymd } from './calendar.js';
import type { NormEnv, Resolved, Tense } from './env.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The year of a month-and-day without one: the nearest such day to the DCT, leaning by tense. */
export function resolveMonthDay(month: number, day: number, env: NormEnv, pos: number): Resolved {
  const dct = env.dct;
  if (!dct) return { value: `XXXX-${pad(month)}-${pad(day)}`, precision: 'day', anchor: 'none' };
  const t0 = leaning(env, pos);
  const tense = t0 === 'present' ? 'past' : t0;
  const options = [dct.y - 1, dct.y, dct.y + 1].map((y) => ({ y, m: month, d: day }));
  const best = pickNearest(options, dct, tense, 300);
  return { value: formatYmd(best), precision: 'day', anchor: 'dct' };
}

/** A bare month name: the nearest one before the DCT for past tense, after it for future. */
export function resolveMonth(month: number, env: NormEnv, pos: number, shift?: 'last' | 'next' | 'this'): Resolved {
  const dct = env.dct;
  if (!dct) return { value: `XXXX-${pad(month)}`, precision: 'month', anchor: 'none' };
  let y = dct.y;
  if (shift === 'last') y = month < dct.m ? dct.y : dct.y - 1;
  else if (shift === 'next') y = month > dct.m ? dct.y : dct.y + 1;
  else if (shift !== 'this') {
    const tense = leaning(env, pos);
    const options = [dct.y - 1, dct.y, dct.y + 1].map((yy) => ({ y: yy, m: month, d: 15 }));
    y = pickNearest(options, { ...dct, d: 15 }, tense, 250).y;
  }
  return { value: formatYm(y, month), precision: 'month', anchor: 'dct' };
}

/** The tense, overridden by a preposition that points one way ("until Tuesday", "since March"). */
function leaning(env: NormEnv, pos: number): Tense {
  const b = env.before(pos);
  // "until Tuesday" looks ahead ("postponed until Tuesday"), unless the clause is in the past
  // perfect ("until Thursday they had not ...", "had filed by Wednesday")
  if (/\b(?:until|till|by)\s+(?:the\s+)?$/i.test(b)) return env.pastPerfect?.(pos) ? 'past' : 'future';
  if (/\b(?:since)\s+(?:the\s+)?$/i.test(b)) return 'past';
  return env.tense(pos);
}

function pickNearest(options: Ymd[], dct: Ymd, tense: Tense, window: number): Ymd {
  const dist = (t: Ymd): number => dayDiff(dct, t);
  if (tense === 'future') {
    const after = options.filter((t) => dist(t) >= 0 && dist(t) <= window);
    if (after.length) return after[0];
  } else if (tense === 'past') {
    const before = options.filter((t) => dist(t) <= 0 && -dist(t) <= window);
    if (before.length) return before[before.length - 1];
  }
  return options.reduce((a, b) => (Math.abs(dist(b)) < Math.abs(dist(a)) ? b : a));
}

/** A bare weekday: this week's, before the DCT in past tense and after it in future tense. */
export function resolveWeekday(wd: number, env: NormEnv, pos: number, shift?: 'last' | 'next' | 'this', lean?: Tense): Resolved & { date?: Ymd } {
  const dct = env.dct;
  if (!dct) return { value: `XXXX-WXX-${wd === 0 ? 7 : wd}`, precision: 'day', anchor: 'none' };
  const today = weekday(dct);
  let date: Ymd;
  const back = (today - wd + 7) % 7;
  const fwd = (wd - today + 7) % 7;
  if (shift === 'last') date = addDays(dct, -(back || 7));
  else if (shift === 'next') date = addDays(dct, fwd || 7);
  else if (shift === 'this') date = addDays(dct, wd - today);
  else if ((lean ?? leaning(env, pos)) === 'future') date = addDays(dct, fwd);
  else date = addDays(dct, -back);
  return { value: formatYmd(date), precision: 'day', anchor: 'dct', date };
}

export type Granularity = 'D' | 'W' | 'WE' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' | 'S' | 'MIN' | 'H' | 'SEASON';

/** The DCT shifted by n units, written at that unit's granularity ("last month" -> 2024-06). */
export function shiftDct(env: NormEnv, n: number, unit: Granularity, useQuarterContext = false): Resolved {
  const dct = env.dct;
  if (!dct) {
    if (n === 0) return { value: 'PRESENT_REF', precision: 'vague', anchor: 'none' };
    return { value: n < 0 ? 'PAST_REF' : 'FUTURE_REF', precision: 'vague', anchor: 'none' };
  }
  switch (unit) {
    case 'S':
    case 'MIN':
    case 'H':
    case 'D':
      return { value: formatYmd(addDays(dct, n)), precision: 'day', anchor: 'dct' };
    case 'W':
      return { value: formatWeek(addDays(dct, 7 * n)), precision: 'week', anchor: 'dct' };
    case 'WE':
      return { value: `${formatWeek(addDays(dct, 7 * n))}-WE`, precision: 'week', anchor: 'dct' };
    case 'M': {
      const t = addMonths(dct, n);
      return { value: formatYm(t.y, t.m), precision: 'month', anchor: 'dct' };
    }
    case 'Q': {
      const idx = dct.y * 4 + quarterOf(dct.m) - 1 + n;
      return { value: `${Math.floor(idx / 4)}-Q${(idx % 4) + 1}`, precision: 'quarter', anchor: 'dct' };
    }
    case 'Y':
      if (useQuarterContext && (env.topicQuarter ?? env.lastQuarter)) {
        const lq = (env.topicQuarter ?? env.lastQuarter)!;
        return { value: `${lq.y + n}-Q${lq.q}`, precision: 'quarter', anchor: `text:${lq.at}` };
      }
      return { value: String(dct.y + n), precision: 'year', anchor: 'dct' };
    case 'DE':
      return { value: String(Math.floor((dct.y + 10 * n) / 10)), precision: 'decade', anchor: 'dct' };
    case 'CE':
      return { value: String(Math.floor((dct.y + 100 * n) / 100)), precision: 'century', anchor: 'dct' };
    default:
      return { value: String(dct.y + n), precision: 'year', anchor: 'dct' };
  }
}

/** The quarter a bare "third quarter" means: this year's, or last year's if it has not begun. */
export function resolveQuarter(q: number, env: NormEnv, pos: number, year?: number): Resolved {
  if (year !== undefined) return { value: `${year}-Q${q}`, precision: 'quarter', anchor: 'absolute' };
  const dct = env.dct;
  if (!dct) return { value: `XXXX-Q${q}`, precision: 'quarter', anchor: 'none' };
  const cur = quarterOf(dct.m);
  const y = q > cur && env.tense(pos) !== 'future' ? dct.y - 1 : dct.y;
  return { value: `${y}-Q${q}`, precision: 'quarter', anchor: 'dct' };
}

export function seasonOf(m: number): string {
  if (m === 12 || m <= 2) return 'WI';
  if (m <= 5) return 'SP';
  if (m <= 8) return 'SU';
  return 'FA';
}

const SEASON_ORDER = ['WI', 'SP', 'SU', 'FA'];

export function resolveSeason(code: string, env: NormEnv, shift?: 'last' | 'next' | 'this', year?: number): Resolved {
  if (year !== undefined) return { value: `${year}-${code}`, precision: 'season', anchor: 'absolute' };
  const dct = env.dct;
  if (!dct) return { value: `XXXX-${code}`, precision: 'season', anchor: 'none' };
  const cur = SEASON_ORDER.indexOf(seasonOf(dct.m));
  const want = SEASON_ORDER.indexOf(code);
  // Winter belongs to the year it starts in for December, to its own year otherwise.
  let y = dct.y;
  if (shift === 'last') y = want < cur ? dct.y : dct.y - 1;
  else if (shift === 'next') y = want > cur ? dct.y : dct.y + 1;
  return { value: `${y}-${code}`, precision: 'season', anchor: 'dct' };
}

/** Notes a quarter the text names: the last one named, and the report's topic if it is the first recent one ended by the DCT. */
export function noteQuarter(env: NormEnv, y: number, q: number, at: number): void {
  env.lastQuarter = { y, q, at };
  if (env.topicQuarter && env.newStory?.(env.topicQuarter.at, at)) env.topicQuarter = null;
  if (env.topicQuarter || !env.dct) return;
  // a report's results are for a quarter that has ended, and ended within the year
  const back = env.dct.y * 4 + quarterOf(env.dct.m) - (y * 4 + q);
  if (back >= 1 && back <= 4) env.topicQuarter = { y, q, at };
}
