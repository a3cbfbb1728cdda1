// Direct quotations: quotation pieces grouped into quotations, told apart from quoted terms,
// with the speaker phrase and cue found in the clause before or after the marks.
import { findQuotePieces, type QuotePiece } from './marks.js';
import { CAPTION_CUES, SPEECH_VERBS } from './lexicon.js';
import { nameRun, phraseAfter, phraseBefore, type SpeakerPhrase } from './speaker-phrase.js';
import { isPunct, splitWords } from './words.js';
import { trailingSpeaker } from './reported.js';
import type { Span } from '../brief/types.js';

export interface Attribution {
  phrase: SpeakerPhrase;
  cueStart: number;
  cueEnd: number;
  /** Where the speech clause lies (to look for the channel). */
  clause: Span;
}

export interface DirectCandidate {
  piece: QuotePiece;
  group: number;
  scare: boolean;
  attribution: Attribution | null;
}

const TERM_INTRO = /\b(?:so-called|so called|dubbed|called|termed|named|known\s+as|titled|entitled|the\s+word|the\s+term|the\s+phrase|branded|labelled|labeled|described\s+as|as)\s*$/i;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The words of s, counted up to `cap` (a caller that compares with less needs no more). */
function wordCount(s: string, cap: number): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (n < cap && WORD.exec(s)) n++;
  return n;
}

/** All quotation pieces of the text, grouped (a group is one quotation over several pieces). */
export function findPieces(text: string, blocks: readonly Span[]): { piece: QuotePiece; group: number; block: Span }[] {
  const out: { piece: QuotePiece; group: number; block: Span }[] = [];
  let group = -1;
  let carry = false;
  for (const b of blocks) {
    const pieces = findQuotePieces(text, b.start, b.end);
    for (let k = 0; k < pieces.length; k++) {
      const p = pieces[k];
      const atBlockStart = p.start === firstNonSpace(text, b.start, b.end);
      if (!(carry && (k > 0 || atBlockStart))) group++;
      out.push({ piece: p, group, block: b });
      carry = p.continues;
    }
    if (!pieces.length) carry = false;
  }
  return out;
}

function firstNonSpace(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && /\s/.test(text[i])) i++;
  return i;
}

/** A quoted term ("Special Military Operation", “don’t know”) rather than a quotation. */
export function isQuotedTerm(text: string, p: QuotePiece, hasCue: boolean, block: Span): boolean {
  const inner = text.slice(p.contentStart, p.contentEnd).trim();
  const words = wordCount(inner, 9);
  const before = text.slice(Math.max(block.start, p.start - 40), p.start);
  if (TERM_INTRO.test(before) && words <= 8) return true;
  if (!p.closed) return false;
  const endsLikeSpeech = /[.,!?…:;]$/.test(inner) || /[.!?]\s+\p{Lu}/u.test(inner);
  if (words >= 5) return false;
  if (endsLikeSpeech && hasCue) return false;
  // A whole short sentence set apart in its own paragraph is still a quotation.
  const alone = text.slice(block.start, p.start).trim() === '' && /[.!?]$/.test(inner) && text.slice(p.end, block.end).trim().length < 3;
  return !alone;
}

const CLAUSE_LIMIT = 220;
const FINITE = new Set(['would', 'will', 'was', 'is', 'were', 'are', 'had', 'has', 'have', 'could', 'should', 'must', 'can', 'may', 'might', 'did', 'does']);

