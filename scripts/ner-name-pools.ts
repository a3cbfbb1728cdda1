// Names to swap into copies of training documents (src/entities/tagger/augment.ts), read from
// ../shared/data: organisations from the ANNIE organisation lists and the international
// organisations list, and demonyms from countries.json. Cased entries only; the lower-case
// ANNIE lists and its blacklist are skipped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleTokens } from '../src/entities/tagger/simple-tokens.js';

const CASED_NAME = /^\p{Lu}/u;

function tokensOf(name: string): string[] | null {
  const n = name.trim();
  if (!CASED_NAME.test(n) || n.length > 60) return null;
  const toks = simpleTokens(n);
  return toks.length >= 1 && toks.length <= 6 ? toks : null;
}

/** Organisation names, tokenised, sorted and without repeats (deterministic order). */
export function organisationNames(data: string, minors?: ReadonlySet<string>): string[][] {
  const names = new Set<string>();
  const dir = join(data, 'annie-gazetteers/lists');
  for (const line of readFileSync(join(dir, 'lists.def'), 'utf8').split('\n')) {
    const [file, major = '', minor = ''] = line.trim().split(':');
    if (major !== 'organization' || minor === 'blacklist' || (minors && !minors.has(minor)) || file.includes('lower') || !existsSync(join(dir, file))) continue;
    for (const entry of readFileSync(join(dir, file), 'utf8').split('\n')) names.add(entry.split('\t')[0].trim());
  }
  const orgs = readFileSync(join(data, 'intl-orgs-supraverden/general_list.yaml'), 'utf8');
  for (const m of orgs.matchAll(/^ {2}Name_en: *(.+)$/gm)) names.add(m[1].replace(/^['"]|['"]$/g, '').trim());
  const out: string[][] = [];
  for (const n of [...names].sort()) {
    const t = tokensOf(n);
    if (t) out.push(t);
  }
  return out;
}

/**
 * One-word company names of the ANNIE company lists, cased and of letters only ("Accenture",
 * "Aeroflot", "Google"): unknown one-word companies ("Yahoo", "Sophos") were typed like surnames.
 * Whole company lists, with their many-word and odd entries, cost 0.2-0.4 F1 on dev.
 */
export function oneWordCompanies(data: string): string[][] {
  return organisationNames(data, new Set(['company'])).filter((n) => n.length === 1 && /^\p{Lu}\p{Ll}{3,}$/u.test(n[0]));
}

/** English demonyms ("Belarusian", "Kenyan"), sorted. */
export function demonyms(data: string): string[] {
  const countries = JSON.parse(readFileSync(join(data, 'countries/countries.json'), 'utf8')) as Array<{ demonyms?: { eng?: { m?: string } } }>;
  const out = new Set<string>();
  for (const c of countries) {
    const d = c.demonyms?.eng?.m;
    if (d && /^\p{Lu}\p{Ll}+$/u.test(d)) out.add(d);
  }
  return [...out].sort();
}

/**
 * Courtesy titles written before a name: the abbreviated one-word entries of the ANNIE title
 * lists, written with a full stop or without a vowel ("Mr", "Mrs", "Dr", "Prof.", "Rev.").
 * Words of rank ("Sir", "Lord", "Lady") are left out: with them the tagger also dropped
 * "Prince" from "Prince Harry".
 */
export function courtesyTitles(data: string): string[] {
  const dir = join(data, 'annie-gazetteers/lists');
  const out = new Set<string>();
  for (const f of ['title.lst', 'title_male.lst', 'title_female.lst']) {
    for (const entry of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const t = entry.split('\t')[0].trim();
      if (/^\p{Lu}\p{L}*\.$/u.test(t) || /^\p{Lu}[^\P{Ll}aeiouy]+$/u.test(t)) out.add(t);
    }
  }
  return [...out].sort();
}

/**
 * Post-nominal letters of British and Irish public life, written after a name and outside it:
 * members of the Commons, the Scottish, European and Welsh parliaments, the Northern Ireland
 * Assembly and the Dail; King's and Queen's Counsel; the orders of the British Empire. No list
 * in ../shared/data has them (ANNIE's person endings hold only "QC" beside "Jr" and "III").
 */
export const PERSON_LETTERS = ['MP', 'MSP', 'MEP', 'AM', 'MLA', 'TD', 'QC', 'KC', 'CBE', 'OBE', 'MBE'];
/** The members' letters, singular and plural, as written after a party or a place ("Labour MPs"). */
export const MEMBER_LETTERS = ['MP', 'MPs', 'MSP', 'MSPs', 'MEP', 'MEPs', 'AM', 'AMs', 'MLA', 'MLAs', 'TD', 'TDs'];

const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', 'a', 'an']);

/**
 * Organisation head nouns ("armed forces", "publishing house", "institute", "corps") from the
 * ANNIE organisation-noun list, capitalised as they are in a name: entries of one to three
 * words of letters, without function words ("department of economics" is left out).
 */
export function organisationHeads(data: string): string[][] {
  const out = new Set<string>();
  for (const entry of readFileSync(join(data, 'annie-gazetteers/lists/organization_nouns.lst'), 'utf8').split('\n')) {
    const words = entry.split('\t')[0].trim().split(/\s+/);
    if (words.length < 1 || words.length > 3 || words.some((w) => !/^\p{Ll}{3,}$/u.test(w) || FUNCTION_WORDS.has(w))) continue;
    out.add(words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' '));
  }
  return [...out].sort().map((n) => n.split(' '));
}

/**
 * One-word names of people and places in the training documents (a person's last name, a
 * one-word location): what institutions are often named after ("Brookings", "Chatham").
 */
export function oneWordNames(docs: ReadonlyArray<ReadonlyArray<{ tokens: readonly string[]; tags: readonly string[] }>>, types = ['PER', 'LOC']): string[] {
  const out = new Set<string>();
  for (const d of docs) {
    for (const s of d) {
      for (let i = 0; i < s.tags.length; i++) {
        const next = s.tags[i + 1] ?? 'O';
        const last = !next.startsWith('I-');
        const t = s.tokens[i];
        if (!/^\p{Lu}\p{Ll}{2,}$/u.test(t) || !last) continue;
        if ((types.includes('PER') && s.tags[i].endsWith('-PER')) || (types.includes('LOC') && s.tags[i] === 'B-LOC')) out.add(t);
      }
    }
  }
  return [...out].sort();
}

/**
 * Capitalised words that the labelled documents tag O more often than inside a name, counted
 * away from sentence starts ("Government" in "the Kenyan Government").
 */
export function plainCapitalisedWords(docs: ReadonlyArray<ReadonlyArray<{ tokens: readonly string[]; tags: readonly string[] }>>): Set<string> {
  const outside = new Map<string, number>();
  const inside = new Map<string, number>();
  for (const d of docs) {
    for (const s of d) {
      for (let i = 1; i < s.tokens.length; i++) {
        const t = s.tokens[i];
        if (!/^\p{Lu}\p{Ll}+$/u.test(t)) continue;
        const m = s.tags[i] === 'O' ? outside : inside;
        m.set(t, (m.get(t) ?? 0) + 1);
      }
    }
  }
  return new Set([...outside].filter(([t, n]) => n > (inside.get(t) ?? 0)).map(([t]) => t));
}

/**
 * How productive each organisation head noun is in news: the number of distinct capitalised
 * words seen just before it (not followed by "of") in the unlabelled text, plus one. Made-up
 * institutions in the training copies draw their head in proportion, so they look like the
 * institutions news names ("Police", "University", "House" often; "Kennels" seldom) rather
 * than every entry of the list being as likely. Types, not tokens: "White House" counts once.
 */
export function headProductivity(paragraphs: Iterable<string>, heads: readonly (readonly string[])[]): number[] {
  const byLast = new Map<string, number[]>();
  heads.forEach((h, k) => {
    const last = h[h.length - 1];
    byLast.set(last, [...(byLast.get(last) ?? []), k]);
  });
  const seen = heads.map(() => new Set<string>());
  for (const p of paragraphs) {
    const toks = simpleTokens(p);
    for (let i = 1; i < toks.length; i++) {
      const ks = byLast.get(toks[i]);
      if (!ks || toks[i + 1] === 'of') continue;
      for (const k of ks) {
        const h = heads[k];
        const from = i - h.length + 1;
        if (from < 1 || h.some((w, j) => toks[from + j] !== w)) continue;
        const before = toks[from - 1];
        if (/^\p{Lu}\p{Ll}+$/u.test(before) && !FUNCTION_WORDS.has(before.toLowerCase())) seen[k].add(before);
      }
    }
  }
  return seen.map((s) => s.size + 1);
}
