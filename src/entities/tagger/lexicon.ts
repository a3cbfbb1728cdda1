// Run-time word knowledge the features read: gazetteer phrases with their types, word
// classes induced from unlabelled text (cluster paths), each word's most common casing and
// how often it is capitalised inside a sentence. This Map form is what the builder fills;
// it is stored and loaded as a PackedLexicon.
import { PackedLexicon } from './packed-lexicon.js';

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

  /** The packed binary form (packed-lexicon.ts): typed arrays loaded without parsing. */
  serialize(): Buffer {
    const casing = new Map<string, [number, string]>();
    for (const [k, v] of this.casing) casing.set(k, [v.charCodeAt(0) - 48, v.slice(1)]);
    return PackedLexicon.pack({ gazetteer: this.gazetteer, gazFirst: this.gazFirst, casing, classes: this.classes });
  }

  /** The run-time form of this lexicon. */
  pack(): PackedLexicon {
    return PackedLexicon.load(this.serialize());
  }
}

/** The run-time lexicon of either form. */
export function packed(lex: Lexicon | PackedLexicon): PackedLexicon {
  return lex instanceof PackedLexicon ? lex : lex.pack();
}
