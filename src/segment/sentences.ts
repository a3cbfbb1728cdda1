// Sentence boundaries over the token table. Blocks and line breaks always end a sentence;
// inside a line, a full stop, question or exclamation mark (with the closing quotes and
// brackets after it) ends one unless it belongs to an abbreviation or an initial, or the
// next word is lower-case.
import type { Span } from '../brief/types.js';
import { TokenFlag, TokenTable } from '../core/tokens.js';
import { MAYBE_TERMINAL, NON_TERMINAL, SENTENCE_STARTERS } from './abbreviations.js';

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›', '}']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '‹', '{', '„', '-', '–', '—', '•', '*']);

function lineBreakBetween(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** Splits tokens [first, last) into sentences; returns their char spans. */
export function splitSentences(text: string, t: TokenTable, first = 0, last = t.length): Span[] {
  const out: Span[] = [];
  let sentStart = first;
  const close = (endTok: number) => {
    if (endTok > sentStart) {
      out.push({ start: t.starts[sentStart], end: t.ends[endTok - 1] });
      t.flags[sentStart] |= TokenFlag.SentenceStart;
    }
    sentStart = endTok;
  };
  for (let i = first; i < last; i++) {
    if (i > sentStart && lineBreakBetween(text, t.ends[i - 1], t.starts[i])) {
      close(i);
    }
    // Only tokens that end in . ? ! or … can end a sentence: skip the rest without slicing.
    const lastCode = text.charCodeAt(t.ends[i] - 1);
    if (lastCode !== 46 && lastCode !== 63 && lastCode !== 33 && lastCode !== 0x2026) continue;
    const tok = text.slice(t.starts[i], t.ends[i]);
    let terminal = false;
    if (tok === '.' || tok === '?' || tok === '!' || tok === '…' || /^[.?!]{2,}$/.test(tok) || tok === '?!') {
      terminal = true;
    } else if (tok.endsWith('.') && tok.length > 1 && (t.flags[i] & (TokenFlag.Word | TokenFlag.Number))) {
      // An abbreviation that kept its full stop: "U.S." may end a sentence, "Mr." may not.
      const bare = tok.slice(0, -1).toLowerCase();
      if (!NON_TERMINAL.has(bare) && bare.length > 1) {
        const next = nextWord(text, t, i + 1, last);
        terminal = next !== null && (MAYBE_TERMINAL.has(bare) || bare.includes('.')) && SENTENCE_STARTERS.has(next.toLowerCase());
        if (next === null) terminal = true;
      }
    }
    if (!terminal) continue;
    // "1." or "a)" opening a line is a list marker, not a sentence.
    if (tok === '.' && i === sentStart + 1 && /^(\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})$/.test(text.slice(t.starts[i - 1], t.ends[i - 1]))) continue;
    // Absorb closing quotes and brackets, and further terminal marks.
    let j = i + 1;
    while (j < last) {
      const s = text.slice(t.starts[j], t.ends[j]);
      if ((CLOSERS.has(s) || s === '.' || s === '!' || s === '?') && !lineBreakBetween(text, t.ends[j - 1], t.starts[j])) {
        // A straight quote after a space opens the next sentence rather than closing this one.
        if ((s === '"' || s === "'") && (t.flags[j] & TokenFlag.SpaceBefore) && j + 1 < last &&
          !(t.flags[j + 1] & TokenFlag.SpaceBefore)) break;
        j++;
      } else break;
    }
    if (j >= last) {
      i = j - 1;
      continue;
    }
    if (lineBreakBetween(text, t.ends[j - 1], t.starts[j])) {
      close(j);
      i = j - 1;
      continue;
    }
    // The next sentence must begin like one: a capital, a digit, an opening quote or bracket.
    const nt = text.slice(t.starts[j], t.ends[j]);
    const c0 = nt[0];
    const startsLikeSentence =
      (t.flags[j] & TokenFlag.Capitalised) !== 0 ||
      (t.flags[j] & TokenFlag.Number) !== 0 ||
      OPENERS.has(c0) ||
      /^\p{Lu}/u.test(c0) ||
      (/^\p{L}/u.test(c0) && !/^\p{Ll}/u.test(c0));
    if (tok === '.' && i > first) {
      // "J. Smith": an initial split from its dot should not end the sentence.
      const prev = text.slice(t.starts[i - 1], t.ends[i - 1]);
      if (prev.length === 1 && /\p{Lu}/u.test(prev) && t.ends[i - 1] === t.starts[i]) continue;
    }
    if (startsLikeSentence && (t.flags[j] & TokenFlag.SpaceBefore || OPENERS.has(c0) || tok !== '.')) {
      close(j);
      i = j - 1;
    }
  }
  close(last);
  return out;
}

function nextWord(text: string, t: TokenTable, from: number, last: number): string | null {
  for (let k = from; k < last; k++) {
    if (t.flags[k] & (TokenFlag.Word | TokenFlag.Number)) return text.slice(t.starts[k], t.ends[k]);
    if (lineBreakBetween(text, t.ends[k - 1] ?? 0, t.starts[k])) return null;
  }
  return null;
}
