// Where ../shared/data lives, for the scripts and benchmarks that build or measure the tagger:
// $DOSSIER_DATA, else the first shared/data found walking up from the repository.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function findDataDir(): string | null {
  const env = process.env.DOSSIER_DATA;
  if (env) return existsSync(env) ? resolve(env) : null;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 10; i++) {
    const candidate = join(dir, 'shared', 'data');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}
