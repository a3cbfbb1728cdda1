import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const EXT = /\.(txt|html?|xhtml)(\.gz)?$/i;

/** Every article file under a folder, recursively, in a stable order. */
export function corpusFiles(dir: string, limit = Infinity): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (out.length >= limit) return;
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (EXT.test(name) && !/^(README|MANIFEST|LICENSE)/i.test(name)) out.push(p);
    }
  };
  statSync(dir).isDirectory() ? walk(dir) : out.push(dir);
  return out;
}
