// The documents of the quotation gold set, rebuilt from ../shared/data the same way for the
// gold-drafting script and the evaluation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldSource {
  /** "bbc" (bbc-news/politics/<file>), "address" (addresses-en.jsonl record by id) or "example". */
  corpus: 'bbc' | 'address' | 'example';
  ref: string;
}

let addresses: Map<string, { name: string; text: string }> | null = null;

/** The raw text of a gold document, or null when the data is missing. */
export function sourceText(dataDir: string, src: GoldSource): string | null {
  try {
    if (src.corpus === 'bbc') return readFileSync(join(dataDir, 'bbc-news', 'politics', src.ref), 'utf8');
    if (src.corpus === 'example') return readFileSync(join(dataDir, '..', 'examples', src.ref), 'utf8');
    if (!addresses) {
      addresses = new Map();
      const lines = readFileSync(join(dataDir, 'ua-official-addresses-2022', 'addresses-en.jsonl'), 'utf8').split('\n');
      for (const l of lines) {
        if (!l.trim()) continue;
        const r = JSON.parse(l) as { id: string; name: string; text: string };
        addresses.set(r.id, { name: r.name, text: r.text });
      }
    }
    const r = addresses.get(src.ref);
    return r ? `${r.name}\n\n${r.text}` : null;
  } catch {
    return null;
  }
}
