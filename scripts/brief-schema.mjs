// Writes schema/brief.schema.json: the JSON Schema of the Brief (dossier.brief/1).
// Kept as code so the definitions are written once; run `node scripts/brief-schema.mjs`.
import { writeFileSync } from 'node:fs';

const int = { type: 'integer', minimum: 0 };
const span = { start: int, end: int };
const str = { type: 'string' };
const nstr = { type: ['string', 'null'] };
const spanObj = { type: 'object', required: ['start', 'end'], properties: span };
const obj = (required, properties) => ({ type: 'object', required, properties });

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'dossier.brief/1',
  title: 'dossier Brief',
  description: 'The checked brief of one article. Spans are [start, end) in UTF-16 code units of `text`.',
  type: 'object',
  additionalProperties: false,
  required: ['schema', 'meta', 'text', 'blocks', 'sentences', 'entities', 'mentions', 'times', 'timeline', 'figures', 'quotes', 'claims', 'findings'],
  properties: {
    schema: { const: 'dossier.brief/1' },
    meta: obj(['title', 'subtitle', 'byline', 'published', 'site', 'lang', 'url'], {
      title: nstr, subtitle: nstr, byline: { type: 'array', items: str },
      published: { anyOf: [{ type: 'null' }, { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})?)?)?)?$' }] },
      publishedEstimated: { type: 'boolean' }, modified: nstr, site: nstr, lang: nstr, url: nstr, source: nstr,
    }),
    text: str,
    blocks: { type: 'array', items: obj(['kind', 'start', 'end'], {
      ...span,
      kind: { enum: ['title', 'subtitle', 'heading', 'paragraph', 'list-item', 'quote', 'caption', 'table-row', 'footnote', 'preformatted'] },
      note: str, markers: { type: 'array', items: spanObj },
      source: obj(['start', 'end'], { ...span, path: str }),
    }) },
    sentences: { type: 'array', items: spanObj },
    entities: { type: 'array', items: obj(['id', 'name', 'type', 'aliases', 'mentions', 'salience'], {
      id: str, name: str, type: str,
      kb: { anyOf: [{ type: 'null' }, obj(['id', 'confidence'], { id: str, confidence: { type: 'number', minimum: 0, maximum: 1 }, label: str, description: str, date: str })] },
      aliases: { type: 'array', items: str }, mentions: int, salience: { type: 'number', minimum: 0 },
    }) },
    mentions: { type: 'array', items: obj(['start', 'end', 'type', 'entity'], { ...span, type: str, entity: nstr, via: str }) },
    times: { type: 'array', items: obj(['start', 'end', 'type', 'value'], {
      ...span, type: { enum: ['DATE', 'TIME', 'DURATION', 'SET'] }, value: str, anchor: str, precision: str,
    }) },
    timeline: { type: 'array', items: obj(['value', 'start', 'end', 'summary', 'entities'], {
      ...span, value: str, precision: str, summary: str, entities: { type: 'array', items: str },
    }) },
    figures: { type: 'array', items: obj(['id', 'start', 'end', 'value', 'measure'], {
      ...span, id: str, value: { type: ['number', 'null'] }, low: { type: 'number' }, high: { type: 'number' },
      unit: str, approx: str, measure: str, head: str, subject: nstr, qualifier: nstr, time: nstr, source: nstr,
      derived: { type: 'boolean' }, partOf: nstr, parts: { type: 'array', items: str },
    }) },
    quotes: { type: 'array', items: obj(['start', 'end', 'kind'], {
      ...span, kind: { enum: ['direct', 'indirect', 'scare'] }, speaker: nstr, speakerEntity: nstr, cue: nstr, via: nstr, content: spanObj,
    }) },
    claims: { type: 'array', items: obj(['start', 'end', 'score', 'label', 'kinds', 'attribution'], {
      ...span, score: { type: 'number', minimum: 0, maximum: 1 }, label: { enum: ['Yes', 'No'] },
      kinds: { type: 'array', items: { enum: ['quantitative', 'causal', 'comparison', 'prediction', 'intent'] } },
      attribution: { enum: ['named', 'vague', 'none'] }, source: nstr,
    }) },
    findings: { type: 'array', items: obj(['rule', 'severity', 'message', 'spans'], {
      rule: str, severity: { enum: ['error', 'warning', 'info'] }, message: str, spans: { type: 'array', items: spanObj },
      expected: { type: ['number', 'string', 'null'] }, actual: { type: ['number', 'string', 'null'] }, refs: { type: 'array', items: str },
    }) },
  },
};

writeFileSync(new URL('../schema/brief.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
