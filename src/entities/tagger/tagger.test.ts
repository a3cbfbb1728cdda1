// Loads the committed model (models/ner.bin.gz + models/ner-lexicon.json.gz) and tags text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTagger } from './load.js';
import { buildBrief } from '../../brief/build.js';
import { Doc } from '../../core/doc.js';
import { Pipeline } from '../../core/pipeline.js';
import { newContext } from '../../core/stage.js';
import { extractString } from '../../extract/index.js';
import { segmentStage } from '../../segment/stage.js';
import { nerStage } from './stage.js';

/** The tagger's own mentions: segment and ner only, before resolution rewrites them. */
function analyzeText(text: string) {
  const ex = extractString(text, 'text');
  const doc = new Doc(ex.text, ex.blocks, ex.meta);
  new Pipeline([segmentStage, nerStage]).run(doc, newContext());
  return buildBrief(doc);
}
import { tagConllText } from '../../cli/ner.js';

const tag = (s: string) => loadTagger().tagDocument([s.split(' ')])[0];

test('tags people and places in a plain sentence', () => {
  assert.deepEqual(tag('Vladimir Putin met Angela Merkel in Berlin .'), ['B-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
});

test('tags organisations and nationalities', () => {
  const tags = tag('The European Commission said on Thursday it disagreed with German advice .');
  assert.deepEqual(tags.slice(0, 3), ['O', 'B-ORG', 'I-ORG']);
  assert.equal(tags[9], 'B-MISC');
});

test('handles an all-caps headline', () => {
  const tags = tag('RUSSIA AND UKRAINE AGREE TO TALKS IN GENEVA');
  assert.equal(tags[0], 'B-LOC');
  assert.equal(tags[2], 'B-LOC');
  assert.equal(tags[7], 'B-LOC');
  assert.equal(tags[3], 'O');
});

test('the ner stage gives mentions with offsets on the text, possessives and sentence starts handled', () => {
  const text = 'Russia’s foreign minister Sergei Lavrov flew to Minsk. Lukashenko greeted him on Monday.';
  const brief = analyzeText(text);
  const got = brief.mentions.map((m) => [text.slice(m.start, m.end), m.type, m.via, m.entity]);
  assert.deepEqual(got, [
    ['Russia', 'LOC', 'tagger', null],
    ['Sergei Lavrov', 'PER', 'tagger', null],
    ['Minsk', 'LOC', 'tagger', null],
    ['Lukashenko', 'PER', 'tagger', null],
  ]);
});

test('multi-word and hyphenated names keep their whole span', () => {
  const text = 'Officials of the International Monetary Fund met Jean-Claude Juncker in New York on Friday.';
  const brief = analyzeText(text);
  const got = brief.mentions.map((m) => [text.slice(m.start, m.end), m.type]);
  assert.deepEqual(got, [
    ['International Monetary Fund', 'ORG'],
    ['Jean-Claude Juncker', 'PER'],
    ['New York', 'LOC'],
  ]);
});

test('dossier ner keeps blank and -DOCSTART- lines and tags each token', () => {
  const input = '-DOCSTART- -X- -X- O\n\nAngela NNP\nMerkel NNP\nspoke VBD\n.\n\nShe PRP\nleft VBD\n';
  const out = tagConllText(input).split('\n');
  assert.equal(out[0], '-DOCSTART- -X- -X- O');
  assert.equal(out[1], '');
  assert.deepEqual(out.slice(2, 6), ['Angela B-PER', 'Merkel I-PER', 'spoke O', '. O']);
  assert.equal(out[6], '');
  assert.deepEqual(out.slice(7, 9), ['She O', 'left O']);
});

test('hostile input: a very long sentence and a huge token are tagged, every span on the text', () => {
  const text = 'Paris '.repeat(3000) + 'x'.repeat(100000) + ' Berlin';
  const brief = analyzeText(text);
  assert.ok(brief.mentions.length > 0);
  for (const m of brief.mentions) {
    assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
    assert.equal(text.slice(m.start, m.end).trim(), text.slice(m.start, m.end));
  }
});
