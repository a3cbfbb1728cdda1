import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StringSet, WordIndex } from './word-index.js';

test('the word index answers as a Map would, through growth, replacement and clearing', () => {
  const index = new WordIndex();
  const map = new Map<string, number>();
  let seed = 3;
  const rand = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
  const word = () => {
    const len = 1 + rand(6);
    let s = '';
    for (let i = 0; i < len; i++) s += String.fromCharCode(rand(5) ? 97 + rand(4) : [0x2019, 0x00e9, 0xd83d, 48 + rand(10)][rand(4)]);
    return s;
  };
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < 40000; i++) {
      // Fresh strings built from parts, as token slices are: equal content, different objects.
      const w = word();
      const key = (' ' + w).slice(1);
      if (rand(3) === 0) {
        index.set(key, i);
        map.set(w, i);
      }
      assert.equal(index.get(key), map.get(w) ?? -1, JSON.stringify(w));
    }
    assert.equal(index.size, map.size);
    index.clear();
    map.clear();
    assert.equal(index.get('a'), -1);
  }
});

test('the string set answers as Set does', () => {
  const set = new StringSet();
  const ref = new Set<string>();
  for (let i = 0; i < 5000; i++) {
    const k = `w${(i * 7919) % 1300}`;
    const fresh = (' ' + k).slice(1);
    assert.equal(set.has(fresh), ref.has(k));
    if (i % 3) {
      set.add(fresh);
      ref.add(k);
    }
  }
  assert.equal(set.size, ref.size);
});
