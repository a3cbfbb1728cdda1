// figures.unsourced: a figure whose sentence and paragraph name nobody who states it.
import type { Finding } from '../brief/types.js';
import { finding, type CheckContext } from './context.js';

export function checkUnsourced(c: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const f of c.figures) {
    if (f.derived || f.source) continue;
    const what = [f.subject, f.measure].filter(Boolean).join(' ');
    out.push(finding('figures.unsourced', 'info', `No source is named for ${c.doc.text.slice(f.start, f.end)}${what ? ` (${what})` : ''}.`, [f]));
  }
  return out;
}
