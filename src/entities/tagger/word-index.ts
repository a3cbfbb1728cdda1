// String -> word id, for the tagger's word-type cache. Tokens arrive as fresh strings (slices
// of the document) whose hash V8 has not computed yet; a Map would compute it in the engine's
// slower runtime hash on every lookup. This table hashes the code units itself (FNV-1a, the
// tagger's string hash) and keeps the hashes, so a lookup reads the key only on a hash match.
import { hashRange } from './hash.js';

export class WordIndex {
  /** id + 1 per slot, 0 when empty. */
  private slots = new Int32Array(1 << 14);
  private shift = 32 - 14;
  private mask = (1 << 14) - 1;
  /** Per entry: its key, hash and id. */
  private keys: string[] = [];
  private hashes: number[] = [];
  private ids: number[] = [];

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
