// Relations between the figures of one article: parts of a total, a subset of a total, shares
// of one group, the same quantity stated twice, and a change between two values. They are
// found from cue words and from units that agree; the checks read them from here.
import type { Figure } from '../brief/types.js';
import { PERSON_NOUNS } from './lexicon.js';
import { headKey } from './measure.js';
import type { RawFigure } from './scan.js';
import type { TextView } from './text-view.js';
import { WordSieve } from './word-sieve.js';

/** A figure with what the stage knows about it while relating it. */
export interface FigInfo {
  fig: Figure;
  raw: RawFigure;
  /** The figure's own noun ("members"), when it has one. */
  noun: string | null;
  head: string;
  block: number;
  /** The measure was read after the figure (not inferred from the subject of its verb). */
  measureAfter: boolean;
  /** The token after the figure's own noun phrase (or after the figure). */
  measureEnd: number;
  /** The measure came through "of": "26% of respondents". */
  viaOf: boolean;
}

export interface PartGroup {
  total: string;
  parts: string[];
  /** The cue says the parts are the whole of the total ("the remaining", "split between"). */
  complete: boolean;
  cue: string;
}
export interface SubsetRel {
  total: string;
  part: string;
  /** A percentage stated with the pair ("12 of 40 (30%)"). */
  stated?: string;
  derived?: string;
}
export interface ShareGroup {
  members: string[];
  base: string;
  remainder?: string;
}
export interface ChangeRel {
  from: string;
  to: string;
  by?: string;
  direction: 'up' | 'down' | null;
  factor?: number;
  verb: string;
}
export interface FigureRelations {
  parts: PartGroup[];
  subsets: SubsetRel[];
  shares: ShareGroup[];
  changes: ChangeRel[];
  same: [string, string][];
}

export const RELATIONS_KEY = 'figures.relations';

const PART_CUES: [string, boolean][] = [
  ['of which', false], ['of whom', false], ['including', false], ['includes', false], ['included', false],
  ['among them', false], ['among whom', false], ['such as', false],
  ['comprising', true], ['comprises', true], ['comprised of', true], ['consisting of', true], ['consists of', true],
  ['consist of', true], ['made up of', true], ['split between', true], ['split into', true], ['divided between', true],
  ['divided into', true], ['broken down into', true], ['split among', true], ['shared between', true],
];
/** The cues by their first word (in PART_CUES order), so most tokens are passed over with one lookup. */
const CUES_BY_FIRST_WORD = new Map<string, [string, boolean][]>();
for (const cue of PART_CUES) {
  const first = cue[0].split(' ')[0];
  CUES_BY_FIRST_WORD.set(first, [...(CUES_BY_FIRST_WORD.get(first) ?? []), cue]);
}
const REMAINDER_CUES = ['remaining', 'the rest', 'the remainder', 'the others', 'the other', 'while the rest', 'rest'];
const SUBSET_BEFORE = new Set(['only', 'just', 'merely', 'barely', 'solely']);

const UP = new Set(['rose', 'rise', 'rises', 'risen', 'rising', 'increased', 'increase', 'increases', 'increasing', 'grew', 'grow', 'grows', 'grown', 'growing', 'climbed', 'climb', 'climbs', 'jumped', 'jump', 'jumps', 'soared', 'soar', 'surged', 'surge', 'gained', 'up', 'higher', 'expanded', 'boosted', 'raised', 'doubled', 'tripled', 'trebled', 'quadrupled', 'doubling', 'widened', 'swelled', 'leapt', 'leaped', 'rocketed', 'edged', 'deepened', 'raising', 'lifted']);
const DOWN = new Set(['fell', 'fall', 'falls', 'fallen', 'falling', 'dropped', 'drop', 'drops', 'declined', 'decline', 'declines', 'decreased', 'decrease', 'slipped', 'slumped', 'plunged', 'plummeted', 'tumbled', 'shrank', 'shrunk', 'down', 'lower', 'cut', 'reduced', 'halved', 'eased', 'sank', 'dipped', 'narrowed', 'slid', 'contracted', 'lost', 'cutting', 'lowered', 'slowed', 'shed', 'reducing']);
/** Asked of every word of a sentence with two figures or more: most are ruled out unhashed. */
const CHANGE_SIEVE = new WordSieve([...UP, ...DOWN]);
const FACTORS: Record<string, number> = { doubled: 2, doubling: 2, tripled: 3, trebled: 3, quadrupled: 4, halved: 0.5 };
const POLL_RE = /\b(poll|polls|survey|surveyed|respondents|polled|questioned|asked|ballot|opinion)\b/i;

