// The quotes stage: direct quotations, quoted terms and reported speech, each with speaker,
// cue and channel. Uses the entity layers for speakers when they exist.
import type { Entity, Mention, Quote, Span } from '../brief/types.js';
import type { Doc } from '../core/doc.js';
import type { Stage } from '../core/stage.js';
import { cueWith, findChannel } from './channel.js';
import { directCandidates, type DirectCandidate } from './direct.js';
import { PersonMemory, type Resolved } from './persons.js';
import { findReported, type Reported } from './reported.js';
import { findSightings } from './sightings.js';
import { ORGANISATION, type SpeakerPhrase } from './speaker-phrase.js';

const ORGANISATION_ANY_CASE = new RegExp(ORGANISATION.source, 'i');

type Item = { at: number; kind: 'direct'; group: DirectCandidate[] } | { at: number; kind: 'reported'; r: Reported };

/** Every quotation, quoted term and reported statement of a text, in text order. */
export function quotesOf(
  text: string,
  blocks: readonly Span[],
  sentences: readonly Span[],
  mentions?: Mention[],
  entities?: Entity[],
): Quote[] {
  const cands = directCandidates(text, blocks);
  const spoken = cands.filter((c) => !c.scare);
  const inside = (offset: number) => spoken.some((c) => offset >= c.piece.start && offset < c.piece.end);

  const items: Item[] = [];
  const groups = new Map<number, DirectCandidate[]>();
  for (const c of spoken) {
    const g = groups.get(c.group);
    if (g) g.push(c);
    else groups.set(c.group, [c]);
  }
  for (const g of groups.values()) items.push({ at: g[0].piece.start, kind: 'direct', group: g });
  for (const s of sentences) {
    const r = findReported(text, s, inside);
    if (!r) continue;
    // A reported clause that carries a real quotation is that quotation's attribution.
    if (spoken.some((c) => c.piece.start >= r.content.start && c.piece.start < r.content.end)) continue;
    // `"…," she told BBC Radio Four's PM programme`: the cue of the quotation before it.
    if (spoken.some((c) => c.piece.end <= r.start && /^[ \t]*[,–—-]?[ \t]*$/.test(text.slice(c.piece.end, r.start)) && /[,?!–—-]\s*$/.test(text.slice(c.piece.contentStart, c.piece.contentEnd)))) continue;
    items.push({ at: r.start, kind: 'reported', r });
  }
  items.sort((a, b) => a.at - b.at);

  const memory = new PersonMemory(mentions, entities);
  // the persons seen are fed up to each speaker phrase in turn: none after the last is read
  let lastPhrase = -1;
  for (const item of items) {
    const at = item.kind === 'reported' ? item.r.phrase.start : item.group.find((c) => c.attribution)?.attribution?.phrase.start ?? -1;
    lastPhrase = Math.max(lastPhrase, at);
  }
  const sightings = findSightings(text, mentions, entities, lastPhrase);
  let seen = 0;
  const feed = (upTo: number) => {
    while (seen < sightings.length && sightings[seen].offset < upTo) {
      const s = sightings[seen++];
      memory.see(s.name, s.roles, s.entity);
    }
  };

  const out: Quote[] = [];
  let last: { who: Resolved; end: number; block: number } | null = null;
  const blockOf = (offset: number) => {
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  // A pronoun refers to the last speaker when one spoke in this or the previous paragraph,
  // else to the last person seen.
  const resolveNear = (phrase: SpeakerPhrase, at: number): Resolved => {
    const groupPronoun = /^(?:it|they)$/i.test(phrase.text);
    // "it"/"they" refer back only to a body or group ("the committee", "the Tories"), not a person.
    const groupSpeaker = last !== null && (ORGANISATION_ANY_CASE.test(last.who.speaker) || /^\p{Ll}/u.test(last.who.speaker) || /s$/.test(last.who.speaker));
    if (phrase.kind === 'pronoun' && /^(?:he|she|it|they)$/i.test(phrase.text) && (!groupPronoun || groupSpeaker) && last && blockOf(at) - last.block <= 1 && !/^(?:he|she|it|they|i|we)$/i.test(last.who.speaker) && !(mentions && mentions.length && /^(?:he|she)$/i.test(phrase.text))) {
      return last.who;
    }
    return memory.resolve(phrase, text);
  };

  for (const item of items) {
    if (item.kind === 'reported') {
      const r = item.r;
      feed(r.phrase.start);
      const who = resolveNear(r.phrase, r.start);
      const via = channelFor(text, blocks[blockOf(r.start)], r.sentence.start, r.content);
      out.push({
        start: r.start,
        end: r.end,
        kind: 'indirect',
        speaker: who.speaker,
        speakerEntity: who.speakerEntity,
        cue: r.cue === 'according to' ? r.cue : cueWith(text, r.cueStart, r.cueEnd, r.end),
        via,
        content: r.content,
      });
      last = { who, end: r.end, block: blockOf(r.end) };
      continue;
    }
    const group = item.group;
    const attributed = group.find((c) => c.attribution);
    let who: Resolved | null = null;
    let cue: string | null = null;
    let via: string | null = null;
    if (attributed?.attribution) {
      const a = attributed.attribution;
      feed(a.phrase.start);
      who = resolveNear(a.phrase, group[0].piece.start);
      cue = text.slice(a.cueStart, a.cueEnd) === ':' ? null : cueWith(text, a.cueStart, a.cueEnd, a.clause.end);
      via = findChannel(text, a.clause.start, a.clause.end);
    } else if (last && blockOf(group[0].piece.start) - last.block <= 1 && group[0].piece.start - last.end < 800) {
      // A quotation paragraph that continues the last speaker's words.
      who = last.who;
    }
    for (const c of group) {
      out.push({
        start: c.piece.start,
        end: c.piece.end,
        kind: 'direct',
        speaker: who?.speaker ?? null,
        speakerEntity: who?.speakerEntity ?? null,
        cue,
        via,
        content: { start: c.piece.contentStart, end: c.piece.contentEnd },
      });
    }
    if (who) last = { who, end: group[group.length - 1].piece.end, block: blockOf(group[group.length - 1].piece.end) };
  }
  for (const c of cands) {
    if (!c.scare) continue;
    out.push({ start: c.piece.start, end: c.piece.end, kind: 'scare', speaker: null, cue: null, via: null, content: { start: c.piece.contentStart, end: c.piece.contentEnd } });
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/** The channel named in the reporting clause, else earlier in the same paragraph. */
function channelFor(text: string, block: Span, start: number, content: Span): string | null {
  const own = content.start > start ? findChannel(text, start, content.start) : findChannel(text, content.end, Math.min(block.end, content.end + 200));
  if (own) return own;
  // Earlier in the paragraph only a medium counts ("In the video, ..."), not another "told X".
  return block.start < start ? findChannel(text, block.start, start, true) : null;
}

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['tokens', 'sentences'],
  assigns: ['quotes'],
  run(doc: Doc) {
    doc.set('quotes', quotesOf(doc.text, doc.blocks, doc.get('sentences'), doc.maybe('mentions'), doc.maybe('entities')));
  },
};
