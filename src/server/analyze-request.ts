// Turning an API analyze request into a Brief (and the bytes to store with it). Extraction
// only parses the HTML it is given: it never fetches the URLs inside a page.
import { analyzeRaw, analyzeText } from '../analyze.js';
import type { Brief } from '../brief/types.js';
import { InputError } from '../core/errors.js';
import type { AnalyzeRequest } from './api-types.js';
import { HttpError } from './http-error.js';
import type { UrlFetcher } from './url-fetcher.js';

export interface Analysed {
  brief: Brief;
  raw: Buffer;
  name: string;
}

export async function analyzeRequest(req: AnalyzeRequest, fetcher: UrlFetcher | null): Promise<Analysed> {
  try {
    if (req.url !== undefined) {
      if (!fetcher) throw new HttpError(501, 'not-implemented', 'this server cannot fetch URLs yet: paste the text or upload the page instead');
      const input = await fetcher(req.url);
      const brief = analyzeRaw(input, { date: req.date });
      brief.meta.url ??= req.url;
      return checked({ brief, raw: input.bytes, name: req.url });
    }
    const isHtml = req.html !== undefined;
    const source = (isHtml ? req.html : req.text) as string;
    const name = req.name ?? (isHtml ? 'uploaded page' : 'pasted text');
    const brief = analyzeText(source, { format: isHtml ? 'html' : 'text', date: req.date });
    brief.meta.source = name;
    return checked({ brief, raw: Buffer.from(source, 'utf8'), name });
  } catch (e) {
    if (e instanceof InputError) throw new HttpError(422, e.code, e.message);
    throw e;
  }
}

function checked(a: Analysed): Analysed {
  if (!a.brief.text.trim()) throw new HttpError(422, 'no-text', `${a.name}: no article text found`);
  return a;
}
