// An analysis worker: a batch of items in; out, for each, either the Brief (reanalyze) or the
// document prepared for the store (ingest: hashing, flattening and compressing happen here, off
// the main thread), or the reason the item failed. Models load once per worker, on its first batch.
import { parentPort } from 'node:worker_threads';
import { runItems, type ItemJob, type JobOutcome } from './job.js';

export type WorkerRequest = { seq: number; jobs: ItemJob[] };
export type WorkerReply = { seq: number; outs: JobOutcome[] };

parentPort?.on('message', (msg: WorkerRequest) => {
  const jobs = msg.jobs.map((job) => ({ ...job, item: { ...job.item, bytes: Buffer.from(job.item.bytes) } }));
  parentPort!.postMessage({ seq: msg.seq, outs: runItems(jobs) } satisfies WorkerReply);
});
