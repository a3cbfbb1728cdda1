// Rule-based claim kinds and attribution of a sentence.
import type { ClaimKind } from '../brief/types.js';
import { ALL_KEYS, CAUSAL, COMPARISON, INTENT, NAMED, PREDICTION, QUANTITATIVE, VAGUE } from './claim-keys.js';
import { VAGUE_SOURCE } from './lexicon.js';

/** Each kind with its pattern and the bit of claim-keys.ts that says it could match (a word added
 *  to a pattern goes into that file's lists too; claim-keys.test.ts checks). */
const KIND_RULES: [ClaimKind, RegExp, number][] = [
  ['quantitative', /\d|\b(?:percent|per\s+cent|million|billion|trillion|thousand|hundreds?|dozens?|half|third|quarter|twice|double[ds]?|tripled?|majority|minority)\b/i, QUANTITATIVE],
  ['causal', /\b(?:because|due\s+to|caused?|causing|led\s+to|leads?\s+to|result(?:ed|s)?\s+(?:in|from)|as\s+a\s+result|therefore|thanks\s+to|owing\s+to|in\s+response\s+to|fearing|so\s+that|consequences?)\b/i, CAUSAL],
  ['comparison', /\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|better|worse)\s+than\b|\b(?:most|least|highest|lowest|largest|smallest|biggest|greatest|best|worst)\b|\b(?:compared\s+(?:to|with)|than\s+ever|record)\b|\b\w+est\s+(?:in|of)\b/i, COMPARISON],
  ['prediction', /\b(?:will|shall|going\s+to|expected\s+to|forecasts?|predicts?|predicted|projected|likely\s+to|could|might)\b/i, PREDICTION],
  ['intent', /\b(?:plans?\s+to|planned\s+to|intends?\s+to|intended\s+to|aims?\s+to|wants?\s+to|vows?\s+to|vowed\s+to|pledged?\s+to|promised?\s+to|will\s+not|would\s+not\s+(?:join|accept|allow)|decided\s+to|decision\s+(?:not\s+)?to|is\s+to\s+\w+|ordered)\b/i, INTENT],
];

/** `keys`: the patterns the sentence could match (claimKeys), all unless given. */
export function claimKinds(sentence: string, keys = ALL_KEYS): ClaimKind[] {
  const kinds: ClaimKind[] = [];
  for (const [kind, re, bit] of KIND_RULES) if (keys & bit && re.test(sentence)) kinds.push(kind);
  return kinds;
}

const NAMED_SOURCE = /\b(?:according\s+to|said|says|stated|reported|told|announced|estimated\s+by|conducted\s+by|published\s+by|data\s+from|figures\s+from)\b/i;

/** A vague source ("experts say") if the sentence has one; else whether a named one is there. */
export function vagueSource(sentence: string, keys = ALL_KEYS): string | null {
  if (!(keys & VAGUE)) return null;
  const m = VAGUE_SOURCE.exec(sentence);
  return m ? m[0] : null;
}

export function hasSourceCue(sentence: string): boolean {
  return NAMED_SOURCE.test(sentence);
}

/** "conducted by Chatnam House", "according to the ministry": the named source in the sentence. */
export function namedSourceIn(sentence: string, keys = ALL_KEYS): string | null {
  if (!(keys & NAMED)) return null;
  const m = /\b(?:according\s+to|conducted\s+by|published\s+by|estimated\s+by|data\s+from|figures\s+from|[Aa]\s+(?:poll|survey|study|report)\s+by)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}\-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{N}\-]*){0,5})/u.exec(sentence);
  return m ? m[1] : null;
}
