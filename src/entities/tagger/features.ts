// Feature extraction. Each token gets a list of hashed feature ids (bucket numbers); the
// weight of (feature, label) lives at weights[bucket * NUM_LABELS + label]. Per-word atoms
// (forms, shapes, affixes, cluster paths) are hashed once per word type and cached; features
// mix a template id with atoms by integer hashing, so no feature string is ever built.
import { hashString, mix, mix2 } from './hash.js';
import { GAZ_TYPES, MAX_PHRASE, pathPrefix, type Lexicon } from './lexicon.js';
import { foldDigits, isAllCaps, isCapitalised, normalizeToken, shapeOf, shortShapeOf, titleCase } from './normalize.js';
import { typeOf } from './labels.js';

// Slots of a word's atom vector.
const W_WORD = 0;
const W_LOWER = 1;
const W_SHAPE = 2;
const W_SHORT = 3;
const W_PRE = 4; // 4 prefixes
const W_SUF = 8; // 4 suffixes
const W_CLU = 12; // 5 cluster-path prefixes
const W_CAPB = 17;
const W_HYF = 18;
const W_HYL = 19;
const W_HYGAZ = 20;
const W_FLAGS = 21;
const W_SLOTS = 22;

const F_CAP = 1;
const F_ALLCAPS = 2;
const F_LETTER = 4;

/** Tokens that normalisation leaves as they are (the common case, tested cheaply). */
const ASCII_PLAIN = /^[A-Za-z0-9.,&$%-]*$/;

const CLUSTER_CUTS = [4, 8, 12, 16, 30];
const NONE = hashString('<none>');
const BOS = hashString('<s>');
const EOS = hashString('</s>');

/** A word type's cached atoms, lower-cased form and gazetteer entry length. */
interface WordInfo {
  a: Int32Array;
  lower: string;
  /** Longest gazetteer phrase starting with this word (0: none). */
  gazMax: number;
}

function hasLetterAt0(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/** Upper bound on features per token (static + document); the templates add up to at most 92. */
export const MAX_FEATS = 128;

/** What the tagger knows about the current document, gathered as it goes. */
export class DocContext {
  /** Lower-cased words seen in lower case anywhere in the document. */
  readonly seenLower = new Set<string>();
  /** Lower-cased words seen capitalised not at a sentence start. */
  readonly seenCapMid = new Set<string>();
  /** Lower-cased capitalised word -> counts of the types it was tagged with earlier: O, PER, ORG, LOC, MISC. */
  readonly history = new Map<string, Int32Array>();

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
      let h = this.history.get(lo);
      if (!h) this.history.set(lo, (h = new Int32Array(5)));
      h[typeOf(labels[i]) + 1]++;
    }
  }
}

export class Featurizer {
  private readonly cache = new Map<string, WordInfo>();
  private readonly tplHash: Int32Array;
  readonly buckets: number;
  private readonly mask: number;

  constructor(readonly lex: Lexicon, bucketBits: number) {
    this.buckets = 1 << bucketBits;
    this.mask = this.buckets - 1;
    this.tplHash = Int32Array.from({ length: 256 }, (_, i) => hashString(`tpl${i}`));
  }

  /**
   * Headline mode: 1 when (nearly) every word with letters is in capitals (Reuters headlines),
   * 2 when every word is capitalised including words that are usually lower case (title-case
   * headings), else 0. In headline mode capitalised words take their usual casing.
   */
  headlineMode(infos: readonly WordInfo[]): number {
    let words = 0;
    let caps = 0;
    let initial = 0;
    let lowerish = 0;
    let long = false;
    for (const info of infos) {
      const f = info.a[W_FLAGS];
      if (!(f & F_LETTER)) continue;
      words++;
      if (f & F_CAP) {
        initial++;
        if (info.a[W_CAPB] >> 1 === 0) lowerish++;
      }
      if (f & F_ALLCAPS) {
        caps++;
        if (info.lower.length >= 3) long = true;
      }
    }
    if (long && caps >= 0.8 * words) return 1;
    if (words >= 4 && initial >= 0.8 * words && lowerish >= 2) return 2;
    return 0;
  }

