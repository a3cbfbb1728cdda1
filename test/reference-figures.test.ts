// The reference article's figures and checks, as its expected brief says them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCases, runCase } from './fixture-cases.js';

const c = fixtureCases().find((x) => x.name === 'belarus-deescalation')!;
const brief = runCase(c);
const stated = brief.figures.filter((f) => !f.derived);
const byText = (t: string) => {
  const f = stated.find((x) => brief.text.slice(x.start, x.end) === t);
  assert.ok(f, `no figure "${t}"`);
  return f;
};

describe('reference article figures', () => {
  it('finds exactly the stated quantities, not years, dates or the footnote marker', () => {
    assert.deepEqual(
      stated.map((f) => brief.text.slice(f.start, f.end)),
      ['263,000', '63,000', '145,000', '55,000', '183', '101', '7756', '5248', '26%', '19%', '27%'],
    );
  });
  it('binds the military personnel to Belarus, with active, reserve and paramilitary as parts', () => {
    const total = byText('263,000');
    assert.equal(total.value, 263000);
    assert.equal(total.measure, 'military personnel');
    assert.equal(total.subject, 'Belarus');
    assert.deepEqual(total.parts?.map((id) => brief.figures.find((f) => f.id === id)!.qualifier), ['active', 'reserve', 'paramilitary']);
    const sum = brief.findings.find((f) => f.rule === 'figures.sum');
    assert.equal(sum?.severity, 'info');
    assert.equal(sum?.expected, 263000);
    assert.equal(sum?.actual, 263000);
  });
  it('relates 101 ready aircraft to 183 (about 55%, estimated) and 5,248 usable vehicles to 7,756 (about 68%)', () => {
    assert.equal(byText('101').partOf, byText('183').id);
    assert.equal(byText('101').approx, 'estimated');
    assert.equal(byText('5248').partOf, byText('7756').id);
    const shares = brief.figures.filter((f) => f.derived && f.partOf).map((f) => Math.round(f.value!));
    assert.deepEqual(shares, [55, 68]);
    assert.equal(byText('183').subject, 'Air Forces');
    assert.equal(byText('7756').subject, 'Land Forces');
  });
  it('says 28% of the poll answers are not reported', () => {
    const f = brief.findings.find((x) => x.rule === 'figures.shares');
    assert.equal(f?.severity, 'warning');
    assert.equal(f?.actual, 72);
    assert.match(f!.message, /28% of answers are not reported/);
    assert.equal(byText('26%').time, '2023-11');
    assert.match(byText('19%').source ?? '', /House/);
  });
  it('flags each military figure as unsourced, and the poll figures not', () => {
    const flagged = new Set(brief.findings.filter((f) => f.rule === 'figures.unsourced').flatMap((f) => f.refs ?? []));
    for (const t of ['263,000', '63,000', '145,000', '55,000', '183', '101', '7756', '5248']) assert.ok(flagged.has(byText(t).id), t);
    for (const t of ['26%', '19%', '27%']) assert.ok(!flagged.has(byText(t).id), t);
  });
  it('finds no arithmetic errors', () => {
    assert.equal(brief.findings.filter((f) => f.severity === 'error').length, 0);
  });
});
