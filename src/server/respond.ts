// Reading requests and writing answers: bodies read with a cap, JSON answers, security headers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiError } from './api-types.js';
import { HttpError } from './http-error.js';

/** The Content-Security-Policy of every answer: only our own scripts, no framing, no plugins.
 * Inline styles are allowed because the chart library sets style attributes on its SVG. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

export function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': String(buf.length), 'Cache-Control': 'no-store', ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : buf);
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), headers);
}

export function sendError(res: ServerResponse, e: HttpError): void {
  const body: ApiError = { error: { status: e.status, code: e.code, message: e.message } };
  sendJson(res, e.status, body, e.headers);
}

/** Reads a request body, refusing (413) one larger than `max` bytes before reading it all. */
export function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) {
    req.resume();
    return Promise.reject(tooLarge(max));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > max) {
        done = true;
        req.resume();
        reject(tooLarge(max));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', (e) => {
      if (!done) reject(new HttpError(400, 'bad-body', `could not read the request body: ${e.message}`));
      done = true;
    });
    // A client that goes away mid-body: settle, so nothing waits on it.
    req.on('close', () => {
      if (!done && !req.complete) reject(new HttpError(400, 'bad-body', 'the request body was cut off'));
      done = true;
    });
  });
}

function tooLarge(max: number): HttpError {
  return new HttpError(413, 'too-large', `the request body is larger than the ${formatBytes(max)} limit`);
}

export function formatBytes(n: number): string {
  return n >= 1 << 20 ? `${Math.round((n / (1 << 20)) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`;
}

/** Reads and parses a JSON object body: 415 for another content type, 400 for bad JSON. */
export async function readJsonObject(req: IncomingMessage, max: number): Promise<Record<string, unknown>> {
  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    req.resume();
    throw new HttpError(415, 'unsupported-media-type', 'send the body as JSON with Content-Type: application/json');
  }
  const buf = await readBody(req, max);
  let value: unknown;
  try {
    value = JSON.parse(buf.toString('utf8'));
  } catch (e) {
    throw new HttpError(400, 'bad-json', `the body is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, 'bad-body', 'the body must be a JSON object');
  return value as Record<string, unknown>;
}
