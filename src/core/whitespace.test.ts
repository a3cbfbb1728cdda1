import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSpace, runsBack } from './whitespace.js';

test('isSpace answers as /\\s/ for every code unit', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
});

test('runsBack walks back over whole runs of non-space characters', () => {
  const s = 'The  (Office for\u00a0National Statistics) said';
  const said = s.indexOf('said');
  assert.equal(runsBack(s, said, 1), s.indexOf('Statistics)'));
  assert.equal(runsBack(s, said, 3), s.indexOf('for'));
  assert.equal(runsBack(s, said, 4), s.indexOf('(Office'));
  assert.equal(runsBack(s, said, 5), 0);
  assert.equal(runsBack(s, said, 60), 0);
});
