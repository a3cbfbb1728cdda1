import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figureRows, runText } from '../checks/run-for-test.js';

test('a race distance ("800m", "1500m") is an event, not millions and not a figure', () => {
  for (const s of [
    "Holmes' 800m gold medal victory was voted the top moment.",
    'She won the 1500m at the world championships.',
    "He is the Olympic 100m champion.",
    'She will run in the 60m hurdles on Sunday.',
    "Radcliffe skipped the women's 10,000m final.",
    'Holmes took the 800m and 1500m double in Athens.',
  ]) {
    assert.deepEqual(figureRows(runText(s)), [], s);
  }
});

test('the same numerals are still millions as money or without a sporting word', () => {
  const value = (s: string) => figureRows(runText(s)).map((r) => r[1]);
  assert.deepEqual(value('The club paid £800m for the stadium.'), [8e8]);
  assert.deepEqual(value('The firm took a 50m loan from the bank.'), [5e7]);
  assert.deepEqual(value('Some 400m people live in the region.'), [4e8]);
});
