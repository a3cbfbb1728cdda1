import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../core/random.js';
import { editDistance } from './edit-distance.js';
import { bucketSignatures, charSet, groupOf, mayBeWithin, nextMayBeWithin, spaceCount } from './key-signature.js';

test('the character-set bound never rules out a pair within the distance', () => {
  const rand = mulberry32(7);
  const alphabet = 'abcde fé-1';
  const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
  let ruledOut = 0;
  for (let t = 0; t < 20000; t++) {
    const a = word(3 + Math.floor(rand() * 8));
    const b = word(Math.max(1, a.length + Math.floor(rand() * 5) - 2));
    for (const max of [1, 2]) {
      const within = editDistance(a, b, max) <= max;
      const may = mayBeWithin(charSet(a), charSet(b), max);
      if (within) assert.ok(may, `${a} / ${b} within ${max}`);
      if (!may) ruledOut++;
    }
  }
  assert.ok(ruledOut > 0);
});

test('signatures of a bucket are kept and count spaces and characters', () => {
  const bucket = ['chatham house', 'kyiv'];
  const sig = bucketSignatures(bucket);
  assert.equal(bucketSignatures(bucket), sig);
  // grouped by spaces: kyiv (no space) first, then chatham house
  assert.deepEqual([...sig.order], [1, 0]);
  assert.deepEqual([...sig.first], [0, 1, 2]);
  assert.deepEqual(groupOf(sig, 1), [1, 2]);
  assert.deepEqual(groupOf(sig, 4), [0, 0]);
  assert.equal(sig.chars[0], charSet('kyiv'));
  assert.equal(spaceCount('a b  c'), 3);
  assert.ok(!mayBeWithin(charSet('chatnam'), charSet('london'), 2));
});

test('the sweep finds, in order, exactly the keys of a group that mayBeWithin lets through', () => {
  const rand = mulberry32(11);
  const alphabet = 'abcdefgh -é4';
  const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
  const bucket = Array.from({ length: 400 }, () => word(7));
  const sig = bucketSignatures(bucket);
  for (let t = 0; t < 50; t++) {
    const key = word(7);
    for (const max of [1, 2]) {
      const [from, to] = groupOf(sig, spaceCount(key));
      const swept: number[] = [];
      for (let g = nextMayBeWithin(sig, from, to, charSet(key), max); g < to; g = nextMayBeWithin(sig, g + 1, to, charSet(key), max)) swept.push(sig.order[g]);
      const expected = bucket.flatMap((k, i) => (spaceCount(k) === spaceCount(key) && mayBeWithin(charSet(key), charSet(k), max) ? [i] : []));
      assert.deepEqual(swept, expected);
    }
  }
});
