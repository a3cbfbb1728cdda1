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

const MAGIC = 0x3142_4b44; // "DKB1" little-endian
const HEADER = 16;
/** Int32 fields per entry: id, name, country, desc, aliases, variants, roles, date, end as (start, length) pairs; type; prior*1000. */
const ENT = 20;
const KINDS: readonly AliasKind[] = ['name', 'alias', 'variant'];

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
    idTable.hashes, idTable.slots,
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
  /** keysNear's index: record offsets by nearBucket, and the buckets decoded so far. */
  private near: Map<number, number[]> | null = null;
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
    if (!this.near) {
      // Built on the first misspelling check only: record offsets by (first UTF-16 unit, UTF-16
      // length), in the keys' insertion order. ASCII keys (nearly all) are bucketed from their
      // bytes; a bucket's strings are decoded when a query first needs them.
      const idx = new Map<number, number[]>();
      const recs = this.keyRecs;
      const pool = this.pool;
      for (let o = 0; o < recs.length; o += 4) {
        const from = recs[o];
        const len = recs[o + 1];
        if (len === 0) continue; // an empty key is never near a query
        let ascii = true;
        for (let p = from; p < from + len; p++) {
          if (pool[p] >= 0x80) {
            ascii = false;
            break;
          }
        }
        let b: number;
        if (ascii) b = nearBucket(pool[from], len);
        else {
          const k = pool.toString('utf8', from, from + len);
          b = nearBucket(k.charCodeAt(0), k.length);
        }
        const list = idx.get(b);
        if (list) list.push(o);
        else idx.set(b, [o]);
      }
      this.near = idx;
    }
    const out: string[][] = [];
    for (let d = -maxDelta; d <= maxDelta; d++) {
      if (key.length + d < 1) continue;
      const b = nearBucket(key.charCodeAt(0), key.length + d);
      let keys = this.nearKeys.get(b);
      if (!keys) {
        const offs = this.near.get(b);
        if (!offs) continue;
        keys = offs.map((o) => this.pool.toString('utf8', this.keyRecs[o], this.keyRecs[o] + this.keyRecs[o + 1]));
        this.nearKeys.set(b, keys);
      }
      out.push(keys);
    }
    return out;
  }

}

/** keysNear's bucket of a key: its first UTF-16 code unit and its length in UTF-16 units. */
function nearBucket(first: number, length: number): number {
  return first * 0x200000 + length;
}
