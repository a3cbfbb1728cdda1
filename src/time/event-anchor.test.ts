import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Entity, TimeExpr } from '../brief/types.js';
import { anchorToEvents } from './event-anchor.js';

const invasion: Entity = {
  id: 'e1', name: 'Russian invasion of Ukraine', type: 'EVENT', aliases: [], mentions: 1, salience: 1,
  kb: { id: 'Q110999040', confidence: 0.9, date: '2022-02-24' },
};

it('gives a vague event time the month of the one dated event it names', () => {
  const text = 'In the first days of the invasion, troops crossed the border.';
  const t: TimeExpr = { start: 3, end: 33, type: 'DATE', value: 'PAST_REF', anchor: 'event' };
  anchorToEvents(text, [t], [invasion]);
  assert.equal(t.value, '2022-02');
  assert.equal(t.anchor, 'event:e1');
});

it('leaves it vague when no dated event has that head noun', () => {
  const text = 'In the first days of the war, troops crossed the border.';
  const t: TimeExpr = { start: 3, end: 28, type: 'DATE', value: 'PAST_REF', anchor: 'event' };
  anchorToEvents(text, [t], [invasion]);
  assert.equal(t.value, 'PAST_REF');
});