/** Whether two figures can be added or compared: same kind, same currency, compatible nouns. */
export function compatible(a: FigInfo, b: FigInfo): boolean {
  const fa = a.fig;
  const fb = b.fig;
  if (a.raw.kind !== b.raw.kind) return false;
  if (a.raw.kind === 'money' || a.raw.kind === 'measure' || a.raw.kind === 'percent') return fa.unit === fb.unit;
  if (!a.noun || !b.noun) return true;
  if (headKey(a.noun) === headKey(b.noun)) return true;
  if (PERSON_NOUNS.has(a.noun) && PERSON_NOUNS.has(b.noun)) return true;
  return /^(units?|ones|items)$/.test(b.noun) || /^(units?|ones|items)$/.test(a.noun);
}

/** Parts named after a breakdown cue need only be the same kind of figure as their total. */
function sameKind(a: FigInfo, b: FigInfo): boolean {
  return a.raw.kind === b.raw.kind && (a.raw.kind === 'count' || a.fig.unit === b.fig.unit);
}

/** Cue phrases split into words once: phraseAt runs for every token after every figure. */
const CUE_WORDS = new Map<string, string[]>();

function phraseAt(v: TextView, i: number, cue: string): boolean {
  let parts = CUE_WORDS.get(cue);
  if (!parts) CUE_WORDS.set(cue, (parts = cue.split(' ')));
  for (let k = 0; k < parts.length; k++) if (v.lower(i + k) !== parts[k]) return false;
  return true;
}

