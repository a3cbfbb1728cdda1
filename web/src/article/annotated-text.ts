// The article's clean text, block by block, with its annotations as nested-free segments:
// the text is cut at every span boundary and each piece carries the classes of every span
// covering it, so overlapping spans (a name inside a quotation) both show.
import type { Block, Brief } from '../../../src/server/api-types.js';
import { h } from '../dom.js';
import type { Ann } from './annotations.js';

const BLOCK_TAG: Record<string, keyof HTMLElementTagNameMap> = {
  title: 'h2',
  subtitle: 'p',
  heading: 'h3',
  paragraph: 'p',
  'list-item': 'p',
  quote: 'blockquote',
  caption: 'p',
  'table-row': 'p',
  footnote: 'p',
  preformatted: 'pre',
};

function blocksOf(b: Brief): Block[] {
  if (b.blocks.length) return b.blocks;
  // No blocks: paragraphs are separated by blank lines.
  const out: Block[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(b.text); m; m = re.exec(b.text)) out.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length });
  return out;
}

export interface RenderedText {
  root: HTMLElement;
  /** The segments of an annotation, in text order. */
  segmentsOf(key: string): HTMLElement[];
  /** The segments overlapping a character range. */
  segmentsIn(start: number, end: number): HTMLElement[];
}

export function renderAnnotatedText(brief: Brief, anns: Ann[], describe: (a: Ann) => string): RenderedText {
  const root = h('div', { class: 'article-text', lang: brief.meta.lang ?? 'en' });
  const byKey = new Map<string, HTMLElement[]>();
  const all: { el: HTMLElement; start: number; end: number }[] = [];
  const sorted = [...anns].sort((a, b) => a.start - b.start || b.end - a.end);
  let cursor = 0; // first annotation that may still be open
  for (const block of blocksOf(brief)) {
    const el = h(BLOCK_TAG[block.kind] ?? 'p', { class: `blk blk-${block.kind}` });
    while (cursor < sorted.length && sorted[cursor].end <= block.start) cursor++;
    const inBlock: Ann[] = [];
    for (let i = cursor; i < sorted.length && sorted[i].start < block.end; i++) if (sorted[i].end > block.start) inBlock.push(sorted[i]);
    const cuts = new Set<number>([block.start, block.end]);
    for (const a of inBlock) {
      cuts.add(Math.max(a.start, block.start));
      cuts.add(Math.min(a.end, block.end));
    }
    const points = [...cuts].sort((x, y) => x - y);
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i], e = points[i + 1];
      const text = brief.text.slice(s, e);
      const active = inBlock.filter((a) => a.start <= s && e <= a.end);
      if (!active.length) {
        el.appendChild(document.createTextNode(text));
        continue;
      }
      const seg = h('span', { class: 'ann ' + active.map((a) => a.cls).join(' '), 'data-anns': active.map((a) => a.key).join(' '), 'data-start': s, 'data-end': e }, text);
      // Each annotation is one keyboard stop, at its first piece.
      const starting = active.filter((a) => a.start === s || (s === block.start && a.start < s));
      if (starting.length) {
        seg.tabIndex = 0;
        seg.setAttribute('role', 'button');
        seg.setAttribute('aria-label', `${text}: ${starting.map(describe).join('; ')}`);
      }
      for (const a of active) {
        const list = byKey.get(a.key) ?? [];
        list.push(seg);
        byKey.set(a.key, list);
      }
      el.appendChild(seg);
      all.push({ el: seg, start: s, end: e });
    }
    root.appendChild(el);
  }
  return {
    root,
    segmentsOf: (key) => byKey.get(key) ?? [],
    segmentsIn: (start, end) => all.filter((x) => x.start < end && start < x.end).map((x) => x.el),
  };
}
