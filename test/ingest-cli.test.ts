// The corpus commands end to end, as a person runs them: ingest a batch with bad inputs in
// it, again (idempotent), search it, reanalyze it; and two ingests at once into PostgreSQL.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { openStore } from '../src/store/open.js';
import { createTestDatabase, PG_SKIP } from './helpers/pg.js';

const MAIN = new URL('../src/cli/main.ts', import.meta.url).pathname;

function dossier(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const TOPICS = ['harbour', 'railway', 'vineyard', 'observatory', 'library', 'glacier', 'orchard', 'foundry', 'lighthouse', 'reservoir', 'monastery', 'quarry'];

function article(i: number): string {
  const t = TOPICS[i % TOPICS.length];
  return `The ${t} story number ${i}\n\nWorkers at the ${t} in district ${i} reported on Monday that repairs worth ${i * 1000 + 17} euros would begin soon. ` +
    `The council of district ${i} said residents near the ${t} should expect noise for ${i + 2} weeks, and the mayor promised a public meeting about item ${i}.\n`;
}

describe('dossier ingest, search and reanalyze', () => {
  let dir: string;
  let db: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
    db = join(dir, 'corpus.db');
    const src = join(dir, 'in');
    mkdirSync(join(src, 'sub'), { recursive: true });
    writeFileSync(join(src, 'good.txt'), article(1));
    writeFileSync(join(src, 'sub', 'good2.html.gz'), gzipSync(`<html><head><title>Glacier retreat measured</title></head><body><article><h1>Glacier retreat measured</h1><p>${article(5).split('\n\n')[1]}</p></article></body></html>`));
    writeFileSync(join(src, 'bad.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 7, 8, 0, 1]));
    writeFileSync(join(src, 'empty.txt'), '');
    writeFileSync(
      join(src, 'records.jsonl'),
      [
        JSON.stringify({ url: 'https://example.org/a', title: 'Orchard harvest begins', text: article(6).split('\n\n')[1], date: '2022-03-04' }),
        '{"title": "no text here"}',
        JSON.stringify({ url: 'https://example.org/b', title: 'Foundry reopens', text: article(7).split('\n\n')[1], date: '2022-04-05' }),
      ].join('\n') + '\n',
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('stores the good inputs of a batch and reports each bad one with its path and reason', async () => {
    const r = await dossier(['ingest', join(dir, 'in'), join(dir, 'missing.txt'), '--db', db, '--workers', '1']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /bad\.txt: binary data/);
    assert.match(r.stderr, /empty\.txt: the file is empty/);
    assert.match(r.stderr, /records\.jsonl#L2: the record has no "text"/);
    assert.match(r.stderr, /missing\.txt: no such file/);
    assert.match(r.stderr, /4 added \(0 near-duplicates\), 0 already stored, 4 failed/);
    const store = await openStore(db);
    try {
      assert.equal((await store.ids()).length, 4);
      const hit = (await store.search({ q: 'foundry' })).hits[0];
      assert.equal(hit.title, 'Foundry reopens');
      assert.equal(hit.url, 'https://example.org/b');
      assert.equal(hit.published, '2022-04-05');
      assert.equal(hit.source, `${join(dir, 'in', 'records.jsonl')}#L3`);
      const raw = await store.getRaw(hit.id);
      assert.equal(JSON.parse(raw!.bytes.toString('utf8')).title, 'Foundry reopens');
    } finally {
      await store.close();
    }
  });

  it('is idempotent: a second run stores nothing new', async () => {
    const r = await dossier(['ingest', join(dir, 'in'), '--db', db, '--workers', '0', '--quiet']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /0 added \(0 near-duplicates\), 4 already stored, 3 failed/);
    const store = await openStore(db);
    assert.equal((await store.ids()).length, 4);
    await store.close();
  });

  it('searches from the command line, as text and as JSON', async () => {
    const t = await dossier(['search', 'orchard', '--db', db]);
    assert.equal(t.code, 0, t.stderr);
    assert.match(t.stdout, /1–1 of 1 match for "orchard"/);
    assert.match(t.stdout, /Orchard harvest begins/);
    assert.match(t.stdout, /«orchard»/i);
    const j = await dossier(['search', 'repairs', '--from', '2022-04', '--format', 'json', '--db', db]);
    const out = JSON.parse(j.stdout);
    assert.equal(out.total, 1);
    assert.equal(out.hits[0].title, 'Foundry reopens');
    const bad = await dossier(['search', 'x', '--from', 'yesterday', '--db', db]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--from must be a date/);
  });

  it('reanalyzes every stored document from its kept original', async () => {
    const store = await openStore(db);
    const before = await store.getBrief(1);
    await store.close();
    const r = await dossier(['reanalyze', '--db', db, '--workers', '0']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /4 documents updated/);
    const s2 = await openStore(db);
    assert.deepEqual(await s2.getBrief(1), before);
    await s2.close();
  });
});

describe('two ingests at once into one PostgreSQL store', { skip: PG_SKIP }, () => {
  it('stores each document once', async () => {
    const pgdb = await createTestDatabase('dossier_ingest');
    const dir = mkdtempSync(join(tmpdir(), 'dossier-pg-ingest-'));
    try {
      for (let i = 0; i < 40; i++) writeFileSync(join(dir, `a${String(i).padStart(2, '0')}.txt`), article(i + 100));
      // Both processes get the same 40 files; one reads them in reverse order.
      const files = Array.from({ length: 40 }, (_, i) => join(dir, `a${String(i).padStart(2, '0')}.txt`));
      const [a, b] = await Promise.all([
        dossier(['ingest', ...files, '--db', pgdb.url, '--workers', '0', '--quiet']),
        dossier(['ingest', ...[...files].reverse(), '--db', pgdb.url, '--workers', '0', '--quiet']),
      ]);
      assert.equal(a.code, 0, a.stderr);
      assert.equal(b.code, 0, b.stderr);
      const added = (s: string) => Number(/(\d+) added/.exec(s)?.[1]);
      assert.equal(added(a.stderr) + added(b.stderr), 40);
      const c = new pg.Client({ connectionString: pgdb.url });
      await c.connect();
      const n = async (sql: string) => Number((await c.query(sql)).rows[0].n);
      assert.equal(await n('SELECT count(*) n FROM documents'), 40);
      assert.equal(await n('SELECT count(DISTINCT hash) n FROM documents'), 40);
      assert.equal(await n('SELECT count(*) n FROM raw_inputs'), 40);
      assert.equal(await n('SELECT count(*) n FROM (SELECT doc_id FROM minhash_bands GROUP BY doc_id HAVING count(*) <> 16) x'), 0);
      await c.end();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await pgdb.drop();
    }
  });
});
