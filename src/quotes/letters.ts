// Unicode letter classes of code points without a regular expression per character: ASCII by
// range, the rest of the BMP through a table filled from the pattern on first sight.

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const UPPER = /^\p{Lu}$/u;
/** Per BMP code unit: bit 1 known, bit 2 \p{L} or \p{N}, bit 4 \p{Lu}. */
const bmpClass = new Uint8Array(0x10000);

function classOf(cp: number): number {
  let k = bmpClass[cp];
  if (k === 0) {
    const s = String.fromCharCode(cp);
    bmpClass[cp] = k = 1 | (LETTER_OR_NUMBER.test(s) ? 2 : 0) | (UPPER.test(s) ? 4 : 0);
  }
  return k;
}

/** Whether a code point is \p{L} or \p{N}. */
export function isLN(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  if (cp < 0x10000) return (classOf(cp) & 2) !== 0;
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}

/** Whether a code point is \p{Lu}. */
export function isUpper(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  if (cp < 0x10000) return (classOf(cp) & 4) !== 0;
  return UPPER.test(String.fromCodePoint(cp));
}

/**
 * The end of the run of \p{L} or \p{N} code points from s[from], each wholly before `end`: the
 * word scanners' inner loop, kept here so they make one call per run rather than one per letter.
 */
export function lnEnd(s: string, from: number, end: number): number {
  let j = from;
  while (j < end) {
    const c = s.charCodeAt(j);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
        j++;
        continue;
      }
      return j;
    }
    if (c < 0xd800 || c >= 0xdc00) {
      if ((classOf(c) & 2) === 0) return j;
      j++;
      continue;
    }
    const cp = s.codePointAt(j)!;
    if (cp <= 0xffff || j + 2 > end || !LETTER_OR_NUMBER.test(String.fromCodePoint(cp))) return j;
    j += 2;
  }
  return j;
}
