// An article's brief, read: highlighted text, findings, figures, timeline and entities.
import type { Brief, DocumentRow } from '../../../src/server/api-types.js';
import { entityRef } from '../../../src/server/entity-ref.js';
import { h } from '../dom.js';
import { renderAnnotatedText } from './annotated-text.js';
import { annotationsOf, type Ann, type AnnKind } from './annotations.js';
import { card, describe, typeName } from './details.js';
import { figuresTable } from './figures-table.js';
import { findingsPanel } from './findings-panel.js';
import { Popover } from './popover.js';
import { timelinePanel } from './timeline-chart.js';

let popover: Popover | null = null;

const KINDS: { kind: AnnKind; label: string }[] = [
  { kind: 'entity', label: 'Names' },
  { kind: 'time', label: 'Dates' },
  { kind: 'figure', label: 'Figures' },
  { kind: 'quote', label: 'Quotations' },
  { kind: 'finding', label: 'Findings' },
];

export function articleView(brief: Brief, opts: { document?: DocumentRow; toolbar?: HTMLElement } = {}): HTMLElement {
  popover ??= new Popover();
  const pop = popover;
  const anns = annotationsOf(brief);
  const byKey = new Map(anns.map((a) => [a.key, a]));
  const text = renderAnnotatedText(brief, anns, (a) => describe(brief, a));

  function cardsFor(seg: HTMLElement): Node[] {
    const keys = (seg.dataset.anns ?? '').split(' ');
    const seen = new Set<string>();
    const out: Node[] = [];
    for (const k of keys) {
      const a = byKey.get(k);
      if (!a) continue;
      const id = a.kind === 'finding' ? `finding:${a.index}` : a.key;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(card(brief, a));
    }
    return out;
  }
  text.root.addEventListener('mouseover', (e) => {
    const seg = (e.target as Element).closest?.('.ann') as HTMLElement | null;
    if (seg) pop.show(seg, cardsFor(seg), false);
  });
  text.root.addEventListener('mouseout', (e) => {
    const to = e.relatedTarget as Element | null;
    if (!to || !to.closest?.('.ann, #popover')) pop.hide();
  });
  text.root.addEventListener('click', (e) => {
    const seg = (e.target as Element).closest?.('.ann') as HTMLElement | null;
    if (seg) pop.show(seg, cardsFor(seg), true);
  });
  text.root.addEventListener('focusin', (e) => {
    const seg = (e.target as Element).closest?.('.ann') as HTMLElement | null;
    if (seg) pop.show(seg, cardsFor(seg), false);
  });
  text.root.addEventListener('keydown', (e) => {
    const seg = (e.target as Element).closest?.('.ann') as HTMLElement | null;
    if (seg && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      pop.show(seg, cardsFor(seg), true);
    }
  });

  /** Marks the segments of a range, scrolls the first into view and gives it focus. */
  function flash(segs: HTMLElement[]): void {
    for (const el of text.root.querySelectorAll('.flash')) el.classList.remove('flash');
    if (!segs.length) return;
    for (const s of segs) s.classList.add('flash');
    segs[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (segs[0].tabIndex < 0) segs[0].tabIndex = -1;
    segs[0].focus({ preventScroll: true });
  }
  const jumpRange = (start: number, end: number) => flash(text.segmentsIn(start, end));

  const root = h('article', { class: 'article-view' });
  const m = brief.meta;
  const metaBits = [m.site, m.published ? `${m.published}${m.publishedEstimated ? ' (estimated)' : ''}` : 'no date', m.byline.length ? m.byline.join(', ') : null, m.source ?? opts.document?.source].filter(Boolean);
  root.appendChild(h('header', { class: 'article-head' },
    h('h1', {}, m.title ?? '(untitled)'),
    h('p', { class: 'meta' }, metaBits.join(' · '), m.url ? [' · ', h('a', { href: m.url, target: '_blank', rel: 'noopener noreferrer nofollow' }, 'original')] : null),
    opts.toolbar ?? null));

  const toggles = h('fieldset', { class: 'legend' }, h('legend', {}, 'Highlight'),
    KINDS.map(({ kind, label }) => {
      const n = kind === 'finding' ? brief.findings.length : anns.filter((a) => a.kind === kind).length;
      const box = h('input', { type: 'checkbox', checked: true, 'data-kind': kind, onchange: (e: Event) => text.root.classList.toggle(`hide-${kind}`, !(e.target as HTMLInputElement).checked) });
      return h('label', { class: `toggle k-${kind}` }, box, ` ${label} `, h('span', { class: 'n' }, String(n)));
    }));

  const findings = findingsPanel(brief, (f) => {
    const segs = f.spans.flatMap((s) => text.segmentsIn(s.start, s.end));
    flash(segs);
  });
  // On a narrow screen the panels follow the text: a shortcut to the findings.
  toggles.appendChild(h('button', { type: 'button', class: 'only-narrow', onclick: () => {
    findings.scrollIntoView({ block: 'start' });
    findings.querySelector<HTMLElement>('button, p')?.focus();
  } }, `Go to the findings (${brief.findings.length})`));
  const side = h('aside', { class: 'side' },
    findings,
    figuresTable(brief, (f) => jumpRange(f.start, f.end)),
    timelinePanel(brief, (t) => jumpRange(t.start, t.end)),
    entitiesPanel(brief));
  root.appendChild(h('div', { class: 'article-grid' }, h('div', { class: 'text-col' }, toggles, text.root), side));
  return root;
}

function entitiesPanel(b: Brief): HTMLElement {
  const top = [...b.entities].sort((x, y) => y.salience - x.salience || y.mentions - x.mentions).slice(0, 20);
  return h('section', { class: 'panel entities' }, h('h3', {}, `Names (${b.entities.length})`),
    top.length
      ? h('ul', { class: 'entity-list' }, top.map((e) => h('li', {},
          h('a', { href: `#/entity/${encodeURIComponent(entityRef(e))}`, class: `chip t-${e.type.replace(/[^A-Za-z_]/g, '').toUpperCase()}` }, e.name),
          ' ', h('span', { class: 'muted' }, `${typeName(e.type)}, ${e.mentions}×`))))
      : h('p', { class: 'empty' }, 'No names found.'));
}

export type { Ann };
