// Finds the quantities in a sentence: a number core (digits, words, fractions) with what
// binds to it (currency, multiplier, unit, range, approximation), and drops the numbers
// that are not quantities (years, dates, times, ordinals, phone and list numbers, footnote
// markers, numbers in names, durations).
import type { Span } from '../brief/types.js';
import {
  APPROX_CUES, CURRENCY_SYMBOLS, CURRENCY_WORDS, ISO_CODES, MONTHS, MULTIPLIERS, NAME_NUMBER_PREFIXES, NP_STOP,
  SMALL_NUMBERS, TENS, TIME_UNITS, UNITS,
} from './lexicon.js';
import { mayStartFraction, NUMBER_WORD_STARTS, parseFraction, parseFractionPair, parseNumber, parseWordNumber } from './parse-number.js';
import { isRaceDistance } from './race-distance.js';
import type { TextView } from './text-view.js';
import { WordSieve } from './word-sieve.js';

export type FigureKind = 'count' | 'percent' | 'money' | 'measure';

export interface RawFigure extends Span {
  value: number | null;
  low?: number;
  high?: number;
  unit?: string;
  approx?: string;
  kind: FigureKind;
  /** Token range [first, last) of the figure's own tokens (number, currency, multiplier, unit). */
  tokFirst: number;
  tokLast: number;
  sentence: number;
  /** Spelled out in words ("a dozen", "two-thirds"). */
  words: boolean;
}

const NUMERAL_RE = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:bn|mn|mln|m|k|tn|trn|b)?$/i;
/** "583p": pence. */
const PENCE_RE = /^(\d+(?:\.\d+)?)p$/;
/** "a 130-ton generator", "a 30-km zone": a measurement written as a compound. */
const COMPOUND_UNIT_RE = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)-(tons?|tonnes?|km|kilometres?|kilometers?|miles?|metres?|meters?|kg|megawatts?|mw|gw|acres?|hectares?|litres?|barrels?)$/i;
const WORD_MULT = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);
const NOT_BEFORE_SPELLED = new Set([
  'the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'all', 'both', 'first', 'last',
  'next', 'past', 'whose', 'every', 'other', 'another', 'top', 'same', 'only', 'which', 'any', 'of',
]);
const DETERMINER_AFTER = new Set(['of', 'in']);

function isNumeral(w: string): boolean {
  return NUMERAL_RE.test(w);
}

function spelledValue(w: string): number | null {
  // Every spelled number starts with an ASCII letter: skip digits and punctuation cheaply.
  const c = w.charCodeAt(0) | 0x20;
  if (!(c >= 97 && c <= 122)) return null;
  const l = w.toLowerCase();
  if (SMALL_NUMBERS[l] !== undefined || TENS[l] !== undefined) return parseWordNumber(l);
  // "twenty-five": a tens word, a hyphen and a unit (most hyphenated words open with no tens word,
  // which is asked first, without cutting the word)
  const h = l.indexOf('-');
  const tens = h >= 5 && h <= 7 ? tensBefore(l, h) : undefined;
  if (tens !== undefined) {
    const unit = SMALL_NUMBERS[l.slice(h + 1)];
    if (unit !== undefined && unit < 10) return tens + unit;
  }
  return null;
}

const TENS_WORDS = Object.keys(TENS);
/** The value of the tens word that is l's first h characters, if it is one. */
function tensBefore(l: string, h: number): number | undefined {
  for (const t of TENS_WORDS) if (t.length === h && l.startsWith(t)) return TENS[t];
  return undefined;
}

function insideAny(spans: readonly Span[], a: number, b: number): boolean {
  for (const s of spans) if (a < s.end && b > s.start) return true;
  return false;
}

/** Scans tokens [first, last) of sentence `sentence`; `skip` are spans that are never figures. */
export function scanSentence(v: TextView, first: number, last: number, sentence: number, skip: readonly Span[]): RawFigure[] {
  const out: RawFigure[] = [];
  let i = first;
  while (i < last) {
    if (beginsNoCore(v, i)) {
      i++;
      continue;
    }
    const got = scanAt(v, i, first, last, sentence);
    if (!got) {
      i++;
      continue;
    }
    if (got.fig && !insideAny(skip, v.start(got.fig.tokFirst), v.end(got.fig.tokLast - 1))) out.push(got.fig);
    i = Math.max(i + 1, got.next);
  }
  return out;
}

