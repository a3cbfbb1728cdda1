import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractString } from './index.js';
import { isChromeLine } from './chrome-lines.js';

// A scraped analysis article in the shape scrapers save: chrome lines at head and foot, a title
// with a trailing dash, a standfirst, numbered footnotes, "Related Posts" glued to the last line.
const SCRAPED = `close

Menu

Harbour authority reports record winter grain exports –

The northern ports moved more grain this winter than in any winter before, the harbour authority said in its quarterly report.

On 14 January 2025, the authority published figures showing that 7756 vehicles(1) passed through the terminal gates in one week. Officials said the new rail link explains most of the rise, while traders pointed to the mild weather.

The report also counted 312 ships(2) at anchor outside the port during the busiest days, and said the queues would shorten once the second berth opens in the spring.

Share

(1) Trucks, tractors with trailers and rail wagons counted by the gate cameras.

(2) Only ships over 5,000 tonnes are counted.Related Posts`;

test('plain text: chrome lines at head and foot are dropped', () => {
  const ex = extractString(SCRAPED, 'text');
  assert.ok(!/^close|Menu|Related Posts/.test(ex.text));
  assert.ok(!ex.text.includes('Related Posts'));
  assert.ok(!ex.text.includes('\nShare\n'));
});

test('plain text: title and standfirst recovered', () => {
  const ex = extractString(SCRAPED, 'text');
  assert.equal(ex.meta.title, 'Harbour authority reports record winter grain exports');
  assert.match(ex.meta.subtitle ?? '', /^The northern ports moved more grain/);
  assert.deepEqual(ex.blocks.slice(0, 2).map((b) => b.kind), ['title', 'subtitle']);
});

test('plain text: numbered footnotes tied to their markers, never glued to the number', () => {
  const ex = extractString(SCRAPED, 'text');
  const notes = ex.blocks.filter((b) => b.kind === 'footnote');
  assert.deepEqual(notes.map((n) => n.note), ['1', '2']);
  const m1 = notes[0].markers!;
  assert.equal(m1.length, 1);
  assert.equal(ex.text.slice(m1[0].start, m1[0].end), '(1)');
  assert.equal(ex.text.slice(m1[0].start - 13, m1[0].start), '7756 vehicles');
  // The number stays a number of its own: "7756", not "77561".
  assert.match(ex.text, /\b7756 vehicles\(1\)/);
  assert.equal(ex.text.slice(notes[1].markers![0].start - 9, notes[1].markers![0].end), '312 ships(2)');
  assert.ok(ex.text.slice(notes[1].start, notes[1].end).endsWith('counted.'));
});

test('plain text: chrome line recognition', () => {
  for (const l of ['close', 'Share', 'Menu', 'Related Posts', 'Read more', 'We use cookies to give you the best experience', '5 min read', 'Accept all']) {
    assert.ok(isChromeLine(l), l);
  }
  for (const l of ['The talks will close on Friday.', 'Share prices fell sharply after the report.', 'Related talks are planned.']) {
    assert.ok(!isChromeLine(l), l);
  }
});
