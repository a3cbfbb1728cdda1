// The compiled knowledge base as one binary file (models/kb.bin) read through typed-array views:
// loading is a file read, with no JSON parsing, no Map building and no bulk string decoding (each
// string is decoded from the UTF-8 pool when first needed). Three open-addressing tables (normalised name keys -> alias hits, role descriptions
// -> entries, ids -> entry) answer exactly what the Maps of KnowledgeBase answered: keys are
// compared in full on lookup, and keys, hits and roles keep the Maps' insertion order. Entries are
// decoded on first access and cached, so the same entry is always the same object.
import { hashString } from '../tagger/hash.js';
import { KnowledgeBase } from './knowledge-base.js';
import { normKey } from './normalize.js';
import { KB_TYPES, type AliasHit, type AliasKind, type KbEntry } from './types.js';

const MAGIC = 0x3242_4b44; // "DKB2" little-endian
const HEADER = 18;
/** Int32 fields per entry: id, name, country, desc, aliases, variants, roles, date, end as (start, length) pairs; type; prior*1000. */
const ENT = 20;
const KINDS: readonly AliasKind[] = ['name', 'alias', 'variant'];
/** A near bucket's number: first UTF-16 unit * NEAR_FIRST + length. */
const NEAR_FIRST = 0x200000;

const slotOf = (h: number, shift: number): number => Math.imul(h, 0x9e3779b1) >>> shift;

/** An open-addressing table over `n` records whose keys are (start, length) spans of the pool. */
class SpanTable {
  private readonly shift: number;
  private readonly mask: number;
  constructor(
    private readonly slots: Int32Array,
    private readonly hashes: Uint32Array,
    /** Record i's key is the UTF-8 bytes pool[spans[i * stride + at], + spans[i * stride + at + 1]). */
    private readonly spans: Int32Array,
    private readonly stride: number,
    private readonly at: number,
    private readonly pool: Buffer,
  ) {
    this.shift = 32 - Math.log2(slots.length);
    this.mask = slots.length - 1;
  }

  find(key: string): number {
    const h = hashString(key);
    let s = slotOf(h, this.shift);
    for (;;) {
      const r = this.slots[s];
      if (r < 0) return -1;
      if (this.hashes[r] === h) {
        const o = r * this.stride + this.at;
        const from = this.spans[o];
        if (sameKey(this.pool, from, this.spans[o + 1], key)) return r;
      }
      s = (s + 1) & this.mask;
    }
  }
}

/** pool[from, from + len) decodes to key: ASCII keys (nearly all) compare byte by byte, with no
 *  string decoded; others are decoded. */
function sameKey(pool: Buffer, from: number, len: number, key: string): boolean {
  for (let i = 0; i < len; i++) {
    const b = pool[from + i];
    if (b >= 0x80) return pool.toString('utf8', from, from + len) === key;
    if (i >= key.length || key.charCodeAt(i) !== b) return false;
  }
  return len === key.length;
}

function buildSlots(keys: readonly string[], skip?: (i: number) => boolean): { slots: Int32Array; hashes: Uint32Array } {
  let bits = 4;
  while (1 << bits < keys.length * 2) bits++;
  const slots = new Int32Array(1 << bits).fill(-1);
  const hashes = new Uint32Array(keys.length);
  const mask = (1 << bits) - 1;
  keys.forEach((k, i) => {
    hashes[i] = hashString(k);
    if (skip?.(i)) return;
    let s = slotOf(hashes[i], 32 - bits);
    while (slots[s] >= 0) s = (s + 1) & mask;
    slots[s] = i;
  });
  return { slots, hashes };
}

/**
 * keysNear's index, built at pack time so that no process builds it at run time: the keys by
 * near bucket (first UTF-16 unit, length in UTF-16 units), in insertion order within a bucket.
 * heads holds (first, length, start in recs) per bucket, sorted by first then length, then a
 * closing triple whose start is the end of the last bucket; recs holds key record numbers.
 */
