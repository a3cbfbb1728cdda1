// Serving the built web app (dist/web): fixed files only, no directory listings, no paths
// outside the folder.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerResponse } from 'node:http';
import { send } from './respond.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The folder of the built app: dist/web beside the compiled server, or from the sources. */
export function findWebRoot(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const c of [resolve(here, '../web'), resolve(here, '../../dist/web')]) {
    if (existsSync(join(c, 'index.html'))) return c;
  }
  return null;
}

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>dossier</title>
<p>The dossier web app is not built. Run <code>npm run build:web</code>, then restart <code>dossier serve</code>.
The API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>`;

export class StaticFiles {
  private cache = new Map<string, Buffer>();

  constructor(private root: string | null) {}

  serve(res: ServerResponse, pathname: string): void {
    if (!this.root) {
      if (pathname === '/' || pathname === '/index.html') send(res, 200, 'text/html; charset=utf-8', NOT_BUILT);
      else send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      send(res, 400, 'text/plain; charset=utf-8', 'bad path\n');
      return;
    }
    if (rel === '/' || rel === '') rel = '/index.html';
    const file = normalize(join(this.root, rel));
    if (!file.startsWith(this.root + sep) || rel.includes('\0')) {
      send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
      return;
    }
    const body = this.read(file);
    if (!body) {
      send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
      return;
    }
    // Vite names assets by content hash, so they never change; index.html always may.
    const immutable = rel.startsWith('/assets/');
    send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body, {
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  }

  private read(file: string): Buffer | null {
    const hit = this.cache.get(file);
    if (hit) return hit;
    try {
      if (!statSync(file).isFile()) return null;
      const buf = readFileSync(file);
      if (this.cache.size < 200) this.cache.set(file, buf);
      return buf;
    } catch {
      return null;
    }
  }
}
