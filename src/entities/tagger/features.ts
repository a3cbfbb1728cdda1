// Feature extraction. Each token gets a list of hashed feature ids (bucket numbers); the
// weight of (feature, label) lives at weights[bucket * NUM_LABELS + label]. Per-word atoms
// (forms, shapes, affixes, cluster paths) are hashed once per word type and kept in one flat
// Int32Array row per word type, with the ids of the features that depend on that word alone
// (as the token itself and as a neighbour); features mix a template id with atoms by integer
// hashing, so no feature string is ever built and no object is allocated per word type.
import { hashFolded, hashJoin, hashRange, hashString, mix, mix2 } from './hash.js';
import { GAZ_TYPES, MAX_PHRASE, packed, pathPrefix, type Lexicon } from './lexicon.js';
import type { PackedLexicon } from './packed-lexicon.js';
import { isAllCaps, isCapitalised, normalizeToken, shapeHash, shortShapeHash, titleCase } from './normalize.js';
import { typeOf } from './labels.js';
import { keyHash, StringSet, WordIndex } from './word-index.js';

// Slots of a word's row: the atoms that features joining words or reading the document
// take per token, first, so that a token's reads of its word's row mostly fall on one cache
// line (rows are read for every token, and the rare words' rows are not in cache).
const W_LOWER = 0;
const W_SHORT = 1;
/** F_* flags, and the longest gazetteer phrase starting with the word (bits 8 and up). */
const W_FLAGS = 2;
const W_GAZ1 = 3; // the word's own gazetteer bits
const W_LHASH = 4; // hashString of the lower-cased form (W_LOWER folds digits)
const W_CAPB = 5;
const W_HYF = 6;
const W_CLU1 = 7; // cluster-path prefixes 1, 2 and 3 (of CLUSTER_CUTS)
const W_CLU2 = 8;
const W_CLU3 = 9;
const W_HYL = 10;
const W_HYGAZ = 11;
const W_SLOTS = 12; // = STATIC_AT
const GAZ_MAX_SHIFT = 8;

// Atoms only the word's own static and neighbour-role ids read: computed in a scratch vector
// on first sight, not kept.
const T_WORD = 0;
const T_SHAPE = 1;
const T_PRE = 2; // 4 prefixes
const T_SUF = 6; // 4 suffixes
const T_CLU = 10; // 5 cluster-path prefixes

const F_CAP = 1;
const F_ALLCAPS = 2;
const F_LETTER = 4;

/** Tokens that normalisation leaves as they are (the common case, tested cheaply). */
const ASCII_PLAIN = /^[A-Za-z0-9.,&$%-]*$/;

const CLUSTER_CUTS = [4, 8, 12, 16, 30];
const NONE = hashString('<none>');
const BOS = hashString('<s>');
const EOS = hashString('</s>');

/** Features that depend only on the word itself: the first STATIC_FEATS of every token. */
export const STATIC_FEATS = 19;
/** Where a word's static feature ids start in its arena row. */
export const STATIC_AT = W_SLOTS;

// Features that depend only on one neighbour's word (templates by number): the ids a word
// gives the token after it (as that token's previous word), the token before it (as next
// word), and the tokens two away. Kept per word type like the static ids, so the tagger can
// cache their score sums per word type as well.
const AS_P1 = [19, 23, 30, 32, 53];
const AS_N1 = [20, 24, 31, 33, 54];
const AS_P2 = [21, 25];
const AS_N2 = [22, 26];
/** Where each neighbour role's ids start in a word's arena row, and how many there are. */
export const ROLE_AT = [STATIC_AT + STATIC_FEATS, STATIC_AT + STATIC_FEATS + 5, STATIC_AT + STATIC_FEATS + 10, STATIC_AT + STATIC_FEATS + 12] as const;
export const ROLE_LEN = [5, 5, 2, 2] as const;
/**
 * Ints per word type in the arena: atoms, static ids, neighbour-role ids (45), padded to
 * three cache lines so that every row starts at the same place in a line.
 */
