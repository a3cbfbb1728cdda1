import type { Doc } from '../core/doc.js';
import { BRIEF_SCHEMA_ID, type Brief } from './types.js';

/** Assembles the Brief from a document's layers; a layer no stage assigned is empty. */
export function buildBrief(doc: Doc): Brief {
  const severityRank = { error: 0, warning: 1, info: 2 } as const;
  const findings = [...doc.findings].sort(
    (a, b) => severityRank[a.severity] - severityRank[b.severity] || (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0),
  );
  return {
    schema: BRIEF_SCHEMA_ID,
    meta: doc.meta,
    text: doc.text,
    blocks: doc.blocks,
    sentences: doc.maybe('sentences') ?? [],
    entities: doc.maybe('entities') ?? [],
    mentions: doc.maybe('mentions') ?? [],
    times: doc.maybe('times') ?? [],
    timeline: doc.maybe('timeline') ?? [],
    figures: doc.maybe('figures') ?? [],
    quotes: doc.maybe('quotes') ?? [],
    claims: doc.maybe('claims') ?? [],
    findings,
  };
}
