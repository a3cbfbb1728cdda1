// Analysing one article: paste text, drop an HTML or text file, or give a URL.
import type { AnalyzeRequest, Brief } from '../../../src/server/api-types.js';
import { figuresCsv } from '../../../src/server/csv.js';
import { api } from '../api.js';
import { articleView } from '../article/article-view.js';
import { clear, downloadText, errorBox, h } from '../dom.js';

const MAX_FILE = 5 * 1024 * 1024;

export async function analyzeView(main: HTMLElement): Promise<void> {
  clear(main);
  let fileReq: AnalyzeRequest | null = null;
  const info = await api.info().catch(() => null);
  const textarea = h('textarea', { name: 'text', rows: 10, placeholder: 'Paste the article text here…', 'aria-label': 'Article text' });
  const fileName = h('span', { class: 'muted', 'aria-live': 'polite' });
  const fileInput = h('input', { type: 'file', accept: '.html,.htm,.txt,.xhtml,text/html,text/plain', 'aria-label': 'Choose an HTML or text file' });
  const drop = h('div', { class: 'drop', tabindex: 0, role: 'button', 'aria-label': 'Drop an HTML or text file here, or press Enter to choose one' },
    h('strong', {}, 'Drop an HTML or text file here'), ' or ', fileInput, h('br', {}), fileName);
  const url = h('input', { type: 'url', name: 'url', placeholder: 'https://…', disabled: info ? !info.fetchUrl : false, 'aria-label': 'Article URL' });
  const date = h('input', { type: 'date', name: 'date', 'aria-label': "The article's date, if the page does not give it" });
  const status = h('div', { class: 'status', 'aria-live': 'polite' });
  const result = h('div', { class: 'result' });

  async function takeFile(f: File): Promise<void> {
    if (f.size > MAX_FILE) {
      fileName.textContent = `${f.name} is larger than 5 MB.`;
      fileReq = null;
      return;
    }
    const content = await f.text();
    const isHtml = /\.x?html?$/i.test(f.name) || f.type === 'text/html' || /^\s*<(!doctype|html)/i.test(content);
    fileReq = isHtml ? { html: content, name: f.name } : { text: content, name: f.name };
    fileName.textContent = `${f.name} (${isHtml ? 'HTML' : 'text'}, ${Math.ceil(f.size / 1024)} KB): ready to analyse.`;
    textarea.value = '';
    url.value = '';
  }
  fileInput.addEventListener('change', () => fileInput.files?.[0] && void takeFile(fileInput.files[0]));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const f = e.dataTransfer?.files?.[0];
    if (f) void takeFile(f);
  });
  drop.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      fileInput.click();
    }
  });

  function request(): AnalyzeRequest | null {
    const d = date.value || undefined;
    if (textarea.value.trim()) return { text: textarea.value, date: d };
    if (url.value.trim()) return { url: url.value.trim(), date: d };
    if (fileReq) return { ...fileReq, date: d };
    return null;
  }

  async function go(store: boolean): Promise<void> {
    const req = request();
    clear(status);
    if (!req) {
      status.append(errorBox(new Error('Paste some text, choose a file or give a URL first.')));
      return;
    }
    status.append(h('p', { class: 'muted' }, 'Analysing…'));
    try {
      if (store) {
        const s = await api.store(req);
        location.hash = `#/doc/${s.id}`;
        return;
      }
      const brief = await api.analyze(req);
      clear(status);
      showResult(brief, req);
    } catch (e) {
      clear(status);
      status.append(errorBox(e));
    }
  }

  function showResult(brief: Brief, req: AnalyzeRequest): void {
    clear(result);
    const fail = (e: unknown) => status.append(errorBox(e));
    const toolbar = h('div', { class: 'tools', role: 'group', 'aria-label': 'Export' },
      h('span', { class: 'muted' }, 'Export:'),
      h('button', { type: 'button', onclick: () => downloadText(JSON.stringify(brief, null, 2) + '\n', 'brief.json', 'application/json') }, 'Brief JSON'),
      h('button', { type: 'button', onclick: () => api.analyzeAs(req, 'md').then((md) => downloadText(md, 'brief.md', 'text/markdown'), fail) }, 'Markdown'),
      h('button', { type: 'button', onclick: () => downloadText(figuresCsv(brief), 'figures.csv', 'text/csv') }, 'Figures CSV'));
    result.append(articleView(brief, { toolbar }));
    result.scrollIntoView({ block: 'start' });
  }

  main.append(
    h('div', { class: 'page-head' }, h('h1', {}, 'Analyse an article')),
    h('form', { class: 'analyze', onsubmit: (e: Event) => { e.preventDefault(); void go(false); } },
      h('div', { class: 'sources' },
        h('section', {}, h('h2', {}, 'Paste text'), textarea),
        h('section', {}, h('h2', {}, 'Or a page'), drop,
          h('h2', {}, 'Or a URL'), url,
          info && !info.fetchUrl ? h('p', { class: 'muted small' }, 'This server cannot fetch URLs; save the page and drop the file instead.') : null,
          h('h2', {}, 'Date (optional)'), date,
          h('p', { class: 'muted small' }, 'For articles that do not print their date.'))),
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'primary' }, 'Analyse'),
        h('button', { type: 'button', onclick: () => void go(true) }, 'Analyse and add to the corpus'))),
    status, result);
}
