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

test('an inverted cue at the end of a sentence ("…, argued Mr Howard.") reports the words before it', () => {
  const s = 'The plan would cost jobs in every region of the country, argued Mr Howard.';
  const r = find(s);
  assert.equal(r?.cue, 'argued');
  assert.equal(s.slice(r!.phrase.start, r!.phrase.end), 'Mr Howard');
  assert.equal(s.slice(r!.content.start, r!.content.end), 'The plan would cost jobs in every region of the country');
  const bank = 'Lending to firms fell again in March, said the Bank of England.';
  const b = find(bank)!;
  assert.equal(bank.slice(b.phrase.start, b.phrase.end), 'the Bank of England');
  // Words after the speaker make it no inverted cue.
  assert.equal(find('The plan would cost jobs in every region, said Mr Howard to cheers from the hall.'), null);
});
