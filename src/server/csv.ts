// CSV exports shared by the server and the web app (pure: no Node or DOM APIs).
import type { Brief, Figure, Finding } from '../brief/types.js';
import type { TimelineRow } from '../store/types.js';

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). A leading
 * =, +, - or @ is prefixed with ' so a spreadsheet does not run it as a formula. */
export function csvField(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function csvLine(fields: unknown[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

export type CheckMark = 'error' | 'warning' | 'ok' | 'unchecked';

/** The findings about a figure: those naming it in refs, or whose spans overlap it. */
export function findingsForFigure(fig: Figure, findings: Finding[]): Finding[] {
  return findings.filter(
    (f) => f.refs?.includes(fig.id) || f.spans.some((s) => s.start < fig.end && fig.start < s.end),
  );
}

/** A figure's check mark: the worst finding about it, or ok when only notes mention it. */
export function checkMark(fig: Figure, findings: Finding[]): CheckMark {
  const about = findingsForFigure(fig, findings);
  if (!about.length) return 'unchecked';
  if (about.some((f) => f.severity === 'error')) return 'error';
  if (about.some((f) => f.severity === 'warning')) return 'warning';
  return 'ok';
}

/** The name of a figure's subject: an entity's name when the subject is an entity id. */
export function subjectName(brief: Brief, subject: string | null | undefined): string {
  if (!subject) return '';
  return brief.entities.find((e) => e.id === subject)?.name ?? subject;
}

export function figuresCsv(brief: Brief): string {
  let out = csvLine(['id', 'text', 'value', 'low', 'high', 'unit', 'approx', 'measure', 'subject', 'qualifier', 'time', 'part_of', 'parts', 'check', 'start', 'end']);
  for (const f of brief.figures) {
    out += csvLine([
      f.id, brief.text.slice(f.start, f.end), f.value, f.low, f.high, f.unit, f.approx, f.measure,
      subjectName(brief, f.subject), f.qualifier, f.time, f.partOf, (f.parts ?? []).join(' '),
      checkMark(f, brief.findings), f.start, f.end,
    ]);
  }
  return out;
}

export function timelineCsv(rows: TimelineRow[]): string {
  let out = csvLine(['value', 'doc_id', 'title', 'summary', 'entities']);
  for (const r of rows) out += csvLine([r.value, r.docId, r.title, r.summary, r.entities.join('; ')]);
  return out;
}
