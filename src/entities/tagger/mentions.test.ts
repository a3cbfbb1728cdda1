// Mentions from per-token labels: edge punctuation and a courtesy title left out of the span.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from '../../segment/stage.js';
import { labelId } from './labels.js';
import { tagTokens } from './mentions.js';
import type { Tagger } from './tagger.js';

/** A stand-in tagger that gives each word the label listed for it (O when not listed). */
function fixedTagger(labels: Record<string, string>): Tagger {
  return {
    newDocument: () => null,
    tagSentence: (words: readonly string[], _doc: unknown, out: Int32Array) => {
      words.forEach((w, i) => (out[i] = labelId(labels[w] ?? 'O')));
      return out;
    },
  } as unknown as Tagger;
}

function mentions(text: string, labels: Record<string, string>): string[] {
  const { tokens, sentences } = segmentText(text, [{ start: 0, end: text.length }]);
  return tagTokens(text, tokens, sentences, fixedTagger(labels)).mentions.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
}

test('a courtesy title the tagger read into a person is cut; a title that is the whole name, or not a person, stays', () => {
  assert.deepEqual(mentions('The report by Prof Aynsley-Green was out.', { Prof: 'B-PER', 'Aynsley-Green': 'I-PER' }), ['Aynsley-Green/PER']);
  assert.deepEqual(mentions('Then Mr. Smith left.', { 'Mr.': 'B-PER', Smith: 'I-PER' }), ['Smith/PER']);
  assert.deepEqual(mentions('He drank Dr Pepper.', { Dr: 'B-ORG', Pepper: 'I-ORG' }), ['Dr Pepper/ORG']);
  assert.deepEqual(mentions('Ask Miss here.', { Miss: 'B-PER' }), ['Miss/PER']);
});
