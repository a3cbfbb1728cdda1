// Candidate names for subjects and sources: the mentions layer when a tagger ran, else runs
// of capitalised words ("Land Forces", "Bank of England"), trimmed of titles and of the
// capitalised first word of a sentence when that word is an ordinary word elsewhere.
import type { Entity, Mention } from '../brief/types.js';
import { MONTHS, NOT_NAMES } from './lexicon.js';
import type { TextView } from './text-view.js';

export interface NameSpan {
  start: number;
  end: number;
  tokA: number;
  tokB: number;
  name: string;
  type?: string;
  /** The name is followed by a possessive 's. */
  possessive: boolean;
}

const CONNECT = new Set(['of', '&', 'de', 'for', 'du', 'von', 'van', 'der', 'la', 'le']);
const DEMONYM = /(ian|ese|ish|ean|ic|i|an)$/;

export function findNames(
  v: TextView,
  mentions: readonly Mention[] | undefined,
  entities: readonly Entity[] | undefined,
): NameSpan[] {
  const out: NameSpan[] = [];
  if (mentions && mentions.length) {
    const byId = new Map((entities ?? []).map((e) => [e.id, e] as const));
    for (const m of mentions) {
      if (m.type === 'PRON' || m.via === 'pronoun') continue;
      const [a, b] = v.tokens.range(m.start, m.end);
      const ent = m.entity ? byId.get(m.entity) : undefined;
      out.push({
        start: m.start, end: m.end, tokA: a, tokB: b, name: ent?.name ?? v.text.slice(m.start, m.end), type: ent?.type ?? m.type,
        possessive: /^['’]s$/.test(v.word(b)),
      });
    }
    return out.sort((x, y) => x.start - y.start);
  }
  const lowerSeen = new Set<string>();
  const capInside = new Set<string>();
  for (let i = 0; i < v.length; i++) {
    if (v.isLowerWord(i)) lowerSeen.add(v.lower(i));
    else if (v.isCap(i) && i > 0 && v.sentOf[i - 1] === v.sentOf[i] && /^\p{L}/u.test(v.word(i - 1))) capInside.add(v.lower(i));
  }
  let i = 0;
  while (i < v.length) {
    if (!v.isCap(i) || !v.isWord(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < v.length && v.sentOf[j] === v.sentOf[i]) {
      if (v.isCap(j) && v.isWord(j) && !/[^.]{3,}\.$/.test(v.word(j - 1))) j++;
      else if (CONNECT.has(v.lower(j)) && v.isCap(j + 1) && v.lower(j) !== 'for') j++;
      else break;
    }
    let a = i;
    // trim titles and sentence-initial function words
    while (a < j && NOT_NAMES.has(v.lower(a).replace(/\.$/, ''))) a++;
    let b = j;
    while (b > a && CONNECT.has(v.lower(b - 1))) b--;
    const sentStart = a === v.tokens.range(v.sentences[Math.max(0, v.sentOf[a])]?.start ?? 0, 0)[0];
    void sentStart;
    if (b > a) {
      const single = b - a === 1;
      const l = v.lower(a);
      const firstOfSentence = a > 0 && v.sentOf[a - 1] !== v.sentOf[a] || a === 0 || /^[“"‘'(«—–-]$/.test(v.word(a - 1));
      const skip =
        (single && MONTHS.has(l)) ||
        (single && firstOfSentence && (lowerSeen.has(l) || (!capInside.has(l) && /(ors|ers|ists|ants|ents|ies|ings|ly|ed|ing)$/.test(l)))) ||
        (single && DEMONYM.test(l) && v.isLowerWord(b) && /^(ian|ese|ish|ean)$/.test(l.slice(-3)) ) ||
        (single && /(ian|ese|ish)$/.test(l) && v.isLowerWord(b)) ||
        (single && l.length < 2);
      if (!skip) {
        out.push({
          start: v.start(a), end: v.end(b - 1), tokA: a, tokB: b, name: v.text.slice(v.start(a), v.end(b - 1)),
          possessive: /^['’]s$/.test(v.word(b)),
        });
      }
    }
    i = j;
  }
  return out;
}
