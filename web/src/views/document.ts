// One stored article: its brief, with the exports.
import { api } from '../api.js';
import { clear, errorBox, h } from '../dom.js';
import { articleView } from '../article/article-view.js';

export async function documentView(main: HTMLElement, id: number): Promise<void> {
  clear(main);
  main.append(h('p', { class: 'muted' }, 'Loading…'));
  try {
    const { document, brief } = await api.document(id);
    const fail = (e: unknown) => main.prepend(errorBox(e));
    const toolbar = h('div', { class: 'tools', role: 'group', 'aria-label': 'Export' },
      h('span', { class: 'muted' }, 'Export:'),
      h('button', { type: 'button', onclick: () => api.download(`/api/documents/${id}/brief`, `brief-${id}.json`).catch(fail) }, 'Brief JSON'),
      h('button', { type: 'button', onclick: () => api.download(`/api/documents/${id}/brief?format=md`, `brief-${id}.md`).catch(fail) }, 'Markdown'),
      h('button', { type: 'button', onclick: () => api.download(`/api/documents/${id}/figures.csv`, `figures-${id}.csv`).catch(fail) }, 'Figures CSV'));
    clear(main);
    main.append(articleView(brief, { document, toolbar }));
    // For bench/web.ts: when the article view is in the page.
    performance.mark('dossier:article-rendered');
    document.title = `${brief.meta.title ?? 'Article'} · dossier`;
  } catch (e) {
    clear(main);
    main.append(h('h1', {}, `Article ${id}`), errorBox(e), h('p', {}, h('a', { href: '#/' }, '← Back to the corpus')));
  }
}
