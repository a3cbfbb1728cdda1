// Features of one sentence for the check-worthiness model: hashed word 1-2-grams, character
// 3-5-grams inside words, and cue features (numbers, capitalised names, hedges, person, modals).
// Hashing keeps the model a fixed-size weight table with no vocabulary to ship.

export const FEATURE_BITS = 20;
const MASK = (1 << FEATURE_BITS) - 1;

const FNV_SEED = 0x811c9dc5;

/** FNV-1a state after folding in s, starting from state h. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** FNV-1a over UTF-16 code units: deterministic and fast, enough for feature hashing. */
export function hashFeature(s: string): number {
  return (fnv(FNV_SEED, s) >>> 0) & MASK;
}

// Hash states after each feature's prefix, so the features are hashed without building strings:
// fnv(W_STATE, w) is the state of fnv(seed, 'w=' + w).
const W_STATE = fnv(FNV_SEED, 'w=');
const B_STATE = fnv(FNV_SEED, 'b=');
const C_STATE = fnv(FNV_SEED, 'c');
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

const WORD_RE = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*|[$%€£?!]/gu;
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

/** Whether s starts with an upper-case letter (/^\p{Lu}/u), without the regex for ASCII. */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s);
}

/** Code units of '<' + w + '>' for the character n-grams (reused between words). */
let codes = new Int32Array(64);
/** Hash states of the 3-, 4- and 5-grams at each of the first 40 offsets of a word. */
const grams3 = new Int32Array(40);
const grams4 = new Int32Array(40);
const grams5 = new Int32Array(40);

/** Calls `emit` with the hashed index of each feature of `text` (duplicates allowed). */
export function sentenceFeatures(text: string, opts: FeatureOptions, emit: (index: number) => void): void {
  const raw = text.length > 2000 ? text.slice(0, 2000) : text;
  const words: string[] = [];
  const shapes: string[] = [];
  const digit: boolean[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(raw); m !== null; m = WORD_RE.exec(raw)) {
    const w = m[0];
    const lower = w.toLowerCase();
    words.push(lower.includes('’') ? lower.replace(/’/g, "'") : lower);
    shapes.push(w);
    digit.push(hasDigit(w));
  }
  emit(BIAS);
  let shown: string[] = [];
  if (opts.words || opts.bigrams) {
    shown = new Array<string>(words.length);
    for (let i = 0; i < words.length; i++) shown[i] = digit[i] ? numShape(words[i]) : words[i];
  }
  if (opts.words) {
    for (const w of shown) emit((fnv(W_STATE, w) >>> 0) & MASK);
  }
  if (opts.bigrams) {
    // 'b=' + prev + ' ' + cur
    let prev = '<s>';
    for (const cur of shown) {
      emit((fnv(Math.imul(fnv(B_STATE, prev) ^ SPACE, 0x01000193), cur) >>> 0) & MASK);
      prev = cur;
    }
    emit(hashFeature('b=' + prev + ' </s>'));
  }
  if (opts.chars) {
    // 'c' + the n-grams (n = 3..5) of '<' + w + '>', hashed in place: the 4- and 5-gram at an
    // offset continue its 3-gram's hash; emitted all 3-grams first, then 4, then 5 (the order the
    // model's sum was trained and scored in)
    for (const w of words) {
      const len = w.length + 2;
      if (codes.length < len) codes = new Int32Array(len * 2);
      codes[0] = LT;
      for (let k = 0; k < w.length; k++) codes[k + 1] = w.charCodeAt(k);
      codes[len - 1] = GT;
      const starts = Math.min(len - 2, 40);
      for (let i = 0; i < starts; i++) {
        let h = Math.imul(C_STATE ^ codes[i], 0x01000193);
        h = Math.imul(h ^ codes[i + 1], 0x01000193);
        h = Math.imul(h ^ codes[i + 2], 0x01000193);
        grams3[i] = h;
        if (i + 3 < len) {
          h = Math.imul(h ^ codes[i + 3], 0x01000193);
          grams4[i] = h;
          if (i + 4 < len) grams5[i] = Math.imul(h ^ codes[i + 4], 0x01000193);
        }
      }
      for (let i = 0; i < starts; i++) emit((grams3[i] >>> 0) & MASK);
      for (let i = 0; i + 4 <= len && i < 40; i++) emit((grams4[i] >>> 0) & MASK);
      for (let i = 0; i + 5 <= len && i < 40; i++) emit((grams5[i] >>> 0) & MASK);
    }
  }
  if (opts.cues) cueFeatures(raw, words, shapes, digit, emit);
}

function numShape(w: string): string {
  if (/^(1[89]|20)\d\d$/.test(w)) return '<year>';
  return '<num' + Math.min(w.replace(/\D/g, '').length, 6) + '>';
}

function cueFeatures(raw: string, words: string[], shapes: string[], digit: boolean[], emit: (i: number) => void): void {
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
  for (let i = 0; i < words.length; i++) {
    const bits = CUE_BITS.get(words[i]) ?? 0;
    if (digit[i]) digits++;
    if (bits & NUMBER_WORD) numWords++;
    if (i > 0 && !(bits & FIRST) && startsUpper(shapes[i])) caps++;
    if (bits & HEDGE) hedges++;
    if (bits & FIRST) first++;
    if (bits & FIRST_PL) firstPl++;
    if (bits & SECOND) second++;
    if (bits & MODAL) modals++;
    if (bits & QUANT) quant++;
  }
  const counts = [digits, numWords, caps, hedges, first, firstPl, second, modals, quant];
  for (let k = 0; k < counts.length; k++) emit(BUCKETS[k][Math.min(counts[k], 3)]);
  const len = words.length;
  emit(len < 5 ? LEN.xs : len < 10 ? LEN.s : len < 20 ? LEN.m : len < 35 ? LEN.l : LEN.xl);
  if (raw.includes('?')) emit(QUESTION);
  if (/%|\bpercent\b/i.test(raw)) emit(PERCENT);
  if (/[$€£]|\bdollars?\b/i.test(raw)) emit(MONEY);
  if (/\b(?:1[89]|20)\d\d\b/.test(raw)) emit(YEAR);
  if (/\b(?:more|less|fewer|higher|lower|bigger|smaller)\s+than\b/i.test(raw)) emit(COMPARISON);
  if (/\b(?:said|says|according to|reported)\b/i.test(raw)) emit(ATTRIBUTION);
}
