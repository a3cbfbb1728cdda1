// An in-memory Store: the whole interface, honestly, for small corpora (tests, demos, a
// server started without a database). Search is case-insensitive substring matching; the
// cross-article checks compare the figures briefs state about the same subject and measure.
import { createHash } from 'node:crypto';
import type { Brief, Entity, Figure, Finding, Span } from '../brief/types.js';
import type {
  AddResult,
  Contradiction,
  DocumentRow,
  EntityProfile,
  SearchHit,
  SearchQuery,
  Store,
  TimelineRow,
} from '../store/types.js';
import { entityRef, isQid } from './entity-ref.js';

interface Stored {
  row: DocumentRow;
  brief: Brief;
  raw: { name: string; bytes: Buffer };
  /** Lower-cased title + text, for substring search. */
  haystack: string;
}

const SNIPPET_CHARS = 180;
const MAX_LIMIT = 100;

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

function countFindings(findings: Finding[]): DocumentRow['findings'] {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** The sentence around a span, or a window of text when the brief has no sentences. */
export function sentenceAround(brief: Brief, span: Span): string {
  const s = brief.sentences.find((x) => x.start <= span.start && span.start < x.end);
  const start = s ? s.start : Math.max(0, span.start - 100);
  const end = s ? s.end : Math.min(brief.text.length, span.end + 100);
  return brief.text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** Does an entity answer to a reference: a QID, "TYPE:name", or a name or alias? */
function entityMatches(e: Entity, ref: string, type?: string): boolean {
  if (type && e.type.toUpperCase() !== type.toUpperCase()) return false;
  if (isQid(ref)) return e.kb?.id === ref;
  const colon = ref.indexOf(':');
  if (colon > 0 && /^[A-Z_]+$/.test(ref.slice(0, colon))) {
    if (e.type !== ref.slice(0, colon)) return false;
    ref = ref.slice(colon + 1);
  }
  const r = normalise(ref);
  return normalise(e.name) === r || e.aliases.some((a) => normalise(a) === r);
}

/** Two figures state different values when they differ by more than rounding (1%), or by
 * more than 10% when either is approximate. */
function disagree(a: Figure, b: Figure): boolean {
  if (a.value === null || b.value === null) return false;
  const tolerance = a.approx || b.approx ? 0.1 : 0.01;
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value));
  return Math.abs(a.value - b.value) > tolerance * scale;
}

