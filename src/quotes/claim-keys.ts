// Which of the claim patterns (kinds, sources, cue features) a sentence could match, from one
// scan of its ASCII word runs: every alternative of those patterns needs some whole word (as
// \b delimits it, case aside) or character listed here, so a pattern whose words and
// characters are all missing cannot match and is not run. Most sentences rule out most patterns.
// The lists must cover the patterns in claim-kinds.ts and claim-features.ts (see the tests).
import { FNV_OFFSET, FNV_PRIME } from '../core/hash.js';
import { AsciiWordTable } from './ascii-words.js';

export const QUANTITATIVE = 1;
export const CAUSAL = 2;
export const COMPARISON = 4;
export const PREDICTION = 8;
export const INTENT = 16;
export const VAGUE = 32;
export const NAMED = 64;
export const CUE_PERCENT = 128;
export const CUE_MONEY = 256;
export const CUE_YEAR = 512;
export const CUE_COMPARISON = 1024;
export const CUE_ATTRIBUTION = 2048;
/** Every pattern: what a caller that has not scanned the sentence passes. */
export const ALL_KEYS = 4095;

// Words that count only together ("so that", "will not", "it is"), as bits above the patterns'.
const SO = 1 << 12, THAT = 1 << 13, WILL = 1 << 14, NOT = 1 << 15, WOULD = 1 << 16, IS = 1 << 17;
const TO = 1 << 18, IT = 1 << 19, HAS = 1 << 20, BEEN = 1 << 21, PARTICIPLE = 1 << 22;

const LISTS: [number, string][] = [
  [QUANTITATIVE, 'percent per million billion trillion thousand hundred hundreds dozen dozens half third quarter twice double doubled doubles triple tripled majority minority'],
  [CAUSAL, 'because due cause caused causing led lead leads result resulted results therefore thanks owing response fearing consequence consequences'],
  [COMPARISON, 'more less fewer higher lower larger smaller bigger greater better worse most least highest lowest largest smallest biggest greatest best worst compared ever record'],
  [PREDICTION, 'will shall going expected forecast forecasts predict predicts predicted projected likely could might'],
  [INTENT, 'plan plans planned intend intends intended aim aims want wants vow vows vowed pledge pledged promise promised decided decision ordered'],
  [VAGUE, 'experts analysts observers officials sources critics people economists scientists insiders reports reportedly allegedly according'],
  [NAMED, 'according conducted published estimated data figures poll survey study report'],
  [CUE_PERCENT, 'percent'],
  [CUE_MONEY, 'dollar dollars'],
  [CUE_COMPARISON, 'than'],
  [CUE_ATTRIBUTION, 'said says according reported'],
  [SO, 'so'],
  [THAT, 'that'],
  [WILL, 'will'],
  [NOT, 'not'],
  [WOULD, 'would'],
  [IS, 'is'],
  [TO, 'to'],
  [IT, 'it'],
  [HAS, 'has'],
  [BEEN, 'been'],
  [PARTICIPLE, 'believed thought said estimated reported understood alleged'],
];

const entries = new Map<string, number>();
for (const [bits, list] of LISTS) for (const w of list.split(' ')) entries.set(w, (entries.get(w) ?? 0) | bits);
const TABLE = new AsciiWordTable(FNV_OFFSET, entries);

/** The patterns `sentence` could match, as bits. */
export function claimKeys(sentence: string): number {
  let bits = 0;
  let h = FNV_OFFSET;
  let start = -1;
  const n = sentence.length;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? sentence.charCodeAt(i) : 32;
    // \w: [A-Za-z0-9_]
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) {
      if (start < 0) {
        start = i;
        h = FNV_OFFSET;
      }
      if (c <= 57) bits |= QUANTITATIVE | CUE_YEAR;
      else if (c <= 90) c += 32;
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    if (start >= 0) {
      bits |= TABLE.get(h, sentence, start, i);
      // \w+est: a superlative-like word of four or more
      if (i - start >= 4 && (sentence.charCodeAt(i - 1) | 32) === 116 && (sentence.charCodeAt(i - 2) | 32) === 115 && (sentence.charCodeAt(i - 3) | 32) === 101) bits |= COMPARISON;
      start = -1;
    }
    if (c === 37) bits |= CUE_PERCENT;
    else if (c === 36 || c === 0x20ac || c === 0xa3) bits |= CUE_MONEY;
  }
  if ((bits & (SO | THAT)) === (SO | THAT)) bits |= CAUSAL;
  if ((bits & (WILL | NOT)) === (WILL | NOT) || (bits & (WOULD | NOT)) === (WOULD | NOT) || (bits & (IS | TO)) === (IS | TO)) bits |= INTENT;
  if ((bits & (IT | IS)) === (IT | IS) || (bits & (IT | HAS | BEEN)) === (IT | HAS | BEEN) || (bits & (PARTICIPLE | TO)) === (PARTICIPLE | TO)) bits |= VAGUE;
  return bits & ALL_KEYS;
}
