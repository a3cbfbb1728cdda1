// The tagger's weights: a hashed table of (feature bucket x label) weights and the label
// transition matrix. Stored compactly: only buckets with a non-zero weight, weights
// quantised to 8 bits on a square-root scale (fine steps near zero where most weights are),
// the whole gzipped.
import { gunzipSync, gzipSync } from 'node:zlib';
import { NUM_LABELS } from './labels.js';

const L = NUM_LABELS;
const MAGIC = 'dossier-ner-model 1';

export interface ModelHeader {
  bucketBits: number;
  epochs: number;
  /** Free-form notes: training data, scores on dev. */
  notes: Record<string, unknown>;
}

/** What the tagger needs of a model: its header, transitions and emission scores. */
export interface Scorer {
  readonly header: ModelHeader;
  readonly transitions: Float32Array;
  emit(feats: Int32Array, from: number, to: number, emissions: Float64Array, base: number): void;
}

/** The trainable model: a dense table over every bucket. */
export class Model implements Scorer {
  /** weights[bucket * L + label]. */
  readonly weights: Float32Array;
  /** transitions[(prev + 1) * L + next], row 0 from the sentence start. */
  readonly transitions: Float32Array;

  constructor(readonly header: ModelHeader, weights?: Float32Array, transitions?: Float32Array) {
    this.weights = weights ?? new Float32Array((1 << header.bucketBits) * L);
    this.transitions = transitions ?? new Float32Array((L + 1) * L);
  }

  /** Adds the emission scores of token features feats[from, to) into emissions[base, base + L). */
  emit(feats: Int32Array, from: number, to: number, emissions: Float64Array, base: number): void {
    const w = this.weights;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let k = from; k < to; k++) {
      const o = feats[k] * 9;
      s0 += w[o];
      s1 += w[o + 1];
      s2 += w[o + 2];
      s3 += w[o + 3];
      s4 += w[o + 4];
      s5 += w[o + 5];
      s6 += w[o + 6];
      s7 += w[o + 7];
      s8 += w[o + 8];
    }
    emissions[base] = s0;
    emissions[base + 1] = s1;
    emissions[base + 2] = s2;
    emissions[base + 3] = s3;
    emissions[base + 4] = s4;
    emissions[base + 5] = s5;
    emissions[base + 6] = s6;
    emissions[base + 7] = s7;
    emissions[base + 8] = s8;
  }

  /** Quantises and compresses; buckets whose largest |weight| is below `prune` are dropped. */
  serialize(prune = 0): Buffer {
    const w = this.weights;
    const nb = w.length / L;
    let max = 0;
    for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]));
    const scale = max || 1;
    const idx: number[] = [];
    const q: number[] = [];
    let prev = 0;
    const varint: number[] = [];
    for (let b = 0; b < nb; b++) {
      let big = 0;
      for (let y = 0; y < L; y++) big = Math.max(big, Math.abs(w[b * L + y]));
      if (big === 0 || big < prune) continue;
      const qs: number[] = [];
      let any = false;
      for (let y = 0; y < L; y++) {
        const x = w[b * L + y];
        const v = Math.round(Math.sign(x) * Math.sqrt(Math.abs(x) / scale) * 127);
        if (v) any = true;
        qs.push(v);
      }
      if (!any) continue;
      let d = b - prev;
      prev = b;
      while (d >= 0x80) {
        varint.push((d & 0x7f) | 0x80);
        d >>>= 7;
      }
      varint.push(d);
      idx.push(b);
      for (const v of qs) q.push(v);
    }
    const header = Buffer.from(JSON.stringify({ ...this.header, scale, count: idx.length, varintBytes: varint.length }), 'utf8');
    const magic = Buffer.from(MAGIC + '\n', 'utf8');
    const hlen = Buffer.alloc(4);
    hlen.writeUInt32LE(header.length);
    const trans = Buffer.from(new Float32Array(this.transitions).buffer);
    const body = Buffer.concat([magic, hlen, header, trans, Buffer.from(varint), Buffer.from(Int8Array.from(q).buffer)]);
    return gzipSync(body, { level: 9 });
  }

  /** Loads a serialised model into the compact run-time form. */
  static deserialize(gz: Buffer): CompactModel {
    return CompactModel.deserialize(gz);
  }
}

