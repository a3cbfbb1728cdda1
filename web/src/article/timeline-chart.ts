// The article's timeline on a time axis (Observable Plot, loaded when first needed), and as
// a list whose items show their sentence in the text.
import type { Brief, TimelineEntry } from '../../../src/server/api-types.js';
import { h } from '../dom.js';

/** The first day a TIMEX3 value covers (2024, 2024-07, 2024-07-13, 2024-W28, 2024-Q3), or null. */
export function timexStart(v: string): Date | null {
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(v);
  if (!m) return null;
  const y = Number(m[1]);
  const week = /^\d{4}-W(\d{2})/.exec(v);
  if (week) return new Date(Date.UTC(y, 0, 1 + (Number(week[1]) - 1) * 7));
  const q = /^\d{4}-Q([1-4])/.exec(v);
  if (q) return new Date(Date.UTC(y, (Number(q[1]) - 1) * 3, 1));
  return new Date(Date.UTC(y, m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
}

export function timelinePanel(b: Brief, jump: (t: TimelineEntry) => void): HTMLElement {
  const section = h('section', { class: 'panel timeline', 'aria-labelledby': 'timeline-h' }, h('h3', { id: 'timeline-h' }, 'Timeline'));
  const dated = b.timeline.map((t) => ({ t, date: timexStart(t.value) })).filter((x): x is { t: TimelineEntry; date: Date } => x.date !== null);
  if (!b.timeline.length) {
    section.appendChild(h('p', { class: 'empty' }, 'No dated events.'));
    return section;
  }
  const chart = h('div', { class: 'chart', 'aria-hidden': 'true' });
  section.appendChild(chart);
  section.appendChild(h('ol', { class: 'timeline-list' }, b.timeline.map((t) =>
    h('li', {}, h('button', { type: 'button', class: 'linkish', onclick: () => jump(t) }, h('code', {}, t.value)), ' ', t.summary.length > 160 ? t.summary.slice(0, 157) + '…' : t.summary))));
  // Drawn after the article is on screen: the chart library loads on its own time.
  if (dated.length) setTimeout(() => void drawTimeline(chart, dated).catch(() => chart.append(h('p', { class: 'muted' }, 'The chart could not be drawn.'))), 50);
  return section;
}

async function drawTimeline(el: HTMLElement, data: { t: TimelineEntry; date: Date }[]): Promise<void> {
  const Plot = await import('@observablehq/plot');
  const width = Math.max(260, el.clientWidth || 360);
  const rows = data.map((d, i) => ({ date: d.date, label: d.t.value, lane: i % 3, summary: d.t.summary }));
  const svg = Plot.plot({
    width,
    height: 110,
    marginLeft: 28,
    marginRight: 32,
    marginTop: 18,
    x: { type: 'utc', label: null, ticks: Math.max(2, Math.floor(width / 90)) },
    y: { axis: null, domain: [-0.5, 2.5] },
    marks: [
      Plot.ruleY([-0.5], { stroke: '#999' }),
      Plot.ruleX(rows, { x: 'date', y1: -0.5, y2: 'lane', stroke: '#c9c9c9' }),
      Plot.dot(rows, { x: 'date', y: 'lane', r: 5, fill: '#c2410c', title: (d: (typeof rows)[number]) => `${d.label}: ${d.summary}` }),
      Plot.text(rows, { x: 'date', y: 'lane', text: 'label', dy: -10, fontSize: 11 }),
    ],
  });
  el.appendChild(svg);
}
