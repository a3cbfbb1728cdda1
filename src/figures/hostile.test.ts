import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runText } from '../checks/run-for-test.js';

test('a run-on sentence full of numbers is bounded, not a hang', () => {
  const parts: string[] = [];
  for (let i = 0; i < 3000; i++) parts.push(`of which ${i},000 people rose from ${i}% to ${i + 1}%`);
  const doc = runText(parts.join(' '));
  const figs = doc.get('figures').filter((f) => !f.derived);
  assert.ok(figs.length > 100 && figs.length <= 2000, String(figs.length));
  for (const f of doc.get('figures')) assert.ok(f.start >= 0 && f.end <= doc.text.length && f.start < f.end);
});

test('odd inputs give no figures and no crash', () => {
  for (const s of ['', '%%%%', '$$$ £ €', '1-2-3-4-5-6', '0.0.0.0', '- - -', '(1)(2)(3)', 'between and', 'one in', 'half of']) {
    assert.doesNotThrow(() => runText(s || ' '), s);
  }
});

test('words that name members of Object.prototype are not figures', () => {
  const doc = runText('The constructor said the house would cost more. A hasOwnProperty of toString came.');
  for (const f of doc.get('figures')) assert.equal(typeof f.value === 'number' || f.value === null, true, JSON.stringify(f));
  assert.equal(doc.get('figures').filter((f) => !f.derived).length, 0);
});

test('capitalised words that name members of Object.prototype are names, not nationalities', () => {
  // "Constructors" once read as a demonym whose country was the Object function, and crashed
  const doc = runText('The team said Constructors matter. He met Constructor and Valueof there, then Hasownproperty.');
  for (const f of doc.get('figures')) assert.equal(typeof f.subject === 'string' || f.subject === null, true);
});
