// The reference article's times and timeline, as its expected brief says.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCases, runCase } from './fixture-cases.js';

const c = fixtureCases().find((x) => x.name === 'belarus-deescalation')!;
const brief = runCase(c);
const valueOf = (phrase: string): string | undefined => brief.times.find((t) => brief.text.slice(t.start, t.end) === phrase)?.value;

describe('reference article: time', () => {
  it('estimates the document date from the latest date the text names', () => {
    assert.equal(brief.meta.published, '2024-07-13');
    assert.equal(brief.meta.publishedEstimated, true);
  });
  it('normalises its dates against that date', () => {
    assert.equal(valueOf('July 13, 2024'), '2024-07-13');
    assert.equal(valueOf('July 13'), '2024-07-13');
    assert.equal(valueOf('March 2022'), '2022-03');
    assert.equal(valueOf('November 2023'), '2023-11');
    assert.equal(valueOf('2020'), '2020');
  });
  it('reads "over the years" and "During these years" as durations, the invasion phase as its start', () => {
    const durations = brief.times.filter((t) => t.type === 'DURATION').map((t) => brief.text.slice(t.start, t.end));
    assert.deepEqual(durations, ['the years', 'these years']);
    const phase = brief.times.find((t) => brief.text.slice(t.start, t.end).startsWith('the first days of'));
    // the expected brief: late February 2022 where the knowledge base knows the invasion
    assert.equal(phase?.value, '2022-02');
  });
  it('orders the timeline oldest first: 2020, February 2022, March 2022, November 2023, 13 July 2024', () => {
    assert.deepEqual(
      brief.timeline.map((e) => e.value),
      ['2020', '2022-02', '2022-03', '2023-11', '2024-07-13', '2024-07-13'],
    );
    assert.match(brief.timeline[0].summary, /2020 elections/);
    assert.match(brief.timeline[1].summary, /Gomel/);
    assert.match(brief.timeline[2].summary, /revealed by Lukashenko/);
    assert.match(brief.timeline[3].summary, /poll/);
    assert.match(brief.timeline[4].summary, /Belta published a video/);
  });
});
