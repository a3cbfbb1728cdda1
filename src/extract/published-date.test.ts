import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyMeta } from '../core/doc.js';
import { writtenDate, writtenDates } from './dates.js';
import { settleDates } from './published-date.js';

function settled(published: string | null, line: string | null, extra: { modified?: string; url?: string; from?: number | null } = {}): string | null {
  const meta = emptyMeta();
  meta.published = published;
  meta.modified = extra.modified ?? null;
  settleDates(meta, line ? { date: writtenDates(line)[0], line, fromHeadline: extra.from === undefined ? 1 : extra.from } : null, extra.url);
  return meta.published;
}

test('writtenDates: every date on a line, both readings of an ambiguous numeric one', () => {
  assert.deepEqual(writtenDates('May 21, 2025April 24, 2025 by the editor'), ['2025-05-21', '2025-04-24']);
  assert.deepEqual(writtenDates('09.10.2024'), ['2024-10-09', '2024-09-10']);
  assert.deepEqual(writtenDates('25/10/2024'), ['2024-10-25']);
});

test('published: a dateline that agrees with the head keeps the head date, with its time', () => {
  assert.equal(settled('2024-09-10T08:00:00Z', '09.10.2024'), '2024-09-10T08:00:00Z');
  assert.equal(settled('2025-04-24', 'May 21, 2025April 24, 2025 by The Ritualist'), '2025-04-24');
});

test('published: the visible dateline beats a head date the page does not show', () => {
  // A re-publication or migration date in the head; the page says when it came out.
  assert.equal(settled('2025-06-12T10:00:00Z', 'November 2, 2022'), '2022-11-02');
  // One day off a UTC timestamp: the publisher's local day.
  assert.equal(settled('2025-12-19T03:05:00+00:00', 'December 18, 2025'), '2025-12-18');
  // Not when the timestamp carries its own offset, nor when no offset could carry it across midnight.
  assert.equal(settled('2025-05-14T19:30:03-07:00', 'May 15, 2025'), '2025-05-14T19:30:03-07:00');
  assert.equal(settled('2025-12-19T15:00:00Z', 'December 18, 2025'), '2025-12-19T15:00:00Z');
});

test('published: update notices, the modified date and sentences do not replace the head date', () => {
  assert.equal(settled('2024-10-15', 'Updated on June 18, 2025 at 12:35 PM'), '2024-10-15');
  assert.equal(settled('2024-02-21', 'October 26, 2025', { modified: '2025-10-26T09:00:00Z' }), '2024-02-21');
  // A date further down, or found with no headline to anchor it, is the article's own matter.
  assert.equal(settled('2025-06-12', 'November 2, 2022', { from: 6 }), '2025-06-12');
  assert.equal(settled('2025-06-12', 'November 2, 2022', { from: null }), '2025-06-12');
  assert.equal(settled('2025-01-17', 'The end of the 2025 tax season for most Americans is April 15, 2025, so file early.'), '2025-01-17');
});

test('published: a URL date one day off a timestamp is the local day; no head date takes the dateline', () => {
  assert.equal(settled('2025-12-19T02:41:41+00:00', null, { url: 'https://example.org/2025/12/18/a-post' }), '2025-12-18');
  assert.equal(settled(null, 'Posted March 3, 2024'), '2024-03-03');
});

test('writtenDate: an ISO date printed on the page, not a range or a longer number', () => {
  assert.equal(writtenDate('2022-11-23T08:10+02:00'), '2022-11-23');
  assert.equal(writtenDate('Published 2024-11-06'), '2024-11-06');
  assert.equal(writtenDate('2024-11/06'), null);
  assert.equal(writtenDate('ISBN 978-2024-11-06'), null);
});
