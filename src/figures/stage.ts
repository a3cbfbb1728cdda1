// The "figures" stage: every quantity in the text bound to what it measures, of whom, when and
// according to whom, with the relations between them (kept in doc.extras for the checks).
import type { Figure, Span } from '../brief/types.js';
import type { Doc } from '../core/doc.js';
import type { Stage } from '../core/stage.js';
import { countUnit, findMeasure } from './measure.js';
import { PERSON_NOUNS } from './lexicon.js';
import { isSourceName } from './name-role.js';
import { findNames, firstNameAtOrAfter, leadEnd, topicName, type NameSpan } from './names.js';
import { relate, RELATIONS_KEY, type FigInfo, type FigureRelations } from './relations.js';
import { scanSentence, type RawFigure } from './scan.js';
import { quoteSource, sourceIn } from './source.js';
import { findSubject } from './subject.js';
import { TextView } from './text-view.js';
import { timeOf } from './time-of.js';

/** Upper bound on figures per document, so hostile input cannot blow up the relation pass. */
const MAX_FIGURES = 2000;
/** Text searched for a source around a figure, so a sentence without full stops stays cheap. */
const SOURCE_WINDOW = 600;
/** Mentions the headline topic needs before it stands in for a figure with no subject of its own. */
const MIN_TOPIC = 3;

