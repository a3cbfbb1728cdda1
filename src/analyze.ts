// One article in, one Brief out: extraction, then the default pipeline, then the Brief.
import { buildBrief } from './brief/build.js';
import type { Brief } from './brief/types.js';
import { Doc } from './core/doc.js';
import { Pipeline, type StageTiming } from './core/pipeline.js';
import { newContext, type StageContext } from './core/stage.js';
import { extractRaw, extractString, type Extracted } from './extract/index.js';
import type { RawInput } from './extract/read.js';
import { defaultStages } from './stages.js';

let shared: { pipeline: Pipeline; resources: Map<string, unknown> } | null = null;

/** The default pipeline, built once per process; its resources (models) are loaded once too. */
export function defaultPipeline(): { pipeline: Pipeline; resources: Map<string, unknown> } {
  if (!shared) shared = { pipeline: new Pipeline(defaultStages()), resources: new Map() };
  return shared;
}

export interface AnalyzeOptions {
  /** Document creation date, YYYY-MM-DD, overriding what the page says. */
  date?: string;
  timings?: StageTiming[];
}

function newDoc(ex: Extracted, opts: AnalyzeOptions): Doc {
  const doc = new Doc(ex.text, ex.blocks, ex.meta);
  if (opts.date) {
    doc.meta.published = opts.date;
    doc.meta.publishedEstimated = false;
  }
  return doc;
}

export function analyzeExtracted(ex: Extracted, opts: AnalyzeOptions = {}): Brief {
  const { pipeline, resources } = defaultPipeline();
  const doc = newDoc(ex, opts);
  const ctx: StageContext = { ...newContext(opts.date), resources };
  pipeline.run(doc, ctx, opts.timings);
  return buildBrief(doc);
}

/** Documents a corpus run analyses together: enough to keep each stage's tables warm in the CPU
 *  caches (32, 64 and 128 measured alike), few enough to keep memory and latency low. */
export const CORPUS_BATCH = 32;

export type BatchOutcome = { ok: true; brief: Brief } | { ok: false; error: unknown };

/**
 * Many extracted articles at once, stage by stage (Pipeline.runBatch): the same Briefs as
 * analyzeExtracted one by one, faster on a corpus. A document that fails is its own outcome.
 */
export function analyzeExtractedBatch(items: readonly { ex: Extracted; opts?: AnalyzeOptions }[]): BatchOutcome[] {
  const { pipeline, resources } = defaultPipeline();
  const docs = items.map(({ ex, opts = {} }) => newDoc(ex, opts));
  const ctxs = items.map(({ opts = {} }) => ({ ...newContext(opts.date), resources }));
  const errors = pipeline.runBatch(docs, ctxs);
  return docs.map((doc, i): BatchOutcome => {
    if (errors[i] !== null) return { ok: false, error: errors[i] };
    try {
      return { ok: true, brief: buildBrief(doc) };
    } catch (error) {
      return { ok: false, error };
    }
  });
}

export function analyzeRaw(input: RawInput, opts: AnalyzeOptions = {}): Brief {
  return analyzeExtracted(extractRaw(input), opts);
}

export function analyzeText(text: string, opts: AnalyzeOptions & { format?: 'html' | 'text' } = {}): Brief {
  return analyzeExtracted(extractString(text, opts.format), opts);
}
