import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseYmd } from './calendar.js';
import { recognise } from './recognise.js';

const DCT = parseYmd('2024-07-13')!; // a Saturday

/** The [text, type, value] of each expression found. */
function find(text: string, dct = DCT, dayFirst = false): [string, string, string][] {
  return recognise(text, { dct, dayFirst }).map((t) => [text.slice(t.start, t.end), t.type, t.value]);
}
function valueOf(text: string, phrase: string, dct = DCT, dayFirst = false): string | undefined {
  return find(text, dct, dayFirst).find(([s]) => s === phrase)?.[2];
}

test('explicit dates at day, month and year precision', () => {
  assert.equal(valueOf('On July 13, 2024, Belta published a video.', 'July 13, 2024'), '2024-07-13');
  assert.equal(valueOf('He spoke on 13 July 2024 in Minsk.', '13 July 2024'), '2024-07-13');
  assert.equal(valueOf('It was revealed in March 2022 when the war began.', 'March 2022'), '2022-03');
  assert.equal(valueOf('A poll held in November 2023 found this.', 'November 2023'), '2023-11');
  assert.equal(valueOf('The report is dated 2024-07-13.', '2024-07-13'), '2024-07-13');
});

test('a month and day without a year take the year of the document date', () => {
  assert.equal(valueOf('He said in the meeting of July 13 that he would talk.', 'July 13'), '2024-07-13');
  // past tense in January: last December, not next
  assert.equal(valueOf('The deal was signed on Dec. 20.', 'Dec. 20', parseYmd('2024-01-10')!), '2023-12-20');
  // future tense in December: next January
  assert.equal(valueOf('The law will take effect on Jan. 5.', 'Jan. 5', parseYmd('2023-12-20')!), '2024-01-05');
});

test('no document date: the year stays unknown (XXXX)', () => {
  assert.equal(valueOf('He met them on July 13.', 'July 13', null as never), 'XXXX-07-13');
  assert.equal(valueOf('They met yesterday.', 'yesterday', null as never), 'PAST_REF');
});

test('relative expressions are reckoned from the document date', () => {
  assert.equal(valueOf('They met yesterday.', 'yesterday'), '2024-07-12');
  assert.equal(valueOf('Sales rose last year.', 'last year'), '2023');
  assert.equal(valueOf('Prices fell last month.', 'last month'), '2024-06');
  assert.equal(valueOf('Talks resume next week.', 'next week'), '2024-W29');
  assert.equal(valueOf('It was hot this summer.', 'this summer'), '2024-SU');
  assert.equal(valueOf('Two years ago the plant closed.', 'Two years ago'), '2022');
  assert.equal(valueOf('The ministers met on Tuesday.', 'Tuesday'), '2024-07-09');
  assert.equal(valueOf('The ministers will meet on Tuesday.', 'Tuesday'), '2024-07-16');
  assert.equal(valueOf('Profit rose in the third quarter.', 'the third quarter', parseYmd('2024-02-10')!), '2023-Q3');
  assert.equal(valueOf('Profit rose in the third quarter.', 'the third quarter', parseYmd('2024-10-20')!), '2024-Q3');
});

test('vague expressions', () => {
  assert.equal(valueOf('Prices are now higher.', 'now'), 'PRESENT_REF');
  assert.equal(valueOf('Prices recently rose.', 'recently'), 'PAST_REF');
  assert.equal(valueOf('Prices may rise in the future.', 'the future'), 'FUTURE_REF');
  const t = find('He has repeatedly reiterated this decision over the years.');
  assert.deepEqual(t, [['the years', 'DURATION', 'PXY']]);
  const inv = find('In the first days of the launch of the large-scale invasion of Ukraine, Russia used bases.');
  assert.equal(inv[0][0], 'the first days of the launch of the large-scale invasion');
  assert.equal(inv[0][1], 'DATE');
});

