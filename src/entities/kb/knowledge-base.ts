// The knowledge base in memory: entries plus constant-time maps from normalised names and role
// descriptions to entries, and a length-bucketed name index for near-miss (misspelling) search.
import { normKey } from './normalize.js';
import type { AliasHit, AliasKind, KbEntry } from './types.js';

export class KnowledgeBase {
  private readonly list: readonly KbEntry[];
  private readonly byKey = new Map<string, AliasHit[]>();
  private readonly byRole = new Map<string, KbEntry[]>();
  private readonly byId = new Map<string, KbEntry>();
  /** Keys by first letter and length, for the misspelling search; built lazily. */
  private nearIndex: Map<string, string[]> | null = null;
  private countries: Map<string, KbEntry> | null = null;

  /**
   * `keyed`: the entries' aliases and variants are already normalised keys (the compiled file
   * stores them so, sparing the load the normalisation of every name).
   */
  constructor(entries: readonly KbEntry[], keyed = false) {
    this.list = entries;
    const key = keyed ? (s: string) => s : normKey;
    for (const e of entries) {
      this.byId.set(e.id, e);
      this.add(normKey(e.name), e, 'name');
      for (const a of e.aliases) this.add(key(a), e, 'alias');
      for (const v of e.variants) this.add(key(v), e, 'variant');
      for (const r of e.roles) {
        const k = normKey(r);
        const list = this.byRole.get(k);
        if (list) list.push(e);
        else this.byRole.set(k, [e]);
      }
    }
  }

  private add(key: string, entry: KbEntry, kind: AliasKind): void {
    if (!key) return;
    const hits = this.byKey.get(key);
    if (!hits) {
      this.byKey.set(key, [{ entry, kind }]);
      return;
    }
    const same = hits.find((h) => h.entry === entry);
    // A name that is both the canonical name and listed again as an alias keeps its strongest kind.
    if (same) {
      if (kind === 'name' || (kind === 'alias' && same.kind === 'variant')) same.kind = kind;
      return;
    }
    hits.push({ entry, kind });
  }

  get entries(): readonly KbEntry[] {
    return this.list;
  }

  /** The name and role indexes in insertion order, for packing into the compiled file. */
  indexes(): { keys: ReadonlyMap<string, readonly AliasHit[]>; roles: ReadonlyMap<string, readonly KbEntry[]> } {
    return { keys: this.byKey, roles: this.byRole };
  }

  /** Entries a name may refer to (any spelling of the key); empty when none. */
  lookup(name: string): readonly AliasHit[] {
    return this.byKey.get(normKey(name)) ?? [];
  }

  hasKey(key: string): boolean {
    return this.byKey.has(key);
  }

  hitsForKey(key: string): readonly AliasHit[] {
    return this.byKey.get(key) ?? [];
  }

  /** Entries a role description stands for ("belarusian president" -> Lukashenko). */
  byRoleDescription(role: string): readonly KbEntry[] {
    return this.byRole.get(normKey(role)) ?? [];
  }

  /** The country entry for an ISO alpha-3 code. */
  country(cca3: string): KbEntry | undefined {
    if (!this.countries) {
      this.countries = new Map();
      for (const e of this.entries) if (e.type === 'GPE' && e.desc === 'country' && e.country) this.countries.set(e.country, e);
    }
    return this.countries.get(cca3);
  }

  get(id: string): KbEntry | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.entries.length;
  }

  /** Known keys starting with the same letter whose length is within `maxDelta` of `key`'s. */
  keysNear(key: string, maxDelta: number): string[] {
    return this.nearBuckets(key, maxDelta).flat();
  }

  /** keysNear's keys as the index holds them: one list per length, shortest first. The lists are
   *  the same objects on every call, so a caller may keep facts about their keys beside them. */
  nearBuckets(key: string, maxDelta: number): readonly (readonly string[])[] {
    if (!this.nearIndex) {
      const idx = new Map<string, string[]>();
      for (const k of this.byKey.keys()) {
        const b = `${k[0]}:${k.length}`;
        const list = idx.get(b);
        if (list) list.push(k);
        else idx.set(b, [k]);
      }
      this.nearIndex = idx;
    }
    const out: string[][] = [];
    for (let d = -maxDelta; d <= maxDelta; d++) {
      const list = this.nearIndex.get(`${key[0]}:${key.length + d}`);
      if (list) out.push(list);
    }
    return out;
  }
}
