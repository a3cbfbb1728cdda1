// Fetching an article by URL for POST /api/analyze {url}. The fetcher belongs to extraction
// (src/extract/fetch.ts); until it exists the server answers such requests with 501.
import type { RawInput } from '../extract/read.js';

export type UrlFetcher = (url: string) => Promise<RawInput>;

/** Finds the extraction's URL fetcher, if this build has one. */
export async function loadUrlFetcher(): Promise<UrlFetcher | null> {
  const spec = '../extract/fetch.js';
  try {
    const mod = (await import(spec)) as Record<string, unknown>;
    for (const name of ['fetchInput', 'fetchUrl', 'fetchUrlInput', 'fetchRaw', 'readUrlInput']) {
      if (typeof mod[name] === 'function') return mod[name] as UrlFetcher;
    }
    return null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return null;
    throw e;
  }
}
