// The API's routes: each parses its input, asks the store or the pipeline, and answers JSON
// (or a file for the exports). Every refusal is an HttpError with a 4xx status.
import { renderBrief } from '../brief/render.js';
import type { Store } from '../store/types.js';
import { analyzeRequest } from './analyze-request.js';
import type {
  AnalyzeFormat,
  ContradictionList,
  DocumentList,
  DocumentView,
  ServerInfo,
  StoredDocument,
  TimelineList,
} from './api-types.js';
import { figuresCsv, timelineCsv } from './csv.js';
import { notFound } from './http-error.js';
import { openApiDocument } from './openapi.js';
import { readJsonObject, send, sendJson } from './respond.js';
import type { Route } from './router.js';
import type { UrlFetcher } from './url-fetcher.js';
import { oneOf, parseAnalyzeRequest, parseDocumentQuery, parseId, parsePage, parseTimelineQuery } from './validate.js';

export interface RouteDeps {
  store: Store;
  fetcher: UrlFetcher | null;
  maxBodyBytes: number;
  version: string;
  auth: boolean;
}

const MD = 'text/markdown; charset=utf-8';
const CSV = 'text/csv; charset=utf-8';

function attachment(name: string): Record<string, string> {
  return { 'Content-Disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"` };
}

export function apiRoutes(d: RouteDeps): Route[] {
  const { store } = d;

  async function briefOf(id: number) {
    const brief = await store.getBrief(id);
    if (!brief) throw notFound(`no document ${id}`);
    return brief;
  }

  return [
    {
      method: 'GET',
      path: '/api/info',
      async handle({ res }) {
        const info: ServerInfo = {
          name: 'dossier',
          version: d.version,
          auth: d.auth,
          fetchUrl: d.fetcher !== null,
          maxBodyBytes: d.maxBodyBytes,
          documents: (await store.ids()).length,
        };
        sendJson(res, 200, info);
      },
    },
    {
      method: 'GET',
      path: '/api/openapi.json',
      async handle({ res }) {
        sendJson(res, 200, openApiDocument(d.version));
      },
    },
    {
      method: 'POST',
      path: '/api/analyze',
      async handle({ req, res, query }) {
        const format = oneOf<AnalyzeFormat>(query, 'format', ['json', 'md', 'figures.csv'], 'json');
        const body = parseAnalyzeRequest(await readJsonObject(req, d.maxBodyBytes));
        const { brief } = await analyzeRequest(body, d.fetcher);
        if (format === 'md') send(res, 200, MD, renderBrief(brief, 'md'));
        else if (format === 'figures.csv') send(res, 200, CSV, figuresCsv(brief));
        else sendJson(res, 200, brief);
      },
    },
    {
      method: 'POST',
      path: '/api/documents',
      async handle({ req, res }) {
        const body = parseAnalyzeRequest(await readJsonObject(req, d.maxBodyBytes));
        const a = await analyzeRequest(body, d.fetcher);
        const added = await store.addDocument({ brief: a.brief, raw: a.raw, name: a.name });
        const out: StoredDocument = { ...added, document: await store.getDocument(added.id) };
        sendJson(res, added.created ? 201 : 200, out, { Location: `/api/documents/${added.id}` });
      },
    },
    {
      method: 'GET',
      path: '/api/documents',
      async handle({ res, query }) {
        const q = parseDocumentQuery(query);
        const { total, hits } = await store.search(q);
        const out: DocumentList = { total, limit: q.limit, offset: q.offset, hits };
        sendJson(res, 200, out);
      },
    },
    {
      method: 'GET',
      path: '/api/documents/{id}',
      async handle({ res, params }) {
        const id = parseId(params.id);
        const document = await store.getDocument(id);
        if (!document) throw notFound(`no document ${id}`);
        const out: DocumentView = { document, brief: await briefOf(id) };
        sendJson(res, 200, out);
      },
    },
    {
      method: 'GET',
      path: '/api/documents/{id}/brief',
      async handle({ res, params, query }) {
        const id = parseId(params.id);
        const format = oneOf(query, 'format', ['json', 'md'] as const, 'json');
        const brief = await briefOf(id);
        if (format === 'md') send(res, 200, MD, renderBrief(brief, 'md'), attachment(`brief-${id}.md`));
        else send(res, 200, 'application/json; charset=utf-8', renderBrief(brief, 'json'), attachment(`brief-${id}.json`));
      },
    },
    {
      method: 'GET',
      path: '/api/documents/{id}/figures.csv',
      async handle({ res, params }) {
        const id = parseId(params.id);
        send(res, 200, CSV, figuresCsv(await briefOf(id)), attachment(`figures-${id}.csv`));
      },
    },
    {
      method: 'GET',
      path: '/api/entities/{key}',
      async handle({ res, params }) {
        if (params.key.length > 300) throw notFound('no such entity');
        const p = await store.entityProfile(params.key);
        if (!p) throw notFound(`no entity "${params.key.slice(0, 80)}" in the corpus`);
        sendJson(res, 200, p);
      },
    },
    {
      method: 'GET',
      path: '/api/contradictions',
      async handle({ res, query }) {
        const page = parsePage(query);
        const out: ContradictionList = { ...page, items: await store.contradictions(page) };
        sendJson(res, 200, out);
      },
    },
    {
      method: 'GET',
      path: '/api/timeline',
      async handle({ res, query }) {
        const format = oneOf(query, 'format', ['json', 'csv'] as const, 'json');
        const rows = await store.timeline(parseTimelineQuery(query));
        if (format === 'csv') send(res, 200, CSV, timelineCsv(rows), attachment('timeline.csv'));
        else {
          const out: TimelineList = { items: rows };
          sendJson(res, 200, out);
        }
      },
    },
  ];
}
