import { Doc, LayerName } from './doc.js';
import { PipelineError } from './errors.js';
import type { Stage, StageContext } from './stage.js';

/** Layers every Doc has from the start (the extractor provides them). */
const INITIAL: readonly LayerName[] = ['blocks'];

export interface StageTiming {
  name: string;
  ms: number;
}

export class Pipeline {
  readonly stages: readonly Stage[];

  constructor(stages: readonly Stage[]) {
    const assigned = new Set<LayerName>(INITIAL);
    const names = new Set<string>();
    for (const stage of stages) {
      if (names.has(stage.name)) throw new PipelineError(`stage "${stage.name}" appears twice in the pipeline`);
      names.add(stage.name);
      for (const layer of stage.requires) {
        if (!assigned.has(layer)) {
          throw new PipelineError(
            `stage "${stage.name}" requires layer "${layer}", which no earlier stage assigns`,
          );
        }
      }
      for (const layer of stage.assigns) assigned.add(layer);
    }
    this.stages = stages;
  }

  /** Runs every stage in order; `timings`, when given, receives each stage's wall time. */
  run(doc: Doc, ctx: StageContext, timings?: StageTiming[]): Doc {
    for (const stage of this.stages) {
      const t0 = timings ? performance.now() : 0;
      stage.run(doc, ctx);
      if (timings) timings.push({ name: stage.name, ms: performance.now() - t0 });
    }
    return doc;
  }
}
