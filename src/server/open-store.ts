// Where the server gets its corpus store. The real stores (SQLite, PostgreSQL) live in
// src/store/; until a `src/store/open.js` exporting `openStore(url)` exists, or when no
// URL is given, the server keeps its corpus in memory.
import type { Store } from '../store/types.js';
import { MemoryStore } from './memory-store.js';

export async function openStore(url?: string): Promise<Store> {
  if (!url || url === 'memory:' || url === ':memory:') return migrated(new MemoryStore());
  // A variable specifier: the module may not exist yet on this branch.
  const spec = '../store/open.js';
  let mod: { openStore?: (url: string) => Promise<Store> };
  try {
    mod = (await import(spec)) as typeof mod;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
    throw new Error(`this build has no database stores; start without --db for an in-memory corpus`);
  }
  if (typeof mod.openStore !== 'function') throw new Error('src/store/open.js does not export openStore(url)');
  return mod.openStore(url);
}

async function migrated(s: Store): Promise<Store> {
  await s.migrate();
  return s;
}
