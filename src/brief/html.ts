// A standalone HTML page of the brief: the text with its annotations, and the findings.
// Everything from the article is escaped; the page loads nothing from outside.
import { figureValue, measureText, renderMarkdown, summaryLine } from './markdown.js';
import type { Brief, Span } from './types.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

interface Mark extends Span {
  cls: string;
  tip: string;
}

function marks(b: Brief): Mark[] {
  const ents = new Map(b.entities.map((e) => [e.id, e]));
  const out: Mark[] = [];
  for (const m of b.mentions) {
    const e = m.entity ? ents.get(m.entity) : undefined;
    out.push({ start: m.start, end: m.end, cls: `ent ent-${(e?.type ?? m.type).toLowerCase()}`, tip: e ? `${e.name} (${e.type}${e.kb ? `, ${e.kb.id}` : ''})` : m.type });
  }
  for (const t of b.times) out.push({ start: t.start, end: t.end, cls: 'time', tip: `${t.type} ${t.value}` });
  for (const f of b.figures) {
    if (f.derived) continue;
    out.push({ start: f.start, end: f.end, cls: 'fig', tip: `${figureValue(f)} · ${measureText(f)}${f.subject ? ` · ${f.subject}` : ''}` });
  }
  for (const q of b.quotes) out.push({ start: q.start, end: q.end, cls: `quote quote-${q.kind}`, tip: q.kind === 'scare' ? 'quoted term' : `${q.kind} quote${q.speaker ? ` by ${q.speaker}` : ''}` });
  for (const f of b.findings) for (const s of f.spans) out.push({ start: s.start, end: s.end, cls: `finding sev-${f.severity}`, tip: f.message });
  return out.filter((m) => m.end > m.start && m.start >= 0 && m.end <= b.text.length);
}

/** The text of [from, to) with every annotation that covers a piece of it. */
function annotate(text: string, from: number, to: number, all: Mark[]): string {
  const inside = all.filter((m) => m.start < to && m.end > from);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, z] = [points[i], points[i + 1]];
    const covering = inside.filter((m) => m.start <= a && m.end >= z);
    const piece = escapeHtml(text.slice(a, z));
    if (!covering.length) html += piece;
    else {
      const cls = [...new Set(covering.flatMap((m) => m.cls.split(' ')))].join(' ');
      const tip = [...new Set(covering.map((m) => m.tip))].join(' | ');
      html += `<span class="${escapeHtml(cls)}" title="${escapeHtml(tip)}">${piece}</span>`;
    }
  }
  return html;
}

const STYLE = `body{font:16px/1.55 system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
main{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:2rem}@media(max-width:800px){main{grid-template-columns:1fr}}
.summary{color:#555;border-left:3px solid #ccc;padding-left:.7rem}
.ent{border-bottom:2px solid #3a7bd5}.ent-per,.ent-person{border-color:#8e44ad}.ent-loc,.ent-gpe{border-color:#27ae60}.ent-org,.ent-military_unit{border-color:#2980b9}
.time{background:#fff3c4}.fig{background:#d8f5e0;font-weight:600}.quote-direct,.quote-indirect{background:#eef}.quote-scare{font-style:italic}
.sev-error{outline:2px solid #c0392b}.sev-warning{outline:1px dashed #d35400}
p.footnote{font-size:.85em;color:#555}h1{line-height:1.2}
aside li{margin:.4rem 0}.error{color:#c0392b}.warning{color:#d35400}.info{color:#555}
pre{white-space:pre-wrap;font-size:.85em;background:#f6f6f6;padding:1rem}`;

export function renderHtml(b: Brief): string {
  const all = marks(b);
  const body = b.blocks
    .filter((bl) => bl.kind !== 'title')
    .map((bl) => {
      const inner = annotate(b.text, bl.start, bl.end, all);
      switch (bl.kind) {
        case 'subtitle':
          return `<p class="standfirst"><strong>${inner}</strong></p>`;
        case 'heading':
          return `<h2>${inner}</h2>`;
        case 'quote':
          return `<blockquote>${inner}</blockquote>`;
        case 'list-item':
          return `<li>${inner}</li>`;
        case 'preformatted':
          return `<pre>${inner}</pre>`;
        default:
          return `<p class="${bl.kind}">${inner}</p>`;
      }
    })
    .join('\n');
  const findings = b.findings
    .map((f) => `<li class="${f.severity}"><strong>${f.severity}</strong> <code>${escapeHtml(f.rule)}</code> ${escapeHtml(f.message)}</li>`)
    .join('\n');
  const title = escapeHtml(b.meta.title ?? '(untitled)');
  return `<!doctype html>
<html lang="${escapeHtml(b.meta.lang ?? 'en')}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title} — dossier brief</title><style>${STYLE}</style></head>
<body>
<h1>${title}</h1>
<p class="summary">${escapeHtml(summaryLine(b))}</p>
<main>
<article>${body}</article>
<aside><h2>Findings</h2><ul>${findings || '<li>none</li>'}</ul>
<details><summary>Brief as Markdown</summary><pre>${escapeHtml(renderMarkdown(b))}</pre></details></aside>
</main>
</body>
</html>
`;
}