  private word(form: string): WordInfo {
    const hit = this.cache.get(form);
    if (hit) return hit;
    if (this.cache.size > 200000) this.cache.clear();
    const w = new Int32Array(W_SLOTS);
    const lower = form.toLowerCase();
    w[W_WORD] = hashString(foldDigits(form));
    w[W_LOWER] = hashString(foldDigits(lower));
    w[W_SHAPE] = hashString(shapeOf(form));
    w[W_SHORT] = hashString(shortShapeOf(form));
    for (let k = 0; k < 4; k++) {
      w[W_PRE + k] = form.length > k + 1 ? hashString(lower.slice(0, k + 1)) : NONE;
      w[W_SUF + k] = form.length > k + 1 ? hashString(lower.slice(-(k + 1))) : NONE;
    }
    let path = this.lex.classes.get(form);
    if (path === undefined) {
      const cased = this.lex.casedForm(lower);
      if (cased !== undefined) path = this.lex.classes.get(cased);
    }
    for (let k = 0; k < CLUSTER_CUTS.length; k++) {
      w[W_CLU + k] = path === undefined ? NONE : mix(k + 1, pathPrefix(path, CLUSTER_CUTS[k]));
    }
    const cap = isCapitalised(form);
    const capb = this.lex.capBucketOf(lower);
    w[W_CAPB] = (capb === undefined ? 5 : capb) * 2 + (cap ? 1 : 0);
    const hy = form.indexOf('-');
    if (hy > 0 && hy < form.length - 1) {
      const first = lower.slice(0, hy);
      const last = lower.slice(lower.lastIndexOf('-') + 1);
      w[W_HYF] = hashString(first);
      w[W_HYL] = hashString(last);
      w[W_HYGAZ] = (this.lex.gazetteer.get(last) ?? 0) | (this.lex.gazetteer.get(first) ?? 0);
    }
    w[W_FLAGS] = (cap ? F_CAP : 0) | (isAllCaps(form) ? F_ALLCAPS : 0) | (/\p{L}/u.test(form) ? F_LETTER : 0);
    const info: WordInfo = { a: w, lower, gazMax: this.lex.gazFirst.get(lower) ?? 0 };
    this.cache.set(form, info);
    return info;
  }

