// The recognition rules: each a pattern over the text and a builder that checks the match and
// says how to reckon its value. Rules are general (HeidelTime-style), never for one document.
import { addDays, compareYmd, daysInMonth, formatWeek, formatYm, formatYmd, isValidYmd, quarterOf, weekday as weekdayOf, type Ymd } from './calendar.js';
import type { Candidate, NormEnv, Resolved } from './env.js';
import {
  DAY_PARTS,
  MONTH_RE,
  NUMBER_RE,
  SEASON_RE,
  SEASONS,
  UNIT_RE,
  WEEKDAY_RE,
  durationValue,
  monthNumber,
  ORDINALS,
  parseNumber,
  unitOf,
  weekdayNumber,
} from './lexicon.js';
import { noteQuarter, resolveMonth, resolveMonthDay, resolveQuarter, resolveSeason, resolveWeekday, shiftDct, type Granularity } from './resolve.js';

export interface Rule {
  name: string;
  re: RegExp;
  build(m: RegExpExecArray, text: string): Omit<Candidate, 'rule'> | null;
}

/** Wraps a pattern in word boundaries; all rules are case-insensitive, capitals are checked in code. */
function rx(src: string): RegExp {
  return new RegExp(`(?<![\\w'])(?:${src})(?![\\w]|-\\w)`, 'gi');
}

const isCap = (s: string | undefined): boolean => !!s && s[0] >= 'A' && s[0] <= 'Z';
const pad = (n: number): string => String(n).padStart(2, '0');

const DAY = '(?:3[01]|[12]\\d|0?[1-9])';
const ORD = '(?:st|nd|rd|th)';
const YEAR4 = '(?:1[0-9]{3}|20[0-9]{2})';
const EDGE = '(?:(?:early|late|mid-?|the\\s+(?:end|beginning|start|middle|turn)\\s+of)\\s*)';
const ABS = (v: string, precision: Resolved['precision']): Resolved => ({ value: v, precision, anchor: 'absolute' });

function span(m: RegExpExecArray, group?: string): { start: number; end: number } {
  let start = m.index;
  let end = m.index + m[0].length;
  if (group && m.groups?.[group] !== undefined) {
    const i = m[0].indexOf(m.groups[group]);
    start = m.index + i;
    end = start + m.groups[group].length;
  }
  return { start, end };
}

/** Lead words after which a capitalised "May" or "March" is a month, not a verb or a walk. */
const MONTH_CUE = /(?:\b(?:in|since|until|till|by|of|from|to|early|late|mid|last|next|this|during|through|before|after|between|and|or|on|for|end|beginning|start|middle|each|every|since|that|past|coming)\s+|mid-)$/i;

