// Whitespace as regular expressions' \s sees it, tested on one UTF-16 code unit without a regex.

/** The code unit is one /\s/ matches. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where the n-th run of non-space characters before `pos` starts (0 when there are fewer). */
export function runsBack(s: string, pos: number, n: number): number {
  let i = pos;
  for (let k = 0; k < n && i > 0; k++) {
    while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
    while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
  }
  return i;
}