export function relate(v: TextView, infos: FigInfo[], blockText: (b: number) => string): FigureRelations {
  const rel: FigureRelations = { parts: [], subsets: [], shares: [], changes: [], same: [] };
  const used = new Set<string>();
  const bySentence = new Map<number, FigInfo[]>();
  for (const f of infos) {
    const list = bySentence.get(f.raw.sentence) ?? [];
    list.push(f);
    bySentence.set(f.raw.sentence, list);
  }
  const scalar = (f: FigInfo) => f.fig.value !== null && !f.fig.derived;
  const byId = new Map(infos.map((f) => [f.fig.id, f] as const));

  // Changes first: "rose from 3% to 5%", "rose 10% to £5bn from £4.5bn", "5%, up from 3%".
  for (const [, list] of bySentence) {
    if (list.length < 2) continue;
    const [sa, sb] = v.sentenceTokens(list[0].raw.sentence);
    let verbs = 0;
    let ptr = 0;
    for (let i = sa; i < sb && verbs < 200; i++) {
      const l = v.lower(i);
      if (!CHANGE_SIEVE.mayHold(l) || (!UP.has(l) && !DOWN.has(l))) continue;
      verbs++;
      while (ptr < list.length && list[ptr].raw.tokLast < i - 4) ptr++;
      if ((l === 'up' || l === 'down') && v.lower(i + 1) !== 'from' && v.lower(i - 1) !== 'went') continue;
      let from: FigInfo | undefined;
      let to: FigInfo | undefined;
      let by: FigInfo | undefined;
      // the window ends at the next change verb: "grew 15.7%, down from 23%, and inflation slowed to 4.3%"
      let stop = Math.min(sb, i + 25);
      for (let k = i + 1; k < stop; k++) {
        const lk = v.lower(k);
        if (CHANGE_SIEVE.mayHold(lk) && (UP.has(lk) || DOWN.has(lk)) && !((lk === 'up' || lk === 'down') && v.lower(k + 1) !== 'from')) {
          stop = k;
          break;
        }
      }
      const upDownFrom = l === 'up' || l === 'down';
      for (let q = ptr; q < list.length && list[q].raw.tokFirst < stop; q++) {
        const f = list[q];
        if (f.raw.tokFirst <= i) continue;
        const p = v.lower(f.raw.tokFirst - 1);
        const p2 = v.lower(f.raw.tokFirst - 2);
        if ((p === 'from' || (f.fig.approx && p2 === 'from')) && !from) from = f;
        else if (!upDownFrom && (p === 'to' || (f.fig.approx && p2 === 'to')) && !to) to = f;
        else if (!upDownFrom && (p === 'by' || f.raw.tokFirst === i + 1) && !by && !to && !from) by = f;
      }
      // "5%, up from 3%": the figure before "up" is the new value
      if (upDownFrom) {
        to = list.slice(ptr, ptr + 8).filter((f) => f.raw.tokLast <= i && i - f.raw.tokLast <= 3).pop();
      }
      if (from && to && from !== to && scalar(from) && scalar(to) && compatible(from, to)) {
        const ch: ChangeRel = { from: from.fig.id, to: to.fig.id, direction: UP.has(l) ? 'up' : 'down', verb: l };
        if (FACTORS[l]) ch.factor = FACTORS[l];
        if (by && scalar(by) && by !== from && by !== to) ch.by = by.fig.id;
        rel.changes.push(ch);
        used.add(from.fig.id);
        used.add(to.fig.id);
        if (ch.by) used.add(ch.by);
        break;
      }
    }
  }

  // Parts of a total.
  for (let t = 0; t < infos.length; t++) {
    const T = infos[t];
    if (used.has(T.fig.id) || !scalar(T)) continue;
    const [, sb] = v.sentenceTokens(T.raw.sentence);
    let cueAt = -1;
    let cue = '';
    let complete = false;
    const next = infos[t + 1];
    // the cue follows the total's own noun phrase closely: "263,000 members, of which ..."
    const limit = Math.min(sb, next && next.raw.sentence === T.raw.sentence ? next.raw.tokFirst : sb, T.measureEnd + 4);
    for (let i = T.raw.tokLast; i < limit && cueAt < 0; i++) {
      const cues = CUES_BY_FIRST_WORD.get(v.lower(i));
      if (cues) for (const [c, comp] of cues) if (phraseAt(v, i, c)) {
        cueAt = i;
        cue = c;
        complete = comp;
        break;
      }
    }
    if (cueAt < 0) continue;
    const parts: FigInfo[] = [];
    for (let k = t + 1; k < infos.length; k++) {
      const P = infos[k];
      if (P.raw.sentence !== T.raw.sentence || P.raw.tokFirst < cueAt || parts.length >= 20) break;
      if (!scalar(P) || used.has(P.fig.id) || !sameKind(T, P)) continue;
      parts.push(P);
    }
    // "The remaining part consists of 145,000 reserve personnel and 55,000 paramilitary units."
    let k = t + 1 + parts.length;
    while (k < infos.length && infos[k].block === T.block && infos[k].raw.sentence === T.raw.sentence) k++;
    if (parts.length && k < infos.length && infos[k].block === T.block && infos[k].raw.sentence === T.raw.sentence + 1) {
      const s = infos[k].raw.sentence;
      const [na] = v.sentenceTokens(s);
      const lead = v.phrase(na, infos[k].raw.tokFirst);
      if (REMAINDER_CUES.some((c) => new RegExp(`\\b${c}\\b`).test(lead))) {
        complete = true;
        cue = `${cue} + ${REMAINDER_CUES.find((c) => new RegExp(`\\b${c}\\b`).test(lead))}`;
        while (k < infos.length && infos[k].raw.sentence === s) {
          if (scalar(infos[k]) && sameKind(T, infos[k])) parts.push(infos[k]);
          k++;
        }
      }
    }
    if (!parts.length) continue;
    if (!complete && parts.length === 1) {
      // "263,000, of which 63,000 are active": a subset, not a breakdown
      rel.subsets.push({ total: T.fig.id, part: parts[0].fig.id });
    } else {
      rel.parts.push({ total: T.fig.id, parts: parts.map((p) => p.fig.id), complete, cue });
    }
    used.add(T.fig.id);
    for (const p of parts) used.add(p.fig.id);
  }

  const subsetTotals = new Set<string>();
  // Subsets: "a total of 183 aircraft ... only 101 are ready", "12 of 40", "12 out of 40".
  for (let s = 0; s < infos.length; s++) {
    const S = infos[s];
    if (used.has(S.fig.id) || !scalar(S) || S.raw.kind === 'percent') continue;
    // "12 of 40", "12 out of the 40"
    let j = S.raw.tokLast;
    if (v.lower(j) === 'out' && v.lower(j + 1) === 'of') j += 2;
    else if (v.lower(j) === 'of') j += 1;
    if (j > S.raw.tokLast && v.lower(j) === 'the') j++;
    const T2 = j > S.raw.tokLast ? infos.slice(s + 1, s + 3).find((f) => f.raw.tokFirst === j) : undefined;
    if (T2 && scalar(T2) && T2.raw.kind === S.raw.kind && !used.has(T2.fig.id)) {
      rel.subsets.push({ total: T2.fig.id, part: S.fig.id });
      used.add(S.fig.id);
      used.add(T2.fig.id);
      continue;
    }
    const before = v.lower(S.raw.tokFirst - 1);
    const afterW = v.lower(S.raw.tokLast);
    const elliptical = !S.noun && /^(are|were|is|was|remain|remained|have|had|can|could|of)$/.test(afterW);
    if (S.raw.kind !== 'count' || (S.fig.approx && S.fig.approx !== 'estimated')) continue;
    const cue = SUBSET_BEFORE.has(before) || SUBSET_BEFORE.has(v.lower(S.raw.tokFirst - 2)) || (afterW === 'of' && /^(them|these|those|which|whom)$/.test(v.lower(S.raw.tokLast + 1)));
    if (!cue) continue;
    for (let t = s - 1; t >= 0 && s - t <= 30; t--) {
      const T = infos[t];
      if (T.block !== S.block || S.raw.sentence - T.raw.sentence > 1) break;
      if (!scalar(T) || T.raw.kind !== 'count' || !compatible(T, S)) continue;
      if (!elliptical && S.noun && headKey(S.noun) !== headKey(T.noun) && !/^(units?|ones|items)$/.test(S.noun)) continue;
      if (!T.noun && !T.head) continue;
      if (used.has(T.fig.id) && !subsetTotals.has(T.fig.id)) continue;
      rel.subsets.push({ total: T.fig.id, part: S.fig.id });
      subsetTotals.add(T.fig.id);
      used.add(S.fig.id);
      used.add(T.fig.id);
      break;
    }
  }
  // A percentage stated with a subset pair in the same sentence: "12 of 40 (30%)".
  for (const sub of rel.subsets) {
    const P = byId.get(sub.part)!;
    const T = byId.get(sub.total)!;
    const last = P.raw.tokLast > T.raw.tokLast ? P : T;
    const li = infos.indexOf(last);
    const pct = infos.slice(li + 1, li + 4).find((f) => f.raw.kind === 'percent' && f.raw.sentence === last.raw.sentence && f.raw.tokFirst >= last.raw.tokLast && f.raw.tokFirst - last.raw.tokLast <= 4 && !used.has(f.fig.id));
    if (pct) {
      sub.stated = pct.fig.id;
      used.add(pct.fig.id);
    }
  }

  // Shares of one group: percentages of the same population in one paragraph of a poll.
  const groups = new Map<string, FigInfo[]>();
  const pollBlock = new Map<number, boolean>();
  const isPoll = (b: number) => {
    if (!pollBlock.has(b)) pollBlock.set(b, POLL_RE.test(blockText(b).slice(0, 20000)));
    return pollBlock.get(b)!;
  };
  for (const f of infos) {
    if (f.raw.kind !== 'percent' || used.has(f.fig.id) || f.fig.value === null || f.fig.derived || !f.viaOf) continue;
    if (!isPoll(f.block)) continue;
    const key = `${f.block}|${headKey(f.head)}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  for (const [key, list] of groups) {
    if (list.length < 2 || !list[0].head) continue;
    rel.shares.push({ members: list.map((f) => f.fig.id), base: key.split('|')[1] });
    for (const f of list) used.add(f.fig.id);
  }

  // The same quantity stated twice.
  for (let a = 0; a < infos.length; a++) {
    for (let b = a + 1; b < infos.length && b - a < 200; b++) {
      const A = infos[a];
      const B = infos[b];
      // (the value first: it rules out nearly every pair at once)
      if (A.fig.value !== B.fig.value || A.raw.sentence === B.raw.sentence || !scalar(A) || !scalar(B)) continue;
      if (A.fig.value === B.fig.value && A.fig.unit === B.fig.unit && A.head && headKey(A.head) === headKey(B.head)) {
        rel.same.push([A.fig.id, B.fig.id]);
      }
    }
  }
  return rel;
}
