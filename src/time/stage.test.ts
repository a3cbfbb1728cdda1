import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block, Mention } from '../brief/types.js';
import { Doc, emptyMeta } from '../core/doc.js';
import { newContext } from '../core/stage.js';
import { segmentStage } from '../segment/stage.js';
import { readsDayFirst } from './dct.js';
import { timeStage } from './stage.js';
import { sortKey } from './timeline.js';

function docOf(paragraphs: string[], meta = emptyMeta()): Doc {
  const text = paragraphs.join('\n\n');
  const blocks: Block[] = [];
  let at = 0;
  for (const p of paragraphs) {
    blocks.push({ kind: 'paragraph', start: at, end: at + p.length });
    at += p.length + 2;
  }
  return new Doc(text, blocks, meta);
}

function run(doc: Doc, date?: string): Doc {
  const ctx = newContext(date);
  segmentStage.run(doc, ctx);
  timeStage.run(doc, ctx);
  return doc;
}

const ARTICLE = [
  'The recent order confirms the decision of the leader.',
  'On July 13, 2024, the state news agency published a video of the president ordering a withdrawal.',
  'The role of the country was revealed by the president in March 2022 when he showed a map.',
  'In a November 2023 poll conducted by a think tank, 26% of respondents said they would not support the war.',
  'Moreover, the 2020 elections saw huge clashes against the election results.',
  'The president also stated in the meeting of July 13 that he would talk to him about peace.',
];

test('with no stated date, the DCT is estimated from the latest full date the text names', () => {
  const doc = run(docOf(ARTICLE));
  assert.equal(doc.meta.published, '2024-07-13');
  assert.equal(doc.meta.publishedEstimated, true);
  const later = doc.get('times').find((t) => doc.slice(t) === 'July 13');
  assert.equal(later?.value, '2024-07-13');
  assert.equal(later?.anchor, 'dct');
});

test('a stated date wins over the estimate, and --date over nothing', () => {
  const meta = { ...emptyMeta(), published: '2024-08-01T10:00:00Z' };
  const doc = run(docOf(['They met yesterday to talk about the plan for the week.'], meta));
  assert.equal(doc.get('times')[0].value, '2024-07-31');
  assert.equal(doc.meta.publishedEstimated, undefined);
  const doc2 = run(docOf(['They met yesterday to talk about the plan for the week.']), '2020-01-01');
  assert.equal(doc2.get('times')[0].value, '2019-12-31');
  assert.equal(doc2.meta.published, '2020-01-01');
});

test('the timeline lists dated sentences oldest first, with a short summary', () => {
  const doc = run(docOf(ARTICLE));
  const tl = doc.get('timeline');
  assert.deepEqual(
    tl.map((e) => [e.value, e.precision]),
    [
      ['2020', 'year'],
      ['2022-03', 'month'],
      ['2023-11', 'month'],
      ['2024-07-13', 'day'],
      ['2024-07-13', 'day'],
    ],
  );
  assert.equal(tl[0].summary, 'The 2020 elections saw huge clashes against the election results');
  assert.equal(tl[1].summary, 'The role of the country was revealed by the president');
  assert.match(tl[3].summary, /^The state news agency published a video/);
  for (const e of tl) {
    assert.ok(e.summary.length <= 101, e.summary);
    assert.ok(e.start < e.end && e.end <= doc.text.length);
  }
});

test('timeline entries name the entities of their sentence when the layers exist', () => {
  const doc = docOf(['On March 3, 2021, Alpha Corp bought Beta Ltd for a large sum of money.']);
  const ctx = newContext();
  segmentStage.run(doc, ctx);
  const at = (s: string): number => doc.text.indexOf(s);
  const mentions: Mention[] = [
    { start: at('Alpha'), end: at('Alpha') + 10, type: 'ORG', entity: 'e1' },
    { start: at('Beta'), end: at('Beta') + 8, type: 'ORG', entity: null },
  ];
  doc.set('mentions', mentions);
  doc.set('entities', [{ id: 'e1', name: 'Alpha Corp', type: 'ORG', aliases: [], mentions: 1, salience: 1 }]);
  timeStage.run(doc, ctx);
  assert.deepEqual(doc.get('timeline')[0].entities, ['e1', 'Beta Ltd']);
});

test('a weekday that contradicts its date is a finding', () => {
  const doc = run(docOf(['The summit opened on Friday, July 13, 2024, in the capital city.']));
  const f = doc.findings.filter((x) => x.rule === 'time.weekday-mismatch');
  assert.equal(f.length, 1);
  assert.equal(f[0].expected, 'Saturday');
  assert.equal(f[0].actual, 'Friday');
  const ok = run(docOf(['The summit opened on Saturday, July 13, 2024, in the capital city.']));
  assert.equal(ok.findings.length, 0);
});

test('day-first reading comes from the language or the site', () => {
  assert.equal(readsDayFirst({ ...emptyMeta(), lang: 'en-US' }), false);
  assert.equal(readsDayFirst({ ...emptyMeta(), lang: 'en-GB' }), true);
  assert.equal(readsDayFirst({ ...emptyMeta(), lang: 'de' }), true);
  assert.equal(readsDayFirst({ ...emptyMeta(), lang: 'en', url: 'https://www.bbc.co.uk/news/1' }), true);
  assert.equal(readsDayFirst({ ...emptyMeta(), lang: 'en', url: 'https://example.com/a' }), false);
  const doc = run(docOf(['The agreement was signed on 03/04/2024 by both sides.'], { ...emptyMeta(), lang: 'en-GB', published: '2024-05-01' }));
  assert.equal(doc.get('times')[0].value, '2024-04-03');
});

test('timeline sort keys order months, quarters, seasons and weeks by their start', () => {
  const values = ['2024-07-13', '2024', '2024-Q3', '2024-SU', '2024-W10', '2024-03', '199'];
  const sorted = [...values].sort((a, b) => (sortKey(a)! < sortKey(b)! ? -1 : 1));
  assert.deepEqual(sorted, ['199', '2024', '2024-03', '2024-W10', '2024-SU', '2024-Q3', '2024-07-13']);
  assert.equal(sortKey('PAST_REF'), null);
  assert.equal(sortKey('P3Y'), null);
});

test('a stated date in words is read too', () => {
  const meta = { ...emptyMeta(), published: 'Saturday, 13 July 2024' };
  const doc = run(docOf(['They met yesterday to talk about the plan for the week.'], meta));
  assert.equal(doc.get('times')[0].value, '2024-07-12');
});
