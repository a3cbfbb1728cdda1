// A pool of analysis workers (worker_threads), one per core by default. A free worker takes
// what is waiting, up to a batch, and analyses it stage by stage (faster than item by item).
// A batch that takes longer than the time limit, or crashes its worker, has its worker replaced
// and its items queued again one by one, so one pathological document fails alone and
// cannot stall an ingest or take other documents with it.
import { availableParallelism } from 'node:os';
import { CORPUS_BATCH } from '../../analyze.js';
import { Worker } from 'node:worker_threads';
import { revivePrepared } from '../../store/rows.js';
import { runItem, type ItemJob, type JobOutcome } from './job.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

export interface Analyzer {
  readonly size: number;
  /** Most items one worker analyses together: the caller keeps about size × batch in flight. */
  readonly batch: number;
  run(job: ItemJob): Promise<JobOutcome>;
  close(): Promise<void>;
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** Analysis on the calling thread (--workers 0): for tests and debugging. */
export class InlineAnalyzer implements Analyzer {
  readonly size = 1;
  readonly batch = 1;
  async run(job: ItemJob): Promise<JobOutcome> {
    return runItem(job);
  }
  async close(): Promise<void> {}
}

interface Queued {
  job: ItemJob;
  resolve: (o: JobOutcome) => void;
  /** Queued again after its batch failed: analysed by itself. */
  alone: boolean;
}

interface Slot {
  worker: Worker;
  busy: { seq: number; items: Queued[]; timer: NodeJS.Timeout } | null;
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

export interface PoolOptions {
  /** The longest one batch may take (default two minutes). */
  timeoutMs?: number;
  batch?: number;
  /** Starts a worker that answers WorkerRequest with WorkerReply (tests give their own). */
  newWorker?: () => Worker;
}

export class WorkerPool implements Analyzer {
  private slots: Slot[] = [];
  private queue: Queued[] = [];
  private seq = 0;
  private closed = false;

  private readonly timeoutMs: number;
  private readonly newWorker: () => Worker;
  readonly batch: number;

  constructor(readonly size: number, opts: PoolOptions = {}) {
    this.timeoutMs = opts.timeoutMs ?? 120_000;
    this.batch = opts.batch ?? CORPUS_BATCH;
    this.newWorker = opts.newWorker ?? newWorker;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: this.newWorker(), busy: null };
    slot.worker.on('message', (r: WorkerReply) => {
      const busy = slot.busy;
      if (!busy || busy.seq !== r.seq) return;
      clearTimeout(busy.timer);
      slot.busy = null;
      busy.items.forEach((q, i) => {
        const out = r.outs[i] ?? { ok: false, reason: `${q.job.item.name}: no answer from the analysis worker` };
        if (out.ok && out.prepared) revivePrepared(out.prepared);
        q.resolve(out);
      });
      this.pump();
    });
    slot.worker.on('error', (e) => this.replace(slot, `analysis worker crashed (${e.message})`));
    slot.worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, `analysis worker exited (code ${code})`);
    });
    return slot;
  }

  private replace(slot: Slot, reason: string): void {
    const busy = slot.busy;
    slot.busy = null;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker.terminate();
    if (busy) {
      clearTimeout(busy.timer);
      // A lone item is the culprit; a batch's items go again one by one, ahead of the rest.
      if (busy.items.length === 1) busy.items[0].resolve({ ok: false, reason: `${busy.items[0].job.item.name}: ${reason}` });
      else this.queue.unshift(...busy.items.map((q) => ({ ...q, alone: true })));
    }
    if (!this.closed) {
      this.slots.push(this.spawn());
      this.pump();
    }
  }

  /** The next batch: what is waiting, up to `batch` items; an item queued again goes alone. */
  private take(): Queued[] {
    if (this.queue[0].alone) return [this.queue.shift()!];
    let n = 1;
    while (n < this.batch && n < this.queue.length && !this.queue[n].alone) n++;
    return this.queue.splice(0, n);
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || !this.queue.length) continue;
      const items = this.take();
      const seq = ++this.seq;
      const timer = setTimeout(() => this.replace(slot, `analysis took longer than ${this.timeoutMs / 1000} s`), this.timeoutMs);
      slot.busy = { seq, items, timer };
      const msg: WorkerRequest = { seq, jobs: items.map((q) => q.job) };
      slot.worker.postMessage(msg);
    }
  }

  run(job: ItemJob): Promise<JobOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve, alone: false });
      // Let the caller queue more before a worker takes them, so batches fill up.
      queueMicrotask(() => this.pump());
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
