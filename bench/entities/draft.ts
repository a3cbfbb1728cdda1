// Bootstraps a gold file from the system's own output, for hand correction (every item checked):
// tsx bench/entities/draft.ts SOURCE OUT.json [SOURCE OUT.json ...]
import { writeFileSync } from 'node:fs';
import { Doc } from '../../src/core/doc.js';
import { Pipeline } from '../../src/core/pipeline.js';
import { newContext } from '../../src/core/stage.js';
import { kbMentionsStage } from '../../src/entities/resolve/kb-mentions.js';
import { resolveStage } from '../../src/entities/resolve/stage.js';
import { segmentStage } from '../../src/segment/stage.js';
import { findSharedData, loadSource, type GoldDoc } from './corpus.js';

const data = findSharedData();
const args = process.argv.slice(2);
if (!data || args.length < 2) throw new Error('usage: draft.ts SOURCE OUT.json ... (needs ../shared/data)');
const pipeline = new Pipeline([segmentStage, kbMentionsStage, resolveStage]);
const ctx = newContext();
for (let i = 0; i + 1 < args.length; i += 2) {
  const [source, out] = [args[i], args[i + 1]];
  const ex = loadSource(data, source);
  const doc = new Doc(ex.text, ex.blocks, ex.meta);
  pipeline.run(doc, ctx);
  const gold: GoldDoc = {
    source,
    entities: doc.get('entities').map((e) => ({
      name: e.name,
      type: e.type,
      kb: e.kb?.id ?? null,
      mentions: doc
        .get('mentions')
        .filter((m) => m.entity === e.id)
        .map((m) => [m.start, m.end, doc.text.slice(m.start, m.end)] as [number, number, string]),
    })),
  };
  writeFileSync(out, JSON.stringify(gold, null, 1) + '\n');
}