/**
 * The run-time model: only the buckets that carry weights, in an open-addressing table
 * (bucket -> row) about twice their number, so the whole model is a few MB and stays in cache.
 */
export class CompactModel implements Scorer {
  private readonly keys: Int32Array;
  private readonly vals: Int32Array;
  private readonly shift: number;
  private readonly tmask: number;

  constructor(
    readonly header: ModelHeader,
    readonly transitions: Float32Array,
    buckets: Int32Array,
    private readonly rows: Float32Array,
  ) {
    let bits = 4;
    while (1 << bits < buckets.length * 2) bits++;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.vals = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    this.tmask = (1 << bits) - 1;
    for (let i = 0; i < buckets.length; i++) {
      let h = Math.imul(buckets[i], 0x9e3779b1) >>> this.shift;
      while (this.keys[h] !== -1) h = (h + 1) & this.tmask;
      this.keys[h] = buckets[i];
      this.vals[h] = i * 9;
    }
  }

  emit(feats: Int32Array, from: number, to: number, emissions: Float64Array, base: number): void {
    const keys = this.keys;
    const vals = this.vals;
    const shift = this.shift;
    const tmask = this.tmask;
    const w = this.rows;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let k = from; k < to; k++) {
      const f = feats[k];
      let h = Math.imul(f, 0x9e3779b1) >>> shift;
      let key = keys[h];
      while (key !== f && key !== -1) {
        h = (h + 1) & tmask;
        key = keys[h];
      }
      if (key === -1) continue;
      const o = vals[h];
      s0 += w[o];
      s1 += w[o + 1];
      s2 += w[o + 2];
      s3 += w[o + 3];
      s4 += w[o + 4];
      s5 += w[o + 5];
      s6 += w[o + 6];
      s7 += w[o + 7];
      s8 += w[o + 8];
    }
    emissions[base] = s0;
    emissions[base + 1] = s1;
    emissions[base + 2] = s2;
    emissions[base + 3] = s3;
    emissions[base + 4] = s4;
    emissions[base + 5] = s5;
    emissions[base + 6] = s6;
    emissions[base + 7] = s7;
    emissions[base + 8] = s8;
  }

  static deserialize(gz: Buffer): CompactModel {
    const buf = gunzipSync(gz);
    const magicLen = Buffer.byteLength(MAGIC + '\n');
    if (buf.subarray(0, magicLen).toString('utf8') !== MAGIC + '\n') throw new Error('not a dossier NER model');
    let off = magicLen;
    const hlen = buf.readUInt32LE(off);
    off += 4;
    const h = JSON.parse(buf.subarray(off, off + hlen).toString('utf8')) as ModelHeader & { scale: number; count: number; varintBytes: number };
    off += hlen;
    const transitions = new Float32Array((L + 1) * L);
    for (let i = 0; i < transitions.length; i++, off += 4) transitions[i] = buf.readFloatLE(off);
    const buckets = new Int32Array(h.count);
    const rows = new Float32Array(h.count * L);
    const table = new Float32Array(256);
    for (let v = -128; v < 128; v++) table[v + 128] = Math.sign(v) * (v / 127) * (v / 127) * h.scale;
    const q = new Int8Array(buf.buffer, buf.byteOffset + off + h.varintBytes, h.count * L);
    let b = 0;
    for (let i = 0; i < h.count; i++) {
      let d = 0;
      let shift = 0;
      for (;;) {
        const byte = buf[off++];
        d |= (byte & 0x7f) << shift;
        if (byte < 0x80) break;
        shift += 7;
      }
      b += d;
      buckets[i] = b;
    }
    for (let k = 0; k < rows.length; k++) rows[k] = table[q[k] + 128];
    return new CompactModel({ bucketBits: h.bucketBits, epochs: h.epochs, notes: h.notes }, transitions, buckets, rows);
  }
}
