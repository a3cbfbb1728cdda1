// What a figure counts: the noun phrase after it ("145,000 reserve personnel"), after "of"
// for shares and amounts ("26% of respondents", "£2bn of debt"), or, when it stands alone or
// only repeats a generic noun, the subject of the verb before it ("military personnel amounts
// to 263,000 members", "inflation rose to 3%").
import { GENERIC_COUNT_NOUNS, NP_STOP, PERSON_NOUNS, TIME_UNITS } from './lexicon.js';
import type { RawFigure } from './scan.js';
import type { TextView } from './text-view.js';

export interface MeasureInfo {
  measure: string;
  head: string;
  qualifier: string | null;
  /** The figure's own noun (after it), when there is one. */
  noun: string | null;
  /** Token range of the measure phrase, when found. */
  tokA: number;
  tokB: number;
  /** The measure came from the words after the figure (not inferred from before it). */
  after: boolean;
  viaOf?: boolean;
}

const DETS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'this', 'that', 'all', 'some']);
const COPULAS = new Set([
  'amounts', 'amounted', 'amount', 'totals', 'totalled', 'totaled', 'total', 'numbers', 'numbered', 'is', 'are',
  'was', 'were', 'stands', 'stood', 'reached', 'reaches', 'hit', 'hits', 'rose', 'fell', 'grew', 'dropped',
  'jumped', 'climbed', 'slipped', 'declined', 'increased', 'decreased', 'rises', 'falls', 'grows', 'came',
  'comes', 'has', 'have', 'had', 'be', 'been', 'will', 'would', 'soared', 'slumped', 'plunged', 'surged',
  'edged', 'tumbled', 'eased', 'rising', 'falling', 'up', 'down', 'cost', 'costs', 'valued', 'worth', 'raised',
  'reported', 'posted', 'made', 'making', 'makes', 'made', 'earned', 'lost', 'gained', 'added', 'shed', 'cut',
  'slid', 'sank', 'dipped', 'doubled', 'halved', 'remained', 'remains', 'stayed', 'averaged', 'expanded',
  'shrank', 'contracted', 'accounted', 'accounts', 'represented', 'represents', 'recorded', 'estimated',
  'forecast', 'predicted', 'expected', 'set', 'put', 'seen', 'pegged', 'climbing', 'growing', 'running',
  'slump', 'rise', 'fall', 'jump', 'grow', 'drop', 'climb', 'increase', 'decrease', 'reach', 'totalling',
  'totaling', 'amounting', 'worth', 'stand', 'reaching', 'hitting', 'dropping', 'falling', 'rising',
]);
const BACK_SKIP = new Set([
  'to', 'by', 'at', 'of', 'from', 'around', 'about', 'over', 'than', 'on', 'up', 'down', 'just', 'only', 'nearly',
  'almost', 'more', 'less', 'fewer', 'some', 'roughly', 'approximately', 'a', 'an', 'total', 'further', 'another',
  'record', 'estimated', 'least', 'most', 'as', 'much', 'many', 'high', 'low', 'of', 'some', 'close', 'under',
  'above', 'below', 'between', 'and', 'well', 'by', 'or', 'nearly', 'already', 'still', 'also', 'now', 'year',
]);

