import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WordSieve } from './word-sieve.js';

test('the sieve lets every listed word through and rules out only unlisted ones', () => {
  const listed = ['a', 'one', 'two-thirds', 'half', 'dozen', 'twenty', 'É', 'x'.repeat(40), 'Upper', ''];
  const sieve = new WordSieve(listed);
  for (const w of listed) assert.equal(sieve.mayHold(w), true, w);
  const ruledOut = ['the', 'b', 'ones', 'on', 'hal', 'twentyone', 'dozens'];
  for (const w of ruledOut) assert.equal(sieve.mayHold(w), false, w);
  // words outside its grid (capitals, digits, other scripts, very long) are let through to the lookup
  for (const w of ['The', '2nd', 'é', 'y'.repeat(40), '-a']) assert.equal(sieve.mayHold(w), true, w);
  // the first n characters of a word: "halfs" without its s
  assert.equal(sieve.mayHold('halfs', 4), true);
  assert.equal(sieve.mayHold('ones', 3), true);
  assert.equal(sieve.mayHold('ones', 4), false);
  assert.equal(sieve.mayHold('as', 1), true);
});
