// The part a name plays in its clause, read from the words around it (no parser): who states
// a figure ("according to X", "X said"), a place or partner after a preposition ("in London",
// "from Deutsche Boerse"), a modifier of another noun ("its London rival", "Russian troops"),
// or a subject or object of the clause, the kind of name a figure is about.
import type { NameSpan } from './names.js';
import type { TextView } from './text-view.js';

export type NameRole = 'source' | 'oblique' | 'modifier' | 'object' | 'core';

const SOURCE_CUES = new Set(['by', 'said', 'says', 'told', 'according', 'to', 'from', 'with', 'analyst', 'spokesman', 'spokeswoman']);
export const PREPOSITIONS = new Set([
  'in', 'at', 'from', 'on', 'to', 'into', 'onto', 'across', 'against', 'after', 'before', 'over', 'under', 'with',
  'within', 'without', 'between', 'among', 'near', 'outside', 'inside', 'throughout', 'via', 'towards', 'toward',
  'beyond', 'behind', 'around', 'through', 'during', 'like', 'than', 'for', 'of', 'by', 'about', 'upon', 'amid',
  'including', 'excluding', 'as', 'versus', 'unlike', 'despite',
]);
const DETERMINERS = /^(the|a|an|its|their|his|her|our|your|this|that|these|those)$/;
const VERBISH = /^(is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says|also|now|still|then|plans|owns|employs|posted|reported|made|makes|saw|sees|said|added|expects|hopes|agreed|announced|warned|told|did|does)$/;

/** The name is who states a figure ("according to X", "X said"), not what it is about. */
export function isSourceName(v: TextView, n: NameSpan): boolean {
  // "the company said AOL's profit rose": a possessive names an owner, not a speaker
  if (n.possessive) return false;
  // "from the Office for National Statistics": the cue may stand before an article
  const back = v.lower(n.tokA - 1) === 'the' ? 1 : 0;
  const p = v.lower(n.tokA - 1 - back);
  if (SOURCE_CUES.has(p) && p !== 'to') return true;
  if (p === 'to' && v.lower(n.tokA - 2 - back) === 'according') return true;
  // "the Office for National Statistics (ONS) added": skip a bracketed short form
  let b = n.tokB;
  if (v.word(b) === '(' && v.word(b + 2) === ')') b += 3;
  const nx = v.lower(b);
  return /^(said|says|told|added|estimated|estimates|reported|warned|believes|thinks)$/.test(nx);
}

export function roleOf(v: TextView, n: NameSpan): NameRole {
  if (isSourceName(v, n)) return 'source';
  // "is suing Russia", "has bought Yukos": the object of a verb group
  const pv = v.lower(n.tokA - 1);
  if (/(ing|ed)$/.test(pv) && /^(is|are|was|were|has|have|had|be|been|being|will)$/.test(v.lower(n.tokA - 2))) return 'object';
  // walk back over the words of the name's own noun phrase ("the fifth biggest US carrier")
  let k = n.tokA - 1;
  const first = v.sentenceTokens(v.sentOf[n.tokA])[0];
  let steps = 0;
  while (k >= first && steps < 4 && (v.isCap(k) || /^\d/.test(v.word(k)) || (v.isLowerWord(k) && !PREPOSITIONS.has(v.lower(k)) && !DETERMINERS.test(v.lower(k)) && /(est|er|ern|ing|al|ed|ic|an|th|first|second|third)$/.test(v.lower(k))))) {
    k--;
    steps++;
  }
  const p = v.lower(k);
  if (PREPOSITIONS.has(p) || (DETERMINERS.test(p) && PREPOSITIONS.has(v.lower(k - 1)))) return 'oblique';

  // "its London rival", "the German stock exchange", "Russian troops": the name describes a noun after it
  const nl = v.lower(n.tokB);
  // only a demonym's modifier is set apart: "its London rival" may be what the clause is about
  if (n.type === 'NORP' && v.isLowerWord(n.tokB) && !VERBISH.test(nl)) return 'modifier';
  return 'core';
}

/** "X said ...": the name is the subject of a verb of saying (not "according to X" or "told X"). */
export function isSpeakerSubject(v: TextView, n: NameSpan): boolean {
  let b = n.tokB;
  if (v.word(b) === '(' && v.word(b + 2) === ')') b += 3;
  return /^(said|says|added|estimated|estimates|reported|warned|believes|thinks|expects|announced)$/.test(v.lower(b));
}
