// Tokens as a flat table of typed arrays: the hot path of every stage, so no object per token.

export const enum TokenFlag {
  None = 0,
  /** The token starts a sentence. */
  SentenceStart = 1 << 0,
  /** Whitespace (or a block break) precedes the token. */
  SpaceBefore = 1 << 1,
  Word = 1 << 2,
  Number = 1 << 3,
  Punct = 1 << 4,
  Capitalised = 1 << 5,
  AllCaps = 1 << 6,
  /** The token starts a block (paragraph, heading, ...). */
  BlockStart = 1 << 7,
  Symbol = 1 << 8,
}

export class TokenTable {
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint16Array;
  length = 0;

  constructor(capacity = 256) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flags = new Uint16Array(capacity);
  }

  push(start: number, end: number, flags: number): number {
    if (this.length === this.starts.length) this.grow();
    const i = this.length++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.flags[i] = flags;
    return i;
  }

  private grow(): void {
    const cap = this.starts.length * 2 || 16;
    const s = new Int32Array(cap);
    s.set(this.starts);
    const e = new Int32Array(cap);
    e.set(this.ends);
    const f = new Uint16Array(cap);
    f.set(this.flags);
    this.starts = s;
    this.ends = e;
    this.flags = f;
  }

  text(source: string, i: number): string {
    return source.slice(this.starts[i], this.ends[i]);
  }

  has(i: number, flag: TokenFlag): boolean {
    return (this.flags[i] & flag) !== 0;
  }

  /** Index of the first token whose start is >= offset (binary search). */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Token indices [first, last) covering the char span [start, end). */
  range(start: number, end: number): [number, number] {
    let first = this.indexAt(start);
    if (first > 0 && this.ends[first - 1] > start) first--;
    const last = this.indexAt(end);
    return [first, last];
  }
}
