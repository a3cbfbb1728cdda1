// Normal forms used to compare names and phrases across articles: case, diacritics and
// punctuation folded, so "Lukashenka's" and "LUKASHENKA" meet.

const MAX_NAME = 200;

/** A name folded for matching: NFKD without marks, lower case, runs of non-letters to one space. */
export function normName(s: string): string {
  return s
    .slice(0, MAX_NAME)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const PHRASE_STOP = new Set(['the', 'a', 'an', 'of', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'some', 'all', 'total', 'number']);

/** A noun phrase folded for matching: normName, function words dropped, plurals singular. */
export function normPhrase(s: string): string {
  return normName(s)
    .split(' ')
    .filter((w) => w && !PHRASE_STOP.has(w))
    .map(singular)
    .join(' ');
}

function singular(w: string): string {
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}
