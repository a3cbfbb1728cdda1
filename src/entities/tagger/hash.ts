// Feature hashing: strings hash once (FNV-1a), features combine an atom's hash with a
// template id by integer mixing, so the hot path builds no feature strings.

import { fnv1a } from '../../core/hash.js';

export { fnv1a as hashString };

/**
 * Mixes a template id with an atom hash: fmix32((imul(template, golden) ^ atom) >>> 0), with the
 * murmur3 finaliser written out here so the feature loops inline one small function.
 */
export function mix(template: number, atom: number): number {
  let h = Math.imul(template, 0x9e3779b1) ^ atom;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function mix2(template: number, a: number, b: number): number {
  return mix(template, mix(a, b));
}

/** hashString(s.slice(from, to)) without the slice; with `h`, continues that hash instead. */
export function hashRange(s: string, from: number, to: number, h = 0x811c9dc5): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** hashString(s with every digit 0-9 as 0) without building the folded string. */
export function hashFolded(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h ^= c >= 48 && c <= 57 ? 48 : c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** hashString(a + ' ' + b), given h = hashString(a): phrases hashed word by word. */
export function hashJoin(h: number, b: string): number {
  return hashRange(b, 0, b.length, Math.imul(h ^ 32, 0x01000193));
}
