// Checks every Brief must pass: it validates against the JSON Schema, and every span of every
// layer lies inside the text, on the text it claims.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Brief, Span } from '../src/brief/types.js';

const schema = JSON.parse(readFileSync(new URL('../schema/brief.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

export function schemaErrors(brief: unknown): string[] {
  if (validate(brief)) return [];
  return (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '$'} ${e.message}`);
}

/** Problems with spans: outside the text, empty, or starting/ending on white space. */
export function spanErrors(b: Brief): string[] {
  const errs: string[] = [];
  const n = b.text.length;
  const check = (layer: string, i: number, s: Span, opts: { trimmed?: boolean } = {}) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= n && s.start < s.end)) {
      errs.push(`${layer}[${i}]: span [${s.start}, ${s.end}) is not inside the text (length ${n})`);
      return;
    }
    const slice = b.text.slice(s.start, s.end);
    if (opts.trimmed !== false && slice.trim() !== slice) errs.push(`${layer}[${i}]: span "${slice}" starts or ends with white space`);
    // A span must not cut a surrogate pair.
    const c0 = b.text.charCodeAt(s.start);
    const cz = b.text.charCodeAt(s.end - 1);
    if ((c0 >= 0xdc00 && c0 <= 0xdfff) || (cz >= 0xd800 && cz <= 0xdbff)) errs.push(`${layer}[${i}]: span cuts a surrogate pair`);
  };
  b.blocks.forEach((s, i) => {
    check('blocks', i, s);
    s.markers?.forEach((m, j) => check(`blocks[${i}].markers`, j, m));
  });
  b.sentences.forEach((s, i) => {
    check('sentences', i, s);
    if (!b.blocks.some((bl) => bl.start <= s.start && s.end <= bl.end)) errs.push(`sentences[${i}] crosses a block boundary`);
  });
  const entities = new Map(b.entities.map((e) => [e.id, e]));
  b.mentions.forEach((m, i) => {
    check('mentions', i, m);
    if (m.entity !== null && !entities.has(m.entity)) errs.push(`mentions[${i}]: unknown entity ${m.entity}`);
  });
  b.times.forEach((s, i) => check('times', i, s));
  b.timeline.forEach((s, i) => check('timeline', i, s));
  b.figures.forEach((f, i) => {
    if (!f.derived) check('figures', i, f);
  });
  b.quotes.forEach((q, i) => {
    check('quotes', i, q);
    if (q.content) {
      check(`quotes[${i}].content`, 0, q.content);
      if (q.content.start < q.start - 2000 || q.content.end > q.end + 2000) errs.push(`quotes[${i}].content is far from its quote`);
    }
  });
  b.claims.forEach((s, i) => check('claims', i, s));
  b.findings.forEach((f, i) => f.spans.forEach((s, j) => check(`findings[${i}].spans`, j, s, { trimmed: false })));
  return errs;
}
