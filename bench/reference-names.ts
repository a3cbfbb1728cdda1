// The names the NER issue lists for the reference article, and the spans the tagger alone gives a
// text (segment and ner only: later stages retype and merge), shared by eval:ner and its test.
import { Doc } from '../src/core/doc.js';
import { Pipeline } from '../src/core/pipeline.js';
import { newContext } from '../src/core/stage.js';
import { nerStage } from '../src/entities/tagger/stage.js';
import { extractString } from '../src/extract/index.js';
import { segmentStage } from '../src/segment/stage.js';

export const REFERENCE_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['Alexander Lukashenko', 'PER'], ['Vladimir Putin', 'PER'], ['Kyrilo Budanov', 'PER'],
  ['Belta', 'ORG'], ['Chatnam House', 'ORG'], ['Ukrainian Intelligence Directorate', 'ORG'],
  ['Kastus Kalinouski Regiment', 'ORG'], ['Belarusian Volunteer Corps', 'ORG'], ['Belarusian Armed Forces', 'ORG'],
  ['Belarus', 'LOC'], ['Ukraine', 'LOC'], ['Russia', 'LOC'], ['Gomel', 'LOC'], ['Kiev', 'LOC'], ['Europe', 'LOC'],
];

/** Each exact span the tagger marks in a plain-text article, with the types it gave it. */
export function taggerSpans(plainText: string): Map<string, Set<string>> {
  const ex = extractString(plainText, 'text');
  const doc = new Doc(ex.text, ex.blocks, ex.meta);
  new Pipeline([segmentStage, nerStage]).run(doc, newContext());
  const found = new Map<string, Set<string>>();
  for (const m of doc.get('mentions')) {
    const span = doc.text.slice(m.start, m.end);
    if (!found.has(span)) found.set(span, new Set());
    found.get(span)!.add(m.type);
  }
  return found;
}
