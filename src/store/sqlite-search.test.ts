// SQLite search's two shortcuts, with small thresholds so a dozen documents reach them: the
// ranking of only the most recent matches of a broad query, and filters applied by scanning
// the matches rather than by looking each document up.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { doc } from '../../test/helpers/briefs.js';
import { SqliteStore } from './sqlite.js';

const FILLER = 'The committee met again in the afternoon and the minutes of the meeting were published later that week for anyone to read.';

describe('SQLite search shortcuts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-sqlite-search-'));
  let store: SqliteStore;
  let exact: SqliteStore;
  const ids: number[] = [];

  before(async () => {
    const path = join(dir, 'c.db');
    store = new SqliteStore(path, { rankCap: 4, fewDocuments: 2 });
    await store.migrate();
    for (let i = 0; i < 12; i++) {
      // Document i says "harbour" i+1 times, so older documents are not always the best matches.
      const text = `Report ${i}. ${'The harbour was busy. '.repeat((i * 7) % 5 + 1)}${FILLER} Item ${i} of the series.`;
      const r = await store.addDocument(doc({ title: `Harbour report ${i}`, text, published: `2020-01-${String(i + 1).padStart(2, '0')}`, findings: i % 3 === 0 ? [{ severity: 'warning', rule: 'sum' }] : [] }, `r${i}.txt`));
      ids.push(r.id);
    }
    exact = new SqliteStore(path);
  });
  after(async () => {
    await store.close();
    await exact.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts every match but ranks only the most recently added ones past the cap', async () => {
    const r = await store.search({ q: 'harbour', limit: 3 });
    assert.equal(r.total, 12);
    assert.equal(r.hits.length, 3);
    const newest = new Set(ids.slice(-4));
    for (const h of r.hits) assert.ok(newest.has(h.id), `hit ${h.id} is not among the 4 newest`);
    const all = await exact.search({ q: 'harbour', limit: 12 });
    assert.deepEqual(new Set(all.hits.map((h) => h.id)), new Set(ids));
    // Within the ranked set the order is bm25's: the same as the exact ranking restricted to it.
    assert.deepEqual(r.hits.map((h) => h.id), all.hits.filter((h) => newest.has(h.id)).slice(0, 3).map((h) => h.id));
  });

  it('ranks every match for a page past the cap', async () => {
    const deep = await store.search({ q: 'harbour', limit: 3, offset: 3 });
    const all = await exact.search({ q: 'harbour', limit: 12 });
    assert.deepEqual(deep.hits.map((h) => h.id), all.hits.slice(3, 6).map((h) => h.id));
  });

  it('filters the same whether it looks documents up or scans the matches', async () => {
    for (const q of [{ from: '2020-01-03', to: '2020-01-04' }, { from: '2020-01-02', to: '2020-01-09' }, { hasFindings: true }, { from: '2021-01-01' }]) {
      const a = await store.search({ q: 'harbour', limit: 20, ...q });
      const b = await exact.search({ q: 'harbour', limit: 20, ...q });
      assert.equal(a.total, b.total, JSON.stringify(q));
      assert.deepEqual(a.hits.map((h) => h.id), b.hits.map((h) => h.id), JSON.stringify(q));
    }
    assert.equal((await store.search({ q: 'harbour', from: '2020-01-02', to: '2020-01-09' })).total, 8);
    assert.deepEqual((await store.search({ q: 'harbour', hasFindings: true })).hits.map((h) => h.id).sort((x, y) => x - y), [ids[0], ids[3], ids[6], ids[9]]);
    assert.equal((await store.search({ q: 'harbour', from: '2021-01-01' })).total, 0);
    // Paging past the filtered matches still reports how many there are.
    assert.equal((await store.search({ q: 'harbour', hasFindings: true, offset: 10 })).total, 4);
  });
});
