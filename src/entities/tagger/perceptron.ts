// Training: a structured averaged perceptron (Collins 2002) over the hashed features, with
// the document context built from the model's own predictions as it goes, exactly as at run
// time. Documents are shuffled with a fixed seed each epoch; weights are averaged lazily.
import { DocContext, MAX_FEATS } from './features.js';
import { NUM_LABELS } from './labels.js';
import { Model } from './model.js';
import type { Tagger } from './tagger.js';
import { viterbi } from './viterbi.js';

const L = NUM_LABELS;

export interface TrainSentence {
  tokens: string[];
  gold: Int32Array;
}
export type TrainDocument = TrainSentence[];

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Called after each epoch with the averaged model; return a score (higher is better). */
  evaluate?: (averaged: Model, epoch: number) => number;
  log?: (msg: string) => void;
  /** Stop after this many epochs without a better score. */
  patience?: number;
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/**
 * Trains `tagger.model` in place on `docs` and returns the averaged model of the best epoch
 * (by `evaluate`, or the last when none is given).
 */
export function trainPerceptron(model: Model, tagger: Tagger, docs: TrainDocument[], opts: TrainOptions): { model: Model; epoch: number; score: number } {
  const w = model.weights;
  const tr = model.transitions;
  const uw = new Float64Array(w.length);
  const ut = new Float64Array(tr.length);
  let c = 1;
  const rand = rng(opts.seed);
  const order = docs.map((_, i) => i);
  let best: { model: Model; epoch: number; score: number } | null = null;
  let maxLen = 1;
  for (const d of docs) for (const s of d) maxLen = Math.max(maxLen, s.tokens.length);
  const feats = new Int32Array(maxLen * MAX_FEATS);
  const counts = new Int32Array(maxLen);
  const em = new Float64Array(maxLen * L);
  const pred = new Int32Array(maxLen);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let tokens = 0;
    for (const di of order) {
      const sents = docs[di];
      const ctx = new DocContext();
      for (const s of sents) ctx.observe(s.tokens);
      for (const s of sents) {
        const n = s.tokens.length;
        tagger.featurizer.featurize(s.tokens, ctx, feats, counts);
        for (let i = 0; i < n; i++) model.emit(feats, i * MAX_FEATS, i * MAX_FEATS + counts[i], em, i * L);
        viterbi(em, n, tr, pred);
        const gold = s.gold;
        let prevG = -1;
        let prevP = -1;
        for (let i = 0; i < n; i++) {
          const g = gold[i];
          const p = pred[i];
          if (g !== p) {
            errors++;
            const from = i * MAX_FEATS;
            const to = from + counts[i];
            for (let k = from; k < to; k++) {
              const o = feats[k] * L;
              w[o + g] += 1;
              uw[o + g] += c;
              w[o + p] -= 1;
              uw[o + p] -= c;
            }
          }
          if (g !== p || prevG !== prevP) {
            const ig = (prevG + 1) * L + g;
            const ip = (prevP + 1) * L + p;
            tr[ig] += 1;
            ut[ig] += c;
            tr[ip] -= 1;
            ut[ip] -= c;
          }
          prevG = g;
          prevP = p;
        }
        tokens += n;
        c++;
        ctx.record(s.tokens, pred.subarray(0, n));
      }
    }
    const avgW = new Float32Array(w.length);
    for (let i = 0; i < w.length; i++) avgW[i] = w[i] - uw[i] / c;
    const avgT = new Float32Array(tr.length);
    for (let i = 0; i < tr.length; i++) avgT[i] = tr[i] - ut[i] / c;
    const averaged = new Model({ ...model.header, epochs: epoch }, avgW, avgT);
    const score = opts.evaluate ? opts.evaluate(averaged, epoch) : epoch;
    opts.log?.(`epoch ${epoch}: ${errors} token errors of ${tokens} in training, score ${score.toFixed(4)}`);
    if (!best || score > best.score) best = { model: averaged, epoch, score };
    else if (opts.patience !== undefined && epoch - best.epoch >= opts.patience) break;
  }
  return best!;
}