interface Core {
  value: number;
  a: number; // first token
  b: number; // token after the core
  words: boolean;
  percent?: boolean;
  multiplied: boolean;
  /** A unit the core carries itself ("583p", "130-ton"). */
  unit?: string;
}

/** Words that may begin a number core besides those of NUMBER_WORD_STARTS. */
const CORE_WORD_STARTS: ReadonlySet<string> = new Set([...NUMBER_WORD_STARTS, 'a', 'one', 'half', 'dozen']);
const CORE_WORD_SIEVE = new WordSieve(CORE_WORD_STARTS);

/**
 * True when no number core can begin at token i (coreAt would say null), judged from its first
 * character: most tokens are plain words, punctuation or symbols. Punctuation begins no numeral,
 * word or fraction; nor does a character beyond ASCII that stays so in lower case (every listed
 * number word is ASCII), unless it is a space, which the fraction test trims.
 */
export function beginsNoCore(v: TextView, i: number): boolean {
  const l = v.lower(i);
  if (v.isLetters(i)) return notCoreWord(l) && v.lower(i + 1) !== '';
  const c = l.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  if (c >= 48 && c <= 57) return false;
  if (c >= 128) return !/^\s/.test(l);
  // ASCII punctuation, not the hyphen or a space the fraction test reads
  return l.length > 0 && c !== 45 && c !== 32 && !(c >= 9 && c <= 13);
}

/** True when l, a lower-case ASCII word of letters only (TextView.isLetters), begins no number
 *  core: most of the text, ruled out before the tests below, which each look the word up again. */
function notCoreWord(l: string): boolean {
  return !CORE_WORD_SIEVE.mayHold(l) || !CORE_WORD_STARTS.has(l);
}

