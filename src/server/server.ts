// The HTTP server: the API under /api, the web app everywhere else. node:http only.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/types.js';
import { HttpError } from './http-error.js';
import { securityHeaders, sendError } from './respond.js';
import { Router } from './router.js';
import { apiRoutes } from './routes.js';
import { findWebRoot, StaticFiles } from './static-files.js';
import type { UrlFetcher } from './url-fetcher.js';

export const DEFAULT_MAX_BODY = 5 * 1024 * 1024;

export interface ServerOptions {
  store: Store;
  /** When set, every /api call needs `Authorization: Bearer <token>`. */
  token?: string | null;
  maxBodyBytes?: number;
  fetcher?: UrlFetcher | null;
  /** The built web app; found beside the server when not given; null serves none. */
  webRoot?: string | null;
  /** Host names the server answers to (DNS-rebinding guard); empty accepts any. */
  allowedHosts?: string[];
  version?: string;
  /** Called with unexpected errors (default: stderr). */
  log?: (message: string) => void;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return !!m && timingSafeEqual(digest(m[1].trim()), digest(token));
}

/** Host names that mean this machine, for a server bound to a loopback address. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

function hostAllowed(req: IncomingMessage, allowed: string[]): boolean {
  if (!allowed.length) return true;
  const host = String(req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
  return allowed.includes(host);
}

export function createDossierServer(opts: ServerOptions): Server {
  const token = opts.token || null;
  const maxBodyBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const router = new Router(
    apiRoutes({ store: opts.store, fetcher: opts.fetcher ?? null, maxBodyBytes, version: opts.version ?? '0.1.0', auth: !!token }),
  );
  const files = new StaticFiles(opts.webRoot === undefined ? findWebRoot() : opts.webRoot);
  const log = opts.log ?? ((m: string) => process.stderr.write(m + '\n'));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(res);
    if (!hostAllowed(req, opts.allowedHosts ?? [])) throw new HttpError(421, 'wrong-host', 'this server does not answer to that host name');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      throw new HttpError(400, 'bad-url', 'the request URL is malformed');
    }
    const path = url.pathname;
    if (path === '/api' || path.startsWith('/api/')) {
      if (token && !tokenMatches(req.headers.authorization, token)) {
        throw new HttpError(401, 'unauthorized', 'this server needs a token: send Authorization: Bearer <token>', { 'WWW-Authenticate': 'Bearer' });
      }
      const { route, params } = router.match(req.method ?? 'GET', path);
      await route.handle({ req, res, params, query: url.searchParams });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'method-not-allowed', 'only GET here', { Allow: 'GET, HEAD' });
    files.serve(res, path);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (e instanceof HttpError) {
        // Drain what the client is still sending so the answer reaches it.
        if (!req.complete) req.resume();
        sendError(res, e);
        return;
      }
      log(`dossier serve: ${req.method} ${req.url}: ${(e as Error)?.stack ?? e}`);
      sendError(res, new HttpError(500, 'internal', 'the server failed on this request; see its log'));
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 15_000;
  return server;
}

/** Starts a server and resolves once it listens; port 0 picks a free port. */
export async function listen(server: Server, port: number, host: string): Promise<{ url: string; port: number }> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const a = server.address() as AddressInfo;
  const h = a.family === 'IPv6' ? `[${a.address}]` : a.address;
  return { url: `http://${h}:${a.port}`, port: a.port };
}

export function routeList(): { method: string; path: string }[] {
  return apiRoutes({ store: null as unknown as Store, fetcher: null, maxBodyBytes: 0, version: '', auth: false }).map((r) => ({ method: r.method, path: r.path }));
}