function nearIndex(keys: readonly string[]): { heads: Int32Array; recs: Int32Array } {
  const buckets = new Map<number, number[]>();
  keys.forEach((k, r) => {
    if (!k) return; // an empty key is never near a query
    const b = nearBucket(k.charCodeAt(0), k.length);
    const list = buckets.get(b);
    if (list) list.push(r);
    else buckets.set(b, [r]);
  });
  const order = [...buckets.keys()].sort((a, b) => a - b);
  const heads = new Int32Array(order.length * 3 + 3);
  const recs = new Int32Array(keys.length);
  let at = 0;
  order.forEach((b, i) => {
    heads[i * 3] = Math.floor(b / NEAR_FIRST);
    heads[i * 3 + 1] = b % NEAR_FIRST;
    heads[i * 3 + 2] = at;
    for (const r of buckets.get(b)!) recs[at++] = r;
  });
  heads[order.length * 3 + 2] = at;
  return { heads, recs: recs.subarray(0, at) };
}

/** Packs a knowledge base (built from keyed entries) into the binary file. */
export function packKb(kb: KnowledgeBase): Buffer {
  const entries = kb.entries;
  const { keys, roles } = kb.indexes();
  const index = new Map<KbEntry, number>();
  entries.forEach((e, i) => index.set(e, i));

  const pieces: Buffer[] = [];
  const seen = new Map<string, [number, number]>();
  let length = 0;
  const span = (s: string, out: number[]): void => {
    let at = seen.get(s);
    if (at === undefined) {
      const bytes = Buffer.from(s, 'utf8');
      at = [s ? length : 0, bytes.length];
      seen.set(s, at);
      pieces.push(bytes);
      length += bytes.length;
    }
    out.push(at[0], at[1]);
  };

  const ent: number[] = [];
  for (const e of entries) {
    span(e.id, ent);
    span(e.name, ent);
    span(e.country ?? '', ent);
    span(e.desc ?? '', ent);
    span(e.aliases.join('|'), ent);
    span(e.variants.join('|'), ent);
    span(e.roles.join('|'), ent);
    span(e.date ?? '', ent);
    span(e.end ?? '', ent);
    ent.push(KB_TYPES.indexOf(e.type), Math.round(e.prior * 1000));
  }
  const keyRecs: number[] = [];
  const hits: number[] = [];
  for (const [k, hs] of keys) {
    span(k, keyRecs);
    keyRecs.push(hits.length, hs.length);
    for (const h of hs) hits.push((index.get(h.entry)! << 2) | KINDS.indexOf(h.kind));
  }
  const roleRecs: number[] = [];
  const roleHits: number[] = [];
  for (const [k, es] of roles) {
    span(k, roleRecs);
    roleRecs.push(roleHits.length, es.length);
    for (const e of es) roleHits.push(index.get(e)!);
  }
  const near = nearIndex([...keys.keys()]);
  const keyTable = buildSlots([...keys.keys()]);
  const roleTable = buildSlots([...roles.keys()]);
  // Ids: the last entry with an id wins, as in the Map KnowledgeBase.get used.
  const lastOf = new Map<string, number>();
  entries.forEach((e, i) => lastOf.set(e.id, i));
  const idTable = buildSlots(
    entries.map((e) => e.id),
    (i) => lastOf.get(entries[i].id) !== i,
  );
  const pool = Buffer.concat(pieces);

  const sections: ArrayLike<number>[] = [
    ent, keyRecs, keyTable.hashes, keyTable.slots, hits,
    roleRecs, roleTable.hashes, roleTable.slots, roleHits,
    idTable.hashes, idTable.slots, near.heads, near.recs,
  ];
  const header = [MAGIC, entries.length, keys.size, roles.size, pool.length, ...sections.map((s) => s.length)];
  const ints = new Int32Array(HEADER + sections.reduce((n, s) => n + s.length, 0));
  ints.set(header);
  let at = HEADER;
  for (const s of sections) {
    ints.set(s, at);
    at += s.length;
  }
  return Buffer.concat([Buffer.from(ints.buffer), pool]);
}

