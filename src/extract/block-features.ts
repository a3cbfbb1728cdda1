// Features of one candidate block for the learned block filter (block-model.ts): general signals
// of how article text differs from the furniture left inside an article's root — its length,
// links, punctuation and stop words, its place among the candidates, its neighbours, the class and
// tag names around it, the words of short lines and of the heading it sits under. Every feature is
// binary and hashed into a fixed number of weights, so the model file never grows with the data.
import type { Element } from 'domhandler';
import { fnv1aFrom, FNV_OFFSET } from '../core/hash.js';
import type { Weighed } from './html.js';

/** Number of hashed weights (a power of two). */
export const FEATURE_DIM = 1 << 15;

const WORD = /[\p{L}\p{N}]+/gu;
const SENTENCE_END = /[.!?…。！？]["”’)」»]?$/u;
const STOP = new Set(('the a an and or of to in on for with at by from as is are was were be been it its this that these ' +
  'those he she they we you i his her their our not but has have had will would can could which who what when ' +
  'der die das und ist nicht ein eine zu den mit von le la les et des un une est pas du el los las y en que por ' +
  'il lo di che per è het een van de en is op').split(' '));

/** Per-block statistics, computed once per block. */
interface Stats {
  len: number;
  words: string[];
  ld: number;
  sentence: boolean;
  punct: number;
  stop: number;
  caps: number;
  digits: number;
}

function stats(w: Weighed): Stats {
  const t = w.text;
  const words = t.toLowerCase().match(WORD) ?? [];
  let stop = 0;
  for (const x of words) if (STOP.has(x)) stop++;
  const caps = (t.match(/(?:^|\s)\p{Lu}/gu) ?? []).length;
  const punct = (t.match(/[,.;:!?]/g) ?? []).length;
  const digits = (t.match(/\d/g) ?? []).length;
  const n = Math.max(1, words.length);
  return { len: t.length, words, ld: w.ownLd, sentence: SENTENCE_END.test(t), punct: punct / n, stop: stop / n, caps: caps / n,
    digits: digits / Math.max(1, t.length) };
}

const log2b = (x: number) => (x <= 0 ? 0 : Math.min(14, Math.floor(Math.log2(x + 1))));
const frac = (x: number) => Math.min(5, Math.floor(x * 5));
const ldb = (x: number) => (x === 0 ? 0 : x < 0.1 ? 1 : x < 0.3 ? 2 : x < 0.5 ? 3 : 4);

/** Class/id words of an element: letters only (digits are mostly generated ids), a few per element. */
function nameWords(e: Element): string[] {
  const a = e.attribs;
  if (!a.class && !a.id) return [];
  const s = `${a.class ?? ''} ${a.id ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const out: string[] = [];
  for (const x of s.split(/[^a-z]+/)) {
    if (x.length >= 3 && x.length <= 20 && !out.includes(x)) out.push(x);
    if (out.length >= 8) break;
  }
  return out;
}

const NONE: ReadonlySet<string> = new Set();

const MASK = FEATURE_DIM - 1;

/**
 * Collects the weight indices of a block's features. A feature is written as a template
 * (f`k:${kind}`) and hashed as fnv1a of the text it spells, piece by piece, so that no string is
 * built per feature: the index is fnv1a(text) & MASK, as if the text had been built.
 */
class FeatureSink {
  idx: number[] = [];
  constructor(private readonly skip: ReadonlySet<string>) {}

  readonly f = (parts: TemplateStringsArray, ...vals: (string | number | boolean)[]): void => {
    if (this.skip.size) {
      let text = parts[0];
      for (let i = 0; i < vals.length; i++) text += String(vals[i]) + parts[i + 1];
      // A feature's group is its name up to the first colon ("klen:"); training may leave groups out.
      if (this.skip.has(text.slice(0, text.indexOf(':') + 1))) return;
    }
    let h = fnv1aFrom(FNV_OFFSET, parts[0]);
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i];
      h = fnv1aFrom(h, typeof v === 'string' ? v : String(v));
      h = fnv1aFrom(h, parts[i + 1]);
    }
    this.idx.push((h >>> 0) & MASK);
  };
}

/** Hashed features of every candidate block, as lists of weight indices (in the order of `ws`). */
export function blockFeatures(ws: Weighed[], skip: ReadonlySet<string> = NONE): Uint32Array[] {
  const st = ws.map(stats);
  const n = ws.length;
  let total = 0;
  for (const s of st) total += s.len;
  // The element a block shares with its siblings (a paragraph's parent; a loose run's own container)
  // and how much of the candidates' text that element holds: article text sits among more article text.
  const groupOf = (w: Weighed) => (w.raw.start === w.raw.el.startIndex ? (w.raw.el.parent as Element | null) : w.raw.el);
  const groupLen = new Map<Element | null, number>();
  st.forEach((s, i) => {
    const g = groupOf(ws[i]);
    groupLen.set(g, (groupLen.get(g) ?? 0) + s.len);
  });
  const out: Uint32Array[] = [];
  let heading: string[] = [];
  const sink = new FeatureSink(skip);
  const f = sink.f;
  for (let i = 0; i < n; i++) {
    const w = ws[i];
    const s = st[i];
    sink.idx = [];
    f`bias`;
    const k = w.raw.kind;
    const lb = log2b(s.len);
    f`k:${k}`;
    f`len:${lb}`;
    f`klen:${k}:${lb}`;
    f`ld:${ldb(s.ld)}`;
    f`sent:${s.sentence}`;
    f`ksent:${k}:${s.sentence}`;
    f`punct:${frac(s.punct)}`;
    f`stop:${frac(s.stop)}`;
    f`caps:${frac(s.caps)}`;
    f`dig:${frac(s.digits * 5)}`;
    f`wc:${log2b(s.words.length)}`;
    f`share:${log2b(Math.floor((1000 * s.len) / Math.max(1, total)))}`;
    const gs = Math.min(9, Math.floor((10 * (groupLen.get(groupOf(w)) ?? 0)) / Math.max(1, total)));
    f`grp:${gs}`;
    f`kgrp:${k}:${gs}`;
    f`lgrp:${lb}:${gs}`;
    // Place among the candidates: furniture gathers at the head and the foot.
    f`pos:${Math.floor((10 * i) / Math.max(1, n))}`;
    f`first:${Math.min(i, 5)}`;
    f`last:${Math.min(n - 1 - i, 5)}`;
    f`n:${log2b(n)}`;
    if (w.raw.furn) f`furn`;
    if (/[©|»›@]|https?:/.test(w.text)) for (const m of w.text.match(/[©|»›@]|https?:/g)!.slice(0, 3)) f`ch:${m}`;
    // Words: all of a short line, the first two and the last of any.
    const ws_ = s.words;
    if (ws_.length <= 8) for (const x of ws_) f`w:${x}`;
    if (ws_.length) {
      f`f1:${ws_[0]}`;
      f`l:${ws_[ws_.length - 1]}`;
    }
    if (ws_.length > 1) f`f2:${ws_[0]} ${ws_[1]}`;
    // The heading the block sits under ("Related posts", "About the author").
    for (const x of heading) f`h:${x}`;
    if (k === 'heading') heading = ws_.length <= 8 ? ws_.slice(0, 6) : [];
    // Neighbours.
    for (const [tag, j] of [['p', i - 1], ['n', i + 1]] as const) {
      if (j < 0 || j >= n) {
        f`${tag}:none`;
        continue;
      }
      const o = st[j];
      f`${tag}k:${ws[j].raw.kind}`;
      f`${tag}len:${log2b(o.len)}`;
      f`${tag}ld:${ldb(o.ld)}`;
      f`${tag}sent:${o.sentence}`;
      f`${tag}sib:${ws[j].raw.el.parent === w.raw.el.parent}`;
    }
    for (const [tag, j] of [['pp', i - 2], ['nn', i + 2]] as const) {
      f`${tag}len:${j < 0 || j >= n ? -1 : log2b(st[j].len)}`;
    }
    // Tag and class names around the block, nearest first.
    let e: Element | null = w.raw.el;
    let path = '';
    for (let lvl = 0; lvl < 4 && e && e.type === 'tag'; lvl++, e = e.parent as Element | null) {
      path += `<${e.name}`;
      f`t${lvl}:${e.name}`;
      for (const c of nameWords(e)) {
        f`c${lvl}:${c}`;
        f`c:${c}`;
      }
    }
    f`path:${path}`;
    out.push(Uint32Array.from(sink.idx));
  }
  return out;
}
