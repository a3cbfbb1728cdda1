// Where the committed models live. The same code runs from src/ (tsx), dist/ (tsc) and the
// bundled CLI (dist/bundle), each at a different depth, so the folder is found by walking up.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const found = new Map<string, string>();

/** The path of models/<file>: the first models/ above this module that holds the file. */
export function modelFile(file: string): string {
  const hit = found.get(file);
  if (hit) return hit;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const c = join(dir, 'models', file);
    if (existsSync(c)) {
      found.set(file, c);
      return c;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`model not found: models/${file} (see README: models are committed, rebuilt by npm run train:*)`);
}
