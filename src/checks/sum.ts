// figures.sum: parts of a total must add up to it when the text says they are the whole
// ("the remaining part consists of ...") and must not exceed it when they are some of it
// ("including ..."). Parts that add up are reported as info.
import type { Finding } from '../brief/types.js';
import { fmt, finding, slack, type CheckContext } from './context.js';

export function checkSums(c: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const g of c.rel.parts) {
    const total = c.byId.get(g.total);
    const parts = g.parts.map((id) => c.byId.get(id)).filter((f) => f !== undefined);
    if (!total || total.value === null || parts.some((p) => p.value === null) || !parts.length) continue;
    const sum = parts.reduce((a, p) => a + (p.value ?? 0), 0);
    const tol = parts.reduce((a, p) => a + slack(c.doc, p), slack(c.doc, total)) + total.value * 0.001;
    const expr = `${parts.map((p) => fmt(p.value!)).join(' + ')} = ${fmt(sum)}`;
    const figs = [total, ...parts];
    if (g.complete) {
      if (Math.abs(sum - total.value) <= tol) {
        out.push(finding('figures.sum', 'info', `The parts add up to the total: ${expr}.`, figs, total.value, sum));
      } else {
        out.push(finding('figures.sum', 'error', `The parts do not add up to the total of ${fmt(total.value)}: ${expr}.`, figs, total.value, sum));
      }
    } else if (sum > total.value + tol) {
      out.push(finding('figures.sum', 'error', `The parts exceed the total of ${fmt(total.value)}: ${expr}.`, figs, total.value, sum));
    }
  }
  return out;
}
