// The "checks" stage: consistency rules over the figures and dates; it adds findings only.
import type { Stage } from '../core/stage.js';
import { checkChanges } from './change.js';
import { checkContext } from './context.js';
import { checkFutureDates } from './future-date.js';
import { checkPercentOfCounts } from './percent-of-counts.js';
import { checkShares } from './shares.js';
import { checkSubsets } from './subset.js';
import { checkSums } from './sum.js';
import { checkUnsourced } from './unsourced.js';

export const checksStage: Stage = {
  name: 'checks',
  requires: ['figures'],
  assigns: [],
  run(doc, ctx) {
    const c = checkContext(doc);
    const findings = [
      ...checkSums(c),
      ...checkSubsets(c),
      ...checkShares(c),
      ...checkPercentOfCounts(c),
      ...checkChanges(c),
      ...checkFutureDates(doc, doc.maybe('sentences') ?? [], ctx.date),
      ...checkUnsourced(c),
    ];
    for (const f of findings) doc.addFinding(f);
  },
};