  /**
   * Features of every token of a sentence, written to `out` (MAX_FEATS slots per token);
   * `counts[i]` gets how many token i has. `tokens` are raw tokens; normalisation happens here.
   */
  featurize(raw: readonly string[], doc: DocContext | null, out: Int32Array, counts: Int32Array): void {
    const n = raw.length;
    const forms: string[] = new Array(n);
    const infos: WordInfo[] = new Array(n);
    for (let i = 0; i < n; i++) {
      // Very long tokens (hostile input, URLs) are cut: features never need more.
      let t = raw[i].length > 48 ? raw[i].slice(0, 48) : raw[i];
      if (!ASCII_PLAIN.test(t)) t = normalizeToken(t);
      forms[i] = t;
      infos[i] = this.word(t);
    }
    const headline = this.headlineMode(infos);
    if (headline) {
      for (let i = 0; i < n; i++) {
        const f = infos[i].a[W_FLAGS];
        if (headline === 1 ? f & F_ALLCAPS : f & F_CAP) {
          const t = forms[i];
          forms[i] = this.lex.casedForm(infos[i].lower) ?? (t.length > 1 ? titleCase(t) : t);
          infos[i] = this.word(forms[i]);
        }
      }
    }
    const ws: Int32Array[] = new Array(n);
    for (let i = 0; i < n; i++) ws[i] = infos[i].a;
    const gaz = this.gazetteer(infos, headline);
    // Runs of capitalised words ("Kastus Kalinouski Regiment"): each word's run length and place in it.
    const runLen = new Uint8Array(n);
    const runPos = new Uint8Array(n);
    for (let i = 0; i < n; ) {
      if (!(ws[i][W_FLAGS] & F_CAP) || headline) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && ws[j][W_FLAGS] & F_CAP) j++;
      for (let q = i; q < j; q++) {
        runLen[q] = Math.min(j - i, 4);
        runPos[q] = q === i ? 1 : q === j - 1 ? 2 : 3;
      }
      i = j;
    }
    const tpl = this.tplHash;
    const mask = this.mask;
    for (let i = 0; i < n; i++) {
      const w = ws[i];
      const p1 = i > 0 ? ws[i - 1] : null;
      const p2 = i > 1 ? ws[i - 2] : null;
      const n1 = i + 1 < n ? ws[i + 1] : null;
      const n2 = i + 2 < n ? ws[i + 2] : null;
      let k = i * MAX_FEATS;
      const start = k;
      out[k++] = tpl[0] & mask;
      out[k++] = mix(tpl[1], w[W_WORD]) & mask;
      out[k++] = mix(tpl[2], w[W_LOWER]) & mask;
      out[k++] = mix(tpl[3], w[W_SHAPE]) & mask;
      out[k++] = mix(tpl[4], w[W_SHORT]) & mask;
      for (let j = 0; j < 4; j++) {
        out[k++] = mix(tpl[5 + j], w[W_PRE + j]) & mask;
        out[k++] = mix(tpl[9 + j], w[W_SUF + j]) & mask;
      }
      for (let j = 0; j < 5; j++) out[k++] = mix(tpl[13 + j], w[W_CLU + j]) & mask;
      out[k++] = mix(tpl[18], w[W_CAPB]) & mask;
      out[k++] = mix(tpl[19], p1 ? p1[W_LOWER] : BOS) & mask;
      out[k++] = mix(tpl[20], n1 ? n1[W_LOWER] : EOS) & mask;
      out[k++] = mix(tpl[21], p2 ? p2[W_LOWER] : BOS) & mask;
      out[k++] = mix(tpl[22], n2 ? n2[W_LOWER] : EOS) & mask;
      out[k++] = mix(tpl[23], p1 ? p1[W_SHORT] : BOS) & mask;
      out[k++] = mix(tpl[24], n1 ? n1[W_SHORT] : EOS) & mask;
      out[k++] = mix(tpl[25], p2 ? p2[W_SHORT] : BOS) & mask;
      out[k++] = mix(tpl[26], n2 ? n2[W_SHORT] : EOS) & mask;
      out[k++] = mix2(tpl[27], p1 ? p1[W_LOWER] : BOS, w[W_LOWER]) & mask;
      out[k++] = mix2(tpl[28], w[W_LOWER], n1 ? n1[W_LOWER] : EOS) & mask;
      out[k++] = mix2(tpl[29], mix(p1 ? p1[W_SHORT] : BOS, w[W_SHORT]), n1 ? n1[W_SHORT] : EOS) & mask;
      out[k++] = mix(tpl[30], p1 ? p1[W_CLU + 1] : BOS) & mask;
      out[k++] = mix(tpl[31], n1 ? n1[W_CLU + 1] : EOS) & mask;
      out[k++] = mix(tpl[32], p1 ? p1[W_CLU + 4] : BOS) & mask;
      out[k++] = mix(tpl[33], n1 ? n1[W_CLU + 4] : EOS) & mask;
      out[k++] = mix2(tpl[34], p1 ? p1[W_SHORT] : BOS, w[W_LOWER]) & mask;
      out[k++] = mix2(tpl[35], w[W_LOWER], n1 ? n1[W_SHORT] : EOS) & mask;
      out[k++] = mix(tpl[53], p1 ? p1[W_WORD] : BOS) & mask;
      out[k++] = mix(tpl[54], n1 ? n1[W_WORD] : EOS) & mask;
      if (runLen[i]) out[k++] = mix(tpl[55], runLen[i] * 8 + runPos[i]) & mask;
      if (i === 0) {
        out[k++] = mix(tpl[36], w[W_SHORT]) & mask;
        out[k++] = mix(tpl[37], w[W_CAPB]) & mask;
      }
      if (i === n - 1) out[k++] = mix(tpl[38], w[W_SHORT]) & mask;
      if (headline) {
        out[k++] = mix(tpl[39], w[W_SHORT]) & mask;
        out[k++] = mix(tpl[40], w[W_CLU + 2]) & mask;
      }
      if (w[W_HYF] !== 0) {
        out[k++] = mix(tpl[41], w[W_HYF]) & mask;
        out[k++] = mix(tpl[42], w[W_HYL]) & mask;
        if (w[W_HYGAZ]) out[k++] = mix(tpl[43], w[W_HYGAZ]) & mask;
      }
      // Gazetteer matches covering the token, its neighbours' types.
      const gb = gaz[i * 2];
      const gi = gaz[i * 2 + 1];
      if (gb | gi) {
        for (let g = 0; g < GAZ_TYPES.length; g++) {
          const bit = 1 << g;
          if (gb & bit) out[k++] = mix(tpl[44], g * 4 + (w[W_FLAGS] & F_CAP)) & mask;
          if (gi & bit) out[k++] = mix(tpl[45], g * 4 + (w[W_FLAGS] & F_CAP)) & mask;
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
      if (doc && w[W_FLAGS] & F_CAP) {
        const lo = infos[i].lower;
        const atom = (doc.seenLower.has(lo) ? 1 : 0) | (doc.seenCapMid.has(lo) ? 2 : 0) | (i === 0 ? 4 : 0) | (headline ? 8 : 0);
        out[k++] = mix(tpl[48], atom) & mask;
        const h = doc.history.get(lo);
        if (h) {
          let best = 0;
          for (let t = 1; t < 5; t++) if (h[t] > h[best] || (best === 0 && h[t] > 0)) best = t;
          out[k++] = mix(tpl[49], best) & mask;
          out[k++] = mix2(tpl[50], best, w[W_SHORT]) & mask;
          for (let t = 1; t < 5; t++) if (h[t] > 0) out[k++] = mix(tpl[51], t) & mask;
        } else out[k++] = mix(tpl[52], i === 0 ? 1 : 0) & mask;
      }
      counts[i] = k - start;
    }
  }

  /** Per token, the gazetteer type bits of matches beginning at it and of matches continuing through it. */
  private gazetteer(infos: readonly WordInfo[], headline: number): Int32Array {
    const n = infos.length;
    const bits = new Int32Array(n * 2);
    const lex = this.lex;
    for (let i = 0; i < n; i++) {
      const info = infos[i];
      const max = info.gazMax;
      if (!max || (!(info.a[W_FLAGS] & F_CAP) && !headline)) continue;
      let key = info.lower;
      for (let len = 1; len <= max && len <= MAX_PHRASE && i + len <= n; len++) {
        if (len > 1) key += ' ' + infos[i + len - 1].lower;
        const b = lex.gazetteer.get(key);
        if (b === undefined) continue;
        bits[i * 2] |= b;
        for (let j = i + 1; j < i + len; j++) bits[j * 2 + 1] |= b;
      }
    }
    return bits;
  }
}
