// Where ../shared/data is: DOSSIER_DATA, or a `shared/data` found walking up from the repo.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function dataDir(): string | null {
  if (process.env.DOSSIER_DATA) return existsSync(process.env.DOSSIER_DATA) ? process.env.DOSSIER_DATA : null;
  let dir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, '..', 'shared', 'data');
    if (existsSync(candidate)) return resolve(candidate);
    dir = resolve(dir, '..');
  }
  return null;
}

/** The data folder, or a clear message and exit 0 when it is missing. */
export function requireData(sub: string): string {
  const d = dataDir();
  const p = d ? join(d, sub) : null;
  if (!p || !existsSync(p)) {
    console.log(`skipped: ${sub} not found (set DOSSIER_DATA to the shared data folder)`);
    process.exit(0);
  }
  return p;
}
