// Candidate names for subjects and sources: the mentions layer when a tagger ran, else runs
// of capitalised words ("Land Forces", "Bank of England"), trimmed of titles and of the
// capitalised first word of a sentence when that word is an ordinary word elsewhere.
import type { Entity, Mention } from '../brief/types.js';
import { ISO_CODES, MONTHS, NOT_NAMES } from './lexicon.js';
import type { TextView } from './text-view.js';
import { isSpace } from '../core/whitespace.js';
import { WordSieve } from './word-sieve.js';

export interface NameSpan {
  start: number;
  end: number;
  tokA: number;
  tokB: number;
  name: string;
  type?: string;
  /** The name is followed by a possessive 's. */
  possessive: boolean;
  /** The name is a person's (a title before it, or the tagger says so). */
  person?: boolean;
}

const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'president', 'minister', 'chancellor', 'secretary', 'governor', 'mayor', 'general', 'colonel', 'professor', 'prof', 'judge', 'senator', 'chairman', 'spokesman', 'spokeswoman', 'economist', 'analyst', 'executive', 'director', 'commissioner', 'king', 'queen', 'prince', 'pope', 'cardinal']);

/** Demonyms mapped to their country, so "German unemployment" is about Germany (a map, not an
 *  object: "Constructors" is no nationality). */
const DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries({
  german: 'Germany', french: 'France', british: 'UK', russian: 'Russia', chinese: 'China', japanese: 'Japan',
  indian: 'India', american: 'US', belarusian: 'Belarus', ukrainian: 'Ukraine', spanish: 'Spain', italian: 'Italy',
  polish: 'Poland', dutch: 'Netherlands', swedish: 'Sweden', irish: 'Ireland', scottish: 'Scotland', welsh: 'Wales',
  australian: 'Australia', canadian: 'Canada', brazilian: 'Brazil', indonesian: 'Indonesia', turkish: 'Turkey',
  greek: 'Greece', swiss: 'Switzerland', austrian: 'Austria', belgian: 'Belgium', korean: 'Korea', mexican: 'Mexico',
  israeli: 'Israel', iranian: 'Iran', iraqi: 'Iraq', egyptian: 'Egypt', nigerian: 'Nigeria', saudi: 'Saudi Arabia',
  european: 'EU', turk: 'Turkey', briton: 'UK', thai: 'Thailand', pakistani: 'Pakistan', afghan: 'Afghanistan', vietnamese: 'Vietnam', kenyan: 'Kenya', cuban: 'Cuba', portuguese: 'Portugal', norwegian: 'Norway', danish: 'Denmark', finnish: 'Finland',
}));
const DEMONYM_SIEVE = new WordSieve(DEMONYMS.keys());
// Sieves before the lists asked about every capitalised word and the word before it: most words
// are ruled out without hashing them.
const TITLE_SIEVE = new WordSieve(TITLES);
const NOT_NAME_SIEVE = new WordSieve(NOT_NAMES);
/** Index of the first name starting at or after token i (names are sorted by start). */
export function firstNameAtOrAfter(names: readonly NameSpan[], i: number): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (names[mid].tokA < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A nationality word of the list ("Russians", "Turks"), not one guessed from its ending. */
export function isListedDemonym(word: string): boolean {
  return DEMONYMS.has(word.toLowerCase().replace(/s$/, ''));
}

function demonymCountry(l: string): string | null {
  // the word without a plural s: a listed demonym, or three letters or more and "ian"
  const n = l.endsWith('s') ? l.length - 1 : l.length;
  const ian = n >= 6 && l.startsWith('ian', n - 3);
  if (!ian && !DEMONYM_SIEVE.mayHold(l, n)) return null;
  const w = n === l.length ? l : l.slice(0, n);
  const listed = DEMONYMS.get(w);
  if (listed) return listed;
  if (!ian) return null;
  const m = /^(\p{L}{3,})ian$/u.exec(w);
  return m ? m[1].charAt(0).toUpperCase() + m[1].slice(1) + 'ia' : null;
}

/** Acronyms of measures, not of entities. */
const MEASURE_ACRONYMS = new Set(['gdp', 'gnp', 'pmi', 'cpi', 'rpi', 'vat', 'ipo', 'ceo', 'cfo', 'gmt', 'bst', 'eps', 'hiv', 'aids']);

const CONNECT = new Set(['of', '&', 'de', 'for', 'du', 'von', 'van', 'der', 'la', 'le']);

export function findNames(
  v: TextView,
  mentions: readonly Mention[] | undefined,
  entities: readonly Entity[] | undefined,
): NameSpan[] {
  const heuristic = capitalisedRuns(v);
  if (!mentions || !mentions.length) return heuristic;
  // the tagger's mentions, and the capitalised runs it did not tag ("Air Forces")
  const out: NameSpan[] = [];
  {
    const byId = new Map<string, Entity>();
    for (const e of entities ?? []) byId.set(e.id, e);
    for (const m of mentions) {
      if (m.type === 'PRON' || m.via === 'pronoun') continue;
      // (the surface text is cut only where it is read: most mentions are named by their entity)
      // "the PMI", "GDP": a measure's acronym is not an entity a figure is about (all are 3 or 4
      // letters, and lower-casing lengthens no word)
      if (m.end - m.start <= 4 && MEASURE_ACRONYMS.has(v.text.slice(m.start, m.end).toLowerCase())) continue;
      const [a, b] = v.tokens.range(m.start, m.end);
      if (!plausibleName(v, a, b)) continue;
      const ent = m.entity ? byId.get(m.entity) : undefined;
      const type = ent?.type ?? m.type;
      const norp = (type === 'NORP' || type === 'MISC') && b - a === 1 ? demonymCountry(v.text.slice(m.start, m.end).toLowerCase()) : null;
      out.push({
        start: m.start, end: m.end, tokA: a, tokB: b, name: norp ?? ent?.name ?? v.text.slice(m.start, m.end), type,
        possessive: isPossessiveS(v.word(b)),
        person: type === 'PER' || type === 'PERSON' || isTitle(v.lower(a - 1)),
      });
    }
  }
  out.sort((x, y) => x.start - y.start);
  // "Deutsche Boerse, the German stock exchange": an apposition naming an organisation makes a
  // name the tagger took for a person's an organisation's, everywhere in the article
  const orgs = new Set<string>();
  for (const n of out) if (n.person && appositionIsOrg(v, n.tokB)) orgs.add(n.name);
  for (const n of out) if (n.person && orgs.has(n.name)) n.person = false;
  unconfirmedPersons(v, out);
  const merged: NameSpan[] = [];
  let k = 0;
  for (const h of heuristic) {
    while (k < out.length && out[k].end <= h.start) merged.push(out[k++]);
    // mentions are sorted and those ending before h are consumed: only out[k] can overlap h
    const overlaps = k < out.length && out[k].start < h.end;
    if (!overlaps) merged.push(h);
  }
  while (k < out.length) merged.push(out[k++]);
  markTitledSurnames(merged);
  return merged.sort((x, y) => x.start - y.start);
}

const ORG_NOUNS = new Set(['company', 'firm', 'group', 'bank', 'exchange', 'bourse', 'carrier', 'airline', 'retailer', 'maker', 'manufacturer', 'insurer', 'operator', 'giant', 'conglomerate', 'corporation', 'broadcaster', 'supermarket', 'chain', 'producer', 'agency', 'party', 'regulator']);

/** ", the German stock exchange": an apposition after token b whose head is an organisation noun. */
function appositionIsOrg(v: TextView, b: number): boolean {
  if (v.word(b) !== ',' || !/^(the|a|an)$/.test(v.lower(b + 1))) return false;
  for (let i = b + 2; i < b + 8 && i < v.length; i++) {
    const l = v.lower(i);
    if (ORG_NOUNS.has(l)) return true;
    if (!v.isWord(i) || /^(that|which|who|of|is|was|has)$/.test(l)) return false;
  }
  return false;
}

/** A tagged span that is no name: a currency code ("UAH 50.8 billion"), "Houston-based", or a
 *  one-word sentence opener the text also writes in lower case ("Inflation is under control"). */
function plausibleName(v: TextView, a: number, b: number): boolean {
  if (b - a !== 1) return true;
  const w = v.word(a);
  // "CSOs", "MPs": a plural of a kind, not a name
  if (pluralAcronym(w)) return false;
  if ((w.length === 3 && ISO_CODES.has(w)) || (w.length >= 6 && w.charCodeAt(w.length - 6) === 45 && /-based$/i.test(w))) return false;
  return !(firstOfSentence(v, a) && v.writesLower(v.lower(a)) && !DEMONYMS.get(v.lower(a).replace(/s$/, '')));
}

const PERSON_APPOSITION = /^(a|an|the)$/;
const PERSON_ROLE = /^(spokesman|spokeswoman|analyst|economist|executive|director|chairman|chairwoman|minister|president|officer|head|chief|founder|leader|secretary|manager|boss|strategist|adviser|advisor|lawyer|professor|researcher|author|governor|commissioner)$/;

/** The tagger's PERSON on a name with nothing else saying so is unsure: "TimeWarner", "Google" or
 *  "Deutsche Boerse" said again and again in full are companies. A person is confirmed by a title,
 *  a surname used alone, or an apposition naming a role ("Michael Lamberty, a Lufthansa spokesman"). */
function unconfirmedPersons(v: TextView, names: NameSpan[]): void {
  const confirmed = new Set<string>();
  const fullUses = new Map<string, number>();
  for (const n of names) {
    if (!n.person) continue;
    const surface = v.text.slice(n.start, n.end);
    if (surface !== n.name && n.name.endsWith(surface)) confirmed.add(n.name);
    if (isTitle(v.lower(n.tokA - 1)) || PERSON_ROLE.test(v.lower(n.tokA - 1))) confirmed.add(n.name);
    if (v.word(n.tokB) === ',' && PERSON_APPOSITION.test(v.lower(n.tokB + 1))) {
      for (let i = n.tokB + 2; i < n.tokB + 7; i++) if (PERSON_ROLE.test(v.lower(i))) confirmed.add(n.name);
    }
    if (surface === n.name) fullUses.set(n.name, (fullUses.get(n.name) ?? 0) + 1);
  }
  for (const n of names) {
    if (!n.person || confirmed.has(n.name)) continue;
    // (one word: nothing /\s+/ would split it at)
    if (lastWordStart(n.name) === 0 || (fullUses.get(n.name) ?? 0) >= 2) n.person = false;
  }
}

function capitalisedRuns(v: TextView): NameSpan[] {
  const out: NameSpan[] = [];
  // whether the text writes l capitalised after a word of its sentence ("... said Vodafone"):
  // asked only about some sentence openers, so looked up then; past CAP_SCANS questions, a set of
  // such words answers (so that a text of many such openers stays linear)
  let capAsks = 0;
  let capSet: Set<string> | null = null;
  const insideSentence = (k: number) => v.isCap(k) && k > 0 && v.sentOf[k - 1] === v.sentOf[k] && startsWithLetter(v.word(k - 1));
  const capInside = (l: string) => {
    if (capSet) return capSet.has(l);
    if (++capAsks > CAP_SCANS) {
      capSet = new Set();
      for (let k = 0; k < v.length; k++) if (insideSentence(k)) capSet.add(v.lower(k));
      return capSet.has(l);
    }
    for (let k = v.nextWithLower(l, 1); k >= 0; k = v.nextWithLower(l, k + 1)) if (insideSentence(k)) return true;
    return false;
  };
  const n = v.length;
  let i = 0;
  while (i < n) {
    if (!v.isCapWord(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    const sent = v.sentOf[i];
    while (j < n && v.sentOf[j] === sent) {
      if (v.isCap(j) && v.isWord(j) && !endsSentenceLike(v.word(j - 1))) j++;
      else if (v.isCap(j + 1) && v.lower(j) !== 'for' && CONNECT.has(v.lower(j))) j++;
      else break;
    }
    let a = i;
    // trim titles and sentence-initial function words
    while (a < j && hasWithoutStop(NOT_NAMES, NOT_NAME_SIEVE, v.lower(a))) a++;
    let b = j;
    while (b > a && CONNECT.has(v.lower(b - 1))) b--;
    if (b > a) {
      const single = b - a === 1;
      const l = v.lower(a);
      let skip = false;
      if (single) {
        const w = v.word(a);
        skip =
          l.length < 2 ||
          MONTHS.has(l) ||
          (firstOfSentence(v, a) && (v.writesLower(l) || (!capInside(l) && !SUBJECT_VERB.test(v.lower(b))))) ||
          MEASURE_ACRONYMS.has(l) ||
          (v.isLowerWord(b) && NATIONALITY_END.test(l) && !DEMONYMS.get(l)) ||
          pluralAcronym(w) ||
          (w.length === 3 && ISO_CODES.has(w));
      }
      if (!skip) {
        const titled = isTitle(v.lower(a - 1));
        const raw = v.text.slice(v.start(a), v.end(b - 1));
        out.push({
          start: v.start(a), end: v.end(b - 1), tokA: a, tokB: b, name: single ? demonymCountry(l) ?? raw : raw,
          possessive: isPossessiveS(v.word(b)),
          person: titled,
        });
      }
    }
    i = j;
  }
  markTitledSurnames(out);
  return out;
}

/** Questions capInside answers by scanning before it builds its set. */
const CAP_SCANS = 24;
/** Verbs that make a capitalised sentence opener a name's subject ("Vodafone has ..."). */
const SUBJECT_VERB = /^(has|have|had|is|are|was|were|said|says|will|would|posted|reported|made|plans|announced|owns|employs)$/;
/** Endings of a nationality adjective ("Indonesian", "Japanese", "Danish", "European"). */
const NATIONALITY_END = /(ian|ese|ish|ean)$/;

/** Token a opens its sentence, or follows an opening quote, bracket or dash. */
function firstOfSentence(v: TextView, a: number): boolean {
  return a === 0 || v.sentOf[a - 1] !== v.sentOf[a] || OPENER.test(v.word(a - 1));
}
const OPENER = /^[“"‘'(«—–-]$/;

/** A title ("mr", "dr.", "president") before a name. */
function isTitle(l: string): boolean {
  return hasWithoutStop(TITLES, TITLE_SIEVE, l);
}

/** Whether the list (behind its sieve) holds the word without one full stop at its end ("dr." -> "dr"). */
function hasWithoutStop(list: ReadonlySet<string>, sieve: WordSieve, l: string): boolean {
  const n = l.charCodeAt(l.length - 1) === 46 ? l.length - 1 : l.length;
  return sieve.mayHold(l, n) && list.has(n === l.length ? l : l.slice(0, n));
}

/** /^['’]s$/: the possessive 's as the tokenizer splits it. */
function isPossessiveS(w: string): boolean {
  if (w.length !== 2 || w.charCodeAt(1) !== 115) return false;
  const c = w.charCodeAt(0);
  return c === 39 || c === 0x2019;
}

/** /^\p{Lu}{2,}s$/u: "CSOs", "MPs", a plural of a kind rather than a name. */
function pluralAcronym(w: string): boolean {
  return w.length >= 3 && w.charCodeAt(w.length - 1) === 115 && /^\p{Lu}{2,}s$/u.test(w);
}

/** /^\p{L}/u, without the regex for ASCII. */
function startsWithLetter(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(w);
}

/** /[^.]{3,}\.$/: a full stop closing three or more other characters ("Ltd." yes, "U.S." no). */
function endsSentenceLike(w: string): boolean {
  const n = w.length;
  return n >= 4 && w.charCodeAt(n - 1) === 46 && w.charCodeAt(n - 2) !== 46 && w.charCodeAt(n - 3) !== 46 && w.charCodeAt(n - 4) !== 46;
}

/** A name whose last word was once a person's ("Mr Lamberty") is a person's everywhere. */
function markTitledSurnames(names: NameSpan[]): void {
  let surnames: Set<string> | null = null;
  let lengths = 0;
  for (const n of names) {
    if (!n.person) continue;
    const w = lastWord(n.name, lastWordStart(n.name));
    (surnames ??= new Set()).add(w);
    lengths |= lengthBit(w.length);
  }
  if (!surnames) return;
  for (const n of names) {
    if (n.person) continue;
    // an ASCII word keeps its length in lower case: one no surname has is ruled out uncut
    const k = lastWordStart(n.name);
    if (!(lengths & lengthBit(n.name.length - k)) && isAsciiFrom(n.name, k)) continue;
    if (surnames.has(lastWord(n.name, k))) n.person = true;
  }
}

/** A bit for a word length (the last bit for every length from 31 on). */
function lengthBit(n: number): number {
  return 1 << Math.min(n, 31);
}

/** Where the last word of a name starts (after its last whitespace, as /\s+/ splits it). */
function lastWordStart(name: string): number {
  let k = name.length;
  while (k > 0 && !isSpace(name.charCodeAt(k - 1))) k--;
  return k;
}

/** The last word of a name, starting at k, in lower case: name.split(/\s+/).pop().toLowerCase()
 *  without the array. */
function lastWord(name: string, k: number): string {
  return (k === 0 ? name : name.slice(k)).toLowerCase();
}

function isAsciiFrom(s: string, k: number): boolean {
  for (let i = k; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}


/** Tokens before this one are the article's lead: its headline and first sentence. */
export function leadEnd(v: TextView): number {
  let i = 0;
  while (i < v.length && v.sentOf[i] < 2) i++;
  return i;
}

/** The article's main entity: the most mentioned name that is not a person's, a name in the
 *  headline or first sentence counting three times over (the lead says what the story is about). */
export function topicName(names: readonly NameSpan[], lead = 0): string | null {
  const counts = new Map<string, number>();
  const inLead = new Set<string>();
  for (const n of names) {
    if (n.person) continue;
    counts.set(n.name, (counts.get(n.name) ?? 0) + 1);
    if (n.tokA < lead) inLead.add(n.name);
  }
  let best: string | null = null;
  let bestN = 1;
  for (const [k, c0] of counts) {
    const c = c0 + (inLead.has(k) ? 3 : 0);
    if (c > bestN) {
      best = k;
      bestN = c;
    }
  }
  return best;
}
