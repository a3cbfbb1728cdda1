// Turns per-token IOB2 labels over dossier's tokens into Mention objects with char offsets
// on doc.text. The tokenizer splits possessives ("Russia’s" -> "Russia" + "’s"), so a
// mention ends before them; stray quotes or punctuation at a mention's edge are trimmed.
import type { Mention, Span } from '../../brief/types.js';
import type { TokenTable } from '../../core/tokens.js';
import { ENTITY_TYPES, isInside, O, typeOf } from './labels.js';
import type { Tagger } from './tagger.js';

/** Tokens never kept at the edge of a mention. */
const EDGE_JUNK = /^(?:['’]s|['’]|["“”«»‘(),;:!?\-–—]|\.)$/u;

/**
 * Courtesy and academic titles: CoNLL leaves them outside a person's name, and so does the
 * tagger mostly, but a run it read whole ("Prof Aynsley-Green") keeps the title; it is cut.
 */
const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Revd|Cllr)\.?$/;

/** EDGE_JUNK.test(w); it only matches one or two code units, so longer words skip the regex. */
function isEdgeJunk(w: string): boolean {
  return w.length <= 2 && EDGE_JUNK.test(w);
}

export interface TaggedTokens {
  /** Label id per token (O for tokens outside every sentence). */
  labels: Uint8Array;
  mentions: Mention[];
}

/** Tags every sentence of a document with the document's context and returns the mentions. */
export function tagTokens(text: string, tokens: TokenTable, sentences: readonly Span[], tagger: Tagger): TaggedTokens {
  const labels = new Uint8Array(tokens.length);
  const ranges: Array<[number, number]> = [];
  const words: string[][] = [];
  for (const s of sentences) {
    const [first, last] = tokens.range(s.start, s.end);
    if (last <= first) continue;
    ranges.push([first, last]);
    const ws: string[] = new Array(last - first);
    for (let i = first; i < last; i++) ws[i - first] = tokens.text(text, i);
    words.push(ws);
  }
  const ctx = tagger.newDocument(words);
  const mentions: Mention[] = [];
  // One label buffer for every sentence (collect reads only its first words[k].length).
  let out = new Int32Array(64);
  for (let k = 0; k < ranges.length; k++) {
    const [first] = ranges[k];
    const n = words[k].length;
    if (out.length < n) out = new Int32Array(n * 2);
    tagger.tagSentence(words[k], ctx, out);
    for (let i = 0; i < n; i++) labels[first + i] = out[i];
    collect(out, n, first, words[k], tokens, mentions);
  }
  return { labels, mentions };
}

function collect(labels: Int32Array, n: number, offset: number, words: readonly string[], tokens: TokenTable, out: Mention[]): void {
  let i = 0;
  while (i < n) {
    if (labels[i] === O) {
      i++;
      continue;
    }
    const type = typeOf(labels[i]);
    let j = i + 1;
    while (j < n && isInside(labels[j]) && typeOf(labels[j]) === type) j++;
    let a = i;
    let b = j;
    while (a < b && isEdgeJunk(words[a])) a++;
    while (b > a && isEdgeJunk(words[b - 1])) b--;
    if (ENTITY_TYPES[type] === 'PER' && b - a >= 2 && words[a].length <= 5 && COURTESY_TITLE.test(words[a])) a++;
    if (b > a) {
      out.push({
        start: tokens.starts[offset + a],
        end: tokens.ends[offset + b - 1],
        type: ENTITY_TYPES[type],
        entity: null,
        via: 'tagger',
      });
    }
    i = j;
  }
}
