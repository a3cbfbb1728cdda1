// Reported speech in one sentence: "He also stated ... that Belarus has no tensions with
// Ukraine", "The Liberal Democrats said it was misdirected", "..., Ms Hewitt told GMTV",
// "According to X, ...". Gives the speaker phrase, the cue and the content span.
import type { Span } from '../brief/types.js';
import { FNV_OFFSET, FNV_PRIME } from '../core/hash.js';
import { AsciiWordTable } from './ascii-words.js';
import { REPORTING_VERBS } from './lexicon.js';
import { make, opensClause, phraseBefore, phraseAfter, type SpeakerPhrase } from './speaker-phrase.js';
import { lnEnd } from './letters.js';
import { isCap, isPunct, splitWords, type Word } from './words.js';

export interface Reported {
  start: number;
  end: number;
  phrase: SpeakerPhrase;
  cueStart: number;
  cueEnd: number;
  cue: string;
  content: Span;
  sentence: Span;
}

/** Verbs that take a bare clause ("said the plan was ..."), not only "that ...". */
const BARE_CLAUSE = new Set(['said', 'says', 'say', 'told', 'tells', 'warned', 'warns', 'added', 'adds', 'insisted', 'insists', 'argued', 'argues', 'claimed', 'claims', 'stressed', 'admitted', 'admits', 'believes', 'thinks', 'suggested', 'suggests', 'predicted', 'conceded', 'maintained', 'maintains', 'stated', 'states', 'wrote', 'writes', 'explained', 'noted', 'answered']);
const CLAUSE_START = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'that', 'no', 'more', 'most', 'all', 'some', 'many', 'ministers', 'people', 'nothing', 'everyone', 'government', 'if', 'whether', 'when', 'how', 'what', 'why', 'only', 'not']);
const CLAUSE_OPENERS = new Set(['and', 'but', 'so', 'yet', 'while', 'whereas', 'then', 'when', 'however', 'meanwhile', 'also', 'as', 'because', 'since', 'although', 'though', 'after', 'before', 'once', 'now', 'still', 'nevertheless', 'moreover']);
/** Words that may follow the verb before a "that" further on: prepositions, adverbs, a comma. */
const BEFORE_THAT = /^(?:,|in|at|on|during|to|with|after|before|for|from|yesterday|today|last|earlier|also|again|repeatedly|once|later|then|\p{L}+ly)$/u;
/** Finite verbs: after a trailing cue they mean a new clause, so the cue was not trailing. */
const FINITE_WORDS = new Set(['would', 'will', 'was', 'is', 'were', 'are', 'had', 'has', 'have', 'could', 'should', 'must', 'can', 'may', 'might', 'did', 'does']);
const LEADING_PREPOSITION = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'speaking', 'writing', 'asked', 'since', 'following', 'according']);
const PASSIVE = new Set(['is', 'was', 'were', 'be', 'been', 'being', 'are']);


function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.!?;:]/.test(text[e - 1])) e--;
  return e;
}

/** Whether text[s.start, s.end) has at least `min` runs of letters and digits (what /[\p{L}\p{N}]+/gu finds in the slice), counted no further. */
function hasWords(text: string, s: Span, min: number): boolean {
  let n = 0;
  for (let i = s.start; i < s.end; ) {
    const j = lnEnd(text, i, s.end);
    if (j === i) i++;
    else if (++n >= min) return true;
    else i = j;
  }
  return false;
}

/** Every word a reported clause needs one of (see below). */
const CUES = new AsciiWordTable(FNV_OFFSET, [...REPORTING_VERBS, 'according', 'saying'].map((w) => [w, 1] as [string, number]));

/** Where the runs that cueRuns found start (reused between calls). */
let cueStarts = new Int32Array(64);

/**
 * The runs of text[start, end) that are cues: how many (their starts in cueStarts), or -1 when
 * any word may be one. A word that lower-cases to a cue is such a run, because the cues are ASCII
 * letters and only ASCII letters and the Kelvin sign (-1) lower-case to them. Most sentences hold
 * none and are ruled out so before being split into words.
 */
