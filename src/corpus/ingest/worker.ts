// An analysis worker: items in; out, either the Brief (reanalyze) or the document prepared
// for the store (ingest: hashing, flattening and compressing happen here, off the main thread),
// or the reason the item failed. Models load once per worker, on its first item.
import { parentPort } from 'node:worker_threads';
import { runItem, type ItemJob, type JobOutcome } from './job.js';

export type WorkerRequest = { seq: number; job: ItemJob };
export type WorkerReply = { seq: number; out: JobOutcome };

parentPort?.on('message', (msg: WorkerRequest) => {
  const job = { ...msg.job, item: { ...msg.job.item, bytes: Buffer.from(msg.job.item.bytes) } };
  parentPort!.postMessage({ seq: msg.seq, out: runItem(job) } satisfies WorkerReply);
});
