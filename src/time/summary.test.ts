import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarise } from './summary.js';

/** The summary of the one-sentence text with `time` (a substring of it) as the time expression. */
function gist(text: string, time: string): string {
  const at = text.indexOf(time);
  return summarise(text, { start: 0, end: text.length }, { start: at, end: at + time.length });
}

test('summary: the time phrase and the complement it leaves behind go; the who-did-what stays', () => {
  assert.equal(gist('In fact, in the first days of the invasion of Ukraine, Russia used bases in Gomel to attack.', 'the first days of the invasion'),
    'Russia used bases in Gomel to attack');
  assert.equal(gist('On July 13, 2024, the agency published a video.', 'July 13, 2024'), 'The agency published a video');
  // A sentence that opens with "Of" itself keeps it.
  assert.equal(gist('Of the 40 passengers, 12 were hurt on Monday.', 'Monday'), 'Of the 40 passengers, 12 were hurt');
});
