// A tokenizer for news text, written over char codes for speed. Tokens follow CoNLL-style
// conventions: punctuation apart, possessive 's apart, hyphenated words and numbers with
// separators ("all-rounder", "263,000", "5.2", "1996-08-30") whole, abbreviations and
// initials with their full stop ("U.S.", "Mr.", "J.").
import { TokenFlag, TokenTable } from '../core/tokens.js';
import { NON_TERMINAL, MAYBE_TERMINAL } from './abbreviations.js';

const LETTER_RE = /\p{L}|\p{M}/u;
const PUNCT_RE = /^\p{P}$/u;
const PUNCT_ASCII = new Set([...'!"#%&\'()*,-./:;?@[\\]_{}'].map((c) => c.charCodeAt(0)));
const UPPER_RE = /\p{Lu}/u;
const DIGIT_RE = /\p{Nd}/u;

function isLetter(c: number, ch: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_RE.test(ch);
}
function isDigit(c: number, ch: string): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  return DIGIT_RE.test(ch);
}
function isSpace(c: number): boolean {
  // most code units are printable ASCII: they are answered by the first two tests
  if (c > 32 && c < 0x85) return false;
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x2009 ||
    c === 0x202f || c === 0x200b || c === 0xfeff || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x85;
}
function isUpper(c: number, ch: string): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(ch);
}
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Characters that can sit inside a word between letters: apostrophes, hyphens, the dot of "U.S". */
function wordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // ASCII (nearly every character of English news) without building the one-char string.
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return isLetter(c, text.slice(i, i + 2));
  return isLetter(c, text[i]) || isDigit(c, text[i]);
}

/**
 * Tokenizes `text[from, to)` into `table`. Flags mark words, numbers, punctuation, case,
 * and whether whitespace precedes the token.
 */
export function tokenize(text: string, table: TokenTable, from = 0, to = text.length): void {
  let i = from;
  let spaceBefore = true;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      spaceBefore = true;
      i++;
      continue;
    }
    const start = i;
    let flags = spaceBefore ? TokenFlag.SpaceBefore : 0;
    spaceBefore = false;
    if (wordChar(text, i)) {
      i = scanWord(text, i, to);
      // Possessive or clitic: split "Russia's" / "Russia’s" into "Russia" + "'s", "don't" into "do" + "n't",
      // "I've" into "I" + "'ve" (as Penn and CoNLL do; the tagger read "I've" as a name).
      const end = i - cliticLength(text, start, i);
      const tokEnd = end;
      // An abbreviation or an initial keeps its full stop.
      let withDot = tokEnd;
      if (tokEnd === i && text.charCodeAt(i) === 46 /* . */ && i + 1 <= to) {
        if (isAbbreviation(text, start, i)) withDot = i + 1;
      }
      flags |= wordFlags(text, start, tokEnd);
      table.push(start, withDot, flags);
      if (withDot > tokEnd) {
        i = withDot;
        continue;
      }
      if (end < i) table.push(end, i, TokenFlag.Word);
      continue;
    }
    // Ellipsis and dash runs stay whole.
    if (c === 46 && text.charCodeAt(i + 1) === 46) {
      while (i < to && text.charCodeAt(i) === 46) i++;
      table.push(start, i, flags | TokenFlag.Punct);
      continue;
    }
    if (c === 45 && text.charCodeAt(i + 1) === 45) {
      while (i < to && text.charCodeAt(i) === 45) i++;
      table.push(start, i, flags | TokenFlag.Punct);
      continue;
    }
    // Lone surrogate pairs (emoji) are one token.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) i += 2;
    else i++;
    const isPunct = c < 128 ? PUNCT_ASCII.has(c) : PUNCT_RE.test(text.slice(start, i));
    table.push(start, i, flags | (isPunct ? TokenFlag.Punct : TokenFlag.Symbol));
  }
}

/**
 * Length of the clitic ending the word text[start, end): "'s", "n't", "'m", "'d", "'ll", "'ve",
 * "'re" (either apostrophe, any case), or 0. The word must keep at least one character.
 */