function yearFrom(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const t = s.replace(/^'/, '');
  if (t.length === 2) return +t + (+t < 40 ? 2000 : 1900);
  return +t;
}

/** A 4-digit number is a year unless what surrounds it makes it a count or an amount. */
const COUNT_NOUNS = new Set(
  'people persons men women children troops soldiers workers employees jobs members units vehicles cars tanks aircraft planes ships shares votes voters residents refugees deaths dead casualties cases households homes houses students patients tonnes tons barrels miles kilometres kilometers km meters metres feet acres hectares pounds dollars euros yuan rubles points times copies items pieces signatures delegates candidates seats beds rooms calories words pages participants respondents visitors tourists fans spectators police officers civilians prisoners hostages lives'.split(' '),
);

function plausibleYear(text: string, start: number, end: number, n: number): boolean {
  if (n < 1000 || n > 2099) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (/[$€£¥#]\s*$|\d[.,]$|[.,]$(?<=\d[.,])/.test(before)) return false;
  if (/^(?:[.,]\d|\s*(?:%|percent|per\s*cent|million|billion|thousand|m\b|bn\b)|-\d|:\d|\/\d)/i.test(after)) return false;
  if (/^\s+(?:out\s+)?of\s+(?:the\s+)?\d/i.test(after)) return false; // "2020 of 3000 voters"
  if (/\b(?:about|some|nearly|almost|over|than|least|only|just|approximately|roughly|around|total of|all|No\.|number|page|pages|route|flight|room|model|article|section|resolution|#)\s*$/i.test(before)) return false;
  const next = /^\s+([a-z]+)/.exec(after)?.[1];
  if (next && COUNT_NOUNS.has(next)) return false;
  if (n < 1500 && !/\b(?:in|since|of|by|from|until|year|AD|BC)\s*$/i.test(before)) return false;
  return true;
}

/** "nineteen ninety-six": groups t (tens) and u (units). */
const SPOKEN_1900S = '(?:nineteen[\\s-](?<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?<u>one|two|three|four|five|six|seven|eight|nine))?)';
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNITS_W: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
function spokenYear(g: Record<string, string | undefined>): number {
  return 1900 + TENS[g.t!.toLowerCase()] + (g.u ? UNITS_W[g.u.toLowerCase()] : 0);
}

export const RULES: Rule[] = [];
const rule = (name: string, src: string, build: Rule['build']): void => {
  RULES.push({ name, re: rx(src), build });
};

// --- explicit calendar dates ------------------------------------------------------------------

// "Friday, July 13, 2024", "July 13", "Sept. 30, 1989"
rule(
  'month-day-year',
  `(?:(?<wd>${WEEKDAY_RE}),?\\s+)?(?<edge>${EDGE})?(?<month>${MONTH_RE})\\s*(?<day>${DAY})${ORD}?(?:(?:,\\s*|\\s+)(?<year>${YEAR4}|'\\d\\d))?`,
  (m) => {
    const g = m.groups!;
    if (!isCap(g.month) || (g.wd && !isCap(g.wd))) return null;
    const month = monthNumber(g.month)!;
    const day = +g.day;
    const year = yearFrom(g.year);
    if (!isValidYmd(year ?? 2000, month, day)) return null;
    const wd = g.wd ? weekdayNumber(g.wd) : undefined;
    return {
      ...span(m),
      type: 'DATE',
      weekday: wd,
      resolve: (env) => (year !== undefined ? ABS(formatYmd({ y: year, m: month, d: day }), 'day') : resolveMonthDay(month, day, env, m.index)),
    };
  },
);

// "13 July 2024", "the 13th of July", "Friday 12 July"
rule(
  'day-month-year',
  `(?:(?<wd>${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?(?<day>${DAY})${ORD}?(?:\\s+of)?\\s+(?<month>${MONTH_RE})(?:,?\\s+(?<year>${YEAR4}))?`,
  (m) => {
    const g = m.groups!;
    if (!isCap(g.month) || (g.wd && !isCap(g.wd))) return null;
    const month = monthNumber(g.month)!;
    const day = +g.day;
    const year = yearFrom(g.year);
    if (!isValidYmd(year ?? 2000, month, day)) return null;
    // "5 May" needs a year or an ordinal-like context; "2 March" alone is too often a count.
    if (!g.year && /^(?:May|March)$/.test(g.month) && !/(?:st|nd|rd|th|of)/.test(m[0])) return null;
    return {
      ...span(m),
      type: 'DATE',
      weekday: g.wd ? weekdayNumber(g.wd) : undefined,
      resolve: (env) => (year !== undefined ? ABS(formatYmd({ y: year, m: month, d: day }), 'day') : resolveMonthDay(month, day, env, m.index)),
    };
  },
);

// "the week of March 6": the week that holds the day
rule('week-of', `the\\s+week\\s+of\\s+(?<month>${MONTH_RE})\\s*(?<day>${DAY})${ORD}?(?:,?\\s+(?<year>${YEAR4}))?`, (m) => {
  const g = m.groups!;
  if (!isCap(g.month)) return null;
  const month = monthNumber(g.month)!;
  const day = +g.day;
  const year = yearFrom(g.year);
  if (!isValidYmd(year ?? 2000, month, day)) return null;
  return {
    ...span(m),
    type: 'DATE',
    resolve: (env) => {
      const r = year !== undefined ? ABS(formatYmd({ y: year, m: month, d: day }), 'day') : resolveMonthDay(month, day, env, m.index);
      const t = /^(\d{4})-(\d\d)-(\d\d)$/.exec(r.value);
      return t ? { value: formatWeek({ y: +t[1], m: +t[2], d: +t[3] }), precision: 'week', anchor: r.anchor } : { ...r, value: r.value.replace(/-\d\d$/, ''), precision: 'month' };
    },
  };
});

// "March 2022", "early November 2023", "July of 2024", "January nineteen ninety-seven" (spoken)
rule('month-year', `(?<edge>${EDGE})?(?<month>${MONTH_RE}),?\\s+(?:of\\s+)?(?:(?<year>${YEAR4})|${SPOKEN_1900S})`, (m) => {
  const g = m.groups!;
  if (!isCap(g.month)) return null;
  const month = monthNumber(g.month)!;
  const y = g.year ? +g.year : spokenYear(g);
  return { ...span(m), type: 'DATE', resolve: () => ABS(formatYm(y, month), 'month') };
});

// "March", "last June", "early September" (full names; "May" and "March" need a cue)
rule(
  'month',
  `(?<edge>${EDGE})?(?:(?<shift>this|last|next|past|coming)\\s+)?(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Sept\\.)`,
  (m, text) => {
    const g = m.groups!;
    if (!isCap(g.month)) return null;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // "August Busch", "June Carter": a name, not a month.
    if (/^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:I|A|The|In|On|At|To)\b/.test(after)) return null;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (/^(?:May|March)$/.test(g.month) && !g.edge && !g.shift && !MONTH_CUE.test(before)) return null;
    const month = monthNumber(g.month)!;
    const shift = g.shift?.toLowerCase();
    const dir = shift === 'last' || shift === 'past' ? 'last' : shift === 'next' || shift === 'coming' ? 'next' : shift === 'this' ? 'this' : undefined;
    return { ...span(m), type: 'DATE', resolve: (env) => resolveMonth(month, env, m.index, dir) };
  },
);

// ISO dates: 2024-07-13
rule('iso-date', `(?<y>${YEAR4})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?:T(?<hh>[01]\\d|2[0-3]):(?<mm>[0-5]\\d))?`, (m) => {
  const g = m.groups!;
  if (!isValidYmd(+g.y, +g.m, +g.d)) return null;
  const date = formatYmd({ y: +g.y, m: +g.m, d: +g.d });
  if (g.hh) return { ...span(m), type: 'TIME', resolve: () => ABS(`${date}T${g.hh}:${g.mm}`, 'time') };
  return { ...span(m), type: 'DATE', resolve: () => ABS(date, 'day') };
});

// 13.07.2024, 13/07/2024, 07/13/2024, 7/13/24: impossible values settle the order, else the page's locale.
rule('numeric-date', `(?<a>\\d{1,2})(?<sep>[./])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})`, (m, text) => {
  const g = m.groups!;
  const prev = text[m.index - 1] ?? '';
  const next = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
  if (/[\d.\/]/.test(prev) || /^[.\/]\d|^\d/.test(next)) return null;
  if (g.sep === '.' && g.y.length === 2) return null; // 1.2.24 reads as a version number
  const y = g.y.length === 2 ? yearFrom(g.y)! : +g.y;
  const a = +g.a;
  const b = +g.b;
  const dayFirstOk = isValidYmd(y, b, a);
  const monthFirstOk = isValidYmd(y, a, b);
  if (!dayFirstOk && !monthFirstOk) return null;
  return {
    ...span(m),
    type: 'DATE',
    resolve: (env) => {
      const dayFirst = g.sep === '.' || !monthFirstOk || (dayFirstOk && env.dayFirst);
      const t = dayFirst ? { y, m: b, d: a } : { y, m: a, d: b };
      return ABS(formatYmd(t), 'day');
    },
  };
});

// "2020", "in 1990", "the 2020 elections" — but not "2020 people"
rule('year', `(?<edge>${EDGE})?(?:the\\s+year\\s+)?(?<year>${YEAR4})(?!\\s*[-–]\\s*\\d)`, (m, text) => {
  const g = m.groups!;
  const { start, end } = span(m, 'year');
  const y = +g.year;
  if (!plausibleYear(text, start, end, y)) return null;
  return { ...span(m), type: 'DATE', resolve: () => ABS(String(y), 'year') };
});

// "fiscal 1990", "fiscal year 2024", "FY2024", "the 1990 fiscal year"
// A split fiscal year ("fiscal 2023-24", "FY2023/24") is named after the year it ends in.
rule(
  'fiscal-year',
  `(?:fiscal(?:\\s+year)?\\s+(?<y1>${YEAR4}|'\\d\\d)|(?:the\\s+)?(?<y2>${YEAR4})\\s+fiscal\\s+year|FY\\s?(?<y3>20\\d\\d|\\d\\d))(?:[-–/](?<end>\\d{4}|\\d{2})(?!\\d))?`,
  (m) => {
    const g = m.groups!;
    let y = yearFrom(g.y1 ?? g.y2 ?? g.y3)!;
    if (g.end) {
      const end = g.end.length === 4 ? +g.end : Math.floor(y / 100) * 100 + +g.end;
      if (end !== y + 1) return null;
      y = end;
    }
    return { ...span(m), type: 'DATE', resolve: () => ABS(String(y), 'year') };
  },
);

// "the 1990s", "mid-1990s", "the '90s", "the nineties"
const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
rule(
  'decade',
  `(?:the\\s+)?(?<edge>${EDGE})?(?:(?<c>1[0-9]|20)(?<d>\\d)0'?s|'(?<d2>\\d)0s|(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`,
  (m) => {
    const g = m.groups!;
    let v: string;
    if (g.c) v = `${g.c}${g.d}`;
    else if (g.d2) v = `${+g.d2 <= 2 ? '20' : '19'}${g.d2}`;
    else v = `19${DECADE_WORDS[g.w.toLowerCase()]}`;
    if (g.w && !/^the\b/i.test(m[0])) return null;
    return { ...span(m), type: 'DATE', resolve: () => ABS(v, 'decade') };
  },
);

// "the 20th century", "the twenty-first century"
const CENTURY_WORDS: Record<string, number> = { eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21 };
rule('century', `(?:the\\s+)?(?:(?<n>1[0-9]|2[01])(?:st|nd|rd|th)|(?<w>eighteenth|nineteenth|twentieth|twenty-first))[\\s-]century`, (m) => {
  const g = m.groups!;
  const n = g.n ? +g.n : CENTURY_WORDS[g.w.toLowerCase()];
  return { ...span(m), type: 'DATE', resolve: () => ABS(String(n - 1).padStart(2, '0'), 'century') };
});

// Seasons: "summer 2024", "this summer", "last winter"
rule(
  'season',
  `(?<edge>${EDGE})?(?:(?<shift>this|last|next|past|coming|the)\\s+)?(?<edge2>${EDGE})?(?<s>${SEASON_RE})(?:\\s+(?:of\\s+)?(?:(?<year>${YEAR4})|${SPOKEN_1900S}))?`,
  (m) => {
    const g = m.groups!;
    // a transcript spells the year: "the winter of nineteen ninety-four"
    const year = g.year ? +g.year : g.t ? spokenYear(g) : undefined;
    if (year === undefined && !g.shift) return null;
    if (g.shift?.toLowerCase() === 'the' && year === undefined && g.s.toLowerCase() === 'fall') return null;
    if (g.s.toLowerCase() === 'fall' && year === undefined && !/^(?:this|last|next)$/i.test(g.shift ?? '')) return null;
    const code = SEASONS[g.s.toLowerCase()];
    const sh = g.shift?.toLowerCase();
    const dir = sh === 'last' || sh === 'past' ? 'last' : sh === 'next' || sh === 'coming' ? 'next' : sh === 'this' ? 'this' : undefined;
    return { ...span(m), type: 'DATE', resolve: (env) => resolveSeason(code, env, dir, year) };
  },
);

// --- quarters and halves --------------------------------------------------------------------

rule(
  'quarter',
  `(?:the\\s+)?(?:(?<shift>this|last|next|(?<ypos>${YEAR4})'s|this\\s+year's|last\\s+year's|next\\s+year's|the\\s+(?:latest|current|previous|same))\\s+)?(?:(?<ypre>${YEAR4})\\s+)?(?:fiscal[\\s-])?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?<hy>[\\s-])(?:fiscal[\\s-])?(?<unit>quarter|half)(?:\\s+of\\s+(?:fiscal\\s+)?(?:year\\s+)?(?<year>${YEAR4}))?|Q(?<qn>[1-4])(?:\\s+(?<year2>${YEAR4}))?`,
  (m) => {
    const g = m.groups!;
    const q = g.qn ? +g.qn : ORDINALS[g.ord.toLowerCase()];
    const isHalf = g.unit?.toLowerCase() === 'half';
    if (isHalf && q > 2) return null;
    const stated = g.year ? +g.year : g.year2 ? +g.year2 : g.ypos ? +g.ypos : g.ypre ? +g.ypre : undefined;
    const sh = g.shift?.toLowerCase() ?? '';
    // "the third-quarter results": the adjective form is annotated without its article
    const sp = g.hy === '-' && /^the\s/i.test(m[0]) && !g.shift && !g.ypre ? { start: m.index + m[0].indexOf(g.ord), end: m.index + m[0].length } : span(m);
    return {
      ...sp,
      type: 'DATE',
      resolve: (env) => {
        // resolve() may run more than once (the DCT estimate, then the values): keep no state
        let year = stated;
        if (year === undefined && env.dct) {
          if (sh.startsWith('last')) year = env.dct.y - 1;
          else if (sh.startsWith('next')) year = env.dct.y + 1;
          else if (sh.startsWith('this')) year = env.dct.y;
        }
        if (isHalf) {
          const y = year ?? env.dct?.y;
          return { value: `${y ?? 'XXXX'}-H${q}`, precision: 'quarter', anchor: year !== undefined ? 'absolute' : 'dct' };
        }
        const r = resolveQuarter(q, env, m.index, year);
        const ym = /^(\d{4})-Q(\d)/.exec(r.value);
        if (ym) noteQuarter(env, +ym[1], +ym[2], m.index);
        return r;
      },
    };
  },
);

// "the last half of 1989", "the final quarter of 2023", "the first two quarters of 1990"
rule(
  'part-of-year',
  `(?:the\\s+)?(?:(?<end>last|latter|final)\\s+(?<unit>half|quarter)|(?<two>first|last)\\s+two\\s+quarters)\\s+of\\s+(?:fiscal\\s+)?(?:year\\s+)?(?<year>${YEAR4})`,
  (m) => {
    const g = m.groups!;
    const part = g.two ? `H${g.two.toLowerCase() === 'first' ? 1 : 2}` : g.unit.toLowerCase() === 'half' ? 'H2' : 'Q4';
    // TimeML leaves the article of "the first two quarters of 1990" outside
    const sp = g.two && /^the\s/i.test(m[0]) ? { start: m.index + m[0].indexOf(g.two), end: m.index + m[0].length } : span(m);
    return { ...sp, type: 'DATE', resolve: () => ABS(`${g.year}-${part}`, 'quarter') };
  },
);

// "the quarter", "the latest quarter", "the year-earlier quarter", "the year-ago period"
rule(
  'the-quarter',
  `the\\s+(?:(?<yr>${YEAR4})\\s+)?(?<mod>latest|most\\s+recent|current|recent|same|comparable|year-earlier|year-ago|prior-year|previous|last|just-ended|just\\s+ended)?\\s*(?:fiscal\\s+)?(?<unit>quarter|period)`,
  (m) => {
    const g = m.groups!;
    const mod = g.mod?.toLowerCase() ?? '';
    const yearBack = /year/.test(mod);
    const yr = g.yr ? +g.yr : undefined;
    if (g.unit.toLowerCase() === 'period' && !yearBack && yr === undefined && !/latest|same|comparable|recent/.test(mod)) return null;
    if (mod === 'last' || mod === 'previous') return null; // "the last quarter" is handled as a shift
    return {
      ...span(m),
      type: 'DATE',
      resolve: (env) => {
        // "the latest quarter" is the last one completed before the DCT; "the current quarter" the DCT's own;
        // "the quarter" (and "the year-earlier quarter") the one the text is talking about
        if (env.dct && mod === 'current') return { value: `${env.dct.y}-Q${quarterOf(env.dct.m)}`, precision: 'quarter', anchor: 'dct' };
        const named = env.topicQuarter ?? env.lastQuarter;
        const fromDct = env.dct && !env.topicQuarter && (/latest|most\s+recent|just/.test(mod) || !env.lastQuarter);
        const lq = fromDct ? prevQuarter(env.dct!.y, quarterOf(env.dct!.m)) : named;
        if (!lq) return { value: 'XXXX-QX', precision: 'quarter', anchor: 'none' };
        const y = yr ?? (yearBack ? lq.y - 1 : lq.y);
        return { value: `${y}-Q${lq.q}`, precision: 'quarter', anchor: fromDct ? 'dct' : `text:${named!.at}` };
      },
    };
  },
);

function prevQuarter(y: number, q: number): { y: number; q: number } {
  return q === 1 ? { y: y - 1, q: 4 } : { y, q: q - 1 };
}

// "year-earlier", "the year-ago results" (a bare adjective: the same period a year before)
rule('year-earlier-adj', `year-(?:earlier|ago)`, (m) => ({
  ...span(m),
  type: 'DATE',
  resolve: (env) => shiftDct(env, -1, 'Y', true),
}));

// --- reckoned from the document date -------------------------------------------------------

const DAY_WORDS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };
/** What "today's" stands for when it means "of our times": "today's world", "today's youth". */
const GENERIC_TODAY = /^'s\s+(?:[a-z]+\s+)?(?:world|youth|society|generations?|children|kids|young|people|computers|technology|economy|standards|teenagers|students|families|consumers|culture|politics|media|women|men)\b/;
rule('today', `the\\s+day\\s+(?<ba>before\\s+yesterday|after\\s+tomorrow)|(?<w>today|yesterday|tomorrow)`, (m, text) => {
  const g = m.groups!;
  if (g.w) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 40);
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (GENERIC_TODAY.test(after)) return null;
    // "USA Today", "VOA Today": a capitalised name, not the day
    if (/^T/.test(g.w) && /[A-Za-z][A-Z]\s$/.test(before) && !/[.!?"'`]\s*$/.test(before)) return null;
    // "the leaders of tomorrow": the times to come, not a day
    if (/^tomorrow$/i.test(g.w) && /\b[a-z]+\s+of\s+$/i.test(before) && !/^'s/.test(after)) return null;
  }
  const n = g.ba ? (g.ba.startsWith('before') ? -2 : 2) : DAY_WORDS[g.w.toLowerCase()];
  return { ...span(m), type: 'DATE', resolve: (env) => shiftDct(env, n, 'D') };
});

const PRESENT = 'now|currently|presently|at\\s+present|nowadays|these\\s+days|right\\s+now|current|at\\s+the\\s+moment|at\\s+this\\s+time|the\\s+present(?!\\s+(?:case|study|system|situation|government|administration))';
rule('present', `(?<w>${PRESENT})`, (m, text) => {
  const w = m.groups!.w.toLowerCase();
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
  // "now" as a discourse marker ("Now, ...") still counts in TimeML; "current account" does not.
  if (w === 'current' && !/^\s+(?:year|quarter|month|week|period|fiscal|season|term|levels?|rates?|prices?|conditions?|situation|crisis|status|administration|government|president|leaders?|policy|policies|state|members?|chairman|director|chief|trend)\b/i.test(after)) return null;
  return { ...span(m), type: 'DATE', resolve: () => ({ value: 'PRESENT_REF', precision: 'vague', anchor: 'dct' }) };
});

rule('past-ref', `(?<w>recently|lately|in\\s+the\\s+past|the\\s+past(?!\\s+(?:${NUMBER_RE}|few|several|year|month|week|decade|day|quarter|century)s?\\b)|once\\s+upon\\s+a\\s+time)`, (m, text) => {
  const w = m.groups!.w.toLowerCase();
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
  if (w === 'earlier' && !/^\s*[,.;]/.test(after)) return null; // "earlier this year" and "earlier than" are not bare
  const s = w.startsWith('in the past') ? { start: m.index + 3, end: m.index + m[0].length } : span(m);
  return { ...s, type: 'DATE', resolve: () => ({ value: 'PAST_REF', precision: 'vague', anchor: 'dct' }) };
});

rule('future-ref', `(?<w>the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|the\\s+(?:short|near|long)\\s+term)`, (m, text) => {
  // "the future of our peoples" is a fate, not a time
  if (/^\s+of\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
  return { ...span(m), type: 'DATE', resolve: () => ({ value: 'FUTURE_REF', precision: 'vague', anchor: 'dct' }) };
});

const SHIFT_UNITS: Record<string, Granularity> = { week: 'W', weekend: 'WE', month: 'M', year: 'Y', quarter: 'Q', decade: 'DE', century: 'CE', day: 'D' };

// "last year", "this week", "next month", "the past year", "last weekend"
rule(
  'shift-unit',
  `(?<edge>${EDGE})?(?<shift>this|last|next|past|previous|coming|the\\s+(?:past|last|previous|preceding|next|coming|following))\\s+(?<unit>week|weekend|month|year|quarter|decade|century)(?<poss>'s)?`,
  (m, text) => {
    const g = m.groups!;
    // "the following year", "the previous month" count from the time the narrative is at
    const narrative = /^the\s+(?:following|previous|preceding)$/i.test(g.shift);
    // In a report on a quarter, "compared with $3 million last year", "the same period last year"
    // and "last year's quarter" mean that quarter a year before.
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "This Week With David Brinkley", ABC's "This Week": a programme's title, not a week
    if (/^[A-Z][a-z]/.test(g.unit) && (/["'`]$/.test(before) || /^(?:,?["'`]|\s+With\b)/.test(after))) return null;
    const samePeriod =
      /^last$/i.test(g.shift) && g.unit.toLowerCase() === 'year' &&
      (/\bcompared\s+(?:with|to)\b[^.;:]*$/i.test(before) || /\b(?:corresponding|same|comparable)\s+(?:period|quarter)\s+$/i.test(before) || (!!g.poss && /^\s+(?:quarter|period)\b/i.test(after)));
    const sh = g.shift.toLowerCase().replace(/^the\s+/, '');
    const unit = SHIFT_UNITS[g.unit.toLowerCase()];
    const n = sh === 'this' ? 0 : sh === 'next' || sh === 'coming' || sh === 'following' ? 1 : -1;
    // "the past year", "the following month" are read, as TimeML does, as that calendar period
    const s = g.poss ? { start: m.index, end: m.index + m[0].length - 2 } : span(m);
    return {
      ...s,
      type: 'DATE',
      resolve: (env) => {
        const r = (narrative && shiftFromText(env, n, unit)) || shiftDct(env, n, unit, samePeriod);
        if (unit === 'Q') {
          const ym = /^(\d{4})-Q(\d)/.exec(r.value);
          if (ym) noteQuarter(env, +ym[1], +ym[2], m.index);
        }
        return r;
      },
    };
  },
);

/** A period n units from the date the text named last, if it is precise enough for the unit. */
function shiftFromText(env: NormEnv, n: number, unit: Granularity): Resolved | null {
  const l = env.lastDate;
  if (!l) return null;
  const anchor = `text:${l.at}`;
  if (unit === 'Y') return { value: String(l.y + n), precision: 'year', anchor };
  if (l.m === undefined) return null;
  if (unit === 'M') {
    const idx = l.y * 12 + l.m - 1 + n;
    return { value: formatYm(Math.floor(idx / 12), (idx % 12) + 1), precision: 'month', anchor };
  }
  if (l.d === undefined) return null;
  const day = { y: l.y, m: l.m, d: l.d };
  if (unit === 'W') return { value: formatWeek(addDays(day, 7 * n)), precision: 'week', anchor };
  if (unit === 'D') return { value: formatYmd(addDays(day, n)), precision: 'day', anchor };
  return null;
}

// "earlier this month", "later this year", "late last year", "early next week"
rule(
  'edge-shift',
  `(?<edge>earlier|later|late|early|mid-?|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)\\s*(?<shift>this|last|next)\\s+(?<unit>week|month|year|quarter|decade|century)`,
  (m) => {
    const g = m.groups!;
    const sh = g.shift.toLowerCase();
    const n = sh === 'this' ? 0 : sh === 'next' ? 1 : -1;
    const unit = SHIFT_UNITS[g.unit.toLowerCase()];
    // TimeML keeps "earlier"/"later" outside a week ("earlier [this week]")
    const sp = unit === 'W' && /^(?:earlier|later)$/i.test(g.edge) ? { start: m.index + m[0].indexOf(g.shift, g.edge.length), end: m.index + m[0].length } : span(m);
    return { ...sp, type: 'DATE', resolve: (env) => shiftDct(env, n, unit) };
  },
);

// "last Friday", "next Monday", "Friday", "on Tuesday"
rule('weekday', `(?:(?<shift>this|last|next|past|coming|early|late|earlier|later|the\\s+(?:previous|preceding|following))\\s+)?(?<wd>${WEEKDAY_RE})(?<poss>'s)?`, (m) => {
  const g = m.groups!;
  if (!isCap(g.wd)) return null;
  const sh = g.shift?.toLowerCase();
  const dir = sh === 'last' || sh === 'past' ? 'last' : sh === 'next' || sh === 'coming' ? 'next' : sh === 'this' ? 'this' : undefined;
  const wd = weekdayNumber(g.wd)!;
  const s = g.poss ? { start: m.index, end: m.index + m[0].length - 2 } : span(m);
  // "the previous Friday": the one before the day the text named last (else before the DCT)
  if (sh?.startsWith('the')) {
    const back = !/following/.test(sh);
    return {
      ...s,
      type: 'DATE',
      resolve: (env) => {
        const l = env.lastDate;
        if (!l || l.m === undefined || l.d === undefined) return resolveWeekday(wd, env, m.index, back ? 'last' : 'next');
        const from = { y: l.y, m: l.m, d: l.d };
        const k = back ? -(((weekdayOf(from) - wd + 7) % 7) || 7) : ((wd - weekdayOf(from) + 7) % 7) || 7;
        return { value: formatYmd(addDays(from, k)), precision: 'day', anchor: `text:${l.at}` };
      },
    };
  }
  // "Wednesday's ruling" reports something that has happened
  return { ...s, type: 'DATE', resolve: (env) => resolveWeekday(wd, env, m.index, dir, g.poss ? 'past' : undefined) };
});

// "two years ago", "a week earlier", "three months later", "a decade ago"
rule(
  'ago',
  // ("two days before the vote" is reckoned from an event, not from the DCT: only its duration is taken)
  `(?<q>${NUMBER_RE}|a|an|one|several|a\\s+few|few|many|some|a\\s+couple\\s+of)\\s+(?<unit>${UNIT_RE})\\s+(?<dir>ago|earlier|later|from\\s+now|hence|back)`,
  (m) => {
    const g = m.groups!;
    const dir = g.dir.toLowerCase();
    const unit = unitOf(g.unit)!;
    const n = parseNumber(g.q.replace(/^an?$/i, 'one').replace(/^a\s+couple\s+of$/i, 'couple'));
    const sign = dir === 'ago' || dir === 'earlier' || dir === 'back' ? -1 : 1;
    // "three days later" counts from an event the story names: TimeML marks "three days" as a
    // duration and leaves "later" as the signal
    if (dir === 'later') {
      const end = m.index + m[0].slice(0, m[0].length - g.dir.length).trimEnd().length;
      const count = n !== undefined && Number.isInteger(n) ? n : 'X';
      return { start: m.index, end, type: 'DURATION', resolve: () => ({ value: durationValue(count, unit, g.unit), anchor: 'none' }) };
    }
    return {
      ...span(m),
      type: 'DATE',
      resolve: (env) => {
        if (n === undefined) return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', precision: 'vague', anchor: 'dct' };
        if (!Number.isInteger(n)) return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', precision: 'vague', anchor: 'dct' };
        const k = sign * n;
        switch (unit) {
          case 'S':
          case 'MIN':
          case 'H':
          case 'D':
            return shiftDct(env, k, 'D');
          case 'W':
            return shiftDct(env, k, 'W');
          case 'WE':
            return shiftDct(env, k, 'WE');
          case 'M':
            return shiftDct(env, k, 'M');
          case 'Q':
            return shiftDct(env, k, 'Q');
          case 'Y':
            return shiftDct(env, k, 'Y', n === 1);
          case 'DE':
            return shiftDct(env, k * 10, 'Y');
          case 'CE':
            return shiftDct(env, k * 100, 'Y');
        }
      },
    };
  },
);

// --- durations ------------------------------------------------------------------------------

const DUR_LEAD = '(?<det>(?:the|its|their|his|her|a|an)\\s+)?(?<lead>(?:past|last|next|first|final|coming|previous|following|latest|recent|initial|remaining|same|ensuing|subsequent|entire|whole|full|additional|further|another|other)\\s+)?';
const DUR_MOD = '(?<mod>(?:about|nearly|almost|over|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|some|roughly|approximately|around|only|just|barely|well\\s+over|under|within)\\s+)?';

rule(
  'duration-number',
  `${DUR_LEAD}${DUR_MOD}(?<q>${NUMBER_RE})(?<hy>[\\s-])(?:(?:more|full|straight|consecutive|trading|business|calendar|working|long|short|difficult|hard|additional)\\s+)?(?<unit>${UNIT_RE})(?:\\s+and\\s+a\\s+half)?`,
  (m, text) => {
    const g = m.groups!;
    const n = parseNumber(g.q);
    if (n === undefined || n <= 0) return null;
    const unit = unitOf(g.unit)!;
    if (/^\d{4}$/.test(g.q) && g.hy === ' ' && !/s$/i.test(g.unit)) return null; // "the 1988 second quarter"
    if (g.hy === '-' && /quarters$/i.test(g.unit)) return null; // "three-quarters" is a fraction
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (/\$\s*$/.test(before)) return null;
    if (/^\s+old\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null; // an age
    // "24 hours a day, seven days a week": how much of each day, which TimeML leaves unmarked
    if (/^\s+(?:a|an|per|each)\s+(?:day|week|month|year)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
    // "Islam will one day be ...": some day, not a day long
    if (n === 1 && unit === 'D' && g.q.toLowerCase() === 'one' && !g.det && !g.lead && !g.mod && /\b(?:will|would|could|might|may|can|shall|must)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) {
      return { ...span(m), type: 'DATE', resolve: () => ({ value: 'FUTURE_REF', precision: 'vague', anchor: 'dct' }) };
    }
    const half = /and\s+a\s+half$/i.test(m[0]) ? 0.5 : 0;
    return { ...durationSpan(m, g.hy === '-' || (g.hy === ' ' && !/s$/i.test(g.unit) && n !== 1)), type: 'DURATION', resolve: () => ({ value: durationValue(n + half, unit, g.unit), anchor: 'none' }) };
  },
);

/** TimeML leaves hedges ("about", "only") and, for adjectives ("a five-year plan"), articles outside the span. */
const OUTSIDE_MOD = /^(?:about|nearly|almost|over|some|roughly|approximately|around|only|just|barely|within|under|well\s+over)\s+$/i;
function durationSpan(m: RegExpExecArray, adjective: boolean): { start: number; end: number } {
  const g = m.groups!;
  const end = m.index + m[0].length;
  let cut = 0;
  if (g.det && !g.lead && (adjective || g.mod)) cut = g.det.length;
  if (g.mod && OUTSIDE_MOD.test(g.mod) && !g.lead) cut = (g.det?.length ?? 0) + g.mod.length;
  return { start: m.index + cut, end };
}

// "a year", "an hour", "one day", "a minute and a half"; "$5 a year" is a frequency
rule(
  'duration-one',
  `${DUR_LEAD}${DUR_MOD}(?<q>a|an|one)\\s+(?:(?:full|whole|single)\\s+)?(?<unit>second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century)(?<half>\\s+and\\s+a\\s+half)?(?<long>-long)?`,
  (m, text) => {
    const g = m.groups!;
    const unit = unitOf(g.unit)!;
    const before = text.slice(Math.max(0, m.index - 14), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (/^\s*(?:ago|earlier|later|before|after)\b/i.test(after)) return null;
    if (/^-/.test(after)) return null;
    if (/^\s+or\s+(?:so|two)\b/.test(after)) return null;
    if (g.q.toLowerCase() === 'one' && /^\s+(?:of|after)\b/.test(after)) return null;
    // "$5 a year", "358,000 a month": a rate, which TimeML leaves unmarked; "once a day" is a frequency
    if (/^an?$/i.test(g.q) && m[0].toLowerCase().startsWith(g.q.toLowerCase())) {
      if (/(?:\d|%|dollars?|cents?|percent|million|billion|thousand|tonnes|barrels|people|seats|flights|hours|days|weeks|months|nights)\s*$/i.test(before)) return null;
      if (/(?:times|once|twice)\s*$/i.test(before)) return { ...span(m), type: 'SET', resolve: () => ({ value: durationValue(1, unit, g.unit), anchor: 'none' }) };
      if (unit === 'S' && !g.det && !g.mod && !g.lead) return null; // "a second attempt"
    }
    const n = g.half ? 1.5 : 1;
    return { ...durationSpan(m, false), type: 'DURATION', resolve: () => ({ value: durationValue(n, unit, g.unit), anchor: 'none' }) };
  },
);

// "several years", "the past few weeks", "recent months", "the years", "decades"
rule(
  'duration-vague',
  `(?:(?:the|these|those)\\s+)?(?:(?:past|last|next|coming|recent|previous|following|early|first|ensuing|subsequent|intervening)\\s+)?(?:(?<q>several|few|a\\s+few|many|some|a\\s+couple\\s+of|a\\s+number\\s+of|recent|coming|the|these|those|ensuing|subsequent|intervening)\\s+)?(?:more\\s+)?(?<unit>seconds|minutes|hours|days|weeks|weekends|months|quarters|years|decades|centuries)(?<long>-long)?(?<ahead>\\s+ahead)?`,
  (m, text) => {
    const g = m.groups!;
    const unit = unitOf(g.unit)!;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (/^\s*(?:ago|earlier|later)\b/i.test(after)) return null;
    if (/^\s+of\b/.test(after) && !g.q) return null;
    const bare = !/\s/.test(m[0].trim());
    // a bare plural counts only after a word that takes a stretch of time
    if (bare && !g.long && !/\b(?:for|over|in|within|take|took|takes|taken|lasted|last|spent|spend|after|by)\s+$/i.test(before)) return null;
    if (bare && /\bin\s+$/i.test(before) && !/^\s*[,.;]/.test(after)) return null;
    // "recent years", "the past few months": TimeML reads these as a vague past (or future) point
    const lead = m[0].toLowerCase();
    // ... unless "for" asks how long ("for the past few weeks")
    if (/^(?:the\s+)?(?:past|last)\s+(?:few|several)\s/.test(lead) && !/\bfor\s+$/i.test(before)) {
      return { ...span(m), type: 'DATE', resolve: () => ({ value: 'PAST_REF', precision: 'vague', anchor: 'dct' }) };
    }
    if (/^(?:the\s+)?coming\s/.test(lead)) return { ...span(m), type: 'DATE', resolve: () => ({ value: 'FUTURE_REF', precision: 'vague', anchor: 'dct' }) };
    if (/couple\s+of/.test(lead)) return { ...span(m), type: 'DURATION', resolve: () => ({ value: durationValue(2, unit), anchor: 'none' }) };
    return { ...span(m), type: 'DURATION', resolve: () => ({ value: durationValue('X', unit), anchor: 'none' }) };
  },
);

// "the weekend" (this week's), "the week", "the year" (the DCT's)
rule('the-unit', `the\\s+(?<unit>weekend|week|year|month)(?!\\s+(?:of|before|after|earlier|ago|to|that|in|when|ended|ending|beginning|starting))`, (m, text) => {
  const g = m.groups!;
  const unit = g.unit.toLowerCase();
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  if (/\b(?:of|per|for)\s+$/i.test(before) && unit !== 'weekend') return null;
  const gran = SHIFT_UNITS[unit];
  if (unit === 'weekend') return { ...span(m), type: 'DATE', resolve: (env) => resolveWeekend(env, m.index) };
  return { ...span(m), type: 'DATE', resolve: (env) => shiftDct(env, 0, gran) };
});

// "the first days of the invasion", "the early months of the war": a vague time tied to an event
rule(
  'event-phase',
  `the\\s+(?:first|early|opening|initial|last|final|closing)\\s+(?<unit>hours|days|weeks|months|years|stages|phase|weeks)\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,6}?(?:invasion|war|conflict|crisis|pandemic|occupation|offensive|campaign|revolution|presidency|siege|outbreak|uprising|lockdown|protests|strike|mandate|term|administration|regime|ceasefire|truce|operation|attack|election|campaign|recession|year|century|decade)`,
  (m) => ({ ...span(m), type: 'DATE', resolve: () => ({ value: 'PAST_REF', precision: 'vague', anchor: 'event' }) }),
);

// --- frequencies ----------------------------------------------------------------------------

const SET_WORDS: Record<string, string> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', quarterly: 'P3M',
  annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', annual: 'P1Y',
};
rule('set-word', `(?<w>daily|nightly|weekly|biweekly|monthly|yearly|hourly)`, (m) => ({
  ...span(m),
  type: 'SET',
  resolve: () => ({ value: SET_WORDS[m.groups!.w.toLowerCase()], anchor: 'none' }),
}));

rule(
  'set-each',
  `(?<q>each|every|per)\\s+(?:(?<n>other|${NUMBER_RE})\\s+)?(?:(?<unit>second|minute|hour|day|night|week|weekend|month|quarter|year|decade|seconds|minutes|hours|days|weeks|months|years)|(?<wd>${WEEKDAY_RE})|(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)|(?<s>${SEASON_RE}))`,
  (m, text) => {
    const g = m.groups!;
    // "instructions per second", "$5 per share a year": a rate; "twice per week" is a frequency
    if (g.q.toLowerCase() === 'per' && !/(?:times|once|twice)\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
    let value: string;
    if (g.wd) value = `XXXX-WXX-${weekdayNumber(g.wd) || 7}`;
    else if (g.mon) value = `XXXX-${pad(monthNumber(g.mon)!)}`;
    else if (g.s) value = `XXXX-${SEASONS[g.s.toLowerCase()]}`;
    else {
      const n = g.n ? (g.n.toLowerCase() === 'other' ? 2 : parseNumber(g.n)) : 1;
      if (n === undefined) return null;
      value = durationValue(n, unitOf(g.unit)!, g.unit);
    }
    return { ...span(m), type: 'SET', resolve: () => ({ value, anchor: 'none' }) };
  },
);

// --- times of day ---------------------------------------------------------------------------

const DAY_REF = `(?:today|yesterday|tomorrow|${WEEKDAY_RE})`;
rule(
  'clock',
  `(?:(?<pre>${DAY_REF})\\s+(?:at\\s+)?)?(?:about\\s+|around\\s+)?(?<h>[01]?\\d|2[0-3])(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm|o'clock)(?:\\s+(?<tz>[ECMP][SD]T|GMT|UTC))?(?:,?\\s+(?:on\\s+)?(?:(?<post>${DAY_REF})|(?<pmon>${MONTH_RE})\\s*(?<pday>${DAY})(?!\\d)))?`,
  (m) => {
    const g = m.groups!;
    let h = +g.h;
    const ap = g.ap.toLowerCase();
    if (ap.startsWith('p') && h < 12) h += 12;
    if (ap.startsWith('a') && h === 12) h = 0;
    if (h > 23) return null;
    const hm = `T${pad(h)}:${g.min ?? '00'}`;
    const ref = g.pre ?? g.post;
    if (g.pmon && isCap(g.pmon)) {
      const month = monthNumber(g.pmon)!;
      const day = +g.pday;
      if (!isValidYmd(2000, month, day)) return null;
      return {
        ...span(m),
        type: 'TIME',
        resolve: (env) => {
          const d = resolveMonthDay(month, day, env, m.index);
          return { value: d.value + hm, precision: 'time', anchor: d.anchor };
        },
      };
    }
    return { ...span(m), type: 'TIME', resolve: (env) => withDay(ref, env, m.index, hm) };
  },
);

rule(
  'day-part',
  `(?:(?<ref>this|${DAY_REF}|last|early|late|mid-?|the)\\s*)?(?<part>morning|afternoon|evening|night)(?:\\s+(?<post>${DAY_REF}))?|(?<tonight>tonight|overnight)|(?<noon>noon|midday|midnight)(?:\\s+(?<post2>${DAY_REF}))?`,
  (m, text) => {
    const g = m.groups!;
    if (g.tonight) return { ...span(m), type: 'TIME', resolve: (env) => withDay('today', env, m.index, 'TNI') };
    if (g.noon) {
      if (/\bhigh\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return null; // "high noon", "High Noon"
      const t = g.noon.toLowerCase() === 'midnight' ? 'T24:00' : 'T12:00';
      return { ...span(m), type: 'TIME', resolve: (env) => withDay(g.post2, env, m.index, t) };
    }
    let ref = g.ref?.toLowerCase() ?? g.post;
    if (ref === 'the' && !/(?:in|during|by|through)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
    if (!g.ref && !g.post) return null;
    if (ref === 'the') ref = g.post; // "in the morning": of the day the story is at
    else if (ref === 'early' || ref === 'late' || ref?.startsWith('mid')) ref = g.post ?? 'today';
    if (ref === 'last' && g.part.toLowerCase() !== 'night') return null;
    if (ref === 'last') ref = 'yesterday';
    if (ref === 'this') ref = 'today';
    const code = `T${DAY_PARTS[g.part.toLowerCase()]}`;
    return { ...span(m), type: 'TIME', resolve: (env) => withDay(ref, env, m.index, code) };
  },
);

function withDay(ref: string | undefined, env: NormEnv, pos: number, suffix: string): Resolved {
  let day: Resolved;
  const r = ref?.toLowerCase();
  const l = env.lastDate;
  // a time with no day, told in the past ("was shot at 10 p.m."), is on the day the story is at
  if (!r && l?.d !== undefined && l.m !== undefined && env.tense(pos) === 'past') day = { value: formatYmd({ y: l.y, m: l.m, d: l.d }), anchor: `text:${l.at}` };
  else if (!r || r === 'today') day = shiftDct(env, 0, 'D');
  else if (r in DAY_WORDS) day = shiftDct(env, DAY_WORDS[r], 'D');
  else day = resolveWeekday(weekdayNumber(r)!, env, pos);
  if (!/^\d{4}-\d\d-\d\d$/.test(day.value)) return { value: `XXXX-XX-XX${suffix}`, precision: 'time', anchor: day.anchor };
  return { value: `${day.value}${suffix}`, precision: 'time', anchor: day.anchor };
}


/** "the weekend": the one just past in past tense, the coming one in future tense. */
function resolveWeekend(env: NormEnv, pos: number): Resolved {
  const dct = env.dct;
  if (!dct) return { value: 'XXXX-WXX-WE', precision: 'week', anchor: 'none' };
  const wd = weekdayOf(dct);
  const tense = env.tense(pos);
  let sat;
  if (wd === 6 || wd === 0) sat = addDays(dct, wd === 6 ? 0 : -1);
  else if (tense === 'future') sat = addDays(dct, 6 - wd);
  else sat = addDays(dct, -(wd + 1));
  return { value: `${formatWeek(sat)}-WE`, precision: 'week', anchor: 'dct' };
}

// Spoken years: "nineteen ninety-six", "the year two thousand"
rule(
  'spoken-year',
  `(?:the\\s+year\\s+)?(?:nineteen[\\s-](?<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?<u>one|two|three|four|five|six|seven|eight|nine))?|(?<k>two\\s+thousand)(?:\\s+(?:and\\s+)?(?<u2>one|two|three|four|five|six|seven|eight|nine))?)`,
  (m) => {
    const g = m.groups!;
    let y: number;
    if (g.t) y = spokenYear(g);
    else {
      if (!/^the\s+year/i.test(m[0]) && !g.u2) return null; // "two thousand" alone is a count
      y = 2000 + (g.u2 ? UNITS_W[g.u2.toLowerCase()] : 0);
    }
    return { ...span(m), type: 'DATE', resolve: () => ABS(String(y), 'year') };
  },
);

// Fixed and computed holidays (year from the text or the document date)
const HOLIDAYS: Record<string, (y: number) => Ymd> = {
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  'christmas day': (y) => ({ y, m: 12, d: 25 }),
  christmas: (y) => ({ y, m: 12, d: 25 }),
  'independence day': (y) => ({ y, m: 7, d: 4 }),
  halloween: (y) => ({ y, m: 10, d: 31 }),
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => lastWeekday(y, 5, 1),
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
};
function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  const first = { y, m, d: 1 };
  const off = (wd - weekdayOf(first) + 7) % 7;
  return addDays(first, off + 7 * (n - 1));
}
function lastWeekday(y: number, m: number, wd: number): Ymd {
  const last = { y, m, d: daysInMonth(y, m) };
  return addDays(last, -((weekdayOf(last) - wd + 7) % 7));
}
rule(
  'holiday',
  `(?:(?<shift>last|next|this)\\s+)?(?<h>New\\s+Year's\\s+(?:Day|Eve)|Christmas(?:\\s+(?:Eve|Day))?|Independence\\s+Day|Halloween|Valentine's\\s+Day|Thanksgiving(?:\\s+Day)?|Labor\\s+Day|Memorial\\s+Day|Election\\s+Day)(?:,?\\s+(?<year>${YEAR4}))?`,
  (m) => {
    const g = m.groups!;
    if (!isCap(g.h)) return null;
    const f = HOLIDAYS[g.h.toLowerCase().replace(/\s+/g, ' ')];
    if (!f) return null;
    const sh = g.shift?.toLowerCase();
    return {
      ...span(m),
      type: 'DATE',
      resolve: (env) => {
        if (g.year) return ABS(formatYmd(f(+g.year)), 'day');
        if (!env.dct) return { value: formatYmd(f(2000)).replace(/^\d{4}/, 'XXXX'), precision: 'day', anchor: 'none' };
        const dct = env.dct;
        const here = f(dct.y);
        let t = here;
        const tense = env.tense(m.index);
        if (sh === 'last' || (!sh && tense !== 'future')) t = compareYmd(here, dct) <= 0 ? here : f(dct.y - 1);
        else if (sh === 'next' || tense === 'future') t = compareYmd(here, dct) >= 0 ? here : f(dct.y + 1);
        return { value: formatYmd(t), precision: 'day', anchor: 'dct' };
      },
    };
  },
);

// "that year", "later that day", "the same month": the period the text named last
rule('that-unit', `(?:(?<edge>later|earlier)\\s+)?(?:that|the\\s+same)\\s+(?<unit>day|month|year)`, (m) => {
  const unit = m.groups!.unit.toLowerCase();
  return {
    ...span(m),
    type: 'DATE',
    resolve: (env) => {
      const l = env.lastDate;
      if (!l) return { value: 'PAST_REF', precision: 'vague', anchor: 'none' };
      if (unit === 'year') return { value: String(l.y), precision: 'year', anchor: `text:${l.at}` };
      if (unit === 'month' && l.m) return { value: formatYm(l.y, l.m), precision: 'month', anchor: `text:${l.at}` };
      if (unit === 'day' && l.m && l.d) return { value: formatYmd({ y: l.y, m: l.m, d: l.d }), precision: 'day', anchor: `text:${l.at}` };
      return { value: 'PAST_REF', precision: 'vague', anchor: 'none' };
    },
  };
});

// "January this year", "April next year", "July last year"
rule('month-shift-year', `(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\\s+(?:of\\s+)?(?<shift>this|last|next)\\s+year`, (m) => {
  const g = m.groups!;
  if (!isCap(g.month)) return null;
  const month = monthNumber(g.month)!;
  const sh = g.shift.toLowerCase();
  const n = sh === 'this' ? 0 : sh === 'next' ? 1 : -1;
  return {
    ...span(m),
    type: 'DATE',
    resolve: (env) => (env.dct ? { value: formatYm(env.dct.y + n, month), precision: 'month', anchor: 'dct' } : { value: `XXXX-${pad(month)}`, precision: 'month', anchor: 'none' }),
  };
});

// "for the year", "the full year", "the fiscal year", "year-end", "the end of the year": the DCT's year;
// "the year ended March 31" is a year-long stretch
rule(
  'the-year',
  `(?<the>the\\s+(?:(?:full|whole|entire|current|latest|fiscal|calendar|same|past)\\s+)*(?:fiscal\\s+)?year)(?<ended>\\s+(?:ended|ending|to|through))?|(?<end>(?:the\\s+end\\s+of\\s+the\\s+year|year[-\\s]end|year's\\s+end))`,
  (m, text) => {
    const g = m.groups!;
    const before = text.slice(Math.max(0, m.index - 10), m.index);
    if (g.ended) return { start: m.index, end: m.index + g.the.length, type: 'DURATION', resolve: () => ({ value: 'P1Y', anchor: 'none' }) };
    if (g.the && /past/i.test(g.the)) return null;
    if (g.the && !/(?:for|of|in|during|throughout|since|this)\s+$/i.test(before) && !/full|fiscal|current|latest|calendar/i.test(g.the)) return null;
    const latest = g.the && /latest/i.test(g.the);
    return { start: m.index, end: m.index + (g.the ?? g.end).length, type: 'DATE', resolve: (env) => shiftDct(env, latest ? -1 : 0, 'Y') };
  },
);

// "the end of the month": the DCT's month
rule('month-end', `the\\s+end\\s+of\\s+the\\s+month`, (m) => ({ ...span(m), type: 'DATE', resolve: (env) => shiftDct(env, 0, 'M') }));

// "that quarter": the quarter the text named last
rule('that-quarter', `that\\s+quarter`, (m) => ({
  ...span(m),
  type: 'DATE',
  resolve: (env) => (env.lastQuarter ? { value: `${env.lastQuarter.y}-Q${env.lastQuarter.q}`, precision: 'quarter', anchor: `text:${env.lastQuarter.at}` } : { value: 'XXXX-QX', precision: 'quarter', anchor: 'none' }),
}));
