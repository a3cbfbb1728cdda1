// The findings, errors first, each a button that shows where in the text it is.
import type { Brief, Finding } from '../../../src/server/api-types.js';
import { h } from '../dom.js';

const RANK = { error: 0, warning: 1, info: 2 } as const;

export function findingsPanel(b: Brief, jump: (f: Finding, index: number) => void): HTMLElement {
  const order = b.findings.map((f, i) => ({ f, i })).sort((x, y) => RANK[x.f.severity] - RANK[y.f.severity] || (x.f.spans[0]?.start ?? 0) - (y.f.spans[0]?.start ?? 0));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of b.findings) counts[f.severity]++;
  return h('section', { class: 'panel findings', 'aria-labelledby': 'findings-h' },
    h('h3', { id: 'findings-h' }, 'Findings ',
      h('span', { class: 'counts' },
        h('span', { class: 'sev sev-error' }, `${counts.error} error${counts.error === 1 ? '' : 's'}`), ' ',
        h('span', { class: 'sev sev-warning' }, `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`), ' ',
        h('span', { class: 'sev sev-info' }, `${counts.info} note${counts.info === 1 ? '' : 's'}`))),
    order.length
      ? h('ol', { class: 'finding-list' }, order.map(({ f, i }) =>
          h('li', { class: `finding s-${f.severity}`, 'data-finding': i },
            h('button', { type: 'button', class: 'finding-jump', onclick: () => jump(f, i), disabled: !f.spans.length },
              h('span', { class: `sev sev-${f.severity}` }, f.severity), ' ',
              h('span', { class: 'msg' }, f.message), ' ',
              h('span', { class: 'rule' }, f.rule)))))
      : h('p', { class: 'empty' }, 'No findings: the checks found nothing to report in this article.'));
}
