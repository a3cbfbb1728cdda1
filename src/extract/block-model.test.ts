import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FEATURE_DIM, blockFeatures } from './block-features.js';
import { KEPT_KINDS, blockScore, loadBlockModel } from './block-model.js';
import { fnv1a } from '../core/hash.js';
import { candidateBlocks, extractHtml, filterBlocks } from './html.js';

const prose = (s: string) => `<p>${s} The council said the work would go on through the spring, and residents were asked to plan their journeys with care.</p>`;

const PAGE = `<html><head><title>Bridge repairs begin</title></head><body><article>
<h1>Bridge repairs begin</h1>
${prose('Repairs on the old river bridge began on Monday after months of delay, the city council said.')}
${prose('Engineers found cracks in two of the five spans last year, and the bridge has carried only light traffic since then.')}
${prose('The repairs are expected to cost about four million euros, most of it paid by the regional government.')}
${prose('Shops near the bridge said trade had fallen since the limits on traffic began, and hoped the work would end soon.')}
<p>Call our office today to book a visit with our friendly team.</p>
</article></body></html>`;

test('the committed block model loads with one weight per hashed feature and a threshold in (0, 1)', () => {
  const m = loadBlockModel();
  assert.equal(m.weights.length, FEATURE_DIM);
  assert.ok(m.threshold > 0 && m.threshold < 1);
  assert.ok(m.weights.some((w) => w !== 0));
});

test('article prose scores above the threshold; the features are the same on every run', () => {
  const m = loadBlockModel();
  const { blocks } = candidateBlocks(PAGE);
  const f1 = blockFeatures(blocks);
  const f2 = blockFeatures(blocks);
  assert.deepEqual(f1, f2);
  const paras = blocks.map((b, i) => [b, i] as const).filter(([b]) => b.text.startsWith('Repairs') || b.text.startsWith('Engineers'));
  assert.equal(paras.length, 2);
  for (const [, i] of paras) assert.ok(blockScore(m, f1[i]) >= m.threshold);
});

test("a feature's index is fnv1a of the text it spells; a skipped group leaves no index", () => {
  const { blocks } = candidateBlocks(PAGE);
  const cta = blocks.findIndex((b) => b.text.startsWith('Call our office'));
  const idx = (s: string) => fnv1a(s) & (FEATURE_DIM - 1);
  const all = blockFeatures(blocks)[cta];
  for (const s of ['bias', 'f1:call', 'k:paragraph', 'f2:call our', 'l:team', 'pk:paragraph']) assert.ok(all.includes(idx(s)), s);
  const without = blockFeatures(blocks, new Set(['f1:', 'klen:']))[cta];
  assert.equal(without.length, all.length - 2);
  assert.ok(!without.includes(idx('f1:call')));
});

test('the filter drops the blocks the model scores low, unless that would drop most of the text', () => {
  const { blocks } = candidateBlocks(PAGE);
  const cta = blocks.findIndex((b) => b.text.startsWith('Call our office'));
  assert.ok(cta >= 0, 'the rules alone keep the call to action');
  // A model that knows one thing: a block whose first word is "call" is furniture.
  const weights = new Float32Array(FEATURE_DIM);
  weights[fnv1a('bias') & (FEATURE_DIM - 1)] = 3;
  weights[fnv1a('f1:call') & (FEATURE_DIM - 1)] = -10;
  const kept = filterBlocks(blocks, { weights, threshold: 0.5 });
  assert.equal(kept.length, blocks.length - 1);
  assert.ok(!kept.some((b) => b.text.startsWith('Call our')));
  // A model that would drop every block is not trusted with the page.
  const none = new Float32Array(FEATURE_DIM).fill(-10);
  assert.equal(filterBlocks(blocks, { weights: none, threshold: 0.5 }).length, blocks.length);
});

test('the committed model keeps every paragraph of a plain article', () => {
  const ex = extractHtml(PAGE);
  for (const s of ['Repairs on the old river', 'Engineers found cracks', 'four million euros', 'Shops near the bridge']) assert.ok(ex.text.includes(s), s);
});

test('captions, code and footnotes are never dropped by the filter', () => {
  assert.ok(KEPT_KINDS.has('caption') && KEPT_KINDS.has('preformatted') && KEPT_KINDS.has('footnote'));
});

test('a block is told how much of the candidates\' text its parent holds (prose sits among prose)', () => {
  const page = PAGE.replace('<p>Call our office', '<div class="box"><p>Call our office').replace('friendly team.</p>', 'friendly team.</p></div>');
  const { blocks } = candidateBlocks(page);
  const feats = blockFeatures(blocks);
  const has = (i: number, name: string) => feats[i].includes(fnv1a(name) & (FEATURE_DIM - 1));
  const prose = blocks.findIndex((b) => b.text.startsWith('Engineers'));
  const cta = blocks.findIndex((b) => b.text.startsWith('Call our office'));
  assert.ok(has(prose, 'grp:9'), 'the article element holds nearly all the text');
  assert.ok(has(cta, 'grp:0'), 'the box holds little of it');
});
