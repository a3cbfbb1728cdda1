// A light view over the token table for the figure stages: token text, lower case, case and
// the sentence and block each offset belongs to. Built once per document.
import type { Block, Span } from '../brief/types.js';
import type { TokenTable } from '../core/tokens.js';

export class TextView {
  readonly text: string;
  readonly tokens: TokenTable;
  readonly sentences: Span[];
  readonly blocks: Block[];
  private readonly words: string[];
  private readonly lowers: string[];
  /** Sentence index of each token. */
  readonly sentOf: Int32Array;
  /** CAP | WORD | LOWER_WORD | LETTERS of each token, judged once: the name and figure scans ask again and again. */
  private readonly cls: Uint8Array;

  constructor(text: string, tokens: TokenTable, sentences: Span[], blocks: Block[]) {
    this.text = text;
    this.tokens = tokens;
    this.sentences = sentences;
    this.blocks = blocks;
    this.words = new Array(tokens.length);
    this.lowers = new Array(tokens.length);
    this.sentOf = new Int32Array(tokens.length);
    this.cls = new Uint8Array(tokens.length);
    let s = 0;
    for (let i = 0; i < tokens.length; i++) {
      const w = text.slice(tokens.starts[i], tokens.ends[i]);
      this.words[i] = w;
      const a = asciiClass(w);
      if (a >= 0) {
        // an ASCII token: classed in one pass, lower-cased only when it has a capital
        this.lowers[i] = a & HAS_UPPER ? w.toLowerCase() : w;
        this.cls[i] = a & (CAP | WORD | LOWER_WORD | LETTERS);
      } else {
        const l = w.toLowerCase();
        this.lowers[i] = l.includes('’') ? l.replace(/’/g, "'") : l;
        // (a letter beyond ASCII may lower-case into ASCII: the Kelvin sign into "k")
        this.cls[i] = (capWord(w) ? CAP : 0) | (isWordText(w) ? WORD : 0) | (isLowerWordText(w) ? LOWER_WORD : 0) | (asciiLetters(l) ? LETTERS : 0);
      }
      const start = tokens.starts[i];
      while (s < sentences.length && sentences[s].end <= start) s++;
      this.sentOf[i] = s < sentences.length && sentences[s].start <= start ? s : -1;
    }
  }

  get length(): number {
    return this.tokens.length;
  }
  word(i: number): string {
    return i >= 0 && i < this.words.length ? this.words[i] : '';
  }
  lower(i: number): string {
    return i >= 0 && i < this.lowers.length ? this.lowers[i] : '';
  }
  start(i: number): number {
    return this.tokens.starts[i];
  }
  end(i: number): number {
    return this.tokens.ends[i];
  }
  /** True when whitespace separates token i from the token before it. */
  spaceBefore(i: number): boolean {
    return i <= 0 || this.tokens.starts[i] > this.tokens.ends[i - 1];
  }
  isCap(i: number): boolean {
    return i >= 0 && i < this.cls.length && (this.cls[i] & CAP) !== 0;
  }
  /** isCap(i) && isWord(i), in one read. */
  isCapWord(i: number): boolean {
    return i >= 0 && i < this.cls.length && (this.cls[i] & (CAP | WORD)) === (CAP | WORD);
  }
  isWord(i: number): boolean {
    return i >= 0 && i < this.cls.length && (this.cls[i] & WORD) !== 0;
  }
  isLowerWord(i: number): boolean {
    return i >= 0 && i < this.cls.length && (this.cls[i] & LOWER_WORD) !== 0;
  }
  /** The token's lower case is ASCII letters only (/^[a-z]+$/): most words, which the figure
   *  scanner passes over after one lookup. */
  isLetters(i: number): boolean {
    return i >= 0 && i < this.cls.length && (this.cls[i] & LETTERS) !== 0;
  }
  /**
   * Whether the text writes word `l` (lower case) as a lower-case word somewhere. The first few
   * questions scan the tokens, unless the key of no lower-case word has l's bit in a small bit
   * set (most questions are about names, which ask no further); after LOWER_SCANS of them, a set
   * of every lower-case word answers (building that set for every document cost more than the
   * few questions most ask).
   */
  writesLower(l: string): boolean {
    if (this.lowerSet) return this.lowerSet.has(l);
    if (++this.lowerAsks > LOWER_SCANS) {
      const seen = new Set<string>();
      for (let i = 0; i < this.cls.length; i++) if (this.cls[i] & LOWER_WORD) seen.add(this.lowers[i]);
      this.lowerSet = seen;
      return seen.has(l);
    }
    this.keys ??= this.lowerKeys();
    const bit = bloomBit(wordKey(l));
    if ((this.lowerBits![bit >>> 5] & (1 << (bit & 31))) === 0) return false;
    for (let i = this.nextWithLower(l, 0); i >= 0; i = this.nextWithLower(l, i + 1)) if (this.cls[i] & LOWER_WORD) return true;
    return false;
  }
  private lowerSet: Set<string> | null = null;
  private lowerAsks = 0;

