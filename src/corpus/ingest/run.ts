// The ingest loop: read items, skip those already stored (by content hash), analyse the rest
// on the worker pool, write them to the store as they come back. Documents are committed in
// small batches (a few dozen, or what arrived within a quarter of a second) where the store
// offers it: a commit per document cost SQLite more than the inserts themselves. What was
// committed stays when an ingest is interrupted, and a rerun resumes by content hash.
import { contentHash } from '../../store/hash.js';
import type { CorpusStore } from '../../store/open.js';
import type { PreparedDocument } from '../../store/rows.js';
import type { AddResult } from '../../store/types.js';
import type { Analyzer } from './pool.js';
import type { ItemResult } from './sources.js';

/** Documents per commit, and the longest a finished document waits for its commit. */
const BATCH_SIZE = 32;
const BATCH_MS = 250;

export interface IngestStats {
  seen: number;
  added: number;
  nearDuplicates: number;
  unchanged: number;
  failed: number;
}

export interface IngestOptions {
  store: CorpusStore;
  items: AsyncIterable<ItemResult>;
  analyzer: Analyzer;
  /** Called once per item finished (added, skipped or failed). */
  onItem?: () => void;
  onFailure?: (reason: string) => void;
  /** Checked between items: true stops reading new ones (in-flight ones still finish). */
  stopped?: () => boolean;
}

export async function ingest(opts: IngestOptions): Promise<IngestStats> {
  const stats: IngestStats = { seen: 0, added: 0, nearDuplicates: 0, unchanged: 0, failed: 0 };
  // Enough in flight to fill every worker's next batch while it analyses the current one.
  const maxInFlight = Math.max(2, opts.analyzer.size * Math.max(3, 2 * opts.analyzer.batch));
  const inFlight = new Set<Promise<void>>();
  // Writes go one batch at a time, in the order analyses finish.
  let writes: Promise<void> = Promise.resolve();
  let writeError: unknown = null;
  const fail = (reason: string) => {
    stats.failed++;
    opts.onFailure?.(reason);
    opts.onItem?.();
  };
  const hashesInFlight = new Set<string>();
  const pending: PreparedDocument[] = [];
  let timer: NodeJS.Timeout | null = null;
  const record = (res: AddResult) => {
    if (res.created) {
      stats.added++;
      if (res.duplicateOf !== null) stats.nearDuplicates++;
    } else stats.unchanged++;
    opts.onItem?.();
  };
  const writeBatch = async (batch: PreparedDocument[]) => {
    if (writeError) return;
    try {
      if (opts.store.addPreparedBatch && batch.length > 1) {
        for (const res of await opts.store.addPreparedBatch(batch)) record(res);
      } else {
        for (const p of batch) record(await opts.store.addPrepared(p));
      }
    } catch (e) {
      writeError = e;
    } finally {
      for (const p of batch) hashesInFlight.delete(p.hash);
    }
  };
  /** Queues what is pending as one write; returns when it is written. */
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!pending.length) return writes;
    const batch = pending.splice(0);
    writes = writes.then(() => writeBatch(batch));
    return writes;
  };
  const enqueue = (p: PreparedDocument): Promise<void> => {
    pending.push(p);
    if (pending.length >= BATCH_SIZE) return flush();
    timer ??= setTimeout(() => void flush(), BATCH_MS);
    return Promise.resolve();
  };

  for await (const r of opts.items) {
    if (writeError) break;
    if (opts.stopped?.()) break;
    stats.seen++;
    if (!r.ok) {
      fail(r.reason);
      continue;
    }
    const item = r.item;
    const hash = contentHash(item.bytes);
    if (hashesInFlight.has(hash) || (await opts.store.hasHash(hash)) !== null) {
      stats.unchanged++;
      opts.onItem?.();
      continue;
    }
    hashesInFlight.add(hash);
    const job: Promise<void> = opts.analyzer.run({ item, mode: 'prepare' }).then((out) => {
      if (!out.ok || !out.prepared) {
        hashesInFlight.delete(hash);
        fail(out.ok ? `${item.name}: nothing to store` : out.reason);
        return;
      }
      return enqueue(out.prepared);
    });
    inFlight.add(job);
    void job.finally(() => inFlight.delete(job));
    if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  await flush();
  if (writeError) throw writeError;
  return stats;
}
