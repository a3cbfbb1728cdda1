// The rules a "the" lets through, read off the text after it (the gates of AFTER_THE in
// triggers.ts: the next word must begin with one of a rule's entries, or be a digit or a quote
// the rule lists). "the" begins about a twentieth of all words: the next word is walked through
// a letter trie of the entries, so no word is cut out, lower-cased or hashed as a string.
import { AFTER_THE, DIGIT, QUOTE } from './triggers.js';

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** Rules per half of a mask: the halves stay small integers. */
const HALF = 30;

/**
 * `names[k]` is the name of the rule at `indices[k]`; the answer lists, in that order, the
 * indices whose gate the word at src[k] passes (the same lists for the same set of rules).
 */
export function afterTheRules(names: readonly string[], indices: readonly number[]): (src: string, k: number) => readonly number[] {
  if (names.length > 2 * HALF) throw new Error(`too many time rules start on "the" (${names.length})`);
  // the trie: node 0 is the root (never a child, so 0 also means "no child")
  const child: number[] = new Array<number>(26).fill(0);
  const lo: number[] = [0];
  const hi: number[] = [0];
  let digit = [0, 0];
  let quote = [0, 0];
  const bit = (k: number): [number, number] => (k < HALF ? [1 << k, 0] : [0, 1 << (k - HALF)]);
  names.forEach((name, k) => {
    const entries = (AFTER_THE[name] ?? '').split(/\s+/).filter(Boolean);
    if (entries.length === 0) throw new Error(`time rule ${name} starts on "the" but has no AFTER_THE entry`);
    const [l, h] = bit(k);
    for (const e of entries) {
      if (e === DIGIT) digit = [digit[0] | l, digit[1] | h];
      else if (e === QUOTE) quote = [quote[0] | l, quote[1] | h];
      else {
        if (!/^[a-z]+$/.test(e)) throw new Error(`AFTER_THE entry "${e}" of ${name} is not a lower-case word`);
        let node = 0;
        for (let i = 0; i < e.length; i++) {
          const slot = node * 26 + e.charCodeAt(i) - 97;
          if (child[slot] === 0) {
            child[slot] = lo.length;
            lo.push(0);
            hi.push(0);
            for (let c = 0; c < 26; c++) child.push(0);
          }
          node = child[slot];
        }
        lo[node] |= l;
        hi[node] |= h;
      }
    }
  });
  const next = Int32Array.from(child);
  const nodeLo = Int32Array.from(lo);
  const nodeHi = Int32Array.from(hi);
  const lists = new Map<number, number[]>();
  const listOf = (l: number, h: number): readonly number[] => {
    const key = h * 2 ** HALF + l;
    let list = lists.get(key);
    if (!list) {
      list = [];
      for (let k = 0; k < names.length; k++) if (k < HALF ? l & (1 << k) : h & (1 << (k - HALF))) list.push(indices[k]);
      lists.set(key, list);
    }
    return list;
  };
  return (src, k) => {
    const c = src.charCodeAt(k);
    if (c >= 48 && c <= 57) return listOf(digit[0], digit[1]);
    if (c === 39) return listOf(quote[0], quote[1]);
    let l = 0;
    let h = 0;
    let node = 0;
    for (let i = k; i < src.length; i++) {
      const d = src.charCodeAt(i);
      if (!isLetter(d)) break;
      node = next[node * 26 + (d | 32) - 97];
      if (node === 0) break;
      l |= nodeLo[node];
      h |= nodeHi[node];
    }
    return listOf(l, h);
  };
}
