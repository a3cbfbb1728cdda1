// The entity a figure is about, read from the clause that holds it, in this order:
//  1. a list of places after figures ("12.1% in Germany, 10.4% in Spain");
//  2. a possessive name close before it ("Yukos's profits", "Spain's Ferrovial" -> Ferrovial);
//  3. a definite description or pronoun nearer to it than any name ("the country's GDP", "the
//     airline", "its dividend", "It lost ...") resolved to an earlier name: a description to a
//     name of a compatible type (a country for "the country", an organisation for "the firm"),
//     preferring the article's topic; a pronoun to the subject of its own or the last sentence;
//  4. the nearest name before it that is the subject or object of a clause (not a place after a
//     preposition, a modifier like "its London rival", or who states the figure);
//  5. a name the measure governs: "profits at TimeWarner jumped", "jobs at General Motors";
//  6. a possessive after it ("eight of Alitalia's rivals", "cars on the city's roads");
//  7. any other name before it, a place there yielding to the topic ("sales rose 5% in London");
//  8. a place after it in the sentence ("100,000 people were killed in Indonesia").
// The result says which rule found it, so the stage carries only firm subjects to the next figure.
import { isSpeakerSubject, PREPOSITIONS, roleOf, type NameRole } from './name-role.js';
import { PERSON_NOUNS } from './lexicon.js';
import { firstNameAtOrAfter, isListedDemonym, type NameSpan } from './names.js';
import type { TextView } from './text-view.js';
import { WordSieve } from './word-sieve.js';

/** Definite descriptions that refer back to a named entity, by the kind of entity they take. */
const ANAPHOR_KIND = new Map<string, AnaphorKind>([
  ['country', 'place'], ['nation', 'place'], ['state', 'place'], ['republic', 'place'], ['kingdom', 'place'],
  ['city', 'place'], ['region', 'place'], ['capital', 'place'], ['province', 'place'], ['island', 'place'],
  ['territory', 'place'], ['company', 'org'], ['firm', 'org'], ['group', 'org'], ['bank', 'org'],
  ['carrier', 'org'], ['airline', 'org'], ['retailer', 'org'], ['giant', 'org'], ['business', 'org'],
  ['maker', 'org'], ['manufacturer', 'org'], ['insurer', 'org'], ['operator', 'org'], ['exchange', 'org'],
  ['chain', 'org'], ['supermarket', 'org'], ['broadcaster', 'org'], ['lender', 'org'], ['producer', 'org'],
  ['conglomerate', 'org'], ['corporation', 'org'], ['party', 'org'], ['club', 'org'], ['agency', 'org'],
  // "the government" stands for its country more often than for a named organisation
  ['government', 'place'],
]);
type AnaphorKind = 'place' | 'org' | 'any';
/** Asked of every word before a figure: most are ruled out unhashed. */
const ANAPHOR_SIEVE = new WordSieve(ANAPHOR_KIND.keys());

/** Heads whose figures belong to a company wherever they are traded ("shares ... in London"). */
const COMPANY_MEASURES = /^(shares?|stock|stocks|share price|price)$/;

export interface SubjectContext {
  v: TextView;
  names: NameSpan[];
  /** The article's main entity, when one name dominates. */
  topic?: string | null;
  /** The topic's entity type, when known. */
  topicType?: string | null;
  /** Each name's role once found (roleIn): the figures of a sentence ask about the same names. */
  roles?: Map<NameSpan, NameRole>;
}

/** roleOf, found once per name of the document. */
function roleIn(ctx: SubjectContext, n: NameSpan): NameRole {
  const known = (ctx.roles ??= new Map());
  let r = known.get(n);
  if (r === undefined) known.set(n, (r = roleOf(ctx.v, n)));
  return r;
}

export type SubjectHow = 'list' | 'possessive' | 'anaphor' | 'core' | 'owner' | 'after-possessive' | 'weak' | 'place-after';
export interface SubjectFound {
  name: string;
  how: SubjectHow;
}

/** Names inside tokens [a, b), at most the 50 nearest to b (a long sentence stays cheap). */
function namesInTokens(ctx: SubjectContext, a: number, b: number): NameSpan[] {
  const out: NameSpan[] = [];
  const lo = Math.max(firstNameAtOrAfter(ctx.names, a), firstNameAtOrAfter(ctx.names, b) - 50);
  for (let k = lo; k < ctx.names.length && ctx.names[k].tokA < b; k++) if (ctx.names[k].tokB <= b) out.push(ctx.names[k]);
  return out;
}

export { isSourceName } from './name-role.js';

