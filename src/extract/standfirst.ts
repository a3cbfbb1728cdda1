// A page's description is often the article's lead cut short by the site ("… walking the expo hall
// and si"). When it is the start of one of the first paragraphs, the standfirst is that paragraph,
// whole, rather than a sentence broken off mid-word. A description that ends a sentence is kept.
import type { Block } from '../brief/types.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Paragraphs looked at: a lead comes first, after at most a byline or a caption or two. */
const LEAD_PARAGRAPHS = 3;
/** Sites cut descriptions at 150 characters or more; a shorter one (a headline, "News") is not a cut lead. */
const MIN_PREFIX = 100;

export function completeStandfirst(subtitle: string | null, blocks: readonly Block[], text: string): string | null {
  if (!subtitle) return subtitle;
  const marked = /(?:\.\.\.|…)\s*$/.test(subtitle);
  const key = squash(subtitle.replace(/\s*(?:\.\.\.|…)\s*$/, ''));
  if (key.length < MIN_PREFIX) return subtitle;
  // A description that ends a sentence is whole, even when the paragraph goes on.
  if (!marked && /[.!?"”’)]$/.test(key)) return subtitle;
  let seen = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    if (++seen > LEAD_PARAGRAPHS) break;
    const p = squash(text.slice(b.start, b.end));
    if (p.length > key.length && p.startsWith(key)) return p;
  }
  return subtitle;
}
