// The tagger's weights: a hashed table of (feature bucket x label) weights and the label
// transition matrix. Stored compactly: only buckets with a non-zero weight, weights
// quantised to 8 bits on a square-root scale (fine steps near zero where most weights are),
// in a prebuilt hash table the tagger reads in place (packModel).
import { NUM_LABELS } from './labels.js';

const L = NUM_LABELS;
const MAGIC = 'dossier-ner-model 2\n';

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
  /**
   * Writes the emission scores of features feats[from, to), summed in order, to
   * emissions[base, base + L); with `add`, continues the sums already there.
   */
  emit(feats: Int32Array, from: number, to: number, emissions: Float64Array, base: number, add?: boolean): void;
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
  emit(feats: Int32Array, from: number, to: number, emissions: Float64Array, base: number, add = false): void {
    const w = this.weights;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    if (add) {
      s0 = emissions[base];
      s1 = emissions[base + 1];
      s2 = emissions[base + 2];
      s3 = emissions[base + 3];
      s4 = emissions[base + 4];
      s5 = emissions[base + 5];
      s6 = emissions[base + 6];
      s7 = emissions[base + 7];
      s8 = emissions[base + 8];
    }
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

  /** Quantises and packs (packModel); buckets whose largest |weight| is below `prune` are dropped. */
  serialize(prune = 0): Buffer {
    const w = this.weights;
    const nb = w.length / L;
    let max = 0;
    for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]));
    const scale = max || 1;
    const idx: number[] = [];
    const q: number[] = [];
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
      idx.push(b);
      for (const v of qs) q.push(v);
    }
    return packModel(this.header, scale, this.transitions, Int32Array.from(idx), Int8Array.from(q));
  }

  /** Loads a packed model into the run-time form (views over `buf`, no decoding). */
  static deserialize(buf: Buffer): CompactModel {
    return CompactModel.load(buf);
  }
}

// The packed model file: MAGIC, a little-endian u32 header length, the JSON header (padded to
// 8 bytes), the transitions as float32, then the open-addressing table itself: SLOT bytes per
// slot, an int32 bucket id (-1: empty) followed by the bucket's L int8 quantised weights. The
// run-time model is views over these bytes: loading decodes nothing, and a feature's key and
// weights share one cache line.
const SLOT = 16;
const SLOT_INTS = SLOT / 4;
/** Bits in the run-time model's bucket filter (CompactModel.filter). */
const FILTER_SIZE = 1 << 19;

function slotOf(bucket: number, shift: number): number {
  return Math.imul(bucket, 0x9e3779b1) >>> shift;
}

/** Builds the packed file from quantised rows: q[i * L + y] is bucket buckets[i]'s weight for y. */
export function packModel(header: ModelHeader, scale: number, transitions: Float32Array, buckets: Int32Array, q: Int8Array): Buffer {
  // Load factor at most ~0.65: short linear probes, table a quarter of the dense one's size.
  let bits = 4;
  while ((1 << bits) * 0.65 < buckets.length) bits++;
  const table = Buffer.alloc((1 << bits) * SLOT);
  const ints = new Int32Array(table.buffer, table.byteOffset, table.length / 4);
  for (let s = 0; s < 1 << bits; s++) ints[s * SLOT_INTS] = -1;
  const mask = (1 << bits) - 1;
  for (let i = 0; i < buckets.length; i++) {
    let s = slotOf(buckets[i], 32 - bits);
    while (ints[s * SLOT_INTS] !== -1) s = (s + 1) & mask;
    ints[s * SLOT_INTS] = buckets[i];
    for (let y = 0; y < L; y++) table.writeInt8(q[i * L + y], s * SLOT + 4 + y);
  }
  const json = Buffer.from(JSON.stringify({ ...header, scale, count: buckets.length, slotBits: bits }), 'utf8');
  const magic = Buffer.from(MAGIC, 'latin1');
  const hlen = Buffer.alloc(4);
  hlen.writeUInt32LE(json.length);
  const pad = Buffer.alloc((8 - ((magic.length + 4 + json.length) % 8)) % 8);
  const trans = Buffer.from(new Float32Array(transitions).buffer);
  return Buffer.concat([magic, hlen, json, pad, trans, table]);
}

/**
 * The run-time model: only the buckets that carry weights, in an open-addressing table of
 * 16-byte slots (bucket id, 9 int8 weights) read straight from the file.
 */