function inRange(date: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  // Dates compare as strings; a shorter bound ("2024-07") covers its whole period.
  if (from && date.slice(0, from.length) < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

export class MemoryStore implements Store {
  private docs: Stored[] = [];
  private byHash = new Map<string, number>();
  private contradictionCache: Contradiction[] | null = null;

  async migrate(): Promise<void> {}

  async addDocument(input: { brief: Brief; raw: Buffer; name: string }): Promise<AddResult> {
    const hash = createHash('sha256').update(normalise(input.brief.text)).digest('hex');
    const existing = this.byHash.get(hash);
    if (existing !== undefined) return { id: existing, created: false, duplicateOf: null };
    const id = this.docs.length + 1;
    const m = input.brief.meta;
    const row: DocumentRow = {
      id,
      hash,
      url: m.url,
      title: m.title,
      published: m.published,
      site: m.site,
      lang: m.lang,
      source: m.source ?? input.name,
      ingestedAt: new Date().toISOString(),
      findings: countFindings(input.brief.findings),
      duplicateOf: null,
    };
    this.docs.push(this.entry(row, input.brief, { name: input.name, bytes: Buffer.from(input.raw) }));
    this.byHash.set(hash, id);
    this.contradictionCache = null;
    return { id, created: true, duplicateOf: null };
  }

  private entry(row: DocumentRow, brief: Brief, raw: Stored['raw']): Stored {
    return { row, brief, raw, haystack: ((brief.meta.title ?? '') + '\n' + brief.text).toLowerCase() };
  }

  private get(id: number): Stored | undefined {
    return Number.isInteger(id) && id >= 1 ? this.docs[id - 1] : undefined;
  }

  async getDocument(id: number): Promise<DocumentRow | null> {
    return this.get(id)?.row ?? null;
  }

  async getBrief(id: number): Promise<Brief | null> {
    return this.get(id)?.brief ?? null;
  }

  async getRaw(id: number): Promise<{ name: string; bytes: Buffer } | null> {
    return this.get(id)?.raw ?? null;
  }

  async replaceBrief(id: number, brief: Brief): Promise<void> {
    const d = this.get(id);
    if (!d) throw new Error(`no document ${id}`);
    const row = { ...d.row, title: brief.meta.title, published: brief.meta.published, findings: countFindings(brief.findings) };
    this.docs[id - 1] = this.entry(row, brief, d.raw);
    this.contradictionCache = null;
  }

  async search(q: SearchQuery): Promise<{ total: number; hits: SearchHit[] }> {
    const terms = normalise(q.q ?? '').split(' ').filter(Boolean).slice(0, 16);
    const found: { d: Stored; rank: number }[] = [];
    for (const d of this.docs) {
      if (!inRange(d.row.published, q.from, q.to)) continue;
      if (q.hasFindings !== undefined) {
        const has = d.row.findings.error + d.row.findings.warning > 0;
        if (has !== q.hasFindings) continue;
      }
      if (q.entity && !d.brief.entities.some((e) => entityMatches(e, q.entity!, q.type))) continue;
      let rank = 0;
      if (terms.length) {
        let all = true;
        for (const t of terms) {
          const n = countOccurrences(d.haystack, t);
          if (!n) {
            all = false;
            break;
          }
          rank += n + (d.brief.meta.title?.toLowerCase().includes(t) ? 5 : 0);
        }
        if (!all) continue;
      }
      found.push({ d, rank });
    }
    found.sort((a, b) => b.rank - a.rank || (b.d.row.published ?? '').localeCompare(a.d.row.published ?? '') || a.d.row.id - b.d.row.id);
    const limit = Math.min(Math.max(q.limit ?? 20, 0), MAX_LIMIT);
    const offset = Math.max(q.offset ?? 0, 0);
    // Snippets only for the page shown.
    const hits = found.slice(offset, offset + limit).map(({ d, rank }) => ({ ...d.row, snippet: snippet(d.brief.text, terms), rank }));
    return { total: found.length, hits };
  }

  async entityProfile(key: string): Promise<EntityProfile | null> {
    const found: { d: Stored; e: Entity }[] = [];
    for (const d of this.docs) {
      const e = d.brief.entities.find((x) => entityMatches(x, key));
      if (e) found.push({ d, e });
    }
    if (!found.length) return null;
    // The most mentioned form names the profile.
    const top = found.reduce((a, b) => (b.e.mentions > a.e.mentions ? b : a)).e;
    const articles = found
      .map(({ d }) => ({ id: d.row.id, title: d.row.title, published: d.row.published }))
      .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id - b.id);
    const months = new Map<string, number>();
    for (const a of articles) if (a.published) months.set(a.published.slice(0, 7), (months.get(a.published.slice(0, 7)) ?? 0) + 1);
    const co = new Map<string, { key: string; name: string; type: string; count: number }>();
    for (const { d, e } of found) {
      const seen = new Set<string>();
      for (const other of d.brief.entities) {
        if (other.id === e.id) continue;
        const k = entityRef(other);
        if (seen.has(k)) continue;
        seen.add(k);
        const c = co.get(k) ?? { key: k, name: other.name, type: other.type, count: 0 };
        c.count++;
        co.set(k, c);
      }
    }
    const contradicted = new Set<string>();
    for (const c of await this.contradictions({ limit: Number.MAX_SAFE_INTEGER })) {
      contradicted.add(`${c.a.docId}#${c.a.figureId}`);
      contradicted.add(`${c.b.docId}#${c.b.figureId}`);
    }
    const figures: EntityProfile['figures'] = [];
    for (const { d, e } of found) {
      for (const f of d.brief.figures) {
        if (!f.subject || !(f.subject === e.id || entityMatches(e, f.subject))) continue;
        figures.push({
          docId: d.row.id,
          figureId: f.id,
          value: f.value,
          unit: f.unit ?? null,
          measure: f.measure,
          time: f.time ?? null,
          sentence: sentenceAround(d.brief, f),
          contradicted: contradicted.has(`${d.row.id}#${f.id}`),
        });
      }
    }
    return {
      key: entityRef(top),
      name: top.name,
      type: top.type,
      kb: top.kb?.id ?? null,
      articles,
      perMonth: [...months].map(([month, count]) => ({ month, count })).sort((a, b) => a.month.localeCompare(b.month)),
      coOccurring: [...co.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, 50),
      figures,
    };
  }

  async contradictions(opts: { limit?: number; offset?: number } = {}): Promise<Contradiction[]> {
    this.contradictionCache ??= this.findContradictions();
    const offset = Math.max(opts.offset ?? 0, 0);
    return this.contradictionCache.slice(offset, offset + Math.max(opts.limit ?? 50, 0));
  }

  /** Groups the figures of all documents by subject, measure, unit and time; two documents
   * stating values that disagree about the same group contradict each other. */
  private findContradictions(): Contradiction[] {
    const groups = new Map<string, { d: Stored; f: Figure; subject: string }[]>();
    for (const d of this.docs) {
      for (const f of d.brief.figures) {
        if (f.value === null || !f.subject || f.derived) continue;
        const ent = d.brief.entities.find((e) => e.id === f.subject);
        const subject = ent ? ent.name : f.subject;
        const subjectKey = ent ? entityRef(ent) : normalise(f.subject);
        const key = [subjectKey, normalise(f.measure), f.unit ?? '', f.time ?? ''].join('\u0001');
        const g = groups.get(key) ?? [];
        g.push({ d, f, subject });
        groups.set(key, g);
      }
    }
    const out: Contradiction[] = [];
    for (const g of groups.values()) {
      for (let i = 0; i < g.length; i++) {
        for (let j = i + 1; j < g.length; j++) {
          const a = g[i], b = g[j];
          if (a.d === b.d || !disagree(a.f, b.f)) continue;
          const side = (x: typeof a) => ({
            docId: x.d.row.id,
            title: x.d.row.title,
            figureId: x.f.id,
            value: x.f.value as number,
            sentence: sentenceAround(x.d.brief, x.f),
          });
          const sa = side(a), sb = side(b);
          const unit = a.f.unit ? ` ${a.f.unit}` : '';
          out.push({
            finding: {
              rule: 'corpus/figure-contradiction',
              severity: 'warning',
              message: `${a.subject}, ${a.f.measure}${a.f.time ? ` (${a.f.time})` : ''}: ${num(sa.value)}${unit} in "${sa.title ?? `#${sa.docId}`}" but ${num(sb.value)}${unit} in "${sb.title ?? `#${sb.docId}`}"`,
              spans: [{ start: a.f.start, end: a.f.end }],
              expected: sa.value,
              actual: sb.value,
              refs: [`${sa.docId}#${sa.figureId}`, `${sb.docId}#${sb.figureId}`],
            },
            subject: a.subject,
            measure: a.f.measure,
            time: a.f.time ?? null,
            a: sa,
            b: sb,
          });
        }
      }
    }
    return out;
  }

  async timeline(opts: { from?: string; to?: string; entity?: string } = {}): Promise<TimelineRow[]> {
    const rows: TimelineRow[] = [];
    for (const d of this.docs) {
      const wanted = opts.entity ? new Set(d.brief.entities.filter((e) => entityMatches(e, opts.entity!)).map((e) => e.id)) : null;
      if (wanted && !wanted.size) continue;
      for (const t of d.brief.timeline) {
        if (!/^\d{4}/.test(t.value) || !inRange(t.value, opts.from, opts.to)) continue;
        if (wanted && !t.entities.some((id) => wanted.has(id))) continue;
        const names = t.entities.map((id) => d.brief.entities.find((e) => e.id === id)?.name ?? id);
        rows.push({ docId: d.row.id, title: d.row.title, value: t.value, summary: t.summary, entities: names });
      }
    }
    return rows.sort((a, b) => a.value.localeCompare(b.value) || a.docId - b.docId);
  }

  async ids(): Promise<number[]> {
    return this.docs.map((d) => d.row.id);
  }

  async close(): Promise<void> {}
}

const num = (v: number) => v.toLocaleString('en-GB', { maximumFractionDigits: 6 });

function countOccurrences(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0 && n < 1000; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Text around the first match of any term, with matched terms between « and ». */
function snippet(text: string, terms: string[]): string {
  const lower = text.toLowerCase();
  let at = -1;
  for (const t of terms) {
    const i = lower.indexOf(t);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  // Without a match the snippet starts after the title line, which the list already shows.
  const firstBreak = text.search(/\n\s*\n/);
  let start = at < 0 ? (firstBreak > 0 && firstBreak < 400 ? firstBreak : 0) : Math.max(0, at - SNIPPET_CHARS / 3);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < at) start = space + 1;
  }
  const end = Math.min(text.length, start + SNIPPET_CHARS);
  let s = text.slice(start, end).replace(/[«»]/g, '"');
  if (terms.length) {
    const re = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
    s = s.replace(re, (m) => `«${m}»`);
  }
  return (start > 0 && at >= 0 ? '…' : '') + s.replace(/\s+/g, ' ').trim() + (end < text.length ? '…' : '');
}
