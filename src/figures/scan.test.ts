import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figureRows, runText } from '../checks/run-for-test.js';
import { viewOfWords } from './view-for-test.js';

function one(sentence: string) {
  const rows = figureRows(runText(sentence));
  assert.equal(rows.length, 1, `${sentence} -> ${JSON.stringify(rows)}`);
  return rows[0];
}

test('number forms news uses', () => {
  const table: [string, string, number | string, string | undefined][] = [
    ['The army has 263,000 members.', '263,000', 263000, 'people'],
    ['It owns 7756 vehicles.', '7756', 7756, 'vehicles'],
    ['The city has 5.2 million residents.', '5.2 million', 5.2e6, 'people'],
    ['The deal is worth $1.2bn in cash.', '$1.2bn', 1.2e9, 'USD'],
    ['They paid €300m for it.', '€300m', 3e8, 'EUR'],
    ['The budget is 1.5 trillion roubles this year.', '1.5 trillion roubles', 1.5e12, 'RUB'],
    ['Sales rose by £45m last week.', '£45m', 4.5e7, 'GBP'],
    ['Two-thirds of voters agreed.', 'Two-thirds', 200 / 3, 'percent'],
    ['One in five adults smoke.', 'One in five', 20, 'percent'],
    ['A dozen ships sank.', 'A dozen', 12, 'ships'],
    ['Support stood at 26% in May.', '26%', 26, 'percent'],
    ['Support stood at 26 per cent in May.', '26 per cent', 26, 'percent'],
    ['The lead narrowed by 3 percentage points overnight.', '3 percentage points', 3, 'pp'],
    ['The pipeline runs 450 km across the plain.', '450 km', 450, 'km'],
    ['Output reached 2.5m barrels of oil.', '2.5m barrels', 2.5e6, 'barrels'],
    ['A quarter of a million jobs went.', 'A quarter of a million', 250000, 'people'],
    ['Officials said 1,200 tonnes were shipped.', '1,200 tonnes', 1200, 'tonnes'],
    ['Shares closed at 583p on Friday.', '583p', 5.83, 'GBP'],
    ['Shares rose to 18 pence by noon.', '18 pence', 0.18, 'GBP'],
    ['The dividend rose to 70 euro cents a share.', '70 euro cents', 0.7, 'EUR'],
    ['Lufthansa flies six out of every 10 planes there.', 'six out of every 10', 60, 'percent'],
    ['Nearly half a million children skip school.', 'half a million', 500000, 'people'],
    ['There are two and a half million cars in the city.', 'two and a half million', 2.5e6, 'cars'],
    ['It delivered a 130-ton generator.', '130-ton', 130, 'tonnes'],
    ['It spent 59.2 trillion rupiah on fuel.', '59.2 trillion rupiah', 59.2e12, 'IDR'],
  ];
  for (const [s, span, value, unit] of table) {
    const [t, v, u] = one(s);
    assert.equal(t, span, s);
    if (typeof value === 'number') assert.ok(Math.abs((v as number) - value) < 1e-6, `${s}: ${v}`);
    assert.equal(u, unit, s);
  }
});

test('ranges', () => {
  assert.deepEqual(one('Between 10 and 20 people were hurt.').slice(0, 2), ['Between 10 and 20', '10-20']);
  assert.deepEqual(one('Some 10-20 people were hurt.').slice(0, 2), ['10-20', '10-20']);
  assert.deepEqual(one('It will cost $5m-$10m to fix.').slice(0, 2), ['$5m-$10m', '5000000-10000000']);
  assert.deepEqual(one('Growth will slow to between 3% and 5% next year.'), ['between 3% and 5%', '3-5', 'percent']);
});

test('approximations and bounds', () => {
  const table: [string, string][] = [
    ['About 500 people came.', 'about'], ['Nearly 500 people came.', 'under'], ['More than 500 people came.', 'over'],
    ['At least 500 people came.', 'at-least'], ['Up to 500 people came.', 'up-to'], ['Fewer than 500 people came.', 'under'],
  ];
  for (const [s, approx] of table) {
    const doc = runText(s);
    const f = doc.get('figures')[0];
    assert.equal(f.approx, approx, s);
    assert.equal(doc.text.slice(f.start, f.end), '500', s);
  }
});

