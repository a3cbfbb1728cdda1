import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runText } from '../checks/run-for-test.js';
import { RELATIONS_KEY, type FigureRelations } from './relations.js';

function rel(text: string): { rel: FigureRelations; text: (id: string) => string } {
  const doc = runText(text);
  const figs = new Map(doc.get('figures').map((f) => [f.id, f] as const));
  return { rel: doc.extras.get(RELATIONS_KEY) as FigureRelations, text: (id) => doc.slice(figs.get(id)!) };
}

test('parts of a total: "of which" and "the remaining"', () => {
  const { rel: r, text } = rel('The navy has 9,000 sailors, of which 4,000 are officers. The remaining part consists of 3,000 cadets and 2,000 reservists.');
  assert.equal(r.parts.length, 1);
  assert.equal(text(r.parts[0].total), '9,000');
  assert.deepEqual(r.parts[0].parts.map(text), ['4,000', '3,000', '2,000']);
  assert.equal(r.parts[0].complete, true);
});

test('parts: "split between" is complete, "including" is not', () => {
  const a = rel('The fund of £90m is split between £50m for schools and £40m for roads.').rel;
  assert.equal(a.parts[0].complete, true);
  const b = rel('The bill came to $9m, including $2m in fees and $1m in taxes.').rel;
  assert.equal(b.parts[0].complete, false);
});

test('a subset: "only 101 are ready" of a total of 183', () => {
  const { rel: r, text } = rel('The air force has a total of 183 aircraft and it is estimated that only 101 are ready for use.');
  assert.equal(r.subsets.length, 1);
  assert.equal(text(r.subsets[0].total), '183');
  assert.equal(text(r.subsets[0].part), '101');
  assert.ok(r.subsets[0].derived);
});

test('a subset written "12 of 40" with its percentage', () => {
  const { rel: r, text } = rel('Officials said 12 of 40 schools (30%) had closed.');
  assert.equal(text(r.subsets[0].part), '12');
  assert.equal(text(r.subsets[0].total), '40');
  assert.equal(text(r.subsets[0].stated!), '30%');
});

test('shares of one poll', () => {
  const { rel: r } = rel('In a survey by Ipsos, 40% of respondents backed the plan. 35% of respondents opposed it. 10% of respondents were unsure.');
  assert.equal(r.shares.length, 1);
  assert.equal(r.shares[0].members.length, 3);
});

test('percentages of different things in a non-poll paragraph are not shares', () => {
  const { rel: r } = rel('Inflation was 3% of output. Unemployment was 5% of the workforce. Growth was 2% of GDP.');
  assert.equal(r.shares.length, 0);
});

test('change over time and the same quantity stated twice', () => {
  const { rel: r, text } = rel('Unemployment rose from 3% to 5% last year. The ministry expects 5% unemployment again.');
  assert.equal(r.changes.length, 1);
  assert.equal(text(r.changes[0].from), '3%');
  assert.equal(text(r.changes[0].to), '5%');
  assert.equal(r.changes[0].direction, 'up');
  const s = rel('The firm employs 4,000 workers. Its 4,000 workers are unhappy.').rel;
  assert.equal(s.same.length, 1);
});

test('"5%, up from 3%" puts the new value first', () => {
  const { rel: r, text } = rel('Growth was 5%, up from 3% a year earlier.');
  assert.equal(text(r.changes[0].to), '5%');
  assert.equal(text(r.changes[0].from), '3%');
});
