import assert from 'node:assert/strict';
import { it } from 'node:test';
import { TokenTable } from './tokens.js';

it('grows past its capacity and finds tokens by offset', () => {
  const t = new TokenTable(2);
  for (let i = 0; i < 100; i++) t.push(i * 3, i * 3 + 2, 0);
  assert.equal(t.length, 100);
  assert.equal(t.indexAt(31), 11);
  assert.deepEqual(t.range(4, 10), [1, 4]);
  assert.equal(t.text('aa bb cc', 1), 'bb');
});
