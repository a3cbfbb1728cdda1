// The normalised key under which names are stored and looked up: case, accents, apostrophes,
// hyphens and a leading article do not distinguish names.

const COMBINING = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`´ʼ]/g;
const SEPARATORS = /[-‐‑–—_./,]+/g;
const SPACES = /\s+/g;

const PLAIN = /^[\x20-\x7e]*$/;

export function normKey(name: string): string {
  // Most names need nothing but lower case (and a leading article off): no regex runs for them.
  if (isPlainKey(name)) {
    const s = name.toLowerCase();
    return s.startsWith('the ') ? s.slice(4) : s;
  }
  // Most names are plain ASCII: skip the (slow) Unicode decomposition for them.
  let s = PLAIN.test(name) ? name.toLowerCase() : name.normalize('NFKD').replace(COMBINING, '').toLowerCase();
  s = s.replace(/['’]s$/u, '');
  s = s.replace(APOSTROPHES, '').replace(SEPARATORS, ' ').replace(SPACES, ' ').trim();
  if (s.startsWith('the ')) s = s.slice(4);
  return s;
}

/** Printable ASCII with none of the characters the rules above remove or replace, and single
 *  spaces between words only: the rules would only lower its case and drop a leading "the ". */
function isPlainKey(name: string): boolean {
  const n = name.length;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
    // ' ` - _ . / ,
    if (c === 39 || c === 96 || c === 45 || c === 95 || c === 46 || c === 47 || c === 44) return false;
    if (c === 32 && (i === 0 || i === n - 1 || name.charCodeAt(i - 1) === 32)) return false;
  }
  return true;
}