test('durations and frequencies', () => {
  assert.equal(valueOf('He ruled for three years.', 'three years'), 'P3Y');
  assert.equal(valueOf('In the last twenty four hours the market fell.', 'the last twenty four hours'), 'PT24H');
  assert.equal(valueOf('It was a five-year low.', 'five-year'), 'P5Y');
  assert.equal(valueOf('The talks lasted 2 1/2 hours.', '2 1/2 hours'), 'PT2H30M');
  assert.equal(valueOf('The index is published daily.', 'daily'), 'P1D');
  assert.deepEqual(find('The board meets every Monday.'), [['every Monday', 'SET', 'XXXX-WXX-1']]);
});

test('"May" and "March" are months only where they read as months', () => {
  assert.deepEqual(find('The minister may resign.'), []);
  assert.deepEqual(find('May I ask a question?'), []);
  assert.deepEqual(find('Thousands will march on the capital.'), []);
  assert.equal(valueOf('The vote took place in May.', 'May'), '2024-05');
  assert.equal(valueOf('The plan was revealed in March.', 'March'), '2024-03');
  assert.equal(valueOf('The vote was on May 5.', 'May 5'), '2024-05-05');
});

test('"2020" is a year, unless it counts something', () => {
  assert.equal(valueOf('Moreover, the 2020 elections saw huge clashes.', '2020'), '2020');
  assert.equal(valueOf('It happened in 1995.', '1995'), '1995');
  assert.deepEqual(find('The march drew 2020 people.'), []);
  assert.deepEqual(find('It cost $2020 in all.'), []);
  assert.deepEqual(find('Turnout was 2020 of 3000 voters.').filter(([s]) => s === '2020'), []);
});

test('decades, centuries and fiscal years', () => {
  assert.equal(valueOf('Growth was fast in the 1990s.', 'the 1990s'), '199');
  assert.equal(valueOf('In the mid-1990s growth slowed.', 'the mid-1990s'), '199');
  assert.equal(valueOf('Revenue rose in fiscal 1990.', 'fiscal 1990'), '1990');
  assert.equal(valueOf('Revenue rose in fiscal year 2024.', 'fiscal year 2024'), '2024');
  assert.equal(valueOf('Revenue rose in FY2023.', 'FY2023'), '2023');
  assert.equal(valueOf('The budget for fiscal 2023-24 was cut.', 'fiscal 2023-24'), '2024');
  assert.equal(valueOf('Spending in FY2023/24 rose.', 'FY2023/24'), '2024');
  assert.equal(valueOf('Wars marked the 20th century.', 'the 20th century'), '19');
});

test('numeric dates: day first outside the US, impossible values settle it', () => {
  assert.equal(valueOf('Signed on 13.07.2024 in Minsk.', '13.07.2024'), '2024-07-13');
  assert.equal(valueOf('Signed on 13/07/2024 in Minsk.', '13/07/2024'), '2024-07-13');
  assert.equal(valueOf('Signed on 07/13/2024 in Ohio.', '07/13/2024'), '2024-07-13');
  assert.equal(valueOf('Signed on 03/04/2024.', '03/04/2024', DCT, false), '2024-03-04');
  assert.equal(valueOf('Signed on 03/04/2024.', '03/04/2024', DCT, true), '2024-04-03');
  assert.equal(valueOf('Signed on 03.04.2024.', '03.04.2024', DCT, false), '2024-04-03');
  assert.deepEqual(find('Version 1.2.3 and ratio 45/67/89 are not dates.'), []);
});

test('spans never leave the text they claim', () => {
  const text = 'On Friday, July 12, 2024, after two weeks of talks, the sides met at 3 p.m. yesterday.';
  for (const t of recognise(text, { dct: DCT })) {
    assert.ok(t.start >= 0 && t.end <= text.length && t.start < t.end);
    assert.equal(text.slice(t.start, t.end).trim(), text.slice(t.start, t.end));
  }
});

test('hostile input ends quickly and finds nothing odd', () => {
  const text = '1'.repeat(50_000) + ' ' + 'May '.repeat(5_000) + 'the '.repeat(5_000);
  const found = recognise(text, { dct: DCT });
  assert.ok(Array.isArray(found));
});

test('no expression runs across a paragraph break', () => {
  assert.deepEqual(find('It happened in March\n\n2022 was a hard year.'), [
    ['March', 'DATE', '2024-03'],
    ['2022', 'DATE', '2022'],
  ]);
});
