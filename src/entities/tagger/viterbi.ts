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

/** Reusable work arrays, so tagging allocates nothing per sentence. */
export class ViterbiScratch {
  score = new Float64Array(64 * L);
  back = new Uint8Array(64 * L);
  /** The transitions last prepared (by identity: they must not change while in use here). */
  private from: Float32Array | Float64Array | null = null;
  private readonly into = new Float64Array(L * L + L);

  ensure(n: number): void {
    if (this.back.length >= n * L) return;
    this.score = new Float64Array(n * L * 2);
    this.back = new Uint8Array(n * L * 2);
  }

  prepared(transitions: Float32Array | Float64Array): Float64Array {
    if (this.from !== transitions) {
      prepare(transitions, this.into);
      this.from = transitions;
    }
    return this.into;
  }
}

/**
 * The transitions by next label: T[y * L + p] = transitions[(p + 1) * L + y], then the start
 * row at T[L * L + y]; float64, so the inner loop reads them without converting (exactly the
 * values the float32 array holds).
 */
function prepare(transitions: Float32Array | Float64Array, T: Float64Array): void {
  for (let y = 0; y < L; y++) {
    for (let p = 0; p < L; p++) T[y * L + p] = transitions[(p + 1) * L + y];
    T[L * L + y] = transitions[y];
  }
}

/**
 * emissions: n * L scores; transitions: (L + 1) * L scores (row 0 = from the start).
 * Writes the best valid label sequence to `out`. O and B-X may follow any label: their best
 * predecessor is a scan over all nine, unrolled. I-X may only follow B-X or I-X. Predecessors
 * are compared in ascending order with a strict >, so ties go to the lowest label, as a scan
 * over every label skipping the invalid ones would.
 */
export function viterbi(emissions: Float64Array, n: number, transitions: Float32Array | Float64Array, out: Int32Array, scratch?: ViterbiScratch): void {
  if (n === 0) return;
  let score: Float64Array;
  let back: Uint8Array;
  let T: Float64Array;
  if (scratch) {
    scratch.ensure(n);
    score = scratch.score;
    back = scratch.back;
    T = scratch.prepared(transitions);
  } else {
    score = new Float64Array(n * L);
    back = new Uint8Array(n * L);
    T = new Float64Array(L * L + L);
    prepare(transitions, T);
  }
  for (let y = 0; y < L; y++) score[y] = ALLOWED[y] ? emissions[y] + T[L * L + y] : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const q = base - L;
    const s0 = score[q], s1 = score[q + 1], s2 = score[q + 2], s3 = score[q + 3], s4 = score[q + 4];
    const s5 = score[q + 5], s6 = score[q + 6], s7 = score[q + 7], s8 = score[q + 8];
    // O and the B- labels: 0, 1, 3, 5, 7.
    for (let y = 0; y < L; y += y === 0 ? 1 : 2) {
      const t = y * L;
      let best = s0 + T[t];
      let arg = 0;
      let s = s1 + T[t + 1];
      if (s > best) {
        best = s;
        arg = 1;
      }
      s = s2 + T[t + 2];
      if (s > best) {
        best = s;
        arg = 2;
      }
      s = s3 + T[t + 3];
      if (s > best) {
        best = s;
        arg = 3;
      }
      s = s4 + T[t + 4];
      if (s > best) {
        best = s;
        arg = 4;
      }
      s = s5 + T[t + 5];
      if (s > best) {
        best = s;
        arg = 5;
      }
      s = s6 + T[t + 6];
      if (s > best) {
        best = s;
        arg = 6;
      }
      s = s7 + T[t + 7];
      if (s > best) {
        best = s;
        arg = 7;
      }
      s = s8 + T[t + 8];
      if (s > best) {
        best = s;
        arg = 8;
      }
      score[base + y] = best + emissions[base + y];
      back[base + y] = arg;
    }
    // I-X (2, 4, 6, 8): after B-X (y - 1) or I-X (y).
    for (let y = 2; y < L; y += 2) {
      const t = y * L;
      let best = score[q + y - 1] + T[t + y - 1];
      let arg = y - 1;
      const s = score[q + y] + T[t + y];
      if (s > best) {
        best = s;
        arg = y;
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
