// Rule-based claim kinds and attribution of a sentence.
import type { ClaimKind } from '../brief/types.js';
import { VAGUE_SOURCE } from './lexicon.js';

const KIND_RULES: [ClaimKind, RegExp][] = [
  ['quantitative', /\d|\b(?:percent|per\s+cent|million|billion|trillion|thousand|hundreds?|dozens?|half|third|quarter|twice|double[ds]?|tripled?|majority|minority)\b/i],
  ['causal', /\b(?:because|due\s+to|caused?|causing|led\s+to|leads?\s+to|result(?:ed|s)?\s+(?:in|from)|as\s+a\s+result|therefore|thanks\s+to|owing\s+to|in\s+response\s+to|fearing|so\s+that|consequences?)\b/i],
  ['comparison', /\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|better|worse)\s+than\b|\b(?:most|least|highest|lowest|largest|smallest|biggest|greatest|best|worst)\b|\b(?:compared\s+(?:to|with)|than\s+ever|record)\b|\b\w+est\s+(?:in|of)\b/i],
  ['prediction', /\b(?:will|shall|going\s+to|expected\s+to|forecasts?|predicts?|predicted|projected|likely\s+to|could|might)\b/i],
  ['intent', /\b(?:plans?\s+to|planned\s+to|intends?\s+to|intended\s+to|aims?\s+to|wants?\s+to|vows?\s+to|vowed\s+to|pledged?\s+to|promised?\s+to|will\s+not|would\s+not\s+(?:join|accept|allow)|decided\s+to|decision\s+(?:not\s+)?to|is\s+to\s+\w+|ordered)\b/i],
];

export function claimKinds(sentence: string): ClaimKind[] {
  const kinds: ClaimKind[] = [];
  for (const [kind, re] of KIND_RULES) if (re.test(sentence)) kinds.push(kind);
  return kinds;
}

const NAMED_SOURCE = /\b(?:according\s+to|said|says|stated|reported|told|announced|estimated\s+by|conducted\s+by|published\s+by|data\s+from|figures\s+from)\b/i;

/** A vague source ("experts say") if the sentence has one; else whether a named one is there. */
export function vagueSource(sentence: string): string | null {
  const m = VAGUE_SOURCE.exec(sentence);
  return m ? m[0] : null;
}

export function hasSourceCue(sentence: string): boolean {
  return NAMED_SOURCE.test(sentence);
}

/** "conducted by Chatnam House", "according to the ministry": the named source in the sentence. */
export function namedSourceIn(sentence: string): string | null {
  const m = /\b(?:according\s+to|conducted\s+by|published\s+by|estimated\s+by|data\s+from|figures\s+from|[Aa]\s+(?:poll|survey|study|report)\s+by)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}\-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{N}\-]*){0,5})/u.exec(sentence);
  return m ? m[1] : null;
}
