import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from './doc.js';
import { PipelineError } from './errors.js';
import { Pipeline } from './pipeline.js';
import { newContext, type Stage } from './stage.js';

const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns'], run: Stage['run'] = () => {}): Stage => ({
  name, requires, assigns, run,
});

describe('Pipeline', () => {
  it('refuses a stage whose required layer no earlier stage assigns, naming both', () => {
    assert.throws(
      () => new Pipeline([stage('figures', ['sentences'], ['figures']), stage('segment', ['blocks'], ['sentences'])]),
      (e: unknown) => e instanceof PipelineError && /"figures"/.test(e.message) && /"sentences"/.test(e.message),
    );
  });

  it('accepts the same stages in a working order and runs them in order', () => {
    const order: string[] = [];
    const p = new Pipeline([
      stage('segment', ['blocks'], ['sentences'], (d) => {
        order.push('segment');
        d.set('sentences', [{ start: 0, end: d.text.length }]);
      }),
      stage('figures', ['sentences'], ['figures'], (d) => {
        order.push('figures');
        d.set('figures', []);
      }),
    ]);
    const doc = new Doc('Some text.', [{ kind: 'paragraph', start: 0, end: 10 }]);
    const timings: { name: string; ms: number }[] = [];
    p.run(doc, newContext(), timings);
    assert.deepEqual(order, ['segment', 'figures']);
    assert.deepEqual(timings.map((t) => t.name), ['segment', 'figures']);
    assert.deepEqual(doc.get('sentences'), [{ start: 0, end: 10 }]);
  });

  it('refuses a stage named twice', () => {
    assert.throws(() => new Pipeline([stage('a', [], []), stage('a', [], [])]), PipelineError);
  });

  it('keeps findings apart from the layers', () => {
    const doc = new Doc('abc', [{ kind: 'paragraph', start: 0, end: 3 }]);
    doc.addFinding({ rule: 'x', severity: 'info', message: 'm', spans: [{ start: 0, end: 1 }] });
    assert.equal(doc.findings.length, 1);
    assert.equal(doc.maybe('figures'), undefined);
    assert.throws(() => doc.get('figures'), /has not been assigned/);
  });
  it('runs a batch stage by stage, and a document whose stage throws costs only itself', () => {
    const order: string[] = [];
    const p = new Pipeline([
      stage('segment', ['blocks'], ['sentences'], (d) => {
        order.push(`segment:${d.text}`);
        if (d.text === 'bad') throw new Error('no sentences here');
        d.set('sentences', [{ start: 0, end: d.text.length }]);
      }),
      stage('figures', ['sentences'], ['figures'], (d) => {
        order.push(`figures:${d.text}`);
        d.set('figures', []);
      }),
    ]);
    const docs = ['one', 'bad', 'two'].map((t) => new Doc(t, [{ kind: 'paragraph', start: 0, end: t.length }]));
    const errors = p.runBatch(docs, docs.map(() => newContext()));
    assert.deepEqual(order, ['segment:one', 'segment:bad', 'segment:two', 'figures:one', 'figures:two']);
    assert.equal(errors[0], null);
    assert.match(String(errors[1]), /no sentences here/);
    assert.equal(errors[2], null);
    assert.deepEqual(docs[2].get('figures'), []);
  });
});
