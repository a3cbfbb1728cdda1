// String -> word id, for the tagger's word-type cache. Tokens arrive as fresh strings (slices
// of the document) whose hash V8 has not computed yet; a Map would compute it in the engine's
// slower runtime hash on every lookup. This table hashes the code units itself (FNV-1a, the
// tagger's string hash) and keeps the hashes, so a lookup reads the key only on a hash match.
import { hashRange } from './hash.js';

/** The hash a WordIndex keys `key` by (for callers that keep it to look up again). */
export function keyHash(key: string): number {
  return hashRange(key, 0, key.length) | 0;
}

export class WordIndex {
  /**
   * Two ints per slot: entry + 1 (0 when empty) and the entry's hash, so a probe reads the
   * hash on the slot's own cache line and only reads the key on a hash match.
   */
  private slots: Int32Array;
  private shift: number;
  private mask: number;
  /** Per entry: its key and id. */
  private keys: string[] = [];
  private ids: Int32Array;

  /** `bits`: log2 of the initial slot count (the table doubles as it fills). */
  constructor(bits = 14) {
    this.slots = new Int32Array(2 << bits);
    this.ids = new Int32Array(1 << (bits - 1));
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  get size(): number {
    return this.keys.length;
  }

  /** The id stored for `key`, or -1. */
  get(key: string): number {
    return this.getHashed(key, hashRange(key, 0, key.length) | 0);
  }

  /** get(key), given h = keyHash(key). */
  getHashed(key: string, h: number): number {
    const slots = this.slots;
    let s = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const e = slots[2 * s] - 1;
      if (e < 0) return -1;
      if (slots[2 * s + 1] === h && this.keys[e] === key) return this.ids[e];
      s = (s + 1) & this.mask;
    }
  }

  /** Stores `id` for `key` (replacing any id it had). */
  set(key: string, id: number): void {
    this.put(key, hashRange(key, 0, key.length) | 0, id, true);
  }

  /**
   * Stores `id` for `key` (h = keyHash(key)) unless it has one and `replace` is false;
   * returns the id `key` then has.
   */
  put(key: string, h: number, id: number, replace: boolean): number {
    const slots = this.slots;
    let s = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const e = slots[2 * s] - 1;
      if (e < 0) break;
      if (slots[2 * s + 1] === h && this.keys[e] === key) {
        if (replace) this.ids[e] = id;
        return this.ids[e];
      }
      s = (s + 1) & this.mask;
    }
    const e = this.keys.length;
    slots[2 * s] = e + 1;
    slots[2 * s + 1] = h;
    this.keys.push(key);
    if (e >= this.ids.length) {
      const ids = new Int32Array(this.ids.length * 2);
      ids.set(this.ids);
      this.ids = ids;
    }
    this.ids[e] = id;
    // At most half full: short probe runs.
    if (this.keys.length * 4 > this.slots.length) this.rehash(this.slots.length);
    return id;
  }

  clear(): void {
    this.keys = [];
    this.slots.fill(0);
  }

  /** Rebuilds the table with `size` slots. */
  private rehash(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * size);
    this.shift = 32 - Math.log2(size);
    this.mask = size - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (!old[k]) continue;
      let s = Math.imul(old[k + 1], 0x9e3779b1) >>> this.shift;
      while (this.slots[2 * s]) s = (s + 1) & this.mask;
      this.slots[2 * s] = old[k];
      this.slots[2 * s + 1] = old[k + 1];
    }
  }
}

/** Set<string>'s add and has over a WordIndex (for per-document word sets keyed by fresh strings). */
export class StringSet {
  private readonly index = new WordIndex(9);

  add(key: string): this {
    this.index.put(key, keyHash(key), 0, false);
    return this;
  }

  has(key: string): boolean {
    return this.index.get(key) >= 0;
  }

  /** has(key), given h = keyHash(key). */
  hasHashed(key: string, h: number): boolean {
    return this.index.getHashed(key, h) >= 0;
  }

  get size(): number {
    return this.index.size;
  }
}
