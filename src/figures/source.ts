// Who states a figure: "according to X", "X said", "said X", "a poll conducted by X", or the
// speaker of a quotation around it. Looked for in the figure's sentence, then its paragraph.
import type { Quote } from '../brief/types.js';

const SAY = 'said|says|say|told|tells|reported|reports|estimated|estimates|announced|announces|stated|states|claimed|claims|warned|warns|showed|shows|found|finds|predicted|predicts|forecast|forecasts|revealed|reveals|confirmed|confirms|added|adds|noted|notes|insisted|argued|argues|wrote|writes|published|calculated|calculates|believes|believed|suggested|suggests|indicated|indicates|put|puts';
const NAME = String.raw`(?:[A-Z][\p{L}'’.-]{0,30}(?:\s+(?:of\s+|for\s+|&\s+)?[A-Z][\p{L}'’.-]{0,30}){0,5})`;
const NP = String.raw`\b(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)?(?:[a-z][a-z-]{1,25}\s+){0,2}(?:ministry|office|department|government|report|survey|poll|study|figures|data|statistics|analysts|officials|economists|experts|researchers|agency|company|firm|group|bank|police|army|military|spokesman|spokeswoman|spokesperson|authorities|regulator|watchdog|institute|commission|council|committee|union|association|it|he|she|they|we)`;

const PATTERNS: RegExp[] = [
  new RegExp(String.raw`\baccording to\s+((?:the\s+)?[^,.;:()“”"]{2,60}?)(?=[,.;:()“”"]|\s+(?:which|who|that|published|released)\b|$)`, 'iu'),
  new RegExp(String.raw`\b(?:poll|survey|study|report|research|analysis|census|figures|data|statistics|estimates?|count|assessment|review)\s+(?:(?:was\s+)?(?:conducted|published|released|carried out|commissioned|compiled|issued|produced|prepared)\s+)?(?:by|from)\s+(${NAME}|${NP})`, 'u'),
  new RegExp(String.raw`(${NAME}|${NP})\s+(?:has\s+|have\s+|had\s+)?(?:${SAY})\b`, 'u'),
  new RegExp(String.raw`\b(?:said|says|added|told)\s+(${NAME}|(?:the|a)\s+(?:[a-z][a-z-]{1,25}\s+){0,2}(?:ministry|office|department|government|report|survey|poll|study|analysts|officials|economists|experts|agency|company|firm|group|bank|police|spokesman|spokeswoman|spokesperson|authorities|regulator|institute|commission))`, 'u'),
];
/** For each pattern, a cheap test its match needs (the word before which it must end), or null:
 *  most sentences have no verb of saying, and the patterns try a name at every word. */
const NEEDS: (RegExp | null)[] = [
  /according to/iu,
  /\s(?:by|from)\s/,
  new RegExp(String.raw`\s(?:${SAY})\b`, 'u'),
  null,
];
const NOT_SOURCES = /^(?:respondents|voters|people|those|who|which|that|it is|there|this|these|In|The|A|An|But|And|However|Meanwhile|Moreover|Figures|Data)$/;

/** The last text asked about and its answer: the figures of one sentence ask about the same text. */
let last: { s: string; found: string | null } | null = null;

/** The first source named in `s`, or null. */
export function sourceIn(s: string): string | null {
  if (last && last.s === s) return last.found;
  const found = firstSource(s);
  last = { s, found };
  return found;
}

function firstSource(s: string): string | null {
  for (let k = 0; k < PATTERNS.length; k++) {
    if (NEEDS[k] && !NEEDS[k]!.test(s)) continue;
    const m = PATTERNS[k].exec(s);
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
