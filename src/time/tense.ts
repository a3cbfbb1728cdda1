// A rough tense for the clause around a position: enough to say whether a bare "Friday" or
// "December" lies before or after the document date.
import type { Tense } from './env.js';

const FUTURE = /\b(?:will|won't|shall|'ll|going\s+to|is\s+to|are\s+to|expects?|expected|plans?|planned|scheduled|due|upcoming|next|tomorrow|would|intends?|to\s+be\s+held|set\s+to)\b/i;
const PAST = /\b(?:was|were|had|did|said|ago|last|yesterday|earlier|\w+ed)\b/i;

/** The sentence-ish window around pos (bounded, so long texts stay linear). */
export function clauseAround(text: string, pos: number): string {
  const lo = Math.max(0, pos - 200);
  const hi = Math.min(text.length, pos + 200);
  let s = lo;
  for (let i = pos - 1; i >= lo; i--) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?' || c === '\n') && /\s/.test(text[i + 1] ?? ' ')) {
      s = i + 1;
      break;
    }
  }
  let e = hi;
  for (let i = pos; i < hi; i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?' || c === '\n') && /\s/.test(text[i + 1] ?? ' ') && i > pos + 3) {
      e = i;
      break;
    }
  }
  return text.slice(s, e);
}

export function tenseAt(text: string, pos: number): Tense {
  const clause = clauseAround(text, pos);
  if (FUTURE.test(clause)) return 'future';
  if (PAST.test(clause)) return 'past';
  return 'present';
}
