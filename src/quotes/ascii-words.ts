// A fixed set of lower-case ASCII words, each with a value, looked up while scanning text by the
// FNV-1a state of a stretch lower-cased on the fly: no substring is made; a comparison of the
// code units confirms the hash's candidate.

import { fnv1aFrom } from '../core/hash.js';

export class AsciiWordTable {
  private readonly words: string[];
  private readonly values: number[];
  private readonly hashes: Int32Array;
  /** Slot -> index in words + 1, 0 empty. */
  private readonly slots: Int16Array;
  private readonly mask: number;

  /** `seed`: the FNV state the scanner starts each word from. */
  constructor(seed: number, entries: Iterable<[string, number]>) {
    this.words = [];
    this.values = [];
    for (const [w, v] of entries) {
      this.words.push(w);
      this.values.push(v);
    }
    let size = 16;
    while (size < this.words.length * 4) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.slots = new Int16Array(size);
    this.words.forEach((w, k) => {
      const h = fnv1aFrom(seed, w);
      let slot = h & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.hashes[slot] = h;
      this.slots[slot] = k + 1;
    });
  }

  /** The value of the word s[i, j), lower-cased in ASCII, whose FNV state from the seed is h; 0 if it is none of the words. */
  get(h: number, s: string, i: number, j: number): number {
    for (let slot = h & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] !== h) continue;
      const k = this.slots[slot] - 1;
      const w = this.words[k];
      if (w.length !== j - i) continue;
      let n = 0;
      while (n < w.length) {
        let c = s.charCodeAt(i + n);
        if (c >= 65 && c <= 90) c += 32;
        if (c !== w.charCodeAt(n)) break;
        n++;
      }
      if (n === w.length) return this.values[k];
    }
    return 0;
  }
}
