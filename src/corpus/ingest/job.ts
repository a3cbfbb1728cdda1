// What a worker does with its items, the same on a worker thread or inline.
import type { Brief } from '../../brief/types.js';
import { prepareDocument, type PreparedDocument } from '../../store/rows.js';
import { analyzeItems, type IngestItem } from './item.js';

export type ItemJob = { item: IngestItem; mode: 'prepare' | 'brief' };
export type JobOutcome =
  | { ok: true; brief?: Brief; prepared?: PreparedDocument }
  | { ok: false; reason: string };

function failure(item: IngestItem, e: unknown): JobOutcome {
  const err = e as Error;
  // An InputError names the input itself; anything else is an analysis failure on this item.
  return { ok: false, reason: err?.name === 'InputError' ? err.message : `${item.name}: analysis failed (${err?.message ?? String(e)})` };
}

/** Analyses the jobs as one batch (stage by stage); each job gets its own outcome. */
export function runItems(jobs: readonly ItemJob[]): JobOutcome[] {
  const analysed = analyzeItems(jobs.map((j) => j.item));
  return jobs.map((job, i): JobOutcome => {
    const r = analysed[i];
    if (!r.ok) return failure(job.item, r.error);
    if (job.mode === 'brief') return { ok: true, brief: r.brief };
    try {
      return { ok: true, prepared: prepareDocument({ brief: r.brief, raw: job.item.bytes, name: job.item.name }) };
    } catch (e) {
      return failure(job.item, e);
    }
  });
}

export function runItem(job: ItemJob): JobOutcome {
  return runItems([job])[0];
}
