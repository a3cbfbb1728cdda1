// Articles to warm the pipeline up on before a measured run, other than the measured ones:
// the Wikinews articles of 2019–2020 (295 articles, about 220,000 words). A process that has
// analysed them has compiled its hot code and met the common words, as an ingest that has been
// running a while has, without having seen any of the articles it is then timed on.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv.js';
import { dataDir } from './data-dir.js';

export const WARM_SOURCE = 'Wikinews 2019–2020';

export function warmTexts(): string[] {
  const dir = dataDir() && join(dataDir()!, 'wikinews-en-2019-2020-scraped');
  const out: string[] = [];
  for (const f of ['wikinews_2019.csv', 'wikinews_2020.csv']) {
    if (!dir || !existsSync(join(dir, f))) continue;
    for (const row of parseCsv(readFileSync(join(dir, f), 'utf8')).slice(1)) {
      const [, , title, text] = row;
      if (text?.trim()) out.push(`${title ?? ''}\n\n${text}`);
    }
  }
  return out;
}
