// First-order Viterbi over IOB2 labels, with invalid transitions (I-X not after B-X/I-X)
// never taken.
import { allowed, NUM_LABELS } from './labels.js';

const L = NUM_LABELS;

/** ALLOWED[(prev + 1) * L + next]; prev = -1 is the sentence start. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let p = -1; p < L; p++) for (let q = 0; q < L; q++) a[(p + 1) * L + q] = allowed(p, q) ? 1 : 0;
  return a;
})();

/**
 * emissions: n * L scores; transitions: (L + 1) * L scores (row 0 = from the start).
 * Writes the best valid label sequence to `out`.
 */
/** Reusable work arrays, so tagging allocates nothing per sentence. */
export class ViterbiScratch {
  score = new Float64Array(64 * L);
  back = new Int32Array(64 * L);
  ensure(n: number): void {
    if (this.back.length >= n * L) return;
    this.score = new Float64Array(n * L * 2);
    this.back = new Int32Array(n * L * 2);
  }
}

/**
 * Per label y, the labels that may precede it, ascending (so ties break as a scan over every
 * label would): PREV[PREV_AT[y] .. PREV_AT[y + 1]), with PREV_TR the matching index into the
 * transitions. I-X has two possible predecessors, so the inner loop skips the seven others.
 */
const PREV_AT = new Int32Array(L + 1);
const PREV: Int32Array = (() => {
  const list: number[] = [];
  for (let y = 0; y < L; y++) {
    PREV_AT[y] = list.length;
    for (let p = 0; p < L; p++) if (ALLOWED[(p + 1) * L + y]) list.push(p);
  }
  PREV_AT[L] = list.length;
  return Int32Array.from(list);
})();
const PREV_TR = PREV.map((p, k) => {
  let y = 0;
  while (PREV_AT[y + 1] <= k) y++;
  return (p + 1) * L + y;
});

export function viterbi(emissions: Float64Array, n: number, transitions: Float32Array | Float64Array, out: Int32Array, scratch?: ViterbiScratch): void {
  if (n === 0) return;
  let score: Float64Array;
  let back: Int32Array;
  if (scratch) {
    scratch.ensure(n);
    score = scratch.score;
    back = scratch.back;
  } else {
    score = new Float64Array(n * L);
    back = new Int32Array(n * L);
  }
  for (let y = 0; y < L; y++) score[y] = ALLOWED[y] ? emissions[y] + transitions[y] : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = PREV_AT[y], end = PREV_AT[y + 1]; k < end; k++) {
        const p = PREV[k];
        const s = score[prevBase + p] + transitions[PREV_TR[k]];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + y] = best + emissions[base + y];
      back[base + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    if (score[last + y] > best) {
      best = score[last + y];
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg];
  }
}
