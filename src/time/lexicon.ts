// Words of time: months, weekdays, seasons, units and number words, with their TIMEX3 codes.

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Month names and abbreviations (an abbreviation may carry a full stop). */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '')];
}

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
export const SEASON_RE = '(?:spring|summer|autumn|fall|winter)';

/** Parts of a day and their TIMEX3 codes. */
export const DAY_PARTS: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};

export type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'WE' | 'M' | 'Q' | 'Y' | 'DE' | 'CE';

export const UNIT_RE =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))';

export function unitOf(word: string): Unit | undefined {
  const w = word.toLowerCase();
  if (w.startsWith('second')) return 'S';
  if (w.startsWith('minute')) return 'MIN';
  if (w.startsWith('hour')) return 'H';
  if (w.startsWith('day') || w.startsWith('night')) return 'D';
  if (w.startsWith('weekend')) return 'WE';
  if (w.startsWith('week') || w.startsWith('fortnight')) return 'W';
  if (w.startsWith('month')) return 'M';
  if (w.startsWith('quarter')) return 'Q';
  if (w.startsWith('year')) return 'Y';
  if (w.startsWith('decade')) return 'DE';
  if (w.startsWith('centur')) return 'CE';
  return undefined;
}

/** A duration value: P3Y, PT5H, P10Y for a decade, PXY when the count is vague. */
export function durationValue(n: number | 'X', unit: Unit, word = ''): string {
  if (/^fortnight/i.test(word) && n !== 'X') return `P${n * 2}W`;
  if (n === 'X') {
    switch (unit) {
      case 'S': return 'PTXS';
      case 'MIN': return 'PTXM';
      case 'H': return 'PTXH';
      case 'WE': return 'PXWE';
      case 'DE': return 'PXDE';
      case 'CE': return 'PXCE';
      default: return `PX${unit}`;
    }
  }
  const num = fmtNum(n);
  switch (unit) {
    case 'S': return `PT${num}S`;
    case 'MIN': return `PT${num}M`;
    case 'H':
      if (!Number.isInteger(n)) return `PT${Math.floor(n)}H${Math.round((n % 1) * 60)}M`;
      return `PT${num}H`;
    case 'WE': return `P${num}WE`;
    case 'Y':
      // TimeML writes whole units: "2 1/2 years" is P2Y6M
      if (!Number.isInteger(n)) return `P${Math.floor(n) || ''}${Math.floor(n) ? 'Y' : ''}${Math.round((n % 1) * 12)}M`;
      return `P${num}Y`;
    case 'D':
      if (!Number.isInteger(n)) return `P${Math.floor(n) ? `${Math.floor(n)}D` : ''}T${Math.round((n % 1) * 24)}H`;
      return `P${num}D`;
    case 'DE': return `P${fmtNum(n * 10)}Y`;
    case 'CE': return `P${fmtNum(n * 100)}Y`;
    case 'Q': return Number.isInteger(n) ? `P${num}Q` : `P${fmtNum(n * 3)}M`;
    default:
      return `P${num}${unit}`;
  }
}

function fmtNum(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, couple: 2, half: 0.5,
};

/** Number words (a sequence of up to four), for durations like "twenty four hours". */
export const NUMWORD_RE =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)';
export const NUMBER_RE = `(?:\\d+(?:\\.\\d+)?(?:\\s+1/2)?|${NUMWORD_RE}(?:[ -]${NUMWORD_RE}){0,3}(?:\\s+and\\s+a\\s+half)?)`;

/** The value of a number in digits or words; undefined when it is not one. */
export function parseNumber(s: string): number | undefined {
  const t = s.trim().toLowerCase();
  const digits = /^(\d+(?:\.\d+)?)(\s+1\/2)?$/.exec(t);
  if (digits) return +digits[1] + (digits[2] ? 0.5 : 0);
  let total = 0;
  let current = 0;
  let seen = false;
  let half = false;
  for (const w of t.replace(/\s+and\s+a\s+half$/, () => ((half = true), '')).split(/[\s-]+/)) {
    if (!w || w === 'and' || w === 'of') continue;
    if (w === 'hundred') {
      current = (current || 1) * 100;
    } else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else if (w in SMALL) {
      current += SMALL[w];
    } else return undefined;
    seen = true;
  }
  if (!seen) return undefined;
  return total + current + (half ? 0.5 : 0);
}

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};
