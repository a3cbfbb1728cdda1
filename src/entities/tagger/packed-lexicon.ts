// The run-time lexicon: the same knowledge as Lexicon (lexicon.ts), stored as typed arrays
// that are views over the file's bytes, so loading is a file read and no parsing: no JSON,
// no Map building. Two open-addressing string tables:
// - words: lower-cased words and phrases -> gazetteer type bits, longest gazetteer phrase
//   starting with the word, casing bucket and most frequent cased form;
// - classes: word forms (case kept) -> cluster path;
// and a bit table over the hashes of the gazetteer phrases' word prefixes (mayStartPhrase).
// Keys are kept as UTF-16 code units in one pool per table and compared exactly on lookup,
// so a lookup answers exactly what the Map did (no false positives from hash collisions).
import { hashString } from './hash.js';

const MAGIC = 'dossier-nerlex5\n'; // 16 bytes
const NO_CAPB = 255;
/** log2 of the bits in the phrase-prefix filter (64 KB). */
const PREFIX_BITS = 19;

/** The prefix filter's bit for a phrase hash (the multiplicative hash's top bits). */
function prefixBit(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - PREFIX_BITS);
}

/** One hashed string table: slots -> entry, entry -> key in the pool. */
class StringTable {
  readonly shift: number;
  readonly mask: number;
  constructor(
    /**
     * Two ints per slot: the entry index (-1 when empty) and the FNV-1a hash of its key, so a
     * probe compares hashes on the slot's own cache line (most lookups are of words the
     * table does not hold, and probe more than one slot).
     */
    readonly slots: Int32Array,
    /** Entry i's key is pool[keyStart[i], keyStart[i + 1]). */
    readonly keyStart: Uint32Array,
    readonly pool: Uint16Array,
  ) {
    this.shift = 32 - Math.log2(slots.length / 2);
    this.mask = slots.length / 2 - 1;
  }

  /** The entry of `key`, or -1. */
  find(key: string): number {
    return this.findHashed(key, hashString(key));
  }

