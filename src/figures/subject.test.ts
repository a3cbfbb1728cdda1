import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runText } from '../checks/run-for-test.js';

function subjects(text: string): (string | null | undefined)[] {
  return runText(text).get('figures').filter((f) => !f.derived).map((f) => f.subject);
}

test('a relative clause is about the name it hangs on', () => {
  assert.deepEqual(subjects('The largest claims came from Ruritania, which was struck by four hurricanes.'), ['Ruritania']);
});

test('a figure in a fronted phrase is about the main clause subject', () => {
  assert.deepEqual(subjects('Beyond the 12,000 job cuts announced last year at its European operations, Acme is reducing costs.'), ['Acme']);
});

test('the subject of the clause before its object', () => {
  assert.deepEqual(subjects('Menatep Group is suing Ruritania for $28.3bn in damages.'), ['Menatep Group']);
});

test('a pronoun opening a sentence refers to the subject of the sentence before', () => {
  assert.deepEqual(subjects('Zorbacorp has restated its accounts. It has already offered to pay $300m to settle charges.'), ['Zorbacorp']);
});

test('a partitive possessive names the owner', () => {
  assert.deepEqual(subjects('The case was brought to the attention of Brussels by eight of Zorbacorp\'s rivals.'), ['Zorbacorp']);
});

test('a count of people named by their nationality is about their country', () => {
  assert.deepEqual(subjects('The war goes on. Almost six thousand Russians died in six days of fighting in Ukraine.'), ['Russia']);
});

test('a plural that only looks like a nationality is not a country', () => {
  assert.notDeepEqual(subjects('About 300 Christians gathered in the square.'), ['Christia']);
});
