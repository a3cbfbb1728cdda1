// Each check on small hand-written texts, run through segment + figures + checks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runText } from './run-for-test.js';

function findings(text: string, rule: string, date?: string) {
  return runText(text, date).findings.filter((f) => f.rule === rule);
}

test('figures.sum: parts that add up are info, parts that do not are an error', () => {
  const ok = findings('The navy has 9,000 sailors, of which 4,000 are officers. The remaining part consists of 3,000 cadets and 2,000 reservists.', 'figures.sum');
  assert.equal(ok.length, 1);
  assert.equal(ok[0].severity, 'info');
  assert.equal(ok[0].expected, 9000);
  assert.equal(ok[0].actual, 9000);
  const bad = findings('The navy has 9,000 sailors, of which 4,000 are officers. The remaining part consists of 3,500 cadets and 2,000 reservists.', 'figures.sum');
  assert.equal(bad[0].severity, 'error');
  assert.equal(bad[0].actual, 9500);
  assert.equal(bad[0].refs!.length, 4);
});

test('figures.sum: "including" parts may fall short but not exceed the total', () => {
  assert.equal(findings('The bill came to $9m, including $2m in fees and $1m in taxes.', 'figures.sum').length, 0);
  assert.equal(findings('The bill came to $9m, including $7m in fees and $4m in taxes.', 'figures.sum')[0].severity, 'error');
});

test('figures.subset: a part larger than its total', () => {
  assert.equal(findings('The air force has a total of 183 aircraft and only 101 are ready for use.', 'figures.subset').length, 0);
  const bad = findings('The air force has a total of 183 aircraft and only 201 are ready for use.', 'figures.subset');
  assert.equal(bad.length, 1);
  assert.equal(bad[0].severity, 'error');
  assert.equal(bad[0].actual, 201);
});

test('figures.subset: the derived share is marked derived', () => {
  const doc = runText('The air force has a total of 183 aircraft and only 101 are ready for use.');
  const d = doc.get('figures').find((f) => f.derived)!;
  assert.equal(d.value, 55.2);
  assert.equal(d.unit, 'percent');
});

test('figures.shares: over 100%, and an unreported remainder', () => {
  const over = findings('In a survey by Ipsos, 60% of respondents backed the plan. 35% of respondents opposed it. 10% of respondents were unsure.', 'figures.shares');
  assert.equal(over[0].severity, 'error');
  assert.equal(over[0].actual, 105);
  const under = findings('In a survey by Ipsos, 26% of respondents backed the plan. 19% of respondents opposed it. 27% of respondents were unsure.', 'figures.shares');
  assert.equal(under[0].severity, 'warning');
  assert.match(under[0].message, /28% of answers are not reported/);
  const exact = findings('In a survey by Ipsos, 50% of respondents backed the plan. 30% of respondents opposed it. 20% of respondents were unsure.', 'figures.shares');
  assert.equal(exact.length, 0);
});

test('figures.percent-of-counts: a percentage that does not match its counts', () => {
  assert.equal(findings('Officials said 12 of 40 schools (30%) had closed.', 'figures.percent-of-counts').length, 0);
  const bad = findings('Officials said 12 of 40 schools (35%) had closed.', 'figures.percent-of-counts');
  assert.equal(bad.length, 1);
  assert.equal(bad[0].expected, 30);
  assert.equal(bad[0].actual, 35);
});

test('figures.change: direction, factor and size of a change', () => {
  assert.equal(findings('Unemployment rose from 3% to 5% last year.', 'figures.change').length, 0);
  assert.equal(findings('Unemployment rose from 5% to 3% last year.', 'figures.change')[0].severity, 'error');
  const dbl = findings('The number of members doubled from 40 to 60 in a year.', 'figures.change');
  assert.equal(dbl[0].expected, 80);
  assert.equal(findings('Sales rose 10% to $110m from $100m.', 'figures.change').length, 0);
  assert.equal(findings('Sales rose 30% to $110m from $100m.', 'figures.change').length, 1);
});

test('figures.future-date: a date after the article date told as past', () => {
  const bad = findings('On July 13, 2031, the agency published a video.', 'figures.future-date', '2024-07-20');
  assert.equal(bad.length, 1);
  assert.equal(bad[0].actual, '2031-07-13');
  assert.equal(findings('On July 13, 2024, the agency published a video.', 'figures.future-date', '2024-07-20').length, 0);
  assert.equal(findings('The election will be held in March 2031.', 'figures.future-date', '2024-07-20').length, 0);
  assert.equal(findings('On July 13, 2031, the agency published a video.', 'figures.future-date').length, 0);
});

test('figures.unsourced: a figure with no source in its sentence or paragraph', () => {
  const f = findings('The army has 500 tanks.\n\nThe ministry said the navy has 40 ships.', 'figures.unsourced');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'info');
  assert.match(f[0].message, /500/);
});