function isPlace(n: NameSpan): boolean {
  return n.type === 'GPE' || n.type === 'LOC' || n.type === 'NORP';
}
function isOrg(n: NameSpan): boolean {
  return !isPlace(n) && !n.person;
}
function compatible(n: NameSpan, kind: AnaphorKind): boolean {
  if (n.person) return false;
  // a name no tagger typed may be of either kind
  if (!n.type || n.type === 'MISC') return true;
  if (kind === 'place') return isPlace(n);
  if (kind === 'org') return isOrg(n);
  return true;
}

interface Anaphor {
  /** First token of the description (its determiner) or the pronoun. */
  at: number;
  /** Token of its head noun or the pronoun. */
  head: number;
  kind: AnaphorKind;
  pronoun: boolean;
}

/** A definite description ("the fifth biggest US carrier") whose head noun is token i. */
function descriptionAt(v: TextView, i: number, first: number): Anaphor | null {
  const l = v.lower(i);
  const kind = ANAPHOR_SIEVE.mayHold(l) ? ANAPHOR_KIND.get(l) : undefined;
  if (!kind) return null;
  // "the company's", "the firm": a determiner at most three words before, words only between
  for (let k = i - 1; k >= Math.max(first, i - 4); k--) {
    const l = v.lower(k);
    if (l === 'the' || l === 'this') return { at: k, head: i, kind, pronoun: false };
    if (!v.isWord(k) && !/^\d/.test(v.word(k))) return null;
    if (/^(a|an|of|in|and|or|to|for|its|their)$/.test(l)) return null;
  }
  return null;
}

const CLAUSE_OPENERS = /^(,|;|that|and|but|while|as|if|because|since|although|though|when|so|after|before|where)$/;

/** "its" before a noun, or "it" opening a clause ("It lost ...", "..., it said"). */
function pronounAt(v: TextView, i: number, first: number): Anaphor | null {
  const l = v.lower(i);
  if (l === 'its') return { at: i, head: i, kind: 'any', pronoun: true };
  if (l === 'it' && (i === first || CLAUSE_OPENERS.test(v.lower(i - 1))) && v.isLowerWord(i + 1) && !expletive(v, i)) {
    return { at: i, head: i, kind: 'any', pronoun: true };
  }
  return null;
}

/** "It was noted that", "it is clear": "it" points forward to a clause, not back to a name. */
function expletive(v: TextView, i: number): boolean {
  if (!/^(is|was|seems|seemed|appears|appeared)$/.test(v.lower(i + 1))) return false;
  // "it is clear that", "it was noted that"; not "it is to deploy"
  if (!v.isLowerWord(i + 2) || /^(to|a|an|the|also|now|still)$/.test(v.lower(i + 2))) return false;
  for (let k = i + 3; k < i + 6; k++) if (/^(that|to|whether|if|how|why|what|when)$/.test(v.lower(k))) return true;
  return false;
}

/**
 * The subject of sentence s (before token `until`): its first name or description that opens the
 * sentence or its main clause ("The company said ...", "While it has ..., Vodafone has ..."), not
 * a person's, a possessive or a place after a preposition. A description is resolved in turn.
 */
function sentenceSubject(ctx: SubjectContext, s: number, until: number, depth: number): NameSpan | null {
  const { v } = ctx;
  const [sa, sb] = v.sentenceTokens(s);
  // a subject opens its sentence or main clause: the first 40 words are enough (and keep it linear)
  const end = Math.min(sb, until, sa + 40);
  // where the sentence and its main clause open: after a leading subordinate clause's comma
  let comma = -1;
  for (let i = sa; i < Math.min(end, sa + 25); i++) if (v.word(i) === ',') {
    comma = i;
    break;
  }
  const opens = (i: number) => i - sa <= 2 || (comma >= 0 && i > comma && i - comma <= 3);
  for (let i = sa; i < end; i++) {
    const d = descriptionAt(v, i, sa);
    if (d && (opens(d.at) || !PREPOSITIONS.has(v.lower(d.at - 1))) && depth < 2) return resolve(ctx, d, sa, depth + 1);
    const k = firstNameAtOrAfter(ctx.names, i);
    const n = ctx.names[k];
    if (!n || n.tokA !== i || n.tokB > end) continue;
    if (n.person || !opens(i)) continue;
    const r = roleIn(ctx, n);
    if (r === 'core' || r === 'source') return n;
  }
  return null;
}