  /** The first token at or after `from` whose lower case is `l`, or -1. A scan of the tokens'
   *  integer keys (length and end characters) compares few strings and hashes none. */
  nextWithLower(l: string, from: number): number {
    const keys = (this.keys ??= this.lowerKeys());
    const k = wordKey(l);
    for (let i = Math.max(0, from); i < keys.length; i++) if (keys[i] === k && this.lowers[i] === l) return i;
    return -1;
  }
  /** Each token's wordKey. */
  private keys: Int32Array | null = null;
  /** A bit (bloomBit) for the key of each lower-case word: set with `keys`. */
  private lowerBits: Int32Array | null = null;
  private lowerKeys(): Int32Array {
    const n = this.lowers.length;
    const keys = new Int32Array(n);
    const bits = new Int32Array(BLOOM_WORDS);
    for (let i = 0; i < n; i++) {
      const k = wordKey(this.lowers[i]);
      keys[i] = k;
      if (this.cls[i] & LOWER_WORD) {
        const bit = bloomBit(k);
        bits[bit >>> 5] |= 1 << (bit & 31);
      }
    }
    this.lowerBits = bits;
    return keys;
  }

  /** Token range [first, last) of sentence s (found once: a sentence with figures is asked again
   *  for each figure and each name in it). Not to be modified. */
  sentenceTokens(s: number): [number, number] {
    const known = (this.sentenceRanges ??= new Array(this.sentences.length));
    return (known[s] ??= this.tokens.range(this.sentences[s].start, this.sentences[s].end));
  }
  private sentenceRanges: ([number, number] | undefined)[] | null = null;
  /** The block containing the offset, or undefined. */
  blockAt(offset: number): Block | undefined {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const b = this.blocks[mid];
      if (offset < b.start) hi = mid - 1;
      else if (offset >= b.end) lo = mid + 1;
      else return b;
    }
    return undefined;
  }
  /** The lower-cased words of tokens [a, b) joined by single spaces. */
  phrase(a: number, b: number): string {
    const out: string[] = [];
    for (let i = Math.max(0, a); i < Math.min(b, this.length); i++) out.push(this.lowers[i]);
    return out.join(' ');
  }
}

/** Questions writesLower answers by scanning before it builds its set (keeps it linear). */
const LOWER_SCANS = 24;
const CAP = 1;
const WORD = 2;
const LOWER_WORD = 4;
const LETTERS = 16;
/** 32-bit words of the bit set of lower-case words' keys (2048 bits: a document's few hundred
 *  distinct words leave most of them clear). */
const BLOOM_WORDS = 64;
/** The bit of a word key in that set. */
function bloomBit(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 21;
}
/** A word's length and the low bytes of its first and last characters in one integer: words with
 *  different keys differ. */
function wordKey(w: string): number {
  const n = w.length;
  return (Math.min(n, 0x7fff) << 16) | ((w.charCodeAt(0) & 0xff) << 8) | (w.charCodeAt(n - 1) & 0xff);
}
/** (asciiClass only) the word has an upper-case letter. */
const HAS_UPPER = 8;

/** CAP | WORD | LOWER_WORD | LETTERS | HAS_UPPER of an all-ASCII, non-empty word in one pass over
 *  its characters (as capWord, isWordText, isLowerWordText and asciiLetters judge it); -1 for any
 *  other word. */
function asciiClass(w: string): number {
  const n = w.length;
  if (n === 0) return -1;
  const c0 = w.charCodeAt(0);
  if (c0 >= 128) return -1;
  const upper0 = c0 >= 65 && c0 <= 90;
  const lower0 = c0 >= 97 && c0 <= 122;
  let upper = upper0;
  // the rest: letters, apostrophes and hyphens (tail), full stops too (dotted), letters only (letters)
  let tail = true;
  let dotted = true;
  let letters = upper0 || lower0;
  for (let k = 1; k < n; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) continue;
    else if (c === 39 || c === 45) letters = false;
    else if (c === 46) tail = letters = false;
    else tail = dotted = letters = false;
  }
  return (upper0 ? CAP : 0) | ((upper0 || lower0) && dotted ? WORD : 0) | (lower0 && tail ? LOWER_WORD : 0) | (letters ? LETTERS : 0) | (upper ? HAS_UPPER : 0);
}

/** /^[a-z]+$/ without the regex. */
function asciiLetters(l: string): boolean {
  for (let k = 0; k < l.length; k++) {
    const c = l.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return l.length > 0;
}

// The case tests look at the first character without a regex when it is ASCII (most tokens).
/** The word starts with an upper-case letter (and has a letter). */
function capWord(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w) && /\p{L}/u.test(w);
}
/** A letter, then letters, marks, apostrophes, hyphens or full stops. */
function isWordText(w: string): boolean {
  const c = w.charCodeAt(0) | 0x20;
  if (w.charCodeAt(0) < 128 && !(c >= 97 && c <= 122)) return false;
  const ascii = asciiWordTail(w, true);
  return ascii !== undefined ? ascii : /^\p{L}[\p{L}\p{M}'’.-]*$/u.test(w);
}
/** A lower-case letter, then letters, marks, apostrophes or hyphens. */
function isLowerWordText(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128 && !(c >= 97 && c <= 122)) return false;
  const ascii = asciiWordTail(w, false);
  return ascii !== undefined ? ascii : /^\p{Ll}[\p{L}\p{M}'’-]*$/u.test(w);
}

/** For a word whose first character is an ASCII letter: whether the rest are letters, apostrophes
 *  or hyphens (and full stops when `dots`), answered without a regex while the word is ASCII;
 *  undefined at the first non-ASCII character, which the Unicode regex must judge. */
function asciiWordTail(w: string, dots: boolean): boolean | undefined {
  if (!(w.charCodeAt(0) < 128)) return undefined; // (an empty word too)
  for (let k = 1; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128) return undefined;
    const lc = c | 0x20;
    if ((lc >= 97 && lc <= 122) || c === 39 || c === 45 || (dots && c === 46)) continue;
    return false;
  }
  return true;
}
