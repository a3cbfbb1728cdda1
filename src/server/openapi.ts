// The OpenAPI 3.1 description of the API, served at /api/openapi.json. A test checks that it
// names every route the router serves, and no other.
type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json) => ({ 'application/json': { schema } });
const ok = (description: string, content: Json) => ({ description, content });
const err = (description: string) => ({ description, content: json(ref('Error')) });
const qp = (name: string, schema: Json, description: string) => ({ name, in: 'query', required: false, schema, description });
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const page = [qp('limit', { type: 'integer', minimum: 1 }, 'page size'), qp('offset', { type: 'integer', minimum: 0 }, 'items to skip')];
const dateQ = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
const bad = { '400': err('a missing or malformed parameter or field'), '401': err('a token is required and was not given or is wrong') };

const analyzeBody = {
  required: true,
  content: json(ref('AnalyzeRequest')),
};

export function openApiDocument(version: string): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'dossier API',
      version,
      description: 'Analyse articles into checked briefs; store, search and cross-check a corpus. When the server has a token, every call needs `Authorization: Bearer <token>`.',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', required: ['status', 'code', 'message'], properties: { status: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' } } } },
        },
        AnalyzeRequest: {
          type: 'object',
          description: 'Exactly one of text, html or url.',
          properties: {
            text: { type: 'string' },
            html: { type: 'string', description: 'a page; it is parsed, never rendered, and URLs inside it are never fetched' },
            url: { type: 'string', format: 'uri' },
            date: { type: 'string', format: 'date', description: "the article's date when the page does not state it" },
            name: { type: 'string', description: 'a name for the input, such as its file name' },
          },
        },
        Brief: { type: 'object', description: 'A brief, schema dossier.brief/1: meta, text, blocks, sentences, entities, mentions, times, timeline, figures, quotes, claims, findings.', required: ['schema', 'meta', 'text', 'findings'] },
        DocumentRow: {
          type: 'object',
          properties: {
            id: { type: 'integer' }, hash: { type: 'string' }, url: { type: ['string', 'null'] }, title: { type: ['string', 'null'] },
            published: { type: ['string', 'null'] }, site: { type: ['string', 'null'] }, lang: { type: ['string', 'null'] }, source: { type: ['string', 'null'] },
            ingestedAt: { type: 'string' }, duplicateOf: { type: ['integer', 'null'] },
            findings: { type: 'object', properties: { error: { type: 'integer' }, warning: { type: 'integer' }, info: { type: 'integer' } } },
          },
        },
        SearchHit: { allOf: [ref('DocumentRow'), { type: 'object', properties: { snippet: { type: 'string', description: 'matched terms between « and »' }, rank: { type: 'number' } } }] },
        DocumentList: { type: 'object', properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, hits: { type: 'array', items: ref('SearchHit') } } },
        DocumentView: { type: 'object', properties: { document: ref('DocumentRow'), brief: ref('Brief') } },
        StoredDocument: { type: 'object', properties: { id: { type: 'integer' }, created: { type: 'boolean' }, duplicateOf: { type: ['integer', 'null'] }, document: ref('DocumentRow') } },
        EntityProfile: {
          type: 'object',
          properties: {
            key: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, kb: { type: ['string', 'null'] },
            articles: { type: 'array', items: { type: 'object' } }, perMonth: { type: 'array', items: { type: 'object' } },
            coOccurring: { type: 'array', items: { type: 'object' } }, figures: { type: 'array', items: { type: 'object' } },
          },
        },
        Contradiction: { type: 'object', properties: { finding: { type: 'object' }, subject: { type: 'string' }, measure: { type: 'string' }, time: { type: ['string', 'null'] }, a: { type: 'object' }, b: { type: 'object' } } },
        TimelineRow: { type: 'object', properties: { docId: { type: 'integer' }, title: { type: ['string', 'null'] }, value: { type: 'string' }, summary: { type: 'string' }, entities: { type: 'array', items: { type: 'string' } } } },
      },
    },
    security: [{ bearer: [] }, {}],
    paths: {
      '/api/info': { get: { summary: 'What this server can do', responses: { '200': ok('server facts', json({ type: 'object' })), ...bad } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': ok('OpenAPI 3.1', json({ type: 'object' })), ...bad } } },
      '/api/analyze': {
        post: {
          summary: 'Analyse one article (not stored)',
          parameters: [qp('format', { enum: ['json', 'md', 'figures.csv'] }, 'the answer: the Brief as JSON, as Markdown, or its figures as CSV')],
          requestBody: analyzeBody,
          responses: {
            '200': ok('the brief', { ...json(ref('Brief')), 'text/markdown': { schema: { type: 'string' } }, 'text/csv': { schema: { type: 'string' } } }),
            ...bad, '413': err('the body is larger than the limit'), '415': err('the body is not JSON'), '422': err('no article text could be read'), '501': err('this build cannot fetch URLs'),
          },
        },
      },
      '/api/documents': {
        post: {
          summary: 'Analyse one article and store it in the corpus',
          requestBody: analyzeBody,
          responses: {
            '201': ok('stored', json(ref('StoredDocument'))), '200': ok('already stored (same content)', json(ref('StoredDocument'))),
            ...bad, '413': err('the body is larger than the limit'), '415': err('the body is not JSON'), '422': err('no article text could be read'), '501': err('this build cannot fetch URLs'),
          },
        },
        get: {
          summary: 'Search and list the corpus',
          parameters: [
            qp('q', { type: 'string' }, 'words to find'), qp('entity', { type: 'string' }, 'a Wikidata QID or a name'), qp('type', { type: 'string' }, 'entity type, with entity'),
            qp('from', dateQ, 'published on or after'), qp('to', dateQ, 'published on or before'), qp('hasFindings', { type: 'boolean' }, 'only articles with (or without) errors or warnings'), ...page,
          ],
          responses: { '200': ok('a page of hits', json(ref('DocumentList'))), ...bad },
        },
      },
      '/api/documents/{id}': { get: { summary: 'One stored article and its brief', parameters: [idParam], responses: { '200': ok('the article', json(ref('DocumentView'))), ...bad, '404': err('no such document') } } },
      '/api/documents/{id}/brief': {
        get: {
          summary: 'Export a stored brief',
          parameters: [idParam, qp('format', { enum: ['json', 'md'] }, 'JSON (default) or Markdown')],
          responses: { '200': ok('the brief', { ...json(ref('Brief')), 'text/markdown': { schema: { type: 'string' } } }), ...bad, '404': err('no such document') },
        },
      },
      '/api/documents/{id}/figures.csv': { get: { summary: "Export a stored article's figures as CSV", parameters: [idParam], responses: { '200': ok('CSV', { 'text/csv': { schema: { type: 'string' } } }), ...bad, '404': err('no such document') } } },
      '/api/entities/{key}': {
        get: {
          summary: 'An entity across the corpus: articles over time, co-occurring entities, figures stated about it',
          parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' }, description: 'a Wikidata QID or a name' }],
          responses: { '200': ok('the profile', json(ref('EntityProfile'))), ...bad, '404': err('no such entity in the corpus') },
        },
      },
      '/api/contradictions': { get: { summary: 'Figures that articles of the corpus state differently', parameters: page, responses: { '200': ok('a page of contradictions', json({ type: 'object', properties: { limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: ref('Contradiction') } } })), ...bad } } },
      '/api/timeline': {
        get: {
          summary: "The corpus's timeline",
          parameters: [qp('from', dateQ, 'from'), qp('to', dateQ, 'to'), qp('entity', { type: 'string' }, 'a QID or a name'), qp('format', { enum: ['json', 'csv'] }, 'JSON (default) or CSV')],
          responses: { '200': ok('the timeline', { ...json({ type: 'object', properties: { items: { type: 'array', items: ref('TimelineRow') } } }), 'text/csv': { schema: { type: 'string' } } }), ...bad },
        },
      },
    },
  };
}
