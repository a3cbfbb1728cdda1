// The ingest loop's writes: batched where the store offers batches, one by one otherwise,
// every finished document written exactly once, duplicates by hash skipped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CorpusStore } from '../../store/open.js';
import type { PreparedDocument } from '../../store/rows.js';
import type { AddResult } from '../../store/types.js';
import type { Analyzer } from './pool.js';
import { ingest } from './run.js';
import type { ItemResult } from './sources.js';
import { contentHash } from '../../store/hash.js';

function fakeStore(batches: boolean) {
  const stored = new Map<string, number>();
  const calls: number[] = [];
  const add = (p: PreparedDocument): AddResult => {
    const had = stored.get(p.hash);
    if (had) return { id: had, created: false, duplicateOf: null };
    stored.set(p.hash, stored.size + 1);
    return { id: stored.size, created: true, duplicateOf: null };
  };
  const store = {
    hasHash: async (h: string) => stored.get(h) ?? null,
    addPrepared: async (p: PreparedDocument) => {
      calls.push(1);
      return add(p);
    },
    ...(batches ? { addPreparedBatch: async (ps: PreparedDocument[]) => {
      calls.push(ps.length);
      return ps.map(add);
    } } : {}),
  } as unknown as CorpusStore;
  return { store, stored, calls };
}

// Analysis that takes a moment, finishing out of order; item "bad" fails.
const analyzer: Analyzer = {
  size: 2,
  batch: 1,
  async run(job) {
    await new Promise((r) => setTimeout(r, job.item.name.length % 3));
    if (job.item.name === 'bad') return { ok: false, reason: 'bad: unreadable' };
    return { ok: true, prepared: { hash: contentHash(job.item.bytes), name: job.item.name, rawGz: Buffer.alloc(0), rows: {} as PreparedDocument['rows'] } };
  },
  async close() {},
};

async function* items(names: string[]): AsyncIterable<ItemResult> {
  for (const n of names) yield { ok: true, item: { name: n, bytes: Buffer.from(n.replace(/-copy$/, '')), kind: 'file' } };
}

const NAMES = [...Array.from({ length: 100 }, (_, i) => `doc${i}`), 'bad', 'doc7-copy'];

for (const batches of [true, false]) {
  test(`ingest writes every document once (${batches ? 'batched' : 'one by one'})`, async () => {
    const { store, stored, calls } = fakeStore(batches);
    const failures: string[] = [];
    const stats = await ingest({ store, items: items(NAMES), analyzer, onFailure: (r) => failures.push(r) });
    assert.deepEqual(stats, { seen: 102, added: 100, nearDuplicates: 0, unchanged: 1, failed: 1 });
    assert.deepEqual(failures, ['bad: unreadable']);
    assert.equal(stored.size, 100);
    assert.equal(calls.reduce((a, b) => a + b, 0), 100);
    if (batches) assert.ok(Math.max(...calls) > 1, `batches of ${calls.join(',')}`);
    else assert.ok(calls.every((c) => c === 1));
    // A second run finds everything stored.
    const again = await ingest({ store, items: items(NAMES), analyzer });
    assert.equal(again.added, 0);
    assert.equal(again.unchanged, 101);
  });
}
