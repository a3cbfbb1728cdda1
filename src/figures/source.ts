// Who states a figure: "according to X", "X said", "said X", "a poll conducted by X", or the
// speaker of a quotation around it. Looked for in the figure's sentence, then its paragraph.
import type { Quote } from '../brief/types.js';
import { runsBack } from '../core/whitespace.js';

const SAY = 'said|says|say|told|tells|reported|reports|estimated|estimates|announced|announces|stated|states|claimed|claims|warned|warns|showed|shows|found|finds|predicted|predicts|forecast|forecasts|revealed|reveals|confirmed|confirms|added|adds|noted|notes|insisted|argued|argues|wrote|writes|published|calculated|calculates|believes|believed|suggested|suggests|indicated|indicates|put|puts';
const NAME = String.raw`(?:[A-Z][\p{L}'’.-]{0,30}(?:\s+(?:of\s+|for\s+|&\s+)?[A-Z][\p{L}'’.-]{0,30}){0,5})`;
const NP = String.raw`\b(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)?(?:[a-z][a-z-]{1,25}\s+){0,2}(?:ministry|office|department|government|report|survey|poll|study|figures|data|statistics|analysts|officials|economists|experts|researchers|agency|company|firm|group|bank|police|army|military|spokesman|spokeswoman|spokesperson|authorities|regulator|watchdog|institute|commission|council|committee|union|association|it|he|she|they|we)`;

export const PATTERNS: RegExp[] = [
  new RegExp(String.raw`\baccording to\s+((?:the\s+)?[^,.;:()“”"]{2,60}?)(?=[,.;:()“”"]|\s+(?:which|who|that|published|released)\b|$)`, 'iu'),
  new RegExp(String.raw`\b(?:poll|survey|study|report|research|analysis|census|figures|data|statistics|estimates?|count|assessment|review)\s+(?:(?:was\s+)?(?:conducted|published|released|carried out|commissioned|compiled|issued|produced|prepared)\s+)?(?:by|from)\s+(${NAME}|${NP})`, 'u'),
  new RegExp(String.raw`(${NAME}|${NP})\s+(?:has\s+|have\s+|had\s+)?(?:${SAY})\b`, 'u'),
  new RegExp(String.raw`\b(?:said|says|added|told)\s+(${NAME}|(?:the|a)\s+(?:[a-z][a-z-]{1,25}\s+){0,2}(?:ministry|office|department|government|report|survey|poll|study|analysts|officials|economists|experts|agency|company|firm|group|bank|police|spokesman|spokeswoman|spokesperson|authorities|regulator|institute|commission))`, 'u'),
];
/** The patterns again, global, to search from an index on. */
const FROM: RegExp[] = PATTERNS.map((p) => new RegExp(p.source, `${p.flags}g`));
const ACCORDING = /according to/iu;
/** The word "by" or "from" after a space and before one, as pattern 1 has it. */
const BY_FROM = /\s(?:by|from)\s/;
/** A verb of saying after a space, as pattern 2 ends. */
const SAY_VERB = new RegExp(String.raw`\s(?:${SAY})\b`, 'u');

/**
 * Where the search for pattern k may start in s: no match of it starts earlier; -1 when s has
 * no match. Most sentences have no verb of saying, and the patterns try a name at every word: a
 * cheap search for the word a match must hold bounds the patterns' own search. A match of
 * pattern 1 holds at most four runs of non-space characters before its "by" or "from" (a noun,
 * "was", "carried out"); one of pattern 2 at most twelve before its verb (a name of six words
 * and five joining words, or a noun phrase of four words, then "has").
 */
function searchFrom(k: number, s: string): number {
  if (k === 0) return ACCORDING.test(s) ? 0 : -1;
  if (k === 1 || k === 2) {
    const m = (k === 1 ? BY_FROM : SAY_VERB).exec(s);
    return m ? runsBack(s, m.index + 1, k === 1 ? 4 : 12) : -1;
  }
  // pattern 3 opens with its verb: its own search is as quick as any test for the verb
  return 0;
}
export const NOT_SOURCES = /^(?:respondents|voters|people|those|who|which|that|it is|there|this|these|In|The|A|An|But|And|However|Meanwhile|Moreover|Figures|Data)$/;

/** The last two texts asked about and their answers: the figures of one sentence ask about the
 *  same text, and the stage asks about a figure's paragraph between two of them. */
let last: { s: string; found: string | null } | null = null;
let before: { s: string; found: string | null } | null = null;

/** The first source named in `s`, or null. */
export function sourceIn(s: string): string | null {
  if (last && last.s === s) return last.found;
  if (before && before.s === s) return before.found;
  const found = firstSource(s);
  before = last;
  last = { s, found };
  return found;
}

function firstSource(s: string): string | null {
  for (let k = 0; k < PATTERNS.length; k++) {
    const from = searchFrom(k, s);
    if (from < 0) continue;
    const re = FROM[k];
    re.lastIndex = from;
    const m = re.exec(s);
    if (!m) continue;
    const src = m[1].trim().replace(/[\s,]+$/, '');
    if (!src || NOT_SOURCES.test(src)) continue;
    if (/^(the|a|an)$/i.test(src)) continue;
    return src;
  }
  return null;
}

/** The speaker of a quotation that contains [start, end), if any. */
export function quoteSource(quotes: readonly Quote[] | undefined, start: number, end: number): string | null {
  if (!quotes) return null;
  for (const q of quotes) if (q.start <= start && q.end >= end && q.speaker && q.kind !== 'scare') return q.speaker;
  return null;
}
