// A Brief flattened into the rows both stores write: one shape, so SQLite and PostgreSQL
// store exactly the same things.
import { gunzipSync, gzipSync } from 'node:zlib';
import { contentHash } from './hash.js';
import type { Brief } from '../brief/types.js';
import { figureKey, publishedYear, sentenceAround } from '../corpus/figure-key.js';
import { bandKeys, signature, signatureToBuffer } from '../corpus/minhash.js';
import { normName } from '../corpus/normalize.js';

const MAX_FIELD = 2000;

function clip(s: string | null | undefined, max = MAX_FIELD): string | null {
  if (s === null || s === undefined) return null;
  return s.length > max ? s.slice(0, max) : s;
}

export interface DocFields {
  url: string | null;
  title: string | null;
  published: string | null;
  site: string | null;
  lang: string | null;
  source: string | null;
  nError: number;
  nWarning: number;
  nInfo: number;
  body: string;
  briefGz: Buffer;
  signature: Buffer | null;
  year: string | null;
}

export interface EntityRow { eid: string; key: string; name: string; type: string; kbId: string | null; salience: number; mentions: number }
export interface EntityNameRow { eid: string; key: string; name: string }
export interface MentionRow { start: number; end: number; type: string; eid: string | null }
export interface TimeRow { start: number; end: number; type: string; value: string }
export interface TimelineRowData { seq: number; value: string; start: number; end: number; summary: string; entityKeys: string }
export interface FigureRow {
  fid: string; start: number; end: number; value: number | null; low: number | null; high: number | null;
  unit: string | null; approx: string | null; measure: string; subject: string | null; time: string | null;
  kSubject: string | null; kMeasure: string | null; kUnit: string | null; kTime: string | null; sentence: string;
}
export interface QuoteRow { start: number; end: number; kind: string; speaker: string | null; cue: string | null }
export interface ClaimRow { start: number; end: number; score: number; label: string; attribution: string; kinds: string }
export interface FindingRow { seq: number; rule: string; severity: string; message: string; spans: string }

export interface BriefRows {
  doc: DocFields;
  entities: EntityRow[];
  names: EntityNameRow[];
  mentions: MentionRow[];
  times: TimeRow[];
  timeline: TimelineRowData[];
  figures: FigureRow[];
  quotes: QuoteRow[];
  claims: ClaimRow[];
  findings: FindingRow[];
  bands: number[];
}

/** The key an entity is known by across the corpus: its knowledge-base id, else type and folded name. */
export function entityKey(e: { name: string; type: string; kb?: { id: string } | null }): string {
  return e.kb?.id ? e.kb.id : `${e.type}:${normName(e.name)}`;
}

/** The brief as stored: without its text (kept once, in the documents row), gzipped. */
export function packBrief(brief: Brief): Buffer {
  return gzipSync(JSON.stringify({ ...brief, text: undefined }), { level: 6 });
}

export function unpackBrief(gz: Buffer, text: string): Brief {
  const b = JSON.parse(gunzipSync(gz).toString('utf8')) as Brief;
  b.text = text;
  return b;
}

export function briefRows(brief: Brief, source: string | null): BriefRows {
  const count = (sev: string) => brief.findings.filter((f) => f.severity === sev).length;
  const sig = signature(brief.text);
  const keyOf = new Map<string, string>();
  const entities: EntityRow[] = [];
  const names: EntityNameRow[] = [];
  for (const e of brief.entities) {
    const key = entityKey(e);
    keyOf.set(e.id, key);
    entities.push({ eid: e.id, key, name: clip(e.name, 300)!, type: e.type, kbId: e.kb?.id ?? null, salience: e.salience, mentions: e.mentions });
    const seen = new Set<string>();
    // A person is often named by surname alone ("Lukashenka"); the surname is a name of theirs.
    const surname = /^(PER|PERSON)$/.test(e.type) && /\s/.test(e.name.trim()) ? [e.name.trim().split(/\s+/).pop()!] : [];
    for (const n of [e.name, ...e.aliases, ...surname]) {
      const nn = normName(n);
      if (!nn || seen.has(nn)) continue;
      seen.add(nn);
      names.push({ eid: e.id, key, name: nn });
    }
  }
  const year = publishedYear(brief);
  const nameOf = new Map(brief.entities.map((e) => [e.id, e.name]));
  const figures: FigureRow[] = brief.figures.map((f) => {
    const k = figureKey(f, brief);
    const subject = f.subject ? nameOf.get(f.subject) ?? f.subject : null;
    return {
      fid: f.id, start: f.start, end: f.end, value: f.value ?? null, low: f.low ?? null, high: f.high ?? null,
      unit: f.unit ?? null, approx: f.approx ?? null, measure: clip(f.measure, 300) ?? '', subject: clip(subject, 300),
      time: f.time ?? null, kSubject: k?.subject ?? null, kMeasure: k?.measure ?? null, kUnit: k ? k.unit : null, kTime: k?.time ?? null,
      sentence: sentenceAround(brief, f.start, f.end),
    };
  });
  return {
    doc: {
      url: clip(brief.meta.url), title: clip(brief.meta.title, 500), published: clip(brief.meta.published, 40),
      site: clip(brief.meta.site, 200), lang: clip(brief.meta.lang, 20), source: clip(source ?? brief.meta.source ?? null),
      nError: count('error'), nWarning: count('warning'), nInfo: count('info'),
      body: brief.text, briefGz: packBrief(brief), signature: sig ? signatureToBuffer(sig) : null, year,
    },
    entities,
    names,
    mentions: brief.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type, eid: m.entity })),
    times: brief.times.map((t) => ({ start: t.start, end: t.end, type: t.type, value: clip(t.value, 100)! })),
    timeline: brief.timeline.map((t, seq) => ({
      seq, value: clip(t.value, 100)!, start: t.start, end: t.end, summary: clip(t.summary, 1000) ?? '',
      entityKeys: '|' + t.entities.map((id) => keyOf.get(id) ?? id).join('|') + '|',
    })),
    figures,
    quotes: brief.quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: clip(q.speaker ?? null, 300), cue: clip(q.cue ?? null, 100) })),
    claims: brief.claims.map((c) => ({ start: c.start, end: c.end, score: c.score, label: c.label, attribution: c.attribution, kinds: c.kinds.join(',') })),
    findings: brief.findings.map((f, seq) => ({ seq, rule: f.rule, severity: f.severity, message: clip(f.message)!, spans: JSON.stringify(f.spans) })),
    bands: sig ? bandKeys(sig) : [],
  };
}

/** A document ready to store: hashed, flattened and compressed (done on a worker during ingest). */
export interface PreparedDocument {
  hash: string;
  name: string;
  rawGz: Buffer;
  rows: BriefRows;
}

export function prepareDocument(input: { brief: Brief; raw: Buffer; name: string }): PreparedDocument {
  return { hash: contentHash(input.raw), name: input.name, rawGz: gzipSync(input.raw), rows: briefRows(input.brief, input.name) };
}

const asBuffer = (b: Uint8Array): Buffer => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));

/** A prepared document after postMessage, whose Buffers arrive as plain Uint8Arrays. */
export function revivePrepared(p: PreparedDocument): PreparedDocument {
  p.rawGz = asBuffer(p.rawGz);
  p.rows.doc.briefGz = asBuffer(p.rows.doc.briefGz);
  if (p.rows.doc.signature) p.rows.doc.signature = asBuffer(p.rows.doc.signature);
  return p;
}
