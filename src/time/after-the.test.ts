// The trie reading of AFTER_THE must say exactly what the gates of triggers.ts say.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterTheRules } from './after-the.js';
import { AFTER_THE, afterTheAllows } from './triggers.js';

test('the rules after "the" are those whose gate lets the next word through', () => {
  const names = Object.keys(AFTER_THE);
  const indices = names.map((_, i) => i * 3);
  const gates = names.map((n) => afterTheAllows(n));
  const after = afterTheRules(names, indices);
  const nexts = ['week', 'Weekend', 'midwinter', 'END', 'end', 'en', '2024', "'90s", 'same', 'sameness', 'x', '', ',', 'firstly', 'Fiscal', 'latestx', 'a', 'apple', 'year', 'years'];
  for (const next of nexts) {
    const key = /^\d/.test(next) ? '#' : next.startsWith("'") ? "'" : (/^[A-Za-z]*/.exec(next)?.[0] ?? '').toLowerCase();
    const expected = indices.filter((_, k) => gates[k](key));
    assert.deepEqual(after(`${next} and so on`, 0), expected, next);
  }
});
