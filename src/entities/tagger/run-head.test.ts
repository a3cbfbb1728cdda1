// The run-head features: the last word of a capitalised run reaches its first word, beyond the
// two-word window of the neighbour features ("Belarusian" in "the Belarusian State Armed Forces").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Featurizer, MAX_FEATS } from './features.js';
import { Lexicon } from './lexicon.js';

function featuresOf(tokens: string[], at: number): Set<number> {
  const f = new Featurizer(new Lexicon(), 18);
  const out = new Int32Array(tokens.length * MAX_FEATS);
  const counts = new Int32Array(tokens.length);
  f.featurize(tokens, null, out, counts);
  return new Set(out.subarray(at * MAX_FEATS, at * MAX_FEATS + counts[at]));
}

test('the head of a capitalised run changes the features of its first word', () => {
  const a = featuresOf(['the', 'Belarusian', 'State', 'Armed', 'Forces', 'said'], 1);
  const b = featuresOf(['the', 'Belarusian', 'State', 'Armed', 'Guard', 'said'], 1);
  assert.notDeepEqual([...a].sort(), [...b].sort());
});

test('a word outside any run of two or more gets no run-head features', () => {
  const a = featuresOf(['the', 'Belarusian', 'army', 'and', 'Armed', 'Forces'], 1);
  const b = featuresOf(['the', 'Belarusian', 'army', 'and', 'Armed', 'Guard'], 1);
  assert.deepEqual([...a].sort(), [...b].sort());
});

test('the words around a capitalised run reach each of its words, beyond the two-word window', () => {
  // "House" is three words after "by" / "in"; "Royal" three words before "said" / "in".
  const a = featuresOf(['conducted', 'by', 'Royal', 'Policy', 'House', 'found'], 4);
  const b = featuresOf(['conducted', 'in', 'Royal', 'Policy', 'House', 'found'], 4);
  assert.notDeepEqual([...a].sort(), [...b].sort());
  const c = featuresOf(['by', 'Royal', 'Policy', 'House', 'said', 'on'], 1);
  const d = featuresOf(['by', 'Royal', 'Policy', 'House', 'in', 'on'], 1);
  assert.notDeepEqual([...c].sort(), [...d].sort());
});

test('a word outside any run of two or more gets no run-context features', () => {
  const a = featuresOf(['poll', 'conducted', 'by', 'Gallup', 'found', 'that'], 5);
  const b = featuresOf(['poll', 'conducted', 'in', 'Gallup', 'found', 'that'], 5);
  assert.deepEqual([...a].sort(), [...b].sort());
});
