// The IOB2 label set of the tagger and which label may follow which.

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Label ids: 0 is O, then B-X at 1 + 2k and I-X at 2 + 2k for type k. */
export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const NUM_LABELS = LABELS.length;
export const O = 0;

const LABEL_ID = new Map(LABELS.map((l, i) => [l, i]));

export function labelId(tag: string): number {
  const id = LABEL_ID.get(tag);
  if (id === undefined) throw new Error(`unknown NER tag "${tag}"`);
  return id;
}

export function isInside(label: number): boolean {
  return label !== O && label % 2 === 0;
}

export function isBegin(label: number): boolean {
  return label % 2 === 1;
}

/** The type index (0..3) of a B- or I- label, -1 for O. */
export function typeOf(label: number): number {
  return label === O ? -1 : (label - 1) >> 1;
}

/** IOB2: I-X may only follow B-X or I-X, and a sentence may not start with I-X. */
export function allowed(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev !== -1 && prev !== O && typeOf(prev) === typeOf(next);
}
