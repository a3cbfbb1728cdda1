import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { sampleBriefs } from '../../test/e2e/sample-briefs.js';
import type { ApiError, ContradictionList, DocumentList, DocumentView, EntityProfile, ServerInfo, StoredDocument, TimelineList } from './api-types.js';
import { MemoryStore } from './memory-store.js';
import { createDossierServer, listen, routeList } from './server.js';

const REFERENCE = readFileSync(new URL('../../test/fixtures/belarus-deescalation/input.txt', import.meta.url), 'utf8');

let server: Server;
let base: string;
const store = new MemoryStore();

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
  }
  const res = await fetch(base + path, init);
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, type, text, json: type.startsWith('application/json') ? JSON.parse(text) : null, headers: res.headers };
}

async function expectError(p: Promise<{ status: number; json: unknown }>, status: number) {
  const r = await p;
  assert.equal(r.status, status, JSON.stringify(r.json));
  const e = (r.json as ApiError).error;
  assert.equal(e.status, status);
  assert.ok(e.code && e.message, 'error has a code and a message');
}

before(async () => {
  for (const b of sampleBriefs()) await store.addDocument({ brief: b, raw: Buffer.from(b.text), name: 'fixture' });
  server = createDossierServer({ store, webRoot: null, maxBodyBytes: 64 * 1024, log: () => {} });
  base = (await listen(server, 0, '127.0.0.1')).url;
});
after(() => new Promise<void>((r) => server.close(() => r())));

