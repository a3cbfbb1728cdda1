// Tags documents: features per sentence, emission scores, Viterbi, and the document context
// (earlier predictions, casing seen elsewhere in the document) carried from sentence to sentence.
import { DocContext, Featurizer, MAX_FEATS } from './features.js';
import { LABELS, NUM_LABELS } from './labels.js';
import type { Lexicon } from './lexicon.js';
import type { Scorer } from './model.js';
import { viterbi } from './viterbi.js';

/** Longer sentences are tagged in pieces of this many tokens (bounds memory on hostile input). */
export const MAX_SENTENCE = 400;

export class Tagger {
  readonly featurizer: Featurizer;
  private feats = new Int32Array(64 * MAX_FEATS);
  private counts = new Int32Array(64);
  private emissions = new Float64Array(64 * NUM_LABELS);

  constructor(readonly model: Scorer, lex: Lexicon) {
    this.featurizer = new Featurizer(lex, model.header.bucketBits);
  }

  /** A fresh document context; call `observe` with every sentence before tagging any. */
  newDocument(sentences: readonly (readonly string[])[]): DocContext {
    const doc = new DocContext();
    for (const s of sentences) doc.observe(s);
    return doc;
  }

  /** Label ids for one sentence, in the context of `doc` (which it then updates). */
  tagSentence(tokens: readonly string[], doc: DocContext | null, out?: Int32Array): Int32Array {
    const labels = out ?? new Int32Array(tokens.length);
    for (let from = 0; from < tokens.length; from += MAX_SENTENCE) {
      const piece = from === 0 && tokens.length <= MAX_SENTENCE ? tokens : tokens.slice(from, from + MAX_SENTENCE);
      const sub = piece === tokens ? labels : new Int32Array(piece.length);
      this.tagPiece(piece, doc, sub);
      if (sub !== labels) labels.set(sub, from);
    }
    return labels;
  }

  private tagPiece(tokens: readonly string[], doc: DocContext | null, labels: Int32Array): void {
    const n = tokens.length;
    if (!n) return;
    this.ensure(n);
    this.featurizer.featurize(tokens, doc, this.feats, this.counts);
    for (let i = 0; i < n; i++) this.model.emit(this.feats, i * MAX_FEATS, i * MAX_FEATS + this.counts[i], this.emissions, i * NUM_LABELS);
    viterbi(this.emissions, n, this.model.transitions, labels);
    doc?.record(tokens, labels);
  }

  /** Tags a document's sentences in order, each with the document's context. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    const doc = this.newDocument(sentences);
    return sentences.map((s) => Array.from(this.tagSentence(s, doc), (l) => LABELS[l]));
  }

  private ensure(n: number): void {
    if (this.counts.length >= n) return;
    const cap = Math.max(n, this.counts.length * 2);
    this.feats = new Int32Array(cap * MAX_FEATS);
    this.counts = new Int32Array(cap);
    this.emissions = new Float64Array(cap * NUM_LABELS);
  }
}
