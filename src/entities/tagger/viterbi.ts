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
export function viterbi(emissions: Float64Array, n: number, transitions: Float32Array | Float64Array, out: Int32Array): void {
  if (n === 0) return;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) score[y] = ALLOWED[y] ? emissions[y] + transitions[y] : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const idx = (p + 1) * L + y;
        if (!ALLOWED[idx]) continue;
        const s = score[prevBase + p] + transitions[idx];
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
