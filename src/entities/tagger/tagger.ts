// Tags documents: features per sentence, emission scores, Viterbi, and the document context
// (earlier predictions, casing seen elsewhere in the document) carried from sentence to sentence.
import { BOUNDARY, DocContext, Featurizer, INITIAL_WORDS, MAX_FEATS, ROLE_AT, ROLE_LEN, STATIC_AT, STATIC_FEATS, WORD_STRIDE } from './features.js';
import { LABELS, NUM_LABELS } from './labels.js';
import type { Lexicon } from './lexicon.js';
import type { Scorer } from './model.js';
import type { PackedLexicon } from './packed-lexicon.js';
import { viterbi, ViterbiScratch } from './viterbi.js';

/** Longer sentences are tagged in pieces of this many tokens (bounds memory on hostile input). */
export const MAX_SENTENCE = 400;

const L = NUM_LABELS;
/** Doubles per word type in the score cache: five vectors of L. */
const WORD_EM = 5 * L;

export class Tagger {
  readonly featurizer: Featurizer;
  private feats = new Int32Array(64 * MAX_FEATS);
  private counts = new Int32Array(64);
  private emissions = new Float64Array(64 * NUM_LABELS);
  private readonly scratch = new ViterbiScratch();
  /**
   * Per word id, five emission-score vectors (L each): the word's own features, then its
   * features as the previous, next, second previous and second next word of a token.
   */
  private wordEm = new Float64Array(INITIAL_WORDS * WORD_EM);
  /** Which word ids have their vectors filled (for the featurizer's current generation). */
  private ready = new Uint8Array(INITIAL_WORDS);
  private generation = -1;

  constructor(readonly model: Scorer, lex: Lexicon | PackedLexicon) {
    this.featurizer = new Featurizer(lex, model.header.bucketBits);
  }

  /** A fresh document context; call `observe` with every sentence before tagging any. */
  newDocument(sentences: readonly (readonly string[])[]): DocContext {
    const doc = new DocContext();
    for (const s of sentences) doc.observe(s);
    return doc;
  }

  /** Label ids for one sentence, in the context of `doc` (which it then updates); written to `out` when given (its first tokens.length). */
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
    const f = this.featurizer;
    f.featurize(tokens, doc, this.feats, this.counts, false);
    // Features of one word alone score the same wherever the word occurs: their sums are
    // cached per word type and role, and only the features that join words or read the
    // document are looked up per token.
    this.fill(f.wids, n);
    const wids = f.wids;
    const we = this.wordEm;
    const em = this.emissions;
    const model = this.model;
    const feats = this.feats;
    const counts = this.counts;
    for (let i = 0; i < n; i++) {
      const self = wids[i] * WORD_EM;
      const p1 = (i > 0 ? wids[i - 1] : BOUNDARY) * WORD_EM + L;
      const n1 = (i + 1 < n ? wids[i + 1] : BOUNDARY) * WORD_EM + 2 * L;
      const p2 = (i > 1 ? wids[i - 2] : BOUNDARY) * WORD_EM + 3 * L;
      const n2 = (i + 2 < n ? wids[i + 2] : BOUNDARY) * WORD_EM + 4 * L;
      const base = i * L;
      for (let y = 0; y < L; y++) em[base + y] = we[self + y] + we[p1 + y] + we[n1 + y] + we[p2 + y] + we[n2 + y];
      model.emit(feats, i * MAX_FEATS, i * MAX_FEATS + counts[i], em, base, true);
    }
    viterbi(em, n, model.transitions, labels, this.scratch);
    doc?.record(tokens, labels);
  }

  /** Fills the cached score vectors of the sentence's word types (and the boundary's) not yet seen. */
  private fill(wids: Int32Array, n: number): void {
    const f = this.featurizer;
    if (this.generation !== f.generation) {
      this.generation = f.generation;
      this.ready.fill(0);
    }
    if (this.ready.length < f.size) {
      const cap = Math.max(f.size, this.ready.length * 2);
      const we = new Float64Array(cap * WORD_EM);
      we.set(this.wordEm);
      this.wordEm = we;
      const r = new Uint8Array(cap);
      r.set(this.ready);
      this.ready = r;
    }
    if (!this.ready[BOUNDARY]) this.fillWord(BOUNDARY, false);
    for (let i = 0; i < n; i++) if (!this.ready[wids[i]]) this.fillWord(wids[i], true);
  }

  private fillWord(id: number, self: boolean): void {
    const a = this.featurizer.atoms;
    const o = id * WORD_STRIDE;
    const base = id * WORD_EM;
    const model = this.model;
    if (self) model.emit(a, o + STATIC_AT, o + STATIC_AT + STATIC_FEATS, this.wordEm, base);
    for (let r = 0; r < 4; r++) model.emit(a, o + ROLE_AT[r], o + ROLE_AT[r] + ROLE_LEN[r], this.wordEm, base + (r + 1) * L);
    this.ready[id] = 1;
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
