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
const HEDGES = new Set(['maybe', 'perhaps', 'might', 'probably', 'possibly', 'seems', 'hope', 'believe', 'think', 'feel', 'guess', 'suppose', 'wish']);
const FIRST = new Set(['i', 'me', 'my', 'mine', "i'm", "i've", "i'll", "i'd"]);
const FIRST_PL = new Set(['we', 'us', 'our', "we're", "we've", "we'll"]);
const SECOND = new Set(['you', 'your', "you're", "you've", 'yours']);
const MODALS = new Set(['will', 'would', 'should', 'must', 'can', 'could', 'shall', "won't", "'ll", 'going']);
const QUANT = new Set(['percent', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'half', 'twice', 'times', 'dollars', 'tax', 'taxes', 'jobs', 'deficit', 'budget', 'increase', 'increased', 'cut', 'cuts', 'voted', 'vote', 'rate', 'rates', 'more', 'less', 'fewer', 'most', 'least', 'highest', 'lowest', 'largest', 'record', 'since', 'ago', 'last', 'years']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'hundred', 'thousand', 'million', 'billion', 'trillion']);

/** Calls `emit` with the hashed index of each feature of `text` (duplicates allowed). */
export function sentenceFeatures(text: string, opts: FeatureOptions, emit: (index: number) => void): void {
  const raw = text.length > 2000 ? text.slice(0, 2000) : text;
  const words: string[] = [];
  const shapes: string[] = [];
  for (const m of raw.matchAll(WORD_RE)) {
    const w = m[0];
    words.push(w.toLowerCase().replace(/’/g, "'"));
    shapes.push(w);
  }
  emit(hashFeature('bias'));
  const shown = opts.words || opts.bigrams ? words.map((w) => (/\d/.test(w) ? numShape(w) : w)) : [];
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
    // 'c' + the n-grams (n = 3..5) of '<' + w + '>', hashed in place
    for (const w of words) {
      const len = w.length + 2;
      for (let n = 3; n <= 5; n++) {
        for (let i = 0; i + n <= len && i < 40; i++) {
          let h = C_STATE;
          for (let k = i; k < i + n; k++) {
            h ^= k === 0 ? LT : k === len - 1 ? GT : w.charCodeAt(k - 1);
            h = Math.imul(h, 0x01000193);
          }
          emit((h >>> 0) & MASK);
        }
      }
    }
  }
  if (opts.cues) cueFeatures(raw, words, shapes, emit);
}

function numShape(w: string): string {
  if (/^(1[89]|20)\d\d$/.test(w)) return '<year>';
  return '<num' + Math.min(w.replace(/\D/g, '').length, 6) + '>';
}

function cueFeatures(raw: string, words: string[], shapes: string[], emit: (i: number) => void): void {
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
    const w = words[i];
    if (/\d/.test(w)) digits++;
    if (NUMBER_WORDS.has(w)) numWords++;
    if (i > 0 && /^\p{Lu}/u.test(shapes[i]) && !FIRST.has(w)) caps++;
    if (HEDGES.has(w)) hedges++;
    if (FIRST.has(w)) first++;
    if (FIRST_PL.has(w)) firstPl++;
    if (SECOND.has(w)) second++;
    if (MODALS.has(w)) modals++;
    if (QUANT.has(w)) quant++;
  }
  const bucket = (name: string, n: number) => emit(hashFeature('q:' + name + '=' + (n >= 3 ? '3+' : String(n))));
  bucket('digits', digits);
  bucket('numwords', numWords);
  bucket('caps', caps);
  bucket('hedges', hedges);
  bucket('first', first);
  bucket('firstpl', firstPl);
  bucket('second', second);
  bucket('modals', modals);
  bucket('quant', quant);
  const len = words.length;
  emit(hashFeature('q:len=' + (len < 5 ? 'xs' : len < 10 ? 's' : len < 20 ? 'm' : len < 35 ? 'l' : 'xl')));
  if (raw.includes('?')) emit(hashFeature('q:question'));
  if (/%|\bpercent\b/i.test(raw)) emit(hashFeature('q:percent'));
  if (/[$€£]|\bdollars?\b/i.test(raw)) emit(hashFeature('q:money'));
  if (/\b(?:1[89]|20)\d\d\b/.test(raw)) emit(hashFeature('q:year'));
  if (/\b(?:more|less|fewer|higher|lower|bigger|smaller)\s+than\b/i.test(raw)) emit(hashFeature('q:comparison'));
  if (/\b(?:said|says|according to|reported)\b/i.test(raw)) emit(hashFeature('q:attribution'));
}
