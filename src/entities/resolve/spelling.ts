// Names worth a note. A name the knowledge base does not know, one or two edits from a much more
// common known name of a compatible type, is a probable misspelling ("Chatnam House" -> Chatham
// House). A name the knowledge base lists as an accepted transliteration (Kiev for Kyiv) is a
// variant: linked, noted, never an error.
import type { Finding, Mention } from '../../brief/types.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { KbEntry } from '../kb/types.js';
import { editDistance } from './edit-distance.js';
import { bucketSignatures, charSet, groupOf, nextMayBeWithin, spaceCount } from './key-signature.js';
import { typeFit } from './link.js';
import type { Cluster } from './types.js';

/** A suggestion must be at least this popular ("much more common" than an unknown name). */
const MIN_PRIOR = 0.5;

/** Allowed edits by key length: short names are too easily one edit from another real name. */
function maxEdits(key: string): number {
  const letters = key.length - spaceCount(key);
  if (letters < 6) return 0;
  return letters >= 10 ? 2 : 1;
}

/** The known entry an unknown name is probably a misspelling of, or null. */
/**
 * `typeKnown`: whether `tag` comes from a tagger; a guessed type (the fallback proposer's) lets
 * any typed entry be the suggestion.
 */
export function misspellingOf(kb: KnowledgeBase, key: string, tag: Cluster['tag'], typeKnown = true): KbEntry | null {
  // The same unknown names recur across a corpus: remember each answer (per knowledge base).
  // One map per tag and typeKnown, keyed by the name key itself (no key string is built).
  let memos = MEMO.get(kb);
  if (!memos) MEMO.set(kb, (memos = TAGS.flatMap(() => [new Map(), new Map()])));
  const memo = memos[TAGS.indexOf(tag) * 2 + (typeKnown ? 1 : 0)];
  const known = memo.get(key);
  if (known !== undefined) return known;
  const found = searchMisspelling(kb, key, tag, typeKnown);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, found);
  return found;
}

const MEMO = new WeakMap<KnowledgeBase, Map<string, KbEntry | null>[]>();
const TAGS: readonly Cluster['tag'][] = ['PER', 'ORG', 'LOC', 'MISC'];
const MEMO_MAX = 100_000;

function searchMisspelling(kb: KnowledgeBase, key: string, tag: Cluster['tag'], typeKnown: boolean): KbEntry | null {
  const max = maxEdits(key);
  if (max === 0 || kb.hasKey(key)) return null;
  const words = spaceCount(key);
  const chars = charSet(key);
  let best: { entry: KbEntry; d: number } | null = null;
  let tie = false;
  for (const bucket of kb.nearBuckets(key, max)) {
    // only the keys with as many spaces, in bucket order (the order settles ties)
    const sig = bucketSignatures(bucket);
    const [from, to] = groupOf(sig, words);
    for (let g = nextMayBeWithin(sig, from, to, chars, max); g < to; g = nextMayBeWithin(sig, g + 1, to, chars, max)) {
      const k = bucket[sig.order[g]];
      // (the filters are independent; the cheapest and most selective run first)
      const d = editDistance(key, k, max);
      if (d === 0 || d > max) continue;
      // A plural or singular of a known name is not a misspelling of it ("Gibraltarians").
      if (key === `${k}s` || k === `${key}s` || key === `${k}es`) continue;
      // Spelled words differ by letters only: "chatnam house" vs "chatham house", not "house" vs "houses".
      if (/\d/.test(k) !== /\d/.test(key)) continue;
      for (const hit of kb.hitsForKey(k)) {
        const e = hit.entry;
        if (hit.kind === 'variant' || e.type === 'ANY' || e.type === 'NORP') continue;
        // One-word aliases are often foreign spellings (GeoNames' "Gibraltaras"): names only.
        if (hit.kind === 'alias' && words === 1) continue;
        // Taggers confuse organisations and places ("Chatnam House"/LOC); never people with either.
        if (e.prior < MIN_PRIOR || (typeKnown && typeFit(tag, e.type) < (tag === 'PER' || e.type === 'PERSON' ? 1 : 0.5))) continue;
        // Word by word, a multi-word name must keep most of its words exactly.
        if (words > 1 && !sameWordsButOne(key, k)) continue;
        if (!best || d < best.d || (d === best.d && e.prior > best.entry.prior)) {
          tie = !!best && d === best.d && best.entry !== e && Math.abs(e.prior - best.entry.prior) < 0.1;
          best = { entry: e, d };
        } else if (d === best.d && e !== best.entry && Math.abs(e.prior - best.entry.prior) < 0.1) tie = true;
      }
    }
  }
  return best && !tie ? best.entry : null;
}

function sameWordsButOne(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  let diff = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff++;
  return diff <= 1;
}

/** Findings for a cluster's surfaces: variants (info) and probable misspellings (warning). */
export function spellingFindings(
  kb: KnowledgeBase,
  cluster: Cluster,
  surfaceOfMention: (m: Mention) => string,
  keyOfMention: (m: Mention) => string,
): Finding[] {
  const out: Finding[] = [];
  const link = cluster.link?.entry;
  // A variant needs a link, a misspelling a suggestion: most clusters have neither.
  if (!link && !cluster.misspelling) return out;
  const named = cluster.mentions.filter((m) => m.via !== 'pronoun' && m.via !== 'role');
  const bySurfaceKey = new Map<string, Mention[]>();
  for (const m of named) {
    const k = keyOfMention(m);
    const list = bySurfaceKey.get(k);
    if (list) list.push(m);
    else bySurfaceKey.set(k, [m]);
  }
  const spansOf = (ms: Mention[]) => ms.map((m) => ({ start: m.start, end: m.end }));
  for (const [key, ms] of bySurfaceKey) {
    const surface = surfaceOfMention(ms[0]);
    if (link && kb.hitsForKey(key).some((h) => h.entry === link && h.kind === 'variant')) {
      out.push({
        rule: 'entity.variant',
        severity: 'info',
        message: `"${surface}" is an accepted spelling variant of ${link.name}`,
        spans: spansOf(ms),
        expected: link.name,
        actual: surface,
        refs: [link.id],
      });
      continue;
    }
    if (cluster.misspelling && keyOfMention(ms[0]) === key && !kb.hasKey(key)) {
      const e = cluster.misspelling.entry;
      out.push({
        rule: 'entity.misspelling',
        severity: 'warning',
        message: `"${surface}" is probably a misspelling of ${e.name}${e.desc ? ` (${e.desc})` : ''}`,
        spans: spansOf(ms),
        expected: e.name,
        actual: surface,
        refs: [e.id],
      });
    }
  }
  return out;
}
