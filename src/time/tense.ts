// A rough tense for the clause around a position: enough to say whether a bare "Friday" or
// "December" lies before or after the document date.
import type { Tense } from './env.js';

const FUTURE = /(?:\b(?:will|won't|shall|would|going\s+to|(?:is|are|was|were)\s+(?:due|scheduled|expected|set)\s+to|(?:is|are)\s+to|set\s+to|plans?\s+to|planned\s+(?:to|for)|planning\s+to|scheduled|as\s+(?:soon|early)\s+as|to\s+be\s+held|upcoming|effective)\b|'ll\b)/i;
// A past participle starts lower-case: "United States" and "Red Cross" are names, not verbs.
// Irregular past forms that news reports with a weekday ("began Tuesday", "fell Friday").
const IRREGULAR_PAST = 'began|fell|rose|met|made|took|came|went|told|held|left|won|lost|led|sent|spent|paid|sold|bought|brought|gave|got|found|saw|knew|became|struck|wrote|spoke|ran|stood|broke|flew|drew|grew|shot|fought|caught|kept|felt|heard|chose|threw|tore|sought|sank|slid|swept|fled|hid|arose|rang|sang|shook|forgot|overtook|withdrew|undertook|upheld|overthrew';
const PAST = new RegExp(`\\b(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|[Ss]aid|ago|[Ll]ast|[Yy]esterday|[Ee]arlier|${IRREGULAR_PAST}|[a-z]\\w*ed)\\b`);

const FUTURE_G = new RegExp(FUTURE.source, 'gi');
const PAST_G = new RegExp(PAST.source, 'g');

const isStop = (c: string | undefined): boolean => c === '.' || c === '!' || c === '?' || c === '\n';

/** Words a full stop abbreviates without ending the sentence ("Mr.", "Corp.", "Sept."), lower case. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr inc corp co ltd bros gov sen rep gen col lt sgt capt maj adm prof rev jan feb mar apr jun jul aug sep sept oct nov dec no vs mt ft'.split(' '),
);

/** Whether the character at i ends a sentence: a stop before a space, not after an initial or an abbreviation. */
function endsSentence(text: string, i: number): boolean {
  if (!isStop(text[i]) || !/\s/.test(text[i + 1] ?? ' ')) return false;
  if (text[i] !== '.') return true;
  let j = i;
  while (j > 0 && j > i - 6 && /[A-Za-z]/.test(text[j - 1])) j--;
  const word = text.slice(j, i);
  if (word.length === 1 && word >= 'A' && word <= 'Z') return false; // "Daniel P. Davison"
  return !ABBREVIATIONS.has(word.toLowerCase()) || (j > 0 && /[A-Za-z]/.test(text[j - 1]));
}

/** The bounds of the sentence-ish window around pos (bounded, so long texts stay linear). */
export function clauseBounds(text: string, pos: number, reach = 200): { start: number; end: number } {
  const lo = Math.max(0, pos - reach);
  const hi = Math.min(text.length, pos + reach);
  let start = lo;
  for (let i = pos - 1; i >= lo; i--) {
    if (endsSentence(text, i)) {
      start = i + 1;
      break;
    }
  }
  let end = hi;
  for (let i = pos + 4; i < hi; i++) {
    if (endsSentence(text, i)) {
      end = i;
      break;
    }
  }
  return { start, end };
}

export function tenseAt(text: string, pos: number): Tense {
  const b = clauseBounds(text, pos);
  // the verb that governs a time expression is usually the nearest tense marker before it,
  // else the first one after it ("announced Wednesday" is past even if "they will appeal" follows)
  const before = text.slice(Math.max(b.start, pos - 90), pos);
  let best: { at: number; tense: Tense } | null = null;
  for (const [re, tense] of [
    [FUTURE_G, 'future'],
    [PAST_G, 'past'],
  ] as const) {
    for (const m of before.matchAll(re)) {
      // "will be held", "to be announced": a participle after "be" keeps the tense of its auxiliary
      if (tense === 'past' && /\b(?:be|been|being)\s+$/i.test(before.slice(Math.max(0, m.index - 8), m.index))) continue;
      // "will succeed", "to proceed": a base form after a modal or "to" is not a past form
      if (tense === 'past' && /eed$/i.test(m[0]) && /\b(?:will|would|shall|can|could|may|might|must|to|'ll)\s+(?:\w+ly\s+)?$/i.test(before.slice(Math.max(0, m.index - 20), m.index))) continue;
      const at = m.index + m[0].length;
      if (!best || at > best.at) best = { at, tense };
    }
  }
  if (best) return best.tense;
  const after = text.slice(pos, Math.min(b.end, pos + 60));
  const f = FUTURE.exec(after);
  const p = PAST.exec(after);
  if (f && (!p || f.index < p.index)) return 'future';
  if (p) return 'past';
  return 'present';
}

const PAST_PERFECT = new RegExp(`\\b(?:had|'d)\\s+(?:(?:not|never|already|only|just|yet)\\s+)?(?:been|[a-z]+ed|[a-z]+en|${IRREGULAR_PAST})\\b`, 'i');

/** Whether the clause around pos is told in the past perfect ("had filed", "had not called"). */
export function pastPerfectAt(text: string, pos: number): boolean {
  const b = clauseBounds(text, pos);
  return PAST_PERFECT.test(text.slice(Math.max(b.start, pos - 90), Math.min(b.end, pos + 60)));
}
