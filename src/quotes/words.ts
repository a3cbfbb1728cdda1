// A light word split of a stretch of text with absolute offsets, for clause-level patterns
// (speaker phrases, cues). Punctuation marks are words of their own.
import { isLN, isUpper, lnEnd } from './letters.js';

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** The words as one pattern: the reference the scanner below must agree with (see the tests). */
export const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[.'’\-](?=[\p{L}\p{N}]))*\.?|[,;:()[\]"“”«»„‘’!?–—]|\.{1,3}/gu;

/** Whether a code unit is one of the marks that are words of their own: , ; : ( ) [ ] " “ ” « » „ ‘ ’ ! ? – —. */
function isMark(c: number): boolean {
  if (c < 128) return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 34 || c === 33 || c === 63;
  return c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e || c === 0x2018 || c === 0x2019 || c === 0x2013 || c === 0x2014;
}
/** Inside a word, one of . ' ’ - joins two letter-or-number runs ("U.S", "don't", "co-op"). */
const isJoiner = (c: number): boolean => c === 46 || c === 39 || c === 0x2019 || c === 45;

/** The code point at text[i]: the code unit itself unless it starts a surrogate pair. */
function codeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c < 0xdc00 ? text.codePointAt(i)! : c;
}

/**
 * The words of text[start, end) as WORD_RE finds them in that slice, scanned by hand: the
 * Unicode-property pattern was the quotes stage's hottest line.
 */
export function splitWords(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    const cp = codeAt(text, i);
    const width = cp > 0xffff ? 2 : 1;
    if (isLN(cp) && i + width <= end) {
      let j = lnEnd(text, i + width, end);
      // a joiner followed by letters or digits continues the word
      while (j + 1 < end && isJoiner(text.charCodeAt(j))) {
        const k = lnEnd(text, j + 1, end);
        if (k === j + 1) break;
        j = k;
      }
      if (j < end && text.charCodeAt(j) === 46) j++;
      push(out, text, i, j, mayChangeCase(text, i, j));
      i = j;
    } else if (isMark(cp)) {
      out.push(mk(i, text[i], false));
      i++;
    } else if (cp === 46) {
      let j = i + 1;
      while (j < end && j < i + 3 && text.charCodeAt(j) === 46) j++;
      out.push(mk(i, text.slice(i, j), false));
      i = j;
    } else i += width;
  }
  return out;
}

/** Whether text[i, j) may change when lower-cased: it has more than a-z, digits and the ASCII joiners. */
function mayChangeCase(text: string, i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 45)) return true;
  }
  return false;
}

/** A word match text[i, j), with a trailing period split off unless it marks an abbreviation. */
function push(out: Word[], text: string, i: number, j: number, mixed: boolean): void {
  let w = text.slice(i, j);
  // Keep a trailing period only on abbreviations like "Mr." or initials ("J.").
  if (w.length > 1 && w.endsWith('.') && !/^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Sgt|Rev|[A-Z])\.$/.test(w) && !/\..*\.$/.test(w)) {
    w = w.slice(0, -1);
    out.push(mk(i, w, mixed));
    out.push(mk(i + w.length, '.', false));
    return;
  }
  out.push(mk(i, w, mixed));
}

/** A word; `mixed` false when its text is its own lower case (a-z, digits, ASCII marks). */
function mk(start: number, text: string, mixed: boolean): Word {
  return { start, end: start + text.length, text, lower: mixed ? text.toLowerCase() : text };
}

/** Whether the word starts with an upper-case letter (/^\p{Lu}/u). */
export const isCap = (w: Word): boolean => w.text.length > 0 && isUpper(w.text.codePointAt(0)!);

/** Whether the word has no letter or digit (!/[\p{L}\p{N}]/u). */
export function isPunct(w: Word): boolean {
  const t = w.text;
  for (let i = 0; i < t.length; i++) {
    const c = t.codePointAt(i)!;
    if (isLN(c)) return false;
    if (c > 0xffff) i++;
  }
  return true;
}