export function extractFigures(doc: Doc): { figures: Figure[]; relations: FigureRelations } {
  const text = doc.text;
  const sentences = doc.get('sentences');
  const v = new TextView(text, doc.get('tokens'), sentences, doc.blocks);
  const skip: Span[] = [];
  for (const b of doc.blocks) for (const m of b.markers ?? []) skip.push(m);
  const times = doc.maybe('times');
  for (const t of times ?? []) if (t.type === 'DATE' || t.type === 'TIME' || t.type === 'DURATION' || t.type === 'SET') skip.push(t);
  const names = findNames(v, doc.maybe('mentions'), doc.maybe('entities'));
  const topic = topicName(names, leadEnd(v));
  // the topic as a last resort only when the headline names it and the text returns to it: a
  // weaker topic guessed wrong more often than right on the gold set
  const strongTopic = topic && (names.some((n) => n.name === topic && v.sentOf[n.tokA] === 0)) && names.filter((n) => n.name === topic).length >= MIN_TOPIC ? topic : null;
  const quotes = doc.maybe('quotes');
  const subjectCtx = { v, names, topic };

  const raws: RawFigure[] = [];
  for (let s = 0; s < sentences.length && raws.length < MAX_FIGURES; s++) {
    const [a, b] = v.sentenceTokens(s);
    const block = v.blockAt(sentences[s].start);
    if (block?.kind === 'footnote' && /^\s*[([]?\d{1,2}[)\].]/.test(text.slice(block.start, block.start + 5)) && a < b) {
      // a footnote's own number opens it: scan the rest
      for (const r of scanSentence(v, a, b, s, skip)) if (r.start > block.start + 4) raws.push(r);
      continue;
    }
    for (const r of scanSentence(v, a, b, s, skip)) raws.push(r);
  }

  if (raws.length > MAX_FIGURES) raws.length = MAX_FIGURES;
  const infos: FigInfo[] = [];
  const blockIndex = (off: number) => {
    const b = v.blockAt(off);
    return b ? doc.blocks.indexOf(b) : -1;
  };
  const paragraphSource = new Map<number, string | null>();
  let prevSubject: { sentence: number; subject: string | null } = { sentence: -1, subject: null };
  raws.forEach((r, idx) => {
    const sent = sentences[r.sentence];
    const [sa, sb] = v.sentenceTokens(r.sentence);
    const m = findMeasure(v, r, sa, sb);
    const block = blockIndex(r.start);
    const found = findSubject(subjectCtx, r.tokFirst, r.tokLast, m.tokA, m.tokB, sa, sb, m.head);
    let subject = found?.name ?? null;
    // a figure whose clause names no entity: the one before it in its sentence, else the article's
    // strong topic (carrying a subject across sentences guessed wrong more often than right)
    if (!subject && prevSubject.sentence === r.sentence) subject = prevSubject.subject;
    // people counted with no place of their own are the people the paragraph spoke of last
    // ("The people of Belarus would not accept ... 26% of respondents said ...")
    if (!subject && PERSON_NOUNS.has(m.head) && block >= 0) subject = paragraphSubject(v, names, doc.blocks[block].start, r.tokFirst);
    if (!subject && strongTopic) subject = strongTopic;
    // a place read off a list ("9.7% in France") says nothing of the figures after it
    prevSubject = { sentence: r.sentence, subject: found?.how === 'list' ? null : subject };
    let source = quoteSource(quotes, r.start, r.end) ?? sourceIn(text.slice(Math.max(sent.start, r.start - SOURCE_WINDOW), Math.min(sent.end, r.end + SOURCE_WINDOW)));
    if (!source && block >= 0) {
      const bl = doc.blocks[block];
      if (!paragraphSource.has(block)) paragraphSource.set(block, sourceIn(text.slice(bl.start, Math.min(bl.end, bl.start + 20 * SOURCE_WINDOW))));
      source = paragraphSource.get(block) ?? null;
    }
    let unit = r.unit;
    if (!unit && r.kind === 'count') unit = countUnit(m.noun);
    const fig: Figure = { id: `f${idx + 1}`, start: r.start, end: r.end, value: r.value, measure: m.measure };
    if (r.low !== undefined) {
      fig.low = r.low;
      fig.high = r.high;
    }
    if (unit) fig.unit = unit;
    if (r.approx) fig.approx = r.approx;
    else if (estimatedBefore(v, r.tokFirst, sa)) fig.approx = 'estimated';
    fig.subject = subject;
    fig.qualifier = m.qualifier;
    fig.time = timeOf(text, { start: Math.max(sent.start, r.start - SOURCE_WINDOW), end: Math.min(sent.end, r.end + SOURCE_WINDOW) }, r.start, times);
    fig.source = source;
    infos.push({ fig, raw: r, noun: m.noun, head: m.head, block, measureAfter: m.after && m.measure !== '', viaOf: m.viaOf === true, measureEnd: m.after ? Math.max(m.tokB, r.tokLast) : r.tokLast });
  });

  // "$1.13bn (£600m)": a conversion in brackets measures what the figure before it measures
  for (let k = 1; k < infos.length; k++) {
    const A = infos[k - 1];
    const B = infos[k];
    if (B.raw.kind === 'money' && A.raw.kind === 'money' && v.word(B.raw.tokFirst - 1) === '(' && B.raw.tokFirst - 1 === A.raw.tokLast) {
      B.fig.measure = A.fig.measure;
      B.head = A.head;
      B.fig.subject = A.fig.subject;
      B.fig.qualifier = A.fig.qualifier;
    }
  }

  const relations = relate(v, infos, (b) => (b >= 0 ? text.slice(doc.blocks[b].start, doc.blocks[b].end) : ''));
  const byId = new Map(infos.map((f) => [f.fig.id, f] as const));
  const figures = infos.map((f) => f.fig);
  let next = figures.length + 1;
  // the figures of one change measure one thing: "profits jumped 76% to $1.13bn from $639m"
  for (const ch of relations.changes) {
    const group = [ch.by, ch.to, ch.from].filter((x): x is string => !!x).map((id) => byId.get(id)!);
    group.sort((a, b) => a.raw.tokFirst - b.raw.tokFirst);
    const best = group.find((g) => g.fig.measure && !g.measureAfter) ?? group.find((g) => g.fig.measure);
    if (!best) continue;
    for (const g of group) {
      if (g === best || (g.measureAfter && g.noun && g.raw.kind === 'count')) continue;
      g.fig.measure = best.fig.measure;
      g.head = best.head;
      if (!g.fig.subject) g.fig.subject = best.fig.subject;
    }
  }
  for (const g of relations.parts) {
    const T = byId.get(g.total)!.fig;
    T.parts = [...g.parts];
    for (const p of g.parts) {
      const P = byId.get(p)!;
      P.fig.partOf = T.id;
      inherit(P, byId.get(g.total)!, v);
    }
  }
  for (const s of relations.subsets) {
    const T = byId.get(s.total)!;
    const P = byId.get(s.part)!;
    P.fig.partOf = T.fig.id;
    inherit(P, T, v);
    if (T.fig.value && P.fig.value !== null) {
      const share = Math.round((P.fig.value / T.fig.value) * 1000) / 10;
      const d: Figure = {
        id: `f${next++}`, start: P.fig.start, end: P.fig.end, value: share, unit: 'percent', approx: 'about',
        measure: P.fig.measure === T.fig.measure ? `share of ${T.fig.measure}` : `share of ${T.fig.measure || 'the total'}: ${P.fig.measure || 'part'}`, subject: P.fig.subject ?? T.fig.subject ?? null,
        qualifier: null, time: P.fig.time ?? null, source: null, derived: true, partOf: T.fig.id,
      };
      s.derived = d.id;
      figures.push(d);
    }
  }
  for (const g of relations.shares) {
    // answers of one poll share its date and its source
    const first = byId.get(g.members[0])!.fig;
    for (const id of g.members) {
      const f = byId.get(id)!.fig;
      f.time = f.time ?? g.members.map((x) => byId.get(x)!.fig.time).find(Boolean) ?? null;
      f.source = f.source ?? first.source ?? null;
    }
    const members = g.members.map((id) => byId.get(id)!.fig);
    const sum = members.reduce((acc, f) => acc + (f.value ?? 0), 0);
    if (members.length >= 3 && sum < 99.5) {
      const d: Figure = {
        id: `f${next++}`, start: members[0].start, end: members[members.length - 1].end,
        value: Math.round((100 - sum) * 10) / 10, unit: 'percent', measure: `${members[0].measure || 'answers'}: not reported`,
        subject: members[0].subject ?? null, qualifier: null, time: members[0].time ?? null, source: null, derived: true,
      };
      g.remainder = d.id;
      figures.push(d);
    }
  }
  for (const f of infos) if (f.head) f.fig.head = f.head;
  return { figures, relations };
}

