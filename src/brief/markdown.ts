// The brief for a terminal: a one-line summary, then each section that has something in it.
import { formatGrouped } from './format-number.js';
import type { Brief, Figure, Finding, Span } from './types.js';

const SEVERITY_MARK = { error: '✖', warning: '▲', info: '·' } as const;

/** At most n characters, cut at a word boundary when one is near, marked with an ellipsis. */
export function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= n) return t;
  const cut = t.slice(0, n - 1);
  const space = cut.lastIndexOf(' ');
  return (space >= n * 0.8 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function fmtNumber(n: number): string {
  return Number.isInteger(n) ? formatGrouped(n) : formatGrouped(n, 2);
}

export function figureValue(f: Figure): string {
  const unit = f.unit === 'percent' ? '%' : f.unit && /^[A-Z]{3}$/.test(f.unit) ? ` ${f.unit}` : '';
  const v = f.value !== null ? fmtNumber(f.value) : f.low !== undefined && f.high !== undefined ? `${fmtNumber(f.low)}–${fmtNumber(f.high)}` : '?';
  const approx = f.approx ? `${f.approx} ` : '';
  return `${approx}${v}${unit}`;
}

/** The measure with its qualifier, unless the measure already says it ("active personnel"). */
export function measureText(f: Figure): string {
  const q = f.qualifier?.trim();
  if (!q || f.measure.toLowerCase().includes(q.toLowerCase())) return f.measure;
  return `${q} ${f.measure}`;
}

/** A one-line summary: the title, the date, and the count of each layer that matters. */
export function summaryLine(b: Brief): string {
  const date = b.meta.published ? `${b.meta.published}${b.meta.publishedEstimated ? ' (estimated)' : ''}` : 'undated';
  const errors = b.findings.filter((f) => f.severity === 'error').length;
  const warnings = b.findings.filter((f) => f.severity === 'warning').length;
  const parts = [
    `${b.entities.length} entities`,
    `${b.times.length} dates`,
    `${b.figures.filter((f) => !f.derived).length} figures`,
    `${b.quotes.filter((q) => q.kind !== 'scare').length} quotes`,
    `${b.claims.filter((c) => c.label === 'Yes').length} check-worthy claims`,
    `${errors} errors, ${warnings} warnings`,
  ];
  return `${date} · ${b.sentences.length} sentences · ${parts.join(' · ')}`;
}

function where(b: Brief, spans: Span[]): string {
  const s = spans[0];
  if (!s) return '';
  return ` — “${clip(b.text.slice(s.start, s.end), 80)}”`;
}

function findingLine(b: Brief, f: Finding): string {
  return `- ${SEVERITY_MARK[f.severity]} **${f.severity}** \`${f.rule}\`: ${f.message}${where(b, f.spans)}`;
}

export function renderMarkdown(b: Brief): string {
  const out: string[] = [];
  const m = b.meta;
  out.push(`# ${m.title ?? '(untitled)'}`, '');
  if (m.subtitle) out.push(`_${clip(m.subtitle, 300)}_`, '');
  const by = [m.byline.length ? `By ${m.byline.join(', ')}` : '', m.site ?? '', m.url ?? '', m.source ? `from ${m.source}` : '']
    .filter(Boolean);
  if (by.length) out.push(by.join(' · '), '');
  out.push(`> ${summaryLine(b)}`, '');

  if (b.entities.length) {
    out.push('## Entities', '', '| entity | type | mentions | also called | knowledge base |', '| --- | --- | ---: | --- | --- |');
    for (const e of [...b.entities].sort((x, y) => y.salience - x.salience).slice(0, 40)) {
      const aliases = e.aliases.filter((a) => a !== e.name).slice(0, 5).join(', ');
      const kb = e.kb ? `${e.kb.id}${e.kb.label && e.kb.label !== e.name ? ` (${e.kb.label})` : ''}` : '';
      out.push(`| ${cell(e.name)} | ${e.type} | ${e.mentions} | ${cell(aliases)} | ${cell(kb)} |`);
    }
    if (b.entities.length > 40) out.push('', `_and ${b.entities.length - 40} more_`);
    out.push('');
  }

  if (b.timeline.length) {
    out.push('## Timeline', '');
    for (const t of b.timeline) out.push(`- **${t.value}** ${clip(t.summary, 160)}`);
    out.push('');
  } else if (b.times.length) {
    out.push('## Dates', '');
    for (const t of b.times.slice(0, 30)) out.push(`- “${clip(b.text.slice(t.start, t.end), 60)}” → ${t.type} ${t.value}`);
    out.push('');
  }

  if (b.figures.length) {
    const byId = new Map(b.figures.map((f) => [f.id, f]));
    const flagged = new Map<string, Finding[]>();
    for (const f of b.findings) for (const r of f.refs ?? []) flagged.set(r, [...(flagged.get(r) ?? []), f]);
    out.push('## Figures', '', '| figure | value | measure | subject | when | part of | checks |', '| --- | ---: | --- | --- | --- | --- | --- |');
    for (const f of b.figures) {
      const checks = (flagged.get(f.id) ?? []).map((x) => `${SEVERITY_MARK[x.severity]} ${x.rule}`).join('; ');
      const parent = f.partOf ? byId.get(f.partOf) : undefined;
      const text = f.derived ? '(derived)' : `“${clip(b.text.slice(f.start, f.end), 40)}”`;
      out.push(
        `| ${cell(text)} | ${figureValue(f)} | ${cell(measureText(f))} | ${cell(f.subject ?? '')} | ${f.time ?? ''} | ${parent ? figureValue(parent) : ''} | ${cell(checks)} |`,
      );
    }
    out.push('');
  }

  const quotes = b.quotes.filter((q) => q.kind !== 'scare');
  const terms = b.quotes.filter((q) => q.kind === 'scare');
  if (quotes.length || terms.length || b.claims.length) {
    out.push('## Quotes and claims', '');
    for (const q of quotes) {
      const who = q.speaker ?? 'unattributed';
      const how = [q.cue, q.via].filter(Boolean).join(', ');
      const content = q.content ?? q;
      out.push(`- **${who}**${how ? ` (${how})` : ''}, ${q.kind}: “${clip(b.text.slice(content.start, content.end), 200)}”`);
    }
    if (terms.length) out.push(`- Quoted terms: ${terms.map((t) => b.text.slice(t.start, t.end)).join(', ')}`);
    const worthy = b.claims.filter((c) => c.label === 'Yes').sort((x, y) => y.score - x.score);
    if (worthy.length) {
      out.push('', 'Claims worth checking:', '');
      for (const c of worthy.slice(0, 20)) {
        const src = c.attribution === 'named' ? `source: ${c.source ?? 'named'}` : c.attribution === 'vague' ? `vague source${c.source ? `: ${c.source}` : ''}` : 'no source';
        const kinds = c.kinds.length ? ` [${c.kinds.join(', ')}]` : '';
        out.push(`- (${c.score.toFixed(2)}, ${src})${kinds} ${clip(b.text.slice(c.start, c.end), 200)}`);
      }
    }
    out.push('');
  }

  if (b.findings.length) {
    out.push('## Findings', '');
    for (const f of b.findings) out.push(findingLine(b, f));
    out.push('');
  }
  return out.join('\n');
}
