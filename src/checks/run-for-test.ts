// Runs segment + figures + checks on a plain text, for the tests of both folders.
import { Doc } from '../core/doc.js';
import { Pipeline } from '../core/pipeline.js';
import { newContext } from '../core/stage.js';
import { extractString } from '../extract/index.js';
import { figuresStage } from '../figures/stage.js';
import { segmentStage } from '../segment/stage.js';
import { checksStage } from './stage.js';

export function runText(text: string, date?: string): Doc {
  const ex = extractString(text, 'text');
  const doc = new Doc(ex.text, ex.blocks, ex.meta);
  if (date) doc.meta.published = date;
  new Pipeline([segmentStage, figuresStage, checksStage]).run(doc, newContext(date));
  return doc;
}

/** The figures as [text, value or "low-high", unit] rows, for compact assertions. */
export function figureRows(doc: Doc): [string, number | string | null, string | undefined][] {
  return doc
    .get('figures')
    .filter((f) => !f.derived)
    .map((f) => [doc.text.slice(f.start, f.end), f.value ?? `${f.low}-${f.high}`, f.unit]);
}
