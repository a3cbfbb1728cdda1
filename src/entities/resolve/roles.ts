// Role descriptions that stand for a named person: "Belarusian President Alexander Lukashenko"
// (an apposition, which also teaches the document the role), then "the Belarusian leader".
// A role is reduced to a signature "BLR:leader" so "Belarusian President", "president of Belarus"
// and "the Belarusian leader" agree.
import type { Mention } from '../../brief/types.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { normKey } from '../kb/normalize.js';
import type { Cluster } from './types.js';

/** Head words of person roles, mapped to a role family. */
const HEADS: Record<string, string> = {
  president: 'leader',
  leader: 'leader',
  'head of state': 'leader',
  dictator: 'leader',
  strongman: 'leader',
  ruler: 'leader',
  'prime minister': 'pm',
  premier: 'pm',
  pm: 'pm',
  'foreign minister': 'foreign',
  'foreign secretary': 'foreign',
  'defence minister': 'defence',
  'defense minister': 'defence',
  'defence secretary': 'defence',
  chancellor: 'chancellor',
  'military intelligence chief': 'intelligence',
  'intelligence chief': 'intelligence',
  'opposition leader': 'opposition',
  monarch: 'monarch',
  king: 'monarch',
  queen: 'monarch',
};

/** Heads as a pattern in which each word may be capitalised ("President", "Prime Minister"). */
const HEAD_RE = Object.keys(HEADS)
  .sort((a, b) => b.length - a.length)
  .map((h) => h.split(' ').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('\\s+'))
  .join('|');
/** "[the] <Modifier>['s] <head>": the modifier is checked against demonyms and country names. */
const ROLE_RE = new RegExp(
  `\\b(?:[Tt]he\\s+)?([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)(?:['’]s)?\\s+(${HEAD_RE})\\b`,
  'g',
);

/** What every role phrase holds: a head after white space. Most texts have none (three in four
 *  BBC stories), and this one scan spares them ROLE_RE's attempt at every word. */
const HAS_HEAD = new RegExp(`\\s(?:${HEAD_RE})\\b`);

/** The country a demonym or country name stands for ("Belarusian", "Ukraine's") or null. */
export function countryOfModifier(kb: KnowledgeBase, word: string): string | null {
  for (const h of kb.lookup(word)) {
    if ((h.entry.type === 'NORP' || (h.entry.type === 'GPE' && h.entry.desc === 'country')) && h.entry.country) {
      return h.entry.country;
    }
  }
  return null;
}

/** Signature of a role phrase ("belarusian president" / "president of belarus") or null. */
export function roleSignature(kb: KnowledgeBase, role: string): string | null {
  const r = normKey(role);
  for (const [head, family] of Object.entries(HEADS)) {
    if (r.endsWith(` ${head}`)) {
      const c = countryOfModifier(kb, r.slice(0, -head.length - 1));
      if (c) return `${c}:${family}`;
    }
    if (r.startsWith(`${head} of `)) {
      const c = countryOfModifier(kb, r.slice(head.length + 4));
      if (c) return `${c}:${family}`;
    }
  }
  return null;
}

/** Bound for hostile input: role phrases considered per document. */
const MAX_ROLES = 1000;

export interface RoleMatch {
  start: number;
  end: number;
  signature: string;
}

/** Role phrases in the text (span without "the"), with their signatures. */
export function findRoles(text: string, kb: KnowledgeBase): RoleMatch[] {
  const out: RoleMatch[] = [];
  if (!HAS_HEAD.test(text)) return out;
  ROLE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROLE_RE.exec(text)) && out.length < MAX_ROLES) {
    const modifier = m[1];
    const country = countryOfModifier(kb, modifier) ?? countryOfModifier(kb, modifier.split(/[- ]/).pop() ?? '');
    if (!country) continue;
    const head = m[2].toLowerCase().replace(/\s+/g, ' ');
    const family = HEADS[head];
    if (!family) continue;
    const start = m.index + m[0].indexOf(modifier);
    out.push({ start, end: m.index + m[0].length, signature: `${country}:${family}` });
  }
  return out;
}

/** Signatures of the roles a knowledge-base entry holds. */
export function entryRoleSignatures(kb: KnowledgeBase, roles: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const r of roles) {
    const s = roleSignature(kb, r);
    if (s) out.add(s);
  }
  return out;
}

/**
 * Adds role mentions: an apposition ("Belarusian President Alexander Lukashenko") attaches the
 * role to the following person and teaches it; a bare role ("the Belarusian leader") attaches to
 * the person of the document who holds it (taught or known to the knowledge base), if exactly one.
 */
export function resolveRoles(
  text: string,
  kb: KnowledgeBase,
  mentions: Mention[],
  of: Map<Mention, Cluster>,
): Mention[] {
  const added: Mention[] = [];
  const roles = findRoles(text, kb);
  if (roles.length === 0) return added;
  const persons = [...new Set(of.values())].filter((c) => c.tag === 'PER' && c.mentions.length > 0);
  const sigCache = new Map<Cluster, Set<string>>();
  const sigsOf = (c: Cluster): Set<string> => {
    let s = sigCache.get(c);
    if (!s) {
      s = entryRoleSignatures(kb, c.link?.entry.roles ?? []);
      sigCache.set(c, s);
    }
    for (const r of c.roles) s.add(r);
    return s;
  };
  const starts = new Map(mentions.map((m) => [m.start, m]));
  // Appositions first, so every later bare role can use what they teach.
  const pending: RoleMatch[] = [];
  for (const r of roles) {
    const after = /^,?\s+/.exec(text.slice(r.end, r.end + 3));
    const next = after ? starts.get(r.end + after[0].length) : undefined;
    const c = next ? of.get(next) : undefined;
    // A person mention that swallowed the role's head ("President Alexander Lukashenko") teaches it too.
    const swallowing = mentions.find((m) => m.start > r.start && m.start < r.end && m.end > r.end && of.get(m)?.tag === 'PER');
    if (swallowing) {
      of.get(swallowing)!.roles.add(r.signature);
      continue;
    }
    if (c && c.tag === 'PER') {
      c.roles.add(r.signature);
      added.push(mentionFor(r, c, of));
    } else pending.push(r);
  }
  for (const r of pending) {
    if (mentions.some((m) => m.start < r.end && r.start < m.end && of.get(m)?.tag === 'PER')) continue;
    const holders = persons.filter((c) => sigsOf(c).has(r.signature));
    if (holders.length !== 1) continue;
    added.push(mentionFor(r, holders[0], of));
  }
  return added;
}

function mentionFor(r: RoleMatch, c: Cluster, of: Map<Mention, Cluster>): Mention {
  const m: Mention = { start: r.start, end: r.end, type: 'PER', entity: null, via: 'role' };
  c.mentions.push(m);
  of.set(m, c);
  return m;
}

const POLITICAL_VERB =
  /^\s+(?:(?:has|have|had|also|is|was|has also|would|will|quickly|later)\s+)?(?:said|says|announced|accused|denied|denies|warned|warns|demanded|demands|insists|insisted|wants|wanted|claimed|claims|rejected|rejects|responded|refused|refuses|agreed|threatened|condemned|condemns|blamed|blames|called|urged|urges|stated|declared|signed|recognised|recognized|retaliated|imposed|sanctioned|expelled|summoned|protested|hopes|hoped|believes|thinks|knows|fears|sees|considers|decided|decides|plans|intends|insists)\b/;

/** True when a place mention is the subject of a political act ("Moscow denied ..."). */
export function actsPolitically(text: string, end: number): boolean {
  return POLITICAL_VERB.test(text.slice(end, end + 40));
}
