// The Stage contract (spaCy's requires/assigns): the runner checks that every layer a stage
// requires is assigned by a stage before it, so a misordered pipeline fails at construction.
import type { Doc, LayerName } from './doc.js';

export interface StageContext {
  /** The document creation date given on the command line (YYYY-MM-DD), if any. */
  date?: string;
  /** Stages may read shared, loaded-once resources (models, knowledge base) from here. */
  resources: Map<string, unknown>;
}

export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  /** Layers the stage sets. A stage that only adds findings assigns nothing. */
  readonly assigns: readonly LayerName[];
  run(doc: Doc, ctx: StageContext): void;
}

export function newContext(date?: string): StageContext {
  return { date, resources: new Map() };
}
