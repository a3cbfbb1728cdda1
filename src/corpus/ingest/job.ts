// What a worker does with one item, the same on a worker thread or inline.
import type { Brief } from '../../brief/types.js';
import { prepareDocument, type PreparedDocument } from '../../store/rows.js';
import { analyzeItem, type IngestItem } from './item.js';

export type ItemJob = { item: IngestItem; mode: 'prepare' | 'brief' };
export type JobOutcome =
  | { ok: true; brief?: Brief; prepared?: PreparedDocument }
  | { ok: false; reason: string };

export function runItem(job: ItemJob): JobOutcome {
  const { item } = job;
  try {
    const brief = analyzeItem(item);
    if (job.mode === 'brief') return { ok: true, brief };
    return { ok: true, prepared: prepareDocument({ brief, raw: item.bytes, name: item.name }) };
  } catch (e) {
    const err = e as Error;
    // An InputError names the input itself; anything else is an analysis failure on this item.
    return { ok: false, reason: err.name === 'InputError' ? err.message : `${item.name}: analysis failed (${err.message})` };
  }
}
