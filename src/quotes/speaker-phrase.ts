// Speaker phrases around a cue verb: the noun phrase before it ("Ms Hewitt said", "the Tory
// leader, Michael Howard, said") or after it ("said President Volodymyr Zelenskyi").
import { CONNECTORS, PRONOUNS, ROLE_WORDS, SPEECH_ADVERBS, TITLES } from './lexicon.js';
import { isCap, isPunct, type Word } from './words.js';

export type PhraseKind = 'name' | 'pronoun' | 'role';

export interface SpeakerPhrase {
  start: number;
  end: number;
  text: string;
  kind: PhraseKind;
  /** The person's name inside the phrase, if any ("Volodymyr Zelenskyi" in "President ... Volodymyr Zelenskyi"). */
  name: string | null;
  /** Lower-case role words of the phrase ("prime", "minister"). */
  roles: string[];
}

const MAX_PHRASE = 12;

/** Capitalised at a sentence start but never part of a speaker's name. */
const FUNCTION_WORDS = new Set(
  ('but and or so yet however meanwhile moreover also it its this that these those there then when ' +
    'while if as at after before since in on by with from into during yesterday today tomorrow ' +
    'last next now here what who which where why how our we he she they i you his her their my your ' +
    'earlier later speaking writing asked nevertheless nonetheless instead indeed still thus').split(' '),
);

/** Words that make a capitalised phrase an organisation rather than a person. */
export const ORGANISATION = /\b(?:Association|Party|Council|Committee|Union|Society|Institute|Federation|Confederation|Agency|Ministry|Department|Office|Organisation|Organization|Group|Foundation|Commission|Watch|Campaign|Trust|Bank|Corporation|Company|Ltd|Inc|University|College|School|Hospital|Chambers?|Service|Forces|Army|Government|Assembly|Parliament|News)\b/;

/** Words after which a new clause (and so a speaker phrase) may start. */
const CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet', 'however', 'meanwhile', 'also', 'then', 'while', 'now', 'still', 'moreover', 'indeed', 'instead', 'nevertheless', 'nonetheless']);
const DATE_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Month names that are also names or words ("Theresa May", "March"). */
const AMBIGUOUS_DATES = new Set(['may', 'march', 'june', 'august']);

/** Whether words[g] opens a clause: at the start, after punctuation other than a comma, a conjunction or a date. */
export function opensClause(words: Word[], g: number): boolean {
  if (g <= 0) return true;
  const prev = words[g - 1];
  if (prev.text === ',') return false;
  if (isPunct(prev)) return true;
  if (CONJUNCTIONS.has(prev.lower) || DATE_WORDS.has(prev.lower) || /^\d+$/.test(prev.text)) return true;
  return false;
}

/** Lower-case nouns of office by their endings ("backbencher", "activist", "chairwoman"). */
const ROLE_SUFFIX = /^\p{Ll}{3,}(?:er|ers|ist|ists|man|men|woman|women|or|ors|ary|aries|ant|ants)$/u;
const NOT_ROLE = new Set(['under', 'over', 'after', 'other', 'others', 'never', 'whether', 'either', 'neither', 'rather', 'together', 'later', 'earlier', 'however', 'ever', 'per', 'nor', 'for', 'or', 'major', 'minor', 'former', 'latter', 'further', 'another', 'important', 'different', 'recent', 'current', 'ordinary', 'necessary', 'military', 'primary', 'summary', 'temporary', 'contrary', 'monetary', 'voluntary', 'january', 'february', 'honorary', 'certain', 'constant', 'relevant', 'significant', 'matter', 'number', 'water', 'power', 'order', 'border', 'paper', 'letter', 'chapter', 'winter', 'summer', 'center', 'centre', 'error', 'mayor']);

/** Lower-case words that qualify a role ("the former home secretary", "the outgoing commissioner"). */
const PREMODIFIERS = new Set(['former', 'outgoing', 'incoming', 'new', 'acting', 'senior', 'junior', 'veteran', 'top', 'retired', 'prime', 'foreign', 'home', 'interior', 'defence', 'defense', 'finance', 'trade', 'health', 'education', 'environment', 'culture', 'justice', 'transport', 'sports', 'culture', 'economy', 'treasury', 'opposition', 'national', 'federal', 'regional', 'local', 'international', 'independent', 'party', 'party\'s', 'government', 'military', 'political', 'chief', 'deputy', 'assistant', 'press', 'campaign', 'business', 'union', 'shadow', 'ex']);

