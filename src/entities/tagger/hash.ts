// Feature hashing: strings hash once (FNV-1a), features combine an atom's hash with a
// template id by integer mixing, so the hot path builds no feature strings.

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a template id with an atom hash (murmur3 finaliser). */
export function mix(template: number, atom: number): number {
  let h = (Math.imul(template, 0x9e3779b1) ^ atom) >>> 0;
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
