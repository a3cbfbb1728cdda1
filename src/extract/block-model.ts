// The learned block filter: a logistic regression over hashed block features (block-features.ts)
// that says how likely a candidate block is article text. Trained on the WCXB dev articles by
// scripts/train-extract.ts, stored as models/extract-blocks.json (weights rounded, readable).
import { readFileSync } from 'node:fs';
import { modelFile } from '../core/model-file.js';
import { FEATURE_DIM } from './block-features.js';

/** Kinds the filter never drops: their shape (a caption, code, a numbered note) is not that of furniture. */
export const KEPT_KINDS: ReadonlySet<string> = new Set(['caption', 'preformatted', 'footnote']);

/** If the filter would keep less than this share of the candidates' text, the page is of a kind it
 *  does not know, and all is kept (html.ts; the training script scores pages the same way). */
export const FILTER_KEEP_MIN = 0.3;

export interface BlockModel {
  weights: Float32Array;
  /** Blocks scoring below this probability are dropped. */
  threshold: number;
}

export interface StoredBlockModel {
  dim: number;
  threshold: number;
  /** How the model was trained and what it scored, for the record. */
  info: Record<string, unknown>;
  weights: number[];
}

export function decodeBlockModel(s: StoredBlockModel): BlockModel {
  if (s.dim !== FEATURE_DIM || s.weights.length !== FEATURE_DIM) {
    throw new Error(`extract-blocks model has ${s.weights.length} weights, the features need ${FEATURE_DIM}: rebuild it (npm run train:extract)`);
  }
  return { weights: Float32Array.from(s.weights), threshold: s.threshold };
}

let loaded: BlockModel | null = null;

/** models/extract-blocks.json, read once per process. */
export function loadBlockModel(): BlockModel {
  if (!loaded) loaded = decodeBlockModel(JSON.parse(readFileSync(modelFile('extract-blocks.json'), 'utf8')) as StoredBlockModel);
  return loaded;
}

/** The probability that a block with these features is article text. */
export function blockScore(m: { weights: Float32Array }, features: Uint32Array): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += m.weights[features[i]];
  return 1 / (1 + Math.exp(-z));
}
