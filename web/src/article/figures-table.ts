// The article's figures as a table, each with its check mark; a row's button shows the figure.
import type { Brief, Figure } from '../../../src/server/api-types.js';
import { checkMark, subjectName, type CheckMark } from '../../../src/server/csv.js';
import { formatNumber, h } from '../dom.js';

const MARK: Record<CheckMark, [string, string]> = {
  ok: ['✓', 'checked: consistent'],
  error: ['✗', 'checked: inconsistent'],
  warning: ['!', 'checked: doubtful'],
  unchecked: ['–', 'not checked'],
};

export function figuresTable(b: Brief, jump: (f: Figure) => void): HTMLElement {
  if (!b.figures.length) return h('section', { class: 'panel figures' }, h('h3', {}, 'Figures'), h('p', { class: 'empty' }, 'No figures found.'));
  return h('section', { class: 'panel figures', 'aria-labelledby': 'figures-h' },
    h('h3', { id: 'figures-h' }, `Figures (${b.figures.length})`),
    h('div', { class: 'table-wrap' },
      h('table', {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', title: 'check' }, 'Check'), h('th', { scope: 'col' }, 'Figure'), h('th', { scope: 'col' }, 'Measure'), h('th', { scope: 'col' }, 'Subject'), h('th', { scope: 'col' }, 'Time'))),
        h('tbody', {}, b.figures.map((f) => {
          const m = checkMark(f, b.findings);
          const part = f.partOf ? b.figures.find((x) => x.id === f.partOf) : null;
          return h('tr', { class: `mark-${m}${f.partOf ? ' is-part' : ''}` },
            h('td', { class: 'mark', title: MARK[m][1] }, h('span', { 'aria-label': MARK[m][1] }, MARK[m][0])),
            h('td', { class: 'num' }, h('button', { type: 'button', class: 'linkish', onclick: () => jump(f), title: 'show in the text' },
              `${f.approx ? f.approx + ' ' : ''}${formatNumber(f.value)}${f.unit ? ' ' + f.unit : ''}`)),
            h('td', {}, part ? `${f.measure} (part of ${part.measure})` : f.measure),
            h('td', {}, subjectName(b, f.subject)),
            h('td', {}, f.time ?? ''));
        })))));
}
