// The default analysis pipeline, in order. Each stage declares what it requires and assigns;
// the Pipeline refuses an order in which a requirement is not met.
import type { Stage } from './core/stage.js';
import { kbMentionsStage } from './entities/resolve/kb-mentions.js';
import { resolveStage } from './entities/resolve/stage.js';
import { segmentStage } from './segment/stage.js';

export function defaultStages(): Stage[] {
  // kb-mentions proposes mentions until the statistical tagger (stage "ner") takes its place:
  // the final order is segment, ner, resolve.
  return [segmentStage, kbMentionsStage, resolveStage];
}
