// An entity across the corpus: its articles over time (a chart), the names it appears with
// (a graph) and the figures stated about it, contradictions marked.
import type { EntityProfile } from '../../../src/server/api-types.js';
import { wikidataUrl } from '../../../src/server/entity-ref.js';
import { api } from '../api.js';
import { typeName } from '../article/details.js';
import { clear, errorBox, formatNumber, h } from '../dom.js';

export async function entityView(main: HTMLElement, key: string): Promise<void> {
  clear(main);
  main.append(h('p', { class: 'muted' }, 'Loading…'));
  let p: EntityProfile;
  try {
    p = await api.entity(key);
  } catch (e) {
    clear(main);
    main.append(h('h1', {}, key), errorBox(e));
    return;
  }
  clear(main);
  document.title = `${p.name} · dossier`;
  const kb = p.kb ? wikidataUrl(p.kb) : null;
  const chart = h('div', { class: 'chart', 'aria-hidden': 'true' });
  const graph = h('div', { class: 'graph', 'aria-hidden': 'true' });
  const contradicted = p.figures.filter((f) => f.contradicted).length;
  const titles = new Map(p.articles.map((a) => [a.id, a.title ?? `Article ${a.id}`]));
  main.append(
    h('div', { class: 'page-head' },
      h('h1', {}, p.name, ' ', h('span', { class: 'tag' }, typeName(p.type))),
      h('p', { class: 'meta' }, kb ? h('a', { href: kb, target: '_blank', rel: 'noopener noreferrer' }, `Wikidata ${p.kb}`) : 'not linked to the knowledge base',
        ` · ${p.articles.length} article${p.articles.length === 1 ? '' : 's'}`,
        ` · `, h('a', { href: `#/?entity=${encodeURIComponent(p.key)}` }, 'search its articles'))),
    h('div', { class: 'entity-grid' },
      h('section', { class: 'panel' }, h('h2', {}, 'Articles over time'), chart,
        h('table', { class: 'sr-table' }, h('caption', {}, 'Articles per month'),
          h('tbody', {}, p.perMonth.map((m) => h('tr', {}, h('th', { scope: 'row' }, m.month), h('td', {}, String(m.count))))))),
      h('section', { class: 'panel' }, h('h2', {}, 'Appears with'), graph,
        p.coOccurring.length
          ? h('ul', { class: 'entity-list inline' }, p.coOccurring.slice(0, 20).map((c) =>
              h('li', {}, h('a', { href: `#/entity/${encodeURIComponent(c.key)}`, class: `chip t-${c.type.replace(/[^A-Za-z_]/g, '').toUpperCase()}` }, c.name), h('span', { class: 'muted' }, ` ${c.count}`))))
          : h('p', { class: 'empty' }, 'No other names in its articles.'))),
    h('section', { class: 'panel' },
      h('h2', {}, `Figures stated about ${p.name}`, contradicted ? h('span', { class: 'sev sev-warning' }, ` ${contradicted} contradicted`) : null),
      p.figures.length
        ? h('div', { class: 'table-wrap' }, h('table', { class: 'entity-figures' },
            h('thead', {}, h('tr', {}, ['Value', 'Measure', 'Time', 'Sentence', 'Article'].map((c) => h('th', { scope: 'col' }, c)))),
            h('tbody', {}, p.figures.map((f) => h('tr', { class: f.contradicted ? 'contradicted' : '' },
              h('td', { class: 'num' }, f.contradicted ? h('span', { class: 'sev sev-warning', title: 'another article states a different value' }, '≠ ') : null, `${formatNumber(f.value)}${f.unit ? ' ' + f.unit : ''}`),
              h('td', {}, f.measure), h('td', {}, f.time ?? ''), h('td', { class: 'sentence' }, f.sentence),
              h('td', {}, h('a', { href: `#/doc/${f.docId}` }, titles.get(f.docId) ?? `#${f.docId}`)))))))
        : h('p', { class: 'empty' }, 'No figures are stated about it.')),
    h('section', { class: 'panel' }, h('h2', {}, 'Articles'),
      h('ol', { class: 'plain' }, p.articles.map((a) => h('li', {}, h('span', { class: 'muted' }, a.published ?? 'no date'), ' ', h('a', { href: `#/doc/${a.id}` }, a.title ?? `Article ${a.id}`))))));
  void drawMonths(chart, p).catch(() => chart.append(h('p', { class: 'muted' }, 'The chart could not be drawn.')));
  void drawGraph(graph, p).catch(() => graph.append(h('p', { class: 'muted' }, 'The graph could not be drawn.')));
}

async function drawMonths(el: HTMLElement, p: EntityProfile): Promise<void> {
  if (!p.perMonth.length) {
    el.append(h('p', { class: 'empty' }, 'Its articles carry no dates.'));
    return;
  }
  const Plot = await import('@observablehq/plot');
  const data = p.perMonth.map((m) => ({ date: new Date(m.month + '-01T00:00:00Z'), count: m.count }));
  const months = (data[data.length - 1].date.getTime() - data[0].date.getTime()) / (30 * 864e5);
  const most = Math.max(...data.map((d) => d.count));
  el.append(Plot.plot({
    width: Math.max(280, el.clientWidth || 500),
    height: 200,
    marginLeft: 36,
    marginRight: 30,
    x: { type: 'utc', label: null, ticks: months > 30 ? 'year' : months > 10 ? '3 months' : 'month', tickFormat: months > 30 ? '%Y' : '%b %Y' },
    y: { label: 'articles', grid: true, ticks: Math.min(most, 5), tickFormat: 'd' },
    marks: [Plot.rectY(data, { x: 'date', y: 'count', interval: 'month', inset: 2, fill: '#2563eb', title: (d: (typeof data)[number]) => `${d.date.toISOString().slice(0, 7)}: ${d.count}` }), Plot.ruleY([0])],
  }));
}

const TYPE_COLOURS: Record<string, string> = { PER: '#2563eb', PERSON: '#2563eb', ORG: '#7c3aed', LOC: '#15803d', GPE: '#15803d' };

async function drawGraph(el: HTMLElement, p: EntityProfile): Promise<void> {
  if (!p.coOccurring.length) return;
  const { default: cytoscape } = await import('cytoscape');
  const top = p.coOccurring.slice(0, 25);
  const max = Math.max(...top.map((c) => c.count));
  const cy = cytoscape({
    container: el,
    elements: [
      { data: { id: '__self', label: p.name, colour: '#111827', size: 34 } },
      ...top.map((c) => ({ data: { id: 'n:' + c.key, key: c.key, label: c.name, colour: TYPE_COLOURS[c.type] ?? '#0f766e', size: 14 + (14 * c.count) / max } })),
      ...top.map((c) => ({ data: { id: 'e:' + c.key, source: '__self', target: 'n:' + c.key, w: 1 + (5 * c.count) / max } })),
    ],
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 11, color: '#1f2937', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#f8fafc', 'text-outline-width': 2 } },
      { selector: 'edge', style: { width: 'data(w)', 'line-color': '#cbd5e1' } },
    ],
    layout: { name: 'concentric', concentric: (n: { id(): string }) => (n.id() === '__self' ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 60, animate: false },
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
  });
  cy.on('tap', 'node', (e) => {
    const key = e.target.data('key') as string | undefined;
    if (key) location.hash = `#/entity/${encodeURIComponent(key)}`;
  });
}
