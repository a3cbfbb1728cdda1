// A light word split of a stretch of text with absolute offsets, for clause-level patterns
// (speaker phrases, cues). Punctuation marks are words of their own.

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[.'’\-](?=[\p{L}\p{N}]))*\.?|[,;:()[\]"“”«»„‘’!?–—]|\.{1,3}/gu;

export function splitWords(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const s = text.slice(start, end);
  for (const m of s.matchAll(WORD_RE)) {
    let w = m[0];
    // Keep a trailing period only on abbreviations like "Mr." or initials ("J.").
    if (w.length > 1 && w.endsWith('.') && !/^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Sgt|Rev|[A-Z])\.$/.test(w) && !/\..*\.$/.test(w)) {
      w = w.slice(0, -1);
      out.push(mk(start + m.index!, w));
      out.push(mk(start + m.index! + w.length, '.'));
      continue;
    }
    out.push(mk(start + m.index!, w));
  }
  return out;
}

function mk(start: number, text: string): Word {
  return { start, end: start + text.length, text, lower: text.toLowerCase() };
}

export const isCap = (w: Word) => /^\p{Lu}/u.test(w.text);
export const isPunct = (w: Word) => !/[\p{L}\p{N}]/u.test(w.text);
