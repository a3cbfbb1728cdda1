import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatGrouped } from './format-number.js';

test('grouped numbers read as toLocaleString writes them', () => {
  const cases: [number, number][] = [
    [0, 3], [-0, 3], [7, 3], [1234, 3], [-1234567, 3], [999999.995, 2], [1.005, 2], [2.675, 2], [0.125, 2],
    [-0.004, 2], [-0.005, 2], [123456.789, 0], [0.1 + 0.2, 6], [1e21, 3], [5e-7, 6], [Infinity, 2], [NaN, 2],
  ];
  for (const [n, d] of cases) assert.equal(formatGrouped(n, d), n.toLocaleString('en-US', { maximumFractionDigits: d }), `${n} ${d}`);
});

test('thousands and rounding', () => {
  assert.equal(formatGrouped(263000), '263,000');
  assert.equal(formatGrouped(9.995, 2), '10');
  assert.equal(formatGrouped(-1999.996, 2), '-2,000');
});
