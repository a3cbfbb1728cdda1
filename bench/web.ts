// The web app's speed on the BBC corpus: API p95 latency for list, search and article
// (target < 200 ms) and the time to the first rendered article view in Chromium (< 1 s).
//   npm run eval:web            (BENCH_WEB_DOCS=N limits the corpus; DOSSIER_DB=URL uses a real store)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { analyzeRaw } from '../src/analyze.js';
import { InputError } from '../src/core/errors.js';
import { openStore } from '../src/server/open-store.js';
import { createDossierServer, listen } from '../src/server/server.js';
import { dataDir } from './data-dir.js';
import { chromiumMissing, ensureWebBuilt, launchChromium, WEB_ROOT } from '../test/e2e/browser.js';


function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}

// A fixed pseudo-random sequence, so runs are comparable.
let seed = 42;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};

async function timeRequests(base: string, paths: () => string, n: number): Promise<number[]> {
  for (let i = 0; i < 10; i++) await (await fetch(base + paths())).arrayBuffer();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(base + paths());
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${res.status} on a bench request`);
    out.push(performance.now() - t);
  }
  return out;
}

async function main(): Promise<void> {
  const data = dataDir();
  const bbc = data ? join(data, 'bbc-news') : null;
  if (!bbc || !existsSync(bbc)) {
    console.log('bench/web: the BBC corpus (shared/data/bbc-news) is missing; set DOSSIER_DATA. Nothing measured.');
    return;
  }
  const limit = Number(process.env.BENCH_WEB_DOCS) || Infinity;
  const files: string[] = [];
  for (const cat of readdirSync(bbc).sort()) {
    const dir = join(bbc, cat);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) files.push(join(dir, f));
  }
  files.splice(limit);
  const store = await openStore(process.env.DOSSIER_DB);
  const t0 = performance.now();
  let failed = 0;
  for (const f of files) {
    try {
      const bytes = readFileSync(f);
      const brief = analyzeRaw({ name: f, bytes, hint: 'text' });
      await store.addDocument({ brief, raw: bytes, name: f });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      failed++;
    }
  }
  const loadMs = performance.now() - t0;
  const ids = await store.ids();
  const server = createDossierServer({ store, webRoot: WEB_ROOT, log: () => {} });
  const { url: base } = await listen(server, 0, '127.0.0.1');
  const N = Number(process.env.BENCH_WEB_REQUESTS) || 200;
  const words = ['election', 'market', 'film', 'government', 'mobile', 'champion', 'prices', 'minister', 'music', 'growth', 'labour party', 'world cup'];
  const rows: [string, number[]][] = [
    ['list (20 per page)', await timeRequests(base, () => `/api/documents?limit=20&offset=${rand(Math.max(1, ids.length - 20))}`, N)],
    ['search (q=word)', await timeRequests(base, () => `/api/documents?q=${encodeURIComponent(words[rand(words.length)])}`, N)],
    ['article (brief)', await timeRequests(base, () => `/api/documents/${ids[rand(ids.length)]}`, N)],
  ];
  console.log(`\nload average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  console.log(`corpus: ${ids.length} BBC articles (${failed} unreadable), analysed and stored in ${(loadMs / 1000).toFixed(1)} s; store: ${process.env.DOSSIER_DB ?? 'memory'}\n`);
  console.log('| API route | requests | p50 ms | p95 ms | max ms | target p95 |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const [name, xs] of rows) {
    const p95 = quantile(xs, 0.95);
    console.log(`| ${name} | ${xs.length} | ${quantile(xs, 0.5).toFixed(1)} | ${p95.toFixed(1)} | ${Math.max(...xs).toFixed(1)} | < 200 ${p95 < 200 ? 'met' : 'MISSED'} |`);
  }

  const missing = chromiumMissing();
  if (missing) console.log(`\n${missing}: first-render time not measured.`);
  else {
    await ensureWebBuilt();
    const browser = await launchChromium();
    const times: number[] = [];
    const dcl: number[] = [];
    for (let i = 0; i < 11; i++) {
      const page = await browser.context.newPage();
      await page.goto(`${base}/#/doc/${ids[rand(ids.length)]}`);
      await page.waitForSelector('.article-text');
      // From navigation start to the app's mark set as the article view enters the page.
      times.push(await page.evaluate(() => performance.getEntriesByName('dossier:article-rendered')[0]?.startTime ?? performance.now()));
      // The page's DOMContentLoaded: the floor set by the browser and the machine, before any app code runs.
      dcl.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd));
      await page.close();
    }
    await browser.close();
    const [cold, ...warm] = times;
    const [coldDcl, ...warmDcl] = dcl;
    console.log('\n| Chromium: navigation start to | DOMContentLoaded ms | article view rendered ms | target |');
    console.log('| --- | ---: | ---: | --- |');
    console.log(`| cold (empty cache) | ${coldDcl.toFixed(0)} | ${cold.toFixed(0)} | < 1000 ${cold < 1000 ? 'met' : 'MISSED'} |`);
    console.log(`| warm p50 (${warm.length} loads) | ${quantile(warmDcl, 0.5).toFixed(0)} | ${quantile(warm, 0.5).toFixed(0)} | |`);
    console.log(`| warm p95 | ${quantile(warmDcl, 0.95).toFixed(0)} | ${quantile(warm, 0.95).toFixed(0)} | < 1000 ${quantile(warm, 0.95) < 1000 ? 'met' : 'MISSED'} |`);
  }
  await new Promise<void>((r) => server.close(() => r()));
  await store.close();
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
