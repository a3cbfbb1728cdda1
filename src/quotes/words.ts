// A light word split of a stretch of text with absolute offsets, for clause-level patterns
// (speaker phrases, cues). Punctuation marks are words of their own.
import { isLN } from './letters.js';

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** The words as one pattern: the reference the scanner below must agree with (see the tests). */
export const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[.'’\-](?=[\p{L}\p{N}]))*\.?|[,;:()[\]"“”«»„‘’!?–—]|\.{1,3}/gu;

const PUNCT = new Set([...',;:()[]"“”«»„‘’!?–—'].map((c) => c.charCodeAt(0)));
/** Inside a word, one of . ' ’ - joins two letter-or-number runs ("U.S", "don't", "co-op"). */
const isJoiner = (c: number): boolean => c === 46 || c === 39 || c === 0x2019 || c === 45;

/**
 * The words of text[start, end) as WORD_RE finds them in that slice, scanned by hand: the
 * Unicode-property pattern was the quotes stage's hottest line.
 */
export function splitWords(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isLN(cp) && i + width <= end) {
      let j = i + width;
      while (j < end) {
        const c = text.codePointAt(j)!;
        const wc = c > 0xffff ? 2 : 1;
        if (isLN(c) && j + wc <= end) j += wc;
        else if (isJoiner(c) && j + 1 < end && isLN(text.codePointAt(j + 1)!) && j + 1 + (text.codePointAt(j + 1)! > 0xffff ? 2 : 1) <= end) j++;
        else break;
      }
      if (j < end && text.charCodeAt(j) === 46) j++;
      push(out, text, i, j);
      i = j;
    } else if (PUNCT.has(cp)) {
      out.push(mk(i, text[i]));
      i++;
    } else if (cp === 46) {
      let j = i + 1;
      while (j < end && j < i + 3 && text.charCodeAt(j) === 46) j++;
      out.push(mk(i, text.slice(i, j)));
      i = j;
    } else i += width;
  }
  return out;
}

/** A word match text[i, j), with a trailing period split off unless it marks an abbreviation. */
function push(out: Word[], text: string, i: number, j: number): void {
  let w = text.slice(i, j);
  // Keep a trailing period only on abbreviations like "Mr." or initials ("J.").
  if (w.length > 1 && w.endsWith('.') && !/^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Sgt|Rev|[A-Z])\.$/.test(w) && !/\..*\.$/.test(w)) {
    w = w.slice(0, -1);
    out.push(mk(i, w));
    out.push(mk(i + w.length, '.'));
    return;
  }
  out.push(mk(i, w));
}

function mk(start: number, text: string): Word {
  return { start, end: start + text.length, text, lower: text.toLowerCase() };
}

export const isCap = (w: Word) => /^\p{Lu}/u.test(w.text);
export const isPunct = (w: Word) => !/[\p{L}\p{N}]/u.test(w.text);
