// The "time" stage: temporal expressions normalised against the document date, the
// weekday check, and the timeline.
import type { TimeExpr } from '../brief/types.js';
import type { Stage } from '../core/stage.js';
import { formatYmd } from './calendar.js';
import { chooseDct, readsDayFirst } from './dct.js';
import { anchorToEvents } from './event-anchor.js';
import { recognise } from './recognise.js';
import { buildTimeline } from './timeline.js';
import { weekdayMismatches } from './weekday-check.js';

/** Texts beyond this many characters are only partly searched for times (hostile input). */
const MAX_TEXT = 2_000_000;

export const timeStage: Stage = {
  name: 'time',
  requires: ['tokens', 'sentences'],
  assigns: ['times', 'timeline'],
  run(doc, ctx) {
    const dayFirst = readsDayFirst(doc.meta);
    const choice = chooseDct(doc.meta, doc.text, ctx.date, dayFirst);
    if (choice.source === 'estimate' && choice.dct) {
      doc.meta.published = formatYmd(choice.dct);
      doc.meta.publishedEstimated = true;
    } else if (choice.source === 'ctx' && choice.dct && !doc.meta.published) {
      doc.meta.published = formatYmd(choice.dct);
    }
    const found = recognise(doc.text, { dct: choice.dct, dayFirst, maxLength: MAX_TEXT });
    const times: TimeExpr[] = found.map((t) => {
      const e: TimeExpr = { start: t.start, end: t.end, type: t.type, value: t.value };
      if (t.anchor) e.anchor = t.anchor;
      if (t.precision) e.precision = t.precision;
      return e;
    });
    anchorToEvents(doc.text, times, doc.maybe('entities'));
    doc.set('times', times);
    for (const f of weekdayMismatches(found)) doc.addFinding(f);
    doc.set('timeline', buildTimeline(doc.text, doc.get('sentences'), times, doc.maybe('mentions')));
  },
};
