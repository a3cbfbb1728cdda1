// Token normalisation shared by training (CoNLL tokens) and run time (dossier's tokens), so
// that curly quotes, dashes and digits look the same to the features in both.

/** Curly quotes and apostrophes, dashes and minus signs to their ASCII forms. */
export function normalizeToken(t: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let r = -1;
    if (c === 0x2019 || c === 0x2018 || c === 0x201b || c === 0x2032 || c === 0x60 || c === 0xb4) r = 39;
    else if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb) r = 34;
    else if (c === 0x2013 || c === 0x2014 || c === 0x2212 || c === 0x2010 || c === 0x2011) r = 45;
    if (r >= 0) {
      if (!changed) out = t.slice(0, i);
      changed = true;
      out += String.fromCharCode(r);
    } else if (changed) out += t[i];
  }
  const s = changed ? out : t;
  // CoNLL writes double quotes as `` and ''.
  if (s === "''" || s === '``') return '"';
  return s;
}

/** Digits folded to 0, so numbers share features ("1996" and "2024" look alike). */
export function foldDigits(t: string): string {
  return t.replace(/[0-9]/g, '0');
}

function charClass(c: number, ch: string): string {
  if (c >= 65 && c <= 90) return 'X';
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 48 && c <= 57) return 'd';
  if (c < 128) return ch;
  if (ch.toLowerCase() !== ch) return 'X';
  if (ch.toUpperCase() !== ch) return 'x';
  return c >= 0x2000 && c <= 0x206f ? ch : 'o';
}

/** Word shape with runs of one class cut to two characters: "Berlin" -> "Xxx", "1996" -> "dd". */
export function shapeOf(t: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < t.length && out.length < 12; i++) {
    const k = charClass(t.charCodeAt(i), t[i]);
    if (k === last) {
      if (++run > 2) continue;
    } else {
      last = k;
      run = 1;
    }
    out += k;
  }
  return out;
}

/** The code unit charClass gives (one UTF-16 unit in every case). */
function classCode(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c >= 65 && c <= 90) return 88;
  if (c >= 97 && c <= 122) return 120;
  if (c >= 48 && c <= 57) return 100;
  if (c < 128) return c;
  return charClass(c, t[i]).charCodeAt(0);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** hashString(shapeOf(t)), without building the shape. */
export function shapeHash(t: string): number {
  let h = FNV_OFFSET;
  let len = 0;
  let last = -1;
  let run = 0;
  for (let i = 0; i < t.length && len < 12; i++) {
    const k = classCode(t, i);
    if (k === last) {
      if (++run > 2) continue;
    } else {
      last = k;
      run = 1;
    }
    h = Math.imul(h ^ k, FNV_PRIME);
    len++;
  }
  return h >>> 0;
}

/** hashString(shortShapeOf(t)), without building the shape. */
export function shortShapeHash(t: string): number {
  let h = FNV_OFFSET;
  let len = 0;
  let last = -1;
  for (let i = 0; i < t.length && len < 10; i++) {
    const k = classCode(t, i);
    if (k !== last) {
      h = Math.imul(h ^ k, FNV_PRIME);
      len++;
    }
    last = k;
  }
  return h >>> 0;
}

/** Shape with every run cut to one: "Berlin" -> "Xx", "U.S." -> "X.X.". */
export function shortShapeOf(t: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < t.length && out.length < 10; i++) {
    const k = charClass(t.charCodeAt(i), t[i]);
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

export function isCapitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  if (!(c >= 128)) return c >= 65 && c <= 90; // ASCII fast path; NaN (empty string) gives false
  const ch = t[0];
  return ch.toLowerCase() !== ch;
}

/** True when the token has letters and none of them is lower-case. */
export function isAllCaps(t: string): boolean {
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 128) {
      // ASCII fast path: the same answers as the case mappings below.
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letters++;
      continue;
    }
    const ch = t[i];
    const lo = ch.toLowerCase();
    if (lo !== ch) letters++;
    else if (ch.toUpperCase() !== ch) return false;
  }
  return letters > 0;
}

/** "RUSSIA" -> "Russia". */
export function titleCase(t: string): string {
  return t.length ? t[0] + t.slice(1).toLowerCase() : t;
}
