import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeBrief } from '../../test/helpers/briefs.js';
import { conflictingPairs, contradicts, interval, roundingStep, type KeyedFigure } from './contradictions.js';
import { figureKey } from './figure-key.js';

describe('reading a figure with the precision it was stated in', () => {
  it('finds the last significant digit', () => {
    assert.equal(roundingStep(48000), 1000);
    assert.equal(roundingStep(47850), 10);
    assert.equal(roundingStep(1.25), 0.01);
    assert.equal(roundingStep(3), 1);
    assert.equal(roundingStep(100), 100);
    assert.equal(roundingStep(0.1 + 0.2), 0.1);
  });
  it('widens approximate figures and opens bounds', () => {
    assert.deepEqual(interval({ value: 48000 }), [47500, 48500]);
    assert.deepEqual(interval({ value: 100 }), [95, 105]);
    assert.deepEqual(interval({ value: 100, approx: 'about' }), [90, 110]);
    assert.deepEqual(interval({ value: 50, approx: "over" }), [47.5, Infinity]);
    assert.deepEqual(interval({ value: null, low: 10, high: 20 }), [10, 20]);
    assert.equal(interval({ value: null }), null);
  });
});

describe('contradicts', () => {
  it('flags values that differ beyond rounding', () => {
    assert.equal(contradicts({ value: 48000 }, { value: 45000 }), true);
    assert.equal(contradicts({ value: 2.5 }, { value: 2.7 }), true);
  });
  it('accepts a rounded statement of the same value', () => {
    assert.equal(contradicts({ value: 48000 }, { value: 47850 }), false);
    assert.equal(contradicts({ value: 1.2 }, { value: 1.23 }), false);
    assert.equal(contradicts({ value: 48000 }, { value: 48000 }), false);
    assert.equal(contradicts({ value: 45000, approx: 'about' }, { value: 48000 }), false);
  });
  it('respects bounds and ranges', () => {
    assert.equal(contradicts({ value: 50000, approx: 'over' }, { value: 60000 }), false);
    assert.equal(contradicts({ value: 50000, approx: 'over' }, { value: 40000 }), true);
    assert.equal(contradicts({ value: 100, approx: 'up-to' }, { value: 150 }), true);
    assert.equal(contradicts({ value: null, low: 10, high: 20 }, { value: 15 }), false);
    assert.equal(contradicts({ value: null, low: 10, high: 20 }, { value: 25 }), true);
  });
  it('never contradicts a figure without a value', () => {
    assert.equal(contradicts({ value: null }, { value: 1 }), false);
  });
});

describe('figure keys from hand-built briefs', () => {
  const text = 'Belarus has 48,000 active personnel. Growth was 3%.';
  const brief = makeBrief({
    title: 'T', text,
    entities: [{ name: 'Belarus', type: 'GPE', kb: 'Q184' }],
    figures: [
      { text: '48,000', value: 48000, measure: 'active personnel', subject: 'Belarus', time: '2022' },
      { text: '3%', value: 3, unit: '%', measure: 'growth' },
    ],
  });
  it('keys a figure by knowledge-base subject, folded measure, unit and time', () => {
    assert.deepEqual(figureKey(brief.figures[0], brief), { subject: 'Q184', measure: 'active personnel', unit: '', time: '2022' });
  });
  it('gives no key to a figure without a subject', () => {
    assert.equal(figureKey(brief.figures[1], brief), null);
  });
  it('folds plurals, case and determiners in the measure', () => {
    const other = makeBrief({ title: 'U', text: 'The Belarusian army: 45,000 Active Personnels.', entities: [{ name: 'Belarus', type: 'GPE', kb: 'Q184' }], figures: [{ text: '45,000', value: 45000, measure: 'the Active Personnels', subject: 'Belarus', time: '2022' }] });
    assert.equal(figureKey(other.figures[0], other)?.measure, 'active personnel');
  });
});

