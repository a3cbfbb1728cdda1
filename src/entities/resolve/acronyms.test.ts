import assert from 'node:assert/strict';
import { test } from 'node:test';
import { termAcronyms } from './acronyms.js';

const terms = (s: string) => [...termAcronyms(s)];

test('acronyms defined by lower-case words are terms, hyphen parts and a sentence-initial capital counted', () => {
  assert.deepEqual(terms('We use artificial intelligence (AI) daily.'), ['AI']);
  assert.deepEqual(terms('Artificial intelligence (AI) is big.'), ['AI']);
  assert.deepEqual(terms('Try high-intensity interval training (HIIT) now.'), ['HIIT']);
  assert.deepEqual(terms('a better return on investment (ROI).'), ['ROI']);
  assert.deepEqual(terms('large language models (LLMs) are'), ['LLMs']);
});

test('names and institutions stay names: capitalised expansions, institution heads, letters that do not match', () => {
  assert.deepEqual(terms('The Ukrainian Intelligence Directorate (HUR) said.'), []);
  assert.deepEqual(terms('the state news agency (Belta) said'), []);
  assert.deepEqual(terms('Search Engine Optimization (SEO) matters'), []);
  assert.deepEqual(terms('the ministry of defence (MoD) said'), []);
  assert.deepEqual(terms('the war in eastern Ukraine (UA) went on'), []);
});
