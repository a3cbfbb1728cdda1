// A pool of analysis workers (worker_threads), one per core by default. An item that takes
// longer than the time limit has its worker replaced and is reported as failed, so one
// pathological document cannot stall an ingest.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { revivePrepared } from '../../store/rows.js';
import { runItem, type ItemJob, type JobOutcome } from './job.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

export interface Analyzer {
  readonly size: number;
  run(job: ItemJob): Promise<JobOutcome>;
  close(): Promise<void>;
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** Analysis on the calling thread (--workers 0): for tests and debugging. */
export class InlineAnalyzer implements Analyzer {
  readonly size = 1;
  async run(job: ItemJob): Promise<JobOutcome> {
    return runItem(job);
  }
  async close(): Promise<void> {}
}

interface Slot {
  worker: Worker;
  busy: { seq: number; name: string; resolve: (o: JobOutcome) => void; timer: NodeJS.Timeout } | null;
}

function newWorker(): Worker {
  // Built, the worker is .js. Run from source under tsx it is .ts, and a worker thread does
  // not inherit tsx's loader hooks: it gets them through --import, resolved from here.
  if (import.meta.url.endsWith('.js')) return new Worker(new URL('./worker.js', import.meta.url));
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};
register();
await import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)});`;
  return new Worker(new URL('data:text/javascript,' + encodeURIComponent(boot)));
}

export class WorkerPool implements Analyzer {
  private slots: Slot[] = [];
  private queue: { job: ItemJob; resolve: (o: JobOutcome) => void }[] = [];
  private seq = 0;
  private closed = false;

  constructor(readonly size: number, private readonly timeoutMs = 120_000) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: newWorker(), busy: null };
    slot.worker.on('message', (r: WorkerReply) => {
      const job = slot.busy;
      if (!job || job.seq !== r.seq) return;
      clearTimeout(job.timer);
      slot.busy = null;
      if (r.out.ok && r.out.prepared) revivePrepared(r.out.prepared);
      job.resolve(r.out);
      this.pump();
    });
    slot.worker.on('error', (e) => this.replace(slot, `analysis worker crashed (${e.message})`));
    slot.worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, `analysis worker exited (code ${code})`);
    });
    return slot;
  }

  private replace(slot: Slot, reason: string): void {
    const job = slot.busy;
    slot.busy = null;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker.terminate();
    if (job) {
      clearTimeout(job.timer);
      job.resolve({ ok: false, reason: `${job.name}: ${reason}` });
    }
    if (!this.closed) {
      this.slots.push(this.spawn());
      this.pump();
    }
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || !this.queue.length) continue;
      const { job, resolve } = this.queue.shift()!;
      const seq = ++this.seq;
      const timer = setTimeout(() => this.replace(slot, `analysis took longer than ${Math.round(this.timeoutMs / 1000)} s`), this.timeoutMs);
      slot.busy = { seq, name: job.item.name, resolve, timer };
      const msg: WorkerRequest = { seq, job };
      slot.worker.postMessage(msg);
    }
  }

  run(job: ItemJob): Promise<JobOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const q of this.queue) q.resolve({ ok: false, reason: `${q.job.item.name}: not analysed (stopped)` });
    this.queue = [];
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}

export function makeAnalyzer(workers: number): Analyzer {
  return workers <= 0 ? new InlineAnalyzer() : new WorkerPool(workers);
}