describe('conflictingPairs', () => {
  const f = (docId: number, value: number, extra: Partial<KeyedFigure> = {}): KeyedFigure => ({ docId, figureId: 'f1', group: docId, time: '2022', docYear: '2022', value, ...extra });

  it('pairs each dissenting figure once with an earlier one', () => {
    const pairs = conflictingPairs([f(1, 48000), f(2, 48000), f(3, 45000), f(4, 48100)]);
    assert.deepEqual(pairs.map(([a, b]) => [a.docId, b.docId]), [[1, 3], [3, 4]]);
  });
  it('ignores two documents that both state both values ("from 60 to 65")', () => {
    assert.deepEqual(conflictingPairs([f(1, 60), f(1, 65, { figureId: 'f2' }), f(2, 65), f(2, 60, { figureId: 'f2' })]), []);
    assert.equal(conflictingPairs([f(1, 60), f(1, 66, { figureId: 'f2', time: '2021' }), f(2, 80), f(2, 60, { figureId: 'f2', time: '2021' })]).length, 1);
  });
  it('does not compare a key that a document itself gives two incompatible values for', () => {
    // "Consumption has jumped to 2.4 million bpd, compared with 474,000 bpd in 1973", both read as 1973.
    const t = { time: '1973' };
    assert.deepEqual(conflictingPairs([f(1, 2_400_000, t), f(1, 474_000, { ...t, figureId: 'f2' }), f(2, 474_000, t)]), []);
    assert.deepEqual(conflictingPairs([f(1, 60), f(1, 65, { figureId: 'f2' }), f(2, 80), f(2, 60, { figureId: 'f2' })]), []);
    // A copy of the same story is still compared figure for figure.
    assert.equal(conflictingPairs([f(1, 2_400_000, t), f(1, 474_000, { ...t, figureId: 'f2' }), f(2, 3_000_000, { ...t, group: 1 }), f(2, 474_000, { ...t, figureId: 'f2', group: 1 })]).length, 1);
    // Its figures for another time still count.
    assert.equal(conflictingPairs([f(1, 2_400_000, t), f(1, 474_000, { ...t, figureId: 'f2' }), f(1, 50, { figureId: 'f3' }), f(2, 70)]).length, 1);
  });
  it('compares "now" (PRESENT_REF) only between articles dated the same year', () => {
    const now = { time: 'PRESENT_REF' };
    assert.equal(conflictingPairs([f(1, 6_000_000, { ...now, docYear: null }), f(2, 45_000_000, { ...now, docYear: null })]).length, 0);
    assert.equal(conflictingPairs([f(1, 6_000_000, { ...now, docYear: '2004' }), f(2, 45_000_000, { ...now, docYear: '2005' })]).length, 0);
    assert.equal(conflictingPairs([f(1, 6_000_000, { ...now, docYear: '2005' }), f(2, 45_000_000, { ...now, docYear: '2005' })]).length, 1);
    // A copy of the same story shares its "now", dated or not.
    assert.equal(conflictingPairs([f(1, 6_000_000, { ...now, docYear: null }), f(2, 9_000_000, { ...now, docYear: null, group: 1 })]).length, 1);
  });
  it('ignores figures for different times', () => {
    assert.deepEqual(conflictingPairs([f(1, 48000, { time: '2021' }), f(2, 45000, { time: '2022' })]), []);
  });
  it('reads a figure without a time as of its article year', () => {
    assert.equal(conflictingPairs([f(1, 48000, { time: null, docYear: '2022' }), f(2, 45000)]).length, 1);
    assert.equal(conflictingPairs([f(1, 48000, { time: null, docYear: '2019' }), f(2, 45000)]).length, 0);
  });
  it('compares undated copies of one story, and reports a story pair once', () => {
    const undated = { time: null, docYear: null };
    assert.equal(conflictingPairs([f(1, 48000, undated), f(2, 45000, { ...undated, group: 1 })]).length, 1);
    assert.equal(conflictingPairs([f(1, 48000, undated), f(2, 45000, undated)]).length, 0);
    assert.equal(conflictingPairs([f(1, 48000), f(2, 45000), f(3, 48000, { group: 1 })]).length, 1);
  });
  it('does not compare a document with itself', () => {
    assert.deepEqual(conflictingPairs([f(1, 48000), f(1, 45000, { figureId: 'f2' })]), []);
  });
});
