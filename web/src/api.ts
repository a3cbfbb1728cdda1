// The typed API client: the request and answer types are the server's own (src/server/api-types.ts).
import type {
  AnalyzeFormat,
  AnalyzeRequest,
  ApiError,
  Brief,
  ContradictionList,
  DocumentList,
  DocumentQuery,
  DocumentView,
  EntityProfile,
  ServerInfo,
  StoredDocument,
  TimelineList,
} from '../../src/server/api-types.js';
import { downloadText } from './dom.js';

const TOKEN_KEY = 'dossier.token';

export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export function setToken(t: string | null): void {
  if (t) sessionStorage.setItem(TOKEN_KEY, t);
  else sessionStorage.removeItem(TOKEN_KEY);
}

function headers(json: boolean): Record<string, string> {
  const h: Record<string, string> = {};
  const t = sessionStorage.getItem(TOKEN_KEY);
  if (t) h.Authorization = `Bearer ${t}`;
  if (json) h['Content-Type'] = 'application/json';
  return h;
}

/** Called when the server asks for a token; the app shows its token form. */
export let onUnauthorized: () => void = () => {};
export function setUnauthorizedHandler(f: () => void): void {
  onUnauthorized = f;
}

async function raw(path: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(path, { ...init, headers: { ...headers(init.body !== undefined), ...(init.headers as Record<string, string>) } });
  if (res.ok) return res;
  let msg = `${res.status} ${res.statusText}`;
  let code = 'http';
  try {
    const e = (await res.json()) as ApiError;
    msg = e.error.message;
    code = e.error.code;
  } catch {
    /* not JSON */
  }
  if (res.status === 401) onUnauthorized();
  throw new ApiFailure(res.status, code, msg);
}

async function get<T>(path: string): Promise<T> {
  return (await raw(path)).json() as Promise<T>;
}

async function post<T>(path: string, body: unknown): Promise<T> {
  return (await raw(path, { method: 'POST', body: JSON.stringify(body) })).json() as Promise<T>;
}

function qs(q: object): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const api = {
  info: () => get<ServerInfo>('/api/info'),
  analyze: (req: AnalyzeRequest) => post<Brief>('/api/analyze', req),
  analyzeAs: async (req: AnalyzeRequest, format: Exclude<AnalyzeFormat, 'json'>) =>
    (await raw(`/api/analyze?format=${encodeURIComponent(format)}`, { method: 'POST', body: JSON.stringify(req) })).text(),
  store: (req: AnalyzeRequest) => post<StoredDocument>('/api/documents', req),
  list: (q: DocumentQuery) => get<DocumentList>('/api/documents' + qs(q)),
  document: (id: number) => get<DocumentView>(`/api/documents/${id}`),
  entity: (key: string) => get<EntityProfile>(`/api/entities/${encodeURIComponent(key)}`),
  contradictions: (limit = 50, offset = 0) => get<ContradictionList>('/api/contradictions' + qs({ limit, offset })),
  timeline: (q: { from?: string; to?: string; entity?: string } = {}) => get<TimelineList>('/api/timeline' + qs(q)),
  /** Fetches an export with the token and saves it as a file. */
  async download(path: string, filename: string): Promise<void> {
    const res = await raw(path);
    downloadText(await res.text(), filename, res.headers.get('content-type') ?? 'text/plain');
  },
};
