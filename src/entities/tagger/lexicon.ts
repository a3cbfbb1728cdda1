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

/** Longest gazetteer phrase, in tokens, that is stored. */
export const MAX_PHRASE = 6;

export class Lexicon {
  /** Lower-cased normalised phrase (tokens joined by one space) -> type bits. */
  readonly gazetteer = new Map<string, number>();
  /** First token of a phrase (lower-cased) -> the longest phrase length starting with it. */
  readonly gazFirst = new Map<string, number>();
  /** Word form (case kept) -> cluster path as a string of 0/1. */
  readonly classes = new Map<string, string>();
  /** Lower-cased word -> its most frequent cased form in the unlabelled text. */
  readonly casing = new Map<string, string>();
  /** Lower-cased word -> how often it is capitalised inside a sentence, bucket 0..4. */
  readonly capBucket = new Map<string, number>();

  addPhrase(tokens: readonly string[], bits: number): void {
    if (!tokens.length || tokens.length > MAX_PHRASE) return;
    const lower = tokens.map((t) => t.toLowerCase());
    const key = lower.join(' ');
    this.gazetteer.set(key, (this.gazetteer.get(key) ?? 0) | bits);
    const first = lower[0];
    if ((this.gazFirst.get(first) ?? 0) < lower.length) this.gazFirst.set(first, lower.length);
  }

  serialize(): Buffer {
    const lines: string[] = ['dossier-ner-lexicon 1'];
    for (const [k, v] of [...this.gazetteer].sort((a, b) => (a[0] < b[0] ? -1 : 1))) lines.push(`G\t${v}\t${k}`);
    for (const [k, v] of [...this.classes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) lines.push(`W\t${k}\t${v}`);
    for (const [k, v] of [...this.casing].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      lines.push(`C\t${k}\t${v === k ? '' : v}\t${this.capBucket.get(k) ?? 0}`);
    }
    return gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
  }

  static deserialize(buf: Buffer): Lexicon {
    const text = gunzipSync(buf).toString('utf8');
    const lex = new Lexicon();
    let i = text.indexOf('\n') + 1;
    if (!text.startsWith('dossier-ner-lexicon 1')) throw new Error('not a dossier NER lexicon');
    while (i < text.length) {
      let j = text.indexOf('\n', i);
      if (j < 0) j = text.length;
      const line = text.slice(i, j);
      i = j + 1;
      const parts = line.split('\t');
      if (parts[0] === 'G') {
        const key = parts[2];
        lex.gazetteer.set(key, Number(parts[1]));
        const sp = key.indexOf(' ');
        const first = sp < 0 ? key : key.slice(0, sp);
        const len = sp < 0 ? 1 : key.split(' ').length;
        if ((lex.gazFirst.get(first) ?? 0) < len) lex.gazFirst.set(first, len);
      } else if (parts[0] === 'W') lex.classes.set(parts[1], parts[2]);
      else if (parts[0] === 'C') {
        lex.casing.set(parts[1], parts[2] || parts[1]);
        lex.capBucket.set(parts[1], Number(parts[3]));
      }
    }
    return lex;
  }
}
