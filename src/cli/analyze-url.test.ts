// `dossier analyze URL`: the page is fetched (local server on 127.0.0.1) and analysed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const PAGE = `<html lang="en"><head><title>Bridge reopens | River Post</title></head><body><article><h1>Bridge reopens</h1>
<p>The old bridge over the river reopened on Friday after eight months of repairs that cost the town 2.4 million euros.</p>
<p>Drivers had used a detour of twelve kilometres while the steel frame was replaced and the deck was resurfaced.</p>
</article></body></html>`;

test('cli analyze: a URL is fetched (brotli) and briefed', async () => {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' });
    res.end(brotliCompressSync(PAGE));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bridge`;
  try {
    const out = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, ['--import', 'tsx', MAIN, 'analyze', url, '--format', 'json'], { timeout: 60_000 },
        (e, stdout, stderr) => (e ? reject(new Error(stderr)) : resolve(stdout)));
    });
    const brief = JSON.parse(out);
    assert.equal(brief.meta.title, 'Bridge reopens');
    assert.match(brief.text, /old bridge over the river reopened/);
  } finally {
    server.close();
  }
});
