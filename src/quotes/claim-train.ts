// Training of the check-worthiness model: logistic regression fitted by AdaGrad SGD with L2,
// in a fixed, seeded order so that the same data always gives the same weights.
import { FEATURE_BITS, sentenceFeatures, type FeatureOptions } from './claim-features.js';
import { ClaimModel, sigmoid } from './claim-model.js';
import { mulberry32 } from '../core/random.js';

export interface Example {
  id: string;
  text: string;
  label: 0 | 1;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Weight of a positive example relative to a negative one. */
  positiveWeight: number;
  seed: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 6, rate: 0.1, l2: 1e-6, positiveWeight: 1.5, seed: 13 };

/** Feature index lists of each example; counts are kept (a feature seen twice counts twice). */
export function featurize(examples: readonly Example[], features: FeatureOptions): Int32Array[] {
  return examples.map((e) => {
    const xs: number[] = [];
    sentenceFeatures(e.text, features, (i) => xs.push(i));
    return Int32Array.from(xs);
  });
}


export function train(examples: readonly Example[], features: FeatureOptions, opts: TrainOptions = DEFAULT_TRAIN): ClaimModel {
  const xs = featurize(examples, features);
  const size = 1 << FEATURE_BITS;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  const order = examples.map((_, i) => i);
  const rnd = mulberry32(opts.seed);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const x = xs[k];
      let z = 0;
      for (let t = 0; t < x.length; t++) z += w[x[t]];
      const y = examples[k].label;
      const cw = y === 1 ? opts.positiveWeight : 1;
      const g = (sigmoid(z) - y) * cw;
      for (let t = 0; t < x.length; t++) {
        const f = x[t];
        const grad = g + opts.l2 * w[f];
        g2[f] += grad * grad;
        w[f] -= (opts.rate * grad) / Math.sqrt(g2[f]);
      }
    }
  }
  return new ClaimModel(Float32Array.from(w), 0.5, features);
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function f1At(scores: readonly number[], labels: readonly (0 | 1)[], threshold: number): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < scores.length; i++) {
    const p = scores[i] >= threshold;
    if (p && labels[i]) tp++;
    else if (p) fp++;
    else if (labels[i]) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** The threshold (on a 0.01 grid) that maximises F1 of the positive class. */
export function bestThreshold(scores: readonly number[], labels: readonly (0 | 1)[]): { threshold: number } & Scores {
  let best = { threshold: 0.5, ...f1At(scores, labels, 0.5) };
  for (let t = 0.05; t < 0.96; t += 0.01) {
    const th = Math.round(t * 100) / 100;
    const s = f1At(scores, labels, th);
    if (s.f1 > best.f1) best = { threshold: th, ...s };
  }
  return best;
}
