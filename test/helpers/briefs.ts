// Hand-built briefs for store and corpus tests: every span is found in the text it claims,
// so the tests exercise the store, not an analysis stage.
import { BRIEF_SCHEMA_ID, type Brief, type Entity, type Figure, type TimelineEntry } from '../../src/brief/types.js';

export interface EntitySpec { name: string; type: string; kb?: string; aliases?: string[] }
export interface FigureSpec { text: string; value: number | null; measure: string; subject?: string; time?: string | null; unit?: string; approx?: string; qualifier?: string; low?: number; high?: number }
export interface BriefSpec {
  title: string;
  text: string;
  published?: string | null;
  url?: string;
  entities?: EntitySpec[];
  figures?: FigureSpec[];
  timeline?: { value: string; summary: string; entities: string[] }[];
  findings?: { severity: 'error' | 'warning' | 'info'; rule: string }[];
}

function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^.!?\n]+[.!?]?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const s = m[0];
    const lead = s.length - s.trimStart().length;
    if (s.trim()) out.push({ start: m.index + lead, end: m.index + s.trimEnd().length });
  }
  return out;
}

export function makeBrief(spec: BriefSpec): Brief {
  const text = `${spec.title}\n\n${spec.text}`;
  const entities: Entity[] = (spec.entities ?? []).map((e, i) => ({
    id: `e${i + 1}`,
    name: e.name,
    type: e.type,
    kb: e.kb ? { id: e.kb, confidence: 0.9 } : null,
    aliases: e.aliases ?? [],
    mentions: 0,
    salience: 1 / (i + 1),
  }));
  const mentions = [];
  for (const e of entities) {
    for (const n of [e.name, ...e.aliases]) {
      let at = text.indexOf(n);
      while (at >= 0) {
        mentions.push({ start: at, end: at + n.length, type: e.type, entity: e.id });
        e.mentions++;
        at = text.indexOf(n, at + n.length);
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const figures: Figure[] = (spec.figures ?? []).map((f, i) => {
    const at = text.indexOf(f.text);
    if (at < 0) throw new Error(`figure text "${f.text}" not in the brief text`);
    const subj = f.subject ? entities.find((e) => e.name === f.subject)?.id ?? f.subject : null;
    return {
      id: `f${i + 1}`, start: at, end: at + f.text.length, value: f.value, unit: f.unit, approx: f.approx, measure: f.measure,
      subject: subj, qualifier: f.qualifier ?? null, time: f.time ?? null, low: f.low, high: f.high,
    };
  });
  const timeline: TimelineEntry[] = (spec.timeline ?? []).map((t) => {
    const at = Math.max(0, text.indexOf(t.summary));
    return { value: t.value, start: at, end: at + t.summary.length, summary: t.summary, entities: t.entities.map((n) => entities.find((e) => e.name === n)?.id ?? n) };
  });
  const brief: Brief = {
    schema: BRIEF_SCHEMA_ID,
    meta: { title: spec.title, subtitle: null, byline: [], published: spec.published ?? null, site: null, lang: 'en', url: spec.url ?? null },
    text,
    blocks: [{ kind: 'title', start: 0, end: spec.title.length }, { kind: 'paragraph', start: spec.title.length + 2, end: text.length }],
    sentences: sentences(text),
    entities,
    mentions,
    times: [],
    timeline,
    figures,
    quotes: [],
    claims: [],
    findings: (spec.findings ?? []).map((f) => ({ rule: f.rule, severity: f.severity, message: f.rule, spans: [] })),
  };
  // As a brief is after JSON: no undefined fields.
  return JSON.parse(JSON.stringify(brief)) as Brief;
}

/** A brief and the raw bytes it came from, as addDocument takes them. */
export function doc(spec: BriefSpec, name = `${spec.title}.txt`) {
  const brief = makeBrief(spec);
  return { brief, raw: Buffer.from(brief.text + '\n', 'utf8'), name };
}