function cueRuns(text: string, start: number, end: number): number {
  let n = 0;
  let h = FNV_OFFSET;
  let from = -1;
  for (let i = start; i <= end; i++) {
    let c = i < end ? text.charCodeAt(i) : 0;
    const upper = c >= 65 && c <= 90;
    if (upper || (c >= 97 && c <= 122)) {
      if (from < 0) {
        from = i;
        h = FNV_OFFSET;
      }
      if (upper) c += 32;
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    if (c === 0x212a) return -1;
    if (from >= 0) {
      if (CUES.get(h, text, from, i)) {
        if (n === cueStarts.length) {
          const more = new Int32Array(n * 2);
          more.set(cueStarts);
          cueStarts = more;
        }
        cueStarts[n++] = from;
      }
      from = -1;
    }
  }
  return n;
}

/** Whether text[start, end) may hold a word that lower-cases to a cue. */
export function mayHaveCue(text: string, start: number, end: number): boolean {
  return cueRuns(text, start, end) !== 0;
}

/** Reported speech of a sentence, or null. `blocked` says whether an offset lies inside a quotation. */
export function findReported(text: string, sentence: Span, blocked: (offset: number) => boolean): Reported | null {
  const cues = cueRuns(text, sentence.start, sentence.end);
  if (cues === 0) return null;
  const starts = cueStarts;
  const words = splitWords(text, sentence.start, sentence.end);
  if (words.length < 4) return null;
  const sentEnd = trimEnd(text, sentence.start, sentence.end);

  // "According to X, content." and "content, according to X."
  for (let k = 0; k + 1 < words.length; k++) {
    if (words[k].lower !== 'according' || words[k + 1].lower !== 'to' || blocked(words[k].start)) continue;
    const p = phraseAfter(text, words, k + 1);
    if (!p) continue;
    const comma = words.findIndex((w, n) => n > k + 1 && w.start >= p.end && w.text === ',');
    let content: Span;
    if (k === 0 || words[k - 1].text !== ',') {
      if (comma < 0) continue;
      content = { start: words[comma + 1]?.start ?? sentEnd, end: sentEnd };
    } else {
      content = { start: words[0].start, end: words[k - 1].start };
    }
    if (!hasWords(text, content, 3)) continue;
    return { start: Math.min(words[k].start, content.start), end: Math.max(p.end, content.end), phrase: p, cueStart: words[k].start, cueEnd: words[k + 1].end, cue: 'according to', content, sentence };
  }

  // "Downing Street would not be drawn on the claim, saying election timing was ...".
  for (let k = 2; k < words.length - 3; k++) {
    if (words[k].lower !== 'saying' || words[k - 1].text !== ',' || blocked(words[k].start)) continue;
    const subject = phraseAfter(text, [{ start: sentence.start, end: sentence.start, text: '', lower: '' }, ...words], 0);
    if (!subject || subject.end > words[k].start) break;
    const c = words[k + 1].lower === 'that' ? k + 2 : k + 1;
    const content = { start: words[c].start, end: sentEnd };
    if (!hasWords(text, content, 3)) break;
    return { start: subject.start, end: sentEnd, phrase: subject, cueStart: words[k].start, cueEnd: words[k].end, cue: 'saying', content, sentence };
  }

  let next = 0;
  for (let k = 1; k < words.length - 1; k++) {
    const w = words[k];
    // only a word where a cue run starts can be a verb
    if (cues > 0) {
      while (next < cues && starts[next] < w.start) next++;
      if (next === cues || starts[next] !== w.start) continue;
    }
    if (!REPORTING_VERBS.has(w.lower) || blocked(w.start)) continue;
    // "the United States", "Notes on ...": a capital inside a sentence is a name, not the verb.
    if (isCap(w)) continue;
    const inverted = invertedCue(text, words, k, sentence, sentEnd, blocked);
    if (inverted) return inverted;
    if (PASSIVE.has(words[k - 1].lower)) continue;
    const phrase = trailingSpeaker(text, words, k) ?? phraseBefore(text, words, k);
    if (!phrase || blocked(phrase.start)) continue;
    // The speaker phrase must open its clause: "the borders with Ukraine confirms" is not one.
    const pi = words.findIndex((x) => x.start === phrase.start);
    const opener = (n: number) => n <= 0 || (isPunct(words[n - 1]) && words[n - 1].text !== ',') || CLAUSE_OPENERS.has(words[n - 1].lower) || opensClause(words, n);
    // One lower-case noun may stand before a name ("colleague Ian Gibson").
    if (pi > 0 && !opener(pi) && words[pi - 1].text !== ',' && !(!isCap(words[pi - 1]) && !isPunct(words[pi - 1]) && phrase.kind === 'name' && opener(pi - 1))) continue;
    // Trailing cue: "content, Ms Hewitt told GMTV's Sunday programme."
    const before = words.slice(0, k).filter((x) => x.end <= phrase.start);
    const lastComma = before.length && before[before.length - 1].text === ',' ? before.length - 1 : -1;
    const tail = words.slice(k + 1).filter((x) => !isPunct(x));
    // The verb must end the sentence, or be followed only by its recipient or channel.
    const tailEnds = !words.slice(k + 1).some((x) => x.lower === 'that' || FINITE_WORDS.has(x.lower) || /^[:"“”«»„]$/.test(x.text)) && !LEADING_PREPOSITION.has(words[0].lower);
    if (lastComma > 0 && tail.length <= 8 && tailEnds) {
      const content = { start: words[0].start, end: before[lastComma].start };
      if (hasWords(text, content, 4) && !blocked(content.start)) {
        return { start: content.start, end: sentEnd, phrase, cueStart: w.start, cueEnd: w.end, cue: w.text, content, sentence };
      }
    }
    const c = contentStart(words, k);
    if (c < 0) continue;
    const content = { start: words[c].start, end: sentEnd };
    if (!hasWords(text, content, 3)) continue;
    return { start: phrase.start, end: sentEnd, phrase, cueStart: w.start, cueEnd: w.end, cue: w.text, content, sentence };
  }
  return null;
}

/** "content, argued Mr Howard.": the verb after the content's comma, then the speaker, then the sentence's end. */
function invertedCue(text: string, words: Word[], k: number, sentence: Span, sentEnd: number, blocked: (offset: number) => boolean): Reported | null {
  const w = words[k];
  if (words[k - 1].text !== ',' || !BARE_CLAUSE.has(w.lower)) return null;
  const phrase = phraseAfter(text, words, k);
  if (!phrase || phrase.kind === 'pronoun' || blocked(phrase.start)) return null;
  if (words.some((x) => x.start >= phrase.end && !isPunct(x))) return null;
  const content = { start: words[0].start, end: words[k - 1].start };
  if (!hasWords(text, content, 4) || blocked(content.start)) return null;
  return { start: content.start, end: sentEnd, phrase, cueStart: w.start, cueEnd: w.end, cue: w.text, content, sentence };
}

/**
 * "…, the Commons science and technology committee added.": at the end of a sentence, the whole
 * stretch between the last comma and the verb is the speaker.
 */
export function trailingSpeaker(text: string, words: Word[], k: number): SpeakerPhrase | null {
  const rest = words.slice(k + 1).filter((x) => !isPunct(x));
  if (rest.length > 8 || words.slice(k + 1).some((x) => /^[:"“”«»„]$/.test(x.text) || x.lower === 'that' || FINITE_WORDS.has(x.lower))) return null;
  let c = k - 1;
  while (c > 0 && k - c <= 9 && words[c].text !== ',' && !isPunct(words[c])) c--;
  if (c <= 0 || words[c].text !== ',' || k - c < 2) return null;
  const first = words[c + 1];
  if (!(isCap(first) || ['the', 'a', 'an'].includes(first.lower))) return null;
  let j = k;
  while (j > c + 1 && ['also', 'has', 'have', 'had', 'later', 'then'].includes(words[j - 1].lower)) j--;
  return make(text, words, c + 1, j);
}

/** Index of the first word of the reported content after the verb words[k], or -1. */
function contentStart(words: Word[], k: number): number {
  const verb = words[k].lower;
  let i = k + 1;
  // "told GMTV", "told the BBC", "told reporters": the recipient.
  if (verb === 'told' || verb === 'tells') {
    if (i < words.length && words[i].lower === 'the') i++;
    while (i < words.length && (isCap(words[i]) || ['reporters', 'journalists', 'mps', 'lawmakers', 'parliament', 'him', 'her', 'them', 'us', 'me'].includes(words[i].lower))) {
      i++;
      if (i < words.length && /^['’]s$/.test(words[i].text)) i++;
      break;
    }
  }
  // Up to 16 words of adverbials or a parenthetical before "that": "stated, and also reported
  // the statements of the Ministry of Defense, that ...", "stated in the meeting of July 13 that".
  if (i < words.length && words[i].lower !== 'that' && !BEFORE_THAT.test(words[i].lower)) {
    return bareClause(words, verb, i);
  }
  for (let n = i; n < Math.min(words.length, i + 18); n++) {
    const x = words[n];
    if (/["“”«»„;.!?:]/.test(x.text)) break;
    if (x.lower === 'that') return n + 1 < words.length ? n + 1 : -1;
  }
  return bareClause(words, verb, i);
}

/** Verbs whose next word, whatever it is, starts the reported clause. */
const RELAXED = new Set(['said', 'says', 'say', 'believes', 'believe', 'thinks', 'added', 'adds', 'warned', 'warns', 'insisted', 'insists', 'argued', 'argues', 'claimed', 'claims', 'claim', 'stressed', 'maintains', 'maintained', 'conceded']);

/** Words after "said" that do not open its reported clause. */
const NOT_CLAUSE = new Set(['over', 'against', 'up', 'off', 'out', 'in', 'on', 'at', 'to', 'with', 'during', 'after', 'before', 'of', 'for', 'by', 'from', 'about', 'so', 'and', 'but', 'or', 'as', 'nothing', 'yesterday', 'today', 'earlier', 'later', 'last', 'this', 'goodbye', 'hello', 'sorry', 'yes', 'no', 'thanks', 'again', 'repeatedly', 'previously', 'recently', 'afterwards', 'privately', 'publicly', 'separately', 'simply', 'only']);

function bareClause(words: Word[], verb: string, i: number): number {
  if (!BARE_CLAUSE.has(verb) || i >= words.length) return -1;
  const first = words[i];
  if (RELAXED.has(verb) && !isPunct(first) && !NOT_CLAUSE.has(first.lower) && !/ly$/.test(first.lower) && i + 2 < words.length) return i;
  if (CLAUSE_START.has(first.lower) || (isCap(first) && !PASSIVE.has(words[i + 1]?.lower ?? ''))) {
    if (/["“”«»„:]/.test(first.text)) return -1;
    // The clause needs a verb-like word soon after its start; "said nothing" is not reported speech.
    return i;
  }
  return -1;
}
