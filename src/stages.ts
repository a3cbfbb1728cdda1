// The default analysis pipeline, in order. Each stage declares what it requires and assigns;
// the Pipeline refuses an order in which a requirement is not met.
import type { Stage } from './core/stage.js';
import { checksStage } from './checks/stage.js';
import { resolveStage } from './entities/resolve/stage.js';
import { nerStage } from './entities/tagger/stage.js';
import { figuresStage } from './figures/stage.js';
import { claimsStage } from './quotes/claims-stage.js';
import { quotesStage } from './quotes/stage.js';
import { segmentStage } from './segment/stage.js';
import { timeStage } from './time/stage.js';

export function defaultStages(): Stage[] {
  return [segmentStage, nerStage, resolveStage, timeStage, figuresStage, quotesStage, claimsStage, checksStage];
}
