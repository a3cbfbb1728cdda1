// Repairs a tagger's cut names with the knowledge base: "Belarusian" + "Volunteer Corps" or a bare
// "Belarusian" before "Armed Forces" become the known name "Belarusian Volunteer Corps" /
// "Belarusian Armed Forces" when the longer span is a knowledge-base name. A royal title before
// a person's name joins it when the two are a known name ("Prince" + "Harry"): CoNLL, which the
// tagger learnt from, mostly leaves such titles outside ("Princess" 7 times to 0), while news
// and the knowledge base call the person by both words.
import type { Mention } from '../../brief/types.js';
import { TokenFlag, type TokenTable } from '../../core/tokens.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { normKey } from '../kb/normalize.js';
import { tagTypeOf } from './types.js';

const MAX_EXTRA_TOKENS = 4;

/** Titles that are part of how a royal is named ("Prince Harry", "Queen Elizabeth"). */
const ROYAL_TITLES = new Set(['Prince', 'Princess', 'King', 'Queen', 'Duke', 'Duchess', 'Emperor', 'Empress', 'Crown']);

/**
 * Whether the token before a person mention "Harry" (token `first`) is a royal title that joins
 * it: the two words are a knowledge-base name of a person (or of an untyped entry: Wikidata's
 * aliases carry no type), in one sentence, and no mention already kept (ending at `keptEnd`)
 * covers the title.
 */
function royalTitleJoins(text: string, tokens: TokenTable, kb: KnowledgeBase, m: Mention, first: number, keptEnd: number): boolean {
  if (m.type !== 'PER' || first === 0) return false;
  if (tokens.has(first, TokenFlag.SentenceStart) || tokens.has(first, TokenFlag.BlockStart)) return false;
  const t = first - 1;
  if (tokens.starts[t] < keptEnd || !tokens.has(t, TokenFlag.Capitalised) || !ROYAL_TITLES.has(tokens.text(text, t))) return false;
  const key = normKey(text.slice(tokens.starts[t], m.end));
  return kb.hitsForKey(key).some((h) => h.entry.type === 'PERSON' || h.entry.type === 'ANY');
}

export function extendMentions(text: string, tokens: TokenTable | undefined, kb: KnowledgeBase, mentions: Mention[]): Mention[] {
  if (!tokens || tokens.length === 0) return mentions;
  const out: Mention[] = [];
  let i = 0;
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  while (i < sorted.length) {
    const tagged = sorted[i];
    const [at, last] = tokens.range(tagged.start, tagged.end);
    const titled = royalTitleJoins(text, tokens, kb, tagged, at, out.length ? out[out.length - 1].end : 0);
    const first = titled ? at - 1 : at;
    const m = titled ? { ...tagged, start: tokens.starts[first] } : tagged;
    let best = -1;
    // Grow to the right over capitalised words, keeping the longest span that is a known name.
    for (let j = last; j < Math.min(tokens.length, last + MAX_EXTRA_TOKENS); j++) {
      if (tokens.has(j, TokenFlag.SentenceStart) || tokens.has(j, TokenFlag.BlockStart)) break;
      const isCap = tokens.has(j, TokenFlag.Capitalised) || tokens.has(j, TokenFlag.AllCaps);
      const word = tokens.text(text, j);
      if (!isCap && word !== 'of' && word !== 'for' && word !== 'the') break;
      if (!isCap) continue;
      const key = normKey(text.slice(tokens.starts[first], tokens.ends[j]));
      if (kb.hitsForKey(key).some((h) => h.entry.type !== 'ANY' && h.entry.type !== 'NORP')) best = j;
    }
    if (best < 0) {
      out.push(m);
      i++;
      continue;
    }
    const end = tokens.ends[best];
    const key = normKey(text.slice(m.start, end));
    const hit = kb.hitsForKey(key).find((h) => h.entry.type !== 'ANY' && h.entry.type !== 'NORP')!;
    out.push({ ...m, end, type: tagTypeOf(hit.entry.type) });
    // Mentions the longer name swallowed are gone.
    i++;
    while (i < sorted.length && sorted[i].start < end) i++;
  }
  return out;
}
