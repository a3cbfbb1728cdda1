// The default analysis pipeline, in order. Each stage declares what it requires and assigns;
// the Pipeline refuses an order in which a requirement is not met.
import type { Stage } from './core/stage.js';
import { checksStage } from './checks/stage.js';
import { figuresStage } from './figures/stage.js';
import { segmentStage } from './segment/stage.js';

export function defaultStages(): Stage[] {
  return [segmentStage, figuresStage, checksStage];
}
