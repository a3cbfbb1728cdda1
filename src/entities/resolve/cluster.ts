// Grouping named mentions that corefer: the same name, the same knowledge-base entry, a defined
// acronym, or a person's surname (or initials and surname) after the full name.
import type { Mention } from '../../brief/types.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { normKey } from '../kb/normalize.js';
import { bestLink, type LinkContext } from './link.js';
import { keyOf, personWords, type SpanNames } from './surface.js';
import { tagTypeOf, type Cluster } from './types.js';

export function newCluster(m: Mention, key: string): Cluster {
  return { mentions: [m], tag: tagTypeOf(m.type), type: m.type, keys: new Set(key ? [key] : []), link: null, roles: new Set() };
}

/** True when a person key names the same person as a cluster's fuller name ("lukashenko", "a lukashenko"). */
function personMatch(words: readonly string[], c: Cluster): boolean {
  if (c.tag !== 'PER' || words.length === 0) return false;
  for (const k of c.keys) {
    const full = personWords(k);
    if (full.length < 2 || words.length > full.length) continue;
    if (words[words.length - 1] !== full[full.length - 1]) continue;
    if (words.length === 1) return true;
    // Initials or given names must agree with the fuller name's.
    const ok = words.slice(0, -1).every((w, i) => {
      const f = full[i];
      return f !== undefined && (w === f || (w.length === 1 && f.startsWith(w)));
    });
    if (ok) return true;
  }
  return false;
}

export interface ClusterOptions {
  kb: KnowledgeBase;
  ctx: LinkContext;
  /** Acronym key -> the mention that spells it out. */
  acronyms: Map<string, Mention>;
  /** The document's span names, when the caller keeps them. */
  names?: SpanNames;
}

/** Clusters named mentions in text order; returns clusters and the cluster of each mention. */
export function clusterNamed(text: string, mentions: readonly Mention[], opts: ClusterOptions): Map<Mention, Cluster> {
  const of = new Map<Mention, Cluster>();
  // The first cluster of each name, one for people and one for other kinds: a name the tagger
  // typed both ways ("Marsh" the insurer, then "Marsh" as a person) keeps one cluster per side,
  // instead of a new person for every later mention.
  const byKey = new Map<string, Cluster>();
  const slot = (key: string, tag: string) => (tag === 'PER' ? 'p ' : 'o ') + key;
  const byEntry = new Map<string, Cluster>();
  const clusters: Cluster[] = [];

  /** Person clusters with a name of two or more words, by surname: surname lookups stay cheap. */
  const bySurname = new Map<string, Cluster[]>();
  const indexPerson = (c: Cluster, key: string): void => {
    if (c.tag !== 'PER') return;
    const words = personWords(key);
    if (words.length < 2) return;
    const last = words[words.length - 1];
    const list = bySurname.get(last) ?? [];
    if (!list.includes(c)) list.push(c);
    bySurname.set(last, list);
  };
  const join = (m: Mention, c: Cluster, key: string): void => {
    c.mentions.push(m);
    if (key) c.keys.add(key);
    of.set(m, c);
    if (key && !byKey.has(slot(key, c.tag))) byKey.set(slot(key, c.tag), c);
    indexPerson(c, key);
  };

  for (const m of mentions) {
    const key = opts.names ? opts.names.key(m) : keyOf(text, m);
    const tag = tagTypeOf(m.type);
    // 1. The same name already seen (with a compatible type: a person is no organisation).
    let c = byKey.get(slot(key, tag));
    // 2. A defined acronym.
    if (!c) {
      const long = opts.acronyms.get(key);
      if (long && of.has(long)) c = of.get(long);
    }
    // 3. A person's surname or initials after the full name (the most recent such person).
    if (!c && tag === 'PER') {
      const words = personWords(key);
      const same = bySurname.get(words[words.length - 1]) ?? [];
      for (let i = same.length - 1; i >= 0; i--) {
        if (personMatch(words, same[i])) {
          c = same[i];
          break;
        }
      }
    }
    // 4. The same knowledge-base entry under another name (Kiev / Kyiv).
    if (!c) {
      const link = bestLink(opts.kb, [key], tag, opts.ctx);
      if (link) c = byEntry.get(link.entry.id);
      if (!c) {
        c = newCluster(m, key);
        clusters.push(c);
        indexPerson(c, key);
        of.set(m, c);
        if (key && !byKey.has(slot(key, c.tag))) byKey.set(slot(key, c.tag), c);
        if (link) byEntry.set(link.entry.id, c);
        continue;
      }
    }
    join(m, c, key);
  }

  // A lone surname seen before the full name ("Lukashenko tries ..." in a title) joins it later.
  for (const c of clusters) {
    if (c.tag !== 'PER' || c.mentions.length === 0) continue;
    const words = [...c.keys].map(personWords);
    if (!words.every((w) => w.length === 1)) continue;
    const fuller = (bySurname.get(words[0][0]) ?? []).filter(
      (o) => o !== c && o.mentions.length > 0 && words.every((w) => personMatch(w, o)),
    );
    if (fuller.length !== 1) continue;
    const target = fuller[0];
    for (const m of c.mentions) {
      target.mentions.push(m);
      of.set(m, target);
    }
    for (const k of c.keys) target.keys.add(k);
    c.mentions = [];
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
  return of;
}

/**
 * A name the knowledge base does not know, typed a person in some places and something else in
 * others ("Marsh" the insurer, "Marsh posted a loss"), is one thing in one article: the two
 * clusters join, taking the type most of the mentions have (the earlier cluster's on a tie).
 * Known names stay apart: the article may mean two things ("Washington" the city and the man).
 * Returns the clusters left.
 */
export function joinNamesTypedBothWays(clusters: Cluster[], of: Map<Mention, Cluster>): Cluster[] {
  const byNames = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (c.link || c.keys.size === 0 || c.mentions.length === 0) continue;
    const names = [...c.keys].sort().join('|');
    const list = byNames.get(names) ?? [];
    list.push(c);
    byNames.set(names, list);
  }
  for (const list of byNames.values()) {
    if (list.length !== 2 || (list[0].tag === 'PER') === (list[1].tag === 'PER')) continue;
    const [a, b] = list[0].mentions[0].start <= list[1].mentions[0].start ? list : [list[1], list[0]];
    const keep = b.mentions.length > a.mentions.length ? b : a;
    const drop = keep === a ? b : a;
    for (const m of drop.mentions) {
      keep.mentions.push(m);
      of.set(m, keep);
    }
    keep.mentions.sort((x, y) => x.start - y.start);
    drop.mentions = [];
  }
  return clusters.filter((c) => c.mentions.length > 0);
}

/** Acronym key -> long-form mention, from "Long Name (ACR)" definitions. */
export function acronymMap(defs: { long: Mention; acronym: string }[]): Map<string, Mention> {
  const map = new Map<string, Mention>();
  for (const d of defs) map.set(normKey(d.acronym), d.long);
  return map;
}
