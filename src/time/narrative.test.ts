// How news anchors what it does not date outright: to the quarter a report is about, to the date
// the story is at, or to the document date; and what only looks like a time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseYmd } from './calendar.js';
import { recognise } from './recognise.js';

const DCT = parseYmd('1989-11-02')!; // a Thursday, in the fourth quarter

function find(text: string, dct = DCT): [string, string, string][] {
  return recognise(text, { dct }).map((t) => [text.slice(t.start, t.end), t.type, t.value]);
}
function valueOf(text: string, phrase: string, dct = DCT): string | undefined {
  return find(text, dct).find(([s]) => s === phrase)?.[2];
}
function found(text: string, phrase: string, dct = DCT): boolean {
  return find(text, dct).some(([s]) => s.includes(phrase));
}

test('year-ago references keep to the quarter the report is about, not the last one named', () => {
  const text =
    'Net rose in the third quarter. The company had a flat second quarter. Interest expense was lower than a year ago. ' +
    'In the year-earlier period, profit was higher. In the 1989 period, sales rose.';
  assert.equal(valueOf(text, 'a year ago'), '1988-Q3');
  assert.equal(valueOf(text, 'the year-earlier period'), '1988-Q3');
  assert.equal(valueOf(text, 'the 1989 period'), '1989-Q3');
  // a quarter ahead ("fourth-quarter prospects") is not what the report is about
  const ahead = 'Analysts expect weakness in the fourth quarter. Third-quarter profit fell from a year ago.';
  assert.equal(valueOf(ahead, 'a year ago'), '1988-Q3');
  // nor is a quarter named from years back
  const old = 'It stopped the dividend in the third quarter of 1984. Third-quarter net rose from a year ago.';
  assert.equal(valueOf(old, 'a year ago'), '1988-Q3');
});

test('a round-up turns to its next story with "Separately"', () => {
  const text = 'Delta earned more in the fiscal first quarter. Separately, America West posted third-quarter net, up from a year earlier.';
  assert.equal(valueOf(text, 'a year earlier'), '1988-Q3');
});

test('"last year" in a quarterly comparison is the year-ago quarter; elsewhere the year', () => {
  const q = 'Third-quarter net was $24 million, compared with a loss of $3 million last year.';
  assert.equal(valueOf(q, 'last year'), '1988-Q3');
  assert.equal(valueOf('Third-quarter net rose. Results for the corresponding period last year were weak.', 'last year'), '1988-Q3');
  assert.equal(valueOf('Third-quarter net rose. He resigned last year to run for office.', 'last year'), '1988');
});

test('"the following year", "the previous Friday" count from the date the story is at', () => {
  assert.equal(valueOf('He was promoted in 1995, and the following year he moved to Washington.', 'the following year'), '1996');
  assert.equal(valueOf('The talks began in March 1989. The following month, the company put itself up for sale.', 'The following month'), '1989-04');
  assert.equal(valueOf('Stocks fell Friday, Oct. 27, down 4.5% from the previous Friday.', 'the previous Friday'), '1989-10-20');
  // with nothing named before, the document date
  assert.equal(valueOf('The following year was worse.', 'The following year'), '1990');
});

test('"until" and "by" look ahead, unless the clause is in the past perfect', () => {
  assert.equal(valueOf('The offer runs until Tuesday.', 'Tuesday'), '1989-11-07');
  assert.equal(valueOf('Officials postponed action until Tuesday.', 'Tuesday'), '1989-11-07');
  assert.equal(valueOf('Until Tuesday, they had not called him a suspect.', 'Tuesday'), '1989-10-31');
  assert.equal(valueOf('All members had filed reports by Tuesday.', 'Tuesday'), '1989-10-31');
});

test('a time of day with no day, told in the past, is on the day the story is at', () => {
  assert.equal(valueOf('On Oct. 23, he was shot at 10 p.m. in his kitchen.', '10 p.m.'), '1989-10-23T22:00');
  assert.equal(valueOf('Shares crashed Friday. Dealers placed buy orders in the morning.', 'the morning'), '1989-10-27TMO');
  // told in the future, the document's day
  assert.equal(valueOf('On Oct. 23 they met. The results will be disclosed at 10 a.m.', '10 a.m.'), '1989-11-02T10:00');
});

test('durations, halves and weeks news writes', () => {
  assert.equal(valueOf('For the past few weeks we have been subjected to leaks.', 'the past few weeks'), 'PXW');
  assert.equal(valueOf('Rates have fallen in the past few weeks.', 'the past few weeks'), 'PAST_REF');
  assert.deepEqual(find('Three days later, the index fell.')[0], ['Three days', 'DURATION', 'P3D']);
  assert.deepEqual(find('A few days later, it announced losses.')[0], ['A few days', 'DURATION', 'PXD']);
  assert.equal(valueOf('He said Islam will one day be the second religion.', 'one day'), 'FUTURE_REF');
  assert.equal(valueOf('It will weigh on earnings for the last half of 1989.', 'the last half of 1989'), '1989-H2');
  assert.equal(valueOf('Losses will run through the first two quarters of 1990.', 'first two quarters of 1990'), '1990-H1');
  assert.equal(valueOf('Oil is near the level we saw in the winter of nineteen ninety-four.', 'the winter of nineteen ninety-four'), '1994-WI');
  assert.equal(valueOf('It may be settled in a hearing the week of March 6.', 'the week of March 6', parseYmd('2000-02-24')!), '2000-W10');
});

test('a month and day in a clause with no tense lean to the past: news reports what happened', () => {
  assert.equal(valueOf('Its record high set on Aug. 6 stands.', 'Aug. 6', parseYmd('1998-02-06')!), '1997-08-06');
  assert.equal(valueOf('The shares will be listed on Aug. 6.', 'Aug. 6', parseYmd('1998-02-06')!), '1998-08-06');
});

test('a full stop after an initial does not end the clause: "will succeed Daniel P. Davison Feb. 1" looks ahead', () => {
  assert.equal(valueOf('Mr. Schwarz will succeed Daniel P. Davison Feb. 1, the bank said.', 'Feb. 1'), '1990-02-01');
});

test('what only looks like a time', () => {
  assert.equal(found('The case is for today\'s youth what the blockade was.', 'today'), false);
  assert.equal(found('It is the chip in many of today\'s personal computers.', 'today'), false);
  assert.equal(found('This is VOA Today.', 'Today'), false);
  assert.equal(found('If I were choosing the people of tomorrow, I would choose them.', 'tomorrow'), false);
  assert.equal(found('That is very important to the future of our peoples.', 'future'), false);
  assert.equal(found('He showed a picture from the film "High Noon."', 'Noon'), false);
  assert.equal(found('Baker said on ABC\'s "This Week With David Brinkley" that it failed.', 'This Week'), false);
  assert.equal(found('The chip runs 15 million instructions per second.', 'second'), false);
  assert.equal(found('Picket every home, 24 hours a day, he said.', 'hours'), false);
  // the real thing still counts
  assert.equal(valueOf('Today\'s meeting was short.', 'Today'), '1989-11-02');
  assert.equal(valueOf('They will meet tomorrow.', 'tomorrow'), '1989-11-03');
  assert.equal(valueOf('Prices will rise in the future.', 'the future'), 'FUTURE_REF');
  assert.equal(valueOf('The vote is this week.', 'this week'), '1989-W44');
});
