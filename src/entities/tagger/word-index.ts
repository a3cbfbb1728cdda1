// String -> word id, for the tagger's word-type cache. Tokens arrive as fresh strings (slices
// of the document) whose hash V8 has not computed yet; a Map would compute it in the engine's
// slower runtime hash on every lookup. This table hashes the code units itself (FNV-1a, the
// tagger's string hash) and keeps the hashes, so a lookup reads the key only on a hash match.
import { hashRange } from './hash.js';

export class WordIndex {
  /** id + 1 per slot, 0 when empty. */
  private slots: Int32Array;
  private shift: number;
  private mask: number;
  /** Per entry: its key, hash and id. */
  private keys: string[] = [];
  private hashes: number[] = [];
  private ids: number[] = [];

  /** `bits`: log2 of the initial slot count (the table doubles as it fills). */
  constructor(bits = 14) {
    this.slots = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  get size(): number {
    return this.keys.length;
  }

  /** The id stored for `key`, or -1. */
  get(key: string): number {
    const h = hashRange(key, 0, key.length) | 0;
    const slots = this.slots;
    let s = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const e = slots[s] - 1;
      if (e < 0) return -1;
      if (this.hashes[e] === h && this.keys[e] === key) return this.ids[e];
      s = (s + 1) & this.mask;
    }
  }

  /** Stores `id` for `key` (replacing any id it had). */
  set(key: string, id: number): void {
    const h = hashRange(key, 0, key.length) | 0;
    let s = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const e = this.slots[s] - 1;
      if (e < 0) break;
      if (this.hashes[e] === h && this.keys[e] === key) {
        this.ids[e] = id;
        return;
      }
      s = (s + 1) & this.mask;
    }
    this.slots[s] = this.keys.length + 1;
    this.keys.push(key);
    this.hashes.push(h);
    this.ids.push(id);
    // At most half full: short probe runs.
    if (this.keys.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
  }

  clear(): void {
    this.keys = [];
    this.hashes = [];
    this.ids = [];
    this.slots.fill(0);
  }

  private rehash(size: number): void {
    const bits = Math.log2(size);
    this.slots = new Int32Array(size);
    this.shift = 32 - bits;
    this.mask = size - 1;
    for (let e = 0; e < this.keys.length; e++) {
      let s = Math.imul(this.hashes[e], 0x9e3779b1) >>> this.shift;
      while (this.slots[s]) s = (s + 1) & this.mask;
      this.slots[s] = e + 1;
    }
  }
}

/** Set<string>'s add and has over a WordIndex (for per-document word sets keyed by fresh strings). */
export class StringSet {
  private readonly index = new WordIndex(9);

  add(key: string): this {
    if (this.index.get(key) < 0) this.index.set(key, 0);
    return this;
  }

  has(key: string): boolean {
    return this.index.get(key) >= 0;
  }

  get size(): number {
    return this.index.size;
  }
}

/** Map<string, V>'s get and set over a WordIndex. */
export class StringMap<V> {
  private readonly index = new WordIndex(9);
  private readonly values: V[] = [];

  get(key: string): V | undefined {
    const i = this.index.get(key);
    return i < 0 ? undefined : this.values[i];
  }

  set(key: string, value: V): this {
    const i = this.index.get(key);
    if (i >= 0) this.values[i] = value;
    else {
      this.index.set(key, this.values.length);
      this.values.push(value);
    }
    return this;
  }

  get size(): number {
    return this.values.length;
  }
}
