// The app's entry: hash routes (#/, #/analyze, #/doc/ID, #/entity/KEY, #/contradictions),
// and the token, taken once from #token=... or asked for when the API says 401.
import './style.css';
import { setToken, setUnauthorizedHandler } from './api.js';
import { clear, h } from './dom.js';
import { analyzeView } from './views/analyze.js';
import { contradictionsView } from './views/contradictions.js';
import { corpusView } from './views/corpus.js';
import { documentView } from './views/document.js';
import { entityView } from './views/entity.js';

const main = document.getElementById('main') as HTMLElement;

function tokenForm(): void {
  clear(main);
  const input = h('input', { type: 'password', name: 'token', autocomplete: 'current-password', required: true, 'aria-label': 'Access token' });
  main.append(h('div', { class: 'page-head' }, h('h1', {}, 'This server needs a token')),
    h('form', { class: 'token-form', onsubmit: (e: Event) => {
        e.preventDefault();
        setToken(input.value.trim());
        void route();
      } },
      h('label', { class: 'field' }, h('span', {}, 'Token (given to dossier serve with --token)'), input),
      h('button', { type: 'submit', class: 'primary' }, 'Continue')));
  input.focus();
}

async function route(): Promise<void> {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a[data-nav]')) {
    const current = a.dataset.nav === (parts[0] ?? 'corpus') || (a.dataset.nav === 'corpus' && parts.length === 0);
    if (current) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = 'dossier';
  const popover = document.getElementById('popover');
  if (popover) popover.hidden = true;
  window.scrollTo(0, 0);
  switch (parts[0]) {
    case undefined:
    case 'corpus':
      return corpusView(main, params);
    case 'analyze':
      return analyzeView(main);
    case 'doc': {
      const id = Number(parts[1]);
      if (Number.isInteger(id) && id > 0) return documentView(main, id);
      break;
    }
    case 'entity':
      if (parts[1]) return entityView(main, decodeURIComponent(parts.slice(1).join('/')));
      break;
    case 'contradictions':
      return contradictionsView(main, params);
  }
  clear(main);
  main.append(h('h1', {}, 'Not found'), h('p', {}, h('a', { href: '#/' }, 'Go to the corpus')));
}

const m = /^#token=([^&]+)/.exec(location.hash);
if (m) {
  setToken(decodeURIComponent(m[1]));
  history.replaceState(null, '', location.pathname + '#/');
}
setUnauthorizedHandler(tokenForm);
window.addEventListener('hashchange', () => {
  void route().then(() => main.focus({ preventScroll: true }));
});
void route();
