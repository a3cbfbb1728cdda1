// The name a mention spells, without a leading article or a trailing possessive.
import type { Span } from '../../brief/types.js';
import { normKey } from '../kb/normalize.js';

const LEADING_THE = /^(?:the|The|THE)\s+/;
const POSSESSIVE = /['’]s?$/;

export function surfaceOf(text: string, m: Span): string {
  let s = text.slice(m.start, m.end).replace(/\s+/g, ' ').trim();
  s = s.replace(LEADING_THE, '');
  if (POSSESSIVE.test(s) && s.length > 3) s = s.replace(POSSESSIVE, '');
  return s;
}

export function keyOf(text: string, m: Span): string {
  return normKey(surfaceOf(text, m));
}

/** surfaceOf and keyOf for one text, each span's answer computed once: the stage asks for the
 *  same mention's key while linking, clustering and noting spellings. */
export interface SpanNames {
  surface(m: Span): string;
  key(m: Span): string;
}

export function spanNames(text: string): SpanNames {
  const surfaces = new Map<number, string>();
  const keys = new Map<number, string>();
  // one number per span: exact while text.length² stays below 2^53 (any text the reader accepts)
  const id = (m: Span) => m.start * (text.length + 1) + m.end;
  const surface = (m: Span): string => {
    const i = id(m);
    let s = surfaces.get(i);
    if (s === undefined) surfaces.set(i, (s = surfaceOf(text, m)));
    return s;
  };
  return {
    surface,
    key(m) {
      const i = id(m);
      let k = keys.get(i);
      if (k === undefined) keys.set(i, (k = normKey(surface(m))));
      return k;
    },
  };
}

/** Person-name titles that do not belong to the name ("Mr Blair", "President Putin"). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'president', 'prime', 'minister', 'general', 'gen',
  'colonel', 'col', 'major', 'captain', 'chancellor', 'secretary', 'senator', 'sen', 'rep', 'governor', 'gov',
  'mayor', 'judge', 'prof', 'professor', 'commander', 'marshal', 'king', 'queen', 'prince', 'princess', 'pope',
  'chief', 'deputy', 'premier', 'dame', 'rev', 'father', 'lt', 'sgt',
]);

/** The name words of a person key, titles removed ("mr tony blair" -> ["tony", "blair"]).
 *  The same keys recur in every comparison of a document and across documents: each answer is
 *  kept (shared: callers only read it). */
export function personWords(key: string): readonly string[] {
  let words = PERSON_WORDS.get(key);
  if (!words) {
    if (PERSON_WORDS.size >= PERSON_WORDS_MAX) PERSON_WORDS.clear();
    PERSON_WORDS.set(key, (words = splitPersonWords(key)));
  }
  return words;
}

const PERSON_WORDS = new Map<string, readonly string[]>();
const PERSON_WORDS_MAX = 50_000;

function splitPersonWords(key: string): string[] {
  const words = key.split(' ').filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && TITLES.has(words[i])) i++;
  return words.slice(i);
}
