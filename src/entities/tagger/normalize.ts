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
  const ch = t[0];
  return ch !== undefined && ch.toLowerCase() !== ch;
}

/** True when the token has letters and none of them is lower-case. */
export function isAllCaps(t: string): boolean {
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
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
