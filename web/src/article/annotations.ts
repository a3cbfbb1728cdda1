// The highlightable things of a brief, as one flat list of spans with what each one is.
import type { Brief, Severity } from '../../../src/server/api-types.js';

export type AnnKind = 'entity' | 'time' | 'figure' | 'quote' | 'finding';

export interface Ann {
  /** Unique within the article view: kind + index. */
  key: string;
  kind: AnnKind;
  /** Index into the brief's layer of that kind. */
  index: number;
  start: number;
  end: number;
  /** CSS classes the span gets. */
  cls: string;
  severity?: Severity;
}

const cssType = (t: string) => t.replace(/[^A-Za-z_]/g, '').toUpperCase();

export function annotationsOf(b: Brief): Ann[] {
  const out: Ann[] = [];
  const ok = (s: { start: number; end: number }) => s.start >= 0 && s.end <= b.text.length && s.start < s.end;
  b.mentions.forEach((m, i) => {
    if (ok(m)) out.push({ key: `entity:${i}`, kind: 'entity', index: i, start: m.start, end: m.end, cls: `k-entity t-${cssType(m.type)}` });
  });
  b.times.forEach((t, i) => {
    if (ok(t)) out.push({ key: `time:${i}`, kind: 'time', index: i, start: t.start, end: t.end, cls: 'k-time' });
  });
  b.figures.forEach((f, i) => {
    if (ok(f)) out.push({ key: `figure:${i}`, kind: 'figure', index: i, start: f.start, end: f.end, cls: 'k-figure' });
  });
  b.quotes.forEach((q, i) => {
    if (ok(q)) out.push({ key: `quote:${i}`, kind: 'quote', index: i, start: q.start, end: q.end, cls: `k-quote q-${q.kind}` });
  });
  b.findings.forEach((f, i) => {
    f.spans.forEach((s, j) => {
      if (ok(s)) out.push({ key: `finding:${i}:${j}`, kind: 'finding', index: i, start: s.start, end: s.end, cls: `k-finding s-${f.severity}`, severity: f.severity });
    });
  });
  return out;
}
