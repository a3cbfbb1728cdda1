// figures.subset: a part of a total ("only 101 are ready" of 183) cannot be larger than it.
import type { Finding } from '../brief/types.js';
import { fmt, finding, slack, type CheckContext } from './context.js';

export function checkSubsets(c: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const s of c.rel.subsets) {
    const total = c.byId.get(s.total);
    const part = c.byId.get(s.part);
    if (!total || !part || total.value === null || part.value === null) continue;
    if (part.value > total.value + slack(c.doc, part) + slack(c.doc, total)) {
      out.push(finding('figures.subset', 'error', `A part (${fmt(part.value)}) is larger than its total (${fmt(total.value)}).`, [part, total], `<= ${total.value}`, part.value));
    }
  }
  return out;
}
