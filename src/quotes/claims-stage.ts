// The claims stage: every sentence gets a check-worthiness score from the trained model, its
// kinds by rule, and its attribution: a source named in the sentence or in the quotation that
// covers it, a vague one ("experts say", "it is estimated"), or none.
import type { Claim, Figure, Quote, Span } from '../brief/types.js';
import type { Doc } from '../core/doc.js';
import type { Stage, StageContext } from '../core/stage.js';
import { claimKeys } from './claim-keys.js';
import { claimKinds, namedSourceIn, vagueSource } from './claim-kinds.js';
import { loadClaimModel, type ClaimModel } from './claim-model.js';

const RESOURCE = 'quotes.claimModel';

function model(ctx: StageContext): ClaimModel {
  let m = ctx.resources.get(RESOURCE) as ClaimModel | undefined;
  if (!m) {
    m = loadClaimModel();
    ctx.resources.set(RESOURCE, m);
  }
  return m;
}

/**
 * The quotation (direct or reported, with a speaker) that overlaps a sentence most, the first of
 * equals. Sentences are asked in text order; over quotations sorted by start, the scan begins
 * after those that end before the sentence and stops at the first that starts after it.
 */
class QuoteOver {
  private readonly quotes: Quote[];
  /** maxEnd[k]: the furthest end of quotes[0..k]. */
  private readonly maxEnd: number[] = [];
  private readonly sorted: boolean;
  private lo = 0;
  private lastStart = -1;

  constructor(quotes: readonly Quote[]) {
    this.quotes = quotes.filter((q) => q.kind !== 'scare' && q.speaker);
    let sorted = true;
    let end = -Infinity;
    this.quotes.forEach((q, k) => {
      if (k > 0 && q.start < this.quotes[k - 1].start) sorted = false;
      end = Math.max(end, q.end);
      this.maxEnd.push(end);
    });
    this.sorted = sorted;
  }

  of(s: Span): Quote | null {
    const qs = this.quotes;
    if (!this.sorted || s.start < this.lastStart) this.lo = 0;
    this.lastStart = s.start;
    if (this.sorted) while (this.lo < qs.length && this.maxEnd[this.lo] <= s.start) this.lo++;
    let best: Quote | null = null;
    let bestOverlap = 0;
    for (let k = this.lo; k < qs.length; k++) {
      const q = qs[k];
      if (this.sorted && q.start >= s.end) break;
      const o = Math.min(s.end, q.end) - Math.max(s.start, q.start);
      if (o > bestOverlap) {
        best = q;
        bestOverlap = o;
      }
    }
    return best;
  }
}

const PRONOUN_SPEAKER = /^(?:he|she|they|it|i|we|you)$/i;

/** A share or count of people as the speaker ("26% of respondents", "half of those polled"): a poll's answer. */
const RESPONDENTS = /^(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)?|one|two|three|four|five|six|seven|eight|nine|ten|half|a\s+(?:third|quarter|majority))\b.*\bof\b/i;

/** The source the figures stage found for a figure inside the span. */
function figureSource(s: Span, figures: readonly Figure[]): string | null {
  for (const f of figures) if (f.start >= s.start && f.end <= s.end && f.source) return f.source;
  return null;
}

export function claimsOf(text: string, sentences: readonly Span[], m: ClaimModel, quotes: readonly Quote[] = [], figures: readonly Figure[] = []): Claim[] {
  const out: Claim[] = [];
  const over = new QuoteOver(quotes);
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!/[\p{L}]/u.test(sentence)) continue;
    const keys = claimKeys(sentence);
    const score = Math.round(m.score(sentence, keys) * 1e4) / 1e4;
    const claim: Claim = { start: s.start, end: s.end, score, label: m.label(score), kinds: claimKinds(sentence, keys), attribution: 'none' };
    const q = over.of(s);
    const vague = vagueSource(sentence, keys);
    const named = namedSourceIn(sentence, keys);
    // Respondents answer a poll; its source is who ran it, named here or found for its figures.
    const pollster = q?.speaker && RESPONDENTS.test(q.speaker) ? (named ?? figureSource(s, figures)) : null;
    if (pollster) {
      claim.attribution = 'named';
      claim.source = pollster;
    } else if (q && q.speaker && !PRONOUN_SPEAKER.test(q.speaker)) {
      claim.attribution = 'named';
      claim.source = q.speaker;
    } else if (named) {
      claim.attribution = 'named';
      claim.source = named;
    } else if (vague) {
      claim.attribution = 'vague';
      claim.source = vague;
    }
    out.push(claim);
  }
  return out;
}

export const claimsStage: Stage = {
  name: 'claims',
  requires: ['sentences'],
  assigns: ['claims'],
  run(doc: Doc, ctx: StageContext) {
    doc.set('claims', claimsOf(doc.text, doc.get('sentences'), model(ctx), doc.maybe('quotes') ?? [], doc.maybe('figures') ?? []));
  },
};
