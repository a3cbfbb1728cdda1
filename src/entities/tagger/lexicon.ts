// Run-time word knowledge the features read: gazetteer phrases with their types, word
// classes induced from unlabelled text (cluster paths), each word's most common casing and
// how often it is capitalised inside a sentence. Stored as gzipped tab-separated lines.
import { gunzipSync, gzipSync } from 'node:zlib';

export const GAZ_TYPES = [
  'COUNTRY',
  'DEMONYM',
  'CITY',
  'REGION',
  'PER_FIRST',
  'PER_LAST',
  'PER_FULL',
  'ORG_INTL',
  'ORG_COMPANY',
  'ORG_GOV',
  'ORG_OTHER',
  'ORG_KEY',
  'LOC_KEY',
  'TITLE',
  'JOBTITLE',
  'FACILITY',
  'CURRENCY',
  'DATE',
] as const;
export type GazType = (typeof GAZ_TYPES)[number];
export const GAZ_BIT: Record<GazType, number> = Object.fromEntries(GAZ_TYPES.map((t, i) => [t, 1 << i])) as Record<GazType, number>;

/** A cluster path of 0/1 characters as an integer with a leading 1 bit. */
export function pathToInt(path: string): number {
  let v = 1;
  for (let i = 0; i < path.length && i < 30; i++) v = (v << 1) | (path.charCodeAt(i) === 49 ? 1 : 0);
  return v;
}

/** The first `bits` steps of a path integer. */
export function pathPrefix(path: number, bits: number): number {
  const len = 31 - Math.clz32(path);
  return len <= bits ? path : path >>> (len - bits);
}

/** Longest gazetteer phrase, in tokens, that is stored. */
export const MAX_PHRASE = 6;

export class Lexicon {
  /** Lower-cased normalised phrase (tokens joined by one space) -> type bits. */
  readonly gazetteer = new Map<string, number>();
  /** First token of a phrase (lower-cased) -> the longest phrase length starting with it. */
  readonly gazFirst = new Map<string, number>();
  /** Word form (case kept) -> cluster path: its bits under a leading 1 ("0110" -> 0b10110). */
  readonly classes = new Map<string, number>();
  /**
   * Lower-cased word -> one digit, how often it is capitalised inside a sentence (bucket 0..4),
   * then its most frequent cased form in the unlabelled text. One map, for load time.
   */
  private readonly casing = new Map<string, string>();

  setCasing(lower: string, cased: string, capBucket: number): void {
    this.casing.set(lower, String(capBucket) + cased);
  }

  casedForm(lower: string): string | undefined {
    return this.casing.get(lower)?.slice(1);
  }

  /** 0 (almost never capitalised mid-sentence) .. 4 (almost always); undefined when unseen. */
  capBucketOf(lower: string): number | undefined {
    const v = this.casing.get(lower);
    return v === undefined ? undefined : v.charCodeAt(0) - 48;
  }

  get casingSize(): number {
    return this.casing.size;
  }

  addPhrase(tokens: readonly string[], bits: number): void {
    if (!tokens.length || tokens.length > MAX_PHRASE) return;
    const lower = tokens.map((t) => t.toLowerCase());
    const key = lower.join(' ');
    this.gazetteer.set(key, (this.gazetteer.get(key) ?? 0) | bits);
    const first = lower[0];
    if ((this.gazFirst.get(first) ?? 0) < lower.length) this.gazFirst.set(first, lower.length);
  }

  /** Gzipped JSON of parallel arrays (JSON.parse is the fastest loader Node has). */
  serialize(): Buffer {
    const sorted = <V>(m: Map<string, V>) => [...m].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    const gaz = sorted(this.gazetteer);
    const cls = sorted(this.classes);
    const cas = sorted(this.casing);
    const json = {
      format: 'dossier-ner-lexicon 2',
      gazetteer: [gaz.map((e) => e[0]), gaz.map((e) => e[1])],
      classes: [cls.map((e) => e[0]), cls.map((e) => e[1])],
      casing: [cas.map((e) => e[0]), cas.map(([k, v]) => (v.slice(1) === k ? '' : v.slice(1))), cas.map(([, v]) => v.charCodeAt(0) - 48)],
    };
    return gzipSync(Buffer.from(JSON.stringify(json), 'utf8'), { level: 9 });
  }

  static deserialize(buf: Buffer): Lexicon {
    const json = JSON.parse(gunzipSync(buf).toString('utf8')) as {
      format: string;
      gazetteer: [string[], number[]];
      classes: [string[], number[]];
      casing: [string[], string[], number[]];
    };
    if (json.format !== 'dossier-ner-lexicon 2') throw new Error('not a dossier NER lexicon');
    const lex = new Lexicon();
    const [gk, gv] = json.gazetteer;
    for (let i = 0; i < gk.length; i++) {
      const key = gk[i];
      lex.gazetteer.set(key, gv[i]);
      const sp = key.indexOf(' ');
      const first = sp < 0 ? key : key.slice(0, sp);
      let len = 1;
      for (let j = sp; j >= 0; j = key.indexOf(' ', j + 1)) len++;
      if ((lex.gazFirst.get(first) ?? 0) < len) lex.gazFirst.set(first, len);
    }
    const [ck, cv] = json.classes;
    for (let i = 0; i < ck.length; i++) lex.classes.set(ck[i], cv[i]);
    const [sk, sv, sb] = json.casing;
    for (let i = 0; i < sk.length; i++) lex.casing.set(sk[i], String(sb[i]) + (sv[i] || sk[i]));
    return lex;
  }
}
