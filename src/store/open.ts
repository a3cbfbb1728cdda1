// Opening a store from a --db value: a file path or sqlite:PATH for SQLite (the default,
// ./dossier.db or $DOSSIER_DB), postgres://... or postgresql://... for PostgreSQL.
import type { PreparedDocument } from './rows.js';
import type { AddResult, Store } from './types.js';

/** The store as the corpus commands use it: the public interface plus what ingest needs. */
export interface CorpusStore extends Store {
  /** The id of the document stored with this content hash, if any (skips analysing it again). */
  hasHash(hash: string): Promise<number | null>;
  /** addDocument for a document already prepared (hashed, flattened, compressed) elsewhere. */
  addPrepared(doc: PreparedDocument): Promise<AddResult>;
  /** Several prepared documents in one transaction, where the store gains by it (SQLite). */
  addPreparedBatch?(docs: PreparedDocument[]): Promise<AddResult[]>;
}

export const DEFAULT_DB = './dossier.db';

export function resolveDbUrl(db?: string): string {
  return db || process.env.DOSSIER_DB || DEFAULT_DB;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** Opens (and migrates) the store a --db value names. */
export async function openStore(db?: string, opts: { poolSize?: number } = {}): Promise<CorpusStore> {
  const url = resolveDbUrl(db);
  let store: CorpusStore;
  if (isPostgresUrl(url)) {
    const { PostgresStore } = await import('./postgres.js');
    store = new PostgresStore(url, opts.poolSize);
  } else {
    const path = url.replace(/^sqlite:(\/\/)?/i, '');
    const { SqliteStore } = await import('./sqlite.js');
    store = new SqliteStore(path);
  }
  try {
    await store.migrate();
  } catch (e) {
    await store.close().catch(() => {});
    throw new Error(`cannot open the store at ${redact(url)}: ${(e as Error).message}`);
  }
  return store;
}

/** A database URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
