// Fetching a page by URL, bounded: a timeout, a limit on redirects and on size, the content type
// checked, a clear User-Agent, gzip, deflate and brotli undone. Uses node:http(s) only.
import http from 'node:http';
import https from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { InputError } from '../core/errors.js';
import { MAX_INPUT_BYTES, prepareBytes, type RawInput } from './read.js';

export const USER_AGENT = 'dossier/0.1 (article extraction; +https://github.com/dossier)';

export interface FetchOptions {
  timeoutMs?: number;
  maxRedirects?: number;
  maxBytes?: number;
}

const DEFAULTS = { timeoutMs: 15000, maxRedirects: 5, maxBytes: MAX_INPUT_BYTES };

const ACCEPTED = /^(text\/html|application\/xhtml\+xml|text\/plain|application\/xml|text\/xml)$/i;

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function getOnce(url: URL, opts: Required<FetchOptions>): Promise<Response> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.get(url, {
      headers: {
        'user-agent': USER_AGENT,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
      timeout: opts.timeoutMs,
    });
    const timer = setTimeout(() => req.destroy(new InputError('timeout', `${url.href}: no complete answer within ${opts.timeoutMs / 1000} s`)), opts.timeoutMs);
    req.on('timeout', () => req.destroy(new InputError('timeout', `${url.href}: no answer within ${opts.timeoutMs / 1000} s`)));
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(e instanceof InputError ? e : new InputError('fetch-failed', `${url.href}: ${(e as Error).message}`));
    });
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        res.resume();
        clearTimeout(timer);
        resolve({ status, headers: res.headers, body: Buffer.alloc(0) });
        return;
      }
      if (status !== 200) {
        res.resume();
        clearTimeout(timer);
        reject(new InputError('http-status', `${url.href}: the server answered HTTP ${status}`));
        return;
      }
      const type = String(res.headers['content-type'] ?? '').split(';')[0].trim();
      if (type && !ACCEPTED.test(type)) {
        res.destroy();
        clearTimeout(timer);
        reject(new InputError('content-type', `${url.href}: content type ${type} is not HTML or text`));
        return;
      }
      const declared = Number(res.headers['content-length'] ?? 0);
      if (declared > opts.maxBytes) {
        res.destroy();
        clearTimeout(timer);
        reject(new InputError('too-large', `${url.href}: ${declared} bytes is larger than the ${opts.maxBytes} byte limit`));
        return;
      }
      const enc = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
      let stream: Readable = res;
      if (enc === 'gzip' || enc === 'x-gzip') stream = res.pipe(createGunzip());
      else if (enc === 'br') stream = res.pipe(createBrotliDecompress());
      else if (enc === 'deflate') stream = res.pipe(createInflate());
      const chunks: Buffer[] = [];
      let size = 0;
      const fail = (e: Error) => {
        clearTimeout(timer);
        res.destroy();
        reject(e instanceof InputError ? e : new InputError('fetch-failed', `${url.href}: ${e.message}`));
      };
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size > opts.maxBytes) {
          stream.destroy();
          fail(new InputError('too-large', `${url.href}: larger than the ${opts.maxBytes} byte limit`));
          return;
        }
        chunks.push(c);
      });
      stream.on('error', fail);
      res.on('error', fail);
      stream.on('end', () => {
        clearTimeout(timer);
        resolve({ status, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
  });
}

/** The charset named in a Content-Type header, if any. */
export function headerCharset(contentType: string | undefined): string | null {
  const m = /charset\s*=\s*"?([\w:.-]+)/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

export interface FetchedInput extends RawInput {
  /** The final URL after redirects. */
  url: string;
}

/** Fetches a URL into a RawInput, or throws an InputError saying what went wrong. */
export async function fetchInput(href: string, options: FetchOptions = {}): Promise<FetchedInput> {
  const opts = { ...DEFAULTS, ...options };
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new InputError('bad-url', `${href}: not a valid URL`);
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError('bad-url', `${url.href}: only http and https are fetched`);
    const res = await getOnce(url, opts);
    if (res.status >= 300 && res.status < 400) {
      const loc = res.headers.location;
      if (!loc) throw new InputError('http-status', `${url.href}: redirect (HTTP ${res.status}) without a location`);
      if (hop >= opts.maxRedirects) throw new InputError('too-many-redirects', `${href}: more than ${opts.maxRedirects} redirects`);
      url = new URL(loc, url);
      continue;
    }
    const type = String(res.headers['content-type'] ?? '');
    const bytes = prepareBytes(url.href, res.body);
    const hint: 'html' | 'text' | undefined = /html|xml/i.test(type) ? 'html' : /text\/plain/i.test(type) ? 'text' : undefined;
    return { name: href, bytes, hint, url: url.href, charset: headerCharset(type) ?? undefined };
  }
}
