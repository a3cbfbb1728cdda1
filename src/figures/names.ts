// Candidate names for subjects and sources: the mentions layer when a tagger ran, else runs
// of capitalised words ("Land Forces", "Bank of England"), trimmed of titles and of the
// capitalised first word of a sentence when that word is an ordinary word elsewhere.
import type { Entity, Mention } from '../brief/types.js';
import { ISO_CODES, MONTHS, NOT_NAMES } from './lexicon.js';
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
  /** The name is a person's (a title before it, or the tagger says so). */
  person?: boolean;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'president', 'minister', 'chancellor', 'secretary', 'governor', 'mayor', 'general', 'colonel', 'professor', 'prof', 'judge', 'senator', 'chairman', 'spokesman', 'spokeswoman', 'economist', 'analyst', 'executive', 'director', 'commissioner', 'king', 'queen', 'prince', 'pope', 'cardinal']);

/** Demonyms mapped to their country, so "German unemployment" is about Germany. */
const DEMONYMS: Record<string, string> = {
  german: 'Germany', french: 'France', british: 'UK', russian: 'Russia', chinese: 'China', japanese: 'Japan',
  indian: 'India', american: 'US', belarusian: 'Belarus', ukrainian: 'Ukraine', spanish: 'Spain', italian: 'Italy',
  polish: 'Poland', dutch: 'Netherlands', swedish: 'Sweden', irish: 'Ireland', scottish: 'Scotland', welsh: 'Wales',
  australian: 'Australia', canadian: 'Canada', brazilian: 'Brazil', indonesian: 'Indonesia', turkish: 'Turkey',
  greek: 'Greece', swiss: 'Switzerland', austrian: 'Austria', belgian: 'Belgium', korean: 'Korea', mexican: 'Mexico',
  israeli: 'Israel', iranian: 'Iran', iraqi: 'Iraq', egyptian: 'Egypt', nigerian: 'Nigeria', saudi: 'Saudi Arabia',
  european: 'EU', turk: 'Turkey', briton: 'UK', thai: 'Thailand', pakistani: 'Pakistan', afghan: 'Afghanistan', vietnamese: 'Vietnam', kenyan: 'Kenya', cuban: 'Cuba', portuguese: 'Portugal', norwegian: 'Norway', danish: 'Denmark', finnish: 'Finland',
};
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
  return Object.hasOwn(DEMONYMS, word.toLowerCase().replace(/s$/, ''));
}

function demonymCountry(l: string): string | null {
  const w = l.endsWith('s') ? l.slice(0, -1) : l;
  if (DEMONYMS[w]) return DEMONYMS[w];
  if (!w.endsWith('ian')) return null;
  const m = /^(\p{L}{3,})ian$/u.exec(w);
  return m ? m[1].charAt(0).toUpperCase() + m[1].slice(1) + 'ia' : null;
}

/** Acronyms of measures, not of entities. */
const MEASURE_ACRONYMS = new Set(['gdp', 'gnp', 'pmi', 'cpi', 'rpi', 'vat', 'ipo', 'ceo', 'cfo', 'gmt', 'bst', 'eps', 'hiv', 'aids']);

