// Where ../shared/data is: env DOSSIER_DATA, else the first `shared/data` found walking up from here.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function dataDir(): string | null {
  if (process.env.DOSSIER_DATA) return existsSync(process.env.DOSSIER_DATA) ? resolve(process.env.DOSSIER_DATA) : null;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const cand = join(dir, 'shared', 'data');
    if (existsSync(cand)) return cand;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}
