// The check-worthiness model: logistic regression over hashed sentence features.
// Stored compactly (sparse indices as varint deltas, int16 weights, gzip) under models/, and
// loaded once per process.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FEATURE_BITS, sentenceFeatures, type FeatureOptions } from './claim-features.js';

export const CLAIMS_MODEL_FORMAT = 'dossier.claims/1';

export class ClaimModel {
  constructor(
    readonly weights: Float32Array,
    readonly threshold: number,
    readonly features: FeatureOptions,
  ) {}

  /** Probability that `text` is a check-worthy claim, in [0, 1]. */
  score(text: string): number {
    let z = 0;
    const w = this.weights;
    sentenceFeatures(text, this.features, (i) => {
      z += w[i];
    });
    return sigmoid(z);
  }

  label(score: number): 'Yes' | 'No' {
    return score >= this.threshold ? 'Yes' : 'No';
  }
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

interface StoredModel {
  format: string;
  bits: number;
  threshold: number;
  features: FeatureOptions;
  scale: number;
  count: number;
  /** base64 of LEB128 varint deltas between non-zero indices. */
  indices: string;
  /** base64 of little-endian int16 weights, weight = value * scale. */
  values: string;
  provenance?: Record<string, unknown>;
}

/** Serialises a model; weights under `prune` in magnitude are dropped to keep it small. */
export function encodeModel(model: ClaimModel, provenance: Record<string, unknown> = {}, prune = 1e-4): Buffer {
  const w = model.weights;
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]));
  const scale = max / 32767 || 1;
  const idx: number[] = [];
  const vals: number[] = [];
  for (let i = 0; i < w.length; i++) {
    if (Math.abs(w[i]) < prune) continue;
    const q = Math.round(w[i] / scale);
    if (q === 0) continue;
    idx.push(i);
    vals.push(q);
  }
  const varints: number[] = [];
  let prev = 0;
  for (const i of idx) {
    let d = i - prev;
    prev = i;
    while (d >= 0x80) {
      varints.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    varints.push(d);
  }
  const v = Buffer.alloc(vals.length * 2);
  vals.forEach((q, k) => v.writeInt16LE(q, k * 2));
  const stored: StoredModel = {
    format: CLAIMS_MODEL_FORMAT,
    bits: FEATURE_BITS,
    threshold: model.threshold,
    features: model.features,
    scale,
    count: idx.length,
    indices: Buffer.from(varints).toString('base64'),
    values: v.toString('base64'),
    provenance,
  };
  return gzipSync(JSON.stringify(stored), { level: 9 });
}

export function decodeModel(buf: Buffer): ClaimModel {
  const stored = JSON.parse(gunzipSync(buf).toString('utf8')) as StoredModel;
  if (stored.format !== CLAIMS_MODEL_FORMAT) throw new Error(`claims model: unknown format "${stored.format}"`);
  if (stored.bits !== FEATURE_BITS) throw new Error(`claims model: built for ${stored.bits}-bit features, code uses ${FEATURE_BITS}`);
  const weights = new Float32Array(1 << stored.bits);
  const ix = Buffer.from(stored.indices, 'base64');
  const vs = Buffer.from(stored.values, 'base64');
  let pos = 0;
  let prev = 0;
  for (let k = 0; k < stored.count; k++) {
    let d = 0;
    let shift = 0;
    for (;;) {
      const b = ix[pos++];
      d += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
      shift += 7;
    }
    prev += d;
    weights[prev] = vs.readInt16LE(k * 2) * stored.scale;
  }
  return new ClaimModel(weights, stored.threshold, stored.features);
}

/** models/claims.json.gz, two levels above this module in both src/ and dist/. */
export function defaultModelPath(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models', 'claims.json.gz');
}

let loaded: ClaimModel | null = null;

/** The shipped model, read from disk once per process. */
export function loadClaimModel(path = defaultModelPath()): ClaimModel {
  if (path !== defaultModelPath()) return decodeModel(readFileSync(path));
  if (!loaded) loaded = decodeModel(readFileSync(path));
  return loaded;
}