/** The name an anaphor refers to. */
function resolve(ctx: SubjectContext, a: Anaphor, sentFirst: number, depth = 0): NameSpan | null {
  const { v } = ctx;
  const sent = v.sentOf[a.at];
  if (a.pronoun) {
    // "Deutsche Boerse ... has said it will boost its dividend": the subject of its own sentence,
    // else of the last sentence that has one (the centre of the last utterance)
    const own = sentenceSubject(ctx, sent, a.at, depth);
    if (own) return own;
    return sent > 0 ? sentenceSubject(ctx, sent - 1, Number.MAX_SAFE_INTEGER, depth) : null;
  }
  // a description in apposition names the name before it: "Menatep Group, the parent company, ..."
  const end = firstNameAtOrAfter(ctx.names, a.at);
  const prev = ctx.names[end - 1];
  if (prev && v.word(a.at - 1) === ',' && prev.tokB === a.at - 1 && compatible(prev, a.kind)) return prev;
  // else the topic when it fits and the text spoke of it lately, else the nearest fitting name
  let nearest: NameSpan | null = null;
  let nearestCore: NameSpan | null = null;
  for (let k = end - 1; k >= 0 && end - k < 200; k--) {
    const n = ctx.names[k];
    if (sent - v.sentOf[n.tokA] > 6) break;
    if (!compatible(n, a.kind)) continue;
    if (n.tokA >= sentFirst && n.tokA > a.at) continue;
    if (ctx.topic && n.name === ctx.topic) return n;
    nearest ??= n;
    if (!nearestCore && roleIn(ctx, n) !== 'oblique') nearestCore = n;
  }
  return nearestCore ?? nearest;
}

