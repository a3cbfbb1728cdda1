// Small pieces both stores share: limits, snippets without a query, profile assembly.
import type { KeyedFigureRow } from './contradiction-rows.js';
import type { EntityProfile } from './types.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 500;

/**
 * The most matches a full-text search ranks. Ranking costs per match (bm25 in SQLite reads
 * each match's positions and length; PostgreSQL unpacks each match's tsvector), so a query
 * matching half of a large corpus ranks only its RANK_CAP most recently added matches; the
 * total is still exact, and pages past RANK_CAP rank every match.
 */
export const RANK_CAP = 10_000;

export function clampLimit(n: number | undefined): number {
  if (n === undefined || !Number.isFinite(n)) return DEFAULT_LIMIT;
  return Math.max(1, Math.min(MAX_LIMIT, Math.floor(n)));
}

/** The opening of a text, cut at a word, for hits found without a query. */
export function plainSnippet(head: string, max = 200): string {
  const s = head.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max);
  return s.slice(0, cut > max / 2 ? cut : max) + '…';
}

type Row = Record<string, unknown>;

export function profileFromRows(main: Row, articles: Row[], co: Row[], figs: KeyedFigureRow[], contradicted: Set<string>): EntityProfile {
  const perMonth = new Map<string, number>();
  for (const a of articles) {
    const m = /^(\d{4}-\d{2})/.exec(String(a.published ?? ''));
    const month = m ? m[1] : 'undated';
    perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
  }
  return {
    key: String(main.key),
    name: String(main.name),
    type: String(main.type),
    kb: (main.kb_id as string) ?? null,
    articles: articles.map((a) => ({ id: Number(a.id), title: (a.title as string) ?? null, published: (a.published as string) ?? null })),
    perMonth: [...perMonth].sort((a, b) => a[0].localeCompare(b[0])).map(([month, count]) => ({ month, count })),
    coOccurring: co.map((r) => ({ key: String(r.key), name: String(r.name), type: String(r.type), count: Number(r.n) })),
    figures: figs.slice(0, 500).map((f) => ({
      docId: f.docId, figureId: f.fid, value: f.value, unit: f.unit, measure: f.measure, time: f.kTime, sentence: f.sentence,
      contradicted: contradicted.has(`${f.docId}#${f.fid}`),
    })),
  };
}
