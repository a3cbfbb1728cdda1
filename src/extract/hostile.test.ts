// Hostile inputs: each gives a result or a clear InputError, in bounded time (no timing asserts:
// the test runner's own timeout is the bound).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { extractRaw } from './index.js';
import { readFileInput } from './read.js';

const P = '<p>A sentence of article text that goes on long enough to count as a paragraph of prose.</p>';
const raw = (html: string, name = 'x.html') => ({ name, bytes: Buffer.from(html), hint: 'html' as const });

test('hostile: a 50 MB page is extracted', { timeout: 120_000 }, () => {
  // Long paragraphs with links among them: 50 MB of page, realistic in shape.
  const chunk = `<div class="row"><a href="/x">link</a><p>${'A sentence of article text that goes on and on. '.repeat(100)}</p></div>\n`;
  const n = Math.ceil((50 * 1024 * 1024) / chunk.length);
  const html = '<html><body><article>' + chunk.repeat(n) + '</article></body></html>';
  assert.ok(html.length >= 50 * 1024 * 1024);
  const ex = extractRaw(raw(html));
  assert.ok(ex.text.length > 1_000_000);
});

test('hostile: 10,000-deep nesting neither hangs nor overflows the stack', () => {
  const depth = 10_000;
  const html = `<html><body><article>${P}${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}${P}</article></body></html>`;
  const ex = extractRaw(raw(html));
  assert.match(ex.text, /A sentence of article text/);
  const spans = `<html><body>${'<span><b>'.repeat(depth)}x${'</b></span>'.repeat(depth)}${P}</body></html>`;
  assert.match(extractRaw(raw(spans)).text, /A sentence/);
});

test('hostile: a page of nothing but scripts is a clear "no text" error', () => {
  const html = '<html><head>' + '<script>var x = "<p>not text</p>";</script>'.repeat(2000) + '</head><body>' +
    '<script>document.write("<p>nor this</p>")</script>'.repeat(2000) + '</body></html>';
  assert.throws(() => extractRaw(raw(html)), (e: unknown) => e instanceof InputError && e.code === 'no-text');
});

test('hostile: random bytes and a PDF named .html are refused with a reason', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
  let seed = 42;
  const rnd = Buffer.alloc(100_000);
  for (let i = 0; i < rnd.length; i++) rnd[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  writeFileSync(join(dir, 'random.html'), rnd);
  writeFileSync(join(dir, 'paper.html'), Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), rnd.subarray(0, 5000)]));
  assert.throws(() => readFileInput(join(dir, 'random.html')), (e: unknown) => e instanceof InputError && e.code === 'binary');
  assert.throws(() => readFileInput(join(dir, 'paper.html')), (e: unknown) => e instanceof InputError && /PDF/.test((e as Error).message));
});

test('hostile: unclosed tags, stray markup and huge attributes still give the text', () => {
  const html = `<html><body><article><p>First paragraph of the article is here and it is long enough to read.<p>Second one
<div class="${'a '.repeat(100_000)}">${P}<table><tr><td>${P}<td><ul><li>item</ul></article>`;
  const ex = extractRaw(raw(html));
  assert.match(ex.text, /First paragraph/);
  assert.match(ex.text, /A sentence of article text/);
});
