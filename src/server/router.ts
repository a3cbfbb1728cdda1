// A small router: routes named by OpenAPI-style path templates ("/api/documents/{id}").
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './http-error.js';

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  params: Record<string, string>;
  query: URLSearchParams;
}

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  handle(ctx: RouteContext): Promise<void>;
}

interface Compiled extends Route {
  re: RegExp;
  names: string[];
}

export class Router {
  private routes: Compiled[] = [];

  constructor(routes: Route[]) {
    for (const r of routes) {
      const names: string[] = [];
      const src = r.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, n: string) => {
        names.push(n);
        return '([^/]+)';
      });
      this.routes.push({ ...r, re: new RegExp(`^${src}$`), names });
    }
  }

  list(): Route[] {
    return this.routes;
  }

  /** The route for a method and path; 404 when no route has the path, 405 when none has the method. */
  match(method: string, pathname: string): { route: Route; params: Record<string, string> } {
    const allowed: string[] = [];
    for (const r of this.routes) {
      const m = r.re.exec(pathname);
      if (!m) continue;
      if (r.method === method || (method === 'HEAD' && r.method === 'GET')) {
        const params: Record<string, string> = {};
        r.names.forEach((n, i) => {
          try {
            params[n] = decodeURIComponent(m[i + 1]);
          } catch {
            throw new HttpError(400, 'bad-path', `"${m[i + 1].slice(0, 40)}" is not a valid path segment`);
          }
        });
        return { route: r, params };
      }
      allowed.push(r.method);
    }
    if (allowed.length) throw new HttpError(405, 'method-not-allowed', `${method} is not allowed on ${pathname}; use ${allowed.join(' or ')}`, { Allow: allowed.join(', ') });
    throw new HttpError(404, 'not-found', `no API route ${pathname}; see /api/openapi.json`);
  }
}
