// Repairs a tagger's cut names with the knowledge base: "Belarusian" + "Volunteer Corps" or a bare
// "Belarusian" before "Armed Forces" become the known name "Belarusian Volunteer Corps" /
// "Belarusian Armed Forces" when the longer span is a knowledge-base name.
import type { Mention } from '../../brief/types.js';
import { TokenFlag, type TokenTable } from '../../core/tokens.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { normKey } from '../kb/normalize.js';
import { tagTypeOf } from './types.js';

const MAX_EXTRA_TOKENS = 4;

export function extendMentions(text: string, tokens: TokenTable | undefined, kb: KnowledgeBase, mentions: Mention[]): Mention[] {
  if (!tokens || tokens.length === 0) return mentions;
  const out: Mention[] = [];
  let i = 0;
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  while (i < sorted.length) {
    const m = sorted[i];
    const [first, last] = tokens.range(m.start, m.end);
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
