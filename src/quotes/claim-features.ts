// Features of one sentence for the check-worthiness model: hashed word 1-2-grams, character
// 3-5-grams inside words, and cue features (numbers, capitalised names, hedges, person, modals).
// Hashing keeps the model a fixed-size weight table with no vocabulary to ship.
import { fnv1a, fnv1aFrom, FNV_OFFSET, FNV_PRIME } from '../core/hash.js';
import { AsciiWordTable } from './ascii-words.js';
import { ALL_KEYS, CUE_ATTRIBUTION, CUE_COMPARISON, CUE_MONEY, CUE_PERCENT, CUE_YEAR } from './claim-keys.js';
import { isLN, isUpper, lnEnd } from './letters.js';

export const FEATURE_BITS = 20;
const MASK = (1 << FEATURE_BITS) - 1;

/** FNV-1a over UTF-16 code units: deterministic and fast, enough for feature hashing. */
export function hashFeature(s: string): number {
  return fnv1a(s) & MASK;
}

// Hash states after each feature's prefix, so the features are hashed without building strings:
// fnv1aFrom(W_STATE, w) is the state of fnv1aFrom(FNV_OFFSET, 'w=' + w).
const W_STATE = fnv1aFrom(FNV_OFFSET, 'w=');
const B_STATE = fnv1aFrom(FNV_OFFSET, 'b=');
const C_STATE = fnv1aFrom(FNV_OFFSET, 'c');
const START_B = fnv1aFrom(B_STATE, '<s>');
const SPACE = 32;
const LT = 60;
const GT = 62;

export interface FeatureOptions {
  words: boolean;
  bigrams: boolean;
  chars: boolean;
  cues: boolean;
}

export const FULL_FEATURES: FeatureOptions = { words: true, bigrams: true, chars: true, cues: true };
export const BAG_OF_WORDS: FeatureOptions = { words: true, bigrams: false, chars: false, cues: false };

// The cue word lists as bits of one lookup (one Map probe per word instead of eight Set probes).
const HEDGE = 1, FIRST = 2, FIRST_PL = 4, SECOND = 8, MODAL = 16, QUANT = 32, NUMBER_WORD = 64;
const CUE_BITS = new Map<string, number>();
const cueList = (bit: number, list: string[]) => list.forEach((w) => CUE_BITS.set(w, (CUE_BITS.get(w) ?? 0) | bit));
cueList(HEDGE, ['maybe', 'perhaps', 'might', 'probably', 'possibly', 'seems', 'hope', 'believe', 'think', 'feel', 'guess', 'suppose', 'wish']);
cueList(FIRST, ['i', 'me', 'my', 'mine', "i'm", "i've", "i'll", "i'd"]);
cueList(FIRST_PL, ['we', 'us', 'our', "we're", "we've", "we'll"]);
cueList(SECOND, ['you', 'your', "you're", "you've", 'yours']);
cueList(MODAL, ['will', 'would', 'should', 'must', 'can', 'could', 'shall', "won't", "'ll", 'going']);
cueList(QUANT, ['percent', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'half', 'twice', 'times', 'dollars', 'tax', 'taxes', 'jobs', 'deficit', 'budget', 'increase', 'increased', 'cut', 'cuts', 'voted', 'vote', 'rate', 'rates', 'more', 'less', 'fewer', 'most', 'least', 'highest', 'lowest', 'largest', 'record', 'since', 'ago', 'last', 'years']);
cueList(NUMBER_WORD, ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'hundred', 'thousand', 'million', 'billion', 'trillion']);

// The fixed features, hashed once.
const BIAS = hashFeature('bias');
const BUCKET_NAMES = ['digits', 'numwords', 'caps', 'hedges', 'first', 'firstpl', 'second', 'modals', 'quant'] as const;
/** BUCKETS[k][n]: the feature 'q:<name k>=<n>' for n = 0, 1, 2 and '3+'. */
const BUCKETS = BUCKET_NAMES.map((name) => ['0', '1', '2', '3+'].map((n) => hashFeature('q:' + name + '=' + n)));
const LEN = { xs: hashFeature('q:len=xs'), s: hashFeature('q:len=s'), m: hashFeature('q:len=m'), l: hashFeature('q:len=l'), xl: hashFeature('q:len=xl') };
const QUESTION = hashFeature('q:question');
const PERCENT = hashFeature('q:percent');
const MONEY = hashFeature('q:money');
const YEAR = hashFeature('q:year');
const COMPARISON = hashFeature('q:comparison');
const ATTRIBUTION = hashFeature('q:attribution');

/** Whether s has an ASCII digit (what /\d/ tests). */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Whether the word at s[i] starts with an upper-case letter (what /^\p{Lu}/u tests on it). */
function startsUpper(s: string, i: number): boolean {
  return isUpper(s.codePointAt(i)!);
}

/** The cue words by the hash state of their word feature. */
const CUE_TABLE = new AsciiWordTable(W_STATE, CUE_BITS);

