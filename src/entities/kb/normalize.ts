// The normalised key under which names are stored and looked up: case, accents, apostrophes,
// hyphens and a leading article do not distinguish names.

const COMBINING = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`´ʼ]/g;
const SEPARATORS = /[-‐‑–—_./,]+/g;
const SPACES = /\s+/g;

const PLAIN = /^[\x20-\x7e]*$/;

export function normKey(name: string): string {
  // Most names are plain ASCII: skip the (slow) Unicode decomposition for them.
  let s = PLAIN.test(name) ? name.toLowerCase() : name.normalize('NFKD').replace(COMBINING, '').toLowerCase();
  s = s.replace(/['’]s$/u, '');
  s = s.replace(APOSTROPHES, '').replace(SEPARATORS, ' ').replace(SPACES, ' ').trim();
  if (s.startsWith('the ')) s = s.slice(4);
  return s;
}