/** A number core at token i: digits (with a multiplier), words, or a fraction. */
export function coreAt(v: TextView, i: number, first: number, last: number): Core | null {
  const w = v.word(i);
  const l = v.lower(i);
  const c0 = w.charCodeAt(0);
  // Pence, compound units and numerals all start with a digit.
  const digit = c0 >= 48 && c0 <= 57;
  // (the last token of the text is left to the tests below, as before)
  if (!digit && v.isLetters(i) && notCoreWord(l) && v.lower(i + 1) !== '') return null;
  // (each pattern tried only on a word with the character it must hold: a closing p, a hyphen)
  const pence = digit && w.charCodeAt(w.length - 1) === 112 ? PENCE_RE.exec(w) : null;
  if (pence) return { value: Number(pence[1]) / 100, a: i, b: i + 1, words: false, multiplied: false, unit: 'GBP' };
  const comp = digit && w.includes('-') ? COMPOUND_UNIT_RE.exec(w) : null;
  if (comp) return { value: Number(comp[1].replace(/,/g, '')), a: i, b: i + 1, words: false, multiplied: false, unit: UNITS[comp[2].toLowerCase()] ?? UNITS[comp[2].toLowerCase() + 's'] };
  // "half a million", "two and a half million"
  if (l === 'half' && v.lower(i + 1) === 'a' && WORD_MULT.has(v.lower(i + 2)) && v.lower(i + 2) !== 'hundred') {
    return { value: 0.5 * MULTIPLIERS[v.lower(i + 2)], a: i, b: i + 3, words: true, multiplied: true };
  }
  if (v.lower(i + 1) === 'and' && v.lower(i + 2) === 'a' && v.lower(i + 3) === 'half' && WORD_MULT.has(v.lower(i + 4))) {
    const n = isNumeral(w) ? parseNumber(w) : spelledValue(w);
    if (n !== null) return { value: (n + 0.5) * MULTIPLIERS[v.lower(i + 4)], a: i, b: i + 5, words: !isNumeral(w), multiplied: true };
  }
  // "six out of every 10", "three out of four": a ratio
  if (v.lower(i + 1) === 'out' && v.lower(i + 2) === 'of' && !/^(the|them|these|those|its|their)$/.test(v.lower(i + 3))) {
    const n = isNumeral(w) ? parseNumber(w) : spelledValue(w);
    const j = v.lower(i + 3) === 'every' ? i + 4 : i + 3;
    const d = isNumeral(v.word(j)) ? parseNumber(v.word(j)) : spelledValue(v.word(j));
    if (n !== null && d && d > n && j < last) return { value: (n / d) * 100, a: i, b: j + 1, words: true, percent: true, multiplied: false };
  }
  if (digit && isNumeral(w)) {
    // "800m" in "the 800m title" names a race (800 metres): not 800 million, and not a figure at all
    if (w.endsWith('m') && isRaceDistance(v, i, first, last)) return null;
    let value = parseNumber(w);
    if (value === null) return null;
    let b = i + 1;
    let multiplied = /[a-z]$/i.test(w);
    // "5.2 million", "2 billion"
    while (b < last && WORD_MULT.has(v.lower(b)) && !multiplied) {
      value *= MULTIPLIERS[v.lower(b)];
      multiplied = true;
      b++;
    }
    // "5.2 bn" written apart
    if (!multiplied && b < last && /^(bn|mn|m|tn|trn)$/i.test(v.word(b)) && /\./.test(w)) {
      value *= MULTIPLIERS[v.lower(b)];
      multiplied = true;
      b++;
    }
    return { value, a: i, b, words: false, multiplied };
  }
  // fractions: "two-thirds", "a third", "half" (of ...)
  const frac2 = !(i + 1 < last && (mayStartFraction(l) || !v.lower(i + 1))) ? null
    : v.isLetters(i) && v.isLetters(i + 1) ? parseFractionPair(l, v.lower(i + 1))
    : parseFraction(`${l} ${v.lower(i + 1)}`);
  const fracL = parseFraction(l);
  // "a quarter of a million": a fraction of a multiplier is a count
  if ((frac2 !== null || fracL !== null) && i + 4 < last + 1) {
    const f = frac2 ?? fracL!;
    const j = frac2 !== null ? i + 2 : i + 1;
    if (v.lower(j) === 'of' && v.lower(j + 1) === 'a' && WORD_MULT.has(v.lower(j + 2)) && v.lower(j + 2) !== 'hundred') {
      return { value: f * MULTIPLIERS[v.lower(j + 2)], a: i, b: j + 3, words: true, multiplied: true };
    }
  }
  if (frac2 !== null && (l === 'a' || l === 'one' || l === 'two' || l === 'three')) {
    if (v.lower(i + 2) === 'of') return { value: frac2 * 100, a: i, b: i + 2, words: true, percent: true, multiplied: false };
  }
  const frac1 = l !== 'half' ? fracL : null;
  if (frac1 !== null && l.includes('-') && v.lower(i + 1) === 'of') {
    return { value: frac1 * 100, a: i, b: i + 1, words: true, percent: true, multiplied: false };
  }
  if (l === 'half' && /^(of|those|these|the|all|its|their)$/.test(v.lower(i + 1)) && !['a', 'one', 'and', 'first', 'second', 'the', 'in'].includes(v.lower(i - 1))) {
    return { value: 50, a: i, b: i + 1, words: true, percent: true, multiplied: false };
  }
  // "one in five", "one in 10"
  if ((l === 'one' || SMALL_NUMBERS[l] !== undefined) && v.lower(i + 1) === 'in' && i + 2 < last) {
    const d = isNumeral(v.word(i + 2)) ? parseNumber(v.word(i + 2)) : spelledValue(v.word(i + 2));
    const n = parseWordNumber(l);
    if (d && n && d > n && d <= 1000) return { value: (n / d) * 100, a: i, b: i + 3, words: true, percent: true, multiplied: false };
  }
  // "a dozen", "dozen"
  if ((l === 'a' && v.lower(i + 1) === 'dozen') || (l === 'dozen' && v.lower(i - 1) !== 'a')) {
    const b = l === 'a' ? i + 2 : i + 1;
    return { value: 12, a: i, b, words: true, multiplied: false };
  }
  // spelled cardinals, with multipliers: "two hundred", "five million", "twenty-five"
  let value = spelledValue(w);
  let b = i + 1;
  let multiplied = false;
  if (value === null && (l === 'a' || l === 'one') && WORD_MULT.has(v.lower(i + 1)) && v.lower(i + 1) !== 'hundred') {
    value = 1;
  }
  if (value === null && l === 'a' && v.lower(i + 1) === 'hundred') value = 1;
  if (value === null) return null;
  while (b < last && WORD_MULT.has(v.lower(b))) {
    value *= MULTIPLIERS[v.lower(b)];
    multiplied = true;
    b++;
  }
  if (!multiplied && l === 'one') return null;
  if (!multiplied && l === 'a') return null;
  return { value, a: i, b, words: true, multiplied };
}

