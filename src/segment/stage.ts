import type { Span } from '../brief/types.js';
import type { Stage } from '../core/stage.js';
import { TokenFlag, TokenTable } from '../core/tokens.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/** Tokenizes each block and splits it into sentences; no sentence crosses a block boundary. */
export function segmentText(text: string, blocks: readonly Span[]): { tokens: TokenTable; sentences: Span[] } {
  const tokens = new TokenTable(Math.max(64, text.length >> 2));
  const sentences: Span[] = [];
  const spans = blocks.length ? blocks : [{ start: 0, end: text.length }];
  for (const b of spans) {
    const first = tokens.length;
    tokenize(text, tokens, b.start, b.end);
    if (tokens.length > first) tokens.flags[first] |= TokenFlag.BlockStart;
    for (const s of splitSentences(text, tokens, first, tokens.length)) sentences.push(s);
  }
  return { tokens, sentences };
}

export const segmentStage: Stage = {
  name: 'segment',
  requires: ['blocks'],
  assigns: ['tokens', 'sentences'],
  run(doc) {
    const { tokens, sentences } = segmentText(doc.text, doc.blocks);
    doc.set('tokens', tokens);
    doc.set('sentences', sentences);
  },
};
