// The corpus: search, filters and paging; the state lives in the URL (#/?q=...&page=2).
import type { DocumentQuery } from '../../../src/server/api-types.js';
import { api } from '../api.js';
import { clear, errorBox, h, markedSnippet } from '../dom.js';

const PAGE = 20;

export async function corpusView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const page = Math.max(1, Number(params.get('page')) || 1);
  const q: DocumentQuery = {
    q: params.get('q') ?? undefined,
    entity: params.get('entity') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    hasFindings: params.get('findings') === '1' ? true : undefined,
    limit: PAGE,
    offset: (page - 1) * PAGE,
  };
  const field = (name: string, label: string, attrs: Record<string, string>) =>
    h('label', { class: 'field' }, h('span', {}, label), h('input', { name, value: params.get(name) ?? '', ...attrs }));
  const form = h('form', { class: 'search', role: 'search', onsubmit: (e: Event) => {
      e.preventDefault();
      const data = new FormData(form);
      const p = new URLSearchParams();
      for (const k of ['q', 'entity', 'from', 'to']) {
        const v = String(data.get(k) ?? '').trim();
        if (v) p.set(k, v);
      }
      if (data.get('findings')) p.set('findings', '1');
      location.hash = '#/' + (p.toString() ? '?' + p : '');
    } },
    h('label', { class: 'field grow' }, h('span', {}, 'Search'), h('input', { name: 'q', type: 'search', value: params.get('q') ?? '', placeholder: 'words in the title or text', 'aria-label': 'Search the corpus' })),
    field('entity', 'Name or QID', { placeholder: 'a name, or Q184' }),
    field('from', 'From', { type: 'date' }),
    field('to', 'To', { type: 'date' }),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'findings', value: '1', checked: params.get('findings') === '1' }), ' only with findings'),
    h('button', { type: 'submit', class: 'primary' }, 'Search'));
  const results = h('section', { class: 'results', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Loading…'));
  const exportBtn = h('button', { type: 'button', onclick: () => api.download('/api/timeline?format=csv', 'timeline.csv').catch((e) => results.prepend(errorBox(e))) }, 'Corpus timeline (CSV)');
  clear(main);
  main.append(h('div', { class: 'page-head' }, h('h1', {}, 'Corpus'), h('div', { class: 'tools' }, exportBtn)), form, results);

  try {
    const list = await api.list(q);
    clear(results);
    const from = list.total ? list.offset + 1 : 0;
    const to = list.offset + list.hits.length;
    results.append(h('p', { class: 'count' }, list.total ? `${from}–${to} of ${list.total} article${list.total === 1 ? '' : 's'}` : 'No articles match.'));
    results.append(h('ol', { class: 'hits', start: from }, list.hits.map((hit) =>
      h('li', { class: 'hit' },
        h('h2', {}, h('a', { href: `#/doc/${hit.id}` }, hit.title ?? `Article ${hit.id}`)),
        h('p', { class: 'meta' }, [hit.site, hit.published ?? 'no date', hit.source].filter(Boolean).join(' · '), ' ',
          hit.findings.error ? h('span', { class: 'sev sev-error' }, `${hit.findings.error} error${hit.findings.error > 1 ? 's' : ''}`) : null, ' ',
          hit.findings.warning ? h('span', { class: 'sev sev-warning' }, `${hit.findings.warning} warning${hit.findings.warning > 1 ? 's' : ''}`) : null),
        markedSnippet(hit.snippet)))));
    const pages = Math.ceil(list.total / PAGE);
    if (pages > 1) {
      const link = (p: number, label: string, rel: string) => {
        const next = new URLSearchParams(params);
        next.set('page', String(p));
        return h('a', { href: `#/?${next}`, rel, class: 'button' }, label);
      };
      results.append(h('nav', { class: 'pager', 'aria-label': 'Pages' },
        page > 1 ? link(page - 1, '← Previous', 'prev') : h('span', {}),
        h('span', {}, `page ${page} of ${pages}`),
        page < pages ? link(page + 1, 'Next →', 'next') : h('span', {})));
    }
  } catch (e) {
    clear(results);
    results.append(errorBox(e));
  }
}
