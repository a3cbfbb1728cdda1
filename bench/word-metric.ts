// WCXB's word metric, shared by the extraction eval and the block filter's training: lower-cased
// \w+ tokens counted as a multiset.
const WORD_RE = /[\p{L}\p{N}\p{M}_]+/gu;

/** The metric's tokens of s, lower-cased. */
export function metricWords(s: string): string[] {
  return s.toLowerCase().match(WORD_RE) ?? [];
}

/** Each word with its count. */
export function wordBag(words: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}
