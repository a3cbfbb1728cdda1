// The countries a document names, for linking: a place or nationality that points to one
// country vouches for it, weighted by how often it is named.
import type { Mention } from '../../brief/types.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { LinkContext } from './link.js';
import type { SpanNames } from './surface.js';

/** Countries the document names (as places or nationalities), weighted by how often. */
export function documentCountries(names: SpanNames, kb: KnowledgeBase, mentions: readonly Mention[]): LinkContext {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const c = countryOfKey(kb, names.key(m));
    if (c === null) continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const top = Math.max(1, ...counts.values());
  const out = new Map<string, number>();
  for (const [c, n] of counts) out.set(c, n / top);
  return { countries: out, focused: top >= 2 };
}

/** The one country a name key points to, or null; the same keys recur in every document, so
 *  each answer is kept (per knowledge base, bounded). */
function countryOfKey(kb: KnowledgeBase, key: string): string | null {
  let memo = MEMO.get(kb);
  if (!memo) MEMO.set(kb, (memo = new Map()));
  let c = memo.get(key);
  if (c === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(key, (c = searchCountry(kb, key)));
  }
  return c;
}

const MEMO = new WeakMap<KnowledgeBase, Map<string, string | null>>();
const MEMO_MAX = 100_000;

function searchCountry(kb: KnowledgeBase, key: string): string | null {
  // Only names that point to one country count: "Georgia" (country or US state) does not.
  // Little-known places do not count: they would vouch for themselves (Kent, Washington).
  let c: string | null = null;
  for (const { entry: e } of kb.hitsForKey(key)) {
    if (!e.country || !(e.type === 'GPE' || e.type === 'NORP' || e.type === 'LOC')) continue;
    if (!(e.prior >= 0.6 || e.desc === 'country' || e.desc === 'territory')) continue;
    if (c === null) c = e.country;
    else if (c !== e.country) return null;
  }
  return c;
}
