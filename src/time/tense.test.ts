import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tenseAt } from './tense.js';

const at = (text: string, word: string): ReturnType<typeof tenseAt> => tenseAt(text, text.indexOf(word));

test('a capitalised name ending in -ed is not a past verb', () => {
  assert.equal(at('The father would be traveling to the United States Thursday.', 'Thursday'), 'future');
  assert.equal(at('The father traveled to the United States Thursday.', 'Thursday'), 'past');
});

test('irregular past forms mark the past', () => {
  assert.equal(at('He will say that the proceedings began Tuesday.', 'Tuesday'), 'past');
});

test('a participle after "be" keeps the tense of its auxiliary', () => {
  assert.equal(at('The vote will be held Tuesday.', 'Tuesday'), 'future');
  assert.equal(at('The results will be announced Friday.', 'Friday'), 'future');
  assert.equal(at('The results were announced Friday.', 'Friday'), 'past');
});