test('numbers that are not quantities', () => {
  const none = [
    'The war began in 2022 and ended in 2024.',
    'She came first in the 3rd round.',
    'The meeting starts at 10:30 on July 13.',
    'Call 0800 123 4567 for details.',
    'He was born on 13 July 1990.',
    'The rules are in Article 5 of the treaty.',
    'The talks lasted three days.',
    'Sales were four times as high.',
    'The 20-year-old man was held.',
    'The score was 3-1 at half time.',
    'It happened in the 2004/05 season.',
    'Donations between 2001 and 2003 were banned.',
    'Dr Greenspan, 79, spoke in London.',
    'Vodafone is the number three operator.',
    'Output fell for four consecutive quarters.',
    'The BBC Global 30 has risen this week.',
  ];
  for (const s of none) assert.deepEqual(figureRows(runText(s)), [], s);
});

test('list numbers and footnote markers are not quantities', () => {
  const doc = runText('Land Forces have a total of 7756 vehicles(1) today.\n\n1. First item of the list\n\n(1) The types of vehicles included are tanks.');
  assert.deepEqual(figureRows(doc), [['7756', 7756, 'vehicles']]);
});

test('measure, qualifier and subject', () => {
  const doc = runText('Few soldiers serve in Belarus. The country’s military personnel amounts to 263,000 members. Ruritania has 145,000 reserve personnel.');
  const [a, b] = doc.get('figures');
  assert.equal(a.measure, 'military personnel');
  assert.equal(a.subject, 'Belarus');
  assert.equal(b.measure, 'reserve personnel');
  assert.equal(b.qualifier, 'reserve');
  assert.equal(b.subject, 'Ruritania');
});

test('source: named in the sentence, in the paragraph, or none', () => {
  const doc = runText('Exports rose 5% last year, according to the statistics office.\n\nIn a poll conducted by Gallup, 40% of respondents agreed. 30% of respondents disagreed.\n\nThe army has 500 tanks.');
  const [f1, f2, f3, f4] = doc.get('figures');
  assert.equal(f1.source, 'the statistics office');
  assert.equal(f2.source, 'Gallup');
  assert.equal(f3.source, 'Gallup');
  assert.equal(f4.source, null);
});

test('a hyphenated tens word and unit is a number; other hyphenated words are not', async () => {
  const { coreAt } = await import('./scan.js');
  const cases: [string, number | null][] = [
    ['twenty-five', 25], ['ninety-nine', 99], ['Seventy-one', 71], ['forty-ten', null], ['fifty-fifty', null],
    ['twenty-five-year', null], ['state-owned', null], ['twentyx-five', null], ['sixty-', null], ['eighty-constructor', null],
  ];
  for (const [w, want] of cases) {
    const core = coreAt(viewOfWords([w, 'people']), 0, 0, 2);
    assert.equal(core?.value ?? null, want, w);
  }
});

test('the first-character pre-test passes over only tokens where no number core begins', async () => {
  const { beginsNoCore, coreAt } = await import('./scan.js');
  const { SMALL_NUMBERS, TENS, FRACTIONS, MULTIPLIERS } = await import('./lexicon.js');
  const words = [
    ...Object.keys(SMALL_NUMBERS), ...Object.keys(TENS), ...Object.keys(MULTIPLIERS), ...Object.keys(FRACTIONS).flatMap((k) => k.split(' ')),
    'a', 'A', 'half', 'Half', 'dozen', 'two-thirds', 'Twenty-five', 'twenty-five', 'the', 'rate', "don't", 'u.s.', '-', '–', '—', '“', '”', '’', '£', '€', '$', '%',
    ',', '.', '(', ')', "'", '5', '5.2m', '583p', '130-ton', '1,200', 'K', 'İ', '\u00a0half', '½', 'of', 'in', 'out', 'and', 'every', 'hundred', 'million',
  ];
  // every word before every other, so that each two-word form is seen
  const seq: string[] = [];
  for (const a of words) for (const b of words) seq.push(a, b);
  const v = viewOfWords(seq);
  let passed = 0;
  for (let i = 0; i < v.length; i++) {
    if (!beginsNoCore(v, i)) continue;
    passed++;
    assert.equal(coreAt(v, i, 0, v.length), null, `${v.word(i)} ${v.word(i + 1)}`);
  }
  assert.ok(passed > v.length / 4);
});