function phraseWord(w: Word): boolean {
  if (isPunct(w)) return false;
  if (FUNCTION_WORDS.has(w.lower) || (DATE_WORDS.has(w.lower) && !AMBIGUOUS_DATES.has(w.lower))) return false;
  if (ROLE_SUFFIX.test(w.text) && !NOT_ROLE.has(w.lower)) return true;
  if (PREMODIFIERS.has(w.lower)) return true;
  return isCap(w) || ROLE_WORDS.has(w.lower) || CONNECTORS.has(w.lower) || /^\d/.test(w.text) || w.lower === '%';
}

/** The speaker phrase of words[i, j), trimmed of connectors at its ends. */
export function make(text: string, words: Word[], i: number, j: number): SpeakerPhrase | null {
  // Trim connectors at both ends ("of the Ministry" -> "Ministry").
  while (i < j && CONNECTORS.has(words[i].lower) && words[i].lower !== 'the' && words[i].lower !== 'a') i++;
  while (j > i && CONNECTORS.has(words[j - 1].lower)) j--;
  if (i >= j) return null;
  const ws = words.slice(i, j);
  const start = ws[0].start;
  const end = ws[ws.length - 1].end;
  const roles = ws.filter((w) => ROLE_WORDS.has(w.lower)).map((w) => w.lower);
  let name = headName(ws);
  // "Lib Dem officials", "a Labour Party spokesman": a role of an organisation, not a person.
  const lastWord = ws[ws.length - 1];
  if (name && !isCap(lastWord) && ROLE_WORDS.has(lastWord.lower)) name = null;
  const kind: PhraseKind = name ? 'name' : 'role';
  if (!name && !roles.length) {
    // A capitalised phrase with no role word: an organisation or a name we cannot split.
    if (!ws.some(isCap)) return null;
    return { start, end, text: text.slice(start, end), kind: 'name', name: text.slice(start, end).replace(/^(?:the|a|an)\s+/i, ''), roles };
  }
  return { start, end, text: text.slice(start, end), kind, name, roles };
}

/** The last run of capitalised non-role words, with a title before it ("Mr Blair"). */
function headName(ws: Word[]): string | null {
  const nameWord = (w: Word) => isCap(w) && !ROLE_WORDS.has(w.lower) && !TITLES.has(w.lower) && !CONNECTORS.has(w.lower) && !FUNCTION_WORDS.has(w.lower);
  let j = ws.length;
  while (j > 0 && !nameWord(ws[j - 1])) j--;
  if (j === 0) return null;
  // "European Commissioner", "Belarusian leader": a qualifier of the role that follows, not a name.
  let i = j - 1;
  while (i > 0 && nameWord(ws[i - 1])) i--;
  if (j < ws.length && j - i === 1 && ROLE_WORDS.has(ws[j].lower)) return null;
  let prev = i > 0 ? ws[i - 1].lower : '';
  if (prev === 'the' && i > 1) prev = ws[i - 2].lower;
  let run = ws.slice(i, j);
  if (['of', 'for', 'in', 'at', 'to'].includes(prev)) {
    // "Secretary of State for the Family": a complement, not a person; "President of Ukraine
    // Volodymyr Zelenskyi": the complement's first word is the place, the rest the name.
    if (run.length < 3) return null;
    run = run.slice(1);
  }
  if (i > 0 && TITLES.has(ws[i - 1].lower)) run = [ws[i - 1], ...run];
  if (run.length === 1 && ROLE_WORDS.has(run[0].lower)) return null;
  return run.map((w) => w.text).join(' ');
}

/** The first run of two or more capitalised name words from words[from]: the person a caption names. */
export function nameRun(text: string, words: Word[], from: number): SpeakerPhrase | null {
  const nameWord = (w: Word) => isCap(w) && !isPunct(w) && !ROLE_WORDS.has(w.lower) && !TITLES.has(w.lower) && !FUNCTION_WORDS.has(w.lower);
  for (let i = from; i < words.length; i++) {
    if (!nameWord(words[i])) continue;
    let j = i;
    while (j < words.length && nameWord(words[j]) && !lineBreakBetween(text, words[j - 1], words[j], j > i)) j++;
    let a = i;
    if (j - i >= 3 && i > 0 && ['of', 'the'].includes(words[i - 1].lower)) a++;
    if (j - a >= 2) {
      const start = words[a].start;
      const end = words[j - 1].end;
      const name = text.slice(start, end);
      return { start, end, text: name, kind: 'name', name, roles: [] };
    }
    i = j;
  }
  return null;
}

function lineBreakBetween(text: string, a: Word | undefined, b: Word, check: boolean): boolean {
  return check && a !== undefined && text.slice(a.end, b.start).includes('\n');
}

/**
 * "Muhammad Shahabuddin, a resident of Palpur village, told", "Martin O'Neill, who chairs the
 * committee, said": the name before an apposition or relative clause that ends at words[comma].
 */