export const WORD_STRIDE = 48;
/** Word id 0 is the sentence boundary: its role ids are those of <s> and </s>. */
export const BOUNDARY = 0;
/** Word types kept before the cache starts afresh (bounds memory over a long run). */
const MAX_WORDS = 200000;
/** Word rows allocated up front (a news article has a few thousand word types). */
export const INITIAL_WORDS = 8192;

/** /\p{L}/u.test(t), with an ASCII fast path. */
function hasLetter(t: string): boolean {
  let ascii = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) ascii = false;
  }
  return !ascii && /\p{L}/u.test(t);
}

function hasLetterAt0(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/** Upper bound on features per token (static, neighbours, document); the templates add up to at most 96. */
export const MAX_FEATS = 128;

/** What the tagger knows about the current document, gathered as it goes. */
export class DocContext {
  // (StringSet and WordIndex: the keys are fresh strings, hashed faster than by a Set or Map.)
  /** Lower-cased words seen in lower case anywhere in the document. */
  readonly seenLower = new StringSet();
  /** Lower-cased words seen capitalised not at a sentence start. */
  readonly seenCapMid = new StringSet();
  /** Lower-cased capitalised word -> its row in historyCounts. */
  private readonly historyRows = new WordIndex(9);
  /**
   * Per row, five counts of the types the word was tagged with earlier: O, PER, ORG, LOC,
   * MISC (one flat array: no small array allocated per word).
   */
  historyCounts = new Int32Array(5 * 64);

  /** Registers a sentence's tokens before tagging (the static, prediction-free document features). */
  observe(tokens: readonly string[]): void {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!hasLetterAt0(t)) continue;
      const lo = t.toLowerCase();
      if (lo === t) this.seenLower.add(lo);
      else if (i > 0 && !isAllCaps(t)) this.seenCapMid.add(lo);
    }
  }

  /** Records the labels the tagger gave a sentence. */
  record(tokens: readonly string[], labels: ArrayLike<number>): void {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!isCapitalised(t) || t.length < 2) continue;
      const lo = t.toLowerCase();
      const rows = this.historyRows;
      const row = rows.put(lo, keyHash(lo), rows.size, false);
      if (row * 5 >= this.historyCounts.length) {
        const grown = new Int32Array(this.historyCounts.length * 2);
        grown.set(this.historyCounts);
        this.historyCounts = grown;
      }
      this.historyCounts[row * 5 + typeOf(labels[i]) + 1]++;
    }
  }

  /** The row of `lo` in historyCounts (h = keyHash(lo)), or -1 when it has none yet. */
  historyRow(lo: string, h: number): number {
    return this.historyRows.getHashed(lo, h);
  }
}

export class Featurizer {
  /** Word form -> word id (a row of `atoms`); id 0 is the boundary. */
  private readonly ids = new WordIndex();
  /** Per word id: atoms (W_SLOTS), static feature ids, neighbour-role feature ids. */
  atoms = new Int32Array(INITIAL_WORDS * WORD_STRIDE);
  private lowers: string[] = [''];
  /** The atoms of the word newWord is building that its row does not keep. */
  private readonly cold = new Int32Array(16);
  /** Per word id, its (normalised) form. */
  private formOf: string[] = [''];
  private entries = new Int32Array(INITIAL_WORDS);
  /** Word ids handed out so far (ids 1 .. size - 1 are words). */
  size = 1;
  /** Bumped whenever the word cache starts afresh (word ids are then reused). */
  generation = 0;
  private readonly tplHash: Int32Array;
  readonly buckets: number;
  private readonly mask: number;
  readonly lex: PackedLexicon;
  // Per-sentence work arrays, reused.
  private runLen = new Uint8Array(64);
  private runPos = new Uint8Array(64);
  private runFrom = new Int32Array(64);
  private runTo = new Int32Array(64);
  private gazBits = new Int32Array(128);
  /** Per sentence: each token's word id (valid after featurize, for its length). */
  wids = new Int32Array(64);

  constructor(lex: Lexicon | PackedLexicon, bucketBits: number) {
    this.lex = packed(lex);
    this.buckets = 1 << bucketBits;
    this.mask = this.buckets - 1;
    this.tplHash = Int32Array.from({ length: 256 }, (_, i) => hashString(`tpl${i}`));
    this.boundary();
  }