export function findSubject(
  ctx: SubjectContext, tokFirst: number, tokLast: number, measureA: number, measureB: number,
  sentFirst: number, sentLast: number, head = '',
): SubjectFound | null {
  const { v } = ctx;
  sentFirst = clauseStart(v, sentFirst, tokFirst);
  const all = namesInTokens(ctx, sentFirst, tokFirst);
  const roles = new Map<NameSpan, NameRole>(all.map((n) => [n, roleIn(ctx, n)] as const));
  const before = all.filter((n) => roles.get(n) !== 'source' && !n.person);
  // 0. the counted group named by its nationality: "six thousand Russians", "one in four Turks"
  {
    const n = ctx.names[firstNameAtOrAfter(ctx.names, tokLast)];
    if (n && n.tokA === tokLast && n.tokB - n.tokA === 1 && (n.type === 'NORP' || isListedDemonym(v.word(n.tokA))) && /\p{Ll}s$/u.test(v.word(n.tokA)) && n.name !== v.word(n.tokA)) {
      return { name: n.name, how: 'core' };
    }
  }
  // 1. "12.1% in Germany, 10.4% in Spain": a name right after the figure, in a list of such
  const inAfter = (t: number) => {
    if (!/^(in|at)$/.test(v.lower(t))) return undefined;
    const k = firstNameAtOrAfter(ctx.names, t + 1);
    return [ctx.names[k], ctx.names[k + 1]].find((x) => x && (x.tokA === t + 1 || (x.tokA === t + 2 && v.lower(t + 1) === 'the')));
  };
  const own = inAfter(tokLast);
  if (own && !own.person && !COMPANY_MEASURES.test(head) && !aboutShares(v, sentFirst, tokFirst)) {
    let listed = 0;
    for (let t = Math.max(sentFirst, tokFirst - 60); t < Math.min(sentLast, tokLast + 60); t++) if (/^(in|at)$/.test(v.lower(t)) && /[\d%]$/.test(v.word(t - 1)) && inAfter(t)) listed++;
    if (listed >= 2) return { name: own.name, how: 'list' };
  }
  // 2. a partitive of a possessive: "eight of Alitalia's rivals"
  if (v.lower(tokLast) === 'of') {
    const k = firstNameAtOrAfter(ctx.names, tokLast + 1);
    const n = ctx.names[k];
    if (n && n.possessive && !n.person && (n.tokA === tokLast + 1 || (n.tokA === tokLast + 2 && v.lower(tokLast + 1) === 'the'))) return { name: n.name, how: 'possessive' };
  }
  // 2b. a possessive name close before the figure or its measure; "Spain's Ferrovial" is Ferrovial
  const lo = Math.min(tokFirst, measureA);
  for (let k = before.length - 1; k >= 0; k--) {
    const n = before[k];
    if (!n.possessive || lo - n.tokB > 8) continue;
    const next = before[k + 1];
    if (next && next.tokA === n.tokB + 1 && !next.possessive) return { name: next.name, how: 'core' };
    return { name: n.name, how: 'possessive' };
  }
  // 3. a relative clause about a name: "the Saab factory, which currently produces 130,000 cars"
  const rel = relativeAntecedent(ctx, tokFirst, sentFirst);
  if (rel) return { name: rel.name, how: 'core' };
  // 4. an anaphor nearer to the figure than any name of the clause
  let ana: Anaphor | null = null;
  for (let i = tokFirst - 1; i >= Math.max(sentFirst, lo - 14) && !ana; i--) ana = descriptionAt(v, i, sentFirst) ?? pronounAt(v, i, sentFirst);
  const inAna = (n: NameSpan) => !!ana && n.tokA > ana.at && n.tokB <= ana.head;
  // a subject before an object: "Menatep Group, is suing Russia ... for $28.3bn"
  const subjects = before.filter((n) => roles.get(n) === 'core' && !inAna(n));
  const core = subjects.length ? subjects : before.filter((n) => roles.get(n) === 'object' && !inAna(n));
  const nearestCore = core.length ? core[core.length - 1] : null;
  if (ana && (!nearestCore || nearestCore.tokB <= ana.at)) {
    const n = resolve(ctx, ana, sentFirst);
    if (n) return { name: n.name, how: 'anaphor' };
  }
  // 4. the nearest name of the clause before the figure
  if (nearestCore) return { name: nearestCore.name, how: 'core' };
  // 5. who states it, when that is an organisation or a country speaking of itself: "TimeWarner
  //    said fourth quarter sales rose 2%", "Indonesia said it expected debt repayments of ..."
  const speaker = [...all].reverse().find((n) => !n.person && roles.get(n) === 'source' && isSpeakerSubject(v, n));
  if (speaker) return { name: speaker.name, how: 'core' };
  // 6. a name the measure governs: "profits at TimeWarner jumped 76%", "jobs at General Motors"
  const governed = (after: number) => {
    if (!/^(at|in|of|for|by)$/.test(v.lower(after)) || after >= sentLast) return undefined;
    const k = firstNameAtOrAfter(ctx.names, after + 1);
    const reach = /^(at|in|of)$/.test(v.lower(after)) ? 5 : 2;
    return [ctx.names[k], ctx.names[k + 1], ctx.names[k + 2]].find((x) => x && !x.person && x.tokA > after && x.tokA <= after + reach && namesOnlyBetween(v, after + 1, x.tokA));
  };
  if (measureB <= tokFirst && measureB > measureA) {
    const n = governed(measureB);
    if (n && roles.get(n) !== 'source') return { name: n.name, how: 'owner' };
  }
  const afterNP = Math.max(tokLast, measureB);
  const gov = governed(afterNP);
  // "shares in Yukos" is an owner, "510.75 pence in London" a place; but people and things that
  // are somewhere belong there ("47 people in Chernihiv", "there are 3,500 CSOs in England")
  const placeOnly = gov && isPlace(gov) && v.lower(afterNP) === 'in' && !PERSON_NOUNS.has(head) && !existential(v, sentFirst, tokFirst);
  if (gov && !placeOnly && roleIn(ctx, gov) !== 'source') return { name: gov.name, how: 'owner' };
  // 7. a possessive after the figure, in its noun phrase: "eight of Alitalia's rivals", "on the city's roads"
  for (let i = tokLast; i < Math.min(sentLast, tokLast + 10); i++) {
    if (/^(,|;|said|says|but|while|which|who|to|for|from|with|by|than|and|or)$/.test(v.lower(i))) break;
    if (!/^['’]s$/.test(v.word(i + 1))) continue;
    const k = firstNameAtOrAfter(ctx.names, i);
    const n = ctx.names[k];
    if (n && n.tokB === i + 1 && n.possessive && !n.person) return { name: n.name, how: 'after-possessive' };
    const d = descriptionAt(v, i, sentFirst);
    if (d) {
      const r = resolve(ctx, d, sentFirst);
      if (r) return { name: r.name, how: 'anaphor' };
    }
  }
  // 8. a figure in a phrase fronted before the main clause is about that clause's subject:
  //    "Beyond the 12,000 job cuts announced at its European operations, GM is reducing ..."
  const main = frontedMainSubject(ctx, sentFirst, tokLast, sentLast);
  if (main) return { name: main.name, how: 'core' };
  // 9. any other name before it; a place or partner after a preposition ("in London", "after
  //    China") yields to the topic, unless it frames the clause ("even in Sri Lanka, the index ...")
  if (before.length) {
    const n = before[before.length - 1];
    if (roles.get(n) === 'oblique' && !framesClause(v, n, sentFirst) && ctx.topic && ctx.topic !== n.name) return { name: ctx.topic, how: 'weak' };
    return { name: n.name, how: 'weak' };
  }
  // 9. where counted people are, after it in the sentence: "100,000 people were killed in Indonesia"
  if (!PERSON_NOUNS.has(head)) return null;
  for (let i = tokLast; i < Math.min(sentLast - 1, tokLast + 20); i++) {
    if (/^(,|;|but|while|which|who|said|says)$/.test(v.lower(i))) break;
    if (v.lower(i) !== 'in') continue;
    const n = inAfter(i);
    if (n && isPlace(n) && !n.person) return { name: n.name, how: 'place-after' };
  }
  return null;
}

/** Tokens [a, b) are capitalised words, "the" or numbers only ("the fifth biggest" is not). */
function namesOnlyBetween(v: TextView, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!(v.isCap(i) || v.lower(i) === 'the' || (v.isLowerWord(i) && b - a <= 4))) return false;
  return true;
}

/**
 * The name a relative clause holding the figure hangs on: ", which|who|that ..." right after a noun
 * phrase with a name in it ("the US, which was struck by four hurricanes").
 */
function relativeAntecedent(ctx: SubjectContext, tokFirst: number, sentFirst: number): NameSpan | null {
  const { v } = ctx;
  for (let i = tokFirst - 1; i > sentFirst && tokFirst - i <= 12; i--) {
    const l = v.lower(i);
    if (l === ',' || l === ';' || l === '(' || l === ')') return null;
    if (!/^(which|who|whose)$/.test(l)) continue;
    if (v.word(i - 1) !== ',') return null;
    // the noun phrase before the comma: a name in its last four words
    for (let k = firstNameAtOrAfter(ctx.names, i - 1) - 1; k >= 0; k--) {
      const n = ctx.names[k];
      if (n.tokB < i - 5 || n.tokA < sentFirst) break;
      if (n.person) return null;
      if (n.tokB <= i - 1 && /^[\p{L}\d'’-]+$/u.test(v.word(i - 2))) return n;
    }
    return null;
  }
  return null;
}

/** Where the figure's clause starts: after a semicolon or a ", but" / ", while" before it. */
function clauseStart(v: TextView, first: number, tokFirst: number): number {
  for (let i = tokFirst - 1; i > first && tokFirst - i < 60; i--) {
    const w = v.word(i);
    if (w === ';') return i + 1;
    if (w === ',' && /^(but|while|whereas|although|though)$/.test(v.lower(i + 1))) return i + 2;
  }
  return first;
}

/** The clause speaks of shares or a stock before the figure ("Shares fell 1% to 510.75 pence in London"). */
function aboutShares(v: TextView, first: number, tokFirst: number): boolean {
  for (let i = Math.max(first, tokFirst - 40); i < tokFirst; i++) if (/^(shares|share|stock)$/.test(v.lower(i))) return true;
  return false;
}

/** "even in Sri Lanka, ... the main index has lost 5%": a place opening the clause before a comma. */
function framesClause(v: TextView, n: NameSpan, first: number): boolean {
  let k = first;
  while (k < n.tokA && /^(even|["“‘'])$/.test(v.lower(k))) k++;
  if (n.tokA - k > 30) return false;
  if (!/^(in|across|throughout|within|among|at)$/.test(v.lower(k))) return false;
  for (let i = k; i < n.tokA; i++) if (v.word(i) === ',') return false;
  return v.word(n.tokB) === ',';
}

/** The subject of the main clause when the figure stands in a phrase fronted before its comma. */
function frontedMainSubject(ctx: SubjectContext, first: number, tokLast: number, last: number): NameSpan | null {
  const { v } = ctx;
  let comma = -1;
  for (let i = tokLast + 1; i < Math.min(last, tokLast + 15); i++) if (v.word(i) === ',') {
    comma = i;
    break;
  }
  if (comma < 0) return null;
  // the figure's phrase opens the sentence with a preposition or a subordinator
  if (!/^(beyond|besides|despite|after|before|with|while|although|though|as|since|because|in|on|at|for|of|from|by|unlike|like|apart)$/.test(v.lower(first))) return null;
  if (tokLast - first > 40) return null;
  for (let i = first; i < tokLast; i++) if (v.word(i) === ',') return null;
  const k = firstNameAtOrAfter(ctx.names, comma + 1);
  const n = ctx.names[k];
  if (!n || n.person || n.tokA > comma + 2 || !v.isLowerWord(n.tokB)) return null;
  return n;
}

/** "There are about 3,500 CSOs in England": the clause only says that something is somewhere. */
function existential(v: TextView, first: number, tokFirst: number): boolean {
  for (let i = Math.max(first, tokFirst - 4); i < tokFirst - 1; i++) if (v.lower(i) === 'there' && /^(are|were|is|was|remain|remained)$/.test(v.lower(i + 1))) return true;
  return false;
}