function appositionHead(text: string, words: Word[], comma: number): SpeakerPhrase | null {
  let c = comma - 1;
  while (c > 0 && comma - c < 24 && words[c].text !== ',' && !/["“”«»„.;:!?]/.test(words[c].text)) c--;
  if (c <= 0 || words[c].text !== ',') return null;
  const first = words[c + 1];
  const segment = words.slice(c + 1, comma);
  const roleLike = segment.some((w) => ROLE_WORDS.has(w.lower) || ROLE_SUFFIX.test(w.text)) || ORGANISATION.test(segment.map((w) => w.text).join(' '));
  if (!first || (isCap(first) && !roleLike) || (!isCap(first) && !/^(?:who|whose|which|a|an|the|one|former|now|then|\p{Ll}+)$/u.test(first.lower))) return null;
  let g = c;
  while (g > 0 && phraseWord(words[g - 1]) && c - g < MAX_PHRASE && !lineBreakBetween(text, words[g - 1], words[g], true)) g--;
  if (g === c) return null;
  // The name may follow one lower-case noun of office ("But colleague Ian Gibson, who ...").
  if (g > 1 && !isPunct(words[g - 1]) && !FUNCTION_WORDS.has(words[g - 1].lower) && !isCap(words[g - 1]) && opensClause(words, g - 1)) g--;
  if (!opensClause(words, g)) return null;
  const p = make(text, words, g, c);
  return p && p.kind === 'name' ? p : null;
}

/** The speaker phrase that ends just before words[cue] (skipping "also" and the like). */
export function phraseBefore(text: string, words: Word[], cue: number): SpeakerPhrase | null {
  let j = cue;
  while (j > 0 && SPEECH_ADVERBS.has(words[j - 1].lower)) j--;
  if (j === 0) return null;
  const last = words[j - 1];
  if (PRONOUNS.has(last.lower)) {
    return { start: last.start, end: last.end, text: last.text, kind: 'pronoun', name: null, roles: [] };
  }
  // "..., Theresa May, said": the name between commas right before the verb.
  if (last.text === ',') {
    let k = j - 1;
    let i = k;
    while (i > 0 && phraseWord(words[i - 1]) && k - i < MAX_PHRASE) i--;
    if (i < k && i > 0 && words[i - 1].text === ',') {
      const inner = make(text, words, i, k);
      const head = appositionHead(text, words, k);
      if (head && inner && (inner.roles.length || ORGANISATION.test(inner.text))) return head;
      if (inner && inner.kind === 'name') return inner;
      // "David Frost, director general of ..., warned": the name before the apposition.
      let h = i - 1;
      let g = h;
      while (g > 0 && phraseWord(words[g - 1]) && h - g < MAX_PHRASE) g--;
      const outer = g < h ? make(text, words, g, h) : null;
      if (outer && outer.kind === 'name') return outer;
      return inner;
    }
    return appositionHead(text, words, k);
  }
  let i = j;
  while (i > 0 && phraseWord(words[i - 1]) && j - i < MAX_PHRASE && !lineBreakBetween(text, words[i - 1], words[i], true)) i--;
  if (i === j) {
    // "26% of respondents said", "the government said": a lower-case head noun.
    return null;
  }
  const p = make(text, words, i, j);
  if (p && (p.kind === 'role' || ORGANISATION.test(p.text)) && i > 0 && words[i - 1].text === ',') {
    // Only a name that opens the clause: "But David Frost, director general ..., warned", not
    // "a poll conducted by Chatnam House, 26% of respondents said".
    // "David Frost, director general of the British Chambers of Commerce, warned" without the
    // closing comma case is handled above; here "Name, role said" -> prefer the name.
    let h = i - 1;
    let g = h;
    while (g > 0 && phraseWord(words[g - 1]) && h - g < MAX_PHRASE) g--;
    const outer = g < h && opensClause(words, g) ? make(text, words, g, h) : null;
    if (outer && outer.kind === 'name') return outer;
  }
  return p;
}

/** The speaker phrase that starts right after words[cue] ("said Mr Blair", "added the spokesman"). */
export function phraseAfter(text: string, words: Word[], cue: number): SpeakerPhrase | null {
  const i = cue + 1;
  if (i >= words.length) return null;
  if (PRONOUNS.has(words[i].lower)) return { start: words[i].start, end: words[i].end, text: words[i].text, kind: 'pronoun', name: null, roles: [] };
  let j = i;
  while (j < words.length && phraseWord(words[j]) && j - i < MAX_PHRASE && !lineBreakBetween(text, words[j - 1], words[j], j > i)) j++;
  if (j === i) return null;
  return make(text, words, i, j);
}
