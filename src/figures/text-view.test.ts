import assert from 'node:assert/strict';
import { test } from 'node:test';
import { viewOfWords } from './view-for-test.js';

test('the word tests answer as their Unicode patterns do, ASCII or not', () => {
  const words = ['rate', 'Rate', "o'clock", 'well-known', 'U.S.', 'e.g.', 'x1', 'a@b', 'don’t', 'café', 'Éire', 'naïve-ly', '-', "'s", 'ab_c', 'zürich', 'a.b', 'GDP', 'McDonald', "O'Neil", 'Bank-rate', 'mid-2005', 'A.', 'x.', 'Ltd.', "rock'n'roll", 'é', '\u212Aelvin', 'Rate5', 'a', 'Z'];
  const v = viewOfWords(words);
  words.forEach((w, i) => {
    assert.equal(v.isWord(i), /^\p{L}[\p{L}\p{M}'’.-]*$/u.test(w), `isWord ${w}`);
    assert.equal(v.isLowerWord(i), /^\p{Ll}[\p{L}\p{M}'’-]*$/u.test(w), `isLowerWord ${w}`);
    assert.equal(v.isCap(i), /^\p{Lu}/u.test(w) && /\p{L}/u.test(w), `isCap ${w}`);
    assert.equal(v.isCapWord(i), v.isCap(i) && v.isWord(i), `isCapWord ${w}`);
    assert.equal(v.lower(i), w.toLowerCase().replace(/’/g, "'"));
    assert.equal(v.isLetters(i), /^[a-z]+$/.test(v.lower(i)), `isLetters ${w}`);
  });
  assert.equal(v.isWord(words.length), false);
  assert.equal(v.isLowerWord(-1), false);
});

test('writesLower answers as a set of the lower-case words would, before and after it builds one', () => {
  const words = 'The rate rose and Rate fell while the Bank said rate cuts help the Bank'.split(' ');
  const v = viewOfWords(words);
  const seen = new Set(words.filter((w) => /^\p{Ll}[\p{L}\p{M}'’-]*$/u.test(w)));
  // enough questions to pass from scanning to the set
  for (let round = 0; round < 4; round++) for (const q of ['rate', 'bank', 'the', 'cuts', 'fell', 'x', 'Rate', 'help', 'and']) assert.equal(v.writesLower(q), seen.has(q), q);
});

test('nextWithLower finds each token whose lower case is the word, in order', () => {
  const words = 'The rate rose and Rate fell while the Bank said rate cuts help the Bank'.split(' ');
  const v = viewOfWords(words);
  for (const q of ['rate', 'bank', 'the', 'x', 'Rate', '', 'ratE']) {
    const want = words.flatMap((w, i) => (w.toLowerCase() === q ? [i] : []));
    const got: number[] = [];
    for (let i = v.nextWithLower(q, 0); i >= 0; i = v.nextWithLower(q, i + 1)) got.push(i);
    assert.deepEqual(got, want, q);
  }
});
