// The check-worthiness model: logistic regression over hashed sentence features.
// Stored compactly under models/claims.bin (sparse indices as varint deltas, int16 weights,
// a small JSON header) and loaded once per process. The binary form loads in a few
// milliseconds, which matters for the cold start of `dossier analyze`; the older gzipped JSON
// form (base64 inside JSON) is still read.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { modelFile } from '../core/model-file.js';
import { ALL_KEYS } from './claim-keys.js';
import { FEATURE_BITS, featureBuffer, readFeatures, type FeatureOptions } from './claim-features.js';

export const CLAIMS_MODEL_FORMAT = 'dossier.claims/1';

export class ClaimModel {
  constructor(
    readonly weights: Float32Array,
    readonly threshold: number,
    readonly features: FeatureOptions,
  ) {}

  /** Probability that `text` is a check-worthy claim, in [0, 1]. `keys`: its claimKeys, if known. */
  score(text: string, keys = ALL_KEYS): number {
    const n = readFeatures(text, this.features, keys);
    const f = featureBuffer();
    const w = this.weights;
    // summed in the order the features are read, as in training: the same bits every time
    let z = 0;
    for (let k = 0; k < n; k++) z += w[f[k]];
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

interface StoredHeader {
  format: string;
  bits: number;
  threshold: number;
  features: FeatureOptions;
  scale: number;
  count: number;
  /** Bytes of varint index deltas after the int16 weights (binary form only). */
  indexBytes?: number;
  provenance?: Record<string, unknown>;
}

/** The older gzipped-JSON form: the header with the arrays inline. */
interface StoredModel extends StoredHeader {
  /** base64 of LEB128 varint deltas between non-zero indices. */
  indices: string;
  /** base64 of little-endian int16 weights, weight = value * scale. */
  values: string;
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
  return packModel({
    format: CLAIMS_MODEL_FORMAT,
    bits: FEATURE_BITS,
    threshold: model.threshold,
    features: model.features,
    scale,
    count: idx.length,
    provenance,
  }, v, Buffer.from(varints));
}

/** The binary container: MAGIC, uint32 header length, JSON header, padding to an even offset,
 *  int16 weights (little-endian), then the varint index deltas. */
const MAGIC = Buffer.from('DCLM');

function packModel(header: StoredHeader, values: Buffer, indices: Buffer): Buffer {
  const json = Buffer.from(JSON.stringify({ ...header, indexBytes: indices.length }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  const pad = Buffer.alloc((MAGIC.length + 4 + json.length) % 2);
  return Buffer.concat([MAGIC, len, json, pad, values, indices]);
}

/** The gzipped JSON form of older models: base64 fields inside JSON. */
function unpackJson(buf: Buffer): { header: StoredHeader; values: Buffer; indices: Buffer } {
  const { indices, values, ...header } = JSON.parse(gunzipSync(buf).toString('utf8')) as StoredModel;
  return { header, values: Buffer.from(values, 'base64'), indices: Buffer.from(indices, 'base64') };
}

function unpackBinary(buf: Buffer): { header: StoredHeader; values: Buffer; indices: Buffer } {
  const hlen = buf.readUInt32LE(MAGIC.length);
  const hstart = MAGIC.length + 4;
  const header = JSON.parse(buf.toString('utf8', hstart, hstart + hlen)) as StoredHeader;
  const vstart = hstart + hlen + ((hstart + hlen) % 2);
  const vend = vstart + header.count * 2;
  if (vend + (header.indexBytes ?? 0) > buf.length) throw new Error('claims model: truncated file');
  return { header, values: buf.subarray(vstart, vend), indices: buf.subarray(vend, vend + (header.indexBytes ?? 0)) };
}

/** Re-stores a model file in the binary form, unchanged (scripts/pack-claims.ts). */
export function toBinaryModel(buf: Buffer): Buffer {
  const { header, values, indices } = buf[0] === 0x1f && buf[1] === 0x8b ? unpackJson(buf) : unpackBinary(buf);
  const { indexBytes: _, ...rest } = header;
  return packModel(rest, values, indices);
}

/** The little-endian int16 weights as an array: a view when the bytes allow, else a copy. A view
 *  spares a call per weight while the process is cold (the model loads on every CLI start). */
function int16View(bytes: Buffer, count: number): Int16Array {
  if (LITTLE_ENDIAN && bytes.byteOffset % 2 === 0) return new Int16Array(bytes.buffer, bytes.byteOffset, count);
  const out = new Int16Array(count);
  for (let k = 0; k < count; k++) out[k] = bytes.readInt16LE(k * 2);
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function decodeModel(buf: Buffer): ClaimModel {
  const isGzip = buf[0] === 0x1f && buf[1] === 0x8b;
  if (!isGzip && !buf.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('claims model: not a model file');
  const { header: stored, values: vs, indices: ix } = isGzip ? unpackJson(buf) : unpackBinary(buf);
  if (stored.format !== CLAIMS_MODEL_FORMAT) throw new Error(`claims model: unknown format "${stored.format}"`);
  if (stored.bits !== FEATURE_BITS || stored.bits > 30) throw new Error(`claims model: built for ${stored.bits}-bit features, code uses ${FEATURE_BITS}`);
  const weights = new Float32Array(1 << stored.bits);
  if (ix.length < stored.count || vs.length < stored.count * 2) throw new Error('claims model: truncated file');
  const values = int16View(vs, stored.count);
  let pos = 0;
  let prev = 0;
  for (let k = 0; k < stored.count; k++) {
    let d = 0;
    let shift = 0;
    for (;;) {
      const b = ix[pos++];
      d |= (b & 0x7f) << shift; // deltas are below 2^bits <= 2^30
      if (b < 0x80) break;
      shift += 7;
    }
    prev += d;
    weights[prev] = values[k] * stored.scale;
  }
  return new ClaimModel(weights, stored.threshold, stored.features);
}

/** models/claims.bin. */
export function defaultModelPath(): string {
  return modelFile('claims.bin');
}

let loaded: ClaimModel | null = null;

/** The shipped model, read from disk once per process. */
export function loadClaimModel(path = defaultModelPath()): ClaimModel {
  if (path !== defaultModelPath()) return decodeModel(readFileSync(path));
  if (!loaded) loaded = decodeModel(readFileSync(path));
  return loaded;
}