  /** find(key), given h = hashString(key): the key is read only where a stored hash matches. */
  findHashed(key: string, h: number): number {
    const slots = this.slots;
    const hs = h | 0;
    let s = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const e = slots[2 * s];
      if (e < 0) return -1;
      if (slots[2 * s + 1] === hs && this.equals(e, key)) return e;
      s = (s + 1) & this.mask;
    }
  }

  private equals(e: number, key: string): boolean {
    const a = this.keyStart[e];
    if (this.keyStart[e + 1] - a !== key.length) return false;
    const pool = this.pool;
    for (let i = 0; i < key.length; i++) if (pool[a + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  static build(keys: readonly string[]): { slots: Int32Array; keyStart: Uint32Array; pool: Uint16Array } {
    let bits = 4;
    while (1 << bits < keys.length * 2) bits++;
    const slots = new Int32Array(2 << bits).fill(-1);
    const shift = 32 - bits;
    const mask = (1 << bits) - 1;
    const keyStart = new Uint32Array(keys.length + 1);
    let chars = 0;
    for (const k of keys) chars += k.length;
    const pool = new Uint16Array(chars);
    let at = 0;
    keys.forEach((k, e) => {
      keyStart[e] = at;
      for (let i = 0; i < k.length; i++) pool[at++] = k.charCodeAt(i);
      const h = hashString(k);
      let s = Math.imul(h, 0x9e3779b1) >>> shift;
      while (slots[2 * s] >= 0) s = (s + 1) & mask;
      slots[2 * s] = e;
      slots[2 * s + 1] = h;
    });
    keyStart[keys.length] = at;
    return { slots, keyStart, pool };
  }
}

type Typed = Int32Array | Uint32Array | Uint16Array | Uint8Array;
type TypedCtor = Int32ArrayConstructor | Uint32ArrayConstructor | Uint16ArrayConstructor | Uint8ArrayConstructor;

/** The plain contents of a packed lexicon, as the builder hands them over. */
export interface LexiconContents {
  /** Lower-cased word or phrase -> gazetteer bits (0: none). */
  gazetteer: ReadonlyMap<string, number>;
  /** Lower-cased first word of a phrase -> the longest phrase length starting with it. */
  gazFirst: ReadonlyMap<string, number>;
  /** Lower-cased word -> [cap bucket 0..4, most frequent cased form]. */
  casing: ReadonlyMap<string, readonly [number, string]>;
  /** Word form -> cluster path integer. */
  classes: ReadonlyMap<string, number>;
}

// Section order in the file (each a typed array, 8-byte aligned, preceded by its byte length).
const SECTIONS: TypedCtor[] = [
  Int32Array, Uint32Array, Uint16Array, // words table
  Int32Array, Uint8Array, Uint8Array, Uint32Array, Uint16Array, // words: gaz, gazMax, capb, casedStart, casedPool
  Int32Array, Uint32Array, Uint16Array, // classes table
  Int32Array, // classes: path
  Int32Array, // phrase-prefix filter
];

export class PackedLexicon {
  private readonly words: StringTable;
  private readonly gaz: Int32Array;
  private readonly gazMaxOf: Uint8Array;
  private readonly capb: Uint8Array;
  private readonly casedStart: Uint32Array;
  private readonly casedPool: Uint16Array;
  private readonly classes: StringTable;
  private readonly paths: Int32Array;
  /**
   * One bit per value of prefixBit: set for the hash of every word prefix (one word or more,
   * up to the whole phrase) of each gazetteer phrase of two words or more. Nearly all the
   * phrases the tagger tries miss; a clear bit answers for a phrase and every longer one
   * starting with it, without the string table's probe. A set bit only sends the phrase on
   * to the table, so the filter changes no answer.
   */
  private readonly prefixes: Int32Array;

  private constructor(s: Typed[]) {
    this.words = new StringTable(s[0] as Int32Array, s[1] as Uint32Array, s[2] as Uint16Array);
    this.gaz = s[3] as Int32Array;
    this.gazMaxOf = s[4] as Uint8Array;
    this.capb = s[5] as Uint8Array;
    this.casedStart = s[6] as Uint32Array;
    this.casedPool = s[7] as Uint16Array;
    this.classes = new StringTable(s[8] as Int32Array, s[9] as Uint32Array, s[10] as Uint16Array);
    this.paths = s[11] as Int32Array;
    this.prefixes = s[12] as Int32Array;
  }

  /**
   * False when no gazetteer phrase of two words or more starts with the words of the
   * lower-cased phrase hashed `h` (hashString of the words joined by spaces); true when one may.
   */
  mayStartPhrase(h: number): boolean {
    const b = prefixBit(h);
    return (this.prefixes[b >>> 5] & (1 << (b & 31))) !== 0;
  }

  /** The words-table entry of a lower-cased word or phrase, or -1 (for the accessors below). */
  find(lower: string): number {
    return this.words.find(lower);
  }

  /** find(lower), given h = hashString(lower). */
  findHashed(lower: string, h: number): number {
    return this.words.findHashed(lower, h);
  }

  /** Gazetteer type bits of a lower-cased phrase (0: not in the gazetteer). */
  gazBits(lower: string): number {
    const e = this.words.find(lower);
    return e < 0 ? 0 : this.gaz[e];
  }

  /** gazBits(lower), given h = hashString(lower). */
  gazBitsHashed(lower: string, h: number): number {
    const e = this.words.findHashed(lower, h);
    return e < 0 ? 0 : this.gaz[e];
  }

  /** Gazetteer type bits of the entry's word on its own (0: none). */
  gazAt(e: number): number {
    return e < 0 ? 0 : this.gaz[e];
  }

  /** Longest gazetteer phrase starting with the entry's word (0: none). */
  gazMaxAt(e: number): number {
    return e < 0 ? 0 : this.gazMaxOf[e];
  }

  /** 0 (almost never capitalised mid-sentence) .. 4 (almost always); undefined when unseen. */
  capBucketAt(e: number): number | undefined {
    if (e < 0) return undefined;
    const b = this.capb[e];
    return b === NO_CAPB ? undefined : b;
  }

  capBucketOf(lower: string): number | undefined {
    return this.capBucketAt(this.words.find(lower));
  }

  /** The most frequent cased form of the entry's word; undefined when unseen. */
  casedAt(e: number, lower: string): string | undefined {
    if (e < 0 || this.capb[e] === NO_CAPB) return undefined;
    const a = this.casedStart[e];
    const b = this.casedStart[e + 1];
    if (a === b) return lower;
    let s = '';
    for (let i = a; i < b; i++) s += String.fromCharCode(this.casedPool[i]);
    return s;
  }

  casedForm(lower: string): string | undefined {
    return this.casedAt(this.words.find(lower), lower);
  }

  /** Cluster path of a word form (case kept), or undefined. */
  classOf(form: string): number | undefined {
    const e = this.classes.find(form);
    return e < 0 ? undefined : this.paths[e];
  }

  /** classOf(form), given h = hashString(form). */
  classOfHashed(form: string, h: number): number | undefined {
    const e = this.classes.findHashed(form, h);
    return e < 0 ? undefined : this.paths[e];
  }

  static pack(c: LexiconContents): Buffer {
    const keys = [...new Set([...c.gazetteer.keys(), ...c.gazFirst.keys(), ...c.casing.keys()])].sort();
    const w = StringTable.build(keys);
    const n = keys.length;
    const gaz = new Int32Array(n);
    const gazMax = new Uint8Array(n);
    const capb = new Uint8Array(n).fill(NO_CAPB);
    const casedStart = new Uint32Array(n + 1);
    const cased: number[] = [];
    keys.forEach((k, e) => {
      gaz[e] = c.gazetteer.get(k) ?? 0;
      gazMax[e] = Math.min(255, c.gazFirst.get(k) ?? 0);
      casedStart[e] = cased.length;
      const cs = c.casing.get(k);
      if (cs) {
        capb[e] = cs[0];
        if (cs[1] !== k) for (let i = 0; i < cs[1].length; i++) cased.push(cs[1].charCodeAt(i));
      }
    });
    casedStart[n] = cased.length;
    const ckeys = [...c.classes.keys()].sort();
    const ct = StringTable.build(ckeys);
    const paths = Int32Array.from(ckeys, (k) => c.classes.get(k)!);
    const prefixes = new Int32Array((1 << PREFIX_BITS) / 32);
    for (const [k, bits] of c.gazetteer) {
      if (!bits || k.indexOf(' ') < 0) continue;
      // Every prefix that ends at a word's end (at each space, and the whole key), hashed as the
      // tagger hashes a phrase (hashString of the words joined by spaces).
      for (let end = k.indexOf(' '); ; end = k.indexOf(' ', end + 1)) {
        const b = prefixBit(hashString(end < 0 ? k : k.slice(0, end)));
        prefixes[b >>> 5] |= 1 << (b & 31);
        if (end < 0) break;
      }
    }
    const sections: Typed[] = [w.slots, w.keyStart, w.pool, gaz, gazMax, capb, casedStart, Uint16Array.from(cased), ct.slots, ct.keyStart, ct.pool, paths, prefixes];
    const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1')];
    let at = MAGIC.length;
    for (const s of sections) {
      const len = Buffer.alloc(8);
      len.writeUInt32LE(s.byteLength);
      parts.push(len);
      at += 8;
      parts.push(Buffer.from(s.buffer, s.byteOffset, s.byteLength));
      at += s.byteLength;
      const pad = (8 - (at % 8)) % 8;
      parts.push(Buffer.alloc(pad));
      at += pad;
    }
    return Buffer.concat(parts);
  }

  /** Views over `buf` (copied once if it is not 8-byte aligned); no parsing. */
  static load(buf: Uint8Array): PackedLexicon {
    if (Buffer.from(buf.buffer, buf.byteOffset, MAGIC.length).toString('latin1') !== MAGIC) throw new Error('not a dossier NER lexicon');
    if (buf.byteOffset % 8) buf = new Uint8Array(buf);
    const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    let at = MAGIC.length;
    const out: Typed[] = [];
    for (const C of SECTIONS) {
      if (at + 8 > buf.byteLength) throw new Error('truncated NER lexicon');
      const bytes = dv.getUint32(at, true);
      at += 8;
      if (at + bytes > buf.byteLength) throw new Error('truncated NER lexicon');
      out.push(new C(buf.buffer as ArrayBuffer, buf.byteOffset + at, bytes / C.BYTES_PER_ELEMENT));
      at += bytes + ((8 - ((at + bytes) % 8)) % 8);
    }
    return new PackedLexicon(out);
  }
}
