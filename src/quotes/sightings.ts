// Persons seen in the text before anyone speaks, with the role words written beside them
// ("Belarusian President Alexander Lukashenko"), so that a later "he" or "the Belarusian leader"
// can be resolved. From the entity layers when present, else from title-and-name patterns.
import type { Entity, Mention } from '../brief/types.js';
import { ROLE_WORDS } from './lexicon.js';
import { isSpace } from '../core/whitespace.js';

export interface Sighting {
  offset: number;
  name: string;
  roles: string[];
  entity: string | null;
}

const ROLE_NAME = new RegExp(
  String.raw`((?:\p{Lu}[\p{Ll}'’\-]+[ \t\u00a0]+){0,3}(?:President|Prime[ \t\u00a0]+Minister|Minister|Chancellor|Secretary|Leader|leader|Spokesman|spokesman|Spokeswoman|spokeswoman|Commander|commander|General|Governor|Mayor|Senator|Ambassador|Chairman|chairman|Chief|chief|Director|director|King|Queen|Prince|Premier|Speaker|MP|Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Prof|Professor)\.?[ \t\u00a0]+(?:of[ \t\u00a0]+(?:the[ \t\u00a0]+)?\p{Lu}[\p{L}'’\-]+[ \t\u00a0]+)?)(\p{Lu}[\p{L}'’\-]+(?:[ \t\u00a0]+\p{Lu}[\p{L}'’\-]+){0,2})`,
  'gu',
);

/** text.slice(from, to).split(/\s+/).slice(-n), read from the end without splitting the rest. */
export function lastPieces(text: string, from: number, to: number, n: number): string[] {
  const out: string[] = [];
  let end = to;
  for (;;) {
    let start = end;
    while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
    out.push(text.slice(start, end));
    if (out.length === n || start === from) break;
    end = start - 1;
    while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  }
  return out.reverse();
}

const isPersonType = (t: string): boolean => t === 'PER' || t === 'PERSON';

const TITLE_ONLY = /^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s*$/;

/**
 * The persons seen in the text, in order, up to the first seen at or after `limit` (a reader
 * that stops before `limit` needs none beyond it).
 */
export function findSightings(text: string, mentions?: readonly Mention[], entities?: readonly Entity[], limit = Infinity): Sighting[] {
  const out: Sighting[] = [];
  if (mentions && mentions.length) {
    let byId: Map<string, Entity> | null = null;
    for (const m of mentions) {
      if (!isPersonType(m.type) && !isPersonType(m.type.toUpperCase())) continue;
      if (m.start >= limit) break;
      byId ??= new Map((entities ?? []).map((e) => [e.id, e] as const));
      const before = lastPieces(text, Math.max(0, m.start - 60), m.start, 4);
      const roles = before.map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, '')).filter((w) => ROLE_WORDS.has(w) || /(?:ian|ish|ese|an)$/.test(w));
      const e = m.entity ? byId.get(m.entity) : undefined;
      out.push({ offset: m.start, name: e?.name ?? text.slice(m.start, m.end), roles, entity: m.entity ?? null });
    }
    return out;
  }
  for (const m of text.matchAll(ROLE_NAME)) {
    if (m.index! + m[1].length >= limit) break;
    const roleText = m[1].trim();
    const name = TITLE_ONLY.test(m[1].split(/\s+/).filter(Boolean).slice(-1)[0] ?? '') ? `${m[1].trim().split(/\s+/).slice(-1)[0]} ${m[2]}` : m[2];
    const roles = roleText
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w && !['of', 'the', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady'].includes(w));
    out.push({ offset: m.index! + m[1].length, name: name.replace(/['’]s$/, ''), roles, entity: null });
  }
  return out;
}
