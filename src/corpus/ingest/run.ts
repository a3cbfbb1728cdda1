// The ingest loop: read items, skip those already stored (by content hash), analyse the rest
// on the worker pool, write each to the store as it comes back. Each document is committed on
// its own, so an interrupted ingest keeps everything written and a rerun resumes.
import { contentHash } from '../../store/hash.js';
import type { CorpusStore } from '../../store/open.js';
import type { Analyzer } from './pool.js';
import type { ItemResult } from './sources.js';

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
  const maxInFlight = Math.max(2, opts.analyzer.size * 3);
  const inFlight = new Set<Promise<void>>();
  // Writes go one at a time, in the order analyses finish.
  let writes: Promise<void> = Promise.resolve();
  let writeError: unknown = null;
  const fail = (reason: string) => {
    stats.failed++;
    opts.onFailure?.(reason);
    opts.onItem?.();
  };
  const hashesInFlight = new Set<string>();

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
      const prepared = out.prepared;
      writes = writes.then(async () => {
        if (writeError) return;
        try {
          const res = await opts.store.addPrepared(prepared);
          if (res.created) {
            stats.added++;
            if (res.duplicateOf !== null) stats.nearDuplicates++;
          } else stats.unchanged++;
          opts.onItem?.();
        } catch (e) {
          writeError = e;
        } finally {
          hashesInFlight.delete(hash);
        }
      });
      return writes;
    });
    inFlight.add(job);
    void job.finally(() => inFlight.delete(job));
    if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  await writes;
  if (writeError) throw writeError;
  return stats;
}
