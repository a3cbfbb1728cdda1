// Stage "kb-mentions": a simple mention proposer for when no statistical tagger runs (tests,
// evaluation of resolution on its own). Proposes the longest knowledge-base name at each
// capitalised token, else a run of capitalised words, with a type from the knowledge base or the
// words of the name. Assigns mentions in the tagger's format (via "kb" or "caps").
import type { Mention } from '../../brief/types.js';
import type { Stage } from '../../core/stage.js';
import { TokenFlag, type TokenTable } from '../../core/tokens.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { kbFrom } from '../kb/load.js';
import { normKey } from '../kb/normalize.js';
import { tagTypeOf, type TagType } from './types.js';

/** Capitalised words that start sentences or name times, not things. */
const STOP = new Set(
  (
    'a an the this that these those there their they them then he she it its his her we our you your i me my ' +
    'in on at by for from of to with without into over under after before during since until about as and but or nor ' +
    'if when while where which who whom whose what why how yet so also however moreover nevertheless meanwhile ' +
    'despite although though because thus therefore instead indeed in fact first second third last next ' +
    'some any all many most more much few several each every both either neither no not one two three ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr sir ' +
    'among ultimately any is are was were be been has have had will would could should can may might must ' +
    'according other another such same like unlike only even still already just now today yesterday tomorrow ' +
    'here related posts close read more photo image video getty western eastern northern southern ' +
    'central global national international federal state'
  ).split(' '),
);
/** Words that may sit inside a name between capitalised words. */
const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'von', 'van', 'der', 'al', '&']);
/** Titles before a person's name, which a tagger leaves out of the name. */
const TITLES = new Set(['President', 'Prime', 'Minister', 'Mr', 'Mrs', 'Ms', 'Dr', 'General', 'Gen', 'Chancellor', 'Secretary', 'Senator', 'Governor', 'Mayor', 'Commander', 'Colonel', 'Major', 'Captain', 'King', 'Queen', 'Prince', 'Pope', 'Foreign', 'Defence', 'Defense', 'Deputy', 'Mr.', 'Mrs.', 'Dr.']);
const ORG_WORDS = /\b(?:Ministry|Department|Agency|Council|Committee|Commission|Party|Union|Institute|Center|Centre|Corps|Regiment|Brigade|Battalion|Army|Forces|Force|Directorate|Service|Office|Bank|Group|Company|Corporation|Inc|Ltd|University|College|School|Association|Federation|Organisation|Organization|House|Parliament|Assembly|Court|Police|Guard|Fund|Foundation|Network|News|Times|Post|Board|Authority|Command|District|Press|Club|League|Society|Trust|Government)\b/;

const MAX_NAME_TOKENS = 8;

function kbTag(kb: KnowledgeBase, key: string): TagType | null {
  const hits = kb.hitsForKey(key);
  if (hits.length === 0) return null;
  // An entry's own name outranks another's alias ("Europe" the continent, not the EU).
  const rank = (k: string): number => (k === 'name' ? 1 : 0);
  const best = [...hits].sort((a, b) => rank(b.kind) - rank(a.kind) || b.entry.prior - a.entry.prior)[0].entry;
  // An untyped popular item: a one-word one is most often a place, a two-word one a person.
  if (best.type === 'ANY') return key.includes(' ') ? (key.split(' ').length === 2 ? 'PER' : 'ORG') : 'LOC';
  return tagTypeOf(best.type);
}

function isCap(tokens: TokenTable, i: number): boolean {
  return tokens.has(i, TokenFlag.Capitalised) || tokens.has(i, TokenFlag.AllCaps);
}

function hasConnector(tokens: TokenTable, text: string, from: number, to: number): boolean {
  for (let j = from + 1; j <= to; j++) if (CONNECTORS.has(tokens.text(text, j))) return true;
  return false;
}

export function proposeMentions(text: string, tokens: TokenTable, kb: KnowledgeBase): Mention[] {
  const out: Mention[] = [];
  const n = tokens.length;
  const word = (i: number): string => tokens.text(text, i);
  let i = 0;
  while (i < n) {
    if (!isCap(tokens, i) || !tokens.has(i, TokenFlag.Word)) {
      i++;
      continue;
    }
    // "The" never opens a name: the name starts at the next word (normalised keys drop it anyway).
    if (word(i) === 'The') {
      i++;
      continue;
    }
    // The longest knowledge-base name starting here, ending on a capitalised word.
    let kbEnd = -1;
    for (let j = i; j < Math.min(n, i + MAX_NAME_TOKENS); j++) {
      if (j > i && tokens.has(j, TokenFlag.BlockStart)) break;
      if (!isCap(tokens, j) && !tokens.has(j, TokenFlag.Number)) continue;
      const key = normKey(text.slice(tokens.starts[i], tokens.ends[j]));
      if (kb.hasKey(key) && kbTag(kb, key) !== null) kbEnd = j;
    }
    // A run of capitalised words (with connectors inside).
    let end = i;
    for (let j = i + 1; j < Math.min(n, i + MAX_NAME_TOKENS); j++) {
      if (tokens.has(j, TokenFlag.BlockStart) || tokens.has(j, TokenFlag.SentenceStart)) break;
      const w = word(j);
      if (isCap(tokens, j) && tokens.has(j, TokenFlag.Word)) end = j;
      else if (CONNECTORS.has(w) && j + 1 < n && isCap(tokens, j + 1)) continue;
      else break;
    }
    const first = word(i).toLowerCase();
    // A name the knowledge base knows wins over a longer run with connectors or a leading nationality.
    const nationality = kbEnd === i && kbTag(kb, normKey(word(i))) === 'MISC' && end > i;
    const last = nationality ? i : kbEnd >= 0 && (kbEnd >= end || hasConnector(tokens, text, kbEnd, end)) ? kbEnd : end;
    if (STOP.has(first) && (last === i || kbEnd < 0)) {
      i++;
      continue;
    }
    // A lone capitalised word opening a sentence is an ordinary word unless the knowledge base knows it.
    if (last === i && kbEnd < 0 && tokens.has(i, TokenFlag.SentenceStart)) {
      i++;
      continue;
    }
    // A title alone ("the Prime Minister is here") names no one.
    if (kbEnd < 0 && Array.from({ length: last - i + 1 }, (_, k) => word(i + k)).every((w) => TITLES.has(w))) {
      i = last + 1;
      continue;
    }
    // Titles before a person's name stay out of it ("President Alexander Lukashenko").
    if (kbEnd <= i && TITLES.has(word(i)) && last > i) {
      i++;
      continue;
    }
    const surface = text.slice(tokens.starts[i], tokens.ends[last]);
    const key = normKey(surface);
    let tag = kbTag(kb, key);
    if (!tag) {
      if (ORG_WORDS.test(surface)) tag = 'ORG';
      else if (last > i && last - i <= 2 && !tokens.has(i, TokenFlag.AllCaps)) tag = 'PER';
      else if (/(?:ian|ese|ish)$/.test(surface)) tag = 'MISC';
      else if (tokens.has(i, TokenFlag.AllCaps)) tag = 'ORG';
      else tag = 'PER';
    }
    out.push({ start: tokens.starts[i], end: tokens.ends[last], type: tag, entity: null, via: kbEnd >= 0 ? 'kb' : 'caps' });
    i = last + 1;
  }
  return out;
}

export const kbMentionsStage: Stage = {
  name: 'kb-mentions',
  requires: ['tokens'],
  assigns: ['mentions'],
  run(doc, ctx) {
    doc.set('mentions', proposeMentions(doc.text, doc.get('tokens'), kbFrom(ctx.resources)));
  },
};