/** The knowledge base answering from the packed file; same answers as the Map KnowledgeBase it was packed from. */
export class PackedKnowledgeBase extends KnowledgeBase {
  private readonly n: number;
  private readonly ent: Int32Array;
  private readonly keyRecs: Int32Array;
  private readonly hits: Int32Array;
  private readonly roleRecs: Int32Array;
  private readonly roleHits: Int32Array;
  private readonly pool: Buffer;
  private readonly keyTable: SpanTable;
  private readonly roleTable: SpanTable;
  private readonly idTable: SpanTable;
  private readonly decoded: (KbEntry | undefined)[];
  private readonly hitLists: (readonly AliasHit[] | undefined)[];
  private readonly roleLists: (readonly KbEntry[] | undefined)[];
  private all: readonly KbEntry[] | null = null;
  /** keysNear's index (nearIndex), and the buckets decoded so far by bucket number. */
  private readonly nearHeads: Int32Array;
  private readonly nearRecs: Int32Array;
  private readonly nearKeys = new Map<number, string[]>();
  private countryMap: Map<string, KbEntry> | null = null;

  constructor(bytes: Uint8Array) {
    super([], true);
    // Typed views need 4-byte alignment; a fresh file buffer has it, a slice may not.
    const buf = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
    const head = new Int32Array(buf.buffer, buf.byteOffset, HEADER);
    if (head[0] !== MAGIC) throw new Error('unknown knowledge-base format');
    this.n = head[1];
    const [nKeys, nRoles, poolBytes] = [head[2], head[3], head[4]];
    let at = buf.byteOffset + HEADER * 4;
    const take = (i: number): Int32Array => {
      const v = new Int32Array(buf.buffer, at, head[5 + i]);
      at += v.byteLength;
      return v;
    };
    const u = (v: Int32Array): Uint32Array => new Uint32Array(v.buffer, v.byteOffset, v.length);
    this.ent = take(0);
    this.keyRecs = take(1);
    const keyHashes = u(take(2));
    const keySlots = take(3);
    this.hits = take(4);
    this.roleRecs = take(5);
    const roleHashes = u(take(6));
    const roleSlots = take(7);
    this.roleHits = take(8);
    const idHashes = u(take(9));
    const idSlots = take(10);
    this.nearHeads = take(11);
    this.nearRecs = take(12);
    this.pool = Buffer.from(buf.buffer, at, poolBytes);
    this.keyTable = new SpanTable(keySlots, keyHashes, this.keyRecs, 4, 0, this.pool);
    this.roleTable = new SpanTable(roleSlots, roleHashes, this.roleRecs, 4, 0, this.pool);
    this.idTable = new SpanTable(idSlots, idHashes, this.ent, ENT, 0, this.pool);
    this.decoded = new Array<KbEntry | undefined>(this.n);
    this.hitLists = new Array<readonly AliasHit[] | undefined>(nKeys);
    this.roleLists = new Array<readonly KbEntry[] | undefined>(nRoles);
  }

  private str(o: number): string {
    const len = this.ent[o + 1];
    return len ? this.pool.toString('utf8', this.ent[o], this.ent[o] + len) : '';
  }

  private entry(i: number): KbEntry {
    let e = this.decoded[i];
    if (e) return e;
    const o = i * ENT;
    const list = (f: number): string[] => {
      const s = this.str(o + f);
      return s ? s.split('|') : [];
    };
    e = {
      id: this.str(o),
      name: this.str(o + 2),
      type: KB_TYPES[this.ent[o + 18]],
      prior: this.ent[o + 19] / 1000,
      aliases: list(8),
      variants: list(10),
      roles: list(12),
    };
    const country = this.str(o + 4);
    const desc = this.str(o + 6);
    const date = this.str(o + 14);
    const end = this.str(o + 16);
    if (country) e.country = country;
    if (desc) e.desc = desc;
    if (date) e.date = date;
    if (end) e.end = end;
    this.decoded[i] = e;
    return e;
  }

