// figures.percent-of-counts: a percentage stated with its counts ("12 of 40 (35%)") must match them.
import type { Finding } from '../brief/types.js';
import { finding, slack, type CheckContext } from './context.js';

export function checkPercentOfCounts(c: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const s of c.rel.subsets) {
    if (!s.stated) continue;
    const total = c.byId.get(s.total);
    const part = c.byId.get(s.part);
    const pct = c.byId.get(s.stated);
    if (!total?.value || !part || part.value === null || !pct || pct.value === null) continue;
    const actual = (part.value / total.value) * 100;
    // the counts' own rounding moves the share too
    const spread = actual * ((slack(c.doc, part) / Math.max(part.value, 1)) + (slack(c.doc, total) / total.value));
    if (Math.abs(actual - pct.value) > slack(c.doc, pct) + spread + 0.05) {
      const r = Math.round(actual * 10) / 10;
      out.push(finding('figures.percent-of-counts', 'error', `${part.value} of ${total.value} is ${r}%, not ${pct.value}%.`, [pct, part, total], r, pct.value));
    }
  }
  return out;
}
