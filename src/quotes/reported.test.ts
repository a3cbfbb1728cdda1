// The cue pre-check of findReported must not lose a sentence the word-level search would find.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findReported } from './reported.js';

const find = (s: string) => findReported(s, { start: 0, end: s.length }, () => false);

test('findReported finds cues in any case and rejects sentences without one', () => {
  assert.equal(find('ACCORDING TO the ministry, the plan was dropped last week.')?.cue, 'according to');
  assert.equal(find('The minister said the plan was dropped last week.')?.cue, 'said');
  assert.equal(find('The plan was dropped last week by the ministry.'), null);
});
