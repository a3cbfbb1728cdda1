// What makes two figures from different articles comparable: the same measure (with its
// qualifier) of the same subject, in the same unit, for the same time.
import type { Brief, Figure } from '../brief/types.js';
import { normName, normPhrase } from './normalize.js';

export interface FigureKey {
  subject: string;
  measure: string;
  unit: string;
  /** The figure's time, or null when neither it nor the article states one. */
  time: string | null;
}

/** The comparable key of a figure, or null when it lacks a subject, a measure or a value. */
export function figureKey(fig: Figure, brief: Brief): FigureKey | null {
  if (fig.derived) return null;
  if (fig.value === null && (fig.low === undefined || fig.high === undefined)) return null;
  const subject = subjectKey(fig.subject ?? null, brief);
  // The qualifier ("active" personnel) is part of what is measured, unless the measure has it.
  const m = normPhrase(fig.measure ?? '');
  const q = normPhrase(fig.qualifier ?? '');
  const measure = q && !` ${m} `.includes(` ${q} `) ? `${q} ${m}` : m;
  if (!subject || !measure) return null;
  const unit = normUnit(fig.unit ?? '');
  const time = fig.time ? String(fig.time).trim().slice(0, 40) : null;
  return { subject, measure, unit, time };
}

/** A subject given as an entity id resolves to its knowledge-base id or its folded name. */
export function subjectKey(subject: string | null, brief: Brief): string {
  if (!subject) return '';
  const ent = brief.entities.find((e) => e.id === subject) ??
    brief.entities.find((e) => normName(e.name) === normName(subject) || e.aliases.some((a) => normName(a) === normName(subject)));
  if (ent) return ent.kb?.id ?? normName(ent.name);
  return normName(subject);
}

export function normUnit(u: string): string {
  const s = u.trim().toLowerCase();
  const map: Record<string, string> = { percent: '%', 'per cent': '%', pct: '%', $: 'usd', us$: 'usd', '£': 'gbp', '€': 'eur' };
  return map[s] ?? s;
}

/** The article's year, used as a figure's time when neither states one. */
export function publishedYear(brief: Brief): string | null {
  const m = /^(\d{4})/.exec(brief.meta.published ?? '');
  return m ? m[1] : null;
}

/** The sentence around a span, bounded in length for storage and display. */
export function sentenceAround(brief: Brief, start: number, end: number, max = 400): string {
  const s = brief.sentences.find((x) => x.start <= start && x.end >= end);
  const a = s ? s.start : Math.max(0, start - 150);
  const b = s ? s.end : Math.min(brief.text.length, end + 150);
  const text = brief.text.slice(a, b).replace(/\s+/g, ' ').trim();
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
