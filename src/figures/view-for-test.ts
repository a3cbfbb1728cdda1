// A TextView over given words, for the figures folder's tests.
import { TokenTable } from '../core/tokens.js';
import { TextView } from './text-view.js';

/** A view of the words joined by single spaces, one token each, in one sentence. */
export function viewOfWords(words: readonly string[]): TextView {
  const text = words.join(' ');
  const t = new TokenTable();
  let at = 0;
  for (const w of words) {
    t.push(at, at + w.length, 0);
    at += w.length + 1;
  }
  return new TextView(text, t, [{ start: 0, end: text.length }], []);
}
