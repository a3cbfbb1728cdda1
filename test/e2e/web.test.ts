// The web app in a real browser: a sample corpus, search, the reference article and its
// findings, an entity, the contradictions, analysing a pasted article, a phone-sized screen.
// Screenshots go to docs/screenshots (or DOSSIER_SCREENSHOTS_DIR).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { analyzeRaw } from '../../src/analyze.js';
import { readFileInput } from '../../src/extract/read.js';
import type { DocumentView, StoredDocument } from '../../src/server/api-types.js';
import { MemoryStore } from '../../src/server/memory-store.js';
import { createDossierServer, listen } from '../../src/server/server.js';
import { sampleBriefs } from './sample-briefs.js';
import { chromiumMissing, ensureWebBuilt, launchChromium, REPO, WEB_ROOT } from './browser.js';

const skip = chromiumMissing();
const SHOTS = process.env.DOSSIER_SCREENSHOTS_DIR ?? join(REPO, 'docs', 'screenshots');
const REFERENCE = readFileSync(join(REPO, 'test', 'fixtures', 'belarus-deescalation', 'input.txt'), 'utf8');

let server: Server;
let base: string;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;
let referenceId: number;
const cspViolations: string[] = [];

before(async () => {
  if (skip) return;
  await ensureWebBuilt();
  const store = new MemoryStore();
  for (const b of sampleBriefs()) await store.addDocument({ brief: b, raw: Buffer.from(b.text), name: 'fixture' });
  // The bundled sample corpus, when the repository has one.
  const samples = join(REPO, 'samples', 'articles');
  if (existsSync(samples)) {
    for (const f of readdirSync(samples).sort()) {
      const input = readFileInput(join(samples, f));
      input.name = `samples/articles/${f}`;
      await store.addDocument({ brief: analyzeRaw(input), raw: input.bytes, name: input.name });
    }
  }
  server = createDossierServer({ store, webRoot: WEB_ROOT, log: () => {} });
  base = (await listen(server, 0, '127.0.0.1')).url;
  const res = await fetch(`${base}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: REFERENCE, name: 'belarus-deescalation.txt' }) });
  referenceId = ((await res.json()) as StoredDocument).id;
  browser = await launchChromium();
  context = browser.context;
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  if (skip) return;
  await browser?.close();
  await new Promise<void>((r) => server.close(() => r()));
});

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  page.on('pageerror', (e) => cspViolations.push(`page error: ${e.message}`));
  await page.goto(base + path);
  return page;
}

const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(SHOTS, name), fullPage });

test('corpus list, search, and the reference article with its findings', { skip }, async () => {
  const page = await open('/');
  await page.waitForSelector('.hit');
  const count = await page.locator('.hit').count();
  assert.ok(count >= 4, `the corpus lists its articles (${count})`);
  await shot(page, 'corpus.png');

  await page.fill('input[name=q]', 'Lukashenko Ukraine');
  await page.click('form.search button[type=submit]');
  await page.waitForFunction(() => document.querySelectorAll('.hit').length === 1);
  const title = await page.locator('.hit h2 a').first().textContent();
  assert.match(title ?? '', /Lukashenko/);
  assert.ok(await page.locator('.hit mark').count() > 0, 'the snippet marks the matched words');

  await page.locator('.hit h2 a').first().click();
  await page.waitForSelector('.article-text');
  assert.match(await page.locator('.article-text').innerText(), /Chatnam House/);
  const brief = ((await (await fetch(`${base}/api/documents/${referenceId}`)).json()) as DocumentView).brief;
  const listed = await page.locator('.findings .finding').count();
  assert.equal(listed, brief.findings.length, 'the panel lists every finding of the brief');
  // The reference article's own findings: the poll's unreported 28% and the misspelt think tank.
  const panel = await page.locator('.findings').innerText();
  assert.match(panel, /28%/, 'the unreported share of the poll is listed');
  assert.match(panel, /Chatnam House[\s\S]*Chatham House/, 'the misspelling and its suggestion are listed');
  if (listed === 0) assert.match(panel, /No findings/);
  else {
    const sev = await page.locator('.findings .finding .sev').allInnerTexts();
    const rank = (s: string) => ['error', 'warning', 'info'].indexOf(s.toLowerCase());
    assert.deepEqual(sev.map(rank), [...sev.map(rank)].sort((a, b) => a - b), 'errors come first');
  }
  assert.equal(await page.locator('.ann.k-figure').count() > 0, brief.figures.length > 0);
  await shot(page, 'article-reference.png');
  await page.close();
});

test('findings jump to their spans; names, dates and figures explain themselves', { skip }, async () => {
  const page = await open('/#/?q=record%20cargo');
  await page.locator('.hit h2 a').first().click();
  await page.waitForSelector('.article-text');
  const first = page.locator('.findings .finding').first();
  assert.match(await first.innerText(), /error/i);
  // Keyboard: focus the finding's button and press Enter.
  await first.locator('button').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.ann.flash');
  const flashed = (await page.locator('.ann.flash').allInnerTexts()).join(' | ');
  assert.match(flashed, /12\.4 million tonnes/);
  assert.match(flashed, /2\.0 million tonnes/);
  assert.equal(await page.locator('.figures tbody tr.mark-error').count(), 4, 'the figures the sum finding is about carry a cross');

  await page.locator('.ann.k-entity', { hasText: 'Ines Calloway' }).first().hover();
  await page.waitForSelector('#popover:not([hidden])');
  assert.match(await page.locator('#popover').innerText(), /Ines Calloway[\s\S]*person/);
  await page.locator('.ann.k-time', { hasText: 'February 12, 2024' }).click();
  assert.match(await page.locator('#popover').innerText(), /2024-02-12/);
  await page.locator('#popover button.close').click();
  await page.locator('.ann.k-figure', { hasText: '5.1 million tonnes' }).click();
  const fig = await page.locator('#popover').innerText();
  assert.match(fig, /containers/);
  assert.match(fig, /Port of Maravel/);
  await page.keyboard.press('Escape');
  await page.locator('.ann.k-quote').first().click();
  assert.match(await page.locator('#popover').innerText(), /speaker\s*Ines Calloway/);
  await shot(page, 'article-findings.png');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#popover').isHidden(), true);
  // The timeline on its time axis, and the figures with their check marks.
  await page.waitForSelector('.timeline .chart svg');
  assert.equal(await page.locator('.timeline-list li').count(), 3);
  await page.locator('.panel.timeline').screenshot({ path: join(SHOTS, 'article-timeline.png') });

  await page.goto(base + '/#/?entity=Q1065');
  await page.waitForFunction(() => document.querySelectorAll('.hit').length === 2);
  await page.locator('.hit h2 a', { hasText: 'questioned' }).click();
  await page.locator('.ann.k-entity', { hasText: 'United Nations' }).first().click();
  const href = await page.locator('#popover a[href*="wikidata"]').getAttribute('href');
  assert.equal(href, 'https://www.wikidata.org/wiki/Q1065');
  await page.close();
});

test('entity page and contradictions page', { skip }, async () => {
  const page = await open('/#/entity/Port%20of%20Maravel');
  await page.waitForSelector('.chart svg');
  await page.waitForSelector('.graph canvas');
  assert.equal(await page.locator('tr.contradicted').count(), 2, 'both cargo figures are marked as contradicted');
  assert.ok(await page.locator('.entity-list.inline li').count() >= 3);
  await page.waitForTimeout(300); // let the graph settle before the picture
  await shot(page, 'entity.png', true);

  await page.goto(base + '/#/contradictions');
  await page.waitForSelector('.contradiction');
  assert.equal(await page.locator('.contradiction').count(), 1);
  assert.match(await page.locator('.contradiction').innerText(), /12,400,000[\s\S]*15,000,000|15,000,000[\s\S]*12,400,000/);
  await shot(page, 'contradictions.png');
  await page.close();
});

test('analyse a pasted article; an unknown article says so', { skip }, async () => {
  const page = await open('/#/analyze');
  await page.waitForSelector('textarea[name=text]');
  await page.fill('textarea[name=text]', REFERENCE);
  await shot(page, 'analyze-form.png');
  await page.click('form.analyze button[type=submit]');
  await page.waitForSelector('.result .article-text');
  assert.match(await page.locator('.result .article-head h1').innerText(), /Lukashenko/);
  await shot(page, 'analyze-result.png');
  await page.goto(base + '/#/doc/9999');
  await page.waitForSelector('.error-box');
  assert.match(await page.locator('.error-box').innerText(), /no document 9999/);
  await page.close();
});

test('the article view on a phone-sized screen', { skip }, async () => {
  const page = await open(`/#/doc/1`, { width: 390, height: 844 });
  await page.waitForSelector('.article-text');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no sideways scrolling (${overflow}px)`);
  await shot(page, 'article-phone.png');
  await page.close();
  assert.deepEqual(cspViolations, [], 'no Content-Security-Policy violations or page errors');
});

test('with a token: the app asks for it, or takes it once from #token=', { skip }, async () => {
  const s = createDossierServer({ store: new MemoryStore(), token: 'e2e-secret-token', webRoot: WEB_ROOT, log: () => {} });
  const url = (await listen(s, 0, '127.0.0.1')).url;
  try {
    const page = await context.newPage();
    await page.goto(url + '/');
    await page.waitForSelector('.token-form');
    await page.fill('.token-form input', 'e2e-secret-token');
    await page.press('.token-form input', 'Enter');
    await page.waitForSelector('.count');
    assert.match(await page.locator('.count').innerText(), /No articles/);
    await page.close();
    const fresh = await context.newPage();
    await fresh.goto(url + '/#token=e2e-secret-token');
    await fresh.waitForSelector('.count');
    assert.doesNotMatch(fresh.url(), /token/, 'the token leaves the address bar');
    await fresh.close();
  } finally {
    await new Promise<void>((r) => s.close(() => r()));
  }
});
