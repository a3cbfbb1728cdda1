// The command line as a user meets it: batches with bad files, stdin, --help, exit codes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const REF = fileURLToPath(new URL('./fixtures/belarus-deescalation/input.txt', import.meta.url));

function dossier(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
const empty = join(tmp, 'empty.txt');
writeFileSync(empty, '');
const binary = join(tmp, 'image.html');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
const pdf = join(tmp, 'paper.html');
writeFileSync(pdf, '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
const gz = join(tmp, 'page.html.gz');
writeFileSync(gz, gzipSync('<html><head><title>Gzipped page</title></head><body><article><p>The minister said the talks in Geneva were useful and would continue next week.</p></article></body></html>'));

describe('dossier analyze', () => {
  it('reports each bad file on its own line, analyses the rest, and exits 1', () => {
    const r = dossier(['analyze', '--format', 'jsonl', join(tmp, 'missing.txt'), empty, REF, binary, pdf, gz]);
    assert.equal(r.code, 1);
    const errLines = r.err.trim().split('\n');
    assert.equal(errLines.length, 4, r.err);
    assert.match(errLines[0], /missing\.txt: no such file/);
    assert.match(errLines[1], /empty\.txt: the file is empty/);
    assert.match(errLines[2], /image\.html: binary data/);
    assert.match(errLines[3], /paper\.html: this is a PDF/);
    const briefs = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(briefs.length, 2);
    assert.equal(briefs[0].meta.title, 'Lukashenko tries to de-escalate tensions with Ukraine');
    assert.equal(briefs[1].meta.title, 'Gzipped page');
  });
  it('reads standard input and prints a Markdown brief', () => {
    const r = dossier(['analyze', '-'], 'Talks resume\n\nThe talks resumed in Geneva on Monday. Both sides said progress was made.\n');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^# Talks resume/);
    assert.match(r.out, /3 sentences/); // the title and two
  });
  it('prints a standalone HTML page with the text escaped', () => {
    const r = dossier(['analyze', '--format', 'html', '-'], 'A <script>alert(1)</script> title\n\nThe text says <b>nothing</b> of note here at all.\n');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^<!doctype html>/);
    assert.ok(!r.out.includes('<script>alert'));
    assert.ok(r.out.includes('&lt;b&gt;nothing&lt;/b&gt;'));
  });
  it('refuses a bad option with a usage message and exit 2', () => {
    const r = dossier(['analyze', '--format', 'pdf', REF]);
    assert.equal(r.code, 2);
    assert.match(r.err, /unknown format "pdf"/);
    const d = dossier(['analyze', '--date', 'yesterday', REF]);
    assert.equal(d.code, 2);
    assert.match(d.err, /--date must be YYYY-MM-DD/);
  });
});

describe('dossier extract', () => {
  it('prints one JSON object per input with jsonl', () => {
    const r = dossier(['extract', '--format', 'jsonl', REF, gz]);
    assert.equal(r.code, 0, r.err);
    const recs = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(recs.length, 2);
    for (const k of ['path', 'title', 'text', 'published', 'lang']) assert.ok(k in recs[0], k);
    assert.ok(!recs[0].text.includes('Related Posts'));
  });
});

describe('--help', () => {
  for (const cmd of ['analyze', 'extract']) {
    it(`dossier ${cmd} --help`, () => {
      const r = dossier([cmd, '--help']);
      assert.equal(r.code, 0);
      assert.match(r.out, new RegExp(`usage: dossier ${cmd}`));
    });
  }
  it('lists the commands', () => {
    const r = dossier(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.out, /analyze/);
  });
});
