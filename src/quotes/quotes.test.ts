import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSightings, lastPieces } from './sightings.js';
import { quotesOf } from './stage.js';
import { segmentText } from '../segment/stage.js';
import type { Quote } from '../brief/types.js';

function quotes(text: string): Quote[] {
  const blocks: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) blocks.push({ start: m.index!, end: m.index! + m[0].length });
  const { sentences } = segmentText(text, blocks);
  return quotesOf(text, blocks, sentences);
}

const slice = (text: string, q: Quote) => text.slice(q.start, q.end);

for (const [name, open, close] of [
  ['straight double', '"', '"'],
  ['curly double', '“', '”'],
  ['guillemets', '«', '»'],
  ['German low-high', '„', '“'],
  ['British single', '‘', '’'],
] as const) {
  test(`direct quotation in ${name} marks, with speaker after`, () => {
    const text = `${open}We will not give up our land, whatever happens next,${close} said President Volodymyr Zelenskyi.`;
    const qs = quotes(text).filter((q) => q.kind === 'direct');
    assert.equal(qs.length, 1);
    assert.equal(slice(text, qs[0]).slice(1, 8), 'We will');
    assert.equal(qs[0].speaker, 'Volodymyr Zelenskyi');
    assert.equal(qs[0].cue, 'said');
  });
}

test('a quotation interrupted by "he said" is two pieces with one speaker', () => {
  const text = 'Mr Brown spoke first. "The economy is strong," he said, "and it will stay strong for years to come."';
  const qs = quotes(text).filter((q) => q.kind === 'direct');
  assert.equal(qs.length, 2);
  assert.ok(qs.every((q) => q.speaker === 'Mr Brown'), JSON.stringify(qs));
});

test('speaker before a colon and a channel: told Reuters', () => {
  const text = 'Defence minister Anna Kowalska told Reuters: "We have moved two brigades to the border this week."';
  const [q] = quotes(text).filter((x) => x.kind === 'direct');
  assert.equal(q.speaker, 'Anna Kowalska');
  assert.equal(q.cue, 'told Reuters');
  assert.equal(q.via, 'told Reuters');
});

test('a quotation over several paragraphs keeps its speaker', () => {
  const text = 'Ms Hewitt said: "We have already doubled maternity pay for every family in the land.\n"We are going to extend the pay to nine months by 2007 and then further."';
  const qs = quotes(text).filter((q) => q.kind === 'direct');
  assert.equal(qs.length, 2);
  assert.equal(qs[1].speaker, 'Ms Hewitt');
});

test('quoted terms are scare quotes with no speaker', () => {
  const text = 'He said that his country would not join the “Special Military Operation”. 27% of respondents answered “don’t know”.';
  const qs = quotes(text);
  const scare = qs.filter((q) => q.kind === 'scare').map((q) => slice(text, q));
  assert.deepEqual(scare, ['“Special Military Operation”', '“don’t know”']);
  assert.ok(qs.filter((q) => q.kind === 'scare').every((q) => !q.speaker));
});

test('reported speech: speaker from an earlier title-and-name, cue, content and channel', () => {
  const text =
    'On July 13 the agency Belta published a video of Belarusian President Alexander Lukashenko. He also stated, and also reported the statements of the Ministry of Defense, that Belarus has no tensions with Ukraine.';
  const [q] = quotes(text).filter((x) => x.kind === 'indirect');
  assert.ok(q, 'found');
  assert.equal(q.speaker, 'Alexander Lukashenko');
  assert.equal(q.cue, 'stated');
  assert.equal(text.slice(q.content!.start, q.content!.end), 'Belarus has no tensions with Ukraine');
  assert.match(q.via ?? '', /Belta/);
});

test('according to X gives source and content', () => {
  const text = 'According to the World Bank, the economy shrank by four percent last year.';
  const [q] = quotes(text).filter((x) => x.kind === 'indirect');
  assert.equal(q.cue, 'according to');
  assert.match(q.speaker ?? '', /World Bank/);
  assert.equal(text.slice(q.content!.start, q.content!.end), 'the economy shrank by four percent last year');
});

test('speaker entity from the entity layers when present', () => {
  const text = 'The Belarusian leader spoke on Friday. "There is no tension on our border," he said.';
  const blocks = [{ start: 0, end: text.length }];
  const { sentences } = segmentText(text, blocks);
  const mentions = [{ start: 4, end: 21, type: 'PER', entity: 'E1' }, { start: text.indexOf('he said'), end: text.indexOf('he said') + 2, type: 'PER', entity: 'E1' }];
  const entities = [{ id: 'E1', name: 'Alexander Lukashenko', type: 'PER', aliases: [], mentions: 2, salience: 1 }];
  const [q] = quotesOf(text, blocks, sentences, mentions, entities).filter((x) => x.kind === 'direct');
  assert.equal(q.speaker, 'Alexander Lukashenko');
  assert.equal(q.speakerEntity, 'E1');
});

test('spans lie on the text and hostile input does not hang', () => {
  const text = '"'.repeat(5000) + ' said he ' + '«'.repeat(3000) + 'x'.repeat(1000);
  const qs = quotes(text);
  for (const q of qs) assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end);
});

test('cue with its platform and a channel phrase: wrote on Telegram, in a video published by Belta', () => {
  const text = 'The governor wrote on Telegram that the bridge had been closed to all traffic overnight. In a video published by Belta, Alexander Lukashenko said the troops would be withdrawn from the border.';
  const qs = quotes(text).filter((x) => x.kind === 'indirect');
  assert.equal(qs.length, 2);
  assert.equal(qs[0].cue, 'wrote on Telegram');
  assert.equal(qs[1].speaker, 'Alexander Lukashenko');
  assert.equal(qs[1].via, 'In a video published by Belta');
});

test('a quotation paragraph with no cue takes the last speaker', () => {
  const text = 'Mr Cable said: "Buyers are being squeezed out of the market by higher prices."\n"By failing to act, the chancellor has hit them the hardest of all."';
  const qs = quotes(text).filter((x) => x.kind === 'direct');
  assert.equal(qs.length, 2);
  assert.equal(qs[1].speaker, 'Mr Cable');
});

test('a role noun resolves to the person named with that role earlier', () => {
  const text = 'Prime Minister Tony Blair visited the factory on Monday. The prime minister said the plant would stay open for at least ten years.';
  const [q] = quotes(text).filter((x) => x.kind === 'indirect');
  assert.equal(q.speaker, 'Tony Blair');
});

test('the persons seen are read only up to the limit', () => {
  const text = 'President Alexander Lukashenko met Prime Minister Tony Blair and Mr John Smith.';
  const all = findSightings(text);
  assert.deepEqual(all.map((s) => s.name), ['Alexander Lukashenko', 'Tony Blair', 'Mr John Smith']);
  assert.deepEqual(findSightings(text, undefined, undefined, all[2].offset).map((s) => s.name), ['Alexander Lukashenko', 'Tony Blair']);
});

test('lastPieces is the end of a whitespace split', () => {
  const texts = ['', ' ', '   ', 'a', ' a', 'a ', 'a  b', '\u00a0the\u2003Belarusian\tPresident\n', 'x y z w v u', '  Prime Minister ', 'a\u200bb c'];
  for (const t of texts) {
    for (let a = 0; a <= t.length; a++) {
      for (let b = a; b <= t.length; b++) for (const n of [1, 4]) assert.deepEqual(lastPieces(t, a, b, n), t.slice(a, b).split(/\s+/).slice(-n), JSON.stringify(t.slice(a, b)));
    }
  }
});
