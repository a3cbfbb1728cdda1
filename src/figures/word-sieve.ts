// A quick pre-test of membership in a fixed list of lower-case words, from each word's first two
// letters and its length: the scanners ask about nearly every token, and most tokens are ruled
// out here without hashing the string. Exact as a pre-test: a word it rules out is not in the
// list; a word it lets through must still be looked up.

const LETTERS = 26;
/** Column of the second letter; the last column stands for a one-letter word. */
const COLS = LETTERS + 1;

export class WordSieve {
  /** For each (first letter, second letter or none): a bit for each length a listed word has. */
  private readonly bits = new Uint32Array(LETTERS * COLS);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const cell = cellOf(w, w.length);
      // a word outside the grid can only equal a query outside it, which mayHold lets through
      if (cell >= 0) this.bits[cell] |= 1 << w.length;
    }
  }

  /** False when w (or its first n characters) is surely not in the list. */
  mayHold(w: string, n = w.length): boolean {
    const cell = cellOf(w, n);
    return cell < 0 || ((this.bits[cell] >>> n) & 1) === 1;
  }
}

/** The grid cell of the first n (1 to 31) characters of w when they open with lower-case ASCII
 *  letters, else -1. */
function cellOf(w: string, n: number): number {
  if (n === 0 || n > 31) return -1;
  const c0 = w.charCodeAt(0) - 97;
  if (c0 < 0 || c0 >= LETTERS) return -1;
  if (n === 1) return c0 * COLS + LETTERS;
  const c1 = w.charCodeAt(1) - 97;
  if (c1 < 0 || c1 >= LETTERS) return -1;
  return c0 * COLS + c1;
}