/** The speech clause right after a closing mark: ", he said", "», said President X", ". Address by X". */
export function attributionAfter(text: string, from: number, limit: number): Attribution | null {
  const end = Math.min(limit, from + CLAUSE_LIMIT);
  const words = splitWords(text, from, end);
  let i = 0;
  let sawStop = false;
  while (i < words.length && isPunct(words[i])) {
    if (/[.!?]/.test(words[i].text)) sawStop = true;
    if (/["“”«»„]/.test(words[i].text)) return null;
    i++;
  }
  if (i >= words.length) return null;
  // Stop at the end of the clause's sentence.
  let stop = words.length;
  for (let k = i; k < words.length; k++) {
    if (/^[.!?;]$|^\.\.\.$/.test(words[k].text) || /["“”«»„]/.test(words[k].text)) {
      stop = k;
      break;
    }
  }
  const ws = words.slice(0, stop);
  const clause = { start: from, end: stop < words.length ? words[stop].start : end };
  const rest = text.slice(ws[i].start, clause.end);
  if (sawStop || (CAPTION_CUES.test(rest) && /^\p{Lu}/u.test(rest) && /[.!?…]\s?["”»]?$/.test(text.slice(Math.max(0, from - 4), from)))) {
    // "…». Address by President Volodymyr Zelenskyi": a caption naming the speaker.
    if (!CAPTION_CUES.test(rest)) return null;
    const best = nameRun(text, ws, i + 1);
    return best ? { phrase: best, cueStart: ws[i].start, cueEnd: ws[i].end, clause } : null;
  }
  // `"… job." Education Secretary Ruth Kelly said …`: a new sentence, not this quote's cue.
  const inner = text.slice(Math.max(0, from - 3), from);
  const newSentence = /[.!?…]\s?["”»’']$/.test(inner) && /^\p{Lu}/u.test(ws[i].text) && !SPEECH_VERBS.has(ws[i].lower);
  if (SPEECH_VERBS.has(ws[i].lower)) {
    const p = phraseAfter(text, ws, i);
    if (p) return { phrase: p, cueStart: ws[i].start, cueEnd: ws[i].end, clause };
    return null;
  }
  // `"…" and India had its own problems, Ms Short said.`: a cue that closes the sentence.
  for (let k = ws.length - 1; k > i + 1 && k >= ws.length - 10; k--) {
    if (!SPEECH_VERBS.has(ws[k].lower)) continue;
    const p = trailingSpeaker(text, ws, k);
    if (p && !/["“”«»„]/.test(text.slice(from, p.start).replace(/^[\s\S]{0,3}/, ''))) return { phrase: p, cueStart: ws[k].start, cueEnd: ws[k].end, clause };
    break;
  }
  for (let k = i + 1; k < Math.min(ws.length, i + 14); k++) {
    if (!SPEECH_VERBS.has(ws[k].lower)) continue;
    const p = phraseBefore(text, ws, k);
    // After a finished quotation a new sentence "Name said X would ..." reports something else;
    // "Name addressed the people of Lithuania" is still this quotation's cue.
    if (newSentence && (ws.slice(k + 1).some((w) => FINITE.has(w.lower)) || ws[k + 1]?.text === ':' || k + 1 >= ws.length)) return null;
    if (p && p.start <= ws[i].end) return { phrase: p, cueStart: ws[k].start, cueEnd: ws[k].end, clause };
    break;
  }
  return null;
}

/** The speech clause before an opening mark: `Ms Hewitt said: "`, `Andriy Yermak: "`, `he warned that firms could be "`. */
export function attributionBefore(text: string, from: number, to: number): Attribution | null {
  const start = Math.max(from, to - CLAUSE_LIMIT);
  const words = splitWords(text, start, to);
  let j = words.length;
  while (j > 0 && isPunct(words[j - 1]) && !/["“”«»„]/.test(words[j - 1].text)) j--;
  if (j === 0) return null;
  const clause = { start, end: to };
  for (let k = j - 1; k >= 0; k--) {
    const w = words[k];
    if (/["“”«»„.!?;]/.test(w.text)) break;
    if (!SPEECH_VERBS.has(w.lower)) continue;
    const p = phraseBefore(text, words, k) ?? phraseAfter(text, words, k);
    if (p) return { phrase: p, cueStart: w.start, cueEnd: w.end, clause };
  }
  // Name and colon: `Andriy Yermak: "`.
  if (j < words.length && words[j].text === ':' && !SPEECH_VERBS.has(words[j - 1].lower)) {
    const p = phraseBefore(text, words, j);
    if (p && p.kind === 'name') return { phrase: p, cueStart: words[j].start, cueEnd: words[j].end, clause };
  }
  return null;
}

/** The candidates of every quotation mark pair of the text, with attributions where found. */
export function directCandidates(text: string, blocks: readonly Span[]): DirectCandidate[] {
  const pieces = findPieces(text, blocks);
  const out: DirectCandidate[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const { piece, group, block } = pieces[k];
    const prevEnd = k > 0 && pieces[k - 1].block === block ? pieces[k - 1].piece.end : block.start;
    const nextStart = k + 1 < pieces.length && pieces[k + 1].block === block ? pieces[k + 1].piece.start : block.end;
    const sentenceStart = clauseStart(text, prevEnd, piece.start);
    const after = piece.closed ? attributionAfter(text, piece.end, nextStart) : null;
    const before = attributionBefore(text, sentenceStart, piece.start);
    const initial = text.slice(sentenceStart, piece.start).trim() === '';
    const attribution = (initial ? after ?? before : before ?? after) ?? (initial ? null : subjectOf(text, sentenceStart, piece.start));
    const scare = isQuotedTerm(text, piece, attribution !== null, block);
    out.push({ piece, group, scare, attribution });
  }
  return out;
}

/**
 * The subject of the sentence that carries a partial quotation with no speech verb:
 * `Tory frontbencher Andrew Tyrie MP demanded a statement about how measures had been "…"`.
 * A leading prepositional phrase ("In the Commons,") is skipped.
 */
export function subjectOf(text: string, from: number, to: number): Attribution | null {
  const words = splitWords(text, from, to);
  let i = 0;
  if (words.length && PREPOSITIONS.has(words[0].lower)) {
    const comma = words.findIndex((w, n) => n < 8 && w.text === ',');
    if (comma < 0) return null;
    i = comma + 1;
  }
  if (i >= words.length) return null;
  const lead = [{ start: words[i].start, end: words[i].start, text: '', lower: '' }, ...words.slice(i)];
  const p = PRONOUN_SUBJECT.has(words[i].lower)
    ? { start: words[i].start, end: words[i].end, text: words[i].text, kind: 'pronoun' as const, name: null, roles: [] }
    : phraseAfter(text, lead, 0);
  if (!p) return null;
  const next = words.find((w) => w.start >= p.end);
  // The subject must be followed by its verb (a lower-case word), not by more of a noun phrase.
  if (!next || isPunct(next) || /^\p{Lu}/u.test(next.text)) return null;
  return { phrase: p, cueStart: next.start, cueEnd: next.end, clause: { start: from, end: to } };
}

const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'speaking', 'writing', 'asked', 'since', 'for', 'from', 'with', 'under', 'following']);
const PRONOUN_SUBJECT = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Where the sentence holding `to` starts, not before `from`. */
function clauseStart(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? '')) {
      // "Mr." or "Dr." is not a sentence end.
      const w = /(\p{L}+)\.$/u.exec(text.slice(Math.max(from, i - 5), i + 1));
      if (c === '.' && w && /^(?:Mr|Mrs|Ms|Dr|St|Prof)$/.test(w[1])) continue;
      return i + 1;
    }
  }
  return from;
}
