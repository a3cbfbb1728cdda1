// figures.shares: the shares of one group (the answers of one poll) cannot exceed 100%; when
// three or more leave a remainder, that remainder is not reported, and the reader should know.
import type { Figure, Finding } from '../brief/types.js';
import { finding, slack, type CheckContext } from './context.js';

export function checkShares(c: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const g of c.rel.shares) {
    const members = g.members.map((id) => c.byId.get(id)).filter((f): f is Figure => f !== undefined && f.value !== null);
    if (members.length < 2) continue;
    const sum = Math.round(members.reduce((a, f) => a + f.value!, 0) * 10) / 10;
    const tol = members.reduce((a, f) => a + slack(c.doc, f), 0);
    const expr = members.map((f) => `${f.value}%`).join(' + ');
    if (sum > 100 + tol) {
      out.push(finding('figures.shares', members.length >= 3 ? 'error' : 'warning', `Shares of one group add up to more than 100%: ${expr} = ${sum}%.`, members, 100, sum));
    } else if (members.length >= 3 && sum < 100 - tol) {
      const rest = Math.round((100 - sum) * 10) / 10;
      const f = finding('figures.shares', 'warning', `Shares of one group add up to ${sum}% (${expr}): ${rest}% of answers are not reported.`, members, 100, sum);
      if (g.remainder) f.refs!.push(g.remainder);
      out.push(f);
    }
  }
  return out;
}