function currencyBefore(v: TextView, a: number, first: number): { unit: string; a: number } | null {
  const p = a - 1;
  if (p < first) return null;
  const w = v.word(p);
  if (CURRENCY_SYMBOLS[w] && !v.spaceBefore(a)) {
    // "US$", "HK$" split as "US" + "$"
    if (p - 1 >= first && !v.spaceBefore(p) && CURRENCY_SYMBOLS[v.word(p - 1) + w]) {
      return { unit: CURRENCY_SYMBOLS[v.word(p - 1) + w], a: p - 1 };
    }
    return { unit: CURRENCY_SYMBOLS[w], a: p };
  }
  if (CURRENCY_SYMBOLS[w] && (w !== '$' || /^\d/.test(v.word(a)))) return { unit: CURRENCY_SYMBOLS[w], a: p };
  if (w === '$' && /^(US|A|C|HK|NZ|S)$/.test(v.word(p - 1))) return { unit: CURRENCY_SYMBOLS[v.word(p - 1) + '$'], a: p - 1 };
  if (ISO_CODES.has(w)) return { unit: w, a: p };
  return null;
}

interface Tail {
  unit?: string;
  kind?: FigureKind;
  b: number;
  /** "18 pence" is 0.18 pounds. */
  scale?: number;
}

/** First words of the two-word currencies and units ("swiss francs", "square kilometres"). */
const TWO_WORD_FIRSTS: ReadonlySet<string> = new Set(
  [...Object.keys(CURRENCY_WORDS), ...Object.keys(UNITS)].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))),
);

function unitAfter(v: TextView, b: number, last: number): Tail | null {
  const l = v.lower(b);
  if (b >= last) return null;
  if (l === 'pence') return { unit: 'GBP', kind: 'money', b: b + 1, scale: 0.01 };
  if (l === 'cents' || l === 'cent') return { unit: 'USD', kind: 'money', b: b + 1, scale: 0.01 };
  if ((l === 'euro' || l === 'us') && /^cents?$/.test(v.lower(b + 1))) return { unit: l === 'euro' ? 'EUR' : 'USD', kind: 'money', b: b + 2, scale: 0.01 };
  if (l === '%') return { unit: 'percent', kind: 'percent', b: b + 1 };
  if (l === 'per' && v.lower(b + 1) === 'cent') return { unit: 'percent', kind: 'percent', b: b + 2 };
  if (l === 'percent' || l === 'pc' || l === 'per-cent') return { unit: 'percent', kind: 'percent', b: b + 1 };
  if (l === 'percentage' && /^points?$/.test(v.lower(b + 1))) return { unit: 'pp', kind: 'measure', b: b + 2 };
  if (l === 'basis' && /^points?$/.test(v.lower(b + 1))) return { unit: 'bp', kind: 'measure', b: b + 2 };
  if (TWO_WORD_FIRSTS.has(l)) {
    const two = `${l} ${v.lower(b + 1)}`;
    if (CURRENCY_WORDS[two]) return { unit: CURRENCY_WORDS[two], kind: 'money', b: b + 2 };
    if (UNITS[two]) return { unit: UNITS[two], kind: 'measure', b: b + 2 };
  }
  if (CURRENCY_WORDS[l] && l !== 'won' && l !== 'pound') return { unit: CURRENCY_WORDS[l], kind: 'money', b: b + 1 };
  if (ISO_CODES.has(v.word(b))) return { unit: v.word(b), kind: 'money', b: b + 1 };
  if (UNITS[l] && !(l === 'points' || l === 'point')) return { unit: UNITS[l], kind: 'measure', b: b + 1 };
  if ((l === 'points' || l === 'point') && !/^(of|in|on|to)$/.test(v.lower(b + 1))) return { unit: 'points', kind: 'measure', b: b + 1 };
  return null;
}