function cliticLength(text: string, start: number, end: number): number {
  const n = end - start;
  if (n > 2 && isApostrophe(text.charCodeAt(end - 2))) {
    const last = text.charCodeAt(end - 1) | 32;
    if (last === 115 /* s */ || last === 109 /* m */ || last === 100 /* d */) return 2;
    if (last === 116 /* t */ && n > 3 && (text.charCodeAt(end - 3) | 32) === 110 /* n */) return 3;
    return 0;
  }
  if (n > 3 && isApostrophe(text.charCodeAt(end - 3))) {
    const a = text.charCodeAt(end - 2) | 32;
    const b = text.charCodeAt(end - 1) | 32;
    if ((a === 108 && b === 108) /* ll */ || (a === 118 && b === 101) /* ve */ || (a === 114 && b === 101) /* re */) return 3;
  }
  return 0;
}

/** Scans a word or number starting at i and returns its end. */
function scanWord(text: string, i: number, to: number): number {
  const start = i;
  while (i < to) {
    const c = text.charCodeAt(i);
    // ASCII letters and digits first: nearly every character of English news
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
        i++;
        continue;
      }
    } else if (wordChar(text, i)) {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      continue;
    }
    // Joiners: a character between two word characters that keeps them in one token.
    if (i + 1 < to && wordChar(text, i + 1) && i > start) {
      const prevDigit = isDigit(text.charCodeAt(i - 1), text[i - 1]);
      const nextDigit = isDigit(text.charCodeAt(i + 1), text[i + 1]);
      if (c === 45 || c === 0x2010 || c === 0x2011) {
        // Hyphen: "all-rounder", "1996-08-30", "Ak-47"; not "10-20" (a range, split for figures).
        if (!(prevDigit && nextDigit && !looksLikeIsoDate(text, start, to))) {
          i++;
          continue;
        }
      } else if ((c === 44 || c === 46) && prevDigit && nextDigit) {
        // Thousands separator or decimal point: "263,000", "5.2", "13.07.2024".
        i++;
        continue;
      } else if (isApostrophe(c) && !prevDigit) {
        i++;
        continue;
      } else if (c === 46 && isSingleLetterRun(text, start, i)) {
        // "U.S", "e.g": single letters separated by dots.
        i++;
        continue;
      } else if ((c === 47 || c === 58) && prevDigit && nextDigit) {
        // 13/07/2024, 10:30
        i++;
        continue;
      } else if (c === 38 && isUpper(text.charCodeAt(i - 1), text[i - 1]) && isUpper(text.charCodeAt(i + 1), text[i + 1])) {
        // AT&T
        i++;
        continue;
      }
    }
    break;
  }
  return i;
}

function looksLikeIsoDate(text: string, start: number, to: number): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(text.slice(start, Math.min(to, start + 10)));
}

/** True when text[start, i) is made of single letters each followed by a dot ("U.S", "e.g"). */
function isSingleLetterRun(text: string, start: number, i: number): boolean {
  // Every other char must be a dot, and the pieces single letters.
  for (let k = start; k < i; k++) {
    const odd = (k - start) % 2 === 1;
    const c = text.charCodeAt(k);
    if (odd ? c !== 46 : !isLetter(c, text[k])) return false;
  }
  return true;
}

function isAbbreviation(text: string, start: number, end: number): boolean {
  const w = text.slice(start, end);
  const lower = w.toLowerCase();
  if (w.length === 1 && isUpper(w.charCodeAt(0), w)) return true; // an initial: "J."
  if (w.includes('.') && isSingleLetterRun(text, start, end)) return true; // "U.S" + "."
  return NON_TERMINAL.has(lower) || MAYBE_TERMINAL.has(lower);
}

function wordFlags(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  const ch = text[start];
  let flags = 0;
  if (isDigit(c, ch)) flags |= TokenFlag.Number;
  else flags |= TokenFlag.Word;
  if (isUpper(c, ch)) {
    flags |= TokenFlag.Capitalised;
    let allCaps = end - start > 1;
    for (let k = start + 1; k < end && allCaps; k++) {
      const kc = text.charCodeAt(k);
      if (isLetter(kc, text[k]) && !isUpper(kc, text[k])) allCaps = false;
    }
    if (allCaps) flags |= TokenFlag.AllCaps;
  }
  return flags;
}
