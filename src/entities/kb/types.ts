// Knowledge-base entries: one real-world thing with its names, type and popularity prior.

/** Entity types of the brief beyond the tagger's four, plus ANY for untyped popular items. */
export type KbType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FACILITY' | 'EVENT' | 'MILITARY_UNIT' | 'ANY';

export const KB_TYPES: readonly KbType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FACILITY', 'EVENT', 'MILITARY_UNIT', 'ANY'];

export interface KbEntry {
  /** Wikidata QID where a source has it, else a local id ("gn:703448", "dossier:chatham-house", "norp:BLR"). */
  id: string;
  name: string;
  type: KbType;
  /** Popularity prior in [0, 1]: how often news names this thing compared with others. */
  prior: number;
  /** ISO 3166 alpha-3 code of the country the entry belongs to, when known. */
  country?: string;
  desc?: string;
  /** Other names (abbreviations included), not counting `name` and `variants` (normalised keys when loaded from the compiled file). */
  aliases: string[];
  /** Accepted transliteration variants: linked and noted as variants, never as errors. */
  variants: string[];
  /** Lower-case role descriptions that stand for the entry ("belarusian president"). */
  roles: string[];
  /** For events: start date (ISO); end date when known. */
  date?: string;
  end?: string;
}

/** How a surface form relates to the entry it names. */
export type AliasKind = 'name' | 'alias' | 'variant';

export interface AliasHit {
  entry: KbEntry;
  kind: AliasKind;
}