function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && /(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Head nouns compared without number ("vehicles" = "vehicle"). */
export function headKey(w: string | null | undefined): string {
  return w ? singular(w.toLowerCase()) : '';
}

function npWordOk(v: TextView, i: number, pos: number): boolean {
  const l = v.lower(i);
  if (!v.isWord(i) || NP_STOP.has(l) || TIME_UNITS.has(l)) return false;
  if (/^\p{Lu}{2,}s$/u.test(v.word(i))) return true; // "MPs", "MEPs"
  if (v.isCap(i)) return false;
  if (pos > 0 && /ed$/.test(l) && !PERSON_NOUNS.has(l)) return false;
  if (pos > 0 && /ing$/.test(l) && !/^(spending|funding|housing|lending|borrowing|building|training|savings|earnings|holdings|shipping|clothing|marketing)$/.test(l)) return false;
  if (/ly$/.test(l) && !/^(supply|family|assembly|ally|rally|monopoly|belly)$/.test(l)) return false;
  return true;
}

/** The noun phrase right after token b, up to four words. */
function forwardNP(v: TextView, b: number, last: number): [number, number] {
  let e = b;
  while (e < last && e - b < 4 && npWordOk(v, e, e - b)) {
    e++;
    // a plural noun ends the phrase unless another plural follows: "ships [sank]", "sales figures"
    if (/[^su]s$/.test(v.lower(e - 1)) && !/[^su]s$/.test(v.lower(e))) break;
    if (PERSON_NOUNS.has(v.lower(e - 1)) || /^(aircraft|cattle|sheep|fish|equipment)$/.test(v.lower(e - 1))) break;
  }
  // a noun phrase ends on a noun: drop a trailing word that is usually an adjective or verb
  return [b, e];
}

const ING_NOUNS = /^(spending|funding|housing|lending|borrowing|building|training|savings|earnings|holdings|shipping|clothing|marketing|operating|trading|banking|manufacturing|advertising|pricing|listing|offering|rating|ratings|spending|heating|fishing|farming|mining|polling|voting|gaming|betting|shopping|booking|bookings|takings|outstanding|underlying)$/;

/** The lower-case noun phrase ending right before token e (backwards), up to four words. */
function backwardNP(v: TextView, e: number, first: number): [number, number] {
  let a = e;
  while (a > first && e - a < 4) {
    const i = a - 1;
    const l = v.lower(i);
    if (!v.isWord(i) || DETS.has(l) || NP_STOP.has(l) || COPULAS.has(l) || v.isCap(i)) break;
    if (/ly$/.test(l) || (/ing$/.test(l) && !ING_NOUNS.test(l))) break;
    a--;
  }
  return [a, e];
}

/**
 * The subject noun phrase of the verb that ends before token e: "fourth quarter sales [rose]",
 * and through a name it governs: "profits at US media giant TimeWarner [jumped]" -> "profits".
 */
function subjectNP(v: TextView, e: number, first: number): [number, number] {
  const np = backwardNP(v, e, first);
  const prev = np[0] - 1;
  if (np[1] > np[0] && !(prev >= first && v.isCap(prev))) return np;
  // walk back over a name and its modifiers to "at|of|in|for|from"
  for (let k = e - 1, steps = 0; k > first && steps < 7; k--, steps++) {
    const l = v.lower(k);
    if (/^(at|of|in|for|from|on)$/.test(l)) {
      const inner = backwardNP(v, k, first);
      if (inner[1] > inner[0]) return inner;
      break;
    }
    if (!v.isWord(k) && !/^['’]s$/.test(v.word(k))) break;
  }
  return np;
}

export function findMeasure(v: TextView, f: RawFigure, first: number, last: number): MeasureInfo {
  const b = f.tokLast;
  let after: [number, number] = [b, b];
  let viaOf = false;
  if (v.lower(b) === 'of' && (f.kind !== 'count' || f.words || /^(the|them|these|those)$/.test(v.lower(b + 1)) === false)) {
    let c = b + 1;
    while (c < last && (DETS.has(v.lower(c)) || v.word(c) === "'s" || v.word(c) === '’s')) c++;
    // "the country's voters": skip a possessive
    if (v.word(c + 1) === "'s" || v.word(c + 1) === '’s') c += 2;
    after = forwardNP(v, c, last);
    viaOf = after[1] > after[0];
  } else if (f.kind === 'money' && v.lower(b) === 'in' && v.isLowerWord(b + 1)) {
    // "$2m in fees"
    after = forwardNP(v, b + 1, last);
    viaOf = after[1] > after[0];
  } else {
    after = forwardNP(v, b, last);
  }
  let noun: string | null = null;
  let head = '';
  let measure = '';
  let qualifier: string | null = null;
  let tokA = after[0];
  let tokB = after[1];
  if (after[1] > after[0]) {
    noun = v.lower(after[1] - 1);
    head = noun;
    measure = v.phrase(after[0], after[1]);
    if (after[1] - after[0] >= 2 && !viaOf) qualifier = v.phrase(after[0], after[1] - 1);
  }
  // Units and currencies: "5m barrels of oil" — the unit was consumed; "of" gives the thing.
  const generic = !noun || GENERIC_COUNT_NOUNS.has(noun);
  // "55,000 paramilitary units": the adjective says what kind; the total says what is counted
  if (noun && generic && qualifier) return { measure, head, qualifier, noun: null, tokA, tokB, after: true };
  const personNoun = noun !== null && PERSON_NOUNS.has(noun) && !viaOf;
  if (generic || (personNoun && /^(members|people|persons|staff|personnel)$/.test(noun!))) {
    // look back over the verb to its subject: "military personnel amounts to 263,000 members"
    let k = f.tokFirst - 1;
    let steps = 0;
    let sawCopula = false;
    while (k >= first && steps < 6) {
      const l = v.lower(k);
      if (COPULAS.has(l)) sawCopula = true;
      else if (!(BACK_SKIP.has(l) || /^[\d.,%$£€]+$/.test(l) || l === '%')) break;
      k--;
      steps++;
    }
    if (sawCopula || (generic && steps > 0)) {
      const [a2, e2] = subjectNP(v, k + 1, first);
      if (e2 > a2) {
        const backMeasure = v.phrase(a2, e2);
        const backHead = v.lower(e2 - 1);
        if (generic || backHead !== noun) {
          if (!generic && noun) qualifier = qualifier ?? null;
          measure = backMeasure;
          head = backHead;
          tokA = a2;
          tokB = e2;
          if (e2 - a2 >= 2) qualifier = v.phrase(a2, e2 - 1);
          return { measure, head, qualifier, noun: generic ? null : noun, tokA, tokB, after: false };
        }
      }
    }
  }
  return { measure, head, qualifier, noun: generic ? null : noun, tokA, tokB, after: true, viaOf };
}

/** The unit a count gets from its noun: "people" for nouns that count people, else the noun. */
export function countUnit(noun: string | null): string | undefined {
  if (!noun) return undefined;
  if (PERSON_NOUNS.has(noun)) return 'people';
  return noun;
}
