// One unit of ingest work: a file's bytes, or one {url, title, text, date} record of a JSON
// Lines file, and how each becomes a Brief.
import { analyzeExtractedBatch, type AnalyzeOptions, type BatchOutcome } from '../../analyze.js';
import type { Brief } from '../../brief/types.js';
import { InputError } from '../../core/errors.js';
import { extractRaw, extractString, type Extracted } from '../../extract/index.js';
import { prepareBytes } from '../../extract/read.js';

export interface IngestItem {
  /** Where it came from: a path, a URL, "-", or "path#L12" for line 12 of a JSON Lines file. */
  name: string;
  bytes: Buffer;
  kind: 'file' | 'record';
  hint?: 'html' | 'text';
}

export interface ArticleRecord {
  url?: string | null;
  title?: string | null;
  text: string;
  date?: string | null;
}

const RECORD_NAME = /#L\d+$/;

/** Parses one JSON Lines record, refusing those without text with a reason. */
export function parseRecord(line: string, name: string): ArticleRecord {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    throw new InputError('bad-json', `${name}: not valid JSON (${(e as Error).message})`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new InputError('bad-json', `${name}: a record must be a JSON object`);
  const r = v as Record<string, unknown>;
  const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : null);
  const text = str('text') ?? str('body') ?? str('content');
  if (!text || !text.trim()) throw new InputError('no-text', `${name}: the record has no "text"`);
  return { url: str('url'), title: str('title') ?? str('name'), text, date: str('date') ?? str('published') };
}

/** The record as stored raw: its fields in a fixed order, so equal records hash equal. */
export function recordItem(rec: ArticleRecord, name: string): IngestItem {
  const canonical = JSON.stringify({ url: rec.url ?? null, title: rec.title ?? null, text: rec.text, date: rec.date ?? null });
  return { name, bytes: Buffer.from(canonical, 'utf8'), kind: 'record' };
}

/** An item back from its stored raw input (for reanalyze). */
export function itemFromStored(name: string, bytes: Buffer): IngestItem {
  if (RECORD_NAME.test(name) && bytes[0] === 0x7b) return { name, bytes, kind: 'record' };
  const n = name.toLowerCase().replace(/\.gz$/, '');
  const hint = /\.(html?|xhtml)$/.test(n) ? 'html' : /\.(txt|text|md)$/.test(n) ? 'text' : undefined;
  return { name, bytes, kind: 'file', hint };
}

function isoDate(d: string | null | undefined): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(d ?? '');
  return m ? m[1] : undefined;
}

/** An item read and extracted, with what its Brief still needs from the item once analysed. */
interface ReadyItem {
  ex: Extracted;
  opts: AnalyzeOptions;
  finish?: (brief: Brief) => void;
}

function readyItem(item: IngestItem): ReadyItem {
  if (item.kind === 'file') return { ex: extractRaw({ name: item.name, bytes: prepareBytes(item.name, item.bytes), hint: item.hint }), opts: {} };
  const rec = parseRecord(item.bytes.toString('utf8'), item.name);
  const title = rec.title?.replace(/\s+/g, ' ').trim();
  const body = title && !rec.text.trimStart().startsWith(title) ? `${title}\n\n${rec.text}` : rec.text;
  const finish = (brief: Brief) => {
    if (title) brief.meta.title = title;
    if (rec.url) brief.meta.url = rec.url;
    if (rec.date && !isoDate(rec.date)) brief.meta.published = rec.date;
    brief.meta.source = item.name;
  };
  return { ex: extractString(body, 'text'), opts: { date: isoDate(rec.date) }, finish };
}

/** The Briefs of many items, analysed as one batch; an item that fails is its own outcome. */
export function analyzeItems(items: readonly IngestItem[]): BatchOutcome[] {
  const out: BatchOutcome[] = new Array(items.length);
  const ready: ReadyItem[] = [];
  const at: number[] = [];
  items.forEach((item, i) => {
    try {
      ready.push(readyItem(item));
      at.push(i);
    } catch (error) {
      out[i] = { ok: false, error };
    }
  });
  analyzeExtractedBatch(ready).forEach((r, k) => {
    if (r.ok) ready[k].finish?.(r.brief);
    out[at[k]] = r;
  });
  return out;
}
