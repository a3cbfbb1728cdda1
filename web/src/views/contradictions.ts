// The corpus's contradictions: figures two articles state differently about the same thing.
import type { Contradiction } from '../../../src/server/api-types.js';
import { api } from '../api.js';
import { clear, errorBox, formatNumber, h } from '../dom.js';

const PAGE = 50;

export async function contradictionsView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const page = Math.max(1, Number(params.get('page')) || 1);
  clear(main);
  main.append(h('div', { class: 'page-head' }, h('h1', {}, 'Contradictions')), h('p', { class: 'muted' }, 'Loading…'));
  try {
    const list = await api.contradictions(PAGE + 1, (page - 1) * PAGE);
    const items = list.items.slice(0, PAGE);
    main.lastChild?.remove();
    if (!items.length) {
      main.append(h('p', { class: 'empty' }, page > 1 ? 'No more contradictions.' : 'No two articles of the corpus state different values for the same figure.'));
      return;
    }
    main.append(h('p', { class: 'muted' }, 'Figures that two articles state differently about the same subject, measure and time.'));
    main.append(h('ol', { class: 'contradictions' }, items.map(item)));
    if (page > 1 || list.items.length > PAGE) {
      main.append(h('nav', { class: 'pager', 'aria-label': 'Pages' },
        page > 1 ? h('a', { class: 'button', href: `#/contradictions?page=${page - 1}` }, '← Previous') : h('span', {}),
        h('span', {}, `page ${page}`),
        list.items.length > PAGE ? h('a', { class: 'button', href: `#/contradictions?page=${page + 1}` }, 'Next →') : h('span', {})));
    }
  } catch (e) {
    main.lastChild?.remove();
    main.append(errorBox(e));
  }
}

function item(c: Contradiction): HTMLElement {
  const side = (s: Contradiction['a']) =>
    h('div', { class: 'side-card' },
      h('p', { class: 'value' }, formatNumber(s.value)),
      h('blockquote', {}, s.sentence),
      h('p', { class: 'meta' }, h('a', { href: `#/doc/${s.docId}` }, s.title ?? `Article ${s.docId}`)));
  return h('li', { class: 'contradiction' },
    h('h2', {}, h('span', { class: 'sev sev-warning' }, '≠'), ' ', c.subject, ': ', c.measure, c.time ? ` (${c.time})` : ''),
    h('div', { class: 'pair' }, side(c.a), h('span', { class: 'vs', 'aria-hidden': 'true' }, 'vs'), side(c.b)),
    h('p', { class: 'small muted' }, c.finding.message));
}
