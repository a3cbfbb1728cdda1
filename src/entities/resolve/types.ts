// Working structures of in-document resolution.
import type { Mention } from '../../brief/types.js';
import type { KbEntry } from '../kb/types.js';

/** The tagger's four types, which the resolver refines. */
export type TagType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** One real-world thing as the document names it: the mentions that corefer. */
export interface Cluster {
  mentions: Mention[];
  /** Tagger type of its first named mention. */
  tag: TagType;
  /** The brief type (PERSON, ORG, GPE, ...), set after linking. */
  type: string;
  /** Normalised keys of its named surfaces. */
  keys: Set<string>;
  link: { entry: KbEntry; confidence: number } | null;
  /** Role descriptions the document gives it ("belarusian president"). */
  roles: Set<string>;
  /** Set when the cluster's name looks like a misspelling of this entry. */
  misspelling?: { entry: KbEntry; surface: string };
}

export function tagTypeOf(t: string): TagType {
  switch (t) {
    case 'PER':
    case 'PERSON':
      return 'PER';
    case 'ORG':
    case 'MILITARY_UNIT':
      return 'ORG';
    case 'LOC':
    case 'GPE':
    case 'FACILITY':
      return 'LOC';
    default:
      return 'MISC';
  }
}
