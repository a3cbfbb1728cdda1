// A rough tense for the clause around a position: enough to say whether a bare "Friday" or
// "December" lies before or after the document date.
import type { Tense } from './env.js';

const FUTURE = /(?:\b(?:will|won't|shall|would|going\s+to|(?:is|are|was|were)\s+(?:due|scheduled|expected|set)\s+to|(?:is|are)\s+to|set\s+to|plans?\s+to|planned\s+(?:to|for)|planning\s+to|scheduled|as\s+(?:soon|early)\s+as|to\s+be\s+held|upcoming|effective)\b|'ll\b)/i;
const PAST = /\b(?:was|were|had|did|said|ago|last|yesterday|earlier|\w+ed)\b/i;

const isStop = (c: string | undefined): boolean => c === '.' || c === '!' || c === '?' || c === '\n';

/** The bounds of the sentence-ish window around pos (bounded, so long texts stay linear). */
export function clauseBounds(text: string, pos: number, reach = 200): { start: number; end: number } {
  const lo = Math.max(0, pos - reach);
  const hi = Math.min(text.length, pos + reach);
  let start = lo;
  for (let i = pos - 1; i >= lo; i--) {
    if (isStop(text[i]) && /\s/.test(text[i + 1] ?? ' ')) {
      start = i + 1;
      break;
    }
  }
  let end = hi;
  for (let i = pos + 4; i < hi; i++) {
    if (isStop(text[i]) && /\s/.test(text[i + 1] ?? ' ')) {
      end = i;
      break;
    }
  }
  return { start, end };
}

export function tenseAt(text: string, pos: number): Tense {
  const b = clauseBounds(text, pos);
  // the verb that governs a time expression is usually shortly before it, or just after it
  const near = text.slice(Math.max(b.start, pos - 90), Math.min(b.end, pos + 50));
  if (FUTURE.test(near)) return 'future';
  if (PAST.test(text.slice(b.start, b.end))) return 'past';
  return 'present';
}
