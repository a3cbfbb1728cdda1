// `dossier extract` end to end: files and a URL from a local server, --format jsonl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PAGE = `<html lang="en"><head><title>Ferry strike ends | Coast News</title>
<meta property="og:site_name" content="Coast News"><meta property="article:published_time" content="2024-06-02T08:00:00Z"></head>
<body><article><h1>Ferry strike ends</h1>
<p>The ferry crews went back to work on Sunday after two weeks of talks with the operator about pay and rest times.</p>
<p>Passengers had waited for hours at both ends of the crossing, and freight was moved by road through the long detour.</p>
</article></body></html>`;

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

/** Runs the CLI in a child process (the test runner owns this process's stdout). */
function dossier(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', MAIN, 'extract', ...args], { timeout: 60_000 }, (e, stdout, stderr) => {
      resolve({ code: e ? ((e as { code?: number }).code ?? 1) : 0, out: stdout, err: stderr });
    });
  });
}

test('cli extract: --format jsonl, one object per input; a bad file reported, the rest done', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  writeFileSync(join(dir, 'a.html.gz'), gzipSync(PAGE));
  writeFileSync(join(dir, 'b.html'), Buffer.from('%PDF-1.5 not a page'));
  const r = await dossier([join(dir, 'a.html.gz'), join(dir, 'b.html'), '--format', 'jsonl']);
  assert.equal(r.code, 1);
  const lines = r.out.trim().split('\n');
  assert.equal(lines.length, 1);
  const rec = JSON.parse(lines[0]);
  for (const k of ['path', 'title', 'text', 'published', 'lang']) assert.ok(k in rec, k);
  assert.equal(rec.title, 'Ferry strike ends');
  assert.equal(rec.published, '2024-06-02T08:00:00Z');
  assert.equal(rec.lang, 'en');
  assert.match(rec.text, /ferry crews went back/);
  assert.match(r.err, /b\.html: this is a PDF/);
});

test('cli extract: a URL is fetched (local server)', async () => {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ferry`;
  try {
    const r = await dossier([url, '--format', 'jsonl']);
    assert.equal(r.code, 0);
    const rec = JSON.parse(r.out.trim());
    assert.equal(rec.path, url);
    assert.match(rec.text, /Passengers had waited/);
  } finally {
    server.close();
  }
});
