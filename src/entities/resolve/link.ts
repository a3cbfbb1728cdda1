// Linking a cluster to the knowledge base: candidates from every surface of the cluster, scored
// by type fit, popularity, how the name matched and the document's countries. No forced links:
// a cluster whose best candidate scores too low stays unlinked.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { AliasKind, KbEntry, KbType } from '../kb/types.js';
import type { TagType } from './types.js';

/** How well a knowledge-base type fits a tagger type: 1 fits, lower is a tolerated tagger confusion. */
export function typeFit(tag: TagType, type: KbType): number {
  if (type === 'ANY') return 0.7;
  switch (tag) {
    case 'PER':
      return type === 'PERSON' ? 1 : 0;
    case 'ORG':
      return type === 'ORG' || type === 'MILITARY_UNIT' ? 1 : type === 'GPE' || type === 'FACILITY' ? 0.5 : type === 'EVENT' ? 0.3 : 0;
    case 'LOC':
      return type === 'GPE' || type === 'LOC' || type === 'FACILITY' ? 1 : type === 'ORG' || type === 'MILITARY_UNIT' ? 0.5 : 0;
    case 'MISC':
      return type === 'NORP' || type === 'EVENT' ? 1 : type === 'ORG' || type === 'MILITARY_UNIT' || type === 'FACILITY' ? 0.6 : type === 'LOC' ? 0.3 : 0;
  }
}

const PER_AS_ORG_FIT = 0.4;
/** A several-word "person" that is exactly an organisation's name: stronger than one word. */
const PER_NAME_AS_ORG_FIT = 0.7;

const KIND_FIT: Record<AliasKind, number> = { name: 1, alias: 0.9, variant: 0.9 };

export interface LinkContext {
  /** Countries (alpha-3) the document is about, with weights in (0, 1]. */
  countries: Map<string, number>;
  /** True when some country is named at least twice: the document has a clear focus. */
  focused?: boolean;
}

export interface Scored {
  entry: KbEntry;
  score: number;
}

/** Candidates for a set of surface keys, best first. */
export function candidates(kb: KnowledgeBase, keys: Iterable<string>, tag: TagType, ctx: LinkContext): Scored[] {
  return [...bestPerEntry(kb, [...keys], tag, ctx)].map(([entry, score]) => ({ entry, score })).sort((a, b) => b.score - a.score);
}

/** Each entry's best score over the keys (entries with no positive score are left out). */
function bestPerEntry(kb: KnowledgeBase, keyList: readonly string[], tag: TagType, ctx: LinkContext): Map<KbEntry, number> {
  const best = new Map<KbEntry, number>();
  scoreHits(kb, keyList, tag, ctx, (e, s) => {
    if (s > (best.get(e) ?? 0)) best.set(e, s);
  });
  return best;
}

/**
 * chooseLink(candidates(...)) without the list: the first entry with the top score and the best
 * score of any other entry are all the choice reads. One key's hits name each entry once, so
 * only several keys need the best score per entry kept.
 */
export function bestLink(kb: KnowledgeBase, keys: Iterable<string>, tag: TagType, ctx: LinkContext): { entry: KbEntry; confidence: number } | null {
  const keyList = Array.isArray(keys) ? (keys as string[]) : [...keys];
  let top: KbEntry | null = null;
  let topScore = 0;
  let second = 0;
  const consider = (e: KbEntry, s: number) => {
    if (s > topScore) {
      second = topScore;
      top = e;
      topScore = s;
    } else if (s > second) second = s;
  };
  if (keyList.length === 1) scoreHits(kb, keyList, tag, ctx, consider);
  else for (const [e, s] of bestPerEntry(kb, keyList, tag, ctx)) consider(e, s);
  const chosen = top as KbEntry | null;
  return chosen ? linkOf(chosen, topScore, second) : null;
}

/** Every hit of the keys with its score (an entry may come more than once from several keys). */
function scoreHits(kb: KnowledgeBase, keyList: readonly string[], tag: TagType, ctx: LinkContext, take: (e: KbEntry, score: number) => void): void {
  // A "person" the text only ever names by one word may be an organisation the tagger mistook
  // ("Labour wins the election"): a known organisation of that name is a tolerated fit.
  const oneWordPerson = tag === 'PER' && keyList.every((k) => !k.includes(' '));
  const fullPerson = tag === 'PER' && !oneWordPerson;
  // A "person" of several words that is exactly a known organisation's name ("Lib Dems", "Plaid
  // Cymru") and no known person's, nor an untyped item's (which may be a person), is that
  // organisation: the knowledge base's organisations are not named like people.
  // Asked only when a full person's key hits an organisation, which is rare.
  let noPersonNamedSo: boolean | undefined;
  const noPerson = () =>
    (noPersonNamedSo ??= keyList.every((k) => kb.hitsForKey(k).every((h) => h.entry.type !== 'PERSON' && h.entry.type !== 'ANY')));
  /** How well an organisation named `key` fits a "person" mention (typeFit says 0). */
  const personAsOrgFit = (key: string): number =>
    oneWordPerson ? PER_AS_ORG_FIT : key.includes(' ') && noPerson() ? PER_NAME_AS_ORG_FIT : 0;
  for (const key of keyList) {
    for (const hit of kb.hitsForKey(key)) {
      const e = hit.entry;
      const fit = tag === 'PER' && e.type === 'ORG' ? personAsOrgFit(key) : typeFit(tag, e.type);
      if (fit === 0) continue;
      // An untyped popular item is linked only by a name of more than one word, or its own label;
      // a person the text names in full is not linked by the surname alone ("Oona King" is not The King).
      if (e.type === 'ANY' && !key.includes(' ') && (hit.kind !== 'name' || fullPerson)) continue;
      // Short all-letter abbreviations of untyped items are too ambiguous to trust.
      if (e.type === 'ANY' && key.length <= 3) continue;
      const weight = e.country ? (ctx.countries.get(e.country) ?? 0) : 0;
      let s = fit * KIND_FIT[hit.kind] * (0.4 + 0.6 * e.prior) + weight * 0.3;
      // A little-known place abroad, in a document about other countries, is rarely meant
      // (Kent in an English story is not Kent, Washington).
      if (isMinorPlace(e) && ctx.focused) s *= 0.3 + 0.7 * weight;
      take(e, s);
    }
  }
}

function isMinorPlace(e: KbEntry): boolean {
  return (e.type === 'GPE' || e.type === 'LOC') && e.desc !== 'country' && e.desc !== 'territory' && e.prior < 0.6 && !!e.country;
}

export const MIN_LINK_SCORE = 0.3;

/** The chosen entry and a confidence in [0, 1], or null when nothing fits well enough. */
export function chooseLink(scored: Scored[]): { entry: KbEntry; confidence: number } | null {
  const top = scored[0];
  return top ? linkOf(top.entry, top.score, scored[1]?.score ?? 0) : null;
}

function linkOf(entry: KbEntry, score: number, second: number): { entry: KbEntry; confidence: number } | null {
  if (score < MIN_LINK_SCORE) return null;
  const margin = score / (score + second);
  const confidence = Math.max(0.05, Math.min(0.99, 0.5 * margin + 0.5 * Math.min(1, score)));
  return { entry, confidence: Math.round(confidence * 100) / 100 };
}
