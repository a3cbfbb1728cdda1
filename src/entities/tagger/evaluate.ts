// Entity-level precision, recall and F1 as conlleval counts them: a predicted entity is right
// only when its span and type both match a gold entity exactly.
import { ENTITY_TYPES } from './labels.js';

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Entity spans "start:end:TYPE" of an IOB2 tag sequence (a stray I- starts an entity, as conlleval does). */
export function entitySpans(tags: readonly string[]): string[] {
  const out: string[] = [];
  let start = -1;
  let type = '';
  const close = (end: number) => {
    if (start >= 0) out.push(`${start}:${end}:${type}`);
    start = -1;
  };
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const prefix = t[0];
    const ty = t.slice(2);
    if (prefix === 'B' || (prefix === 'I' && (start < 0 || ty !== type))) {
      close(i);
      start = i;
      type = ty;
    } else if (prefix !== 'I') close(i);
  }
  close(tags.length);
  return out;
}

export class EntityCounter {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  add(gold: readonly string[], pred: readonly string[]): void {
    const g = new Set(entitySpans(gold));
    const p = new Set(entitySpans(pred));
    for (const s of p) this.bump(s.slice(s.lastIndexOf(':') + 1), g.has(s) ? 'tp' : 'fp');
    for (const s of g) if (!p.has(s)) this.bump(s.slice(s.lastIndexOf(':') + 1), 'fn');
  }

  private bump(type: string, k: 'tp' | 'fp' | 'fn'): void {
    let c = this.counts.get(type);
    if (!c) this.counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    c[k]++;
  }

  scores(type?: string): Scores {
    let tp = 0, fp = 0, fn = 0;
    for (const [t, c] of this.counts) {
      if (type && t !== type) continue;
      tp += c.tp;
      fp += c.fp;
      fn += c.fn;
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1, tp, fp, fn };
  }

  types(): string[] {
    return ENTITY_TYPES.filter((t) => this.counts.has(t));
  }
}
