// The entity a figure is about: a possessive name before it ("Yukos's profits"), an anaphor
// ("the country's", "the firm's") resolved to the last name that led a sentence, the nearest
// name before it in its sentence that is not a source, a name right after its noun phrase
// ("jobs at General Motors"), or the subject of the figure before it in the paragraph.
import type { NameSpan } from './names.js';
import type { TextView } from './text-view.js';

const ANAPHORS = new Set(['country', 'nation', 'company', 'firm', 'group', 'bank', 'state', 'government', 'republic', 'carrier', 'airline', 'retailer', 'party', 'city', 'region', 'kingdom', 'giant', 'business']);
const SOURCE_CUES = new Set(['by', 'said', 'says', 'told', 'according', 'to', 'from', 'with', 'analyst', 'spokesman', 'spokeswoman']);

export interface SubjectContext {
  v: TextView;
  names: NameSpan[];
  /** The article's main entity, when one name dominates. */
  topic?: string | null;
}

function lowerBound(names: readonly NameSpan[], i: number): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (names[mid].tokA < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Names inside tokens [a, b), at most the 50 nearest to b (a long sentence stays cheap). */
function namesInTokens(ctx: SubjectContext, a: number, b: number): NameSpan[] {
  const out: NameSpan[] = [];
  const lo = Math.max(lowerBound(ctx.names, a), lowerBound(ctx.names, b) - 50);
  for (let k = lo; k < ctx.names.length && ctx.names[k].tokA < b; k++) if (ctx.names[k].tokB <= b) out.push(ctx.names[k]);
  return out;
}

/** The name is who states a figure ("according to X", "X said"), not what it is about. */
export function isSourceName(v: TextView, n: NameSpan): boolean {
  // "from the Office for National Statistics": the cue may stand before an article
  const back = v.lower(n.tokA - 1) === 'the' ? 1 : 0;
  const p = v.lower(n.tokA - 1 - back);
  if (SOURCE_CUES.has(p) && p !== 'to') return true;
  if (p === 'to' && v.lower(n.tokA - 2 - back) === 'according') return true;
  // "the Office for National Statistics (ONS) added": skip a bracketed short form
  let b = n.tokB;
  if (v.word(b) === '(' && v.word(b + 2) === ')') b += 3;
  const nx = v.lower(b);
  return /^(said|says|told|added|estimated|estimates|reported|warned|believes|thinks)$/.test(nx);
}

/** The last name that opened a sentence (or was its first name) before token i. */
function lastLeadingName(ctx: SubjectContext, i: number, kindHint: string): NameSpan | null {
  const { v } = ctx;
  let best: NameSpan | null = null;
  const sent = v.sentOf[i];
  const end = lowerBound(ctx.names, i);
  for (let k = end - 1; k >= 0 && end - k < 200; k--) {
    const n = ctx.names[k];
    if (v.sentOf[n.tokA] === sent && kindHint !== 'any') continue;
    // "the company's" never points back to a person
    if (isSourceName(v, n) || n.person) continue;
    best = n;
    break;
  }
  // prefer a sentence-leading name in the last few sentences
  for (let k = end - 1; k >= 0 && end - k < 200; k--) {
    const n = ctx.names[k];
    if (n.tokA >= i || v.sentOf[n.tokA] === sent) continue;
    if (sent - v.sentOf[n.tokA] > 4) break;
    const [sa] = v.sentenceTokens(v.sentOf[n.tokA]);
    if (n.tokA - sa <= 2 && !isSourceName(v, n) && !n.person) return n;
  }
  return best;
}

export function findSubject(ctx: SubjectContext, tokFirst: number, tokLast: number, measureA: number, measureB: number, sentFirst: number, sentLast: number): string | null {
  const { v } = ctx;
  const before = namesInTokens(ctx, sentFirst, tokFirst).filter((n) => !isSourceName(v, n) && !n.person);
  // "12.1% in Germany, 10.4% in Spain": a name right after the figure, in a list of such
  const inAfter = (t: number) => {
    if (!/^(in|at)$/.test(v.lower(t))) return undefined;
    const k = lowerBound(ctx.names, t + 1);
    return [ctx.names[k], ctx.names[k + 1]].find((x) => x && (x.tokA === t + 1 || (x.tokA === t + 2 && v.lower(t + 1) === 'the')));
  };
  const own = inAfter(tokLast);
  if (own && !own.person) {
    let listed = 0;
    for (let t = Math.max(sentFirst, tokFirst - 60); t < Math.min(sentLast, tokLast + 60); t++) if (/^(in|at)$/.test(v.lower(t)) && /[\d%]$/.test(v.word(t - 1)) && inAfter(t)) listed++;
    if (listed >= 2) return own.name;
  }
  // 1. a possessive name close before the figure or its measure
  const lo = Math.min(tokFirst, measureA);
  for (let k = before.length - 1; k >= 0; k--) {
    const n = before[k];
    if (n.possessive && lo - n.tokB <= 8) return n.name;
  }
  // 2. an anaphor: "the country's", "the firm's", "its"
  for (let i = Math.max(sentFirst, lo - 8); i < tokFirst; i++) {
    const l = v.lower(i);
    const poss = /^['’]s$/.test(v.word(i + 1));
    if ((ANAPHORS.has(l) && (poss || v.lower(i - 1) === 'the')) && before.every((n) => n.tokA > i || n.tokB < i - 3 || true)) {
      const hasNameBetween = before.some((n) => n.tokA > i && n.tokB <= tokFirst);
      if (!hasNameBetween && before.length === 0) {
        const ante = lastLeadingName(ctx, i, l);
        if (ante) return ante.name;
      }
    }
  }
  // 3. the nearest name before it in the sentence; a place it happens in ("in London") yields to the topic
  if (before.length) {
    // the nearest name before the figure
    const n = before[before.length - 1];
    const loc = /^(in|at|from|on)$/.test(v.lower(n.tokA - 1)) || (v.lower(n.tokA - 1) === 'the' && /^(in|at|from|on)$/.test(v.lower(n.tokA - 2)));
    if (loc && ctx.topic && ctx.topic !== n.name) return ctx.topic;
    return n.name;
  }
  // 4. a name right after the noun phrase: "jobs at General Motors", "shares in Yukos"
  const after = Math.max(tokLast, measureB);
  if (/^(at|in|of|for|by)$/.test(v.lower(after)) && after < sentLast) {
    const k = lowerBound(ctx.names, after + 1);
    const n = [ctx.names[k], ctx.names[k + 1]].find((x) => x && (x.tokA === after + 1 || (x.tokA === after + 2 && v.lower(after + 1) === 'the')));
    if (n && !isSourceName(v, n)) return n.name;
  }
  return null;
}