  /** Row 0: the role ids of <s> (as previous words) and </s> (as next words). */
  private boundary(): void {
    const tpl = this.tplHash;
    const mask = this.mask;
    const a = this.atoms;
    for (let r = 0; r < 4; r++) {
      const tpls = r === 0 ? AS_P1 : r === 1 ? AS_N1 : r === 2 ? AS_P2 : AS_N2;
      const atom = r === 0 || r === 2 ? BOS : EOS;
      for (let j = 0; j < tpls.length; j++) a[ROLE_AT[r] + j] = mix(tpl[tpls[j]], atom) & mask;
    }
  }

  /**
   * Headline mode: 1 when (nearly) every word with letters is in capitals (Reuters headlines),
   * 2 when every word is capitalised including words that are usually lower case (title-case
   * headings), else 0. In headline mode capitalised words take their usual casing.
   */
  private headlineMode(wids: Int32Array, n: number): number {
    const a = this.atoms;
    let words = 0;
    let caps = 0;
    let initial = 0;
    let lowerish = 0;
    let long = false;
    for (let i = 0; i < n; i++) {
      const o = wids[i] * WORD_STRIDE;
      const f = a[o + W_FLAGS];
      if (!(f & F_LETTER)) continue;
      words++;
      if (f & F_CAP) {
        initial++;
        if (a[o + W_CAPB] >> 1 === 0) lowerish++;
      }
      if (f & F_ALLCAPS) {
        caps++;
        if (this.lowers[wids[i]].length >= 3) long = true;
      }
    }
    if (long && caps >= 0.8 * words) return 1;
    if (words >= 4 && initial >= 0.8 * words && lowerish >= 2) return 2;
    return 0;
  }

  /** The word id of a (normalised) form, computing its row on first sight. */
  private word(form: string): number {
    const h = keyHash(form);
    const hit = this.ids.getHashed(form, h);
    return hit >= 0 ? hit : this.newWord(form, h);
  }