/** Code units of '<' + w + '>' for the character n-grams (reused between words). */
let codes = new Int32Array(64);
/** Hash states of the 3-, 4- and 5-grams at each of the first 40 offsets of a word. */
const grams3 = new Int32Array(40);
const grams4 = new Int32Array(40);
const grams5 = new Int32Array(40);

/** A sentence is read up to this many code units, so it has at most this many words. */
const MAX_CHARS = 2000;
/** The word and bigram features of the sentence being read, by word (reused between calls). */
const wordFeatures = new Int32Array(MAX_CHARS);
const bigramFeatures = new Int32Array(MAX_CHARS);
/** The feature indices of the last sentence read, in emission order (grows for long n-gram lists). */
let features = new Int32Array(4 * MAX_CHARS + 64);
let count = 0;

function put(index: number): void {
  if (count === features.length) {
    const bigger = new Int32Array(features.length * 2);
    bigger.set(features);
    features = bigger;
  }
  features[count++] = index;
}

/**
 * Reads the features of `text` into a buffer: returns how many there are (see featureBuffer).
 * One pass over the words: an ASCII word without digits (most words) is lower-cased and hashed
 * code unit by code unit, with no strings made; any other word goes the way of strings.
 */
export function readFeatures(text: string, opts: FeatureOptions, keys = ALL_KEYS): number {
  const raw = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  // the cue patterns below run only where claim-keys.ts finds their words (listed there too);
  // the keys are of the whole text: a word cut at MAX_CHARS may be another word in raw
  const cues = text.length > MAX_CHARS ? ALL_KEYS : keys;
  const end = raw.length;
  const lowers: string[] | null = opts.chars ? [] : null;
  let n = 0;
  // counts in BUCKET_NAMES order
  let digits = 0;
  let numWords = 0;
  let caps = 0;
  let hedges = 0;
  let first = 0;
  let firstPl = 0;
  let second = 0;
  let modals = 0;
  let quant = 0;
  let prevB = START_B;
  let i = 0;
  while (i < end) {
    let c = raw.charCodeAt(i);
    let j: number;
    let hw = W_STATE;
    let hb = B_STATE;
    let hbg = Math.imul(prevB ^ SPACE, FNV_PRIME);
    // hashed: the word is ASCII with no digit, lower-cased and hashed as it is scanned
    let hashed = false;
    if (isAsciiLetter(c)) {
      j = i;
      for (;;) {
        c |= 32;
        hw = Math.imul(hw ^ c, FNV_PRIME);
        hb = Math.imul(hb ^ c, FNV_PRIME);
        hbg = Math.imul(hbg ^ c, FNV_PRIME);
        if (++j === end) break;
        c = raw.charCodeAt(j);
        if (isAsciiLetter(c)) continue;
        if ((c === 39 || c === 46 || c === 44) && j + 1 < end && isAsciiLetter(raw.charCodeAt(j + 1))) {
          hw = Math.imul(hw ^ c, FNV_PRIME);
          hb = Math.imul(hb ^ c, FNV_PRIME);
          hbg = Math.imul(hbg ^ c, FNV_PRIME);
          c = raw.charCodeAt(++j);
          continue;
        }
        break;
      }
      // the word goes on with a digit or a non-ASCII letter: it is read as a string below
      const rest = j < end ? wordEnd(raw, j, end) : j;
      hashed = rest === j;
      j = rest;
    } else if (c === 36 || c === 37 || c === 63 || c === 33) {
      j = i + 1;
      hw = Math.imul(hw ^ c, FNV_PRIME);
      hb = Math.imul(hb ^ c, FNV_PRIME);
      hbg = Math.imul(hbg ^ c, FNV_PRIME);
      hashed = true;
    } else {
      const cp = raw.codePointAt(i)!;
      if (isLN(cp)) j = wordEnd(raw, i + (cp > 0xffff ? 2 : 1), end);
      else if (cp === 0x20ac || cp === 0xa3) j = i + 1;
      else {
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
    }
    let bits = 0;
    let digit = false;
    if (hashed) {
      bits = CUE_TABLE.get(hw, raw, i, j);
      if (lowers) lowers.push(raw.slice(i, j).toLowerCase());
    } else {
      const w = raw.slice(i, j);
      const l = w.toLowerCase();
      const lower = l.includes('’') ? l.replace(/’/g, "'") : l;
      digit = hasDigit(w);
      const shown = digit ? numShape(lower) : lower;
      hw = fnv1aFrom(W_STATE, shown);
      hb = fnv1aFrom(B_STATE, shown);
      hbg = fnv1aFrom(Math.imul(prevB ^ SPACE, FNV_PRIME), shown);
      bits = CUE_BITS.get(lower) ?? 0;
      if (lowers) lowers.push(lower);
    }
    wordFeatures[n] = (hw >>> 0) & MASK;
    bigramFeatures[n] = (hbg >>> 0) & MASK;
    prevB = hb;
    if (digit) digits++;
    if (bits & NUMBER_WORD) numWords++;
    if (n > 0 && !(bits & FIRST) && startsUpper(raw, i)) caps++;
    if (bits & HEDGE) hedges++;
    if (bits & FIRST) first++;
    if (bits & FIRST_PL) firstPl++;
    if (bits & SECOND) second++;
    if (bits & MODAL) modals++;
    if (bits & QUANT) quant++;
    n++;
    i = j;
  }
  count = 0;
  put(BIAS);
  if (opts.words) for (let w = 0; w < n; w++) put(wordFeatures[w]);
  if (opts.bigrams) {
    for (let w = 0; w < n; w++) put(bigramFeatures[w]);
    // 'b=' + prev + ' </s>'
    put((fnv1aFrom(Math.imul(prevB ^ SPACE, FNV_PRIME), '</s>') >>> 0) & MASK);
  }
  if (lowers) charFeatures(lowers);
  if (opts.cues) {
    put(BUCKETS[0][Math.min(digits, 3)]);
    put(BUCKETS[1][Math.min(numWords, 3)]);
    put(BUCKETS[2][Math.min(caps, 3)]);
    put(BUCKETS[3][Math.min(hedges, 3)]);
    put(BUCKETS[4][Math.min(first, 3)]);
    put(BUCKETS[5][Math.min(firstPl, 3)]);
    put(BUCKETS[6][Math.min(second, 3)]);
    put(BUCKETS[7][Math.min(modals, 3)]);
    put(BUCKETS[8][Math.min(quant, 3)]);
    put(n < 5 ? LEN.xs : n < 10 ? LEN.s : n < 20 ? LEN.m : n < 35 ? LEN.l : LEN.xl);
    if (raw.includes('?')) put(QUESTION);
    if (cues & CUE_PERCENT && /%|\bpercent\b/i.test(raw)) put(PERCENT);
    if (cues & CUE_MONEY && /[$€£]|\bdollars?\b/i.test(raw)) put(MONEY);
    if (cues & CUE_YEAR && /\b(?:1[89]|20)\d\d\b/.test(raw)) put(YEAR);
    if (cues & CUE_COMPARISON && /\b(?:more|less|fewer|higher|lower|bigger|smaller)\s+than\b/i.test(raw)) put(COMPARISON);
    if (cues & CUE_ATTRIBUTION && /\b(?:said|says|according to|reported)\b/i.test(raw)) put(ATTRIBUTION);
  }
  return count;
}

/** The buffer readFeatures fills (read it after the call: it may have grown). */
export function featureBuffer(): Int32Array {
  return features;
}

/** Calls `emit` with the hashed index of each feature of `text` (duplicates allowed). */
export function sentenceFeatures(text: string, opts: FeatureOptions, emit: (index: number) => void): void {
  const n = readFeatures(text, opts);
  const f = features;
  for (let k = 0; k < n; k++) emit(f[k]);
}

/**
 * 'c' + the n-grams (n = 3..5) of '<' + w + '>', hashed in place: the 4- and 5-gram at an offset
 * continue its 3-gram's hash; all 3-grams first, then 4, then 5 (the order the model's sum was
 * trained and scored in).
 */
function charFeatures(words: string[]): void {
  for (const w of words) {
    const len = w.length + 2;
    if (codes.length < len) codes = new Int32Array(len * 2);
    codes[0] = LT;
    for (let k = 0; k < w.length; k++) codes[k + 1] = w.charCodeAt(k);
    codes[len - 1] = GT;
    const starts = Math.min(len - 2, 40);
    for (let i = 0; i < starts; i++) {
      let h = Math.imul(C_STATE ^ codes[i], FNV_PRIME);
      h = Math.imul(h ^ codes[i + 1], FNV_PRIME);
      h = Math.imul(h ^ codes[i + 2], FNV_PRIME);
      grams3[i] = h;
      if (i + 3 < len) {
        h = Math.imul(h ^ codes[i + 3], FNV_PRIME);
        grams4[i] = h;
        if (i + 4 < len) grams5[i] = Math.imul(h ^ codes[i + 4], FNV_PRIME);
      }
    }
    for (let i = 0; i < starts; i++) put((grams3[i] >>> 0) & MASK);
    for (let i = 0; i + 4 <= len && i < 40; i++) put((grams4[i] >>> 0) & MASK);
    for (let i = 0; i + 5 <= len && i < 40; i++) put((grams5[i] >>> 0) & MASK);
  }
}

/**
 * The end of the word that starts with a letter or digit before `from`, by code points: a word
 * is letters and digits, joined by single ' ’ . or , ("U.S", "don't", "1,000").
 */
function wordEnd(s: string, from: number, end: number): number {
  let j = lnEnd(s, from, end);
  while (j + 1 < end) {
    const c = s.charCodeAt(j);
    if (c !== 39 && c !== 0x2019 && c !== 46 && c !== 44) break;
    const k = lnEnd(s, j + 1, end);
    if (k === j + 1) break;
    j = k;
  }
  return j;
}

function numShape(w: string): string {
  if (/^(1[89]|20)\d\d$/.test(w)) return '<year>';
  return '<num' + Math.min(w.replace(/\D/g, '').length, 6) + '>';
}
