// URL fetching against a local HTTP server on 127.0.0.1 (never the internet).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { InputError } from '../core/errors.js';
import { USER_AGENT, fetchInput } from './fetch.js';
import { extractRaw } from './index.js';

const ARTICLE = `<html><head><title>Local page</title></head><body><article>
<p>The local server answers with a small article so that fetching can be tested without the internet.</p>
<p>A second paragraph makes it look like prose, as every article has more than one paragraph.</p>
</article></body></html>`;

let server: http.Server;
let base = '';
let seenAgent = '';

before(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    seenAgent = String(req.headers['user-agent'] ?? '');
    if (url === '/plain') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(ARTICLE);
    } else if (url === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(ARTICLE));
    } else if (url === '/br') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' });
      res.end(brotliCompressSync(ARTICLE));
    } else if (url === '/cp1251') {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
      res.end(Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2])); // "Привет" in windows-1251
    } else if (url.startsWith('/hop/')) {
      const n = Number(url.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/plain' });
      res.end();
    } else if (url === '/pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.4');
    } else if (url === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<p>' + 'x'.repeat(200_000) + '</p>');
    } else if (url === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>the start');
      // never ends: the client's timeout must fire
    } else if (url === '/missing') {
      res.writeHead(404);
      res.end('not here');
    } else {
      res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const rejectsWith = (p: Promise<unknown>, code: string) =>
  assert.rejects(p, (e: unknown) => e instanceof InputError && e.code === code);

test('fetch: a page, with a clear user agent, extracted', async () => {
  const input = await fetchInput(`${base}/plain`);
  assert.equal(seenAgent, USER_AGENT);
  assert.equal(input.hint, 'html');
  const ex = extractRaw(input);
  assert.match(ex.text, /local server answers/);
  assert.equal(ex.meta.url, `${base}/plain`);
});

test('fetch: gzip and brotli bodies are undone', async () => {
  for (const path of ['/gzip', '/br']) {
    const input = await fetchInput(base + path);
    assert.match(input.bytes.toString('utf8'), /second paragraph/);
  }
});

test('fetch: the charset of the Content-Type header is honoured', async () => {
  const input = await fetchInput(`${base}/cp1251`);
  assert.equal(input.charset, 'windows-1251');
  assert.equal(extractRaw({ ...input, hint: 'text' }).text, 'Привет');
});

test('fetch: redirects followed up to the limit, then refused', async () => {
  const input = await fetchInput(`${base}/hop/2`);
  assert.equal(input.url, `${base}/plain`);
  await rejectsWith(fetchInput(`${base}/hop/9`, { maxRedirects: 3 }), 'too-many-redirects');
});

test('fetch: wrong content type, HTTP errors, size limit and timeout give clear errors', async () => {
  await rejectsWith(fetchInput(`${base}/pdf`), 'content-type');
  await rejectsWith(fetchInput(`${base}/missing`), 'http-status');
  await rejectsWith(fetchInput(`${base}/big`, { maxBytes: 10_000 }), 'too-large');
  await rejectsWith(fetchInput(`${base}/slow`, { timeoutMs: 300 }), 'timeout');
  await rejectsWith(fetchInput('ftp://127.0.0.1/x'), 'bad-url');
  await rejectsWith(fetchInput('http://'), 'bad-url');
});