  /**
   * A new word id for `form` (not yet in `ids`; h = keyHash(form)) and its row. Each string
   * is read once for all the hashes taken of it: FNV-1a of the form is its WordIndex key and
   * class-table hash, and its digit-folded hash is the same number when it has no digit; the
   * lower-cased form's running hash gives its prefixes on the way.
   */
  private newWord(form: string, h: number): number {
    const id = this.size++;
    if (id * WORD_STRIDE >= this.atoms.length) this.grow();
    const w = this.atoms;
    const o = id * WORD_STRIDE;
    const t = this.cold;
    const lower = form.toLowerCase();
    // Digits (ASCII, kept by toLowerCase) are the only characters folding changes.
    let digits = false;
    for (let i = 0; i < form.length; i++) {
      const c = form.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        digits = true;
        break;
      }
    }
    const ll = lower.length;
    let hl = 0x811c9dc5;
    for (let i = 0; i < ll; i++) {
      hl = Math.imul(hl ^ lower.charCodeAt(i), 0x01000193);
      // Prefixes of 1-4 characters (lower may differ in length from form: compare with form's).
      if (i < 4) t[T_PRE + i] = form.length > i + 1 ? hl >>> 0 : NONE;
    }
    for (let k = ll; k < 4; k++) t[T_PRE + k] = form.length > k + 1 ? hl >>> 0 : NONE;
    const hLower = hl >>> 0;
    const hForm = h >>> 0;
    t[T_WORD] = digits ? hashFolded(form) : hForm;
    w[o + W_LOWER] = digits ? hashFolded(lower) : hLower;
    w[o + W_LHASH] = hLower;
    t[T_SHAPE] = shapeHash(form);
    w[o + W_SHORT] = shortShapeHash(form);
    for (let k = 0; k < 4; k++) {
      t[T_SUF + k] = form.length > k + 1 ? hashRange(lower, Math.max(0, ll - (k + 1)), ll) : NONE;
    }
    const lex = this.lex;
    const entry = lex.findHashed(lower, hLower);
    let path = lex.classOfHashed(form, hForm);
    if (path === undefined) {
      const cased = lex.casedAt(entry, lower);
      if (cased !== undefined) path = lex.classOf(cased);
    }
    for (let k = 0; k < CLUSTER_CUTS.length; k++) {
      t[T_CLU + k] = path === undefined ? NONE : mix(k + 1, pathPrefix(path, CLUSTER_CUTS[k]));
    }
    w[o + W_CLU1] = t[T_CLU + 1];
    w[o + W_CLU2] = t[T_CLU + 2];
    w[o + W_CLU3] = t[T_CLU + 3];
    const cap = isCapitalised(form);
    const capb = lex.capBucketAt(entry);
    w[o + W_CAPB] = (capb === undefined ? 5 : capb) * 2 + (cap ? 1 : 0);
    const hy = form.indexOf('-');
    if (hy > 0 && hy < form.length - 1) {
      const first = lower.slice(0, hy);
      const last = lower.slice(lower.lastIndexOf('-') + 1);
      w[o + W_HYF] = hashString(first);
      w[o + W_HYL] = hashString(last);
      w[o + W_HYGAZ] = lex.gazBits(last) | lex.gazBits(first);
    } else {
      w[o + W_HYF] = 0;
      w[o + W_HYL] = 0;
      w[o + W_HYGAZ] = 0;
    }
    w[o + W_GAZ1] = lex.gazAt(entry);
    w[o + W_FLAGS] = (cap ? F_CAP : 0) | (isAllCaps(form) ? F_ALLCAPS : 0) | (hasLetter(form) ? F_LETTER : 0) | (lex.gazMaxAt(entry) << GAZ_MAX_SHIFT);
    const tpl = this.tplHash;
    const mask = this.mask;
    let k = o + W_SLOTS;
    w[k++] = tpl[0] & mask;
    w[k++] = mix(tpl[1], t[T_WORD]) & mask;
    w[k++] = mix(tpl[2], w[o + W_LOWER]) & mask;
    w[k++] = mix(tpl[3], t[T_SHAPE]) & mask;
    w[k++] = mix(tpl[4], w[o + W_SHORT]) & mask;
    for (let j = 0; j < 4; j++) {
      w[k++] = mix(tpl[5 + j], t[T_PRE + j]) & mask;
      w[k++] = mix(tpl[9 + j], t[T_SUF + j]) & mask;
    }
    for (let j = 0; j < 5; j++) w[k++] = mix(tpl[13 + j], t[T_CLU + j]) & mask;
    w[k++] = mix(tpl[18], w[o + W_CAPB]) & mask;
    // Neighbour roles (ROLE_AT order): previous word (lower, short shape, two cluster cuts,
    // form), next word (the same), second previous and second next (lower, short shape).
    const lo = w[o + W_LOWER];
    const sh = w[o + W_SHORT];
    const c1 = t[T_CLU + 1];
    const c4 = t[T_CLU + 4];
    const wd = t[T_WORD];
    w[k++] = mix(tpl[19], lo) & mask;
    w[k++] = mix(tpl[23], sh) & mask;
    w[k++] = mix(tpl[30], c1) & mask;
    w[k++] = mix(tpl[32], c4) & mask;
    w[k++] = mix(tpl[53], wd) & mask;
    w[k++] = mix(tpl[20], lo) & mask;
    w[k++] = mix(tpl[24], sh) & mask;
    w[k++] = mix(tpl[31], c1) & mask;
    w[k++] = mix(tpl[33], c4) & mask;
    w[k++] = mix(tpl[54], wd) & mask;
    w[k++] = mix(tpl[21], lo) & mask;
    w[k++] = mix(tpl[25], sh) & mask;
    w[k++] = mix(tpl[22], lo) & mask;
    w[k++] = mix(tpl[26], sh) & mask;
    this.lowers[id] = lower;
    this.formOf[id] = form;
    this.entries[id] = entry;
    this.ids.put(form, h, id, true);
    return id;
  }

  private grow(): void {
    const cap = this.entries.length * 2;
    const atoms = new Int32Array(cap * WORD_STRIDE);
    atoms.set(this.atoms);
    this.atoms = atoms;
    const entries = new Int32Array(cap);
    entries.set(this.entries);
    this.entries = entries;
  }

  /** Forgets every word type (ids restart at 1); `generation` tells caches keyed by id. */
  private reset(): void {
    this.ids.clear();
    this.lowers = [''];
    this.formOf = [''];
    this.size = 1;
    this.generation++;
  }

  /** The lower-cased form of word id `id`. */
  lowerOf(id: number): string {
    return this.lowers[id];
  }

  /**
   * Features of every token of a sentence, written to `out` (MAX_FEATS slots per token);
   * `counts[i]` gets how many token i has. `tokens` are raw tokens; normalisation happens here.
   * With `all` false, the features that depend on one word alone (the STATIC_FEATS of the
   * token's own word and the neighbour-role features of the words around it) are left out:
   * the tagger takes their scores from per-word-type caches over `this.wids` and `this.atoms`.
   */
  featurize(raw: readonly string[], doc: DocContext | null, out: Int32Array, counts: Int32Array, all = true): void {
    const n = raw.length;
    if (this.size + n > MAX_WORDS) this.reset();
    if (this.wids.length < n) this.wids = new Int32Array(n * 2);
    const wids = this.wids;
    for (let i = 0; i < n; i++) {
      // A raw token seen before maps straight to its word (normalising is idempotent, so a
      // raw key never clashes with a normalised one).
      const r = raw[i];
      const h = keyHash(r);
      let id = this.ids.getHashed(r, h);
      if (id < 0) {
        // Very long tokens (hostile input, URLs) are cut: features never need more.
        let t = r.length > 48 ? r.slice(0, 48) : r;
        if (!ASCII_PLAIN.test(t)) t = normalizeToken(t);
        // A form equal to the raw token was just looked up: it is new.
        id = t === r ? this.newWord(t, h) : this.word(t);
        if (t !== r) this.ids.put(r, h, id, true);
      }
      wids[i] = id;
    }
    const headline = this.headlineMode(wids, n);
    if (headline) {
      for (let i = 0; i < n; i++) {
        const f = this.atoms[wids[i] * WORD_STRIDE + W_FLAGS];
        if (headline === 1 ? f & F_ALLCAPS : f & F_CAP) {
          const id = wids[i];
          const t = this.formOf[id];
          wids[i] = this.word(this.lex.casedAt(this.entries[id], this.lowers[id]) ?? (t.length > 1 ? titleCase(t) : t));
        }
      }
    }
    // Rows only move when the arena grows, which happens in word(): read it after.
    const A = this.atoms;
    const S = WORD_STRIDE;
    const gaz = this.gazetteer(wids, n, headline);
    // Runs of capitalised words ("Kastus Kalinouski Regiment"): each word's run length and place in it.
    if (this.runLen.length < n) {
      this.runLen = new Uint8Array(n * 2);
      this.runPos = new Uint8Array(n * 2);
      this.runFrom = new Int32Array(n * 2);
      this.runTo = new Int32Array(n * 2);
    }
    const runLen = this.runLen.fill(0, 0, n);
    const runPos = this.runPos.fill(0, 0, n);
    const runFrom = this.runFrom;
    const runTo = this.runTo;
    if (!headline) {
      for (let i = 0; i < n; ) {
        if (!(A[wids[i] * S + W_FLAGS] & F_CAP)) {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < n && A[wids[j] * S + W_FLAGS] & F_CAP) j++;
        for (let q = i; q < j; q++) {
          runLen[q] = Math.min(j - i, 4);
          runPos[q] = q === i ? 1 : q === j - 1 ? 2 : 3;
          runFrom[q] = i;
          runTo[q] = j - 1;
        }
        i = j;
      }
    }
    const tpl = this.tplHash;
    const mask = this.mask;
    for (let i = 0; i < n; i++) {
      const w = wids[i] * S;
      const p1 = i > 0 ? wids[i - 1] * S : -1;
      const n1 = i + 1 < n ? wids[i + 1] * S : -1;
      let k = i * MAX_FEATS;
      const start = k;
      if (all) {
        for (let j = 0; j < STATIC_FEATS; j++) out[k++] = A[w + STATIC_AT + j];
        // Neighbour-role ids: the boundary row stands in beyond the sentence's ends.
        const q1 = i > 0 ? wids[i - 1] * S : BOUNDARY;
        const q2 = i > 1 ? wids[i - 2] * S : BOUNDARY;
        const r1 = i + 1 < n ? wids[i + 1] * S : BOUNDARY;
        const r2 = i + 2 < n ? wids[i + 2] * S : BOUNDARY;
        for (let j = 0; j < 5; j++) out[k++] = A[q1 + ROLE_AT[0] + j];
        for (let j = 0; j < 5; j++) out[k++] = A[r1 + ROLE_AT[1] + j];
        for (let j = 0; j < 2; j++) out[k++] = A[q2 + ROLE_AT[2] + j];
        for (let j = 0; j < 2; j++) out[k++] = A[r2 + ROLE_AT[3] + j];
      }
      const wLower = A[w + W_LOWER];
      const wShort = A[w + W_SHORT];
      const pLower = p1 >= 0 ? A[p1 + W_LOWER] : BOS;
      const pShort = p1 >= 0 ? A[p1 + W_SHORT] : BOS;
      const nLower = n1 >= 0 ? A[n1 + W_LOWER] : EOS;
      const nShort = n1 >= 0 ? A[n1 + W_SHORT] : EOS;
      out[k++] = mix2(tpl[27], pLower, wLower) & mask;
      out[k++] = mix2(tpl[28], wLower, nLower) & mask;
      out[k++] = mix2(tpl[29], mix(pShort, wShort), nShort) & mask;
      out[k++] = mix2(tpl[34], pShort, wLower) & mask;
      out[k++] = mix2(tpl[35], wLower, nShort) & mask;
      if (runLen[i]) {
        out[k++] = mix(tpl[55], runLen[i] * 8 + runPos[i]) & mask;
        if (runLen[i] > 1) {
          k = this.runHead(out, k, w, wids[runTo[i]] * S, runPos[i], runLen[i]);
          // The words around the whole run reach each of its words, beyond the two-word window:
          // "by" before "Chatham House" tells an agent, "in" a place, whatever the head says.
          const before = runFrom[i] > 0 ? A[wids[runFrom[i] - 1] * S + W_LOWER] : BOS;
          const after = runTo[i] + 1 < n ? A[wids[runTo[i] + 1] * S + W_LOWER] : EOS;
          out[k++] = mix2(tpl[60], before, runPos[i]) & mask;
          out[k++] = mix2(tpl[61], after, runPos[i]) & mask;
        }
      }
      const flags = A[w + W_FLAGS];
      if (i === 0) {
        out[k++] = mix(tpl[36], wShort) & mask;
        out[k++] = mix(tpl[37], A[w + W_CAPB]) & mask;
      }
      if (i === n - 1) out[k++] = mix(tpl[38], wShort) & mask;
      if (headline) {
        out[k++] = mix(tpl[39], wShort) & mask;
        out[k++] = mix(tpl[40], A[w + W_CLU2]) & mask;
      }
      if (A[w + W_HYF] !== 0) {
        out[k++] = mix(tpl[41], A[w + W_HYF]) & mask;
        out[k++] = mix(tpl[42], A[w + W_HYL]) & mask;
        if (A[w + W_HYGAZ]) out[k++] = mix(tpl[43], A[w + W_HYGAZ]) & mask;
      }
      // Gazetteer matches covering the token, its neighbours' types.
      const gb = gaz[i * 2];
      const gi = gaz[i * 2 + 1];
      if (gb | gi) {
        const cap = flags & F_CAP;
        for (let g = 0; g < GAZ_TYPES.length; g++) {
          const bit = 1 << g;
          if (gb & bit) out[k++] = mix(tpl[44], g * 4 + cap) & mask;
          if (gi & bit) out[k++] = mix(tpl[45], g * 4 + cap) & mask;
        }
      }
      if (i > 0) {
        const pg = gaz[i * 2 - 2] | gaz[i * 2 - 1];
        if (pg) out[k++] = mix(tpl[46], pg) & mask;
      }
      if (i + 1 < n) {
        const ng = gaz[i * 2 + 2] | gaz[i * 2 + 3];
        if (ng) out[k++] = mix(tpl[47], ng) & mask;
      }
      if (doc && flags & F_CAP) {
        const lo = this.lowers[wids[i]];
        const lh = A[w + W_LHASH];
        const atom = (doc.seenLower.hasHashed(lo, lh) ? 1 : 0) | (doc.seenCapMid.hasHashed(lo, lh) ? 2 : 0) | (i === 0 ? 4 : 0) | (headline ? 8 : 0);
        out[k++] = mix(tpl[48], atom) & mask;
        const row = doc.historyRow(lo, lh);
        if (row >= 0) {
          const h = doc.historyCounts;
          const r = row * 5;
          let best = 0;
          for (let t = 1; t < 5; t++) if (h[r + t] > h[r + best] || (best === 0 && h[r + t] > 0)) best = t;
          out[k++] = mix(tpl[49], best) & mask;
          out[k++] = mix2(tpl[50], best, wShort) & mask;
          for (let t = 1; t < 5; t++) if (h[r + t] > 0) out[k++] = mix(tpl[51], t) & mask;
        } else out[k++] = mix(tpl[52], i === 0 ? 1 : 0) & mask;
      }
      counts[i] = k - start;
    }
  }

  /**
   * Run-head features: the head of a capitalised run (its last word: "Corps", "Forces",
   * "House") tells what kind of name the whole run is, so the head itself, its word class and
   * its gazetteer types reach every word of the run, joined with the word's place in the run
   * ("Belarusian" before "... Forces" begins an organisation; before "... Government" it stays
   * a demonym, as CoNLL tags it). `w` and `h` are arena rows. Returns the new k.
   */
  private runHead(out: Int32Array, k: number, w: number, h: number, pos: number, len: number): number {
    const A = this.atoms;
    const tpl = this.tplHash;
    const mask = this.mask;
    // The word's own class (8 bits) joins each: "Mr" before a person's name is outside it and
    // "Prince" often inside, and both stand first in a run headed by a name.
    const own = A[w + W_CLU1];
    out[k++] = mix2(tpl[56], A[h + W_CLU1], mix(pos, own)) & mask;
    out[k++] = mix2(tpl[57], A[h + W_CLU3], mix(pos, own)) & mask;
    const hg = A[h + W_GAZ1];
    const og = A[w + W_GAZ1];
    if (hg | og) out[k++] = mix2(tpl[58], mix(hg, og), mix(pos, own)) & mask;
    out[k++] = mix2(tpl[59], A[h + W_LOWER], mix(pos * 8 + len, own)) & mask;
    return k;
  }

  /** Per token, the gazetteer type bits of matches beginning at it and of matches continuing through it. */
  private gazetteer(wids: Int32Array, n: number, headline: number): Int32Array {
    if (this.gazBits.length < n * 2) this.gazBits = new Int32Array(n * 4);
    const bits = this.gazBits.fill(0, 0, n * 2);
    const lex = this.lex;
    const A = this.atoms;
    for (let i = 0; i < n; i++) {
      const id = wids[i];
      const flags = A[id * WORD_STRIDE + W_FLAGS];
      const max = flags >>> GAZ_MAX_SHIFT;
      if (!max || (!(flags & F_CAP) && !headline)) continue;
      // The word alone: its own bits, already looked up.
      const b1 = A[id * WORD_STRIDE + W_GAZ1];
      if (b1) bits[i * 2] |= b1;
      // The phrase's hash grows word by word; its string (`key`, the first `joined` words) is
      // built only for the table's probe, when the prefix filter lets a phrase through.
      let key = this.lowers[id];
      let joined = 1;
      let h = A[id * WORD_STRIDE + W_LHASH];
      for (let len = 2; len <= max && len <= MAX_PHRASE && i + len <= n; len++) {
        h = hashJoin(h, this.lowers[wids[i + len - 1]]);
        if (!lex.mayStartPhrase(h)) break;
        for (; joined < len; joined++) key += ' ' + this.lowers[wids[i + joined]];
        const b = lex.gazBitsHashed(key, h);
        if (!b) continue;
        bits[i * 2] |= b;
        for (let j = i + 1; j < i + len; j++) bits[j * 2 + 1] |= b;
      }
    }
    return bits;
  }
}
