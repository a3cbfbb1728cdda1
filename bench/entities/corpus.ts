// The articles of the entity gold set, read from ../shared/data (never committed): a gold file
// names its source; the text is the extracted text of that source.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractString } from '../../src/extract/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** ../shared/data (bench/data-dir.ts). */
export { dataDir as findSharedData } from '../data-dir.js';

export const GOLD_DIR = join(ROOT, 'bench', 'gold', 'entities');

/**
 * A source is "bbc-news/politics/017.txt", "ua-official-addresses-2022/addresses-en.jsonl#<id>"
 * or "../examples/belarus-deescalation.txt" (relative to the data dir).
 */
export function loadSource(data: string, source: string): { text: string; blocks: ReturnType<typeof extractString>['blocks']; meta: ReturnType<typeof extractString>['meta'] } {
  const [path, id] = source.split('#');
  let raw: string;
  if (id) {
    const line = readFileSync(join(data, path), 'utf8')
      .split('\n')
      .find((l) => l.includes(`"id": "${id}"`) || l.includes(`"id":"${id}"`));
    if (!line) throw new Error(`no record ${id} in ${path}`);
    const rec = JSON.parse(line) as { name: string; text: string };
    raw = rec.text;
  } else raw = readFileSync(join(data, path), 'utf8');
  return extractString(raw, 'text');
}

export interface GoldEntity {
  name: string;
  type: string;
  /** Knowledge-base id (a QID where one exists), or null when the thing is not in the knowledge base. */
  kb: string | null;
  /** [start, end, surface, via?]: via "role" or "pronoun" for mentions that are not names. */
  mentions: [number, number, string, string?][];
}

export interface GoldDoc {
  source: string;
  /** Misspellings the article itself contains: surface -> expected name. */
  misspellings?: Record<string, string>;
  entities: GoldEntity[];
}