const CONNECT = new Set(['of', '&', 'de', 'for', 'du', 'von', 'van', 'der', 'la', 'le']);
const DEMONYM = /(ian|ese|ish|ean|ic|i|an)$/;

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
    const byId = new Map((entities ?? []).map((e) => [e.id, e] as const));
    for (const m of mentions) {
      if (m.type === 'PRON' || m.via === 'pronoun') continue;
      // "the PMI", "GDP": a measure's acronym is not an entity a figure is about
      if (MEASURE_ACRONYMS.has(v.text.slice(m.start, m.end).toLowerCase())) continue;
      const [a, b] = v.tokens.range(m.start, m.end);
      if (!plausibleName(v, a, b)) continue;
      const ent = m.entity ? byId.get(m.entity) : undefined;
      const surface = v.text.slice(m.start, m.end);
      const norp = /^(NORP|MISC)$/.test(ent?.type ?? m.type) && b - a === 1 ? demonymCountry(surface.toLowerCase()) : null;
      out.push({
        start: m.start, end: m.end, tokA: a, tokB: b, name: norp ?? ent?.name ?? surface, type: ent?.type ?? m.type,
        possessive: /^['’]s$/.test(v.word(b)),
        person: /^(PER|PERSON)$/.test(ent?.type ?? m.type) || TITLES.has(v.lower(a - 1).replace(/\.$/, '')),
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
  if (/^\p{Lu}{2,}s$/u.test(w)) return false;
  if (ISO_CODES.has(w) || /-based$/i.test(w)) return false;
  const first = a === 0 || v.sentOf[a - 1] !== v.sentOf[a] || /^[“"‘'(«—–-]$/.test(v.word(a - 1));
  return !(first && v.writesLower(v.lower(a)) && !DEMONYMS[v.lower(a).replace(/s$/, '')]);
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
    if (TITLES.has(v.lower(n.tokA - 1).replace(/\.$/, '')) || PERSON_ROLE.test(v.lower(n.tokA - 1))) confirmed.add(n.name);
    if (v.word(n.tokB) === ',' && PERSON_APPOSITION.test(v.lower(n.tokB + 1))) {
      for (let i = n.tokB + 2; i < n.tokB + 7; i++) if (PERSON_ROLE.test(v.lower(i))) confirmed.add(n.name);
    }
    if (surface === n.name) fullUses.set(n.name, (fullUses.get(n.name) ?? 0) + 1);
  }
  for (const n of names) {
    if (!n.person || confirmed.has(n.name)) continue;
    const words = n.name.split(/\s+/).length;
    if (words === 1 || (fullUses.get(n.name) ?? 0) >= 2) n.person = false;
  }
}

function capitalisedRuns(v: TextView): NameSpan[] {
  const out: NameSpan[] = [];
  const capInside = new Set<string>();
  for (let i = 0; i < v.length; i++) {
    if (v.isLowerWord(i)) continue;
    else if (v.isCap(i) && i > 0 && v.sentOf[i - 1] === v.sentOf[i] && startsWithLetter(v.word(i - 1))) capInside.add(v.lower(i));
  }
  let i = 0;
  while (i < v.length) {
    if (!v.isCap(i) || !v.isWord(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < v.length && v.sentOf[j] === v.sentOf[i]) {
      if (v.isCap(j) && v.isWord(j) && !endsSentenceLike(v.word(j - 1))) j++;
      else if (CONNECT.has(v.lower(j)) && v.isCap(j + 1) && v.lower(j) !== 'for') j++;
      else break;
    }
    let a = i;
    // trim titles and sentence-initial function words
    while (a < j && NOT_NAMES.has(v.lower(a).replace(/\.$/, ''))) a++;
    let b = j;
    while (b > a && CONNECT.has(v.lower(b - 1))) b--;
    if (b > a) {
      const single = b - a === 1;
      const l = v.lower(a);
      const firstOfSentence = a > 0 && v.sentOf[a - 1] !== v.sentOf[a] || a === 0 || /^[“"‘'(«—–-]$/.test(v.word(a - 1));
      const skip =
        (single && MONTHS.has(l)) ||
        (single && firstOfSentence && (v.writesLower(l) || (!capInside.has(l) && !/^(has|have|had|is|are|was|were|said|says|will|would|posted|reported|made|plans|announced|owns|employs)$/.test(v.lower(b))))) ||
        (single && MEASURE_ACRONYMS.has(l)) ||
        (single && !DEMONYMS[l] && DEMONYM.test(l) && /(ian|ese|ish|ean)$/.test(l) && v.isLowerWord(b)) ||
        (single && l.length < 2) ||
        (single && /^\p{Lu}{2,}s$/u.test(v.word(a))) ||
        (single && ISO_CODES.has(v.word(a)));
      if (!skip) {
        const titled = TITLES.has(v.lower(a - 1).replace(/\.$/, ''));
        const raw = v.text.slice(v.start(a), v.end(b - 1));
        out.push({
          start: v.start(a), end: v.end(b - 1), tokA: a, tokB: b, name: single ? demonymCountry(l) ?? raw : raw,
          possessive: /^['’]s$/.test(v.word(b)),
          person: titled,
        });
      }
    }
    i = j;
  }
  markTitledSurnames(out);
  return out;
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
  const last = (n: NameSpan) => n.name.split(/\s+/).pop()!.toLowerCase();
  const surnames = new Set(names.filter((n) => n.person).map(last));
  for (const n of names) if (!n.person && surnames.has(last(n))) n.person = true;
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