/** "it is estimated that only 101 ...": the figure is an estimate. */
function estimatedBefore(v: TextView, i: number, first: number): boolean {
  for (let k = i - 1; k >= Math.max(first, i - 6); k--) {
    const l = v.lower(k);
    if (l === 'estimated' || l === 'estimates' || l === 'estimate' || l === 'estimation') return true;
    if (l === ',' || l === ';' || l === 'and' || l === 'but') return false;
  }
  return false;
}

/** The first place named in the latest sentence of the paragraph, before token i, that names one. */
function paragraphSubject(v: TextView, names: NameSpan[], blockStart: number, i: number): string | null {
  // walk back from the figure (bounded), keeping the first place of the latest sentence that has one
  let k = firstNameAtOrAfter(names, i) - 1;
  let best: NameSpan | null = null;
  for (let steps = 0; k >= 0 && steps < 200; k--, steps++) {
    const n = names[k];
    if (n.start < blockStart) break;
    if (n.person || isSourceName(v, n) || !(n.type === 'GPE' || n.type === 'LOC')) continue;
    if (best && v.sentOf[n.tokA] !== v.sentOf[best.tokA]) break;
    best = n;
  }
  return best ? best.name : null;
}

/** A part or subset with no noun of its own counts what its total counts ("only 101 are ready"). */
function inherit(P: FigInfo, T: FigInfo, v: TextView): void {
  // a part of a total belongs to the total's entity
  if (T.fig.subject) P.fig.subject = T.fig.subject;
  if (!P.fig.unit && T.fig.unit) P.fig.unit = T.fig.unit;
  if (!P.noun || /^(units?|ones|items)$/.test(P.noun)) {
    // the predicate after an elliptical part: "101 are ready for use" -> "aircraft ready for use"
    const [, sb] = v.sentenceTokens(P.raw.sentence);
    let i = P.raw.tokLast;
    const words: string[] = [];
    if (/^(are|were|is|was|remain|remained)$/.test(v.lower(i))) {
      i++;
      while (i < sb && words.length < 4 && v.isWord(i) && !/^(and|but|or|while|which|that|because)$/.test(v.lower(i))) words.push(v.lower(i++));
    }
    const base = P.fig.qualifier && !words.length ? `${P.fig.qualifier} ${T.head}` : T.fig.measure || T.head;
    P.fig.measure = [base, ...words].filter(Boolean).join(' ');
    P.head = T.head;
    if (words.length) P.fig.qualifier = words.join(' ');
  }
}

export const figuresStage: Stage = {
  name: 'figures',
  requires: ['tokens', 'sentences'],
  assigns: ['figures'],
  run(doc) {
    const { figures, relations } = extractFigures(doc);
    doc.set('figures', figures);
    doc.extras.set(RELATIONS_KEY, relations);
  },
};
