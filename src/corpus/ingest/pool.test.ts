import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { WorkerPool } from './pool.js';
import type { ItemJob } from './job.js';

// A stand-in analysis worker: "hang" never returns, "crash" ends the worker, the rest succeed.
const FAKE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ seq, jobs }) => {
  const names = jobs.map((j) => j.item.name);
  if (names.includes('crash')) process.exit(3);
  if (names.includes('hang')) for (;;) {}
  parentPort.postMessage({ seq, outs: names.map((n) => ({ ok: true, brief: { name: n, batch: names.length } })) });
});`;

const job = (name: string): ItemJob => ({ item: { name, bytes: Buffer.from(name), kind: 'file' }, mode: 'brief' });

test('pool: items go in batches; a batch that hangs or crashes is retried item by item, and only the culprit fails', async () => {
  // The limit must leave room for a replacement worker to start on a loaded machine (400 ms did not
  // under a load average of 10); the hang costs it twice.
  const pool = new WorkerPool(1, { timeoutMs: 2000, batch: 8, newWorker: () => new Worker(FAKE, { eval: true }) });
  try {
    const names = ['a', 'hang', 'b', 'crash', 'c'];
    const outs = await Promise.all(names.map((n) => pool.run(job(n))));
    const byName = Object.fromEntries(names.map((n, i) => [n, outs[i]]));
    for (const n of ['a', 'b', 'c']) assert.equal(byName[n].ok, true, n);
    assert.deepEqual(byName.hang, { ok: false, reason: 'hang: analysis took longer than 2 s' });
    assert.equal(byName.crash.ok, false);
    assert.match((byName.crash as { reason: string }).reason, /^crash: analysis worker exited/);
    // Later items share a batch when nothing went wrong.
    const more = await Promise.all(['d', 'e', 'f'].map((n) => pool.run(job(n))));
    assert.deepEqual(more.map((o) => (o.ok ? (o.brief as unknown as { batch: number }).batch : 0)), [3, 3, 3]);
  } finally {
    await pool.close();
  }
});
