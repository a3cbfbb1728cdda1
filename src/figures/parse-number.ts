// Numbers as news writes them, to values: "263,000", "7756", "5.2", "5.2m", "$1.2bn" cores,
// spelled-out numbers ("twenty-five", "two hundred", "a dozen") and fractions ("two-thirds").
import { FRACTIONS, MULTIPLIERS, SMALL_NUMBERS, TENS } from './lexicon.js';

/** A digit numeral with optional thousands separators, decimals and an attached multiplier. */
export function parseNumeral(s: string): number | null {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?([a-z]+)?$/i.exec(s.trim());
  if (!m) return null;
  let v = Number(m[1].replace(/,/g, '') + (m[2] ?? ''));
  if (m[3]) {
    const mult = MULTIPLIERS[m[3].toLowerCase()];
    if (mult === undefined) return null;
    v *= mult;
  }
  return Number.isFinite(v) ? v : null;
}

/** A spelled-out cardinal ("twenty-five", "two hundred and ten", "a dozen"); null if not one. */
export function parseWordNumber(s: string): number | null {
  const words = s.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w && w !== 'and');
  if (!words.length || words.length > 8) return null;
  if (words.length === 2 && (words[0] === 'a' || words[0] === 'one') && words[1] === 'dozen') return 12;
  if (words.length === 1 && words[0] === 'dozen') return 12;
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === 'a' && i === 0) {
      current = 1;
      continue;
    }
    if (SMALL_NUMBERS[w] !== undefined) {
      current += SMALL_NUMBERS[w];
      seen = true;
    } else if (TENS[w] !== undefined) {
      current += TENS[w];
      seen = true;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (w === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
    } else if (MULTIPLIERS[w] !== undefined && w.length > 3) {
      total += (current || 1) * MULTIPLIERS[w];
      current = 0;
      seen = true;
    } else return null;
  }
  return seen ? total + current : null;
}

/** Every lower-case spelling parseFraction accepts: each listed fraction, with a space or a hyphen. */
const FRACTION_SPELLINGS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const key of Object.keys(FRACTIONS)) {
    for (const spelling of [key, key.replace(/ /g, '-'), key.replace(/-/g, ' ')]) {
      const v = FRACTIONS[spelling] ?? FRACTIONS[spelling.replace(/-/g, ' ')];
      if (v !== undefined) m.set(spelling, v);
    }
  }
  return m;
})();

/** True when s is already in the normal form parseFraction would give it: lower-case ASCII words
 *  joined by single spaces or hyphens. The scanner asks about every word, so this skips the rewrite. */
function isPlainLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    if ((c === 32 || c === 45) && i > 0 && i < s.length - 1 && s.charCodeAt(i - 1) !== 32) continue;
    return false;
  }
  return s.length > 0;
}

/** Whether s has an ASCII character no fraction is spelled with (a digit, a comma, ...): it would
 *  survive the rewrite below, so no key can match. The scanner asks about every token. */
function hasNonFractionAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || ((c | 32) >= 97 && (c | 32) <= 122) || c === 32 || c === 45 || (c >= 9 && c <= 13)) continue;
    return true;
  }
  return false;
}

/** First words of the two-word fractions ("a", "two", ...). */
const FRACTION_HEADS: ReadonlySet<string> = new Set([...FRACTION_SPELLINGS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));

/** Every lower-case ASCII word without a space or hyphen that a spelled number or a fraction
 *  can begin with: a word outside it starts none (see coreAt in scan.ts). */
export const NUMBER_WORD_STARTS: ReadonlySet<string> = new Set([
  ...Object.keys(SMALL_NUMBERS), ...Object.keys(TENS), ...FRACTION_HEADS, ...[...FRACTION_SPELLINGS.keys()].filter((k) => !k.includes(' ')),
]);

/** False when no two-word fraction can begin with the lower-cased token w, so that the scanner
 *  need not build "w next" to ask. */
export function mayStartFraction(w: string): boolean {
  return !isPlainLower(w) || w.includes(' ') || FRACTION_HEADS.has(w);
}

/** The spellings of two words of letters only ("a quarter", "two thirds"), by first and second word. */
const FRACTION_PAIRS: ReadonlyMap<string, ReadonlyMap<string, number>> = (() => {
  const m = new Map<string, Map<string, number>>();
  for (const [k, v] of FRACTION_SPELLINGS) {
    const pair = /^([a-z]+) ([a-z]+)$/.exec(k);
    if (!pair) continue;
    if (!m.has(pair[1])) m.set(pair[1], new Map());
    m.get(pair[1])!.set(pair[2], v);
  }
  return m;
})();

/** parseFraction(`${a} ${b}`) for two words of lower-case ASCII letters only, without building the
 *  string (the scanner asks about every "a" and the word after it). */
export function parseFractionPair(a: string, b: string): number | null {
  return FRACTION_PAIRS.get(a)?.get(b) ?? null;
}

/** A fraction in words ("two-thirds", "a quarter") as a share of one; null if not one. */
export function parseFraction(s: string): number | null {
  if (isPlainLower(s)) return FRACTION_SPELLINGS.get(s) ?? null;
  if (hasNonFractionAscii(s)) return null;
  const key = s.toLowerCase().replace(/\s+/g, ' ').trim();
  return FRACTIONS[key] ?? FRACTIONS[key.replace(/-/g, ' ')] ?? null;
}

/** Any number form the scanner produces: a numeral, words, or a numeral with a word multiplier. */
export function parseNumber(s: string): number | null {
  const t = s.trim();
  const direct = parseNumeral(t);
  if (direct !== null) return direct;
  const mixed = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s+(hundred|thousand|million|billion|trillion)$/i.exec(t);
  if (mixed) return Number(mixed[1].replace(/,/g, '') + (mixed[2] ?? '')) * MULTIPLIERS[mixed[3].toLowerCase()];
  return parseWordNumber(t);
}
