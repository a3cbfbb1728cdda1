// The cue pre-check of findReported must not lose a sentence the word-level search would find.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPORTING_VERBS } from './lexicon.js';
import { findReported, mayHaveCue } from './reported.js';
import { splitWords } from './words.js';

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

test('the cue pre-check passes every stretch with a word that lower-cases to a cue', () => {
  const cues = new Set([...REPORTING_VERBS, 'according', 'saying']);
  const parts = ['said', 'SAYS', 'Told', 'according', 'saying', 'warn', 'thin\u212As', 'sa\u0130d', 'unsaid', 'said-so', "don't", 'U.S.', 'é', ' ', ' ', ',', '.', '’', '1', '-', '\u00a0'];
  let seed = 3;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let n = 0; n < 3000; n++) {
    let s = '';
    for (let k = 0; k < 8; k++) s += parts[Math.floor(rnd() * parts.length)];
    const a = Math.floor(rnd() * 4);
    const b = s.length - Math.floor(rnd() * 4);
    if (splitWords(s, a, b).some((w) => cues.has(w.lower))) assert.ok(mayHaveCue(s, a, b), JSON.stringify(s.slice(a, b)));
  }
  assert.equal(mayHaveCue('The plan was dropped.', 0, 21), false);
});