/** APPROX_CUES split into words once, by their last word (in APPROX_CUES order). */
const APPROX_CUES_BY_LAST = new Map<string, [string[], string][]>();
for (const [cue, kind] of APPROX_CUES) {
  const parts = cue.split(' ');
  const key = parts[parts.length - 1];
  APPROX_CUES_BY_LAST.set(key, [...(APPROX_CUES_BY_LAST.get(key) ?? []), [parts, kind]]);
}

function approxBefore(v: TextView, a: number, first: number): { approx: string; a: number } | null {
  // a cue ends on the word before the number
  const cues = a - 1 >= first ? APPROX_CUES_BY_LAST.get(v.lower(a - 1)) : undefined;
  if (!cues) return null;
  for (const [parts, kind] of cues) {
    const s = a - parts.length;
    if (s < first) continue;
    let ok = true;
    for (let k = 0; k < parts.length; k++) if (v.lower(s + k) !== parts[k]) ok = false;
    if (ok) return { approx: kind, a: s };
  }
  return null;
}

const DATE_WORDS = new Set(['gmt', 'bst', 'utc', 'cet', 'est', 'hrs', 'am', 'pm', 'a.m.', 'p.m.', 'h']);

function scanAt(v: TextView, i: number, first: number, last: number, sentence: number): { fig: RawFigure | null; next: number } | null {
  const core = coreAt(v, i, first, last);
  if (!core) return null;
  let { a, b } = core;
  let value: number | null = core.value;
  let low: number | undefined;
  let high: number | undefined;
  let unit: string | undefined = core.percent ? 'percent' : core.unit;
  let kind: FigureKind = core.percent ? 'percent' : core.unit === 'GBP' ? 'money' : core.unit ? 'measure' : 'count';
  const lw = v.lower(a - 1);
  const numeralText = v.word(core.a);
  const none = { fig: null, next: b };

  // Ranks and ages: "number three", "Dr Greenspan, 79, said"
  if (lw === 'number' || lw === 'no' || lw === 'top') return none;
  if (!core.words && lw === ',' && v.isCap(a - 2) && v.word(b) === ',' && /^\d{1,3}$/.test(numeralText) && core.value < 120) return none;
  // "four consecutive quarters", "15 straight days": durations
  if (/^(consecutive|straight|successive|full|extra|long|short)$/.test(v.lower(b)) && TIME_UNITS.has(v.lower(b + 1))) return none;
  // a number that ends a name: "the BBC Global 30 has risen", "FTSE 100"
  if (!core.words && !core.unit && a - 1 > first && v.isCap(a - 1) && v.isCap(a - 2) && !MONTHS.has(lw) && (!v.isLowerWord(b) || NP_STOP.has(v.lower(b))) && v.word(b) !== '%' && !/^(per|percent)$/.test(v.lower(b))) return none;

  // Things that are not quantities.
  if (!core.words) {
    if (/^0\d/.test(numeralText) && !numeralText.includes('.')) {
      // phone numbers and codes: skip the digit groups that follow too
      let n = b;
      while (n < last && /^\d+$/.test(v.word(n))) n++;
      return { fig: null, next: n };
    }
    if (MONTHS.has(lw) || MONTHS.has(v.lower(b)) || (v.lower(b) === 'of' && MONTHS.has(v.lower(b + 1)))) {
      if (Number(numeralText) <= 31 || /^\d{4}$/.test(numeralText)) return none;
    }
    if (v.word(b) === ':' || v.word(b) === '.' && /^\d/.test(v.word(b + 1)) && !v.spaceBefore(b + 1)) return none;
    if (DATE_WORDS.has(v.lower(b))) return none;
    if (v.word(b) === '/' && /^\d/.test(v.word(b + 1))) return none;
    if (/^(st|nd|rd|th)$/i.test(v.word(b)) && !v.spaceBefore(b)) return none;
    // list numbers: "1." or "1)" opening a block
    if (a === first && (v.word(b) === '.' || v.word(b) === ')') && !core.multiplied) return none;
    // footnote-style markers: "(1)" or "[1]" glued to the word before
    if ((v.word(a - 1) === '(' || v.word(a - 1) === '[') && !v.spaceBefore(a - 1) && a - 1 > first && /^[)\]]$/.test(v.word(b)) && /^\d{1,2}$/.test(numeralText)) return none;
    // numbers in names: "Article 5", "Channel 4", "No 10"
    if (a - 1 >= first && v.isCap(a - 1) && NAME_NUMBER_PREFIXES.has(lw)) return none;
    if (lw === '#' || lw === 'no.' || lw === 'aged' || lw === 'age' || lw === 'ages') return none;
    // phone numbers: three or more digit groups in a row
    if (/^\d+$/.test(v.word(b)) && /^\d+$/.test(v.word(b + 1)) && /^\d+$/.test(numeralText)) return { fig: null, next: b + 2 };
  } else {
    if (!core.percent && !core.multiplied && core.value < 100) {
      // spelled small numbers: "three people" counts, "the three parties" names a known set
      if (NOT_BEFORE_SPELLED.has(lw)) return none;
      const nx = v.lower(b);
      const capsThenNoun = v.isCap(b) && [1, 2, 3].some((k) => b + k < last && /[^s]s$/.test(v.lower(b + k)) && v.isLowerWord(b + k));
      if (!(v.isLowerWord(b) && (!NP_STOP.has(nx) || nx === 'of' || nx === 'more' || nx === 'per' || nx === 'other')) && nx !== '%' && !capsThenNoun) return none;
      if (nx === 'of' && /^(the|them|us|these|those|its|their|his|her|our)$/.test(v.lower(b + 1)) && v.lower(b + 1) !== 'the') {
        // "two of them": a count of a known set; keep
      }
      if (v.isCap(a) && a === first && v.lower(a + 1) === 'of') return none;
    }
  }

  // Currency before the number.
  const cur = !core.words || core.multiplied ? currencyBefore(v, a, first) : null;
  if (cur) {
    unit = cur.unit;
    kind = 'money';
    a = cur.a;
  }

  // A range: "10-20", "10 to 20", "between 10 and 20", "10,000-15,000 people".
  const sep = v.word(b);
  if ((sep === '-' || sep === '–' || sep === 'to' || (sep === 'and' && v.lower(a - 1) === 'between')) && b + 1 < last) {
    let c2 = b + 1;
    // "$10m-$20m"
    if (CURRENCY_SYMBOLS[v.word(c2)] && unit && kind === 'money') c2++;
    const core2 = coreAt(v, c2, first, last);
    const fromBefore = v.lower(a - 1) === 'from' || v.lower(a - 2) === 'from';
    if (core2 && !core2.words === !core.words && !(sep === 'to' && fromBefore)) {
      let hi = core2.value;
      // "5-10m": the multiplier of the second applies to the first
      let lo = core.value;
      if (core2.multiplied && !core.multiplied && lo < hi / 100) lo *= hi / parseNumber(v.word(core2.a).replace(/[a-z]+$/i, ''))! / 1;
      const yearish = (x: number, t: string) => /^\d{4}$/.test(t) && x >= 1800 && x <= 2100;
      if (!unit && yearish(lo, v.word(core.a)) && yearish(hi, v.word(core2.a))) return { fig: null, next: core2.b };
      if (lo < hi && (sep !== 'to' || unit || unitAfter(v, core2.b, last) || v.lower(a - 1) === 'between' || isCountNoun(v, core2.b, last))) {
        low = lo;
        high = hi;
        value = null;
        b = core2.b;
        if (v.lower(a - 1) === 'between') a--;
      } else if (sep === '-' || sep === '–') {
        if (lo >= hi && !unit && !core.multiplied) return { fig: null, next: core2.b }; // a score, "3-1"
      }
    }
  }

  // A range written with the unit on both ends: "between 3% and 5%", "20%-30%", "10 to 15 per cent"
  // (the unit after the number, asked once here and again below when b has not moved)
  let unitAtB: Tail | null | undefined;
  if (low === undefined) {
    const t1 = (unitAtB = unitAfter(v, b, last));
    if (t1 && (t1.kind === 'percent' || t1.kind === 'measure')) {
      const sep2 = v.word(t1.b);
      const between = v.lower(a - 1) === 'between';
      if ((sep2 === '-' || sep2 === '–' || sep2 === 'to' || (sep2 === 'and' && between)) && !(sep2 === 'to' && /^(from)$/.test(v.lower(a - 1)))) {
        const c2 = coreAt(v, t1.b + 1, first, last);
        const t2 = c2 ? unitAfter(v, c2.b, last) : null;
        if (c2 && t2 && t2.unit === t1.unit && c2.value > core.value && (sep2 !== 'to' || between || v.lower(a - 1) !== 'from')) {
          low = core.value;
          high = c2.value;
          value = null;
          unit = t1.unit;
          kind = t1.kind ?? kind;
          b = t2.b;
          if (between) a--;
          const fig: RawFigure = { start: v.start(a), end: v.end(b - 1), value, low, high, unit, kind, tokFirst: a, tokLast: b, sentence, words: core.words };
          const ap0 = approxBefore(v, a, first);
          if (ap0) fig.approx = ap0.approx;
          return { fig, next: b };
        }
      }
    }
  }

  // Unit after the number.
  const tail = unitAtB !== undefined ? unitAtB : unitAfter(v, b, last);
  if (tail) {
    if (!unit || kind === 'money' && tail.kind === 'money') unit = tail.unit;
    else if (tail.kind === 'percent') unit = 'percent';
    if (kind !== 'money' || tail.kind === 'money') kind = tail.kind ?? kind;
    if (tail.unit === 'percent') kind = 'percent';
    if (tail.scale && value !== null) value *= tail.scale;
    b = tail.b;
  } else if (v.lower(b) === 'per' && v.lower(b + 1) === 'cent') {
    unit = 'percent';
    kind = 'percent';
    b += 2;
  }

  // Years: a bare four-digit number between 1000 and 2100 with nothing that makes it a count.
  if (!core.words && !unit && /^\d{4}$/.test(numeralText) && core.value >= 1000 && core.value <= 2100 && low === undefined) {
    const ap = approxBefore(v, core.a, first);
    const nx = v.lower(b);
    if (!(ap && v.isLowerWord(b) && !NP_STOP.has(v.lower(b))) && !/^(people|jobs|workers|staff|homes|troops|soldiers|members|employees|cases|units|vehicles|tanks|aircraft|vessels|flights|shops|stores|branches|companies|firms)$/.test(nx)) {
      return none;
    }
  }
  if (!core.words && /^\d{4}$/.test(numeralText) && (v.word(b) === '-' || v.word(b) === '–' || v.word(b) === '/') && /^\d{2,4}$/.test(v.word(b + 1))) {
    if (core.value >= 1900 && core.value <= 2100) return { fig: null, next: b + 2 };
  }
  // "four times as many", "a threefold rise": multipliers, not quantities
  if (!unit && /^(times|fold|-fold)$/.test(v.lower(b))) return none;
  // Durations and clock times belong to the time layer.
  if (!unit && TIME_UNITS.has(v.lower(b))) return none;
  if (!unit && /^(old|olds)$/.test(v.lower(b + 1)) && TIME_UNITS.has(v.lower(b))) return none;
  if (!unit && (v.lower(b) === "o'clock")) return none;
  // A number glued to a hyphenated word: "10-point plan", "20-year-old" (the tokenizer may split them).
  if ((v.word(b) === '-' || v.word(b) === '–') && !v.spaceBefore(b) && !v.spaceBefore(b + 1) && v.isWord(b + 1)) return none;

  const ap = approxBefore(v, a, first);
  const approx = ap?.approx;
  if (low === undefined && core.percent && !unit) unit = 'percent';
  const fig: RawFigure = {
    start: v.start(a),
    end: v.end(b - 1),
    value,
    kind,
    tokFirst: a,
    tokLast: b,
    sentence,
    words: core.words,
  };
  if (low !== undefined) {
    fig.low = low;
    fig.high = high;
  }
  if (unit) fig.unit = unit;
  if (approx) fig.approx = approx;
  return { fig, next: b };
}

function isCountNoun(v: TextView, b: number, last: number): boolean {
  return b < last && v.isLowerWord(b) && !NP_STOP.has(v.lower(b)) && !DETERMINER_AFTER.has(v.lower(b));
}
