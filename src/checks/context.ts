// What every check reads: the figures by id, the relations the figures stage found, and the
// rounding slack of a stated number.
import { formatGrouped } from '../brief/format-number.js';
import type { Figure, Finding, Span } from '../brief/types.js';
import type { Doc } from '../core/doc.js';
import { RELATIONS_KEY, type FigureRelations } from '../figures/relations.js';

export interface CheckContext {
  doc: Doc;
  figures: Figure[];
  byId: Map<string, Figure>;
  rel: FigureRelations;
}

export function checkContext(doc: Doc): CheckContext {
  const figures = doc.get('figures');
  const rel = (doc.extras.get(RELATIONS_KEY) as FigureRelations | undefined) ?? { parts: [], subsets: [], shares: [], changes: [], same: [] };
  return { doc, figures, byId: new Map(figures.map((f) => [f.id, f] as const)), rel };
}

/**
 * Half the last stated unit of a figure: "5.2 million" may stand for 5.15-5.25 million, "26%"
 * for 25.5-26.5%; a plain integer count is exact. Approximate figures get 5% either way.
 */
export function slack(doc: Doc, f: Figure): number {
  const v = Math.abs(f.value ?? 0);
  if (f.approx && f.approx !== 'estimated') return Math.max(v * 0.05, 0.5);
  const written = doc.text.slice(f.start, f.end);
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(written);
  if (!m) return v * 0.05; // spelled out ("two-thirds") or odd
  const decimals = m[2]?.length ?? 0;
  const core = Number(m[1].replace(/,/g, '') + (m[2] ? '.' + m[2] : ''));
  const scale = core ? v / core : 1;
  if (f.unit === 'percent' || scale !== 1 || decimals > 0) return 0.5 * Math.pow(10, -decimals) * scale;
  return 0.5;
}

export function fmt(n: number): string {
  if (Math.abs(n) >= 1e9) return `${+(n / 1e9).toFixed(2)}bn`;
  if (Math.abs(n) >= 1e6) return `${+(n / 1e6).toFixed(2)}m`;
  return Number.isInteger(n) ? formatGrouped(n) : String(Math.round(n * 100) / 100);
}

export function spanOf(f: Figure): Span {
  return { start: f.start, end: f.end };
}

export function finding(rule: string, severity: Finding['severity'], message: string, figs: Figure[], expected?: number | string | null, actual?: number | string | null): Finding {
  const out: Finding = { rule, severity, message, spans: figs.map(spanOf), refs: figs.map((f) => f.id) };
  if (expected !== undefined) out.expected = expected;
  if (actual !== undefined) out.actual = actual;
  return out;
}
