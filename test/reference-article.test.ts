// The reference article end to end: what its expected brief says about text and metadata.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCases, runCase } from './fixture-cases.js';

const c = fixtureCases().find((x) => x.name === 'belarus-deescalation')!;
const brief = runCase(c);

describe('reference article', () => {
  it('recovers the title without its trailing dash, and the standfirst', () => {
    assert.equal(brief.meta.title, 'Lukashenko tries to de-escalate tensions with Ukraine');
    assert.match(brief.meta.subtitle ?? '', /^The recent order to withdraw troops/);
  });
  it('drops the page chrome', () => {
    assert.doesNotMatch(brief.text, /\bclose\s*\n/i);
    assert.ok(!brief.text.includes('Related Posts'));
    assert.ok(!/^close/i.test(brief.text));
  });
  it('keeps the footnote as a footnote block tied to its marker, apart from the number', () => {
    const note = brief.blocks.find((b) => b.kind === 'footnote');
    assert.ok(note, 'no footnote block');
    assert.equal(note.note, '1');
    assert.equal(note.markers?.length, 1);
    const m = note.markers![0];
    assert.equal(brief.text.slice(m.start, m.end), '(1)');
    assert.equal(brief.text.slice(m.start - 13, m.start), '7756 vehicles');
  });
  it('keeps sentences of the body whole', () => {
    const s = brief.sentences.map((x) => brief.text.slice(x.start, x.end));
    assert.ok(s.includes('The country’s military personnel amounts to 263,000 members, of which only 63,000 are active.'));
    assert.ok(s.includes('19% of respondents said they would support it.'));
  });
});