describe('API', () => {
  test('GET /api/info and the OpenAPI document names every route', async () => {
    const info = (await call('GET', '/api/info')).json as ServerInfo;
    assert.equal(info.name, 'dossier');
    assert.equal(info.documents, 3);
    assert.equal(info.fetchUrl, false);
    const doc = (await call('GET', '/api/openapi.json')).json as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.match(doc.openapi, /^3\./);
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)).sort();
    const served = routeList().map((r) => `${r.method} ${r.path}`).sort();
    assert.deepEqual(documented, served);
  });

  test('every answer carries a Content-Security-Policy', async () => {
    const r = await call('GET', '/api/info');
    assert.match(r.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    const page = await call('GET', '/');
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  });

  test('POST /api/analyze returns a brief of text, of HTML, as Markdown and as figures CSV', async () => {
    const r = await call('POST', '/api/analyze', { text: REFERENCE, date: '2024-07-20' });
    assert.equal(r.status, 200);
    const brief = r.json as DocumentView['brief'];
    assert.equal(brief.schema, 'dossier.brief/1');
    assert.match(brief.text, /Lukashenko/);
    assert.equal(brief.meta.published, '2024-07-20');
    const html = await call('POST', '/api/analyze', { html: '<html><body><article><h1>Quay</h1><p>The harbour <img src="http://198.51.100.7/x.png"> grew.</p><script>alert(1)</script></article></body></html>' });
    assert.equal(html.status, 200);
    assert.doesNotMatch(html.json.text, /<script|alert|<img/);
    const md = await call('POST', '/api/analyze?format=md', { text: 'A short article about the harbour.' });
    assert.equal(md.status, 200);
    assert.match(md.type, /text\/markdown/);
    const csv = await call('POST', '/api/analyze?format=figures.csv', { text: 'A short article about the harbour.' });
    assert.match(csv.type, /text\/csv/);
    assert.match(csv.text, /^id,text,value/);
  });

  test('analysing an uploaded page never fetches the URLs inside it', async () => {
    const { createServer } = await import('node:http');
    let hits = 0;
    const bait = createServer((_req, res) => {
      hits++;
      res.end('x');
    });
    const baitUrl = (await listen(bait, 0, '127.0.0.1')).url;
    try {
      const html = `<html><head><link rel="stylesheet" href="${baitUrl}/a.css"><script src="${baitUrl}/a.js"></script>
        <meta http-equiv="refresh" content="0; url=${baitUrl}/r"><base href="${baitUrl}/"></head>
        <body><article><h1>Harbour news</h1><p>The quay <img src="${baitUrl}/i.png" srcset="${baitUrl}/j.png 2x"> opened.</p>
        <iframe src="${baitUrl}/f"></iframe><object data="${baitUrl}/o"></object><p style="background:url(${baitUrl}/s.png)">More text here.</p></article></body></html>`;
      assert.equal((await call('POST', '/api/analyze', { html })).status, 200);
      assert.equal((await call('POST', '/api/analyze?format=md', { html })).status, 200);
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(hits, 0);
    } finally {
      await new Promise<void>((r) => bait.close(() => r()));
    }
  });

  test('search words are matched as text, never as patterns', async () => {
    for (const q of ['(a+)+$', '[', '\\', '.*', '«»']) {
      const r = await call('GET', `/api/documents?q=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200, q);
      assert.equal((r.json as DocumentList).total, 0, q);
    }
  });

  test('POST /api/analyze refuses bad requests with a 4xx and a JSON error', async () => {
    await expectError(call('POST', '/api/analyze', {}), 400);
    await expectError(call('POST', '/api/analyze', { text: 42 }), 400);
    await expectError(call('POST', '/api/analyze', { text: '   ' }), 400);
    await expectError(call('POST', '/api/analyze', { text: 'a', html: '<p>b</p>' }), 400);
    await expectError(call('POST', '/api/analyze', { text: 'a', date: 'yesterday' }), 400);
    await expectError(call('POST', '/api/analyze', { text: 'a', date: '2024-02-30' }), 400);
    await expectError(call('POST', '/api/analyze', '{"text": "unterminated'), 400);
    await expectError(call('POST', '/api/analyze', '[1,2]'), 400);
    await expectError(call('POST', '/api/analyze', 'text=a', { 'content-type': 'application/x-www-form-urlencoded' }), 415);
    await expectError(call('POST', '/api/analyze', { text: 'x'.repeat(70 * 1024) }), 413);
    await expectError(call('POST', '/api/analyze?format=pdf', { text: 'a' }), 400);
    await expectError(call('POST', '/api/analyze', { url: 'file:///etc/passwd' }), 400);
    await expectError(call('POST', '/api/analyze', { url: 'not a url' }), 400);
    await expectError(call('POST', '/api/analyze', { url: 'https://example.org/a' }), 501);
    await expectError(call('POST', '/api/analyze', { html: '<html><body><script>x</script></body></html>' }), 422);
    await expectError(call('GET', '/api/analyze'), 405);
  });

  test('POST /api/documents stores once per content and the article can be read back', async () => {
    const first = await call('POST', '/api/documents', { text: REFERENCE, name: 'belarus.txt' });
    assert.equal(first.status, 201);
    const stored = first.json as StoredDocument;
    assert.equal(stored.created, true);
    assert.equal(first.headers.get('location'), `/api/documents/${stored.id}`);
    const again = await call('POST', '/api/documents', { text: REFERENCE });
    assert.equal(again.status, 200);
    assert.equal((again.json as StoredDocument).id, stored.id);
    assert.equal((again.json as StoredDocument).created, false);
    const view = (await call('GET', `/api/documents/${stored.id}`)).json as DocumentView;
    assert.equal(view.document.id, stored.id);
    assert.match(view.brief.text, /Chatnam House/);
    await expectError(call('POST', '/api/documents', { html: 7 }), 400);
  });

  test('GET /api/documents searches, filters and pages', async () => {
    const all = (await call('GET', '/api/documents')).json as DocumentList;
    assert.equal(all.total, 4);
    const q = (await call('GET', '/api/documents?q=cargo%20tonnes')).json as DocumentList;
    assert.deepEqual(q.hits.map((h) => h.title).sort(), ['Maravel cargo figures questioned', 'Port of Maravel reports record cargo year']);
    assert.match(q.hits[0].snippet, /«(cargo|tonnes)»/i);
    const ent = (await call('GET', '/api/documents?entity=Q1065')).json as DocumentList;
    assert.equal(ent.total, 2);
    const byName = (await call('GET', '/api/documents?entity=Calloway')).json as DocumentList;
    assert.equal(byName.total, 2);
    const dated = (await call('GET', '/api/documents?from=2024-03&to=2024-04-30')).json as DocumentList;
    assert.deepEqual(dated.hits.map((h) => h.published).sort(), ['2024-03-05', '2024-04-20']);
    const flagged = (await call('GET', '/api/documents?hasFindings=true')).json as DocumentList;
    // the reference article carries the figures.shares warning (28% of the poll's answers unreported)
    assert.deepEqual(flagged.hits.map((h) => h.title).sort(), ['Lukashenko tries to de-escalate tensions with Ukraine', 'Port of Maravel reports record cargo year']);
    const paged = (await call('GET', '/api/documents?limit=2&offset=2')).json as DocumentList;
    assert.equal(paged.hits.length, 2);
    assert.equal(paged.offset, 2);
    const firstPage = (await call('GET', '/api/documents?limit=2')).json as DocumentList;
    assert.equal(new Set([...firstPage.hits, ...paged.hits].map((h) => h.id)).size, 4);
  });

  test('GET /api/documents refuses malformed parameters', async () => {
    await expectError(call('GET', '/api/documents?limit=abc'), 400);
    await expectError(call('GET', '/api/documents?limit=0'), 400);
    await expectError(call('GET', '/api/documents?limit=1000'), 400);
    await expectError(call('GET', '/api/documents?offset=-1'), 400);
    await expectError(call('GET', '/api/documents?from=July'), 400);
    await expectError(call('GET', '/api/documents?from=2024-05&to=2024-01'), 400);
    await expectError(call('GET', '/api/documents?hasFindings=maybe'), 400);
    await expectError(call('GET', '/api/documents?q=' + 'x'.repeat(600)), 400);
  });

  test('GET /api/documents/{id} and its exports; unknown and malformed ids', async () => {
    const view = (await call('GET', '/api/documents/1')).json as DocumentView;
    assert.equal(view.brief.figures.length, 4);
    const json = await call('GET', '/api/documents/1/brief');
    assert.equal(JSON.parse(json.text).meta.title, view.brief.meta.title);
    assert.match(json.headers.get('content-disposition') ?? '', /attachment; filename="brief-1.json"/);
    const md = await call('GET', '/api/documents/1/brief?format=md');
    assert.match(md.type, /text\/markdown/);
    assert.match(md.text, /Port of Maravel/);
    const csv = await call('GET', '/api/documents/1/figures.csv');
    const lines = csv.text.trim().split('\r\n');
    assert.equal(lines.length, 5);
    assert.match(lines[1], /^f1,12\.4 million tonnes,12400000,,,t,,cargo handled,Port of Maravel,,2023,,f2 f3 f4,error,/);
    await expectError(call('GET', '/api/documents/999'), 404);
    await expectError(call('GET', '/api/documents/999/brief'), 404);
    await expectError(call('GET', '/api/documents/999/figures.csv'), 404);
    await expectError(call('GET', '/api/documents/abc'), 400);
    await expectError(call('GET', '/api/documents/0'), 400);
    await expectError(call('GET', '/api/documents/1/brief?format=pdf'), 400);
    await expectError(call('GET', '/api/documents/%E0%A4%A'), 400);
    await expectError(call('GET', '/api/nothing-here'), 404);
  });

  test('GET /api/entities/{key}: articles over time, co-occurring entities, contradicted figures', async () => {
    const p = (await call('GET', '/api/entities/Port%20of%20Maravel')).json as EntityProfile;
    assert.equal(p.name, 'Port of Maravel');
    assert.equal(p.articles.length, 3);
    assert.deepEqual(p.perMonth, [{ month: '2024-02', count: 1 }, { month: '2024-03', count: 1 }, { month: '2024-04', count: 1 }]);
    assert.equal(p.coOccurring.find((c) => c.name === 'Pelagia')?.count, 3);
    const cargo = p.figures.filter((f) => f.measure === 'cargo handled');
    assert.equal(cargo.length, 2);
    assert.ok(cargo.every((f) => f.contradicted));
    assert.ok(p.figures.filter((f) => f.measure === 'containers').every((f) => !f.contradicted));
    const byQid = (await call('GET', '/api/entities/Q1065')).json as EntityProfile;
    assert.equal(byQid.kb, 'Q1065');
    await expectError(call('GET', '/api/entities/Nobody%20Here'), 404);
  });

  test('GET /api/contradictions names both articles and sentences', async () => {
    const list = (await call('GET', '/api/contradictions')).json as ContradictionList;
    assert.equal(list.items.length, 1);
    const c = list.items[0];
    assert.equal(c.measure, 'cargo handled');
    assert.deepEqual([c.a.value, c.b.value].sort(), [12_400_000, 15_000_000]);
    assert.match(c.a.sentence + c.b.sentence, /15 million tonnes/);
    assert.equal(((await call('GET', '/api/contradictions?offset=1')).json as ContradictionList).items.length, 0);
    await expectError(call('GET', '/api/contradictions?limit=x'), 400);
  });

  test('GET /api/timeline as JSON and CSV, filtered', async () => {
    const all = (await call('GET', '/api/timeline')).json as TimelineList;
    const values = all.items.map((r) => r.value);
    assert.deepEqual(values, [...values].sort());
    assert.ok(values.includes('2024-02-12'));
    const q = (await call('GET', '/api/timeline?from=2024-03&entity=United%20Nations')).json as TimelineList;
    assert.deepEqual(q.items.map((r) => r.value), ['2024-03-01', '2024-04-18']);
    const csv = await call('GET', '/api/timeline?format=csv');
    assert.match(csv.text, /^value,doc_id,title,summary,entities\r\n/);
    assert.equal(csv.text.trim().split('\r\n').length, all.items.length + 1);
    await expectError(call('GET', '/api/timeline?from=soon'), 400);
    await expectError(call('GET', '/api/timeline?format=xml'), 400);
  });
});

describe('API with a token', () => {
  let s: Server;
  let url: string;
  before(async () => {
    s = createDossierServer({ store: new MemoryStore(), token: 'correct-horse', webRoot: null, allowedHosts: ['localhost', '127.0.0.1'], log: () => {} });
    url = (await listen(s, 0, '127.0.0.1')).url;
  });
  after(() => new Promise<void>((r) => s.close(() => r())));

  test('every API call needs the bearer token; the app shell does not', async () => {
    for (const path of ['/api/info', '/api/openapi.json', '/api/documents', '/api/contradictions']) {
      const r = await fetch(url + path);
      assert.equal(r.status, 401, path);
      assert.equal(((await r.json()) as ApiError).error.code, 'unauthorized');
    }
    const wrong = await fetch(url + '/api/info', { headers: { authorization: 'Bearer wrong-horse' } });
    assert.equal(wrong.status, 401);
    const right = await fetch(url + '/api/info', { headers: { authorization: 'Bearer correct-horse' } });
    assert.equal(right.status, 200);
    assert.equal(((await right.json()) as ServerInfo).auth, true);
    assert.equal((await fetch(url + '/')).status, 200);
  });

  test('a request naming another host is refused (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(url + '/api/info', { headers: { host: 'attacker.example', authorization: 'Bearer correct-horse' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    assert.equal(status, 421);
  });
});
