// figures.change: a stated change must agree with its endpoints: "rose from 40 to 30" goes the
// wrong way, "doubled from 40 to 60" is not double, "rose 10% from 100 to 150" is not 10%.
import type { Finding } from '../brief/types.js';
import { fmt, finding, slack, type CheckContext } from './context.js';

export function checkChanges(c: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const ch of c.rel.changes) {
    const from = c.byId.get(ch.from);
    const to = c.byId.get(ch.to);
    if (!from || !to || from.value === null || to.value === null) continue;
    const tol = slack(c.doc, from) + slack(c.doc, to);
    const d = to.value - from.value;
    if (ch.direction === 'up' && d < -tol) {
      out.push(finding('figures.change', 'error', `"${ch.verb}" but the value goes down: from ${fmt(from.value)} to ${fmt(to.value)}.`, [from, to], 'increase', d));
      continue;
    }
    if (ch.direction === 'down' && d > tol) {
      out.push(finding('figures.change', 'error', `"${ch.verb}" but the value goes up: from ${fmt(from.value)} to ${fmt(to.value)}.`, [from, to], 'decrease', d));
      continue;
    }
    if (ch.factor) {
      const want = from.value * ch.factor;
      if (Math.abs(to.value - want) > tol * Math.max(1, ch.factor) + want * 0.2) {
        out.push(finding('figures.change', 'error', `"${ch.verb}" from ${fmt(from.value)} would be ${fmt(want)}, not ${fmt(to.value)}.`, [from, to], want, to.value));
      }
      continue;
    }
    const by = ch.by ? c.byId.get(ch.by) : undefined;
    if (!by || by.value === null || from.value === 0) continue;
    const byTol = slack(c.doc, by);
    if (by.unit === 'percent' && from.unit !== 'percent') {
      const pct = (Math.abs(d) / Math.abs(from.value)) * 100;
      const spread = (tol / Math.abs(from.value)) * 100 * 1.5;
      if (Math.abs(pct - by.value) > byTol + spread + 0.5) {
        out.push(finding('figures.change', 'error', `From ${fmt(from.value)} to ${fmt(to.value)} is a change of ${Math.round(pct * 10) / 10}%, not ${by.value}%.`, [by, from, to], Math.round(pct * 10) / 10, by.value));
      }
    } else if (by.unit === from.unit || (by.unit === 'pp' && from.unit === 'percent')) {
      if (Math.abs(Math.abs(d) - by.value) > byTol + tol) {
        out.push(finding('figures.change', 'error', `From ${fmt(from.value)} to ${fmt(to.value)} is a change of ${fmt(Math.abs(d))}, not ${fmt(by.value)}.`, [by, from, to], Math.abs(d), by.value));
      }
    }
  }
  return out;
}