export class CompactModel implements Scorer {
  private readonly ints: Int32Array;
  private readonly bytes: Int8Array;
  private readonly shift: number;
  private readonly tmask: number;
  /**
   * Quantised value + 128 -> weight: the float32 the weights were before packing, held as
   * float64 (the same values) so the sums read them without converting.
   */
  private readonly deq: Float64Array;
  /**
   * A filter over the table's buckets, one bit per value of a bucket's low FILTER_BITS bits
   * (buckets are hashes, so those bits are as good as any): a clear bit means the table does
   * not hold the bucket. About half the features a token looks up carry no weight; the
   * filter answers for most of them without the probe, and at 64 KB it stays in the core's
   * own caches (a bit per bucket took 256 KB). A set bit only sends the feature to the probe,
   * which decides, so the filter changes no score.
   */
  private readonly filter: Int32Array;

  constructor(
    readonly header: ModelHeader,
    readonly transitions: Float32Array,
    table: Uint8Array,
    slotBits: number,
    scale: number,
  ) {
    this.ints = new Int32Array(table.buffer, table.byteOffset, (1 << slotBits) * SLOT_INTS);
    this.bytes = new Int8Array(table.buffer, table.byteOffset, (1 << slotBits) * SLOT);
    this.shift = 32 - slotBits;
    this.tmask = (1 << slotBits) - 1;
    this.deq = new Float64Array(256);
    for (let v = -128; v < 128; v++) this.deq[v + 128] = Math.fround(Math.sign(v) * (v / 127) * (v / 127) * scale);
    this.filter = new Int32Array(FILTER_SIZE / 32);
    const ints = this.ints;
    for (let s = 0; s < ints.length; s += SLOT_INTS) {
      const b = ints[s] & (FILTER_SIZE - 1);
      if (ints[s] >= 0) this.filter[b >>> 5] |= 1 << (b & 31);
    }
  }

  /** Whether the table holds feature bucket `f`. */
  has(f: number): boolean {
    return this.slotOf(f) >= 0;
  }

  /** The slot holding bucket `f`, or -1. */
  private slotOf(f: number): number {
    const ints = this.ints;
    let h = Math.imul(f, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const key = ints[h * SLOT_INTS];
      if (key === f) return h;
      if (key === -1) return -1;
      h = (h + 1) & this.tmask;
    }
  }

  emit(feats: Int32Array, from: number, to: number, emissions: Float64Array, base: number, add = false): void {
    const ints = this.ints;
    const bytes = this.bytes;
    const deq = this.deq;
    const shift = this.shift;
    const tmask = this.tmask;
    const filter = this.filter;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    if (add) {
      s0 = emissions[base];
      s1 = emissions[base + 1];
      s2 = emissions[base + 2];
      s3 = emissions[base + 3];
      s4 = emissions[base + 4];
      s5 = emissions[base + 5];
      s6 = emissions[base + 6];
      s7 = emissions[base + 7];
      s8 = emissions[base + 8];
    }
    for (let k = from; k < to; k++) {
      const f = feats[k];
      const b = f & (FILTER_SIZE - 1);
      if (!(filter[b >>> 5] & (1 << (b & 31)))) continue;
      let h = Math.imul(f, 0x9e3779b1) >>> shift;
      let key = ints[h * SLOT_INTS];
      while (key !== f && key !== -1) {
        h = (h + 1) & tmask;
        key = ints[h * SLOT_INTS];
      }
      if (key === -1) continue;
      const o = h * SLOT + 4;
      s0 += deq[bytes[o] + 128];
      s1 += deq[bytes[o + 1] + 128];
      s2 += deq[bytes[o + 2] + 128];
      s3 += deq[bytes[o + 3] + 128];
      s4 += deq[bytes[o + 4] + 128];
      s5 += deq[bytes[o + 5] + 128];
      s6 += deq[bytes[o + 6] + 128];
      s7 += deq[bytes[o + 7] + 128];
      s8 += deq[bytes[o + 8] + 128];
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

  static load(buf: Buffer): CompactModel {
    if (buf.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new Error('not a dossier NER model');
    let off = MAGIC.length;
    const hlen = buf.readUInt32LE(off);
    off += 4;
    const h = JSON.parse(buf.subarray(off, off + hlen).toString('utf8')) as ModelHeader & { scale: number; count: number; slotBits: number };
    off += hlen;
    off += (8 - (off % 8)) % 8;
    const transitions = new Float32Array((L + 1) * L);
    for (let i = 0; i < transitions.length; i++, off += 4) transitions[i] = buf.readFloatLE(off);
    const bytes = (1 << h.slotBits) * SLOT;
    if (off + bytes > buf.length) throw new Error('truncated NER model');
    // Typed-array views need an aligned offset: copy once if the read buffer is not.
    const table = (buf.byteOffset + off) % 4 ? new Uint8Array(buf.subarray(off, off + bytes)) : buf.subarray(off, off + bytes);
    return new CompactModel({ bucketBits: h.bucketBits, epochs: h.epochs, notes: h.notes }, transitions, table, h.slotBits, h.scale);
  }
}
