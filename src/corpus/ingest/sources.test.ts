import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { countLines, expandInputs, readItems } from './sources.js';

describe('ingest inputs', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-sources-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'one.txt'), 'One\n\nText one.');
    writeFileSync(join(dir, 'a', 'b', 'two.html'), '<p>Two</p>');
    writeFileSync(join(dir, 'a', 'README.txt'), 'about the data');
    writeFileSync(join(dir, 'a', 'image.png'), 'x');
    writeFileSync(join(dir, 'a', 'recs.jsonl.gz'), gzipSync('{"title":"T","text":"Body one."}\n\n{"text":""}\n{"text":"Body two."}'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('walks folders for article files, skipping documentation and other files', () => {
    const { sources, problems } = expandInputs([join(dir, 'a')]);
    assert.deepEqual(problems, []);
    assert.deepEqual(sources.map((s) => [s.kind, s.name.slice(dir.length)]), [
      ['file', '/a/b/two.html'],
      ['file', '/a/one.txt'],
      ['jsonl', '/a/recs.jsonl.gz'],
    ]);
  });
  it('expands globs, ** included, and names what matches nothing', () => {
    assert.deepEqual(expandInputs([join(dir, 'a', '*.txt')]).sources.map((s) => s.name), [join(dir, 'a', 'README.txt'), join(dir, 'a', 'one.txt')]);
    assert.deepEqual(expandInputs([join(dir, '**', '*.html')]).sources.map((s) => s.name), [join(dir, 'a', 'b', 'two.html')]);
    const none = expandInputs([join(dir, '*.xml'), join(dir, 'nope.txt')]);
    assert.equal(none.sources.length, 0);
    assert.match(none.problems[0], /no files match/);
    assert.match(none.problems[1], /no such file/);
  });
  it('reads JSON Lines records one by one, with line numbers for the bad ones', async () => {
    const out = [];
    for await (const r of readItems([{ kind: 'jsonl', name: join(dir, 'a', 'recs.jsonl.gz') }])) out.push(r);
    assert.deepEqual(out.map((r) => (r.ok ? r.item.name.slice(dir.length) : r.reason.slice(dir.length))), [
      '/a/recs.jsonl.gz#L1',
      '/a/recs.jsonl.gz#L3: the record has no "text"',
      '/a/recs.jsonl.gz#L4',
    ]);
    assert.equal(await countLines(join(dir, 'a', 'recs.jsonl.gz')), 4);
  });
});
