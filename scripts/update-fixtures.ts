// Rewrites test/fixtures/<case>/expected.json from the current pipeline. Review the diff!
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureCases, runCase } from '../test/fixture-cases.js';

for (const c of fixtureCases()) {
  const brief = runCase(c);
  writeFileSync(join(c.dir, 'expected.json'), JSON.stringify(brief, null, 1) + '\n');
  console.log(`${c.name}: ${brief.sentences.length} sentences, ${brief.entities.length} entities, ${brief.figures.length} figures, ${brief.findings.length} findings`);
}
