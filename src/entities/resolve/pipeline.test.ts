import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../analyze.js';
import { Pipeline } from '../../core/pipeline.js';
import { segmentStage } from '../../segment/stage.js';
import { defaultStages } from '../../stages.js';
import { resolveStage } from './stage.js';

test('resolve requires mentions: a pipeline without a mention stage is refused', () => {
  assert.throws(() => new Pipeline([segmentStage, resolveStage]), /requires layer "mentions"/);
  assert.doesNotThrow(() => new Pipeline(defaultStages()));
});

test('the default pipeline gives linked entities, main actors first, and spelling findings', () => {
  const text =
    'Lukashenko warns Kyiv\n\nBelarusian President Alexander Lukashenko said on Monday that troops would stay. ' +
    'The Belarusian leader also met Vladimir Putin in Minsk. He said a poll by Chatnam House was wrong. ' +
    'Lukashenko spoke of Kiev.';
  const brief = analyzeText(text, { format: 'text' });
  const luka = brief.entities[0];
  assert.equal(luka.name, 'Alexander Lukashenko');
  assert.equal(luka.kb?.id, 'Q2866');
  assert.ok(luka.mentions >= 5, `only ${luka.mentions} mentions`);
  for (const m of brief.mentions) {
    assert.ok(brief.entities.some((e) => e.id === m.entity), 'every mention names an entity');
    assert.ok(m.end <= brief.text.length && m.start < m.end);
  }
  const putin = brief.entities.find((e) => e.kb?.id === 'Q7747');
  assert.ok(putin);
  assert.ok(brief.findings.some((f) => f.rule === 'entity.misspelling' && f.actual === 'Chatnam House' && f.expected === 'Chatham House'));
  assert.ok(brief.findings.some((f) => f.rule === 'entity.variant' && f.actual === 'Kiev' && f.severity === 'info'));
  assert.ok(!brief.findings.some((f) => f.actual === 'Kiev' && f.severity !== 'info'));
});