  override get entries(): readonly KbEntry[] {
    if (!this.all) this.all = Array.from({ length: this.n }, (_, i) => this.entry(i));
    return this.all;
  }

  override get size(): number {
    return this.n;
  }

  override lookup(name: string): readonly AliasHit[] {
    return this.hitsForKey(normKey(name));
  }

  override hasKey(key: string): boolean {
    return this.keyTable.find(key) >= 0;
  }

  override hitsForKey(key: string): readonly AliasHit[] {
    const k = this.keyTable.find(key);
    if (k < 0) return [];
    let hits = this.hitLists[k];
    if (!hits) {
      const from = this.keyRecs[k * 4 + 2];
      const out: AliasHit[] = [];
      for (let i = from; i < from + this.keyRecs[k * 4 + 3]; i++) {
        out.push({ entry: this.entry(this.hits[i] >> 2), kind: KINDS[this.hits[i] & 3] });
      }
      this.hitLists[k] = hits = out;
    }
    return hits;
  }

  override byRoleDescription(role: string): readonly KbEntry[] {
    const r = this.roleTable.find(normKey(role));
    if (r < 0) return [];
    let list = this.roleLists[r];
    if (!list) {
      const from = this.roleRecs[r * 4 + 2];
      const out: KbEntry[] = [];
      for (let i = from; i < from + this.roleRecs[r * 4 + 3]; i++) out.push(this.entry(this.roleHits[i]));
      this.roleLists[r] = list = out;
    }
    return list;
  }

  override country(cca3: string): KbEntry | undefined {
    if (!this.countryMap) {
      // Scans the packed fields, decoding only the country entries; the last one wins, as before.
      const map = new Map<string, KbEntry>();
      const gpe = KB_TYPES.indexOf('GPE');
      for (let i = 0; i < this.n; i++) {
        const o = i * ENT;
        if (this.ent[o + 18] !== gpe || this.ent[o + 5] === 0) continue;
        if (this.str(o + 6) !== 'country') continue;
        const e = this.entry(i);
        map.set(e.country!, e);
      }
      this.countryMap = map;
    }
    return this.countryMap.get(cca3);
  }

  override get(id: string): KbEntry | undefined {
    const i = this.idTable.find(id);
    return i < 0 ? undefined : this.entry(i);
  }

  override nearBuckets(key: string, maxDelta: number): readonly (readonly string[])[] {
    const out: string[][] = [];
    for (let d = -maxDelta; d <= maxDelta; d++) {
      if (key.length + d < 1) continue;
      const b = this.nearBucketAt(key.charCodeAt(0), key.length + d);
      if (b < 0) continue;
      let keys = this.nearKeys.get(b);
      if (!keys) {
        const recs = this.nearRecs;
        const kr = this.keyRecs;
        const pool = this.pool;
        keys = [];
        for (let i = this.nearHeads[b * 3 + 2], end = this.nearHeads[b * 3 + 5]; i < end; i++) {
          const o = recs[i] * 4;
          keys.push(pool.toString('utf8', kr[o], kr[o] + kr[o + 1]));
        }
        this.nearKeys.set(b, keys);
      }
      out.push(keys);
    }
    return out;
  }

  /** The number of the near bucket (first, length) in nearHeads, or -1 (binary search). */
  private nearBucketAt(first: number, length: number): number {
    const h = this.nearHeads;
    let lo = 0;
    let hi = h.length / 3 - 2; // the closing triple is no bucket
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = h[mid * 3] - first || h[mid * 3 + 1] - length;
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** keysNear's bucket of a key: its first UTF-16 code unit and its length in UTF-16 units. */
function nearBucket(first: number, length: number): number {
  return first * NEAR_FIRST + length;
}
